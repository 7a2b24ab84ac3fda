"""Header and title defects from audit 23 (document heads nobody had tested: every level of issuer,
1990s–2020s, two-column, tab, one-column, web and PDF layouts, OCR slips).

Each test parses the smallest realistic document that showed the defect and asserts the values a
careful reader reads.
"""
from __future__ import annotations

import pytest

import tbparse

# A provincial party organisation's discipline decision (Nghệ An, 2005), its body after the title.
DECISION_HEAD = """\
ĐẢNG BỘ TỈNH NGHỆ AN                      ĐẢNG CỘNG SẢN VIỆT NAM
ỦY BAN KIỂM TRA
    *
  {number}                  Vinh, ngày 8 tháng 6 năm 2005

                         QUYẾT ĐỊNH
        về việc thi hành kỷ luật đảng viên
{authority}
"""
DECISION_BODY = """
- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;
- Xét đề nghị của Phòng Kiểm tra số 1,

                         QUYẾT ĐỊNH

Điều 1. Thi hành kỷ luật bằng hình thức khiển trách đối với đồng chí Nguyễn Văn B.

Điều 2. Quyết định có hiệu lực kể từ ngày ký./.

Nơi nhận:                                   T/M ỦY BAN KIỂM TRA
- Như Điều 2,                                     CHỦ NHIỆM
- Lưu.
                                               Hồ Văn Cường
"""


def decision(number: str = "Số 47-QĐ/UBKTTU", authority: str = "\n                 ỦY BAN KIỂM TRA TỈNH ỦY NGHỆ AN") -> str:
    return DECISION_HEAD.format(number=number, authority=authority) + DECISION_BODY


@pytest.mark.parametrize("authority", [
    "\n                 ỦY BAN KIỂM TRA TỈNH ỦY NGHỆ AN",  # set off by a blank line
    "ỦY BAN KIỂM TRA TỈNH ỦY NGHỆ AN",  # right under the subject in normal case
])
def test_enacting_body_under_a_decisions_subject_is_no_part_of_it(authority) -> None:
    # without a dash rule under the subject, the enacting body's line ran into the subject
    d = tbparse.parse_dict(decision(authority=authority))
    assert d["subject"] == "về việc thi hành kỷ luật đảng viên"
    assert d["layout"]["subject_lines"] == [7, 7]
    assert d["preamble"][0]["text"] == "ỦY BAN KIỂM TRA TỈNH ỦY NGHỆ AN"
    assert d["preamble"][1]["text"] == "- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;"


def test_a_resolutions_enacting_words_end_its_subject() -> None:
    text = decision(authority="\nBAN CHẤP HÀNH ĐẢNG BỘ HUYỆN QUYẾT NGHỊ:").replace(
        "- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;\n- Xét đề nghị của Phòng Kiểm tra số 1,\n\n                         QUYẾT ĐỊNH\n", "")
    d = tbparse.parse_dict(text)
    assert d["subject"] == "về việc thi hành kỷ luật đảng viên"
    assert d["preamble"][0]["text"] == "BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN QUYẾT NGHỊ:"


def test_a_caps_subjects_wrapped_body_name_stays_the_subject() -> None:
    # "VỀ VIỆC KIỆN TOÀN" / "BAN CHỈ ĐẠO …" with the grounds under it: the caps line right under a
    # caps subject line is its tail, not the enacting body
    text = decision(authority="").replace("        về việc thi hành kỷ luật đảng viên\n",
                                          "     VỀ VIỆC KIỆN TOÀN\n     BAN CHỈ ĐẠO CÔNG TÁC BẢO VỆ CHÍNH TRỊ NỘI BỘ\n")
    d = tbparse.parse_dict(text)
    assert d["subject"] == "VỀ VIỆC KIỆN TOÀN BAN CHỈ ĐẠO CÔNG TÁC BẢO VỆ CHÍNH TRỊ NỘI BỘ"
    assert d["preamble"][0]["text"] == "- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;"


@pytest.mark.parametrize("typed", ["S6 47-QĐ/UBKTTU", "S0: 47-QĐ/UBKTTU", "Sô 47-QĐ/UBKTTU"])
def test_number_label_as_ocr_reads_it(typed) -> None:
    # OCR reads the "ố" of "Số" as a figure: the number line was left unplaced, the number lost
    d = tbparse.parse_dict(decision(number=typed))
    assert d["number"] == {"raw": "47-QĐ/UBKTTU", "seq": 47, "type_code": "QĐ", "issuer_code": "UBKTTU"}
    assert d["layout"]["number_line"] == {"line": 4, "text": typed}
    assert d["unplaced"] == [] and d["warnings"] == []


