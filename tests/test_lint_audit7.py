"""Audit 7 of the linter: one realistic drafting mistake per draft must give one finding, of the
right rule, on the right line — no miss, and no second rule firing for the same mistake.

Built like tests/test_lint_rules.py: the clean notice with one part changed (``variant``), the
findings of the codes named checked exactly (``check``). ``only`` asserts the mistake gives
nothing else at all.
"""
from __future__ import annotations

from .test_lint_rules import TEMPLATE, check, col, only, passes, variant


# --- one mistake, one finding: text another rule names is not "unplaced" too ------------------

def test_tb000_is_quiet_where_another_rule_names_the_same_text():
    t = variant("TỈNH ỦY BÌNH THUẬN", "Tỉnh ủy Bình Thuận")
    only(t, [(1, 1, "TB003")])
    t = variant("         *\n", "         *                                    Khẩn\n")
    only(t, [(2, col(t, 2, "Khẩn"), "TB039")])


def test_tb024_is_quiet_where_tb026_asks_for_the_whole_closing_formula():
    closing = [ln for ln in TEMPLATE.split("\n") if ln.startswith("Văn phòng Tỉnh ủy thông báo")][0]
    t = variant(closing + "\n\n", "")
    only(t, [(26, 1, "TB026")])


# --- the number line ---------------------------------------------------------------------------

MD_HEAD = """| TỈNH ỦY BÌNH THUẬN | ĐẢNG CỘNG SẢN VIỆT NAM |
|---|---|
| * | |
| Số 05-TB/TU | Phan Thiết, ngày 16 tháng 5 năm 2019 |
"""
MD = TEMPLATE.replace(TEMPLATE[: TEMPLATE.index("\nTHÔNG BÁO")], MD_HEAD.rstrip("\n"), 1)


def test_tb006_a_number_typed_without_so():
    t = variant("Số 05-TB/TU", "05-TB/TU   ")
    found = only(t, [(3, 1, "TB006")])
    assert found[0].message == 'write "Số" before the number: "Số 05-TB/TU"' and found[0].severity == "warning"


def test_tb006_a_body_code_in_lower_case_is_named():
    t = variant("Số 05-TB/TU", "Số 05-TB/tu")
    found = only(t, [(3, col(t, 3, "tu"), "TB006")])
    assert found[0].message == 'write the body code in capitals: "05-TB/TU"'


def test_tb018_a_markdown_cell_ends_the_number():
    passes(MD.replace("| Số 05-TB/TU |", "| Số 05-TB/TU   |"), "TB018")
    t = MD.replace("ngày 16 tháng", "ngày 16  tháng")
    only(t, [(4, col(t, 4, "  tháng"), "TB018")])  # once, as the date's: not the number's too


def test_tb018_a_double_space_right_after_so():
    t = variant("Số 05-TB/TU", "Số  05-TB/TU")
    only(t, [(3, 3, "TB018")])


def test_tb012_lưu_vt_is_not_also_tb037s_colon():
    t = variant("- Lưu Văn phòng Tỉnh ủy.", "- Lưu: VT, VP.")
    only(t, [(33, col(t, 33, "VT"), "TB012")])


# --- the date line -----------------------------------------------------------------------------

def test_tb014_a_date_without_its_place_is_not_read_from_the_number_column():
    t = variant("Phan Thiết, ngày 16 tháng 5 năm 2019", "ngày 16 tháng 5 năm 2019")
    found = only(t, [(3, col(t, 3, "ngày"), "TB014")])  # not TB017 "comma after «TU»", not TB018
    assert "no place" in found[0].message


def test_an_impossible_day_keeps_the_era_of_its_year():
    t = variant("ngày 16 tháng 5", "ngày 31 tháng 4")
    only(t, [(3, col(t, 3, "31"), "TB016")])  # not TB036 asking the 2019 list for 2026's ";"


def test_tb014_a_two_digit_year_is_named_where_it_stands():
    t = variant("năm 2019", "năm 19  ")
    found = check(t, [(3, col(t, 3, "19 "), "TB014")])
    assert found[0].message == 'write the year with four digits, not "19"'
    t = variant("ngày 16 tháng 5", "ngày 16 tháng 005")
    found = check(t, [(3, col(t, 3, "005"), "TB014")])
    assert found[0].message == 'write the month with one or two digits, not "005"'


# --- header names, star and type line ------------------------------------------------------------

from .notices import DISTRICT_HEAD, DISTRICT_TAIL  # noqa: E402

DISTRICT = DISTRICT_HEAD + "Ngày 15/10/2022, Ban Thường vụ Huyện ủy họp và kết luận như sau:\n" + DISTRICT_TAIL


def test_tb003_a_district_committee_under_its_parent_in_normal_case():
    passes(DISTRICT, "TB003")
    t = DISTRICT.replace("HUYỆN ỦY ĐỨC HÒA", "Huyện ủy Đức Hòa")
    only(t, [(2, 3, "TB003")])  # the parent line "ĐẢNG BỘ TỈNH LONG AN" was taken for the issuer: no finding


