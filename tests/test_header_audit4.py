"""Header defects from audit round 4 (/tmp/audit4/REPORT-defects.md items 2, 3, 5, 8, 9).

Each test parses the smallest realistic notice that showed the defect and asserts the exact values.
"""
from __future__ import annotations

import pytest

import tbparse

NOTICE = """\
{top}
{left1}{pad1}ĐẢNG CỘNG SẢN VIỆT NAM
{left2}
         *
Số 05-TB/TU                        {date}

THÔNG BÁO
kết luận của Thường trực Quận ủy
-----

Ngày 02/3/2024, Thường trực Quận ủy họp. Đồng chí Nguyễn Văn An - Bí thư Quận ủy kết luận:

1. Các cấp ủy thực hiện tốt.

Thường trực Quận ủy thông báo để các cấp ủy biết, thực hiện./.

Nơi nhận:                              T/L BAN THƯỜNG VỤ
- Các chi bộ,                            CHÁNH VĂN PHÒNG
- Lưu VPQU.
                                          Trần Văn Bình
"""


def notice(date: str = "Quận 3, ngày 05 tháng 3 năm 2024", top: str = "",
           left1: str = "ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH", left2: str = "QUẬN ỦY QUẬN 3") -> str:
    text = NOTICE.format(top=top, left1=left1, pad1=" " * max(4, 40 - len(left1)), left2=left2, date=date)
    return text if top else text[1:]  # no empty first line when there is nothing above the header


# --- 5. a place ending on a number word ------------------------------------------------------------

@pytest.mark.parametrize("place", ["Quận 3", "Phường 12", "Quận 10"])
def test_place_with_a_number(place):
    d = tbparse.parse_dict(notice(date=f"{place}, ngày 20 tháng 4 năm 2021"))
    assert (d["place"], d["date"], d["unplaced"]) == (place, "2021-04-20", [])


def test_place_with_a_number_in_figures():
    d = tbparse.parse_dict(notice(date="Quận 3, 20/4/2021"))
    assert (d["place"], d["date"], d["unplaced"]) == ("Quận 3", "2021-04-20", [])


# --- 2. a draft with a blank number and a blank day --------------------------------------------------

DRAFT = """\
                                                        DỰ THẢO
TỈNH ỦY BẮC NINH                                   ĐẢNG CỘNG SẢN VIỆT NAM
        *
 {line}

THÔNG BÁO
kết luận của Thường trực Tỉnh ủy
-----

Ngày 02/02/2026, Thường trực Tỉnh ủy họp. Đồng chí Nguyễn Văn An - Bí thư Tỉnh ủy kết luận:

1. Các cấp ủy thực hiện tốt.

Thường trực Tỉnh ủy thông báo để các cấp ủy biết, thực hiện./.

Nơi nhận:                              T/L BAN THƯỜNG VỤ
- Các huyện ủy,                          CHÁNH VĂN PHÒNG
- Lưu VPTU.
"""


@pytest.mark.parametrize("line, number, date, blank", [
    # runs of 4+ spaces: four column cells "Số" | "-TB/TU" | "Bắc Ninh, ngày" | "tháng 02 năm 2026"
    ("Số       -TB/TU          Bắc Ninh, ngày    tháng 02 năm 2026",
     "Số -TB/TU", "Bắc Ninh, ngày tháng 02 năm 2026", ["day"]),
    ("Số   -TB/TU                                  Bắc Ninh, ngày   tháng 02 năm 2026",
     "Số -TB/TU", "Bắc Ninh, ngày tháng 02 năm 2026", ["day"]),
    ("Số …-TB/TU                                   Bắc Ninh, ngày … tháng 02 năm 2026",
     "Số …-TB/TU", "Bắc Ninh, ngày … tháng 02 năm 2026", ["day"]),
    ("Số ....-TB/TU                                Bắc Ninh, ngày .... tháng 02 năm 2026",
     "Số ....-TB/TU", "Bắc Ninh, ngày .... tháng 02 năm 2026", ["day"]),
    ("Số -TB/TU                                    Bắc Ninh, ngày  tháng  năm 2026",
     "Số -TB/TU", "Bắc Ninh, ngày tháng năm 2026", ["day", "month"]),
    # the two columns closer than the 4-space gap: one cell
    ("Số -TB/TU   Bắc Ninh, ngày   tháng 02 năm 2026",
     "Số -TB/TU", "Bắc Ninh, ngày tháng 02 năm 2026", ["day"]),
])
def test_draft_blank_number_and_day(line, number, date, blank):
    d = tbparse.parse_dict(DRAFT.format(line=line))
    assert (d["number"], d["place"], d["date"], d["markings"], d["unplaced"]) == (None, "Bắc Ninh", None, ["DỰ THẢO"], [])
    assert d["layout"]["number_blank"] == {"line": 4, "text": number}
    assert "number_line" not in d["layout"]
    assert d["layout"]["date_line"] == {"line": 4, "text": date, "blank": blank}


