"""Audit 23 of `tbparse check`: drafts written for it, correct and with one or two faults each.

``fixtures/lint/audit23/ok-*.txt`` are correct notices of many issuers (the Politburo, a city and
provincial committees, a district and a commune-level committee, a thị ủy of a city under a
province, advisory boards signing K/T, an inspection committee, a Đảng đoàn, a bloc committee, a
chi bộ, a joint notice of two boards) and eras (2001–2026), in the layouts drafters use: two
columns padded with spaces or tabs, one column typed in an editor, a pdftotext extraction, a web
copy in markdown, a web copy whose columns were joined with one space. ``bad-*.txt`` each carry
one or two faults of the catalogue. Every file's findings are pinned exactly (line, column, rule,
severity) — checked by hand against what a careful reviewer says. The .docx drafts are built with
tests/docx_builders.py.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm

from tbparse.cli import cli
from tbparse.lint import lint_source, lint_text
from tbparse.source import from_docx_bytes

from .conftest import FIXTURES
from .docx_builders import footer_table, head_table, new_doc, para, run, to_bytes
from .test_lint_rules import only

DRAFTS = FIXTURES / "lint" / "audit23"

# (line, column, rule, severity) of every finding, per draft
EXPECTED: dict[str, list[tuple[int, int, str, str]]] = {
    "bad-body-code-2019.txt": [(5, 11, "TB011", "warning")],
    "bad-bullet-dot-2009.txt": [(25, 1, "TB023", "info")],
    "bad-bullets-mixed-2009.txt": [(27, 1, "TB023", "info")],
    "bad-date-invalid-2025.txt": [(4, 65, "TB016", "error")],
    "bad-date-no-place-2021.txt": [(4, 51, "TB014", "error")],
    "bad-date-numeric-2022.txt": [(4, 58, "TB014", "error")],
    "bad-date-place-lower-2009.txt": [(3, 44, "TB017", "warning"), (3, 65, "TB017", "warning")],
    "bad-date-zeros-2017.txt": [(4, 71, "TB015", "warning")],
    "bad-doc-type-missing-2024.txt": [(1, 1, "TB038", "error"), (5, 1, "TB019", "error")],
    "bad-kt-no-deputy-2022.txt": [(21, 51, "TB030", "warning")],
    "bad-luu-state-2024.txt": [(23, 8, "TB012", "info")],
    "bad-no-end-mark-colon-2015.txt": [(3, 7, "TB008", "warning"), (17, 75, "TB024", "warning")],
    "bad-no-heading-2025.txt": [(1, 1, "TB001", "error"), (1, 1, "TB038", "error")],
    "bad-no-luu-2019.txt": [(25, 3, "TB037", "error")],
    "bad-no-parent-2021.txt": [(1, 6, "TB005", "warning")],
    "bad-no-recipients-label-2017.txt": [(21, 1, "TB034", "error")],
    "bad-no-signature-2025.txt": [(1, 1, "TB038", "error"), (20, 1, "TB028", "error")],
    "bad-no-star-2021.txt": [(3, 8, "TB004", "warning")],
    "bad-no-subject-2025.txt": [(1, 1, "TB038", "error"), (6, 1, "TB020", "error")],
    "bad-number-slash-2021.txt": [(4, 11, "TB007", "error")],
    "bad-number-slash-tu-2024.txt": [(3, 4, "TB007", "error")],
    "bad-numbering-jump-2009.txt": [(23, 1, "TB022", "warning")],
    "bad-numbering-styles-2024.txt": [(16, 1, "TB022", "warning")],
    "bad-position-org-2021.txt": [(22, 51, "TB031", "warning")],
    "bad-recipient-no-dash-2026.txt": [(19, 1, "TB035", "warning")],
    "bad-signer-title-2024.txt": [(32, 52, "TB032", "warning")],
    "bad-so-lowercase-luu-empty-2017.txt": [(4, 7, "TB006", "warning"), (24, 3, "TB037", "info")],
    "bad-state-motto-2024.txt": [(1, 1, "TB001", "error"), (1, 1, "TB038", "error"), (1, 48, "TB002", "error"),
                                 (2, 48, "TB002", "error")],
    "bad-stray-marks-2015.txt": [(3, 17, "TB018", "info"), (3, 79, "TB018", "info")],
    "bad-subject-caps-unpadded-2022.txt": [(4, 4, "TB009", "warning"), (7, 1, "TB020", "warning")],
    "bad-terminators-mixed-2015.txt": [(21, 43, "TB036", "warning"), (22, 36, "TB036", "warning")],
    "bad-tl-wrong-position-2026.txt": [(18, 52, "TB030", "warning")],
    "bad-tm-dot-2021.txt": [(21, 50, "TB029", "error")],
    "bad-type-code-kl-2024.txt": [(4, 15, "TB010", "error")],
    "bad-type-code-unknown-2017.txt": [(4, 13, "TB010", "error")],
    "bad-typo-heading-2024.txt": [(1, 57, "TB001", "error")],
    "bad-typos-fixed-words-2025.txt": [(6, 1, "TB019", "warning"), (20, 1, "TB034", "warning")],
    # the year in two digits: TB014 (and TB038's summary) — the era still 2004 by "09", so the
    # recipients' "," (11-HD) are not told 05-HD's ";"
    "bad-year-two-digits-2009.txt": [(1, 1, "TB038", "error"), (3, 87, "TB014", "error")],
    "ok-ban-tuyen-giao-tinh-kt-2022.txt": [],
    "ok-bo-chinh-tri-tb-2015.txt": [],
    "ok-chi-bo-tb-2025.txt": [],
    "ok-dang-doan-hdnd-2019.txt": [],
    "ok-dang-uy-bao-cao-2025.txt": [],
    "ok-huyen-uy-ke-hoach-2024.txt": [],
    "ok-dang-uy-khoi-tb-2024.txt": [],
    "ok-joint-2020.txt": [],
    "ok-mat-khan-2016.txt": [],
    "ok-onecol-editor-2019.txt": [],
    "ok-parts-items-points-2023.txt": [],
    "ok-pdftotext-2012.txt": [],
    "ok-quan-uy-tb-2021.txt": [],
    "ok-tabs-2006.txt": [],
    "ok-thanh-uy-hcm-tb-2009.txt": [],
    "ok-thi-uy-names-2023.txt": [],
    "ok-tinh-uy-trieu-tap-2024.txt": [],
    "ok-typewriter-2001.txt": [],
    "ok-ubkt-huyen-tb-2017.txt": [],
    "ok-underscore-rule-thong-nhat-2021.txt": [],
    "ok-vp-tinh-uy-tb-2026.txt": [],
    "ok-vptu-own-wrapped-2018.txt": [],
    # a web copy drops the rule under the subject: info only
    "ok-web-markdown-2020.md.txt": [(10, 1, "TB021", "info")],
    "ok-web-flat-one-space-2023.txt": [],
}


def draft(name: str) -> str:
    return (DRAFTS / name).read_text(encoding="utf-8")


def variant(name: str, *pairs: tuple[str, str]) -> str:
    text = draft(name)
    for old, new in pairs:
        assert text.count(old) == 1, (old, text.count(old))
        text = text.replace(old, new)
    return text


def test_every_draft_is_pinned() -> None:
    names = sorted(p.name for p in DRAFTS.glob("*.txt"))
    assert names == sorted(EXPECTED)
    assert sum(n.startswith("ok-") for n in names) >= 20 and sum(n.startswith("bad-") for n in names) >= 25


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_draft_findings(name: str) -> None:
    got = lint_text(draft(name), path=name)
    assert sorted((f.line, f.column, f.code, f.severity) for f in got) == sorted(EXPECTED[name])


# ---------------------------------------------------------------------------- the defects fixed


def test_tb021_a_rule_of_underscores_under_the_subject_is_a_rule() -> None:
    name = "ok-quan-uy-tb-2021.txt"
    only(variant(name, ("                                    -----\n", "                                    _____\n")), [])
    only(variant(name, ("                                    -----\n", "\n")), [(8, 19, "TB021")])


def test_tb025_a_collective_agreeing_leads_into_the_conclusions() -> None:
    name = "ok-dang-uy-khoi-tb-2024.txt"
    lead = "đồng chí Bí thư Đảng ủy Khối kết luận:"
    for ok in ("Ban Thường vụ Đảng ủy Khối thống nhất như sau:", "Ban Thường vụ Đảng ủy Khối thống nhất:",
               "đồng chí Bí thư Đảng ủy Khối có ý kiến chỉ đạo như sau:"):
        only(variant(name, (lead, ok)), [])
    only(variant(name, (lead, "đồng chí Bí thư Đảng ủy Khối phát biểu.")), [(10, 1, "TB025")])


def test_era_from_a_two_digit_year() -> None:
    """"năm 09" is TB014's; the era is still 2009's, not the newest guide's (no TB036 on ",")."""
    text = variant("ok-thanh-uy-hcm-tb-2009.txt", ("ngày 24 tháng 9 năm 2009", "ngày 24 tháng 9 năm 09"))
    assert {f.code for f in lint_text(text)} == {"TB014", "TB038"}


