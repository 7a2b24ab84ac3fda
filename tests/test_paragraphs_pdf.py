"""Paragraphs of PDF extracts: no blank lines, hard-wrapped lines, page numbers between lines.

One regression test per defect found by the audit of PDF-layout notices, then the wraps that must
stay joined (a hyphen or a number that only continues the sentence).
"""
from __future__ import annotations

import tbparse

# A PDF extract's frame: no blank lines anywhere, lines cut at about 85 characters
HEAD = (
    "TỈNH ỦY ĐỒNG THÁP\n*\nSố 402-TB/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nCao Lãnh, ngày 27 tháng 6 năm 2023\n"
    "THÔNG BÁO\nKết luận của Ban Thường vụ Tỉnh ủy về tình hình kinh tế - xã hội 6 tháng đầu năm 2023\n"
    "Ngày 23/6/2023, Ban Thường vụ Tỉnh ủy họp nghe Ban cán sự đảng Ủy ban nhân dân tỉnh\n"
    "báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm 2023.\n"
    "Sau khi nghe báo cáo và ý kiến thảo luận, Ban Thường vụ Tỉnh ủy kết luận như sau:\n"
)
FOOT = (
    "Văn phòng Tỉnh ủy thông báo để các cơ quan, đơn vị biết, thực hiện./.\n"
    "Nơi nhận:\nT/L BAN THƯỜNG VỤ\n- Ban Thường vụ Tỉnh ủy,\nCHÁNH VĂN PHÒNG\n- Lưu Văn phòng Tỉnh ủy.\n"
    "Trần Văn Chương\n"
)
FIRST = len(HEAD.splitlines()) + 1  # line number of the first body line below HEAD


def _parse(body: str) -> dict:
    return tbparse.parse_dict(HEAD + body + FOOT)


def test_roman_heading_without_colon_ends_at_its_line() -> None:
    """Defect A: "I. Đánh giá …" with no colon swallowed the next line, "II. …" swallowed item 1."""
    d = _parse(
        "I. Đánh giá tình hình 6 tháng đầu năm 2023\n"
        "Trong 6 tháng đầu năm, tình hình kinh tế - xã hội của tỉnh tiếp tục phục hồi; tốc độ\n"
        "tăng trưởng kinh tế (GRDP) ước đạt 6,2%; thu ngân sách nhà nước đạt 52% dự toán.\n"
        "II. Nhiệm vụ trọng tâm 6 tháng cuối năm 2023\n"
        "1. Đối với công tác đầu tư công\n"
        "1.1. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo quyết liệt giải ngân vốn đầu tư công,\n"
        "phấn đấu đến ngày 30/9/2023 giải ngân đạt trên 70% kế hoạch vốn được giao.\n"
        "2. Tập trung triển khai Nghị quyết số 13-NQ/TW ngày 02/4/2022 của Bộ Chính trị về\n"
        "phương hướng phát triển kinh tế - xã hội vùng đồng bằng sông Cửu Long đến năm 2030.\n"
    )
    s1, s2 = d["sections"]
    assert (s1["number"], s1["title"], s1["line"]) == ("I", "Đánh giá tình hình 6 tháng đầu năm 2023", FIRST)
    assert [(p["line"], p["text"]) for p in s1["paragraphs"]] == [
        (
            FIRST + 1,
            "Trong 6 tháng đầu năm, tình hình kinh tế - xã hội của tỉnh tiếp tục phục hồi; tốc độ "
            "tăng trưởng kinh tế (GRDP) ước đạt 6,2%; thu ngân sách nhà nước đạt 52% dự toán.",
        )
    ]
    assert (s2["title"], s2["line"], s2["paragraphs"]) == ("Nhiệm vụ trọng tâm 6 tháng cuối năm 2023", FIRST + 3, [])
    item1, item2 = s2["items"]
    assert (item1["number"], item1["line"], item1["text"]) == ("1", FIRST + 4, "Đối với công tác đầu tư công")
    assert [(i["number"], i["line"]) for i in item1["items"]] == [("1.1", FIRST + 5)]
    assert item1["items"][0]["text"].endswith("kế hoạch vốn được giao.")
    assert (item2["number"], item2["line"]) == ("2", FIRST + 7)
    assert item2["text"].endswith("sông Cửu Long đến năm 2030.")


