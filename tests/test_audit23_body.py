"""Audit 23: the body of Party documents — numbering, meeting lines, closing.

Each test names the defect it guards against; the inputs are notices written for this audit
in the layouts archives hold them (Word exports, PDF extractions, hard-wrapped web copies).
"""
from __future__ import annotations

import tbparse

HEAD = """\
ĐẢNG BỘ TỈNH BÌNH ĐỊNH                         ĐẢNG CỘNG SẢN VIỆT NAM
  HUYỆN ỦY PHÙ CÁT
         *                                     Phù Cát, ngày 09 tháng 11 năm 2020
   Số 156-TB/HU

THÔNG BÁO
kết luận của Ban Thường vụ Huyện ủy
về công tác chuẩn bị Đại hội Đảng bộ huyện

"""

TAIL = """
Ban Thường vụ Huyện ủy thông báo để các cấp ủy, tổ chức đảng biết, thực hiện./.

Nơi nhận:                                       T/M BAN THƯỜNG VỤ
- Thường trực Huyện ủy,                               BÍ THƯ
- Lưu VPHU.                                     Nguyễn Văn Dũng
"""


def _parse(body: str, tail: str = TAIL, head: str = HEAD) -> dict:
    return tbparse.parse_dict(head + body + tail)


def _items(node: dict) -> list[tuple]:
    """(number, line, text, [bullets as (marker, line, text)]) of a node's items."""
    return [(i["number"], i["line"], i["text"], [(b["marker"], b["line"], b["text"]) for b in i["bullets"]])
            for i in node["items"]]


# --- a number alone on its line ------------------------------------------------------------------

def test_an_item_number_alone_on_its_line_opens_the_item_with_the_next_line() -> None:
    # "1." / (blank) / "Thống nhất …": the numbers went to the preamble as paragraphs of their own,
    # the items' text after them — no item at all
    body = ("Ngày 05/11/2020, Ban Thường vụ Huyện ủy họp, nghe Tiểu ban Tổ chức báo cáo. Ban Thường vụ "
            "Huyện ủy kết luận:\n\n1.\nThống nhất với dự thảo kế hoạch tổ chức Đại hội.\n\n2.\n\nTiểu ban "
            "Tổ chức phục vụ Đại hội:\n\na)\nChuẩn bị hội trường, khánh tiết;\n\nb)\nBảo đảm an ninh, trật tự.\n")
    d = _parse(body)
    assert [p["line"] for p in d["preamble"]] == [10]
    (sec,) = d["sections"]
    assert _items(sec) == [
        ("1", 12, "Thống nhất với dự thảo kế hoạch tổ chức Đại hội.", []),
        ("2", 15, "Tiểu ban Tổ chức phục vụ Đại hội:",
         [("a)", 19, "Chuẩn bị hội trường, khánh tiết;"), ("b)", 22, "Bảo đảm an ninh, trật tự.")]),
    ]
    assert d["closing"] and not d["unplaced"]


def test_a_lone_number_in_a_pdf_with_no_blank_lines() -> None:
    # the same in a PDF's text: "… cơ sở:" / "a)" / "Thành lập …" ran "a)" into the line above
    body = ("Ngày 08/10/2024, Ban Thường vụ Huyện ủy họp nghe Ủy ban nhân dân huyện báo cáo. Ban Thường vụ\n"
            "Huyện ủy kết luận:\n1.\nỦy ban nhân dân huyện chỉ đạo các cơ quan chuyên môn khoanh vùng, xử lý triệt để\n"
            "các ổ dịch, không để dịch lây lan ra diện rộng.\n2.\nCác đảng ủy xã lãnh đạo chính quyền cơ sở:\na)\n"
            "Thành lập các chốt kiểm dịch tạm thời;\nb)\nHướng dẫn người chăn nuôi thực hiện an toàn sinh học.\n")
    d = _parse(body, TAIL.replace("\n\n", "\n"))
    (sec,) = d["sections"]
    assert _items(sec) == [
        ("1", 12, "Ủy ban nhân dân huyện chỉ đạo các cơ quan chuyên môn khoanh vùng, xử lý triệt để các ổ dịch, "
                  "không để dịch lây lan ra diện rộng.", []),
        ("2", 15, "Các đảng ủy xã lãnh đạo chính quyền cơ sở:",
         [("a)", 17, "Thành lập các chốt kiểm dịch tạm thời;"),
          ("b)", 19, "Hướng dẫn người chăn nuôi thực hiện an toàn sinh học.")]),
    ]


