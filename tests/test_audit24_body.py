"""Audit 24: the body of notices — a paragraph weighing a list, the type line's author, rule lines.

Each test names the defect it guards against; the inputs are notices written for this audit.
"""
from __future__ import annotations

import tbparse
from tbparse.models import notice_from_dict

HEAD = """\
HUYỆN ỦY ĐỨC LINH                          ĐẢNG CỘNG SẢN VIỆT NAM
           *
    Số 112-TB/HU                          Đức Linh, ngày 12 tháng 3 năm 2021

THÔNG BÁO
kết luận của Ban Thường vụ Huyện ủy
về tình hình thực hiện nhiệm vụ quý I năm 2021

Ngày 10/3/2021, Ban Thường vụ Huyện ủy họp nghe Ủy ban nhân dân huyện báo cáo. Ban Thường vụ Huyện ủy kết luận như sau:

"""

TAIL = """
Văn phòng Huyện ủy thông báo để các cơ quan, đơn vị biết, thực hiện./.

Nơi nhận:                                       T/L BAN THƯỜNG VỤ
- Các đồng chí Huyện ủy viên,                   CHÁNH VĂN PHÒNG
- Lưu Văn phòng Huyện ủy.

                                                Nguyễn Văn Hùng
"""

PART_II = """
II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI

1. Ủy ban nhân dân huyện đẩy nhanh giải ngân vốn đầu tư công, hoàn thành trước ngày 30/6/2021.
2. Ban Tuyên giáo Huyện ủy tuyên truyền cuộc bầu cử đại biểu Quốc hội.
"""


def _parse(body: str) -> dict:
    return tbparse.parse_dict(HEAD + body + TAIL)


def _texts(node: dict) -> list[str]:
    return [p["text"][:20] for p in node["paragraphs"]]


# --- "Tuy nhiên, …" after a short list ------------------------------------------------------------

RESULTS = """I. ĐÁNH GIÁ CHUNG

Trong quý I, các cấp ủy, chính quyền đã tập trung lãnh đạo, đạt một số kết quả:
- Sản xuất vụ Đông Xuân bảo đảm tiến độ;
- Thu ngân sách đạt 32% dự toán;
- Công tác phòng, chống dịch được triển khai quyết liệt.

{contrast}
"""


def test_a_contrasting_paragraph_after_a_short_list_is_the_sections() -> None:
    # it was the last "- " entry's paragraph
    for contrast in ("Tuy nhiên, vẫn còn hạn chế: giải ngân vốn đầu tư công chậm.",
                     "Bên cạnh đó, công tác quản lý đất đai ở một số xã còn buông lỏng.",
                     "Bên cạnh những kết quả đạt được, vẫn còn một số tồn tại.",
                     "Song cũng còn một số vấn đề đáng quan tâm.",
                     "Nhìn chung, các chỉ tiêu cơ bản đạt kế hoạch."):
        d = _parse(RESULTS.format(contrast=contrast) + PART_II)
        sec = d["sections"][0]
        assert [i["text"][:12] for i in sec["items"]] == ["Sản xuất vụ ", "Thu ngân sác", "Công tác phò"]
        assert all(not i["paragraphs"] for i in sec["items"])
        assert _texts(sec) == ["Trong quý I, các cấp", contrast[:20]], contrast
        assert sec["role"] == "assessment" and d["sections"][1]["role"] == "directives"
        assert d["unplaced"] == []


def test_the_contrast_then_more_entries_keeps_every_entry() -> None:
    body = RESULTS.format(contrast="Tuy nhiên, vẫn còn một số hạn chế:") + (
        "- Giải ngân vốn đầu tư công chậm;\n- Quản lý đất đai còn buông lỏng.\n") + PART_II
    sec = _parse(body)["sections"][0]
    assert [i["text"][:10] for i in sec["items"]] == ["Sản xuất v", "Thu ngân s", "Công tác p", "Giải ngân ", "Quản lý đấ"]
    assert _texts(sec) == ["Trong quý I, các cấp", "Tuy nhiên, vẫn còn m"]
    assert sec["paragraphs"][1]["line"] < sec["items"][3]["line"]