# A provincial committee's notice (Thái Nguyên, 2018) whose head each test below retypes.
NOTICE_HEAD = """\
TỈNH ỦY THÁI NGUYÊN                         ĐẢNG CỘNG SẢN VIỆT NAM
         *
  Số 215-TB/TU                        Thái Nguyên, ngày 12 tháng 3 năm 2018

                              THÔNG BÁO
            kết luận của Thường trực Tỉnh ủy về công tác cán bộ
"""
NOTICE_BODY = """
Ngày 10/3/2018, Thường trực Tỉnh ủy họp nghe báo cáo. Thường trực Tỉnh ủy kết luận:

1. Các đơn vị triển khai thực hiện tốt.

2. Văn phòng Tỉnh ủy theo dõi, đôn đốc./.

Nơi nhận:                                   T/L BAN THƯỜNG VỤ
- Các đơn vị,                              CHÁNH VĂN PHÒNG
- Lưu.
                                            Nguyễn Văn An
"""


def test_issuer_line_with_an_i_read_as_l() -> None:
    # OCR took the "I" (its tone mark lost) of "TỈNH" for an "l": the issuer line was no caps line,
    # so the document had no issuer and the line went to unplaced
    d = tbparse.parse_dict(NOTICE_HEAD.replace("TỈNH ỦY THÁI NGUYÊN", "TlNH ỦY THÁI NGUYÊN") + NOTICE_BODY)
    assert d["issuer"] == {"name": "TlNH ỦY THÁI NGUYÊN", "parent": None}
    assert d["layout"]["issuer_lines"] == [1]
    assert d["unplaced"] == [] and d["warnings"] == []


def test_a_normal_case_line_with_l_is_read_as_typed() -> None:
    # the "l" read as "I" only beside a capital: "Tỉnh ủy Thái Nguyên" is no caps line made up; since
    # audit 24 it is the issuer a web copy lowered (a body's name above the star), kept as typed
    head = NOTICE_HEAD.replace("TỈNH ỦY THÁI NGUYÊN", "Tỉnh ủy Thái Nguyên")
    d = tbparse.parse_dict(head + NOTICE_BODY)
    assert d["issuer"] == {"name": "Tỉnh ủy Thái Nguyên", "parent": None}


@pytest.mark.parametrize("typed,seq", [("2l5", 215), ("1O8", 108)])
def test_number_figures_with_a_letter_for_a_digit(typed, seq) -> None:
    d = tbparse.parse_dict(NOTICE_HEAD.replace("Số 215-TB/TU", f"Sô {typed}-TB/TU") + NOTICE_BODY)
    assert d["number"] == {"raw": f"{seq}-TB/TU", "seq": seq, "type_code": "TB", "issuer_code": "TU"}
    assert [(w["code"], w["line"]) for w in d["warnings"]] == [("mistyped-number", 3)]
    assert d["unplaced"] == []


@pytest.mark.parametrize("ornament", ["-o0o-", "--- oOo ---", "–ooOoo–"])
def test_ornament_for_the_star_is_not_unplaced_text(ornament) -> None:
    d = tbparse.parse_dict(NOTICE_HEAD.replace("         *\n", f"     {ornament}\n") + NOTICE_BODY)
    assert d["issuer"] == {"name": "TỈNH ỦY THÁI NGUYÊN", "parent": None}
    assert d["number"]["raw"] == "215-TB/TU"
    assert d["layout"].get("star_line") is None  # no star: TB004 still reports it
    assert d["unplaced"] == [] and d["warnings"] == []


def test_place_written_after_the_date() -> None:
    head = NOTICE_HEAD.replace("Thái Nguyên, ngày 12 tháng 3 năm 2018", "ngày 12 tháng 3 năm 2018, Thái Nguyên")
    d = tbparse.parse_dict(head + NOTICE_BODY)
    assert (d["place"], d["date"]) == ("Thái Nguyên", "2018-03-12")
    assert d["unplaced"] == []


# pdftotext -layout of a district committee's notice whose right column is narrow: its lines wrap
# under themselves, beside the left column's next line (Krông Pắc, 2018)
LAYOUT_HEAD = """\
   ĐẢNG BỘ TỈNH ĐẮK LẮK              {party1}
 HUYỆN ỦY KRÔNG PẮC                    {party2}
         *                  {date1}
   Số 45-TB/HU                                {date2}

                              THÔNG BÁO
            kết luận của Ban Thường vụ Huyện ủy về công tác cán bộ
"""