def test_an_article_number_alone_on_its_line_takes_its_text() -> None:
    # "Điều 1." / "Ban hành kèm theo …": the article's text was empty, its sentence a paragraph under it
    body = ("BAN CHẤP HÀNH ĐẢNG BỘ XÃ QUYẾT ĐỊNH\n\nĐiều 1.\nBan hành kèm theo Quyết định này Quy chế làm việc.\n\n"
            "Điều 2.\nCác chi bộ trực thuộc chịu trách nhiệm thi hành Quyết định này./.\n")
    d = _parse(body, TAIL.split("\n", 2)[2], HEAD.replace("THÔNG BÁO", "QUYẾT ĐỊNH").replace("TB/HU", "QĐ/HU"))
    (sec,) = d["sections"]
    assert [(i["number"], i["line"], i["text"], i["paragraphs"]) for i in sec["items"]] == [
        ("Điều 1", 12, "Ban hành kèm theo Quyết định này Quy chế làm việc.", []),
        ("Điều 2", 15, "Các chi bộ trực thuộc chịu trách nhiệm thi hành Quyết định này./.", []),
    ]


def test_a_hyphen_break_before_a_number_is_no_lone_marker() -> None:
    # a number wrapped onto a line of its own inside a sentence ("… kết nạp từ" / "15." / …) is no
    # item: only a marker after a finished sentence or clause stands alone
    body = ("Ngày 05/11/2020, Ban Thường vụ Huyện ủy họp. Ban Thường vụ Huyện ủy kết luận:\n\n"
            "1. Phấn đấu đến cuối năm kết nạp từ\n15-\n20 đảng viên mới.\n")
    d = _parse(body)
    assert [(i["number"], i["line"]) for i in d["sections"][0]["items"]] == [("1", 12)]


# --- a list with no numbers under the preamble ---------------------------------------------------

def test_a_dash_list_under_the_conclusions_lead_in_is_the_directives() -> None:
    # "… có ý kiến như sau:" / "- Thống nhất …" / "- Giao …": the directives stayed preamble paragraphs
    body = ("Ngày 31/7/2018, Thường trực Huyện ủy nghe Ban cán sự đảng UBND huyện báo cáo. Thường trực Huyện ủy "
            "có ý kiến như sau:\n\n- Thống nhất chủ trương đầu tư xây dựng Trường Tiểu học Liên Nghĩa 2.\n"
            "- Giao Ban cán sự đảng UBND huyện chỉ đạo lập hồ sơ dự án, khởi công trong quý IV/2018.\n"
            "+ Bố trí vốn từ nguồn ngân sách huyện.\n\n")
    d = _parse(body)
    assert [p["line"] for p in d["preamble"]] == [10]
    (sec,) = d["sections"]
    assert (sec["number"], sec["title"]) == (None, None)
    assert _items(sec) == [
        ("-", 12, "Thống nhất chủ trương đầu tư xây dựng Trường Tiểu học Liên Nghĩa 2.", []),
        ("-", 13, "Giao Ban cán sự đảng UBND huyện chỉ đạo lập hồ sơ dự án, khởi công trong quý IV/2018.",
         [("+", 14, "Bố trí vốn từ nguồn ngân sách huyện.")]),
    ]


def test_a_lower_case_roman_part_under_the_lead_in_is_no_point() -> None:
    # a list of points opening the directives opens on "a)": "i. Đánh giá …" is part I typed in lower
    # case (TB022 reports it), not a point of a section with no title
    d = _parse("Đồng chí Bí thư Huyện ủy kết luận:\n\ni. Đánh giá tình hình\n\nĐã làm tốt.\n\n"
               "ii. Nhiệm vụ thời gian tới\n\n1. Rà soát đảng viên.\n")
    assert [p["line"] for p in d["preamble"]][:2] == [10, 12]
    d = _parse("Đồng chí Bí thư Huyện ủy kết luận:\n\na) Thống nhất chủ trương.\n\nb) Giao Ban Tổ chức theo dõi.\n")
    assert [(i["number"], i["line"]) for i in d["sections"][0]["items"]] == [("a)", 12), ("b)", 14)]


def test_a_roll_calls_bullets_stay_in_the_opening() -> None:
    # the attendees' bullets under "Dự cuộc họp có các đồng chí:" are no directives
    body = ("Ngày 26/3/2021, Ban Thường vụ Huyện ủy tổ chức hội nghị giao ban. Đồng chí Y Giang Gry Niê Knơng, "
            "Bí thư Huyện ủy chủ trì hội nghị.\n\nDự cuộc họp có các đồng chí:\n+ Các đồng chí Ủy viên Ban Thường "
            "vụ Huyện ủy;\n+ Bí thư các đảng ủy xã, thị trấn.\n\nĐồng chí Bí thư Huyện ủy kết luận:\n\n"
            "1. Các đảng ủy xã chuẩn bị tốt cuộc bầu cử.\n")
    d = _parse(body)
    assert [p["line"] for p in d["preamble"]] == [10, 12, 13, 14, 16]
    assert d["attendees"] == ["Các đồng chí Ủy viên Ban Thường vụ Huyện ủy", "Bí thư các đảng ủy xã, thị trấn"]
    assert [i["number"] for i in d["sections"][0]["items"]] == ["1"]