def test_a_contrast_under_an_items_bullets_is_the_items() -> None:
    body = """I. ĐÁNH GIÁ CHUNG

1. Về kinh tế: đạt một số kết quả:
- Giá trị sản xuất nông nghiệp tăng 4,2%;
- Thu ngân sách đạt 32% dự toán.
Tuy nhiên, giải ngân vốn đầu tư công còn chậm.
2. Về xây dựng Đảng: chất lượng sinh hoạt chi bộ được nâng lên.
""" + PART_II
    sec = _parse(body)["sections"][0]
    one, two = sec["items"]
    assert [b["text"][:10] for b in one["bullets"]] == ["Giá trị sả", "Thu ngân s"]
    assert all(not b["paragraphs"] for b in one["bullets"])
    assert _texts(one) == ["Tuy nhiên, giải ngân"]
    assert two["text"].startswith("Về xây dựng Đảng") and not sec["paragraphs"]


def test_a_contrast_under_a_nested_list_goes_to_the_entry_that_announced_it() -> None:
    body = """I. ĐÁNH GIÁ CHUNG

- Về kinh tế: tăng trưởng khá:
+ GRDP tăng 7,1%;
+ Thu ngân sách đạt 105% dự toán.
Tuy nhiên, một số chỉ tiêu chưa đạt.
- Về văn hóa - xã hội: an sinh xã hội được bảo đảm.
""" + PART_II
    sec = _parse(body)["sections"][0]
    eco, soc = sec["items"]
    assert [b["text"][:8] for b in eco["bullets"]] == ["GRDP tăn", "Thu ngân"]
    assert _texts(eco) == ["Tuy nhiên, một số ch"] and not eco["bullets"][1]["paragraphs"]
    assert soc["text"].startswith("Về văn hóa")


def test_a_contrast_that_is_an_entrys_own_text_stays_there() -> None:
    # numbered items have paragraphs of their own; an entry that already has one goes on; a
    # paragraph typed under the entry's text is its own; an unfinished entry goes on
    body = """I. ĐÁNH GIÁ CHUNG

1. Về kinh tế: tăng trưởng đạt 7,1%.
Tuy nhiên, thu ngân sách chưa đạt.
2. Về xã hội: an sinh được bảo đảm.
"""
    sec = _parse(body + PART_II)["sections"][0]
    assert _texts(sec["items"][0]) == ["Tuy nhiên, thu ngân "] and not sec["paragraphs"]
    body = """I. ĐÁNH GIÁ CHUNG

- Về kinh tế: tăng trưởng đạt 7,1%.
   Tuy nhiên, thu ngân sách chưa đạt.
- Về xã hội: an sinh được bảo đảm.
"""
    sec = _parse(body + PART_II)["sections"][0]
    assert _texts(sec["items"][0]) == ["Tuy nhiên, thu ngân "] and not sec["paragraphs"]
    body = """I. ĐÁNH GIÁ CHUNG

- Về kinh tế: tăng trưởng đạt 7,1%, vượt kế hoạch

Tuy nhiên thu ngân sách chưa đạt.
"""
    sec = _parse(body + PART_II)["sections"][0]
    assert _texts(sec["items"][0]) == ["Tuy nhiên thu ngân s"] and not sec["paragraphs"]


# --- "KẾT LUẬN" / "CỦA BỘ CHÍNH TRỊ" ----------------------------------------------------------------

CENTRAL = """\
BAN CHẤP HÀNH TRUNG ƯƠNG                    ĐẢNG CỘNG SẢN VIỆT NAM
            *
      Số 70-KL/TW                           Hà Nội, ngày 31 tháng 01 năm 2024

{title}
-----

Tại phiên họp ngày 18/01/2024, Bộ Chính trị kết luận như sau:

1. Các cấp ủy, tổ chức đảng tiếp tục quán triệt quan điểm của Đảng.

2. Ban Tuyên giáo Trung ương theo dõi, đôn đốc việc thực hiện Kết luận này./.

                                        T/M BỘ CHÍNH TRỊ
Nơi nhận:                               THƯỜNG TRỰC BAN BÍ THƯ
- Các tỉnh ủy, thành ủy,
- Lưu Văn phòng Trung ương Đảng.        Trương Thị Mai
"""