def test_letter_hyphen_points_split_without_blank_lines() -> None:
    """Defect B: "a- Rà soát …" / "b- Xây dựng …" were glued to the item above them."""
    d = _parse(
        "II- NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023\n"
        "1- Tham mưu thực hiện Nghị quyết Hội nghị lần thứ bảy Ban Chấp hành Trung ương về cán bộ:\n"
        "a- Rà soát, bổ sung quy hoạch cấp ủy nhiệm kỳ 2025 - 2030, hoàn thành trong tháng 9/2023;\n"
        "b- Xây dựng kế hoạch đào tạo, bồi dưỡng cán bộ:\n"
        "+ Đối với cán bộ cấp tỉnh: báo cáo trước 15/8/2023;\n"
        "+ Đối với cán bộ cấp huyện, cơ sở: báo cáo trước 30/8/2023.\n"
    )
    (item,) = d["sections"][0]["items"]
    assert item["text"] == "Tham mưu thực hiện Nghị quyết Hội nghị lần thứ bảy Ban Chấp hành Trung ương về cán bộ:"
    a, b = item["bullets"]
    assert (a["marker"], a["line"], a["text"]) == (
        "a-",
        FIRST + 2,
        "Rà soát, bổ sung quy hoạch cấp ủy nhiệm kỳ 2025 - 2030, hoàn thành trong tháng 9/2023;",
    )
    assert (b["marker"], b["line"], b["text"]) == ("b-", FIRST + 3, "Xây dựng kế hoạch đào tạo, bồi dưỡng cán bộ:")
    assert [(x["marker"], x["line"], x["text"]) for x in b["bullets"]] == [
        ("+", FIRST + 4, "Đối với cán bộ cấp tỉnh: báo cáo trước 15/8/2023;"),
        ("+", FIRST + 5, "Đối với cán bộ cấp huyện, cơ sở: báo cáo trước 30/8/2023."),
    ]


def test_page_number_inside_a_sentence_does_not_split_it() -> None:
    """Defect C: a lone "2" between "… chuẩn bị" and "tốt các điều kiện …" ended the paragraph."""
    d = _parse(
        "II. Nhiệm vụ trọng tâm 6 tháng cuối năm 2023:\n"
        "1. Tập trung triển khai Nghị quyết số 13-NQ/TW ngày 02/4/2022 của Bộ Chính trị về\n"
        "phương hướng phát triển kinh tế - xã hội vùng đồng bằng sông Cửu Long đến năm 2030.\n"
        "2. Các huyện ủy, thành ủy và đảng ủy trực thuộc Tỉnh ủy tập trung lãnh đạo chuẩn bị\n"
        "2\n"
        "tốt các điều kiện phục vụ mùa mưa lũ năm 2023; chủ động phương án phòng, chống thiên\n"
        "tai.\n"
    )
    item2 = d["sections"][0]["items"][1]
    assert (item2["number"], item2["line"], item2["paragraphs"]) == ("2", FIRST + 3, [])
    assert item2["text"] == (
        "Các huyện ủy, thành ủy và đảng ủy trực thuộc Tỉnh ủy tập trung lãnh đạo chuẩn bị "
        "tốt các điều kiện phục vụ mùa mưa lũ năm 2023; chủ động phương án phòng, chống thiên tai."
    )
    assert d["unplaced"] == [{"line": FIRST + 4, "text": "2"}]


def test_page_number_after_a_full_stop_still_ends_the_paragraph() -> None:
    d = _parse(
        "II. Nhiệm vụ trọng tâm 6 tháng cuối năm 2023:\n"
        "1. Tập trung triển khai Nghị quyết số 13-NQ/TW ngày 02/4/2022 của Bộ Chính trị về\n"
        "phương hướng phát triển kinh tế - xã hội vùng đồng bằng sông Cửu Long đến năm 2030.\n"
        "2\n"
        "Giao Ban cán sự đảng Ủy ban nhân dân tỉnh chủ trì, phối hợp các sở, ngành liên quan\n"
        "xây dựng kế hoạch thực hiện, báo cáo Ban Thường vụ Tỉnh ủy trước ngày 15/10/2023.\n"
    )
    (item,) = d["sections"][0]["items"]
    assert item["text"].endswith("đến năm 2030.")
    assert [p["line"] for p in item["paragraphs"]] == [FIRST + 4]


def test_wrapped_numbers_and_hyphens_stay_in_the_sentence() -> None:
    """The wraps the marker guard protects: "… kinh tế" / "- xã hội …", "… trong" / "2 năm qua …",
    a reference "… số" / "13-NQ/TW …", and "… tháng" / "6. Đồng chí …" cut at the margin."""
    d = _parse(
        "I. Đánh giá tình hình\n"
        "Trong 6 tháng đầu năm, các cấp ủy đã tập trung lãnh đạo phát triển kinh tế\n"
        "- xã hội; kết quả đạt được cao hơn so với cùng kỳ, nhất là tăng trưởng kinh tế trong\n"
        "2 năm qua luôn ở mức khá; việc triển khai Nghị quyết của Bộ Chính trị theo Kết luận số\n"
        "13-NQ/TW được thực hiện nghiêm túc; hội nghị sơ kết được tổ chức vào cuối tháng\n"
        "6. Đồng chí Bí thư Tỉnh ủy đã chủ trì buổi làm việc với các huyện ủy, thành ủy và đảng ủy.\n"
    )
    (sec,) = d["sections"]
    assert sec["title"] == "Đánh giá tình hình"
    assert [p["line"] for p in sec["paragraphs"]] == [FIRST + 1]
    assert sec["items"] == []
    assert "kinh tế - xã hội; " in sec["paragraphs"][0]["text"]


