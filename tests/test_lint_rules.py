"""One failing and one passing case per rule, built from a clean notice with one part changed.

``check(text, [(line, column, code), ...])`` asserts the findings of the codes named — exactly
those, at those places; ``passes(text, code)`` asserts that rule finds nothing. Columns are
computed from the input text (``col(text, line, needle)``), never read back from the output.
"""
from __future__ import annotations

import unicodedata

from tbparse.lint import lint_text

from .conftest import FIXTURES

TEMPLATE = (FIXTURES / "lint" / "clean-2019.txt").read_text(encoding="utf-8")


def variant(old: str, new: str, text: str = TEMPLATE) -> str:
    """The template with one part changed (the part must be there exactly once)."""
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times"
    return text.replace(old, new)


def col(text: str, line: int, needle: str, nth: int = 0) -> int:
    """1-based column of *needle* in line *line* of *text*."""
    raw = text.split("\n")[line - 1]
    pos = -1
    for _ in range(nth + 1):
        pos = raw.index(needle, pos + 1)
    return pos + 1


def findings(text: str, **kw):
    return lint_text(text, path="t.txt", **kw)


def check(text: str, expected: list[tuple[int, int, str]], *, codes: set[str] | None = None, **kw) -> list:
    codes = codes or {c for _, _, c in expected}
    got = sorted((f.line, f.column, f.code) for f in findings(text, **kw) if f.code in codes)
    assert got == sorted(expected)
    return [f for f in findings(text, **kw) if f.code in codes]


def only(text: str, expected: list[tuple[int, int, str]], **kw) -> list:
    """Exactly these findings and no other (TB038, the summary of missing parts, aside): one
    mistake, one finding — what ``check`` cannot see is a second rule firing for it."""
    got = [f for f in findings(text, **kw) if f.code != "TB038"]
    assert sorted((f.line, f.column, f.code) for f in got) == sorted(expected)
    return got


def passes(text: str, code: str, **kw) -> None:
    got = [str(f) for f in findings(text, **kw) if f.code == code]
    assert got == []


def test_template_is_clean():
    assert [str(f) for f in findings(TEMPLATE)] == []


# --- header -----------------------------------------------------------------------------------

def test_tb000_unplaced_text():
    t = variant("         *\n", "         *\nGhi chú: bản in thử\n")
    check(t, [(3, 1, "TB000")])
    passes(TEMPLATE, "TB000")


def test_tb001_party_heading():
    t = variant("ĐẢNG CỘNG SẢN VIỆT NAM", "Đảng Cộng sản Việt Nam")
    check(t, [(1, col(t, 1, "Đảng"), "TB001")])
    t = variant("ĐẢNG CỘNG SẢN VIỆT NAM", "")
    check(t, [(1, 1, "TB001")])
    passes(TEMPLATE, "TB001")


