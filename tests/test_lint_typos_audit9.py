"""Audit 9 of the linter: typos and OCR errors the parser now reads as a reader does (audit 8)
must still be reported, once, on the right line and column, with the fix in the message.

Built like tests/test_lint_audit7.py: the clean notice with one part changed (``variant``);
``only`` asserts the mistake gives that finding and nothing else (TB038 aside).
"""
from __future__ import annotations

import pytest

from tbparse.lint import lint_text

from .test_lint_rules import TEMPLATE, col, only, variant

# The template's footer signed T/M over K/T, for the prefixes of both lines.
TM_KT = TEMPLATE.replace("T/L BAN THƯỜNG VỤ", "T/M BAN THƯỜNG VỤ").replace(
    "PHÓ CHÁNH VĂN PHÒNG", "K/T BÍ THƯ         ").replace(
    "- Đảng ủy khối Doanh nghiệp,", "- Đảng ủy khối Doanh nghiệp,                PHÓ BÍ THƯ")


def test_the_t_m_k_t_template_is_clean():
    assert [str(f) for f in lint_text(TM_KT)] == []


# --- 1. a number with a separator mistyped (TB006) --------------------------------------------

@pytest.mark.parametrize("typed,mark,fix", [
    ("Số 05-TB.TU", ".", 'a slash before the body code, not «.»'),
    ("Số 05-TB-TU", "-TU", 'a slash before the body code, not «-»'),
    ("Số 05.TB/TU", ".", 'a hyphen after the number, not «.»'),
    ("Số 05/TB/TU", "/", 'a hyphen after the number, not «/»'),
    ("Số 05 TB-TU", " TB", 'a hyphen after the number, not a space; a slash before the body code, not «-»'),
])
def test_tb006_a_mistyped_separator(typed: str, mark: str, fix: str) -> None:
    t = variant("Số 05-TB/TU", typed)
    found = only(t, [(3, col(t, 3, mark), "TB006")])
    assert (found[0].message, found[0].severity) == (f'write "Số 05-TB/TU": {fix}', "warning")


def test_tb006_a_missing_hyphen_is_one_finding():
    t = variant("Số 05-TB/TU", "Số 05 TB/TU")
    found = only(t, [(3, col(t, 3, " TB"), "TB006")])
    assert found[0].message == 'write a hyphen between the number and the type code: "Số 05-TB/TU"'


def test_tb006_the_dot_and_tb018_the_spaces_around_the_separators():
    t = variant("Số 05-TB/TU", "Số 05 - TB . TU")
    only(t, [(3, col(t, 3, " -"), "TB018"), (3, col(t, 3, "."), "TB006")])


def test_tb006_leaves_the_states_order_to_tb007():
    t = variant("Số 05-TB/TU", "Số 05/TB-TU")
    only(t, [(3, col(t, 3, "05/"), "TB007")])


# --- 2. a type name read by fuzzy matching (TB019) --------------------------------------------

@pytest.mark.parametrize("typed", ["THÔNC BÁO", "TH0NG BÁO", "THÔNGBÁO", "THÔNG B ÁO", "TH ÔNG BÁO", "THÔNG-BÁO"])
def test_tb019_a_type_name_one_letter_or_space_off(typed: str) -> None:
    t = variant("THÔNG BÁO\n", typed + "\n")
    found = only(t, [(5, 1, "TB019")])
    assert (found[0].message, found[0].severity) == (f'write the document type "THÔNG BÁO", not «{typed}»', "warning")


def test_tb019_a_letter_spaced_type_name_is_info():
    t = variant("THÔNG BÁO\n", "T H Ô N G   B Á O\n")
    found = only(t, [(5, 1, "TB019")])
    assert found[0].severity == "info" and found[0].end_column == len("T H Ô N G   B Á O") + 1
    assert 'write the document type "THÔNG BÁO" without spaces between its letters' in found[0].message


def test_tb019_a_web_copys_garbled_type_name_in_bold():
    t = variant("THÔNG BÁO\n", "**THÔNC BÁO**\n")
    only(t, [(5, 3, "TB019")])


# --- 3. a garbled authority prefix (TB029) ----------------------------------------------------

@pytest.mark.parametrize("old,typed,want", [
    ("T/M BAN", "T\\M BAN", "T/M"), ("T/M BAN", "T/N BAN", "T/M"), ("T/M BAN", "I/M BAN", "T/M"),
    ("K/T BÍ", "K/I BÍ", "K/T"), ("K/T BÍ", "KT/ BÍ", "K/T"),
])
def test_tb029_a_garbled_prefix_the_parser_reads(old: str, typed: str, want: str) -> None:
    t = TM_KT.replace(old, typed)
    line = 30 if want == "T/M" else 31
    found = only(t, [(line, col(t, line, typed[:3]), "TB029")])
    assert found[0].message == f'write the authority prefix "{want}", not «{typed.split()[0]}»'


@pytest.mark.parametrize("old,typed,fixed", [
    ("T/M BAN", "T/MBAN", "T/M BAN THƯỜNG VỤ"), ("K/T BÍ", "K/TBÍ", "K/T BÍ THƯ"),
])
def test_tb029_a_prefix_glued_to_the_body(old: str, typed: str, fixed: str) -> None:
    t = TM_KT.replace(old, typed)
    line = 30 if fixed.startswith("T/M") else 31
    found = only(t, [(line, col(t, line, typed), "TB029")])
    assert found[0].message == f'write a space after the authority prefix: "{fixed}"'