def test_party_line_wrapped_in_the_right_column() -> None:
    # "ĐẢNG CỘNG SẢN" / "VIỆT NAM" with "HUYỆN ỦY KRÔNG PẮC" between them in reading order: the party
    # line was lost and its halves became the issuer's and its parent's tails
    head = LAYOUT_HEAD.format(party1="ĐẢNG CỘNG SẢN", party2="  VIỆT NAM", date1="Krông Pắc, ngày 12 tháng 3 năm 2018", date2="")
    d = tbparse.parse_dict(head + NOTICE_BODY)
    assert d["party"] == "ĐẢNG CỘNG SẢN VIỆT NAM" and d["layout"]["party_line"] == 1
    assert d["issuer"] == {"name": "HUYỆN ỦY KRÔNG PẮC", "parent": "ĐẢNG BỘ TỈNH ĐẮK LẮK"}
    assert d["layout"]["issuer_lines"] == [1, 2]
    assert d["unplaced"] == [] and d["warnings"] == []


def test_date_line_wrapped_in_the_right_column() -> None:
    head = LAYOUT_HEAD.format(party1="ĐẢNG CỘNG SẢN VIỆT NAM", party2="", date1="     Krông Pắc, ngày 12 tháng 3",
                              date2="năm 2018")
    d = tbparse.parse_dict(head + NOTICE_BODY)
    assert (d["place"], d["date"]) == ("Krông Pắc", "2018-03-12")
    assert d["layout"]["date_line"] == {"line": 3, "text": "Krông Pắc, ngày 12 tháng 3 năm 2018"}
    assert d["number"]["raw"] == "45-TB/HU"
    assert d["unplaced"] == [] and d["warnings"] == []


def test_a_left_cell_under_a_party_prefix_is_not_taken_for_its_end() -> None:
    # only the cell that ends the party line is joined: "ĐẢNG CỘNG SẢN" over a body name is no party line
    head = LAYOUT_HEAD.format(party1="ĐẢNG CỘNG SẢN", party2="", date1="Krông Pắc, ngày 12 tháng 3 năm 2018", date2="")
    d = tbparse.parse_dict(head + NOTICE_BODY)
    assert d["party"] is None


MARKED_HEAD = """\
TỈNH ỦY THÁI NGUYÊN                         ĐẢNG CỘNG SẢN VIỆT NAM
         *                            Thái Nguyên, ngày 12 tháng 3 năm 2018
  Số 215-TB/TU
      {marking}

                              THÔNG BÁO
            kết luận của Thường trực Tỉnh ủy về công tác cán bộ
"""


@pytest.mark.parametrize("typed", ["Khẩn", "Mật", "(MẬT)", "Độ mật: MẬT", "ĐỘ KHẨN: HỎA TỐC"])
def test_marking_typed_against_the_rules_is_still_a_marking(typed) -> None:
    # a secrecy or urgency marking in normal case, bracketed or behind the State's label went to
    # unplaced with a warning; it is a marking as typed (TB039 names the normal case)
    d = tbparse.parse_dict(MARKED_HEAD.format(marking=typed) + NOTICE_BODY)
    assert d["markings"] == [typed]
    assert d["number"]["raw"] == "215-TB/TU" and d["date"] == "2018-03-12"
    assert d["unplaced"] == [] and d["warnings"] == []


def test_a_lower_case_word_under_the_number_is_no_marking() -> None:
    d = tbparse.parse_dict(MARKED_HEAD.format(marking="mật") + NOTICE_BODY)
    assert d["markings"] == []
    assert d["unplaced"] == [{"line": 4, "text": "mật"}]


