"""Audit 24: what the extractors read in hand-written paragraphs (each case below failed before its fix).

Note marks
* A reference with a footnote mark glued on ("Nghị quyết số 18-NQ/TW(1) ngày …", "…/TW¹", "…/TW[2]",
  "…/TW*", "…/NĐ-CP²", and "…/TW1" where a PDF lost the superscript) lost its date and issuer, and
  "…/TW¹" or "…/NĐ-CP²" was no number at all (or "15/2020/NĐ"): Python's \\w takes a superscript
  figure for a letter. "Bộ Chính trị²" as an issuer read "Bộ Chính"; "Nguyễn Văn An¹" kept the mark
  in the name, and a mark between a name and its title lost the title.

Hand-made passages (45 + 25 paragraphs citing, naming and setting deadlines, every item checked)
* "… của Ban Chấp hành Trung ương Đảng khóa XIII, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch …": the
  issuer ran on over the comma into the next clause's subject ("ban hành" is the verb).
* "các Nghị quyết số 18, 19-NQ/TW ngày 25/10/2017 và Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị
  lần thứ tư …": the 2017 resolution took the 2021 plenum as its issuer, and 18 did not get what 19 shared.
* "Nghị quyết số l8-NQ/TW", "Chỉ thị O5-CT/TW" (an OCR's letters for figures) were no references.
* "Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam": the title stopped at the dash.
* "Nghị quyết số 21-NQ/TW(1) và Chỉ thị số 28-CT/TW(2) của Ban Bí thư": the mark between kept the
  first from sharing the issuer; "của Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh" stopped at "Khối".
* "NQ số 18-NQ/TW", "CT 05-CT/TW": the kind's abbreviation was left out of the reference's text.
* "Nghị quyết số 04-NQ/HNTW ngày 29/12/1997 Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng (khóa
  VIII)" (the 1990s' plenum named with no "của") had no issuer.
* "Nghị quyết số 8A-NQ/HNTW", "8b-NQ/HNTW", "68a-QĐ/TU" (a letter after the figures, as the 1990s
  numbered) were no references.
* "Nghị quyết 09 NQ/TW" (a typewritten copy's space for the hyphen) was no reference.
* "đồng chí K'Mák, Phó Chủ tịch UBND huyện Lạc Dương" (a K'Ho name of one word) named nobody.

Family names
* Danh, Điểu, Kha, Ngân, Sơn, Chau (Khmer, S'tiêng/M'Nông, Thái), Kpă, Rcom (Jrai), Vì, Lừ, Khuất,
  Nhữ … were not family names, so "đồng chí Danh Út, Bí thư Huyện ủy" named nobody.
* "Giám đốc Công an Hà Nội", "Chủ tịch UBND Lâm Đồng" named a person "Hà Nội", "Lâm Đồng"; "Giám đốc
  Ngân Hàng Nông Nghiệp" a person "Nông Nghiệp"; "Chủ tịch UBND tỉnh Sơn La Hoàng Quốc Khánh" the
  person "La Hoàng Quốc Khánh".
"""
from __future__ import annotations

import pytest

from tbparse.extract import extract_references
from tbparse.steps.footer import caps_name

from .extract_probe import people, refs


def _ref(text: str) -> tuple:
    (r,) = refs(text)
    return r["text"], r["number"], r["date"], r["issuer"]


# --- note marks after a reference --------------------------------------------------------------------

@pytest.mark.parametrize("mark", ["(1)", "¹", "[2]", "*", " (3)", "1", "(*)", "²³"])
def test_a_note_mark_after_a_party_number_keeps_the_reference_whole(mark: str) -> None:
    text, number, date, issuer = _ref(f"Thực hiện Nghị quyết số 18-NQ/TW{mark} ngày 25/10/2017 của Ban Chấp hành Trung ương.")
    assert (number, date, issuer) == ("18-NQ/TW", "2017-10-25", "Ban Chấp hành Trung ương")
    assert text == f"Nghị quyết số 18-NQ/TW{mark} ngày 25/10/2017 của Ban Chấp hành Trung ương"


