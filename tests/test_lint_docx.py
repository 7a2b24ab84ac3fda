"""The rules that need a Word file: TB042 (layout, exact), TB043 (fonts), TB044 (page), TB045 (rule).

Every rule has a passing case (the seed notice typed by the book: ``seed_notice()``) and failing
ones built from it with one fault each.
"""
from __future__ import annotations


import pytest

pytest.importorskip("tbparse.lint.engine", reason="the lint framework is not in this checkout yet")
pytest.importorskip("tbparse.lint.rules.tb001_party_heading", reason="the lint rules are not in this checkout yet")

from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls  # noqa: E402

from tbparse.source import from_docx_bytes  # noqa: E402
from tbparse.lint import lint_source  # noqa: E402
from tbparse.lint.config import Config  # noqa: E402
from tbparse.lint.context import Ctx  # noqa: E402
from tbparse.lint.registry import get_rule  # noqa: E402
from tbparse.lint.rules._layout_docx import check_docx  # noqa: E402
from tbparse.lint.rules.tb045_heading_rule import heading_width_mm  # noqa: E402
from tbparse.parser import parse_source  # noqa: E402
from tbparse.source import from_text  # noqa: E402

from .conftest import SEED  # noqa: E402
from .docx_builders import bottom_border, new_doc, para, seed_notice, to_bytes  # noqa: E402


def findings(data: bytes, code: str, *, era: str = "2018", config: dict | None = None) -> list:
    src = from_docx_bytes(data, path="draft.docx")
    cfg = {"select": [code], **(config or {})}
    return [f for f in lint_source(src, cfg, era=era) if f.code == code]


def messages(data: bytes, code: str, **kw) -> list[str]:
    return [f.message for f in findings(data, code, **kw)]


@pytest.fixture(scope="module")
def good() -> bytes:
    return seed_notice()


# ---------------------------------------------------------------------------- registration


def test_docx_rules_are_registered_as_docx_rules() -> None:
    for code, name in (("TB043", "fonts"), ("TB044", "page-setup"), ("TB045", "heading-rule")):
        rule = get_rule(code)
        assert rule is not None and rule.name == name and rule.checks == "docx"
        assert rule.summary and "Fails::" in rule.doc and "Passes::" in rule.doc


def test_docx_rules_do_not_run_on_text() -> None:
    src = from_text(SEED.read_text(encoding="utf-8"), path="seed.txt")
    out = lint_source(src, {"select": ["TB043", "TB044", "TB045"]}, era="2018")
    assert out == []


# ---------------------------------------------------------------------------- TB043 fonts


def test_tb043_passes_on_a_notice_typed_by_the_book(good: bytes) -> None:
    assert findings(good, "TB043") == []


def test_tb043_wrong_font_is_one_finding_naming_the_parts() -> None:
    out = findings(seed_notice(font="Arial"), "TB043")
    assert len(out) == 1
    f = out[0]
    assert f.line == 1 and f.severity == "warning"
    assert f.message.startswith("set in Arial, not Times New Roman: the issuing body's name")
    assert "more parts" in f.message


def test_tb043_font_option() -> None:
    assert findings(seed_notice(font="Arial"), "TB043", config={"options": {"TB043": {"font": "Arial"}}}) == []
    assert findings(seed_notice(), "TB043", config={"options": {"TB043": {"font": "Arial"}}}) != []


def test_tb043_sizes_and_styles() -> None:
    msgs = messages(seed_notice(heading_size=13, body_size=13, date_italic=False, label_underline=False), "TB043")
    assert "the Party heading is 13 pt; 36-HD/VPTW (2018) Phụ lục 3 sets 15 pt" in msgs
    assert any(m.startswith("the body text is 13 pt") and "14–15 pt" in m and "paragraphs)" in m for m in msgs)
    assert any(m.startswith("the place and date line should be in italics") for m in msgs)
    assert any(m.startswith('"Nơi nhận:" should be underlined') for m in msgs)
    assert len(msgs) == 4


def test_tb043_points_at_the_part() -> None:
    out = findings(seed_notice(heading_size=13), "TB043")
    (f,) = out
    src = from_docx_bytes(seed_notice(heading_size=13), path="draft.docx")
    line = next(ln for ln in src.lines if ln.no == f.line)
    assert line.text == "ĐẢNG CỘNG SẢN VIỆT NAM"
    assert (f.column, f.end_column) == (1, len("ĐẢNG CỘNG SẢN VIỆT NAM") + 1)