def test_tb004_a_rule_where_the_star_belongs_is_named():
    t = variant("         *\n", "      -------\n")
    found = only(t, [(2, 7, "TB004")])
    assert "not a rule «-------»" in found[0].message


def test_tb019_a_type_name_with_a_tone_mark_missing():
    t = variant("THÔNG BÁO\n", "THÔNG BAO\n")
    found = only(t, [(5, 1, "TB019")])
    assert found[0].message == 'write the document type "THÔNG BÁO", not «THÔNG BAO»'


def test_tb019_a_colon_after_the_type_name_is_not_a_case_fault():
    t = variant("THÔNG BÁO\n", "THÔNG BÁO:\n")
    found = only(t, [(5, 1, "TB019")])
    assert found[0].message == 'write the document type without punctuation: "THÔNG BÁO"'


def test_tb019_the_subject_typed_on_the_type_line():
    t = variant("THÔNG BÁO\nkết luận", "THÔNG BÁO kết luận")
    found = only(t, [(5, col(t, 5, "kết"), "TB019")])
    assert found[0].message == "put the subject on its own line under «THÔNG BÁO»"


# --- the footer ----------------------------------------------------------------------------------

# The template's footer as a PDF extraction prints it: one column, the authority above "Nơi nhận:".
PDF = TEMPLATE[: TEMPLATE.index("Nơi nhận:")] + """T/L BAN THƯỜNG VỤ
Nơi nhận:
PHÓ CHÁNH VĂN PHÒNG
- Thường trực Tỉnh ủy,
- Đảng ủy khối Doanh nghiệp,
Huỳnh Đa Trung
- Lưu Văn phòng Tỉnh ủy.
"""
D2018 = DISTRICT.replace("T/L BAN THƯỜNG VỤ", "T/M BAN THƯỜNG VỤ").replace("CHÁNH VĂN PHÒNG", "PHÓ BÍ THƯ     ")


def test_tb029_the_party_letters_with_dots_or_a_dot_after_the_slash():
    passes(PDF, "TB029")
    t = variant("T/L BAN THƯỜNG VỤ", "T.L BAN THƯỜNG VỤ")
    found = only(t, [(30, col(t, 30, "T.L"), "TB029")])
    assert found[0].message == 'write the authority prefix "T/L", not «T.L»'
    t = variant("T/L BAN THƯỜNG VỤ", "T/L. BAN THƯỜNG VỤ")
    check(t, [(30, col(t, 30, "T/L."), "TB029")])


def test_tb029_an_unknown_prefix_above_a_pdfs_recipients_label():
    t = PDF.replace("T/L BAN THƯỜNG VỤ", "T.L BAN THƯỜNG VỤ")
    only(t, [(30, 1, "TB029")])  # not TB026/TB024 taking it for the body's last sentence


def test_tb030_t_m_with_a_persons_name():
    passes(D2018, "TB030")
    t = D2018.replace("T/M BAN THƯỜNG VỤ", "T/M NGUYỄN VĂN AN")
    found = only(t, [(18, col(t, 18, "NGUYỄN"), "TB030")])  # on the authority line, not the position
    assert "not a person" in found[0].message


def test_tb031_the_organisation_after_the_title_is_not_also_tb030s():
    t = variant("PHÓ CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG TỈNH ỦY")
    only(t, [(31, col(t, 31, "PHÓ"), "TB031")])


def test_tb032_dong_chi_before_the_signers_name():
    t = variant("Huỳnh Đa Trung", "Đồng chí Huỳnh Đa Trung")
    found = only(t, [(34, col(t, 34, "Đồng chí"), "TB032")])  # and not TB028 "no signer's name"
    assert found[0].message == "no titles before the signer's name: «Huỳnh Đa Trung», not «Đồng chí Huỳnh Đa Trung»"


def test_tb034_another_label_over_the_list():
    t = variant("Nơi nhận:", "Nơi gửi: ")
    found = only(t, [(30, 1, "TB034")])
    assert found[0].message == 'the recipients\' label is "Nơi nhận:", not «Nơi gửi:»'
    t = PDF.replace("Nơi nhận:", "Kính gửi:")
    only(t, [(31, 1, "TB034")])


def test_tb034_the_label_in_lower_case():
    t = variant("Nơi nhận:", "nơi nhận:")
    only(t, [(30, 1, "TB034")])


def test_tb037_the_filing_entry_swapped_with_the_last_is_one_finding():
    t = variant("- Đảng ủy khối Doanh nghiệp,\n- Lưu Văn phòng Tỉnh ủy.", "- Lưu Văn phòng Tỉnh ủy,\n- Đảng ủy khối Doanh nghiệp.")
    only(t, [(32, 3, "TB037")])


def test_tb033_a_placeholder_is_not_also_unplaced_text():
    t = variant("Huỳnh Đa Trung", "(Ký, ghi rõ họ tên)")
    found = check(t, [(34, col(t, 34, "("), "TB033")], codes={"TB033", "TB000"})
    assert found[0].severity == "info"