def test_tb012_quotes_the_filing_formula_as_typed() -> None:
    name = "ok-thanh-uy-hcm-tb-2009.txt"
    for typed, said in (("- Lưu VT.", "\"Lưu VT\""), ("- Lưu: VT, TH.", "\"Lưu: VT\"")):
        got = only(variant(name, ("- Lưu Văn phòng Thành ủy.", typed)), [(36, 7 + typed.count(":"), "TB012")])
        assert got[0].message.startswith(said)


def test_tb006_so_in_the_wrong_case() -> None:
    name = "ok-thanh-uy-hcm-tb-2009.txt"
    for word in ("số", "SỐ", "Sô"):
        got = only(variant(name, ("Số 215-TB/TU", f"{word} 215-TB/TU")), [(3, 15, "TB006")])
        assert (got[0].severity, got[0].message) == ("warning", f"write \"Số\", not \"{word}\"")


def test_tb018_stray_marks_after_the_number_and_in_the_date() -> None:
    name = "ok-thanh-uy-hcm-tb-2009.txt"
    only(variant(name, ("Số 215-TB/TU", "Số 215-TB/TU.")), [(3, 27, "TB018")])
    only(variant(name, ("ngày 24 tháng 9 năm 2009", "ngày 24 tháng 9 năm 2009.")), [(3, 91, "TB018")])
    only(variant(name, ("ngày 24 tháng 9 năm", "ngày 24 tháng 9, năm")), [(3, 82, "TB018")])