def test_draft_blank_number_without_a_date_line():
    d = tbparse.parse_dict(DRAFT.format(line="Số     -TB/TU"))
    assert (d["number"], d["place"], d["date"], d["unplaced"]) == (None, None, None, [])
    assert d["layout"]["number_blank"] == {"line": 4, "text": "Số -TB/TU"}
    assert "date_line" not in d["layout"]


def test_blank_number_regex_is_the_linters():
    """TB006 recognises a blank number with the parser's pattern: one definition, not two."""
    from tbparse.fold import fold
    from tbparse.steps.header import BLANK_NUMBER

    for s in ("Số     -TB/TU", "Số: ....-TB/TU", "Số   /TB-TU", "Số …-NQ/BCSĐ"):
        assert BLANK_NUMBER.search(fold(s)), s
    for s in ("Số 05-TB/TU", "Số: 66-QĐ/TW", "Sổ tay đảng viên"):
        assert not BLANK_NUMBER.search(fold(s)), s


def test_cong_van_draft_keeps_its_header_without_a_type_line():
    """No type line: the header runs over the blank number and the blank-day date line."""
    text = """\
BAN CHẤP HÀNH TRUNG ƯƠNG                        ĐẢNG CỘNG SẢN VIỆT NAM
     VĂN PHÒNG
        *                                     Hà Nội, ngày    tháng 9 năm 2023
  Số       -CV/VPTW
V/v chuẩn bị tài liệu phục vụ Hội nghị

Để chuẩn bị Hội nghị, Văn phòng Trung ương Đảng đề nghị các ban gửi tài liệu./.
"""
    d = tbparse.parse_dict(text)
    assert (d["number"], d["place"], d["date"], d["subject"], d["unplaced"]) == (
        None, "Hà Nội", None, "V/v chuẩn bị tài liệu phục vụ Hội nghị", [])
    assert d["layout"]["number_blank"] == {"line": 4, "text": "Số -CV/VPTW"}
    assert d["layout"]["date_line"] == {"line": 3, "text": "Hà Nội, ngày tháng 9 năm 2023", "blank": ["day"]}


# --- 3. a "V/v" subject wrapped in the narrow left column, a marking under it ----------------------

CONG_VAN = """\
BAN CHẤP HÀNH TRUNG ƯƠNG                        ĐẢNG CỘNG SẢN VIỆT NAM
     VĂN PHÒNG
        *                                     Hà Nội, ngày 14 tháng 9 năm 2023
  Số 11997-CV/VPTW
{subject}

             Kính gửi:  - Ban Tổ chức Trung ương,
                        - Ban Tuyên giáo Trung ương.

Thực hiện ý kiến chỉ đạo của Thường trực Ban Bí thư, Văn phòng Trung ương Đảng đề nghị các ban
chuẩn bị tài liệu./.

Nơi nhận:                                 K/T CHÁNH VĂN PHÒNG
- Như trên,                               PHÓ CHÁNH VĂN PHÒNG
- Lưu Văn phòng Trung ương Đảng.
                                              Nguyễn Văn Hiếu
"""


def test_wrapped_vv_subject_and_the_marking_below():
    d = tbparse.parse_dict(CONG_VAN.format(subject="V/v chuẩn bị tài liệu phục vụ\nHội nghị Trung ương 8 khóa XIII\n\nHỎA TỐC"))
    assert d["subject"] == "V/v chuẩn bị tài liệu phục vụ Hội nghị Trung ương 8 khóa XIII"
    assert d["layout"]["subject_lines"] == [5, 6]
    assert d["markings"] == ["HỎA TỐC"]
    assert [p["text"] for p in d["preamble"]][0] == "Kính gửi: - Ban Tổ chức Trung ương,"
    assert d["unplaced"] == []


@pytest.mark.parametrize("marking", ["KHẨN", "MẬT"])
def test_wrapped_vv_subject_without_blank_before_kinh_gui(marking):
    """The body opening right under the subject ("Kính gửi:") is never its tail."""
    text = CONG_VAN.format(subject=f"  {marking}\nV/v chuẩn bị tài liệu phục vụ\nHội nghị Trung ương 8 khóa XIII").replace(
        "XIII\n\n             Kính", "XIII\n             Kính")
    d = tbparse.parse_dict(text)
    assert (d["subject"], d["markings"]) == ("V/v chuẩn bị tài liệu phục vụ Hội nghị Trung ương 8 khóa XIII", [marking])
    assert d["preamble"][0] == {"line": 8, "text": "Kính gửi: - Ban Tổ chức Trung ương,"}