# --- the meeting's roll call ---------------------------------------------------------------------

def test_an_attendance_sentence_ending_the_meeting_paragraph_takes_the_bullets_under_it() -> None:
    # "… làm việc với Đảng ủy Phường 14. Tham dự buổi làm việc có các đồng chí:" / "- Đồng chí …":
    # attendees were empty
    body = ("Chiều ngày 05/11/2020, Thường trực Huyện ủy làm việc với Đảng ủy xã Cát Tân. Tham dự buổi làm việc "
            "có các đồng chí:\n- Đồng chí Lê Văn Nam, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Huyện ủy;\n"
            "- Đại diện lãnh đạo Ban Tuyên giáo, Ban Dân vận Huyện ủy.\n\nThường trực Huyện ủy kết luận:\n\n"
            "1. Đảng ủy xã tập trung lãnh đạo hoàn thành các chỉ tiêu năm 2020.\n")
    d = _parse(body)
    assert d["meeting"]["date"] == "2020-11-05" and d["meeting"]["with"] == "Đảng ủy xã Cát Tân"
    assert d["attendees"] == ["Đồng chí Lê Văn Nam, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Huyện ủy",
                              "Đại diện lãnh đạo Ban Tuyên giáo, Ban Dân vận Huyện ủy"]


def test_a_chair_line_over_bullets_and_a_composition_line() -> None:
    # "Chủ trì:" / "- Đồng chí Hà Văn Tuyên, Bí thư Huyện ủy." named no chair, and "Thành phần dự họp:
    # …" no attendee
    body = ("Ngày 02/11/2020, Thường trực Huyện ủy làm việc với Đảng ủy xã Cát Tân.\nChủ trì:\n"
            "- Đồng chí Hà Văn Tuyên, Bí thư Huyện ủy.\nThành phần dự họp: các đồng chí trong Thường trực Huyện ủy, "
            "Trưởng Ban Tổ chức Huyện ủy, Chánh Văn phòng Huyện ủy.\n\nĐồng chí Bí thư Huyện ủy kết luận:\n\n"
            "1. Đảng ủy xã quan tâm công tác phát triển đảng viên.\n")
    d = _parse(body)
    m = d["meeting"]
    assert (m["date"], m["with"], m["line"]) == ("2020-11-02", "Đảng ủy xã Cát Tân", 10)
    assert m["chair"] == [{"name": "Hà Văn Tuyên", "title": "Bí thư Huyện ủy"}]
    assert d["attendees"] == ["các đồng chí trong Thường trực Huyện ủy", "Trưởng Ban Tổ chức Huyện ủy",
                              "Chánh Văn phòng Huyện ủy"]


def test_a_chair_line_above_the_meeting_sentence_leaves_the_meeting_its_day() -> None:
    # "Chủ trì: Đồng chí …" / "Tham dự: …" / "Vắng: …" / "Ngày 20/9/2019, Thường trực Thành ủy làm việc
    # với …": the chair line was taken for the meeting, which had no date and no "with"
    body = ("Chủ trì: Đồng chí Nguyễn Văn Hùng, Phó Bí thư Thường trực Huyện ủy.\nTham dự: Các đồng chí Ủy viên "
            "Ban Thường vụ Huyện ủy; lãnh đạo Phòng Quản lý đô thị.\nVắng: Đồng chí Lê Thị Hoa, Trưởng Ban Dân vận "
            "Huyện ủy (đi công tác).\n\nNgày 20/9/2019, Thường trực Huyện ủy làm việc với Ủy ban nhân dân huyện về "
            "công tác chỉnh trang đô thị. Thường trực Huyện ủy có ý kiến chỉ đạo như sau:\n\n"
            "1. Ủy ban nhân dân huyện rà soát các tuyến phố cần chỉnh trang.\n")
    d = _parse(body)
    m = d["meeting"]
    assert (m["date"], m["with"], m["line"]) == ("2019-09-20", "Ủy ban nhân dân huyện", 14)
    assert m["chair"] == [{"name": "Nguyễn Văn Hùng", "title": "Phó Bí thư Thường trực Huyện ủy"}]
    assert d["attendees"] == ["Các đồng chí Ủy viên Ban Thường vụ Huyện ủy", "lãnh đạo Phòng Quản lý đô thị"]
    # with no meeting sentence at all, the roll call's chair still makes the meeting
    d = _parse(body.split("\n\n")[0] + "\n\n1. Ủy ban nhân dân huyện rà soát các tuyến phố.\n")
    assert d["meeting"] == {"date": None, "end": None, "line": 10, "with": None,
                            "chair": [{"name": "Nguyễn Văn Hùng", "title": "Phó Bí thư Thường trực Huyện ủy"}]}