def test_date_parts_read_a_date_with_a_comma_inside() -> None:
    """The parser reads "ngày 5 tháng 9, năm 2009"; the rules on its parts do too (TB015 here)."""
    name = "ok-thanh-uy-hcm-tb-2009.txt"
    codes = [f.code for f in lint_text(variant(name, ("ngày 24 tháng 9 năm", "ngày 24 tháng 09, năm")))]
    assert sorted(codes) == ["TB015", "TB018"]


def test_tb037_filing_entry_naming_no_office_or_misspelt() -> None:
    name = "ok-dang-uy-khoi-tb-2024.txt"
    got = only(variant(name, ("- Lưu Văn phòng Đảng ủy Khối.", "- Lưu.")), [(31, 3, "TB037")])
    assert got[0].severity == "info"
    # a 1990s typewriter notice wrote "- Lưu.": no guide read asks more of it
    old = variant(name, ("- Lưu Văn phòng Đảng ủy Khối.", "- Lưu."), ("ngày 26 tháng 8 năm 2024", "ngày 26 tháng 8 năm 1999"),
                  ("Ngày 23/8/2024", "Ngày 23/8/1999"))
    assert [f.code for f in lint_text(old) if f.code == "TB037"] == []
    for typed in ("Luu", "Lưư", "lưu"):
        got = only(variant(name, ("- Lưu Văn phòng Đảng ủy Khối.", f"- {typed} Văn phòng Đảng ủy Khối.")), [(31, 3, "TB037")])
        assert (got[0].severity, got[0].message) == ("warning", f"write \"Lưu\", not «{typed}»")
    only(variant(name, ("- Lưu Văn phòng Đảng ủy Khối.", "- LƯU VĂN PHÒNG ĐẢNG ỦY KHỐI.")), [])


def test_tb030_a_deputy_in_charge_of_the_office_signs_t_l() -> None:
    name = "ok-thanh-uy-hcm-tb-2009.txt"
    for pos in ("PHÓ CHÁNH VĂN PHÒNG PHỤ TRÁCH", "PHÓ CHÁNH VĂN PHÒNG THƯỜNG TRỰC"):
        only(variant(name, ("CHÁNH VĂN PHÒNG", pos)), [])
    only(variant(name, ("CHÁNH VĂN PHÒNG", "PHÓ BÍ THƯ PHỤ TRÁCH")), [(32, 60, "TB030")])


