"""Audit 21 of `tbparse check`: precision and recall on drafts written for it (format-rules.md §1–§5).

``fixtures/lint/drafts/ok-*.txt`` are correct drafts of several issuers and types — a district
committee's and the Secretariat's notices (2019), a commune committee's notice and tờ trình (2026,
05-HD's ";"), a provincial standing committee's kết luận, a Ban Tổ chức's công văn, a chi bộ's
nghị quyết, an inspection committee's quyết định, a VPTW hướng dẫn: each is clean, in every output
format. Each defect the audit found the linter wrong on is typed into one of them, and must give its
rule's finding and nothing else (``only``: TB038, the summary, aside). The .docx drafts are built
with tests/docx_builders.py: a header typed with tabs or as a table, the rule under the heading
typed as a line of underscores or hyphens.
"""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm

from tbparse import parse_dict
from tbparse.cli import cli
from tbparse.lint import lint_source, lint_text
from tbparse.source import from_docx_bytes

from .conftest import FIXTURES
from .docx_builders import borderless_table, bottom_border, new_doc, para, run, to_bytes
from .test_lint_rules import col, only, passes

DRAFTS = FIXTURES / "lint" / "drafts"
OK = sorted(DRAFTS.glob("ok-*.txt"))


def draft(name: str) -> str:
    return (DRAFTS / name).read_text(encoding="utf-8")


def variant(name: str, *pairs: tuple[str, str]) -> str:
    """The draft *name* with each (old, new) replaced (each old must be there exactly once)."""
    text = draft(name)
    for old, new in pairs:
        assert text.count(old) == 1, (old, text.count(old))
        text = text.replace(old, new)
    return text


HUYEN = "ok-huyen-uy-tb-2019.txt"
TINH = "ok-tinh-uy-ket-luan-2020.txt"
CONG_VAN = "ok-ban-to-chuc-cong-van-2021.txt"
BBT = "ok-ban-bi-thu-tb-2019.txt"


# ---------------------------------------------------------------------------- correct drafts


def test_the_audit_has_its_correct_drafts() -> None:
    assert len(OK) == 9


@pytest.mark.parametrize("path", OK, ids=lambda p: p.stem)
def test_a_correct_draft_is_clean(path) -> None:
    assert [str(f) for f in lint_text(path.read_text(encoding="utf-8"), path=path.name)] == []


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_correct_drafts_are_clean_in_every_report(fmt: str) -> None:
    res = CliRunner().invoke(cli, ["check", "--isolated", "--fail-on", "info", "--output-format", fmt, *map(str, OK)])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    if fmt == "json":
        assert out == []
    else:
        run_ = out["runs"][0]
        assert (run_["results"], run_["invocations"][0]["executionSuccessful"]) == ([], True)


# ---------------------------------------------------------------------------- several defects


def test_a_draft_with_many_faults_gets_one_finding_for_each() -> None:
    got = sorted((f.line, f.code) for f in lint_text(draft("many-faults-2019.txt")) if f.code != "TB038")
    assert got == [
        (1, "TB005"),   # a huyện ủy without its parent body
        (2, "TB004"),   # no "*"
        (2, "TB007"),   # "7/TB-HU": the State's order
        (2, "TB008"),   # "Số:"
        (2, "TB009"),   # "7", not "07"
        (2, "TB015"),   # "ngày 5"
        (5, "TB020"),   # the subject in capitals (2019)
        (5, "TB021"),   # no dash rule under it
        (11, "TB022"),  # 1. then 3.
        (13, "TB024"),  # no "./."
        (15, "TB029"),  # "TM."
        (15, "TB034"),  # "Nơi nhận" without its colon
        (16, "TB031"),  # "BÍ THƯ HUYỆN ỦY"
        (16, "TB036"),  # ";" under 36-HD
        (17, "TB036"),  # an entry without a terminator
        (18, "TB012"),  # "Lưu: VT"
    ]


# ---------------------------------------------------------------------------- one defect each


def test_tb017_a_provincial_committee_under_a_stray_central_line_sits_at_home() -> None:
    # "BAN CHẤP HÀNH TRUNG ƯƠNG" typed above "TỈNH ỦY QUẢNG NINH": TB005 names the line; the seat
    # is still Hạ Long (TB017 said "Hà Nội", taking the stray parent for the issuer)
    t = variant(TINH, ("TỈNH ỦY QUẢNG NINH ", "BAN CHẤP HÀNH TRUNG ƯƠNG\nTỈNH ỦY QUẢNG NINH "))
    only(t, [(1, 1, "TB005")])


def test_tb019_a_cong_van_whose_number_is_typed_wrong_is_tb006_alone() -> None:
    # the subject under the number says công văn: no "no type line" error (nor TB038's) beside TB006
    t = variant(CONG_VAN, ("Số 1245-CV/BTCTU", "Số 1245/BTCTU"))
    only(t, [(4, 1, "TB006")])
    assert not [f for f in lint_text(t) if f.code == "TB038"]
    # a notice whose type line is left out is still told
    t = variant(HUYEN, ("                                THÔNG BÁO\n", ""))
    assert [(f.line, f.code) for f in lint_text(t) if f.code in ("TB019", "TB038")] == [(1, "TB038"), (6, "TB019")]