def test_roll_call_lines_with_no_blank_line_between_are_paragraphs_of_their_own() -> None:
    # a short body's "Chủ trì: …" / "Tham dự: …" / "Vắng: …" were joined as one hard-wrapped paragraph:
    # no attendees, and the absent comrade a chair
    body = ("Chủ trì: Đồng chí Nguyễn Văn Hùng, Phó Bí thư Thường trực Huyện ủy.\nTham dự: Các đồng chí Ủy viên "
            "Ban Thường vụ Huyện ủy; lãnh đạo Phòng Quản lý đô thị.\nVắng: Đồng chí Lê Thị Hoa, Trưởng Ban Dân vận "
            "Huyện ủy (đi công tác).\n\n1. Ủy ban nhân dân huyện rà soát các tuyến phố.\n")
    d = _parse(body)
    assert [(p["line"], p["text"][:8]) for p in d["preamble"]] == [(10, "Chủ trì:"), (11, "Tham dự:"), (12, "Vắng: Đồ")]
    assert d["meeting"]["chair"] == [{"name": "Nguyễn Văn Hùng", "title": "Phó Bí thư Thường trực Huyện ủy"}]
    assert d["attendees"] == ["Các đồng chí Ủy viên Ban Thường vụ Huyện ủy", "lãnh đạo Phòng Quản lý đô thị"]


# --- the closing ---------------------------------------------------------------------------------

def test_a_call_to_carry_the_notice_out_without_the_end_mark_is_the_closing() -> None:
    # "Ban Thường vụ Huyện ủy yêu cầu các cấp ủy, tổ chức đảng nghiêm túc thực hiện." (no "để …
    # biết", no "./.") was the last "*" entry's paragraph
    body = ("Ngày 12/01/2005, Ban Thường vụ Huyện ủy họp, thống nhất kết luận:\n\nI/ Tình hình chung:\nNăm 2004 "
            "kinh tế của huyện tăng trưởng khá.\n\nII/ Nhiệm vụ chuẩn bị đón Tết:\n* Các cấp ủy đảng chỉ đạo tổ "
            "chức tốt việc thăm hỏi các gia đình chính sách;\n* Công an huyện giữ vững an ninh trật tự.\n\n")
    tail = ("Ban Thường vụ Huyện ủy yêu cầu các cấp ủy, tổ chức đảng nghiêm túc thực hiện.\n\n"
            + TAIL.split("\n", 3)[3])
    d = _parse(body, tail)
    assert d["closing"] == "Ban Thường vụ Huyện ủy yêu cầu các cấp ủy, tổ chức đảng nghiêm túc thực hiện."
    assert d["layout"]["closing_line"] == 19
    assert [(i["number"], i["paragraphs"]) for i in d["sections"][1]["items"]] == [("*", []), ("*", [])]
    # a request of its own as the last paragraph is no closing
    d = _parse(body, "Đề nghị Ủy ban nhân dân huyện hỗ trợ kinh phí sửa chữa nhà văn hóa thôn.\n\n"
               + TAIL.split("\n", 3)[3])
    assert d["closing"] is None


# --- OCR typos in markers ------------------------------------------------------------------------

def test_an_ocr_l_for_the_first_item_is_item_one_as_typed() -> None:
    # "l." / "2." / "3.": "l." was read as a point, an entry of a list straight under the section,
    # with the number "l." — and the "- " bullets under it became more section items
    body = ("Ngày 10/4/2014, Thường trực Huyện ủy họp. Thường trực Huyện ủy kết luận:\n\nI. ĐÁNH GIÁ CHUNG\n\n"
            "Việc triển khai Đề án đạt kết quả bước đầu.\n\nII -  NHIỆM VỤ TRONG THỜI GIAN TỚI\n\n"
            "l. Ban cán sự đảng UBND huyện chỉ đạo:\n- Rà soát quỹ đất;\n- Điều chỉnh quy mô Đề án.\n\n"
            "2. Các đảng ủy xã vận động nhân dân chăm sóc vườn cây.\n\nI1I. TỔ CHỨC THỰC HIỆN\n\n"
            "Văn phòng Huyện ủy theo dõi, đôn đốc việc thực hiện Thông báo này.\n")
    d = _parse(body)
    assert [(s["number"], s["title"]) for s in d["sections"]] == [
        ("I", "ĐÁNH GIÁ CHUNG"), ("II", "NHIỆM VỤ TRONG THỜI GIAN TỚI"), ("I1I", "TỔ CHỨC THỰC HIỆN")]
    assert _items(d["sections"][1]) == [
        ("l", 18, "Ban cán sự đảng UBND huyện chỉ đạo:", [("-", 19, "Rà soát quỹ đất;"), ("-", 20, "Điều chỉnh quy mô Đề án.")]),
        ("2", 22, "Các đảng ủy xã vận động nhân dân chăm sóc vườn cây.", []),
    ]
    # "l." with no "2." after it, or after a point "k)", stays a point
    d = _parse("I. NHIỆM VỤ\n\n1. Các xã thực hiện:\n\nk) Rà soát hộ nghèo;\n\nl) Hỗ trợ sinh kế.\n\n"
               "2. Các đoàn thể vận động hội viên.\n")
    assert _items(d["sections"][0])[0][3] == [("k)", 14, "Rà soát hộ nghèo;"), ("l)", 16, "Hỗ trợ sinh kế.")]