def test_number_and_date_columns_one_or_two_spaces_apart() -> None:
    """A copy that joined the header's columns: the place after the body code is a place (TB014),
    and the two spaces before it are the gap, not a double space in the number (TB018)."""
    name = "ok-parts-items-points-2023.txt"
    old = "   Số 612-TB/TU                                  Phan Thiết"
    only(variant(name, (old, "Số 612-TB/TU Phan Thiết")), [])
    only(variant(name, (old, "Số 612-TB/TU  Phan Thiết")), [])
    only(variant(name, (old + ", ngày", "Số 612-TB/TU ngày")), [(3, 14, "TB014")])  # no place: still said
    only(variant(name, (old, "Số 612-TB/TU phan Thiết")), [(3, 14, "TB017")])


# ---------------------------------------------------------------------------- .docx drafts


def _ubkt(*, font: str = "Times New Roman", date_italic: bool = True, authority: str = "T/M ỦY BAN KIỂM TRA",
          page: str = "a4", entries: list[str] | None = None) -> bytes:
    """A provincial inspection committee's notice typed in Word: header and footer as tables."""
    d = new_doc(font=font, page=page)
    head_table(d, "TỈNH ỦY THANH HÓA", "ỦY BAN KIỂM TRA", "Số 46-TB/UBKTTU", "Thanh Hóa, ngày 18 tháng 10 năm 2023",
               "THÔNG BÁO", "kết luận kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát đối với Ban Thường vụ Huyện ủy Nga Sơn")
    if not date_italic:
        for p in d.tables[0].rows[0].cells[1].paragraphs:
            for r in p.runs:
                r.italic = False
    for t in ("Thực hiện Chương trình kiểm tra, giám sát năm 2023, Ủy ban Kiểm tra Tỉnh ủy đã kiểm tra việc thực hiện "
              "nhiệm vụ kiểm tra, giám sát đối với Ban Thường vụ Huyện ủy Nga Sơn. Ngày 16/10/2023, Ủy ban Kiểm tra "
              "Tỉnh ủy họp, kết luận như sau:",
              "1. Ban Thường vụ Huyện ủy đã xây dựng và thực hiện chương trình kiểm tra, giám sát đúng quy định.",
              "2. Hạn chế: việc giám sát thường xuyên ở một số tổ chức đảng còn hình thức.",
              "Ủy ban Kiểm tra Tỉnh ủy thông báo để Ban Thường vụ Huyện ủy Nga Sơn biết, thực hiện./."):
        para(d, t, align="justify")
    footer_table(d, entries or ["- Thường trực Tỉnh ủy (để b/c),", "- Ban Thường vụ Huyện ủy Nga Sơn,",
                                "- Lưu Ủy ban Kiểm tra Tỉnh ủy."],
                 authority, "PHÓ CHỦ NHIỆM", "Lê Thị Thanh Hương")
    return to_bytes(d)


def _tabbed(*, number: str = "Số 19-TB/ĐU", star: bool = True) -> bytes:
    """A grassroots committee's notice typed in one column, the right-hand parts on a right tab stop."""
    d = new_doc()

    def line(left: str, right: str, lstyle: dict | None = None, rstyle: dict | None = None) -> None:
        p = para(d)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
        run(p, left, **(lstyle or {}))
        run(p, "\t")
        run(p, right, **(rstyle or {}))

    line("ĐẢNG BỘ KHỐI DOANH NGHIỆP TỈNH", "ĐẢNG CỘNG SẢN VIỆT NAM", rstyle={"bold": True, "size": 15})
    line("ĐẢNG ỦY CÔNG TY CỔ PHẦN CẤP NƯỚC", "______________________", lstyle={"bold": True})
    if star:
        para(d, "*")
    line(number, "Phan Thiết, ngày 05 tháng 3 năm 2024", rstyle={"italic": True})
    para(d, "THÔNG BÁO", bold=True, size=16, align="center")
    para(d, "kết luận của Ban Thường vụ Đảng ủy Công ty tại hội nghị tháng 02 năm 2024", bold=True, align="center")
    para(d, "-----", align="center")
    for t in ("Ngày 01/3/2024, Ban Thường vụ Đảng ủy Công ty họp dưới sự chủ trì của đồng chí Nguyễn Hữu Tài - Bí thư "
              "Đảng ủy. Sau khi nghe các chi bộ báo cáo, Ban Thường vụ kết luận:",
              "1. Các chi bộ trực thuộc tập trung lãnh đạo hoàn thành kế hoạch sản xuất, kinh doanh quý I năm 2024.",
              "2. Chuẩn bị tốt các điều kiện tổ chức Đại hội các chi bộ nhiệm kỳ 2025 - 2027.",
              "Văn phòng Đảng ủy thông báo để các chi bộ trực thuộc biết, thực hiện./."):
        para(d, t, align="justify")
    footer_table(d, ["- Đảng ủy Khối (b/c),", "- Các chi bộ trực thuộc,", "- Lưu Văn phòng Đảng ủy."],
                 "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Hữu Tài")
    return to_bytes(d)