@pytest.mark.parametrize("mark", ["(2)", "²", "[2]", "*"])
def test_a_note_mark_after_a_state_number_is_not_glued_into_its_code(mark: str) -> None:
    assert _ref(f"Căn cứ Nghị định số 15/2020/NĐ-CP{mark} ngày 03/02/2020 của Chính phủ;") == (
        f"Nghị định số 15/2020/NĐ-CP{mark} ngày 03/02/2020 của Chính phủ", "15/2020/NĐ-CP", "2020-02-03", "Chính phủ")


def test_a_note_mark_ending_the_reference_stays_out_of_its_text() -> None:
    assert _ref("Quán triệt Kết luận số 21-KL/TW¹.") == ("Kết luận số 21-KL/TW", "21-KL/TW", None, None)
    assert _ref("Theo Nghị định số 15/2020/NĐ-CP²") == ("Nghị định số 15/2020/NĐ-CP", "15/2020/NĐ-CP", None, None)


def test_note_marks_after_the_date_and_after_the_issuer() -> None:
    assert _ref("Thực hiện Nghị quyết số 18-NQ/TW(1) ngày 25/10/2017¹ của Bộ Chính trị².") == (
        "Nghị quyết số 18-NQ/TW(1) ngày 25/10/2017¹ của Bộ Chính trị", "18-NQ/TW", "2017-10-25", "Bộ Chính trị")
    assert _ref("Thực hiện Kết luận số 21-KL/TW(1) của Ban Chấp hành Trung ương(2).")[3] == "Ban Chấp hành Trung ương"


def test_a_list_with_a_note_mark_shares_its_date() -> None:
    got = [(r["number"], r["date"]) for r in refs("Thực hiện các Nghị quyết số 18, 19-NQ/TW(1) ngày 25/10/2017.")]
    assert got == [("18-NQ/TW", "2017-10-25"), ("19-NQ/TW", "2017-10-25")]


def test_a_figure_after_a_state_code_is_the_codes_own() -> None:
    # "QH15" is the 15th National Assembly, not a mark; a figure after a Party code is one only glued on
    assert _ref("Luật số 72/2025/QH15 ngày 16/6/2025") == ("Luật số 72/2025/QH15 ngày 16/6/2025", "72/2025/QH15", "2025-06-16", None)
    assert refs("Nghị quyết số 18-NQ/TW123 ngày 25/10/2017") == []


def test_a_short_re_mention_with_a_note_mark() -> None:
    got, _ = extract_references([[(1, "Thực hiện Quy định số 377-QĐ/TW ngày 08/10/2025 của Bộ Chính trị.")],
                                 [(2, "Theo Quy định 377¹, cấp ủy báo cáo định kỳ.")]])
    assert [(r["number"], r["lines"]) for r in got] == [("377-QĐ/TW", [1, 2])]


# --- note marks after a name -------------------------------------------------------------------------

@pytest.mark.parametrize("mark", ["¹", "(1)", "[1]", "*"])
def test_a_note_mark_after_a_name_stays_off_it_and_keeps_the_title(mark: str) -> None:
    assert people(f"Đồng chí Nguyễn Văn An{mark}, Phó Bí thư Tỉnh ủy chủ trì.") == [("Nguyễn Văn An", "Phó Bí thư Tỉnh ủy")]