def test_tb030_a_party_committee_signed_k_t_bi_thu() -> None:
    t = variant(HUYEN, ("T/L BAN THƯỜNG VỤ", "K/T BÍ THƯ       "), ("CHÁNH VĂN PHÒNG", "PHÓ BÍ THƯ     "))
    [f] = only(t, [(34, col(t, 34, "BÍ THƯ"), "TB030")])
    assert '"T/M HUYỆN ỦY" or "T/M BAN THƯỜNG VỤ"' in f.message


def test_tb030_a_party_committee_signed_without_a_prefix() -> None:
    t = variant(TINH, ("T/M BAN THƯỜNG VỤ\n- Các đảng bộ trực thuộc Tỉnh ủy,             BÍ THƯ",
                       "BÍ THƯ\n- Các đảng bộ trực thuộc Tỉnh ủy,"))
    [f] = only(t, [(23, col(t, 23, "BÍ THƯ"), "TB030")])
    assert f.message.endswith('put "T/M TỈNH ỦY" or "T/M BAN THƯỜNG VỤ" above «BÍ THƯ»')
    # the Văn phòng signing in its own name is told T/L
    t = variant(HUYEN, ("T/L BAN THƯỜNG VỤ\n- Thường trực Huyện ủy,                            CHÁNH VĂN PHÒNG",
                        "CHÁNH VĂN PHÒNG\n- Thường trực Huyện ủy,"))
    [f] = only(t, [(34, col(t, 34, "CHÁNH"), "TB030")])
    assert 'put "T/L BAN THƯỜNG VỤ" above' in f.message


def test_tb030_an_advisory_body_signed_t_m_itself() -> None:
    t = variant(CONG_VAN, ("K/T TRƯỞNG BAN", "T/M BAN TỔ CHỨC"))
    [f] = only(t, [(14, col(t, 14, "BAN TỔ CHỨC"), "TB030")])
    assert "advisory body" in f.message


def test_t_m_ban_bi_thu_over_a_bare_thuong_truc_is_authority_and_position() -> None:
    t = variant(BBT, ("T/M BAN BÍ THƯ\n- Các tỉnh ủy, thành ủy,\n",
                      "T/M BAN BÍ THƯ\n- Các tỉnh ủy, thành ủy,                    THƯỜNG TRỰC\n"))
    sig = parse_dict(t)["signature"]
    assert (sig["authority"], sig["position"]) == ([{"mode": "T/M", "body": "BAN BÍ THƯ"}], "THƯỜNG TRỰC")
    only(t, [])
    # "T/M BAN THƯỜNG VỤ" over "TỈNH ỦY" with no position still wraps the collective's name
    t = variant(TINH, ("T/M BAN THƯỜNG VỤ\n- Các đảng bộ trực thuộc Tỉnh ủy,             BÍ THƯ",
                       "T/M BAN THƯỜNG VỤ\n- Các đảng bộ trực thuộc Tỉnh ủy,             TỈNH ỦY"))
    assert parse_dict(t)["signature"]["authority"] == [{"mode": "T/M", "body": "BAN THƯỜNG VỤ TỈNH ỦY"}]


def test_tb010_a_phuong_an_before_399_qd_tw_is_info() -> None:
    t = draft("phuong-an-2019.txt")
    [f] = only(t, [(5, 1, "TB010")])
    assert f.severity == "info"
    passes(t.replace("năm 2019\n", "năm 2026\n"), "TB010")  # a type of 399-QĐ/TW (2026)
    only(t.replace("năm 2019\n", "năm 2012\n").replace("30/5/2019", "30/5/2012"), [])  # the list before 2017 not read


def test_tb004_underscores_in_place_of_the_star() -> None:
    t = variant(HUYEN, ("             *\n", "      ____________\n"))
    [f] = only(t, [(3, 7, "TB004")])
    assert "not a rule «____________»" in f.message


def test_tb004_a_rule_under_the_heading_is_not_the_issuers() -> None:
    # no "*", and a rule typed in the heading's column: it is no State rule under the issuer
    t = variant(HUYEN, ("             *\n", " " * 49 + "----------------------\n"))
    [f] = only(t, [(4, col(t, 4, "Số"), "TB004")])
    assert f.message == 'no "*" line between the issuing body and the number'


# ---------------------------------------------------------------------------- .docx: the rule under the heading

_STOPS = ((3.5, WD_TAB_ALIGNMENT.CENTER), (11.5, WD_TAB_ALIGNMENT.CENTER))
_T = ("\t", {})
HEADING = "ĐẢNG CỘNG SẢN VIỆT NAM"


def _tabbed(d, *cells):
    p = d.add_paragraph()
    for cm, kind in _STOPS:
        p.paragraph_format.tab_stops.add_tab_stop(Cm(cm), kind)
    for text, style in cells:
        run(p, text, **style)
    return p