def _docx_findings(data: bytes) -> list[tuple[int, str, str]]:
    return sorted((f.line, f.code, f.severity) for f in lint_source(from_docx_bytes(data), path="d.docx"))


def test_docx_drafts_correct_ones_are_clean() -> None:
    assert _docx_findings(_ubkt()) == []
    assert _docx_findings(_tabbed()) == []


def test_docx_drafts_with_faults() -> None:
    assert _docx_findings(_ubkt(authority="TM. ỦY BAN KIỂM TRA")) == [(18, "TB029", "error")]
    assert _docx_findings(_ubkt(font="Arial", date_italic=False)) == [(1, "TB043", "warning"), (6, "TB043", "warning")]
    assert _docx_findings(_ubkt(page="letter", entries=["- Thường trực Tỉnh ủy (để b/c),",
                                                        "- Ban Thường vụ Huyện ủy Nga Sơn."])) == [
        (1, "TB044", "warning"), (1, "TB044", "warning"), (16, "TB037", "error")]
    assert _docx_findings(_tabbed(number="Số 19/TB-ĐU", star=False)) == [(3, "TB004", "warning"), (3, "TB007", "error")]


# ---------------------------------------------------------------------------- the CLI on the drafts


def _cli(*args: str):
    return CliRunner().invoke(cli, ["check", "--isolated", *args])


def test_cli_exit_codes_on_the_drafts() -> None:
    ok = [str(p) for p in sorted(DRAFTS.glob("ok-*.txt"))]
    assert _cli("-q", *ok).exit_code == 0  # web copy's TB021 is info
    assert _cli("-q", "--fail-on", "info", *ok).exit_code == 1
    assert _cli("-q", "--fail-on", "info", *[p for p in ok if "markdown" not in p]).exit_code == 0
    warn_only = str(DRAFTS / "bad-no-star-2021.txt")
    assert _cli("-q", warn_only).exit_code == 0
    assert _cli("-q", "--fail-on", "warning", warn_only).exit_code == 1
    assert _cli("-q", str(DRAFTS / "bad-tm-dot-2021.txt")).exit_code == 1
    assert _cli("-q", "--exit-zero", str(DRAFTS / "bad-tm-dot-2021.txt")).exit_code == 0
    res = _cli("-q", "--exit-zero", str(DRAFTS / "bad-tm-dot-2021.txt"), str(DRAFTS / "missing.txt"))
    assert res.exit_code == 2


@pytest.mark.parametrize("fmt", ["json", "sarif", "github", "gitlab"])
def test_cli_formats_carry_every_finding(fmt: str) -> None:
    files = [str(DRAFTS / n) for n in ("bad-tm-dot-2021.txt", "bad-stray-marks-2015.txt", "ok-chi-bo-tb-2025.txt")]
    res = _cli("--output-format", fmt, *files)
    assert res.exit_code == 1
    want = sorted([("bad-tm-dot-2021.txt", 21, "TB029", "error"), ("bad-stray-marks-2015.txt", 3, "TB018", "info"),
                   ("bad-stray-marks-2015.txt", 3, "TB018", "info")])
    if fmt == "json":
        got = sorted((Path(f["path"]).name, f["line"], f["code"], f["severity"]) for f in json.loads(res.stdout))
    elif fmt == "sarif":
        run_ = json.loads(res.stdout)["runs"][0]
        level = {"error": "error", "warning": "warning", "note": "info"}
        got = sorted((Path(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]).name,
                      r["locations"][0]["physicalLocation"]["region"]["startLine"], r["ruleId"], level[r["level"]])
                     for r in run_["results"])
    elif fmt == "github":
        level = {"error": "error", "warning": "warning", "notice": "info"}
        got = []
        for ln in res.stdout.splitlines():
            kind, rest = ln[2:].split(" ", 1)
            props = dict(kv.split("=", 1) for kv in rest.split("::", 1)[0].split(","))
            got.append((Path(props["file"]).name, int(props["line"]), props["title"].split()[0], level[kind]))
        got.sort()
    else:
        sev = {"major": "error", "minor": "warning", "info": "info"}
        got = sorted((Path(i["location"]["path"]).name, i["location"]["lines"]["begin"], i["check_name"], sev[i["severity"]])
                     for i in json.loads(res.stdout))
    assert got == want