# --- family names ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("đồng chí Danh Út, Bí thư Huyện ủy An Biên", ("Danh Út", "Bí thư Huyện ủy An Biên")),
    ("đồng chí Điểu K'Ré, Phó Chủ tịch UBND tỉnh", ("Điểu K'Ré", "Phó Chủ tịch UBND tỉnh")),
    ("đồng chí Kha Văn Tám, Chủ tịch UBND huyện", ("Kha Văn Tám", "Chủ tịch UBND huyện")),
    ("đồng chí Ngân Văn Tuấn, Trưởng Ban Dân vận Huyện ủy", ("Ngân Văn Tuấn", "Trưởng Ban Dân vận Huyện ủy")),
    ("Bí thư Huyện ủy Sơn Minh Thắng phát biểu", ("Sơn Minh Thắng", "Bí thư Huyện ủy")),
    ("đồng chí Sơn Thị Ánh Hồng, Phó Chủ tịch UBND tỉnh Trà Vinh", ("Sơn Thị Ánh Hồng", "Phó Chủ tịch UBND tỉnh Trà Vinh")),
    ("Chau Văn Kham, Phó Chủ tịch UBND huyện Tri Tôn", ("Chau Văn Kham", "Phó Chủ tịch UBND huyện Tri Tôn")),
    ("đồng chí Rcom H'Dú, Phó Bí thư Đảng ủy xã", ("Rcom H'Dú", "Phó Bí thư Đảng ủy xã")),
    ("đồng chí Kpă Thuyên, Phó Chủ tịch HĐND tỉnh", ("Kpă Thuyên", "Phó Chủ tịch HĐND tỉnh")),
    ("Vì Văn Ngọc - Bí thư Đảng ủy xã", ("Vì Văn Ngọc", "Bí thư Đảng ủy xã")),
    ("đồng chí Khuất Văn Khoát, Ủy viên Ban Thường vụ", ("Khuất Văn Khoát", "Ủy viên Ban Thường vụ")),
    ("Phó Chủ tịch Thường trực UBND tỉnh Lừ Văn Hùng", ("Lừ Văn Hùng", "Phó Chủ tịch Thường trực UBND tỉnh")),
    ("Phó Bí thư Tỉnh ủy Rơ Mah Tuấn", ("Rơ Mah Tuấn", "Phó Bí thư Tỉnh ủy")),
    ("Chủ tịch UBND tỉnh Sơn La Hoàng Quốc Khánh phát biểu", ("Hoàng Quốc Khánh", "Chủ tịch UBND tỉnh Sơn La")),
])
def test_ethnic_minority_and_rarer_family_names(text: str, want: tuple) -> None:
    assert people(text) == [want]


@pytest.mark.parametrize("text", [
    "Giám đốc Công an Hà Nội chỉ đạo lực lượng.",
    "Chủ tịch UBND Lâm Đồng chỉ đạo các sở.",
    "Phó Chủ tịch UBND tỉnh Sơn La dự.",
    "Giám đốc Ngân Hàng Nông Nghiệp tỉnh dự.",
    "Giám đốc Ngân hàng Chính sách xã hội huyện báo cáo.",
    "Trưởng Ban Danh Sách Cử Tri báo cáo.",
    "Đại sứ Thái Lan và Đại sứ Hàn Quốc tham dự.",
    "Trưởng Ban Tôn Giáo Chính phủ phát biểu.",
    "Vì Dân, Vì Sao, Vì vậy cấp ủy phải quan tâm.",
    "Bí thư Thị ủy Sơn Tây chủ trì.",
])
def test_places_and_ordinary_words_are_no_names(text: str) -> None:
    assert people(text) == []


def test_a_caps_line_opening_with_such_a_word_is_no_signers_name() -> None:
    assert not caps_name("DANH SÁCH ĐẠI BIỂU")
    assert not caps_name("NGÂN HÀNG NHÀ NƯỚC")
    assert caps_name("DANH ÚT") and caps_name("SƠN MINH THẮNG") and caps_name("ĐIỂU K'RÉ")


# --- hand-made passages ------------------------------------------------------------------------------

def test_the_issuer_stops_before_the_next_clauses_subject() -> None:
    para = [(1, "Thực hiện Kết luận số"), (2, "21-KL/TW ngày 25/10/2021"), (3, "của Ban Chấp hành Trung ương"),
            (4, "Đảng khóa XIII, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 45-KH/TU.")]
    got, _ = extract_references([para])
    assert [(r["number"], r["issuer"], r["lines"]) for r in got] == [
        ("21-KL/TW", "Ban Chấp hành Trung ương Đảng khóa XIII", [1, 2]), ("45-KH/TU", None, [4])]
    # the issuer that does ban hành keeps its name
    assert _ref("Theo Nghị định số 15/2020/NĐ-CP của Chính phủ ban hành Quy chế.")[3] == "Chính phủ"