def _rest(d) -> None:
    """Title, body and footer of the district committee's notice, typed by the book."""
    text = draft(HUYEN).split("\n")
    para(d)
    para(d, "THÔNG BÁO", bold=True, size=16, align="center")
    para(d, text[6].strip(), bold=True, size=14, align="center")
    para(d, "-----", align="center")
    body = [ln for ln in text[9:text.index(next(x for x in text if x.startswith("Nơi nhận")))] if ln.strip()]
    for ln in body:
        para(d, ln, size=14, align="justify")
    para(d)
    t = borderless_table(d)
    left, right = t.rows[0].cells
    para(left, "Nơi nhận:", underline=True, size=14, first=True)
    for r in ("- Thường trực Huyện ủy,", "- Đảng ủy xã Hàm Chính,", "- Lưu Văn phòng Huyện ủy."):
        para(left, r, size=12)
    for k, (text_, bold) in enumerate((("T/L BAN THƯỜNG VỤ", True), ("CHÁNH VĂN PHÒNG", None), ("", None),
                                        ("Nguyễn Thị Hồng Nhung", True))):
        para(right, text_, bold=bold, size=14, align="center", first=k == 0)


def _tabs(rule: str, *, own_line: bool = False) -> bytes:
    """The header typed with tabs; *rule* typed under the heading beside the issuer's name, or on a line of its own."""
    d = new_doc()
    _tabbed(d, _T, ("ĐẢNG BỘ TỈNH BÌNH THUẬN", {"size": 14}), _T, (HEADING, {"bold": True, "size": 15}))
    if own_line:
        _tabbed(d, _T, ("HUYỆN ỦY HÀM THUẬN BẮC", {"bold": True, "size": 14}))
        _tabbed(d, _T, _T, (rule, {"size": 14}))
    else:
        _tabbed(d, _T, ("HUYỆN ỦY HÀM THUẬN BẮC", {"bold": True, "size": 14}), _T, (rule, {"size": 14}))
    _tabbed(d, _T, ("*", {}))
    _tabbed(d, _T, ("Số 87-TB/HU", {"size": 14}), _T, ("Hàm Thuận Bắc, ngày 08 tháng 11 năm 2019", {"italic": True, "size": 14}))
    _rest(d)
    return to_bytes(d)


def _table(rule: str | None, issuer_line: str = "*") -> bytes:
    """The header as a two-column table; *rule* typed on the line under the heading (None: a border)."""
    d = new_doc()
    t = borderless_table(d)
    left, right = t.rows[0].cells
    para(left, "ĐẢNG BỘ TỈNH BÌNH THUẬN", size=14, align="center", first=True)
    para(left, "HUYỆN ỦY HÀM THUẬN BẮC", bold=True, size=14, align="center")
    para(left, issuer_line, align="center")
    para(left, "Số 87-TB/HU", size=14, align="center")
    h = para(right, HEADING, bold=True, size=15, align="center", first=True)
    if rule is None:
        bottom_border(h)
    else:
        para(right, rule, size=14, align="center")
    para(right, "Hàm Thuận Bắc, ngày 08 tháng 11 năm 2019", italic=True, size=14, align="center")
    _rest(d)
    return to_bytes(d)


def findings(data: bytes) -> list[str]:
    return [f"{f.code} ¶{f.line} {f.message}" for f in lint_source(from_docx_bytes(data, path="d.docx"))]


@pytest.mark.parametrize("data", [
    pytest.param(lambda: _tabs("_" * 24), id="tabs-beside-the-issuer"),
    pytest.param(lambda: _tabs("_" * 24, own_line=True), id="tabs-own-line"),
    pytest.param(lambda: _table("_" * 24), id="table-cell"),
    pytest.param(lambda: _table(None), id="table-border"),
])
def test_tb045_a_line_of_underscores_under_the_heading_is_its_rule(data) -> None:
    assert findings(data()) == []


def test_tb045_a_rule_typed_with_hyphens_prints_broken() -> None:
    dashes = "-" * 30
    msg = (f"the rule under the heading is typed with dashes «{dashes}», which print as a broken line: "
           "draw a solid rule (underscores, a bottom border or a line)")
    assert findings(_tabs(dashes)) == [f"TB045 ¶2 {msg}"]
    assert findings(_tabs(dashes, own_line=True)) == [f"TB045 ¶3 {msg}"]
    assert findings(_table(dashes)) == [f"TB045 ¶6 {msg}"]


def test_tb045_a_typed_rule_is_measured() -> None:
    # 8 underscores at the line's own 14 pt ≈ 20 mm under a heading of about 73 mm (21 mm at the
    # heading's 15 pt until audit 24: a line of underscores alone was read as emphasis, no text, no size)
    assert findings(_table("_" * 8)) == [
        "TB045 ¶6 the rule typed under the heading is 20 mm, much shorter than the heading (about 73 mm)",
    ]


def test_tb004_underscores_in_place_of_the_star_in_a_header_cell() -> None:
    assert findings(_table(None, "_" * 10)) == [
        "TB004 ¶3 the Party writes \"*\" under the issuing body, not a rule «__________» (the State's form)",
    ]