# --- parts: "Phần" ---------------------------------------------------------------------------------

REPORT_HEAD = """\
TỈNH ỦY BẮC NINH                                ĐẢNG CỘNG SẢN VIỆT NAM
       *
  Số 480-BC/TU                                  Bắc Ninh, ngày 15 tháng 6 năm 2020

BÁO CÁO
sơ kết 5 năm thực hiện Nghị quyết số 39-NQ/TW của Bộ Chính trị

"""
REPORT_TAIL = """
Nơi nhận:                                       T/M BAN THƯỜNG VỤ
- Ban Tổ chức Trung ương (b/c),                        BÍ THƯ
- Lưu VPTU.                                     Nguyễn Nhân Chiến
"""


def test_a_caps_part_heading_under_the_subject_is_no_subject_line() -> None:
    # with no dash rule, "PHẦN I: KẾT QUẢ THỰC HIỆN" (or "PHẦN THỨ NHẤT", "CHƯƠNG I") was read as the
    # subject's last line, and part I's items fell into a section of no title
    for typed, number, title in (("PHẦN I: KẾT QUẢ THỰC HIỆN", "PHẦN I", "KẾT QUẢ THỰC HIỆN"),
                                 ("PHẦN THỨ NHẤT\nKẾT QUẢ THỰC HIỆN", "PHẦN THỨ NHẤT", "KẾT QUẢ THỰC HIỆN"),
                                 ("CHƯƠNG I", "CHƯƠNG I", None)):
        d = _parse(f"{typed}\n\n1. Công tác lãnh đạo, chỉ đạo đã được quan tâm.\n", REPORT_TAIL, REPORT_HEAD)
        assert d["subject"] == "sơ kết 5 năm thực hiện Nghị quyết số 39-NQ/TW của Bộ Chính trị", typed
        assert [(s["number"], s["title"], s["line"]) for s in d["sections"]] == [(number, title, 8)], typed


def test_roman_parts_under_a_phan_take_its_role_when_their_titles_name_only_a_field() -> None:
    # "Phần thứ nhất KẾT QUẢ …" / "I. CÔNG TÁC XÂY DỰNG ĐẢNG" / … / "Phần thứ hai PHƯƠNG HƯỚNG, NHIỆM VỤ" /
    # "I. MỤC TIÊU TỔNG QUÁT": the Roman parts were all "other"
    body = ("Phần thứ nhất\nKẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024\n\nI. CÔNG TÁC XÂY DỰNG ĐẢNG\n\nKết nạp 1.856 đảng "
            "viên mới.\n\nII. CÔNG TÁC DÂN VẬN\n\nChưa có nhiều đổi mới.\n\nPhần thứ hai\nPHƯƠNG HƯỚNG, NHIỆM VỤ "
            "NĂM 2025\n\nI. MỤC TIÊU TỔNG QUÁT\n\nXây dựng Đảng bộ tỉnh trong sạch, vững mạnh.\n\nII. MỤC ĐÍCH, "
            "YÊU CẦU\n\nBảo đảm đúng tiến độ.\n\nIII. NHIỆM VỤ, GIẢI PHÁP\n\n1. Tổ chức thành công đại hội.\n")
    d = _parse(body, REPORT_TAIL, REPORT_HEAD)
    assert [(s["number"], s["role"]) for s in d["sections"]] == [
        ("Phần thứ nhất", "assessment"), ("I", "assessment"), ("II", "assessment"),
        ("Phần thứ hai", "directives"), ("I", "directives"), ("II", "other"), ("III", "directives")]


def test_a_lead_in_spreads_over_bodies_joined_by_va_as_over_a_comma() -> None:
    # "…; lãnh đạo Văn phòng Huyện ủy và Văn phòng HĐND-UBND huyện": "lãnh đạo Ban Tổ chức, Văn phòng
    # Huyện ủy" stayed one entry, the same with "và" split into two (the second without its leaders)
    body = ("Ngày 15/3/2021, Ban Thường vụ Huyện ủy họp nghe báo cáo. Đồng chí Trần Văn Mẫn, Bí thư Huyện ủy chủ "
            "trì hội nghị.\n\nDự cuộc họp có các đồng chí: Nguyễn Công Thanh, Phó Bí thư Thường trực Huyện ủy; "
            "các đồng chí Ủy viên Ban Thường vụ Huyện ủy; lãnh đạo Văn phòng Huyện ủy và Văn phòng HĐND-UBND "
            "huyện.\n\nBan Thường vụ Huyện ủy kết luận:\n\n1. Tập trung giải ngân vốn đầu tư công.\n")
    d = _parse(body)
    assert d["attendees"] == ["Nguyễn Công Thanh, Phó Bí thư Thường trực Huyện ủy",
                              "các đồng chí Ủy viên Ban Thường vụ Huyện ủy",
                              "lãnh đạo Văn phòng Huyện ủy và Văn phòng HĐND-UBND huyện"]
    # a comrade's entry still parts on "và": "Trần Văn B, Trưởng Ban Tổ chức và Lê Văn C, Chánh Văn phòng"
    d = _parse(body.replace("lãnh đạo Văn phòng Huyện ủy và Văn phòng HĐND-UBND huyện",
                            "Trần Văn B, Trưởng Ban Tổ chức và Lê Văn C, Chánh Văn phòng"))
    assert d["attendees"][-2:] == ["Trần Văn B, Trưởng Ban Tổ chức", "Lê Văn C, Chánh Văn phòng"]