@pytest.mark.parametrize("line,issuer,number,place", [
    # a web page's table flattened into one paragraph, a PDF's columns run into one line
    ("TỈNH ỦY THÁI NGUYÊN ĐẢNG CỘNG SẢN VIỆT NAM Số 215-TB/TU Thái Nguyên, ngày 12 tháng 3 năm 2018",
     {"name": "TỈNH ỦY THÁI NGUYÊN", "parent": None}, "215-TB/TU", "Thái Nguyên"),
    ("ĐẢNG BỘ TỈNH BÌNH THUẬN HUYỆN ỦY TUY PHONG Số 50-TB/HU ĐẢNG CỘNG SẢN VIỆT NAM Tuy Phong, ngày 12 tháng 3 năm 2018",
     {"name": "HUYỆN ỦY TUY PHONG", "parent": "ĐẢNG BỘ TỈNH BÌNH THUẬN"}, "50-TB/HU", "Tuy Phong"),
    ("ĐẢNG CỘNG SẢN VIỆT NAM BAN CHẤP HÀNH TRUNG ƯƠNG VĂN PHÒNG Số 128-TB/VPTW Hà Nội, ngày 12 tháng 3 năm 2018",
     {"name": "VĂN PHÒNG", "parent": "BAN CHẤP HÀNH TRUNG ƯƠNG"}, "128-TB/VPTW", "Hà Nội"),
    # a hosted body's name goes on with its host's; an organ names its committee after it
    ("ĐẢNG BỘ TỈNH BẮC GIANG BAN CÁN SỰ ĐẢNG ỦY BAN NHÂN DÂN TỈNH Số 23-TB/BCSĐ ĐẢNG CỘNG SẢN VIỆT NAM Bắc Giang, ngày 12 tháng 3 năm 2018",
     {"name": "BAN CÁN SỰ ĐẢNG ỦY BAN NHÂN DÂN TỈNH", "parent": "ĐẢNG BỘ TỈNH BẮC GIANG"}, "23-TB/BCSĐ", "Bắc Giang"),
    ("BAN TỔ CHỨC HUYỆN ỦY Số 7-TB/BTCHU ĐẢNG CỘNG SẢN VIỆT NAM Yên Thế, ngày 12 tháng 3 năm 2018",
     {"name": "BAN TỔ CHỨC HUYỆN ỦY", "parent": None}, "7-TB/BTCHU", "Yên Thế"),
])
def test_header_run_into_one_line(line, issuer, number, place) -> None:
    # the party line was taken for the date's place, the number for the issuer's tail, and the
    # issuer and its parent were one name
    text = line + "\n\nTHÔNG BÁO\n\nkết luận của Thường trực về công tác cán bộ\n" + NOTICE_BODY
    d = tbparse.parse_dict(text)
    assert d["party"] == "ĐẢNG CỘNG SẢN VIỆT NAM"
    assert d["issuer"] == issuer
    assert d["number"]["raw"] == number
    assert (d["place"], d["date"]) == (place, "2018-03-12")
    assert d["unplaced"] == [] and d["warnings"] == []


def test_a_two_column_line_with_a_one_line_organ_is_not_cut() -> None:
    # "BAN TỔ CHỨC HUYỆN ỦY" beside the party line, three spaces apart: one name, whatever words it holds
    head = NOTICE_HEAD.replace("TỈNH ỦY THÁI NGUYÊN                         ", "BAN TUYÊN GIÁO TỈNH ỦY THÁI NGUYÊN   ")
    d = tbparse.parse_dict(head.replace("215-TB/TU", "215-TB/BTGTU") + NOTICE_BODY)
    assert d["issuer"] == {"name": "BAN TUYÊN GIÁO TỈNH ỦY THÁI NGUYÊN", "parent": None}
    assert d["party"] == "ĐẢNG CỘNG SẢN VIỆT NAM"


def test_a_capital_so_inside_a_subject_cell_is_no_number() -> None:
    # a công văn's "V/v … Số 21-KL/TW" is a cited document, not a run-on number line
    head = """\
HUYỆN ỦY PHÚ VANG                             ĐẢNG CỘNG SẢN VIỆT NAM
        *
  Số 245-CV/HU                        Phú Vang, ngày 12 tháng 5 năm 2020
V/v triển khai Kết luận Số 21-KL/TW

       Kính gửi: Các đảng bộ, chi bộ cơ sở.
"""
    d = tbparse.parse_dict(head + NOTICE_BODY)
    assert d["number"]["raw"] == "245-CV/HU"
    assert d["subject"] == "V/v triển khai Kết luận Số 21-KL/TW"


def test_place_wrapped_over_the_date() -> None:
    # a long place ends the right column's line on its comma: "Thành phố Hồ Chí Minh," over "ngày …";
    # the place went to unplaced and the date had none
    head = """\
THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH            ĐẢNG CỘNG SẢN VIỆT NAM
BAN TUYÊN GIÁO                         Thành phố Hồ Chí Minh,
          *                           ngày 05 tháng 3 năm 2018
  Số 312-TB/BTGTU

                              THÔNG BÁO
            kết luận của Thường trực Ban Tuyên giáo về công tác cán bộ
"""
    d = tbparse.parse_dict(head + NOTICE_BODY)
    assert (d["place"], d["date"]) == ("Thành phố Hồ Chí Minh", "2018-03-05")
    assert d["layout"]["date_line"] == {"line": 2, "text": "Thành phố Hồ Chí Minh, ngày 05 tháng 3 năm 2018"}
    assert d["issuer"] == {"name": "BAN TUYÊN GIÁO", "parent": "THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH"}
    assert d["unplaced"] == [] and d["warnings"] == []
    # a PDF's one cell a line too
    pdf = "THÀNH ỦY HÀ NỘI\n*\nSố 312-TB/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nThành phố Hà Nội,\nngày 05 tháng 3 năm 2018\nTHÔNG BÁO\nkết luận của Thường trực Thành ủy\n"
    d = tbparse.parse_dict(pdf + NOTICE_BODY)
    assert (d["place"], d["date"]) == ("Thành phố Hà Nội", "2018-03-05")
    assert d["unplaced"] == []