def test_one_line_vv_subject_stays_one_line():
    d = tbparse.parse_dict(CONG_VAN.format(subject="V/v chuẩn bị tài liệu phục vụ Hội nghị Trung ương 8"))
    assert (d["subject"], d["layout"]["subject_lines"], d["markings"]) == (
        "V/v chuẩn bị tài liệu phục vụ Hội nghị Trung ương 8", [5, 5], [])


# --- 8. a copy or circulation note in the top-right corner ------------------------------------------

@pytest.mark.parametrize("note", ["BẢN SAO", "SAO Y BẢN CHÍNH", "TÀI LIỆU HỘI NGHỊ", "MẬT", "KHẨN"])
def test_top_corner_note_is_a_marking_not_the_parent(note):
    text = notice(top=" " * 56 + note, left1="TỈNH ỦY NGHỆ AN", left2="", date="Vinh, ngày 12 tháng 3 năm 2019")
    d = tbparse.parse_dict(text)
    assert (d["issuer"], d["markings"], d["unplaced"]) == ({"name": "TỈNH ỦY NGHỆ AN", "parent": None}, [note], [])


def test_top_corner_note_no_tb005():
    from tbparse.lint import lint_text

    text = notice(top=" " * 56 + "BẢN SAO", left1="TỈNH ỦY NGHỆ AN", left2="", date="Vinh, ngày 12 tháng 3 năm 2019")
    assert [f.code for f in lint_text(text, path="t.txt") if f.code in ("TB003", "TB005", "TB039")] == []


# --- 9. a party body inside another organisation: its host on the next line ------------------------

@pytest.mark.parametrize("body, host", [
    ("BAN CÁN SỰ ĐẢNG", "ỦY BAN NHÂN DÂN TỈNH"),
    ("ĐẢNG ĐOÀN", "HỘI ĐỒNG NHÂN DÂN TỈNH"),
    ("ĐẢNG ĐOÀN HỘI ĐỒNG NHÂN DÂN", "TỈNH"),  # already right before: file 08
])
def test_party_body_and_its_host_are_one_name(body, host):
    text = notice(left1="TỈNH ỦY LÂM ĐỒNG", left2=f"{body}\n{host}", date="Đà Lạt, ngày 16 tháng 3 năm 2020")
    d = tbparse.parse_dict(text)
    assert d["issuer"] == {"name": f"{body} {host}", "parent": "TỈNH ỦY LÂM ĐỒNG"}
    assert d["layout"]["issuer_lines"] == [1, 2, 3]
    assert d["unplaced"] == []


def test_district_parent_still_splits():
    d = tbparse.parse_dict(notice())
    assert d["issuer"] == {"name": "QUẬN ỦY QUẬN 3", "parent": "ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH"}


# --- follow-ups: the parser's warnings and the linter agree with the header ----------------------

def test_draft_placeholders_are_warned_as_blanks():
    d = tbparse.parse_dict(DRAFT.format(line="Số       -TB/TU          Bắc Ninh, ngày    tháng 02 năm 2026"))
    got = {w["code"]: (w["line"], w["message"]) for w in d["warnings"]}
    assert got["number-blank"] == (4, "the number is left blank (a draft)")
    assert got["date-blank"] == (4, "the day of the date is left blank (a draft)")
    assert "no-number" not in got and "no-date" not in got


def test_linter_uses_the_parsers_blank_number():
    from tbparse.lint.rules import tb006_number_line
    from tbparse.steps.zones import BLANK_NUMBER

    assert tb006_number_line._BLANK is BLANK_NUMBER


def test_linter_reads_a_place_ending_on_a_number():
    from tbparse.lint import lint_text

    found = [f for f in lint_text(notice(date="Quận 3, ngày 20 tháng 4 năm 2021"), path="t.txt")
             if f.code in ("TB014", "TB017")]
    assert found == []


def test_draft_marking_with_its_round_in_brackets():
    text = DRAFT.format(line="Số 05-TB/TU                                   Bắc Ninh, ngày 05 tháng 02 năm 2026")
    d = tbparse.parse_dict(text.replace("DỰ THẢO", "Dự thảo (lần 2)"))
    assert d["markings"] == ["Dự thảo (lần 2)"] and d["unplaced"] == []


def test_draft_date_line_cut_in_three_cells_by_wide_blanks():
    d = tbparse.parse_dict(DRAFT.format(line="Số       -TB/TU          Bắc Ninh, ngày      tháng      năm 2026"))
    assert (d["place"], d["date"], d["unplaced"]) == ("Bắc Ninh", None, [])
    assert d["layout"]["date_line"] == {"line": 4, "text": "Bắc Ninh, ngày tháng năm 2026", "blank": ["day", "month"]}