def test_a_convening_notices_cited_meeting_is_no_meeting() -> None:
    # "Thực hiện Kết luận của Ban Thường vụ Huyện ủy tại cuộc họp ngày 20/11/2025, Ban Thường vụ Huyện ủy
    # tổ chức Hội nghị …": the meeting that decided it became the notice's meeting
    head = HEAD.replace("kết luận của Ban Thường vụ Huyện ủy\nvề công tác chuẩn bị Đại hội Đảng bộ huyện",
                        "về việc tổ chức Hội nghị sơ kết công tác dân vận năm 2020")
    opening = ("Thực hiện Kết luận của Ban Thường vụ Huyện ủy tại cuộc họp ngày 02/11/2020, Ban Thường vụ Huyện ủy "
               "tổ chức Hội nghị sơ kết công tác dân vận năm 2020, cụ thể như sau:\n\n1. Thời gian: 14 giờ 00, "
               "ngày 20/11/2020.\n\n2. Địa điểm: Hội trường Huyện ủy.\n")
    d = _parse(opening, head=head)
    assert d["subject"] == "về việc tổ chức Hội nghị sơ kết công tác dân vận năm 2020"
    assert d["meeting"] is None
    # held after the clause that cites: it stays
    d = _parse(opening.replace("tại cuộc họp ngày 02/11/2020, Ban", ", ngày 02/11/2020, Ban")
               .replace("tổ chức Hội nghị", "đã họp, thống nhất tổ chức Hội nghị"), head=head)
    assert d["meeting"]["date"] == "2020-11-02"


def test_a_call_to_named_addressees_and_all_others_is_the_closing_but_a_task_is_not() -> None:
    body = "Ban Thường vụ Huyện ủy kết luận:\n\n1. Đảng ủy xã phát triển du lịch cộng đồng.\n\n"
    rest = "\n\n" + TAIL.split("\n", 3)[3]
    d = _parse(body, "Thường trực Huyện ủy yêu cầu Đảng ủy xã Chiềng Châu và các cơ quan liên quan nghiêm túc "
                     "thực hiện." + rest)
    assert d["closing"] == ("Thường trực Huyện ủy yêu cầu Đảng ủy xã Chiềng Châu và các cơ quan liên quan "
                            "nghiêm túc thực hiện.")
    # a last request that sets a task of its own stays the last item's paragraph
    d = _parse(body, "Đề nghị Ủy ban nhân dân huyện chỉ đạo các phòng chuyên môn tổ chức thực hiện." + rest)
    assert d["closing"] is None
    assert d["sections"][0]["items"][0]["paragraphs"][0]["text"].startswith("Đề nghị Ủy ban")


def test_nested_numbers_in_the_hyphen_family_are_nested_items() -> None:
    # "1.1- Tập trung …", "2.1) …" were their item's paragraphs, "2.2 - …" an item whose text kept "- "
    body = ("I. NHIỆM VỤ\n\n1- Về kinh tế:\n\n1.1- Tập trung thu ngân sách.\n\n1.2- Đẩy nhanh giải ngân.\n\n"
            "2- Về xã hội:\n\n2.1) Chăm lo an sinh.\n\n2.2 - Giảm nghèo bền vững.\n")
    d = _parse(body)
    got = [(i["number"], i["paragraphs"], [(j["number"], j["line"], j["text"]) for j in i["items"]])
           for i in d["sections"][0]["items"]]
    assert got == [
        ("1", [], [("1.1", 14, "Tập trung thu ngân sách."), ("1.2", 16, "Đẩy nhanh giải ngân.")]),
        ("2", [], [("2.1", 20, "Chăm lo an sinh."), ("2.2", 22, "Giảm nghèo bền vững.")]),
    ]