def test_tb002_state_motto():
    t = variant("ĐẢNG CỘNG SẢN VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    t = variant("         *\n", "         *                                   Độc lập - Tự do - Hạnh phúc\n", t)
    check(t, [(1, col(t, 1, "CỘNG"), "TB002"), (2, col(t, 2, "Độc"), "TB002")])
    passes(TEMPLATE, "TB002")


def test_tb003_issuer_name():
    t = variant("TỈNH ỦY BÌNH THUẬN", "Tỉnh ủy Bình Thuận")
    check(t, [(1, 1, "TB003")])
    passes(TEMPLATE, "TB003")


def test_tb004_star_line():
    t = variant("         *\n", "")
    check(t, [(2, 1, "TB004")])
    passes(TEMPLATE, "TB004")


def test_tb005_parent_body():
    t = variant("TỈNH ỦY BÌNH THUẬN", "BAN TỔ CHỨC       ")
    check(t, [(1, 1, "TB005")])
    ok = variant("         *\n", "BAN TỔ CHỨC\n         *\n")
    passes(ok, "TB005")
    t = variant("TỈNH ỦY BÌNH THUẬN", "ĐẢNG BỘ TỈNH X    ")
    t = variant("         *\n", "TỈNH ỦY BÌNH THUẬN\n         *\n", t)  # a provincial committee under a parent
    check(t, [(1, 1, "TB005")])


def test_tb006_number_line():
    t = variant("Số 05-TB/TU", "           ")
    check(t, [(2, 1, "TB006")])
    t = variant("Số 05-TB/TU", "Số    -TB/TU")
    found = check(t, [(3, 1, "TB006")])
    assert found[0].severity == "info"
    passes(TEMPLATE, "TB006")


def test_tb007_number_order():
    t = variant("Số 05-TB/TU", "Số 05/TB-TU")
    found = check(t, [(3, col(t, 3, "05"), "TB007")])
    assert "05-TB/TU" in found[0].message
    passes(TEMPLATE, "TB007")


def test_tb008_number_colon():
    t = variant("Số 05-TB/TU", "Số: 05-TB/TU")
    check(t, [(3, 3, "TB008")])
    passes(TEMPLATE, "TB008")


def test_tb009_number_digits():
    t = variant("Số 05-TB/TU", "Số 5-TB/TU ")
    check(t, [(3, 4, "TB009")])
    passes(TEMPLATE, "TB009")
    passes(variant("Số 05-TB/TU", "Số 503-TB/TU"), "TB009")


def test_tb010_type_code():
    t = variant("Số 05-TB/TU", "Số 05-KL/TU")
    check(t, [(3, 7, "TB010")])
    t = variant("Số 05-TB/TU", "Số 05-Tb/TU")
    found = check(t, [(3, 7, "TB010")])
    assert "\"TB\"" in found[0].message
    passes(TEMPLATE, "TB010")


def test_tb011_body_code():
    t = variant("Số 05-TB/TU", "Số 05-TB/HU")
    check(t, [(3, 10, "TB011")])
    passes(TEMPLATE, "TB011")
    t = variant("Số 05-TB/TU", "Số 05-TB/XYZ")
    t = variant("TỈNH ỦY BÌNH THUẬN", "TỔ CÔNG TÁC X     ", t)
    check(t, [(3, 10, "TB011")])
    passes(t, "TB011", config={"issuer-codes": {"TỔ CÔNG TÁC X": "XYZ"}})


def test_tb012_state_tokens():
    t = variant("- Lưu Văn phòng Tỉnh ủy.", "- Lưu: VT, VP.")
    check(t, [(33, col(t, 33, "VT"), "TB012")])
    passes(TEMPLATE, "TB012")


# --- date -------------------------------------------------------------------------------------

def test_tb014_date_line():
    t = variant("Phan Thiết, ngày 16 tháng 5 năm 2019", "Phan Thiết, 16/5/2019")
    check(t, [(3, col(t, 3, "16/5"), "TB014")])
    t = variant("Phan Thiết, ngày 16 tháng 5 năm 2019", "Phan Thiết, Ngày 16 tháng 5 năm 2019")
    found = check(t, [(3, col(t, 3, "Ngày"), "TB014")])
    assert found[0].severity == "warning"
    passes(TEMPLATE, "TB014")


def test_tb015_date_zeros():
    t = variant("ngày 16 tháng 5 năm", "ngày 6 tháng 05 năm")
    check(t, [(3, col(t, 3, "6 "), "TB015"), (3, col(t, 3, "05 "), "TB015")])
    passes(variant("ngày 16 tháng 5 năm", "ngày 06 tháng 02 năm"), "TB015")


def test_tb016_date_valid():
    t = variant("Ngày 14/5/2019", "Ngày 20/5/2019")
    check(t, [(3, col(t, 3, "16"), "TB016")])
    t = variant("ngày 16 tháng 5 năm", "ngày 30 tháng 02 năm")
    check(t, [(3, col(t, 3, "30"), "TB016")])
    passes(TEMPLATE, "TB016")


def test_tb017_date_place():
    t = variant("Phan Thiết, ngày", "phan Thiết ngày")
    check(t, [(3, col(t, 3, "phan"), "TB017"), (3, col(t, 3, " ngày"), "TB017")])
    passes(TEMPLATE, "TB017")
    seats = {"seats": {"TỈNH ỦY BÌNH THUẬN": "Phan Thiết"}}
    passes(TEMPLATE, "TB017", config=seats)
    check(TEMPLATE, [(3, col(TEMPLATE, 3, "Phan"), "TB017")], config={"seats": {"TỈNH ỦY BÌNH THUẬN": "Hà Nội"}})


def test_tb018_number_date_spacing():
    t = variant("ngày 16 tháng", "ngày 16  tháng")
    check(t, [(3, col(t, 3, "  tháng"), "TB018")])
    t = variant("Số 05-TB/TU", "Số 05 -TB/TU")
    check(t, [(3, 6, "TB018")])
    t = variant("Số 05-TB/TU", "Số 05–TB/TU")
    check(t, [(3, 6, "TB018")])
    passes(TEMPLATE, "TB018")


# --- title and body ---------------------------------------------------------------------------

def test_tb019_doc_type_line():
    t = variant("THÔNG BÁO\n", "Thông báo\n")
    check(t, [(5, 1, "TB019")])
    passes(TEMPLATE, "TB019")


def test_tb020_subject_case_follows_the_era():
    t = variant("\nkết luận của Thường trực Tỉnh ủy\n", "\nKẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY\n")
    check(t, [(6, 1, "TB020")])
    passes(t, "TB020", era="2004")
    passes(TEMPLATE, "TB020")


def test_tb020_subject_missing_is_an_error():
    t = variant("\nkết luận của Thường trực Tỉnh ủy\ntại buổi làm việc với Đảng ủy khối Doanh nghiệp\n-----\n", "\n")
    found = check(t, [(5, 1, "TB020")])
    assert found[0].severity == "error"


def test_tb021_subject_rule():
    t = variant("-----\n", "")
    check(t, [(7, 1, "TB021")])
    passes(TEMPLATE, "TB021")


def test_tb022_numbering():
    t = variant("2- Chuẩn bị", "3- Chuẩn bị")
    check(t, [(26, 1, "TB022")])
    t = variant("2- Chuẩn bị", "2. Chuẩn bị")
    check(t, [(26, 1, "TB022")])
    t = variant("II- Nhiệm vụ", "III- Nhiệm vụ")
    check(t, [(18, 1, "TB022")])
    passes(TEMPLATE, "TB022")


def test_tb023_bullets():
    t = variant("+ Kiện toàn", "• Kiện toàn")
    check(t, [(24, 1, "TB023")])
    passes(TEMPLATE, "TB023")


def test_tb024_end_mark():
    t = variant("biết, thực hiện./.", "biết, thực hiện.")
    line = t.split("\n")[27]
    check(t, [(28, len(line), "TB024")])
    passes(TEMPLATE, "TB024")


def test_tb025_conclusion_skeleton():
    t = variant("đã kết luận:", "đã phát biểu.")
    check(t, [(12, 1, "TB025")])
    passes(TEMPLATE, "TB025")


def test_tb026_closing_formula():
    closing = [ln for ln in TEMPLATE.split("\n") if ln.startswith("Văn phòng Tỉnh ủy thông báo")][0]
    t = variant(closing + "\n\n", "")
    check(t, [(26, 1, "TB026")])
    passes(TEMPLATE, "TB026")


def test_tb027_citations():
    t = variant("Chỉ thị số 20-CT/TU", "Chỉ thị số 20/CT-TU")
    check(t, [(20, col(t, 20, "20/"), "TB027")])
    t = variant("Chỉ thị số 20-CT/TU", "Nghị định số 87/2007-NĐ-CP")
    check(t, [(20, col(t, 20, "87/"), "TB027")])
    passes(TEMPLATE, "TB027")


# --- footer -----------------------------------------------------------------------------------

def test_tb028_signature():
    t = variant("                                            Huỳnh Đa Trung\n", "")
    check(t, [(31, col(t, 31, "PHÓ"), "TB028")])
    passes(TEMPLATE, "TB028")


def test_tb029_authority_prefix():
    t = variant("T/L BAN THƯỜNG VỤ", "TL. BAN THƯỜNG VỤ")
    check(t, [(30, col(t, 30, "TL."), "TB029")])
    passes(TEMPLATE, "TB029")


def test_tb030_authority_position():
    t = variant("PHÓ CHÁNH VĂN PHÒNG", "PHÓ BÍ THƯ         ")
    check(t, [(31, col(t, 31, "PHÓ"), "TB030")])
    passes(TEMPLATE, "TB030")


def test_tb031_position_bare():
    t = variant("T/L BAN THƯỜNG VỤ", "T/M BAN THƯỜNG VỤ")
    bad = variant("PHÓ CHÁNH VĂN PHÒNG", "PHÓ BÍ THƯ TỈNH ỦY", t)
    check(bad, [(31, col(bad, 31, "PHÓ"), "TB031")])
    passes(variant("PHÓ CHÁNH VĂN PHÒNG", "PHÓ BÍ THƯ", t), "TB031")


def test_tb032_signer_name():
    t = variant("Huỳnh Đa Trung", "TS. Huỳnh Đa Trung")
    check(t, [(34, col(t, 34, "TS."), "TB032")])
    passes(TEMPLATE, "TB032")


def test_tb033_copy_marker():
    t = variant("Huỳnh Đa Trung", "(Ký, ghi rõ họ tên)")
    check(t, [(34, col(t, 34, "("), "TB033")])
    passes(variant("                                            Huỳnh Đa Trung\n",
                   "                                            (đã ký)\n                                            Huỳnh Đa Trung\n"),
           "TB033")


def test_tb034_recipients_label():
    t = variant("Nơi nhận:", "Nơi nhận ")
    found = check(t, [(30, 1, "TB034")])
    assert found[0].severity == "warning"
    passes(TEMPLATE, "TB034")


def test_tb035_recipient_entries():
    t = variant("- Đảng ủy khối Doanh nghiệp,", "-Đảng ủy khối Doanh nghiệp,")
    check(t, [(32, 1, "TB035")])
    passes(TEMPLATE, "TB035")


def test_tb036_recipient_terminators():
    t = variant("- Đảng ủy khối Doanh nghiệp,", "- Đảng ủy khối Doanh nghiệp")
    line = t.split("\n")[31]
    check(t, [(32, len(line.rstrip()) + 1, "TB036")])
    passes(TEMPLATE, "TB036")


def test_tb036_follows_the_era():
    semi = variant("- Thường trực Tỉnh ủy,", "- Thường trực Tỉnh ủy;")
    semi = variant("- Đảng ủy khối Doanh nghiệp,", "- Đảng ủy khối Doanh nghiệp;", semi)
    found = check(semi, [(31, col(semi, 31, ";"), "TB036")], era="2018")
    assert "\",\"" in found[0].message
    passes(semi, "TB036", era="2026")
    check(TEMPLATE, [(31, col(TEMPLATE, 31, ","), "TB036")], era="2026")
    passes(semi, "TB036", config={"options": {"TB036": {"terminator": ";"}}})


def test_tb037_recipients_filing():
    t = variant("- Lưu Văn phòng Tỉnh ủy.", "- Lưu Văn phòng Tỉnh ủy ")
    check(t, [(33, col(t, 33, "ủy") + 2, "TB037")])
    passes(t, "TB028")  # the parser gives the signer's name to the unterminated entry; TB028 still sees it
    t = variant("- Lưu Văn phòng Tỉnh ủy.", "- Lưu: Văn phòng Tỉnh ủy.")
    found = check(t, [(33, col(t, 33, "Lưu"), "TB037")])
    assert found[0].severity == "info"
    passes(TEMPLATE, "TB037")


def test_tb038_mandatory_components():
    footer = TEMPLATE[TEMPLATE.index("Nơi nhận:"):]
    t = variant(footer, "")
    found = check(t, [(1, 1, "TB038")])
    assert "(7) signature block" in found[0].message and "(9) recipients" in found[0].message
    passes(TEMPLATE, "TB038")


def test_tb039_markings():
    t = variant("         *\n", "         *                                    Khẩn\n")
    check(t, [(2, col(t, 2, "Khẩn"), "TB039")])
    passes(variant("         *\n", "         *                                    KHẨN\n"), "TB039")


def test_tb040_encoding():
    t = variant("Đảng ủy khối đã tập trung", "Đảng ủy khối đã tập\x07 trung")
    check(t, [(16, col(t, 16, "\x07"), "TB040")])
    nfd = variant("Đảng ủy khối đã tập trung", unicodedata.normalize("NFD", "Đảng ủy khối đã tập trung"))
    check(nfd, [(16, 1, "TB040")])
    passes(TEMPLATE, "TB040")


def test_tb041_tone_marks():
    t = variant("- Lưu Văn phòng Tỉnh ủy.", "- Lưu Văn phòng Tỉnh uỷ.")
    check(t, [(33, col(t, 33, "uỷ"), "TB041")])
    passes(TEMPLATE, "TB041")
    check(TEMPLATE, [], codes={"TB041"}, config={"options": {"TB041": {"style": "old"}}})
    check(t, [(33, col(t, 33, "uỷ"), "TB041")], config={"options": {"TB041": {"style": "new"}}})


def test_tb042_layout():
    t = variant("Số 05-TB/TU                                   Phan Thiết, ngày 16 tháng 5 năm 2019",
                "Phan Thiết, ngày 16 tháng 5 năm 2019          Số 05-TB/TU")
    check(t, [(3, col(t, 3, "Số"), "TB042")])
    passes(TEMPLATE, "TB042")


# --- found by an audit on unseen drafts (2026-11-29) ----------------------------------------------

def test_tb018_a_tab_between_the_columns_is_layout():
    t = variant("Số 05-TB/TU                                   Phan Thiết,", "Số 05-TB/TU\tPhan Thiết,")
    passes(t, "TB018")
    t = variant("ngày 16 tháng", "ngày 16  tháng", t)  # the date's own faults are still found
    check(t, [(3, col(t, 3, "  tháng"), "TB018")])


def test_tb014_numeric_date_after_ngay():
    t = variant("ngày 16 tháng 5 năm 2019", "ngày 16/5/2019")
    check(t, [(3, col(t, 3, "ngày 16/5/2019"), "TB014")])


def test_tb014_words_without_tone_marks():
    t = variant("ngày 16 tháng 5 năm 2019", "ngay 16 thang 5 nam 2019")
    found = check(t, [(3, col(t, 3, "ngay"), "TB014"), (3, col(t, 3, "thang"), "TB014"),
                      (3, col(t, 3, "nam 2019"), "TB014")])
    assert found[0].message == 'write "ngày" with its tone marks, not "ngay"'


def test_keywords_typed_without_a_vietnamese_keyboard():
    t = variant("Số 05-TB/TU", "So 05-TB/TU")
    t = variant("THÔNG BÁO\n", "THONG BAO\n", t)
    t = variant("Nơi nhận:", "Noi nhan:", t)
    found = check(t, [(3, 1, "TB006"), (5, 1, "TB019"), (30, 1, "TB034")])
    assert [f.message for f in found] == [
        'write "Số" with its tone mark, not "So"',
        "write the document type with its tone marks, not «THONG BAO»",
        'write "Nơi nhận" with its tone marks, not "Noi nhan"',
    ]
    passes(TEMPLATE, "TB006")


def test_tb025_collective_meeting_names_no_chair():
    opening = "đồng chí Nguyễn Văn An - Phó Bí thư Thường trực Tỉnh ủy đã có buổi làm việc với Đảng ủy khối Doanh nghiệp."
    t = variant(opening, "Ban Thường vụ Tỉnh ủy họp nghe Đảng ủy khối Doanh nghiệp báo cáo.")
    passes(variant("đồng chí Nguyễn Văn An đã kết luận:", "Ban Thường vụ Tỉnh ủy kết luận:", t), "TB025")
    t = variant(opening, "Đảng ủy khối Doanh nghiệp đã báo cáo tình hình.")
    check(t, [(10, 1, "TB025")])


# --- found by the audit of correct drafts (audit round 5, 2026-11-29) ------------------------------

CLOSING_LINE = "Văn phòng Tỉnh ủy thông báo ý kiến kết luận của Thường trực Tỉnh ủy để Đảng ủy khối Doanh nghiệp biết, thực hiện./."


def test_tb026_a_closing_that_is_not_the_formula():
    t = variant(CLOSING_LINE, "Đề nghị các cấp ủy, tổ chức đảng tổ chức thực hiện./.")
    no = t.split("\n").index("Đề nghị các cấp ủy, tổ chức đảng tổ chức thực hiện./.") + 1
    found = check(t, [(no, 1, "TB026")])
    assert "not the notice's formula" in found[0].message
    passes(TEMPLATE, "TB026")


def test_tb025_a_control_commission_meets_as_one():
    opening = "đồng chí Nguyễn Văn An - Phó Bí thư Thường trực Tỉnh ủy đã có buổi làm việc với Đảng ủy khối Doanh nghiệp."
    t = variant(opening, "Ủy ban Kiểm tra Tỉnh ủy họp xem xét báo cáo của Đảng ủy khối Doanh nghiệp.")
    t = variant("đồng chí Nguyễn Văn An đã kết luận:", "Ủy ban Kiểm tra Tỉnh ủy kết luận:", t)
    passes(t, "TB025")


def test_tb020_the_issuers_line_under_a_central_type_name():
    t = variant("THÔNG BÁO\nkết luận của Thường trực Tỉnh ủy\n", "THÔNG BÁO\nCỦA BỘ CHÍNH TRỊ\nkết luận về công tác\n")
    passes(t, "TB020")
    t = variant("THÔNG BÁO\nkết luận của Thường trực Tỉnh ủy\n", "THÔNG BÁO\nKẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY\n")
    check(t, [(6, 1, "TB020")])


def test_tb011_a_commission_signing_for_itself_uses_its_own_code():
    head = "TỈNH ỦY BÌNH THUẬN                                     ĐẢNG CỘNG SẢN VIỆT NAM\n"
    ubkt = ("TỈNH ỦY BÌNH THUẬN                                     ĐẢNG CỘNG SẢN VIỆT NAM\n"
            "ỦY BAN KIỂM TRA\n")
    t = variant(head, ubkt)
    passes(t, "TB011")  # signed "T/L BAN THƯỜNG VỤ": the committee's series, -TB/TU
    t = variant("T/L BAN THƯỜNG VỤ", "T/M ỦY BAN KIỂM TRA", t)
    check(t, [(4, col(t, 4, "TU"), "TB011")])


# --- found by the archive audit 21 (2026-11-29) -------------------------------------------------

CONCLUSION_SUBJECT = "THÔNG BÁO\nkết luận của Thường trực Tỉnh ủy\ntại buổi làm việc với Đảng ủy khối Doanh nghiệp\n"


def convening(closing: str, head: str = "THÔNG BÁO\ntriệu tập Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12\n") -> str:
    """The template as a notice convening a meeting, closed by *closing*."""
    return variant(CLOSING_LINE, closing, variant(CONCLUSION_SUBJECT, head))


def closing_no(t: str, closing: str) -> int:
    return t.split("\n").index(closing) + 1


def test_tb026_a_convening_notice_closes_with_its_call_to_attend():
    passes(convening("Đề nghị các đồng chí dự Hội nghị đầy đủ, đúng giờ./."), "TB026")
    passes(convening("Kính mời các đồng chí về dự đúng thành phần, đúng thời gian./."), "TB026")
    passes(convening("Đề nghị các đồng chí tham dự đầy đủ./.", "THÔNG BÁO TRIỆU TẬP\nHội nghị Ban Chấp hành Đảng bộ tỉnh\n"),
           "TB026")
    passes(convening("Đề nghị các đồng chí có mặt đúng giờ./.",
                     "THÔNG BÁO\nvề việc tổ chức Hội nghị sơ kết 5 năm thực hiện Chỉ thị số 20-CT/TU\n"), "TB026")


def test_tb026_a_convening_notice_closed_otherwise_is_flagged():
    for closing in ("Đề nghị các cấp ủy, tổ chức đảng tổ chức thực hiện./.",
                    "Đề nghị các đồng chí nghiên cứu dự thảo, chuẩn bị ý kiến./."):
        t = convening(closing)
        check(t, [(closing_no(t, closing), 1, "TB026")])


def test_tb026_a_call_to_attend_closes_no_notice_of_conclusions():
    closing = "Đề nghị các đồng chí dự Hội nghị đầy đủ, đúng giờ./."
    t = variant(CLOSING_LINE, closing)
    check(t, [(closing_no(t, closing), 1, "TB026")])


def test_tb026_the_convening_golden_is_not_flagged():
    assert [str(f) for f in lint_text((FIXTURES / "golden-pdf-layout-convening-2024.txt").read_text(encoding="utf-8"),
                                      path="t.txt") if f.code == "TB026"] == []


def issued_in(year: str, text: str = TEMPLATE) -> str:
    """The template issued in *year* (its meeting two days before, as TB016 wants)."""
    return variant("Ngày 14/5/2019", f"Ngày 14/5/{year}", variant("năm 2019", f"năm {year}", text))


def test_tb029_a_typewriter_prefix_before_the_first_rules_is_not_judged():
    # a 1995 typewriter copy signs "T.L BAN THƯỜNG VỤ": before 31-QĐ/TW (1997) no form was set, as
    # for "TL." already; from 1997, or with a forced era, it is the fault it is
    for typed in ("T.L BAN", "T/L. BAN", "T/l BAN", "TL. BAN"):
        old = issued_in("1995", variant("T/L BAN", typed))
        passes(old, "TB029")
        check(old, [(30, col(old, 30, typed.split()[0]), "TB029")], era="2004")
        new = issued_in("1998", variant("T/L BAN", typed))
        check(new, [(30, col(new, 30, typed.split()[0]), "TB029")])
    garbled = issued_in("1995", variant("T/L BAN", "T\\L BAN"))  # a slip in any era
    check(garbled, [(30, col(garbled, 30, "T\\L"), "TB029")])