def test_cli_statistics_count_per_rule() -> None:
    files = [str(DRAFTS / n) for n in ("bad-stray-marks-2015.txt", "bad-tm-dot-2021.txt")]
    res = CliRunner().invoke(cli, ["check", "--isolated", "--statistics", "--output-format", "json", *files])
    assert res.exit_code == 1
    rows = [ln.split() for ln in res.stderr.splitlines() if ln.strip()[:1].isdigit()]
    assert [(r[0], r[1]) for r in rows] == [("2", "TB018"), ("1", "TB029")]
    assert len(json.loads(res.stdout)) == 3


def test_tb036_leaves_a_misplaced_filing_entry_to_tb037() -> None:
    """One fault — an entry typed after "- Lưu …." — one finding: TB037's, not also TB036's "."."""
    name = "ok-parts-items-points-2023.txt"
    only(variant(name, ("- Lưu Văn phòng Tỉnh ủy.", "- Lưu Văn phòng Tỉnh ủy.\n- Ban Tổ chức Tỉnh ủy.")), [(37, 3, "TB037")])
    # an ordinary entry ending with "." before the last is still TB036's
    only(variant(name, ("- Thành ủy Phan Thiết,", "- Thành ủy Phan Thiết.")), [(35, 22, "TB036")])


def test_era_of_an_implausible_year_is_the_meetings() -> None:
    """"năm 2203" for 2023: TB016 reports it; the notice is not also held to the 2026 guide's ";"."""
    text = variant("ok-parts-items-points-2023.txt", ("tháng 7 năm 2023", "tháng 7 năm 2203"))
    assert [(f.code, f.line) for f in lint_text(text)] == [("TB016", 3)]


def test_fixed_words_typed_with_a_tone_mark_wrong() -> None:
    """The opening words of the issuer's name (TB003), of a T/M collective and of the position (TB030)."""
    name = "ok-parts-items-points-2023.txt"
    cases = [
        (("TỈNH ỦY BÌNH THUẬN", "TINH ỦY BÌNH THUẬN"), (1, 1, "TB003"), "write «TỈNH ỦY», not «TINH ỦY»"),
        (("T/L BAN THƯỜNG VỤ", "T/L BAN THƯƠNG VỤ"), (33, 56, "TB030"), "write «BAN THƯỜNG VỤ», not «BAN THƯƠNG VỤ»"),
        (("CHÁNH VĂN PHÒNG", "CHANH VAN PHONG"), (34, 52, "TB030"), "write «CHÁNH VĂN PHÒNG», not «CHANH VAN PHONG»"),
        (("CHÁNH VĂN PHÒNG", "Q. CHÁNH VĂN PHONG"), (34, 55, "TB030"), "write «CHÁNH VĂN PHÒNG», not «CHÁNH VĂN PHONG»"),
    ]
    for pair, where, message in cases:
        got = only(variant(name, pair), [where])
        assert (got[0].severity, got[0].message) == ("warning", message)
    # the old tone placement is right (TB041 judges only the mix); the place names are not judged
    assert "TB003" not in {f.code for f in lint_text(variant(name, ("TỈNH ỦY BÌNH THUẬN", "TỈNH UỶ BÌNH THUẬN")))}
    only(variant(name, ("TỈNH ỦY BÌNH THUẬN", "TỈNH ỦY BÌNH THUÂN")), [])
    only(variant("ok-quan-uy-tb-2021.txt", ("   ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", "   ĐẢNG BÔ THÀNH PHỐ HÀ NỘI")), [(1, 4, "TB003")])


def test_tb001_heading_with_words_run_together_is_misspelt_not_letter_spaced() -> None:
    name = "ok-parts-items-points-2023.txt"
    got = only(variant(name, ("ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG CỘNG SẢNVIỆT NAM")), [(1, 56, "TB001")])
    assert got[0].severity == "error"
    got = only(variant(name, ("ĐẢNG CỘNG SẢN VIỆT NAM", "Đ Ả N G  C Ộ N G  S Ả N  V I Ệ T  N A M")), [(1, 56, "TB001")])
    assert got[0].severity == "info"