def _title(title: str) -> dict:
    return tbparse.parse_dict(CENTRAL.format(title=title))


def test_the_issuers_line_under_the_type_name_is_its_author_not_the_subject() -> None:
    # "CỦA BỘ CHÍNH TRỊ" opened the subject
    for title in ("KẾT LUẬN\nCỦA BỘ CHÍNH TRỊ\nvề phát triển thể dục, thể thao giai đoạn 2023 - 2030",
                  "KẾT LUẬN\n\nCỦA BỘ CHÍNH TRỊ\n\nvề phát triển thể dục, thể thao giai đoạn 2023 - 2030",
                  "KẾT LUẬN CỦA BỘ CHÍNH TRỊ\nvề phát triển thể dục, thể thao giai đoạn 2023 - 2030",
                  "**KẾT LUẬN**\n**CỦA BỘ CHÍNH TRỊ**\n**về phát triển thể dục, thể thao giai đoạn 2023 - 2030**"):
        d = _title(title)
        assert (d["doc_type"], d["author"], d["subject"]) == (
            "KẾT LUẬN", "BỘ CHÍNH TRỊ", "về phát triển thể dục, thể thao giai đoạn 2023 - 2030"), title
        assert list(d)[list(d).index("subject") + 1] == "author"
        assert d["layout"]["subject_lines"][0] == d["layout"]["author_line"] + (2 if "\n\n" in title else 1) \
            or d["layout"]["author_line"] == d["layout"]["doc_type_line"]
        assert notice_from_dict(d).to_dict()["author"] == "BỘ CHÍNH TRỊ"
    d = _title("THÔNG BÁO\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nVỀ CÔNG TÁC CÁN BỘ")
    assert (d["doc_type"], d["author"], d["subject"]) == ("THÔNG BÁO", "BAN THƯỜNG VỤ TỈNH ỦY", "VỀ CÔNG TÁC CÁN BỘ")


def test_a_subject_that_names_its_body_keeps_it() -> None:
    # a notice's subject says whose conclusions it notifies; a "CỦA …" line that goes on into the
    # topic, or is all there is under the type, is the subject
    for title, subject in (
            ("THÔNG BÁO\nKẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề công tác cán bộ",
             "KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY về công tác cán bộ"),
            ("KẾT LUẬN\nCỦA BỘ CHÍNH TRỊ VỀ PHÁT TRIỂN THỂ DỤC, THỂ THAO",
             "CỦA BỘ CHÍNH TRỊ VỀ PHÁT TRIỂN THỂ DỤC, THỂ THAO"),
            ("KẾT LUẬN\nCỦA BỘ CHÍNH TRỊ", "CỦA BỘ CHÍNH TRỊ"),
            ("THÔNG BÁO\nCỦA THƯỜNG TRỰC TỈNH ỦY TẠI BUỔI LÀM VIỆC\nvới Đảng ủy khối Doanh nghiệp",
             "CỦA THƯỜNG TRỰC TỈNH ỦY TẠI BUỔI LÀM VIỆC với Đảng ủy khối Doanh nghiệp")):
        d = _title(title)
        assert d["subject"] == subject and "author" not in d, title
        assert "author" not in notice_from_dict(d).to_dict()


def test_tb019_leaves_the_author_on_the_type_line() -> None:
    from tbparse.lint import lint_text

    t = CENTRAL.format(title="KẾT LUẬN CỦA BỘ CHÍNH TRỊ\nvề phát triển thể dục, thể thao")
    assert not [f for f in lint_text(t) if f.code == "TB019"]
    t = CENTRAL.format(title="KẾT LUẬN về phát triển thể dục, thể thao")
    assert [f.message for f in lint_text(t) if f.code == "TB019"] == [
        "put the subject on its own line under «KẾT LUẬN»"]