def test_the_formulas_first_sentence_in_a_paragraph_of_its_own_is_the_closings() -> None:
    # "Trên đây là ý kiến kết luận …" / "Văn phòng Huyện ủy thông báo …./.": the first was the last
    # item's paragraph (typed as one paragraph, both were the closing already)
    body = "Ban Thường vụ Huyện ủy kết luận:\n\n1. Đảng ủy xã phát triển du lịch.\n\n2. Giao Ban Tổ chức theo dõi.\n\n"
    rest = "\n\n" + TAIL.split("\n", 3)[3]
    d = _parse(body, "Trên đây là ý kiến kết luận của Ban Thường vụ Huyện ủy.\n\nVăn phòng Huyện ủy thông báo để "
                     "các cấp ủy biết, thực hiện./." + rest)
    assert d["closing"] == ("Trên đây là ý kiến kết luận của Ban Thường vụ Huyện ủy. Văn phòng Huyện ủy thông báo "
                            "để các cấp ủy biết, thực hiện./.")
    assert d["layout"]["closing_line"] == 16
    assert [i["paragraphs"] for i in d["sections"][0]["items"]] == [[], []]
    # the end mark wrapped onto a line of its own joins with no space
    d = _parse(body, "Văn phòng Huyện ủy thông báo để các cấp ủy biết, thực hiện\n./." + rest)
    assert d["closing"] == "Văn phòng Huyện ủy thông báo để các cấp ủy biết, thực hiện./."


def test_a_guest_invited_in_a_comma_list_keeps_his_title() -> None:
    # "…, mời đồng chí Nguyễn Văn Ba, Giám đốc Sở Tài chính dự.": the title was an attendee of its own
    # (in a ";" list it was read right)
    d = _parse("Ngày 15/3/2020, Ban Thường vụ Huyện ủy họp phiên thường kỳ. Dự họp có các đồng chí Ủy viên Ban "
               "Thường vụ Huyện ủy, mời đồng chí Nguyễn Văn Ba, Giám đốc Sở Tài chính dự.\n\nBan Thường vụ Huyện "
               "ủy kết luận:\n\n1. Tập trung thu ngân sách.\n")
    assert d["attendees"] == ["các đồng chí Ủy viên Ban Thường vụ Huyện ủy", "đồng chí Nguyễn Văn Ba, Giám đốc Sở Tài chính"]


# --- bullets ---------------------------------------------------------------------------------------

def _bullets(nodes: list[dict], depth: int = 0) -> list[tuple]:
    out = []
    for b in nodes:
        out.append((depth, b["marker"], b["line"]))
        out += _bullets(b["bullets"], depth + 1)
    return out


def test_the_first_bullet_kind_typed_is_the_outer_level() -> None:
    # "+ Ngành giáo dục:" / "- Rà soát …" / "- Tuyển dụng …" / "+ Ngành y tế:": the second "+" nested
    # under the last "-" ("-" was always over "+")
    body = ("Ban Thường vụ Huyện ủy kết luận:\n\n1. Ủy ban nhân dân huyện chỉ đạo:\n+ Ngành giáo dục:\n"
            "- Rà soát cơ sở vật chất trường học;\n- Tuyển dụng đủ giáo viên.\n+ Ngành y tế:\n"
            "- Nâng cấp trạm y tế xã.\n\n2. Các xã thực hiện tốt:\n- Tuyên truyền;\n+ Qua hệ thống loa;\n"
            "– Vận động nhân dân.\n")
    d = _parse(body)
    one, two = d["sections"][0]["items"]
    assert _bullets(one["bullets"]) == [(0, "+", 13), (1, "-", 14), (1, "-", 15), (0, "+", 16), (1, "-", 17)]
    # under the next item the usual order, and Word's en dash for a hyphen is the same kind
    assert _bullets(two["bullets"]) == [(0, "-", 20), (1, "+", 21), (0, "–", 22)]


# --- appendices ----------------------------------------------------------------------------------

ANNEX_TAIL = """
Nơi nhận:                                        T/M BAN THƯỜNG VỤ
- Ban Tuyên giáo Tỉnh ủy (b/c),                        PHÓ BÍ THƯ
- Lưu VPHU.                                      Nguyễn Văn Minh

Phụ lục số 01
KẾ HOẠCH TỔ CHỨC HỘI THẢO
(Kèm theo Kế hoạch số 88-KH/HU ngày 20/4/2019
của Ban Thường vụ Huyện ủy)

- Thời gian: tháng 8/2019.
- Địa điểm: Hội trường Huyện ủy.

Phụ lục số 02
CÁC HOẠT ĐỘNG VĂN HÓA, VĂN NGHỆ

| STT | Nội dung | Thời gian |
|---|---|---|
| 1 | Hội diễn văn nghệ quần chúng | Tháng 8/2019 |
| 2 | Triển lãm ảnh về Bác Hồ | Tháng 9/2019 |
"""