@pytest.mark.parametrize("typed", ["215\u2010TB/TU", "215\u2011TB/TU", "215\u2212TB/TU", "215\u2012TB/TU"])
def test_number_with_a_unicode_hyphen(typed) -> None:
    # Word's non-breaking hyphen, a PDF's U+2010 or a minus sign: the number went unparsed
    d = tbparse.parse_dict(NOTICE_HEAD.replace("Số 215-TB/TU", "Số " + typed) + NOTICE_BODY)
    assert d["number"] == {"raw": "215-TB/TU", "seq": 215, "type_code": "TB", "issuer_code": "TU"}
    assert d["layout"]["number_line"]["text"] == "Số " + typed  # as typed
    assert d["unplaced"] == [] and d["warnings"] == []


def test_number_with_the_icelandic_eth() -> None:
    d = tbparse.parse_dict(NOTICE_HEAD.replace("Số 215-TB/TU", "Số 215-QÐ/ÐU") + NOTICE_BODY)
    assert d["number"] == {"raw": "215-QĐ/ĐU", "seq": 215, "type_code": "QĐ", "issuer_code": "ĐU"}


def test_what_follows_a_number_in_its_cell_is_never_dropped() -> None:
    # "12-TB/H U": OCR's space inside the code (the "U" was silently lost); a marking one space
    # off; anything else goes to unplaced
    d = tbparse.parse_dict(NOTICE_HEAD.replace("Số 215-TB/TU", "Số 215-TB/T U") + NOTICE_BODY)
    assert d["number"]["raw"] == "215-TB/TU"
    assert [(w["code"], w["line"]) for w in d["warnings"]] == [("mistyped-number", 3)]
    d = tbparse.parse_dict(NOTICE_HEAD.replace("Số 215-TB/TU", "Số 215-TB/TU KHẨN") + NOTICE_BODY)
    assert d["number"]["raw"] == "215-TB/TU" and d["markings"] == ["KHẨN"]
    d = tbparse.parse_dict(NOTICE_HEAD.replace("Số 215-TB/TU", "Số 215-TB/TU (bản lưu)") + NOTICE_BODY)
    assert d["number"]["raw"] == "215-TB/TU"
    assert d["unplaced"] == [{"line": 3, "text": "(bản lưu)"}]


def test_centres_code_with_its_dot() -> None:
    # "T.Ư", as the 1990s typed the centre's code: its "Ư" went to unplaced
    d = tbparse.parse_dict(NOTICE_HEAD.replace("Số 215-TB/TU", "Số 215-TB/T.Ư") + NOTICE_BODY)
    assert d["number"] == {"raw": "215-TB/T.Ư", "seq": 215, "type_code": "TB", "issuer_code": "T.Ư"}
    assert d["unplaced"] == [] and d["warnings"] == []


def test_date_with_a_comma_after_the_day() -> None:
    head = NOTICE_HEAD.replace("ngày 12 tháng 3 năm 2018", "ngày 12, tháng 3, năm 2018")
    d = tbparse.parse_dict(head + NOTICE_BODY)
    assert (d["place"], d["date"]) == ("Thái Nguyên", "2018-03-12")
    assert d["unplaced"] == [] and d["warnings"] == []


@pytest.mark.parametrize("rule", ["---oOo---", "-o0o-", "* * *"])
def test_ornament_under_the_subject_is_its_rule(rule) -> None:
    # the ornament ran into the first paragraph: "---oOo--- Ngày 10/3/2018, …"
    head = NOTICE_HEAD + f"              {rule}\n"
    d = tbparse.parse_dict(head + NOTICE_BODY)
    assert d["subject"] == "kết luận của Thường trực Tỉnh ủy về công tác cán bộ"
    assert d["layout"]["subject_rule"] == 7
    assert d["preamble"][0]["text"].startswith("Ngày 10/3/2018, Thường trực Tỉnh ủy họp")
    assert d["unplaced"] == [] and d["warnings"] == []