@pytest.mark.parametrize("typed,msg", [
    ("T / M BAN", 'write the authority prefix "T/M" in capitals without spaces'),
    ("TM BAN", '"TM" is the State\'s authority prefix: write "T/M"'),
    ("T/M. BAN", 'write the authority prefix "T/M", not «T/M.»'),
])
def test_tb029_the_forms_it_named_before_are_named_once(typed: str, msg: str) -> None:
    t = TM_KT.replace("T/M BAN", typed)
    found = only(t, [(30, col(t, 30, typed[:2]), "TB029")])
    assert found[0].message == msg


# --- 4. a garbled recipients label (TB034) ----------------------------------------------------

@pytest.mark.parametrize("typed,mark,msg", [
    ("Nơinhận:", "Nơinhận:", 'write "Nơi nhận:", not «Nơinhận:»'),
    ("Nơi nbận:", "Nơi nbận:", 'write "Nơi nhận:", not «Nơi nbận:»'),
    ("Nơi nhân:", "Nơi nhân", 'write "Nơi nhận:", not «Nơi nhân:»'),
    ("Nơi nhận;", ";", 'write "Nơi nhận:" with a colon, not «Nơi nhận;»'),
    ("Nơi nhận.", ".", 'write "Nơi nhận:" with a colon, not «Nơi nhận.»'),
    ("Nơi nhận::", "::", 'write "Nơi nhận:" with one colon, not «Nơi nhận::»'),
])
def test_tb034_a_garbled_label_is_spelt(typed: str, mark: str, msg: str) -> None:
    t = variant("Nơi nhận:", typed)
    found = only(t, [(30, col(t, 30, mark) + (1 if mark == "::" else 0), "TB034")])
    assert (found[0].message, found[0].severity) == (msg, "warning")


def test_tb034_another_label_is_still_an_error():
    t = variant("Nơi nhận:", "Nơi gửi: ")
    found = only(t, [(30, 1, "TB034")])
    assert found[0].severity == "error"


# --- 5. "THÔNG BÁO:" and "Thông báo" (TB019; TB038 counts the type as there) ------------------

@pytest.mark.parametrize("typed,msg", [
    ("THÔNG BÁO:", 'write the document type without punctuation: "THÔNG BÁO"'),
    ("Thông báo", 'write the document type in capitals: "THÔNG BÁO"'),
])
def test_tb019_names_a_type_line_typed_wrong_and_tb038_does_not_call_it_missing(typed: str, msg: str) -> None:
    t = variant("THÔNG BÁO\n", typed + "\n")
    found = [f for f in lint_text(t) if f.code in ("TB019", "TB038")]
    assert [(f.line, f.column, f.code, f.message) for f in found] == [(5, 1, "TB019", msg)]


# --- 6. a part number typed with the letter l (TB022) --------------------------------------------

@pytest.mark.parametrize("typed", ["Il", "ll"])
def test_tb022_a_part_number_typed_with_the_letter_l(typed: str) -> None:
    # the parser reads "Il- …" as part II (OCR, or a lower-case L typed for I); the lint says so
    t = variant("II- Nhiệm vụ thời gian tới", f"{typed}- NHIỆM VỤ THỜI GIAN TỚI")
    line = t.split("\n").index(f"{typed}- NHIỆM VỤ THỜI GIAN TỚI") + 1
    found = [f for f in lint_text(t) if f.code == "TB022"]
    assert [(f.line, f.message) for f in found] == [
        (line, f'part number «{typed}» is typed with the letter l: write "II"')]


def test_tb001_a_letter_spaced_party_heading_is_info() -> None:
    # the parser reads "Đ Ả N G  C Ộ N G  S Ả N  V I Ệ T  N A M" as the party line; like TB019 on a
    # letter-spaced type line, TB001 says how to type it (info), not that it "must read exactly" (error)
    t = variant("ĐẢNG CỘNG SẢN VIỆT NAM", "Đ Ả N G  C Ộ N G  S Ả N  V I Ệ T  N A M")
    found = [f for f in lint_text(t) if f.code == "TB001"]
    assert [(f.line, f.severity, f.message) for f in found] == [
        (1, "info", 'write the Party heading "ĐẢNG CỘNG SẢN VIỆT NAM" without spaces between its letters '
                    "(space it out with the font's character spacing)")]


def test_tb017_the_place_after_a_br_in_a_web_cell() -> None:
    # "| ĐẢNG CỘNG SẢN VIỆT NAM<br>Hà Nội, ngày … |": the place was read back over the <br> into the
    # heading («ĐẢNG CỘNG SẢN VIỆT NAM<br>Hà Nội»), so a central body's "Hà Nội" was the wrong seat
    t = ("| BAN CHẤP HÀNH TRUNG ƯƠNG<br>VĂN PHÒNG<br>*<br>Số 215-TB/VPTW | ĐẢNG CỘNG SẢN VIỆT NAM<br>Hà Nội, "
         "ngày 04 tháng 6 năm 2014 |\n|---|---|\n\nTHÔNG BÁO\nkết luận của Thường trực Ban Bí thư\n-----\n\n"
         "1. Các ban đảng thực hiện./.\n\n| Nơi nhận:<br>- Lưu VPTW. | K/T CHÁNH VĂN PHÒNG<br>PHÓ CHÁNH VĂN PHÒNG"
         "<br><br>Nguyễn Văn A |\n|---|---|\n")
    assert [str(f) for f in lint_text(t) if f.code == "TB017"] == []