def test_caps_heading_wrapped_onto_two_lines_stays_one_title() -> None:
    d = _parse(
        "I. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NHIỆM VỤ\n"
        "6 THÁNG ĐẦU NĂM 2023\n"
        "Trong 6 tháng đầu năm, tình hình kinh tế - xã hội của tỉnh tiếp tục phục hồi; tốc độ\n"
        "tăng trưởng kinh tế (GRDP) ước đạt 6,2%; thu ngân sách nhà nước đạt 52% dự toán.\n"
        "II. NHIỆM VỤ TRỌNG TÂM\n"
        "THỜI GIAN TỚI\n"
        "Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo quyết liệt giải ngân vốn đầu tư công.\n"
    )
    s1, s2 = d["sections"]
    assert s1["title"] == "ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2023"
    assert [p["line"] for p in s1["paragraphs"]] == [FIRST + 2]
    assert s2["title"] == "NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI"
    assert [p["line"] for p in s2["paragraphs"]] == [FIRST + 6]


def test_short_first_line_of_a_web_copy_paragraph_is_no_heading() -> None:
    """With blank lines between paragraphs a numbered first line cut early is not a heading:
    "2. Các cơ quan, …, Mặt trận Tổ quốc Việt" / "Nam cấp tỉnh, …" stays one item (Quy định 383-QĐ/TW)."""
    d = _parse(
        "II. Nhiệm vụ trọng tâm 6 tháng cuối năm 2023\n\n"
        "1. Các cơ quan, tổ chức đảng trực thuộc Tỉnh ủy,\n"
        "Mặt trận Tổ quốc Việt Nam tỉnh nộp hồ sơ, tài liệu vào lưu trữ lịch sử\n"
        "của Tỉnh ủy.\n\n"
        "2. Các cơ quan, tổ chức đảng, Mặt trận Tổ quốc Việt\n"
        "Nam cấp huyện, cấp xã nộp hồ sơ, tài liệu vào lưu trữ lịch sử của Đảng ở cấp tỉnh.\n\n"
    )
    item1, item2 = d["sections"][0]["items"]
    assert item1["text"].endswith("vào lưu trữ lịch sử của Tỉnh ủy.") and item1["paragraphs"] == []
    assert item2["text"] == (
        "Các cơ quan, tổ chức đảng, Mặt trận Tổ quốc Việt "
        "Nam cấp huyện, cấp xã nộp hồ sơ, tài liệu vào lưu trữ lịch sử của Đảng ở cấp tỉnh."
    )
    assert item2["paragraphs"] == []


def test_a_running_header_is_layout_not_text():
    """Audit 6: a PDF's running header repeating the document's number on each page was glued into
    the directive it interrupted; it is layout, kept in unplaced like a page number."""
    import tbparse

    text = (
        "TỈNH ỦY BÌNH ĐỊNH                         ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "*\n"
        "Số 1586-TB/TU                   Quy Nhơn, ngày 12 tháng 3 năm 2024\n"
        "THÔNG BÁO\n"
        "kết luận của Thường trực Tỉnh ủy\n"
        "1. Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành rà soát các dự án chậm tiến độ và báo cáo\n"
        "TỈNH ỦY BÌNH ĐỊNH - THÔNG BÁO SỐ 1586-TB/TU\n"
        "kết quả trước ngày 30/4/2024.\n"
        "2. Ban Tuyên giáo Tỉnh ủy định hướng thông tin.\n"
        "Văn phòng Tỉnh ủy thông báo để các cơ quan biết, thực hiện./.\n"
    )
    d = tbparse.parse_dict(text)
    first = d["sections"][0]["items"][0]
    assert first["text"].endswith("báo cáo kết quả trước ngày 30/4/2024.")
    assert first["due"] == {"text": "trước ngày 30/4/2024", "by": "2024-04-30"}
    assert {"line": 7, "text": "TỈNH ỦY BÌNH ĐỊNH - THÔNG BÁO SỐ 1586-TB/TU"} in d["unplaced"]


def test_table_rows_in_the_body_stay_rows():
    """Audit 6: a markdown table under an item was joined into one run-on paragraph."""
    import tbparse

    text = (
        "TỈNH ỦY BÌNH ĐỊNH                         ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "*\n"
        "Số 15-KH/TU                   Quy Nhơn, ngày 12 tháng 3 năm 2024\n\n"
        "KẾ HOẠCH\n"
        "kiểm tra công tác cán bộ năm 2024\n"
        "-----\n\n"
        "1. Lịch kiểm tra như sau:\n\n"
        "| TT | Nội dung | Thời gian |\n"
        "|----|----------|-----------|\n"
        "| 1 | Kiểm tra Huyện ủy Tuy Phước | Tháng 4/2024 |\n"
        "| 2 | Kiểm tra Thị ủy An Nhơn | Tháng 5/2024 |\n\n"
        "2. Văn phòng Tỉnh ủy theo dõi.\n"
    )
    d = tbparse.parse_dict(text)
    item = d["sections"][0]["items"][0]
    assert [(p["line"], p["text"]) for p in item["paragraphs"]] == [
        (11, "TT Nội dung Thời gian"),
        (13, "1 Kiểm tra Huyện ủy Tuy Phước Tháng 4/2024"),
        (14, "2 Kiểm tra Thị ủy An Nhơn Tháng 5/2024"),
    ]