def test_tb043_part_in_a_cell_with_line_breaks() -> None:
    # the number shares a paragraph with the issuer (manual breaks): its own run formatting counts
    d = new_doc()
    t = d.add_table(rows=1, cols=2)
    left, right = t.rows[0].cells
    p = para(left, "TỈNH ỦY BÌNH THUẬN", bold=True, size=14, first=True)
    p.runs[-1].add_break()
    from .docx_builders import run

    run(p, "*", size=14)
    p.runs[-1].add_break()
    run(p, "Số 503-TB/TU", size=12, italic=True)
    para(right, "ĐẢNG CỘNG SẢN VIỆT NAM", bold=True, size=15, first=True)
    bottom_border(right.paragraphs[0])
    para(right, "Phan Thiết, ngày 16 tháng 5 năm 2019", italic=True, size=14)
    para(d, "THÔNG BÁO", bold=True, size=16, align="center")
    para(d, "về việc chuẩn bị hội nghị", bold=True, size=14, align="center")
    para(d, "-----", align="center")
    para(d, "Nội dung thông báo./.", size=14)
    msgs = messages(to_bytes(d), "TB043")
    assert msgs == [
        "the number line is 12 pt; 36-HD/VPTW (2018) Phụ lục 3 sets 14 pt",
        "the number line should not be in italics (36-HD/VPTW (2018) Phụ lục 3)",
    ]


def test_tb043_applies_from_the_2018_guide(good: bytes) -> None:
    arial = seed_notice(font="Arial")
    assert findings(arial, "TB043", era="2004") == []
    assert findings(arial, "TB043", era="2026") != []


# ---------------------------------------------------------------------------- TB044 page setup


def test_tb044_passes_on_a4_with_party_margins(good: bytes) -> None:
    assert findings(good, "TB044") == []


def test_tb044_letter_template() -> None:
    msgs = messages(seed_notice(page="letter"), "TB044")
    assert msgs == [
        "margins top 25.4, bottom 25.4, left 31.8, right 31.8 mm; 36-HD/VPTW (2018) sets top 20, bottom 20, left 30, right 15 mm",
        "the page is Letter 215.9 × 279.4 mm; Party documents use A4 (210 × 297 mm)",
    ]


def _doc_with_page(**page) -> bytes:
    from .docx_builders import set_page

    d = new_doc()
    set_page(d, **page)
    para(d, "Nội dung.")
    return to_bytes(d)


def test_tb044_landscape_and_single_margin() -> None:
    msgs = messages(_doc_with_page(width=297, height=210, top=20, bottom=20, left=30, right=15), "TB044")
    assert msgs == ["the page is A4 landscape; Party documents are printed on A4 portrait"]
    msgs = messages(_doc_with_page(width=210, height=297, top=20, bottom=20, left=25, right=15), "TB044")
    assert msgs == ["margins left 25 mm; 36-HD/VPTW (2018) sets left 30 mm"]
    # within the tolerance (20.3 mm), and with a wider tolerance
    assert messages(_doc_with_page(width=210, height=297, top=20.3, bottom=20, left=30, right=15), "TB044") == []
    assert messages(_doc_with_page(width=210, height=297, top=20, bottom=20, left=25, right=15), "TB044",
                    config={"options": {"TB044": {"tolerance-mm": 6.0}}}) == []


def _numbered(where: str, align: int, first_different: bool) -> bytes:
    d = new_doc()
    para(d, "Nội dung.")
    sec = d.sections[0]
    sec.different_first_page_header_footer = first_different
    hf = sec.header if where == "header" else sec.footer
    p = hf.paragraphs[0]
    p.alignment = align
    p._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>2</w:t></w:r></w:fldSimple>'))
    return to_bytes(d)


def test_tb044_page_numbers() -> None:
    assert messages(_numbered("header", 1, True), "TB044") == []
    assert messages(_numbered("header", 1, False), "TB044") == [
        "the first page carries a page number; number pages from the second page on (Layout → Different First Page)"
    ]
    assert messages(_numbered("footer", 2, True), "TB044") == [
        "page numbers are at the bottom right; they belong at the top, centred"
    ]


# ---------------------------------------------------------------------------- TB045 rule under the heading


@pytest.mark.parametrize("rule", ["border", "shape"])
def test_tb045_passes_with_a_rule_under_the_heading(rule: str) -> None:
    assert findings(seed_notice(heading_rule=rule), "TB045") == []


def test_tb045_missing_rule() -> None:
    out = findings(seed_notice(heading_rule=None), "TB045", era="2004")
    assert [f.message for f in out] == [
        "no rule under «ĐẢNG CỘNG SẢN VIỆT NAM»: draw a solid rule as long as the heading"
    ]
    assert out[0].severity == "info" and out[0].line == 4