def test_an_appendix_under_the_signature_keeps_its_dash_lines_and_table_rows() -> None:
    # the appendix's "- Thời gian: …" lines were read as recipients; a table in an appendix came out a
    # paragraph a cell, its header cell "STT" the title's last word
    d = _parse("Ban Thường vụ Huyện ủy kết luận:\n\n1. Tổ chức hội thảo khoa học (Phụ lục số 01).\n", ANNEX_TAIL)
    assert d["recipients"] == ["Ban Tuyên giáo Tỉnh ủy (b/c)", "Lưu VPHU"]
    one, two = d["appendices"]
    assert (one["label"], one["title"], one["attached"]) == (
        "Phụ lục số 01", "KẾ HOẠCH TỔ CHỨC HỘI THẢO", "Kèm theo Kế hoạch số 88-KH/HU ngày 20/4/2019 của Ban Thường vụ Huyện ủy")
    assert [(p["line"], p["text"]) for p in one["paragraphs"]] == [
        (23, "- Thời gian: tháng 8/2019."), (24, "- Địa điểm: Hội trường Huyện ủy.")]
    assert (two["label"], two["title"]) == ("Phụ lục số 02", "CÁC HOẠT ĐỘNG VĂN HÓA, VĂN NGHỆ")
    assert [(p["line"], p["text"]) for p in two["paragraphs"]] == [
        (29, "STT Nội dung Thời gian"), (31, "1 Hội diễn văn nghệ quần chúng Tháng 8/2019"),
        (32, "2 Triển lãm ảnh về Bác Hồ Tháng 9/2019")]
    assert not d["unplaced"] and not d["warnings"]


def test_part_one_as_ocr_leaves_it_before_part_two() -> None:
    # "l. ĐÁNH GIÁ CHUNG" (or "1. ĐÁNH GIÁ CHUNG") / … / "II. NHIỆM VỤ": part I's title was an item of a
    # section with no title and its text that item's paragraph
    for typed in ("l", "1"):
        d = _parse(f"Ban Thường vụ Huyện ủy kết luận:\n\n{typed}. ĐÁNH GIÁ CHUNG\n\nĐã làm tốt.\n\nII. NHIỆM VỤ\n\n"
                   "1. Rà soát đảng viên.\n")
        assert [(s["number"], s["title"], s["role"], s["line"], [p["text"] for p in s["paragraphs"]],
                 [i["number"] for i in s["items"]]) for s in d["sections"]] == [
            (typed, "ĐÁNH GIÁ CHUNG", "assessment", 12, ["Đã làm tốt."], []),
            ("II", "NHIỆM VỤ", "directives", 16, [], ["1"])], typed
    # caps numbered headings with no Roman part after them stay what they were
    d = _parse("Ban Thường vụ kết luận:\n\n1. VỀ KINH TẾ\n\nTốt.\n\n2. VỀ XÃ HỘI\n\nTốt.\n")
    assert [(s["number"], s["title"]) for s in d["sections"]] == [("1", "VỀ KINH TẾ"), ("2", "VỀ XÃ HỘI")]


def test_a_chapters_muc_is_a_section_of_its_own() -> None:
    # "Chương II" / … / "Mục 1" / "ĐỐI VỚI BAN CHẤP HÀNH" / "Điều 2. …": the "Mục" heading was the
    # chapter's paragraph (or, after an article, that article's last item's)
    head = HEAD.replace("THÔNG BÁO", "QUY CHẾ").replace("TB/HU", "QC/HU")
    body = ("Chương II\nNHIỆM VỤ, QUYỀN HẠN\n\nMục 1\nĐỐI VỚI BAN CHẤP HÀNH\n\nĐiều 2. Nhiệm vụ của Ban Chấp hành\n\n"
            "1. Lãnh đạo thực hiện nghị quyết đại hội đảng bộ huyện.\n\n2. Quyết định các chủ trương lớn.\n\n"
            "Mục 2\n\nĐỐI VỚI BAN THƯỜNG VỤ\n\nĐiều 3. Nhiệm vụ của Ban Thường vụ\n\nLãnh đạo giữa hai kỳ hội nghị.\n")
    d = _parse(body, "\nNơi nhận:                                       T/M BAN CHẤP HÀNH\n"
                     "- Lưu VPHU.                                     Nguyễn Văn Dũng\n", head)
    assert [(s["number"], s["title"], s["line"], [i["number"] for i in s["items"]], s["paragraphs"])
            for s in d["sections"]] == [
        ("Chương II", "NHIỆM VỤ, QUYỀN HẠN", 10, [], []),
        ("Mục 1", "ĐỐI VỚI BAN CHẤP HÀNH", 13, ["Điều 2"], []),
        ("Mục 2", "ĐỐI VỚI BAN THƯỜNG VỤ", 22, ["Điều 3"], []),
    ]
    assert [i["number"] for i in d["sections"][1]["items"][0]["items"]] == ["1", "2"]
    # "Mục tiêu …" opens no division
    d = _parse("I. MỤC TIÊU\n\nMục tiêu chung là nâng cao chất lượng.\n\nII. NHIỆM VỤ\n\n1. Rà soát.\n")
    assert [s["number"] for s in d["sections"]] == ["I", "II"]