def test_tb011_a_provincial_military_party_committee_numbers_as_a_dang_uy() -> None:
    name = "ok-dang-uy-khoi-tb-2024.txt"
    for code in ("ĐU", "ĐUQS"):
        only(variant(name, ("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "ĐẢNG ỦY QUÂN SỰ TỈNH"), ("Số 308-TB/ĐUK", f"Số 308-TB/{code}")), [])
    only(variant(name, ("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "ĐẢNG ỦY QUÂN SỰ TỈNH"), ("Số 308-TB/ĐUK", "Số 308-TB/HU")),
         [(4, 18, "TB011")])


def test_tb034_label_in_capitals_or_spaced_colon_is_info() -> None:
    name = "ok-parts-items-points-2023.txt"
    for typed, where, message in (("NƠI NHẬN:", (33, 1, "TB034"), "write \"Nơi nhận:\" in normal case, not «NƠI NHẬN»"),
                                  ("Nơi Nhận:", (33, 1, "TB034"), "write \"Nơi nhận:\" in normal case, not «Nơi Nhận»"),
                                  ("Nơi nhận :", (33, 10, "TB034"), "no space before the colon: \"Nơi nhận:\"")):
        got = only(variant(name, ("Nơi nhận:", typed)), [where])
        assert (got[0].severity, got[0].message) == ("info", message)


def test_year_or_mark_typed_after_the_number() -> None:
    """The parser reads "12-TB/TU" from "Số 12-TB/TU/2024" and "Số 12-TB/TU-" and dropped the rest unsaid."""
    name = "ok-parts-items-points-2023.txt"
    got = only(variant(name, ("Số 612-TB/TU", "Số 612-TB/TU/2023")), [(3, 16, "TB007")])
    assert (got[0].severity, got[0].message) == (
        "warning", "a Party number carries no year (the State's do): write \"612-TB/TU\", not «612-TB/TU/2023»")
    only(variant(name, ("Số 612-TB/TU", "Số 612-TB/TU-")), [(3, 16, "TB018")])
    only(variant(name, ("Số 612-TB/TU", "Số 612-TB/TU-BTGTU")), [])  # a joint number


def test_tb020_a_subject_typed_with_a_full_stop() -> None:
    """Under the type line, a lower-case line ending with "." is the subject with a stop too many —
    a warning at its end, not "no subject" (error) nor TB038's missing component."""
    got = only(variant("ok-parts-items-points-2023.txt", ("Ban Thường vụ Thành ủy Phan Thiết\n-----", "Ban Thường vụ Thành ủy Phan Thiết.\n-----")),
               [(6, 89, "TB020")])
    assert (got[0].severity, got[0].message) == ("warning", "end the subject (trích yếu) without \".\"")
    only(variant("ok-pdftotext-2012.txt", ("với Ban Thường vụ Huyện ủy An Lão\n", "với Ban Thường vụ Huyện ủy An Lão.\n")),
         [(8, 62, "TB020")])
    # a web copy without the dash rule: the parser reads the line as body text
    text = variant("ok-web-markdown-2020.md.txt", ("vi rút Corona**", "vi rút Corona.**"))
    assert [(f.line, f.column, f.code, f.severity) for f in lint_text(text)] == [(10, 109, "TB020", "warning")]
    # no subject at all, the body's first paragraph under the type line: still an error
    text = variant("ok-chi-bo-tb-2025.txt", ("kết quả phân công nhiệm vụ đảng viên quý IV năm 2025\n-----\n\n", ""))
    assert {(f.code, f.severity) for f in lint_text(text)} >= {("TB020", "error"), ("TB038", "error")}


def test_era_of_a_figures_date_joined_to_the_number() -> None:
    """"Số 640-TB/TU Phan Thiết, 02/8/2023": the parser keeps the date in the number line's text;
    TB014 reports it, and the notice of 2023 is not held to 2026's ";" after its recipients."""
    text = variant("ok-web-flat-one-space-2023.txt", ("Phan Thiết, ngày 02 tháng 8 năm 2023", "Phan Thiết, 02/8/2023"))
    codes = {f.code for f in lint_text(text)}
    assert "TB014" in codes and "TB036" not in codes, codes