def test_a_plenum_is_not_shared_with_a_citation_of_another_year() -> None:
    got = refs("Quán triệt các Nghị quyết số 18, 19-NQ/TW ngày 25/10/2017 và Kết luận số 21-KL/TW ngày 25/10/2021 "
               "của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII.")
    assert [(r["number"], r["date"], r["issuer"]) for r in got] == [
        ("18-NQ/TW", "2017-10-25", None), ("19-NQ/TW", "2017-10-25", None),
        ("21-KL/TW", "2021-10-25", "Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII")]


def test_a_list_member_takes_what_its_last_number_shares() -> None:
    got = refs("Quán triệt các Nghị quyết số 18, 19-NQ/TW và Kết luận số 21-KL/TW ngày 25/10/2021 của Bộ Chính trị.")
    assert [(r["number"], r["issuer"]) for r in got] == [
        ("18-NQ/TW", "Bộ Chính trị"), ("19-NQ/TW", "Bộ Chính trị"), ("21-KL/TW", "Bộ Chính trị")]


def test_letters_for_figures_in_a_number() -> None:
    got, warnings = extract_references([[(1, "Theo Nghị quyết số l8-NQ/TW ngày 25/10/2017, Chỉ thị số O5-CT/TW, "
                                              "Chỉ thị số 2O-CT/TU và Quyết định số 1O5/QĐ-UBND.")]])
    assert [r["number"] for r in got] == ["18-NQ/TW", "05-CT/TW", "20-CT/TU", "105/QĐ-UBND"]
    assert got[0]["date"] == "2017-10-25"
    assert [w["message"] for w in warnings][:1] == ["letters for figures in the number 'l8-NQ/TW'; write 18-NQ/TW"]
    assert len(warnings) == 4
    # a letter alone, or letters with no figure, are no number
    assert refs("Mục l, Điều IO-HD/TU") == []


def test_a_dash_between_two_offices_held_at_once() -> None:
    assert people("Đồng chí Nguyễn Thị Thu Hà - UVTW Đảng, Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam dự.") == [
        ("Nguyễn Thị Thu Hà", "UVTW Đảng, Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam")]
    assert people("đồng chí Lò Văn Tâm, Bí thư – Chủ tịch UBND xã Mường Giôn") == [
        ("Lò Văn Tâm", "Bí thư – Chủ tịch UBND xã Mường Giôn")]
    # a dash before anything but a title ends the title
    assert people("đồng chí Trần Văn Ba - Chủ tịch UBND huyện - chủ trì hội nghị") == [("Trần Văn Ba", "Chủ tịch UBND huyện")]


def test_a_note_mark_does_not_break_a_list_sharing_its_issuer() -> None:
    got = refs("Thực hiện Nghị quyết số 21-NQ/TW(1) và Chỉ thị số 28-CT/TW(2) của Ban Bí thư.")
    assert [(r["number"], r["issuer"]) for r in got] == [("21-NQ/TW", "Ban Bí thư"), ("28-CT/TW", "Ban Bí thư")]


def test_the_bloc_of_the_provinces_agencies_is_one_body() -> None:
    assert _ref("Thực hiện Chỉ thị số 08-CT/ĐUK ngày 10/5/2024 của Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh.")[3] == \
        "Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh"
    # "các" goes on only into "các cơ quan"
    assert _ref("Thực hiện Kế hoạch số 3-KH/ĐUK của Đảng ủy Khối các đơn vị.")[3] == "Đảng ủy Khối"