def test_tb045_rule_under_the_issuer() -> None:
    msgs = messages(seed_notice(issuer_rule=True), "TB045")
    assert msgs == ['no rule under the issuing body\'s name: the "*" line below it takes its place']


def test_tb045_rule_length() -> None:
    short = messages(seed_notice(heading_rule="shape", rule_length_pt=60), "TB045")
    assert len(short) == 1 and short[0].startswith("the rule under the heading is 21 mm, much shorter")
    # a border on a heading paragraph that spans the whole text width (165 mm)
    d = new_doc()
    para(d, "TỈNH ỦY BÌNH THUẬN", bold=True)
    para(d, "*")
    para(d, "Số 05-TB/TU")
    bottom_border(para(d, "ĐẢNG CỘNG SẢN VIỆT NAM", bold=True, size=15, align="right"))
    para(d, "Phan Thiết, ngày 16 tháng 5 năm 2019", italic=True, align="right")
    para(d, "THÔNG BÁO", bold=True, align="center")
    para(d, "Nội dung thông báo./.")
    long = messages(to_bytes(d), "TB045")
    assert len(long) == 1 and long[0].startswith("the rule under the heading is 165 mm, much longer")


def test_heading_width_estimate() -> None:
    # the seed heading at 15 pt prints about 73 mm wide in Times New Roman Bold
    assert heading_width_mm("ĐẢNG CỘNG SẢN VIỆT NAM", 15) == pytest.approx(72.9, abs=0.5)
    assert heading_width_mm("ĐẢNG CỘNG SẢN VIỆT NAM", 13) < heading_width_mm("ĐẢNG CỘNG SẢN VIỆT NAM", 15)


# ---------------------------------------------------------------------------- TB042 layout (exact on .docx)


def _tb042(data: bytes) -> list[str]:
    src = from_docx_bytes(data, path="draft.docx")
    notice = parse_source(src, reject=False)
    ctx = Ctx(src, notice, era="2018", config=Config(), path="draft.docx")
    ctx.rule = get_rule("TB042")
    return [f"¶{f.line} {f.message}" for f in check_docx(notice, src, ctx)]


def test_tb042_docx_passes_on_the_seed(good: bytes) -> None:
    assert _tb042(good) == []
    assert _tb042(seed_notice(cell_breaks=True)) == []


def test_tb042_docx_swapped_header_cells() -> None:
    assert _tb042(seed_notice(swap_header=True)) == [
        "¶1 The Party heading is on the left; it belongs in the right half of the page",
        "¶3 The issuing body's name is on the right; it belongs in the left half of the page",
        "¶5 The number line is on the right; it belongs in the left half of the page",
        "¶2 The place and date line is on the left; it belongs in the right half of the page",
    ]


def test_tb042_docx_swapped_footer_cells() -> None:
    got = _tb042(seed_notice(swap_footer=True))
    assert [m.split(" ", 1)[1].split(" is ")[0] for m in got] == [
        "The authority line", "The position line", "The signer's name", '"Nơi nhận:"', "The recipients list",
    ]


def test_tb042_docx_paragraph_alignment_without_tables() -> None:
    d = new_doc()
    para(d, "TỈNH ỦY BÌNH THUẬN", align="left")
    para(d, "*", align="left")
    para(d, "Số 05-TB/TU\t\tPhan Thiết, ngày 16 tháng 5 năm 2019")  # tab-separated columns pass
    para(d, "ĐẢNG CỘNG SẢN VIỆT NAM", align="center")  # centred across the page: wrong
    para(d, "THÔNG BÁO", align="center")
    para(d, "Nội dung thông báo./.")
    assert _tb042(to_bytes(d)) == [
        "¶4 The Party heading is centred across the page; it belongs in the right half of the page",
    ]


def test_tb042_rule_dispatches_docx_sources() -> None:
    out = findings(seed_notice(swap_header=True), "TB042")
    assert any("belongs in the right half" in f.message for f in out)
    assert findings(seed_notice(), "TB042") == []


def test_text_rules_find_the_same_on_the_docx_twin() -> None:
    """The twin typed by the book adds no finding and loses none (lines aside)."""
    from tbparse.source import read_path

    txt = {(f.code, f.message) for f in lint_source(read_path(str(SEED)))}
    docx = {(f.code, f.message) for f in lint_source(from_docx_bytes(seed_notice(), path="seed.docx"))}
    assert txt and docx == txt