def test_a_kinds_abbreviation_before_the_number() -> None:
    got = refs("Thực hiện NQ số 18-NQ/TW và CT 05-CT/TW của Bộ Chính trị; theo KL số: 21-KL/TW ngày 1/2/2022.")
    assert [(r["text"], r["kind"], r["issuer"]) for r in got] == [
        ("NQ số 18-NQ/TW", "Nghị quyết", "Bộ Chính trị"), ("CT 05-CT/TW của Bộ Chính trị", "Chỉ thị", "Bộ Chính trị"),
        ("KL số: 21-KL/TW ngày 1/2/2022", "Kết luận", None)]
    # QĐ abbreviates two kinds: the code tells ("QĐ" codes a Quyết định), the text starts at the number
    assert _ref("theo QĐ số 99-QĐ/TW")[:2] == ("99-QĐ/TW", "99-QĐ/TW")


def test_a_plenum_named_after_the_date_without_cua() -> None:
    assert _ref("Căn cứ Nghị quyết số 04-NQ/HNTW ngày 29/12/1997 Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng "
                "(khóa VIII); các quy định hiện hành.")[3] == "Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng (khóa VIII)"
    assert _ref("Nghị quyết số 03-NQ/TW ngày 18/6/1997, Hội nghị lần thứ ba Ban Chấp hành Trung ương Đảng khóa VIII về "
                "chiến lược cán bộ")[3] == "Hội nghị lần thứ ba Ban Chấp hành Trung ương Đảng khóa VIII"
    # only a capitalised plenum right after a date
    assert _ref("Nghị quyết số 18-NQ/TW ngày 25/10/2017 hội nghị lần thứ sáu")[3] is None
    assert _ref("Nghị quyết số 18-NQ/TW Hội nghị lần thứ sáu")[3] is None


def test_a_letter_after_the_figures() -> None:
    got = refs("Thực hiện Nghị quyết số 8A-NQ/HNTW ngày 27/3/1990 và Nghị quyết 8b-NQ/HNTW, Quyết định số 68a-QĐ/TU, "
               "Quyết định 12A/QĐ-UBND; theo Nghị quyết 8A-NQ/HNTW.")
    assert [(r["number"], r["seq"], r["date"]) for r in got] == [
        ("8A-NQ/HNTW", 8, "1990-03-27"), ("8B-NQ/HNTW", 8, None), ("68A-QĐ/TU", 68, None), ("12A/QĐ-UBND", 12, None)]
    from tbparse.extract.refs import number_key
    assert number_key("8a-NQ/HNTW") == number_key("8A-NQ/HNTW") != number_key("8-NQ/HNTW")


def test_a_space_for_the_hyphen_after_a_kind() -> None:
    got, warnings = extract_references([[(1, "Thực hiện Nghị quyết 09 NQ/TW ngày 1/1/1990 của Bộ Chính trị và Chỉ thị số 36 CT/TW.")]])
    assert [(r["number"], r["date"], r["issuer"]) for r in got] == [
        ("09-NQ/TW", "1990-01-01", "Bộ Chính trị"), ("36-CT/TW", None, None)]
    assert warnings[0]["message"] == "Party number '09 NQ/TW' has a space for its hyphen; write 09-NQ/TW"
    # without its kind before it, a figure and a code are no number
    assert refs("Tổng kết năm 2019 NQ/TW, trong 2 CT/TW mới") == []


def test_a_one_word_name_after_an_honorific() -> None:
    assert people("Đồng chí K'Mák, Phó Chủ tịch UBND huyện Lạc Dương, đồng chí H'Hen Niê, Chủ tịch Hội Phụ nữ xã.") == [
        ("K'Mák", "Phó Chủ tịch UBND huyện Lạc Dương"), ("H'Hen Niê", "Chủ tịch Hội Phụ nữ xã")]
    assert people("bà H'Liên dự") == [("H'Liên", None)]
    # without one, a one-word name is a place's: "huyện K'Bang" (Gia Lai)
    assert people("Phó Chủ tịch UBND huyện K'Bang phát biểu; Huyện ủy K'Bang, Phó Bí thư trực") == []
