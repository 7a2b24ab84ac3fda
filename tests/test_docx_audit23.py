"""Audit 23: .docx drafts built the ways Party offices make them, read as Word prints them.

The district notice of audit 19 (tests/test_docx_audit19.py) is typed as .docx drafts with the
structures real drafts carry — the header in frames, in grouped text boxes or with the number in a
row of its own; Word's numbering from styles, overrides and symbol-font bullets; the signature in
a one-column table set on the right or on tab stops; tracked moves, comments, nested fields,
direction marks, East Asian run settings, drop caps, small caps, soft hyphens, legacy fonts mixed
with Unicode … — and each must parse exactly as the text does (line numbers aside). The defects
this audit fixed each have a test of their own below.
"""
from __future__ import annotations

import base64
import io
import re

import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm

from tbparse.docx_numbering import bullet_mark
from tbparse.errors import InputError
from tbparse.parser import parse_source
from tbparse.source import from_docx_bytes, from_text

from .docx_builders import (
    _legacy_encoder,
    add_instance,
    add_list,
    alt_chunk,
    borderless_table,
    box_para,
    column_break,
    framed,
    grouped_text_boxes,
    new_doc,
    number,
    para,
    place_table,
    run,
    section_break,
    text_box,
    to_bytes,
)
from .layouts import without_lines
from .test_docx_audit19 import (
    BODY,
    CITED,
    FIELDS,
    HEAD_L,
    HEAD_R,
    RECIP,
    SUBJ,
    TEXT,
    body,
    draft,
    field,
    footer,
    head,
    title,
    xml,
)
from .test_docx_audit19 import t as text_run

W = nsdecls("w")
TRACK = 'w:author="VP" w:date="2015-04-14T00:00:00Z"'
ITEM = re.compile(r"(\d+)\. ")


@pytest.fixture(scope="module")
def text_parse() -> dict:
    d = parse_source(from_text(TEXT, path="notice.txt"))
    assert d["number"]["raw"] == "156-TB/HU" and d["signature"]["signer"] == "Nguyễn Thị Hằng"
    assert d["meeting"]["date"] == "2015-04-10" and len(d["sections"][0]["items"]) == 3
    return d


def parsed(data: bytes, name: str = "d.docx") -> dict:
    return parse_source(from_docx_bytes(data, path=name))


def lines(data: bytes):
    return from_docx_bytes(data, path="d.docx").lines


def tb042(data: bytes) -> list:
    lint = pytest.importorskip("tbparse.lint")
    src = from_docx_bytes(data, path="d.docx")
    return [(f.line, f.message) for f in lint.lint_source(src, {"select": ["TB042"]}, era="2018")
            if f.code == "TB042"]


# ---------------------------------------------------------------------------- headers


def head_number_row(d) -> None:
    """Three rows: issuer | heading, "*" alone, number | date."""
    tb = d.add_table(rows=3, cols=2)
    for k, x in enumerate(HEAD_L[:2]):
        para(tb.cell(0, 0), x, align="center", first=k == 0)
    para(tb.cell(0, 1), HEAD_R[0], bold=True, align="center", first=True)
    para(tb.cell(1, 0), "*", align="center", first=True)
    para(tb.cell(2, 0), HEAD_L[3], align="center", first=True)
    para(tb.cell(2, 1), HEAD_R[1], italic=True, align="center", first=True)


def head_frames(d) -> None:
    """Issuer block in a frame on the left, the Party heading and date in one on the right."""
    for x in HEAD_L:
        framed(para(d, x, align="center"), width_tw=4000, align="left")
    for x in HEAD_R:
        framed(para(d, x, align="center"), width_tw=5000, align="right")


def head_text_boxes(d) -> None:
    p = para(d, "")
    text_box(p, [box_para(x) for x in HEAD_L], kind="both", left_pt=0, width_pt=200)
    text_box(p, [box_para(x) for x in HEAD_R], kind="both", left_pt=260, width_pt=230)


def head_group(kind: str):
    def build(d) -> None:
        grouped_text_boxes(para(d, ""), [([box_para(x) for x in HEAD_L], 0, 200),
                                         ([box_para(x) for x in HEAD_R], 250, 230)], kind=kind)
    return build


def head_tabs(d) -> None:
    """No table: each printed line a paragraph, the right part on a centre tab stop at 12 cm."""
    for left, right in ((HEAD_L[0], HEAD_R[0]), (HEAD_L[1], ""), (HEAD_L[2], ""), (HEAD_L[3], HEAD_R[1])):
        p = para(d, left)
        p.paragraph_format.tab_stops.add_tab_stop(Mm(120), alignment=1)
        p.add_run("\t" + right)


def head_legacy(d) -> None:
    """The issuer's cell in .VnTimeH/.VnTime (TCVN3), the heading in Unicode, the date mixed."""
    low, caps, conv = _legacy_encoder("tcvn3")
    left, right = borderless_table(d).rows[0].cells
    for k, x in enumerate(HEAD_L):
        font, typed = (caps, conv(x.lower())) if x.isupper() else (low, conv(x))
        para(left, typed, font=font, align="center", first=k == 0)
    para(right, HEAD_R[0], align="center", first=True)
    p = para(right, "", align="center")
    run(p, conv("Nghi Lộc, ngày "), font=low)
    run(p, "14 tháng 4 năm 2015")


# ---------------------------------------------------------------------------- titles and bodies


def title_small_caps(d) -> None:
    """"Thông báo" typed in lower case, set in Small caps: printed in capitals."""
    p = para(d, "", align="center")
    xml(p, f'<w:r {W}><w:rPr><w:b/><w:smallCaps/><w:sz w:val="32"/></w:rPr><w:t>Thông báo</w:t></w:r>')
    for s in SUBJ:
        para(d, s, bold=True, align="center")
    para(d, "-----", align="center")


def _numbered_body(d, attach) -> None:
    for b in BODY:
        m = ITEM.match(b)
        p = para(d, b[m.end():] if m else b, align="justify")
        if m:
            attach(p)


def body_style_numbered(d) -> None:
    """Items numbered by their paragraph style's w:numPr, not their own."""
    nid = add_list(d, [("decimal", "%1."), ("lowerLetter", "%2)")])
    d.styles.element.append(parse_xml(
        f'<w:style {W} w:type="paragraph" w:customStyle="1" w:styleId="DSSo"><w:name w:val="DSSo"/>'
        f'<w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="{nid}"/></w:numPr></w:pPr></w:style>'))
    _numbered_body(d, lambda p: p._p.get_or_add_pPr().insert(0, parse_xml(f'<w:pStyle {W} w:val="DSSo"/>')))


def body_restarted(d) -> None:
    """A second instance of a list already used, restarted at 1 (w:lvlOverride/w:startOverride)."""
    nid = add_list(d, [("decimal", "%1.")])
    p = para(d, "")
    number(p, nid)  # the list used once, then its paragraph removed: the counter is the document's
    d.element.body.remove(p._p)
    _numbered_body(d, lambda p, n=add_instance(d, nid, restart_level=0): number(p, n))


def body_level_override(d) -> None:
    """The instance replaces the abstract "I-" level by a whole w:lvl of its own ("%1.")."""
    nid = add_list(d, [("upperRoman", "%1-")])
    num = next(n for n in d.part.numbering_part.element.findall(qn("w:num")) if n.get(qn("w:numId")) == nid)
    num.append(parse_xml(f'<w:lvlOverride {W} w:ilvl="0"><w:startOverride w:val="1"/><w:lvl w:ilvl="0">'
                         '<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:lvlOverride>'))
    _numbered_body(d, lambda p: number(p, nid))


def body_tracked(d) -> None:
    """Track changes left in: a sentence moved (moveFrom/moveTo), the citation replaced (w:del +
    w:ins), a paragraph deleted whole."""
    for i, b in enumerate(BODY):
        if i == 0:
            first, second = b.split(". ", 1)
            p = para(d, "", align="justify")
            xml(p, f'<w:moveFrom {W} w:id="1" {TRACK} w:name="m1"><w:r><w:delText xml:space="preserve">'
                   f'{second} </w:delText></w:r></w:moveFrom>')
            xml(p, text_run(first + ". "))
            xml(p, f'<w:moveTo {W} w:id="2" {TRACK} w:name="m1"><w:r><w:t xml:space="preserve">{second}</w:t>'
                   '</w:r></w:moveTo>')
        elif CITED in b:
            before, after = b.split(CITED)
            p = para(d, before, align="justify")
            xml(p, f'<w:del {W} w:id="3" {TRACK}><w:r><w:delText>Chỉ thị số 35-CT/TW</w:delText></w:r></w:del>')
            xml(p, f'<w:ins {W} w:id="4" {TRACK}><w:r><w:t>{CITED}</w:t></w:r></w:ins>')
            xml(p, text_run(after))
        else:
            para(d, b, align="justify")
        if i == 1:
            p = para(d, "", align="justify")
            xml(p, f'<w:del {W} w:id="5" {TRACK}><w:r><w:delText>Đoạn này đã bị xóa.</w:delText></w:r></w:del>')
            p._p.get_or_add_pPr().append(parse_xml(f'<w:rPr {W}><w:del w:id="6" {TRACK}/></w:rPr>'))


def body_comments(d) -> None:
    for i, b in enumerate(BODY):
        p = para(d, "", align="justify")
        xml(p, f'<w:commentRangeStart {W} w:id="{i}"/>')
        xml(p, text_run(b))
        xml(p, f'<w:commentRangeEnd {W} w:id="{i}"/>')
        xml(p, f'<w:r {W}><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{i}"/></w:r>')


def body_ref_field(d) -> None:
    """The citation a cross-reference (REF field) to a bookmark."""
    for b in BODY:
        if CITED not in b:
            para(d, b, align="justify")
            continue
        before, after = b.split(CITED)
        p = para(d, before, align="justify")
        field(p, "REF _Ref123 \\h", CITED)
        xml(p, text_run(after))


def body_nested_field(d) -> None:
    """The meeting date an IF field whose code holds a MERGEFIELD: Word prints the IF's result
    only; the nested field's result is part of the code."""
    for b in BODY:
        if "10/4/2015" not in b:
            para(d, b, align="justify")
            continue
        before, after = b.split("10/4/2015")
        p = para(d, before, align="justify")
        for s in ('<w:fldChar w:fldCharType="begin"/>', '<w:instrText xml:space="preserve"> IF </w:instrText>',
                  '<w:fldChar w:fldCharType="begin"/>', '<w:instrText xml:space="preserve"> MERGEFIELD Ngay </w:instrText>',
                  '<w:fldChar w:fldCharType="separate"/>', '<w:t>10/4/2015</w:t>', '<w:fldChar w:fldCharType="end"/>',
                  '<w:instrText xml:space="preserve"> &lt;&gt; "" "10/4/2015" "" </w:instrText>',
                  '<w:fldChar w:fldCharType="separate"/>', '<w:t>10/4/2015</w:t>', '<w:fldChar w:fldCharType="end"/>'):
            xml(p, f"<w:r {W}>{s}</w:r>")
        xml(p, text_run(after))


def body_direction_marks(d) -> None:
    """Left-to-right and right-to-left marks and an embedding's end, as a web copy leaves them."""
    for b in BODY:
        para(d, "\u200e" + b.replace(" ", " \u200f", 2) + "\u202c", align="justify")


def body_east_asian(d) -> None:
    """Runs carrying a Japanese-locale Word's East Asian settings (font, hint, layout, language)."""
    for b in BODY:
        p = para(d, "", align="justify")
        xml(p, f'<w:r {W}><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
               'w:eastAsia="MS Mincho" w:hint="eastAsia"/><w:eastAsianLayout w:id="1" w:combine="0"/>'
               f'<w:lang w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">{b}</w:t></w:r>')


_PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")


def body_image(d) -> None:
    d.add_picture(io.BytesIO(_PNG))
    body(d)


def body_vni_mixed(d) -> None:
    """Each paragraph's first half typed in VNI-Times, the rest in Unicode."""
    low, _, conv = _legacy_encoder("vni")
    for b in BODY:
        p = para(d, "", align="justify")
        cut = b.rfind(" ", 0, len(b) // 2) + 1
        run(p, conv(b[:cut]), font=low)
        run(p, b[cut:])


def body_drop_cap(d) -> None:
    """The first paragraph opens with a drop cap: its "N" in a frame paragraph of its own."""
    for i, b in enumerate(BODY):
        if i == 0:
            framed(para(d, b[0], size=28), drop_cap=True)
            b = b[1:]
        para(d, b, align="justify")


def body_breaks_and_spacing(d) -> None:
    """A page break in a paragraph, a section break (next page), empty paragraphs as spacing."""
    for i, b in enumerate(BODY):
        p = para(d, b, align="justify")
        if i == 2:
            xml(p, f'<w:r {W}><w:br w:type="page"/></w:r>')
        if i == 3:
            p._p.get_or_add_pPr().append(parse_xml(
                f'<w:sectPr {W}><w:type w:val="nextPage"/><w:pgSz w:w="11906" w:h="16838"/>'
                '<w:pgMar w:top="1134" w:right="850" w:bottom="1701" w:left="1134" w:header="0" w:footer="0" '
                'w:gutter="0"/></w:sectPr>'))
        para(d, "")
        para(d, " ")


def body_soft_hyphens(d) -> None:
    """Optional hyphens (Ctrl+-) inside long words: printed only where a word breaks."""
    for b in BODY:
        p = para(d, "", align="justify")
        words = b.split(" ")
        for k, wd in enumerate(words):
            sep = " " if k < len(words) - 1 else ""
            if len(wd) > 6 and k % 3 == 0:
                xml(p, text_run(wd[:3]))
                xml(p, f'<w:r {W}><w:softHyphen/></w:r>')
                xml(p, text_run(wd[3:] + sep))
            else:
                xml(p, text_run(wd + sep))


# ---------------------------------------------------------------------------- footers


def _signature(cell, first: bool = True) -> None:
    para(cell, "T/L BAN THƯỜNG VỤ", bold=True, align="center", first=first)
    para(cell, "CHÁNH VĂN PHÒNG", bold=True, align="center")
    para(cell, "")
    para(cell, "")
    para(cell, "Nguyễn Thị Hằng", bold=True, align="center")


def footer_bullets(char: str, font: str | None = None):
    """The recipients a bulleted list ("-", "–", or Symbol's minus U+F02D)."""
    def build(d) -> None:
        nid = add_list(d, [("bullet", char)], font=font)
        left, right = borderless_table(d).rows[0].cells
        run(para(left, "", first=True), "Nơi nhận:", bold=True, italic=True, underline=True)
        for e in RECIP:
            number(para(left, e[2:], size=12), nid)
        _signature(right)
    return build


def footer_sym(d) -> None:
    """Each recipient's dash a w:sym (Insert → Symbol, Symbol font)."""
    left, right = borderless_table(d).rows[0].cells
    run(para(left, "", first=True), "Nơi nhận:", bold=True, italic=True, underline=True)
    for e in RECIP:
        p = para(left, "", size=12)
        xml(p, f'<w:r {W}><w:sym w:font="Symbol" w:char="F02D"/></w:r>')
        xml(p, text_run(" " + e[2:]))
    _signature(right)


def footer_tabs(d) -> None:
    """No table: recipients left, the signature on a centre tab stop at 12.5 cm."""
    for left, right in (("Nơi nhận:", "T/L BAN THƯỜNG VỤ"), (RECIP[0], "CHÁNH VĂN PHÒNG"), (RECIP[1], ""),
                        (RECIP[2], ""), ("", "Nguyễn Thị Hằng")):
        p = para(d, left, size=12 if left.startswith("-") else None, bold=left.startswith("Nơi") or None)
        p.paragraph_format.tab_stops.add_tab_stop(Mm(125), alignment=1)
        run(p, "\t" + right, bold=bool(right) or None)


def footer_placed_table(how: str):
    """"Nơi nhận" typed in the body, the signature in a one-column table set on the right."""
    def build(d) -> None:
        run(para(d, ""), "Nơi nhận:", bold=True, italic=True, underline=True)
        for e in RECIP:
            para(d, e, size=12)
        tb = d.add_table(rows=1, cols=1)
        place_table(tb, how)
        _signature(tb.cell(0, 0))
    return build


def footer_in_columns(d) -> None:
    """The footer in a section of two newspaper columns: "Nơi nhận" and its list, a column break,
    the signature at the top of the right column."""
    section_break(d, 1)  # ends the body's one-column section
    run(para(d, ""), "Nơi nhận:", bold=True, italic=True, underline=True)
    for e in RECIP:
        para(d, e, size=12)
    column_break(para(d, ""))
    para(d, "T/L BAN THƯỜNG VỤ", bold=True, align="center")
    para(d, "CHÁNH VĂN PHÒNG", bold=True, align="center")
    para(d, "")
    para(d, "")
    para(d, "Nguyễn Thị Hằng", bold=True, align="center")
    section_break(d, 2)


DRAFTS = {
    "number-own-row": dict(hd=head_number_row),
    "header-frames": dict(hd=head_frames),
    "header-text-boxes": dict(hd=head_text_boxes),
    "header-group-wpg": dict(hd=head_group("wpg")),
    "header-group-vml": dict(hd=head_group("vml")),
    "header-tab-stops": dict(hd=head_tabs),
    "header-tcvn3-mixed": dict(hd=head_legacy),
    "title-small-caps": dict(ttl=title_small_caps),
    "items-style-numbered": dict(bd=body_style_numbered),
    "items-restarted": dict(bd=body_restarted),
    "items-level-override": dict(bd=body_level_override),
    "tracked-changes": dict(bd=body_tracked),
    "comments": dict(bd=body_comments),
    "ref-field": dict(bd=body_ref_field),
    "nested-field": dict(bd=body_nested_field),
    "direction-marks": dict(bd=body_direction_marks),
    "east-asian-runs": dict(bd=body_east_asian),
    "image": dict(bd=body_image),
    "vni-mixed": dict(bd=body_vni_mixed),
    "drop-cap": dict(bd=body_drop_cap),
    "breaks-and-spacing": dict(bd=body_breaks_and_spacing),
    "soft-hyphens": dict(bd=body_soft_hyphens),
    "recipients-dash-list": dict(ft=footer_bullets("-")),
    "recipients-en-dash-list": dict(ft=footer_bullets("–")),
    "recipients-symbol-list": dict(ft=footer_bullets("\uf02d", "Symbol")),
    "recipients-sym": dict(ft=footer_sym),
    "footer-tab-stops": dict(ft=footer_tabs),
    "signature-table-right": dict(ft=footer_placed_table("jc")),
    "signature-table-indented": dict(ft=footer_placed_table("ind")),
    "signature-table-floating": dict(ft=footer_placed_table("float")),
    "footer-in-columns": dict(ft=footer_in_columns),
}


@pytest.mark.parametrize("name", list(DRAFTS))
def test_office_drafts_parse_like_text(name: str, text_parse: dict) -> None:
    d = parsed(draft(**DRAFTS[name]), f"{name}.docx")
    for f in FIELDS:
        assert without_lines(d[f]) == without_lines(text_parse[f]), f


# ---------------------------------------------------------------------------- the defects fixed


def test_a_field_nested_in_a_field_code_prints_nothing() -> None:
    """"{IF {MERGEFIELD Ngay} <> "" …}": the MERGEFIELD's result stands in the IF's code, which
    Word does not print. It was read too: "Ngày 10/4/201510/4/2015" lost the meeting's date."""
    src = from_docx_bytes(draft(bd=body_nested_field), path="d.docx")
    assert next(ln.text for ln in src.lines if ln.text.startswith("Ngày ")).startswith("Ngày 10/4/2015, Ban")
    assert parse_source(src)["meeting"]["date"] == "2015-04-10"


def test_a_field_left_open_ends_with_its_paragraph() -> None:
    """A broken field (begin, no end) hides its own paragraph's code only, not the document."""
    d = new_doc()
    p = para(d, "Trước ")
    xml(p, f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>')
    xml(p, f'<w:r {W}><w:t>mã</w:t></w:r>')
    para(d, "Sau")
    assert [ln.text for ln in lines(to_bytes(d))] == ["Trước", "Sau"]


def test_direction_marks_are_not_text() -> None:
    """LRM/RLM/PDF print nothing: "\\u200eNgày \\u200f10/4/2015" is "Ngày 10/4/2015" (the date,
    the sections and the closing were lost to them)."""
    src = from_docx_bytes(draft(bd=body_direction_marks), path="d.docx")
    assert not any(ch in ln.raw for ln in src.lines for ch in "\u200e\u200f\u202c")
    d = parse_source(src)
    assert d["meeting"]["date"] == "2015-04-10" and len(d["sections"][0]["items"]) == 3


def test_small_caps_print_in_capitals() -> None:
    """"Thông báo" in Small caps is the type line THÔNG BÁO (it was a preamble sentence, and the
    notice had neither type nor subject); the All caps flag stays the attribute's."""
    src = from_docx_bytes(draft(ttl=title_small_caps), path="d.docx")
    ln = next(ln for ln in src.lines if ln.text == "THÔNG BÁO")
    assert ln.fmt["caps"] is not True
    d = parse_source(src)
    assert d["doc_type"] == "THÔNG BÁO" and d["subject"].startswith("kết luận")


def test_a_drop_cap_joins_its_paragraph() -> None:
    """A drop cap's "N" is the first letter of "gày 10/4/2015, …": one paragraph "Ngày …",
    numbered as the drop cap's, the next paragraph keeping its own number."""
    src = from_docx_bytes(draft(bd=body_drop_cap), path="d.docx")
    got = [(ln.no, ln.text[:14]) for ln in src.lines if ln.text[:1] in ("N", "g", "S") and ln.fmt["cell"] is None]
    assert got == [(11, "Ngày 10/4/2015"), (13, "Sau khi nghe b")]
    assert parse_source(src)["meeting"]["date"] == "2015-04-10"


@pytest.mark.parametrize("kind", ["wpg", "vml"])
def test_grouped_text_boxes_are_each_in_their_place(kind: str) -> None:
    """Two boxes grouped in one drawing: each sits at its own place in the group. Both were put
    at the group's place and width — the heading "centred across the page" (TB042) — and a VML
    group's shape coordinates were read as pixels."""
    data = draft(hd=head_group(kind))
    src = from_docx_bytes(data, path="d.docx")
    heading = next(ln for ln in src.lines if ln.text == HEAD_R[0])
    issuer = next(ln for ln in src.lines if ln.text == HEAD_L[1])
    assert heading.fmt["frags"][0]["x_mm"][0] > 80 and heading.frags[0].col >= 60
    assert issuer.fmt["frags"][0]["x_mm"][1] < 80 and issuer.frags[0].col < 30
    assert tb042(data) == []


def test_frames_place_their_paragraphs() -> None:
    """Paragraphs in a frame aligned right are on the right: the header typed in two frames
    had every part "centred across the page" (TB042)."""
    data = draft(hd=head_frames)
    src = from_docx_bytes(data, path="d.docx")
    heading = next(ln for ln in src.lines if ln.text == HEAD_R[0])
    assert heading.fmt["frags"][0]["x_mm"][0] > 82.5 and heading.fmt["width_mm"] == 165.0
    assert heading.frags[0].col == round(120 * (165 - 5000 * 25.4 / 1440) / 165)  # the frame's edge
    assert tb042(data) == []


@pytest.mark.parametrize("how", ["jc", "ind", "float"])
def test_a_one_column_table_set_right_is_on_the_right(how: str) -> None:
    """The signature in a one-column table aligned right, indented 9 cm or floating on the right
    sits right of the middle; read from the table's own edge it was "centred across the page"."""
    data = draft(ft=footer_placed_table(how))
    src = from_docx_bytes(data, path="d.docx")
    signer = next(ln for ln in src.lines if ln.text == "Nguyễn Thị Hằng")
    x0, x1 = signer.fmt["frags"][0]["x_mm"]
    assert (x0 + x1) / 2 > 100 and signer.fmt["width_mm"] == 165.0 and signer.frags[0].col >= 60
    assert tb042(data) == []


def test_a_table_at_the_left_edge_keeps_its_measures() -> None:
    """An ordinary full-width footer table is unmoved: cells measured from their own edge."""
    src = from_docx_bytes(draft(), path="d.docx")
    signer = next(ln for ln in src.lines if ln.text == "Nguyễn Thị Hằng")
    assert signer.frags[0].col == 60 and signer.fmt["width_mm"] < 90


def test_symbol_font_minus_bullet_prints_a_dash() -> None:
    """Bullets → Define New Bullet → Symbol "−" stores U+F02D in the Symbol font: printed "-", not
    "•"; Wingdings draws a picture at that code."""
    assert [bullet_mark(c, "Symbol") for c in ("\uf02d", "\uf02b", "\uf0b7")] == ["-", "+", "•"]
    assert bullet_mark("\uf02d", "Wingdings") == "•"
    src = from_docx_bytes(draft(ft=footer_bullets("\uf02d", "Symbol")), path="d.docx")
    assert [ln.text for ln in src.lines if ln.text.startswith(("- ", "• "))] == RECIP


def test_a_field_whose_end_is_hidden_still_ends() -> None:
    """A field whose end mark is in a hidden run (an index entry's, a hidden bookmark field's) is
    still closed: the text after it prints."""
    d = new_doc()
    p = para(d, "Ban Thường vụ ")
    for s, hidden in (('<w:fldChar w:fldCharType="begin"/>', False), ('<w:instrText> XE "Ban" </w:instrText>', True),
                      ('<w:fldChar w:fldCharType="end"/>', True)):
        xml(p, f'<w:r {W}>{"<w:rPr><w:vanish/></w:rPr>" if hidden else ""}{s}</w:r>')
    xml(p, text_run("kết luận."))
    assert [ln.text for ln in lines(to_bytes(d))] == ["Ban Thường vụ kết luận."]


def head_star_symbol(d) -> None:
    """The "*" under the issuer inserted as Wingdings' star (Insert → Symbol, code 171)."""
    left, right = borderless_table(d).rows[0].cells
    for k, x in enumerate(HEAD_L):
        p = para(left, "" if x == "*" else x, align="center", first=k == 0)
        if x == "*":
            xml(p, f'<w:r {W}><w:sym w:font="Wingdings" w:char="F0AB"/></w:r>')
    for k, x in enumerate(HEAD_R):
        para(right, x, align="center", first=k == 0)


def test_a_wingdings_star_is_the_star_line(text_parse: dict) -> None:
    """Wingdings' ★ was read as its code, "«": text the parser could not place. A star prints "*"
    as the header's star is typed, any other Wingdings picture "•" (not the letter of its code)."""
    src = from_docx_bytes(draft(hd=head_star_symbol), path="d.docx")
    assert [ln.text for ln in src.lines[:4]] == HEAD_L
    d = parse_source(src)
    for f in FIELDS:
        assert without_lines(d[f]) == without_lines(text_parse[f]), f
    p = para(new_doc(), "")
    for font, code in (("Wingdings", "F04A"), ("Wingdings 2", "F0AB"), ("Symbol", "F02A")):
        xml(p, f'<w:r {W}><w:sym w:font="{font}" w:char="{code}"/></w:r>')
    from tbparse.docx_reader import _sym
    assert [_sym(s) for s in p._p.iter(qn("w:sym"))] == ["•", "•", "*"]


def test_text_after_a_column_break_is_in_the_next_column() -> None:
    """A footer typed in two newspaper columns: the signature after the column break prints at
    the top of the right column. Read at the margin it was "centred across the page" (TB042)."""
    data = draft(ft=footer_in_columns)
    src = from_docx_bytes(data, path="d.docx")
    label = next(ln for ln in src.lines if ln.text == "Nơi nhận:")
    signer = next(ln for ln in src.lines if ln.text == "Nguyễn Thị Hằng")
    page = 11906 - 1134 - 850  # the sections' width between the margins, twips
    right = (page + 720) / 2 * 25.4 / 1440  # where the right column starts, mm
    assert label.fmt["frags"][0]["x_mm"][0] == 0.0 and label.frags[0].col == 0
    assert signer.fmt["frags"][0]["x_mm"][0] > right and signer.frags[0].col > 60
    assert signer.fmt["width_mm"] == label.fmt["width_mm"] == round(page * 25.4 / 1440, 1)
    assert tb042(data) == []


def test_unequal_columns_and_a_page_break_go_back_to_the_first() -> None:
    """Columns of their own widths (w:col) place the text by them; a page break starts the next
    page's first column."""
    d = new_doc()
    para(d, "Đầu trang")
    section_break(d, 1)
    p = para(d, "Cột trái")
    column_break(p)
    para(d, "Cột phải")
    p = para(d, "")
    p._p.append(parse_xml(f'<w:r {W}><w:br w:type="page"/></w:r>'))
    para(d, "Trang sau")
    section_break(d, 2, equal=False)
    got = {ln.text: ln.fmt["frags"][0]["x_mm"][0] for ln in lines(to_bytes(d)) if ln.text}
    second = round((2551 + 720) * 25.4 / 1440, 1)
    assert got == {"Đầu trang": 0.0, "Cột trái": 0.0, "Cột phải": second, "Trang sau": 0.0}


def body_hidden_mark(d) -> None:
    """The preamble's first sentence a paragraph whose mark is hidden (a style separator, Ctrl+
    Alt+Enter): Word prints the two paragraphs as one."""
    for i, b in enumerate(BODY):
        if i == 0:
            k = b.find(". ") + 2
            p = para(d, b[:k], align="justify")
            p._p.get_or_add_pPr().append(parse_xml(f'<w:rPr {W}><w:specVanish/><w:vanish/></w:rPr>'))
            b = b[k:]
        para(d, b, align="justify")


def test_a_paragraph_whose_mark_is_hidden_runs_into_the_next(text_parse: dict) -> None:
    """A hidden paragraph mark prints nothing: the paragraph and the next are one (the preamble
    was split in two at the style separator). A numbered one keeps its number; a paragraph hidden
    whole (its text and its mark) prints nothing at all — no blank line."""
    d = parsed(draft(bd=body_hidden_mark))
    for f in FIELDS:
        assert without_lines(d[f]) == without_lines(text_parse[f]), f
    doc = new_doc()
    nid = add_list(doc, [("decimal", "%1.")])
    p = para(doc, "Nhiệm vụ")
    number(p, nid)
    p._p.get_or_add_pPr().append(parse_xml(f'<w:rPr {W}><w:vanish/></w:rPr>'))
    para(doc, " trọng tâm.")
    p = para(doc, "[Hướng dẫn: ghi nội dung]")
    p.runs[0].font.hidden = True
    p._p.get_or_add_pPr().append(parse_xml(f'<w:rPr {W}><w:vanish/></w:rPr>'))
    para(doc, "Tiếp theo.")
    assert [(ln.no, ln.text) for ln in lines(to_bytes(doc))] == [(1, "1. Nhiệm vụ trọng tâm."), (4, "Tiếp theo.")]


def test_an_imported_html_chunk_is_named_not_lost_silently() -> None:
    """A body imported as HTML (w:altChunk, what web systems export) is converted by Word on
    opening; the reader cannot: a file of only that says so, one with text of its own too warns."""
    d = new_doc()
    alt_chunk(d, "<html><body><p>THÔNG BÁO</p></body></html>")
    with pytest.raises(InputError, match=r"altChunk.*open the file in Word and save it"):
        from_docx_bytes(to_bytes(d), path="d.docx")
    d = new_doc()
    head(d)
    title(d)
    alt_chunk(d, "<html><body><p>Nội dung</p></body></html>")
    footer(d)
    out = parsed(to_bytes(d))
    assert [w["code"] for w in out["warnings"]].count("alt-chunk") == 1
    assert out["number"]["raw"] == "156-TB/HU" and out["signature"]["signer"] == "Nguyễn Thị Hằng"


def footer_nested_signature(d) -> None:
    """The signature in a one-column layout table nested in the footer table's right cell."""
    left, right = borderless_table(d).rows[0].cells
    run(para(left, "", first=True), "Nơi nhận:", bold=True, italic=True, underline=True)
    for e in RECIP:
        para(left, e, size=12)
    inner = right.add_table(rows=3, cols=1)
    para(inner.cell(0, 0), "T/L BAN THƯỜNG VỤ", bold=True, align="center", first=True)
    para(inner.cell(0, 0), "CHÁNH VĂN PHÒNG", bold=True, align="center")
    para(inner.cell(1, 0), "", first=True)
    para(inner.cell(2, 0), "Nguyễn Thị Hằng", bold=True, align="center", first=True)


def test_a_one_column_table_nested_in_a_cell_is_that_cells_text(text_parse: dict) -> None:
    """The signature in a one-column table nested in the footer's right cell is in the right cell:
    read as a cell of its own table, one column wide, it was "centred across the page" (TB042)."""
    data = draft(ft=footer_nested_signature)
    src = from_docx_bytes(data, path="d.docx")
    label = next(ln for ln in src.lines if ln.text == "Nơi nhận:")
    signer = next(ln for ln in src.lines if ln.text == "Nguyễn Thị Hằng")
    assert signer.fmt["cell"] == {**label.fmt["cell"], "col": 1}
    assert signer.fmt["width_mm"] == next(ln for ln in src.lines if ln.text == RECIP[0]).fmt["width_mm"]
    d = parse_source(src)
    for f in FIELDS:
        assert without_lines(d[f]) == without_lines(text_parse[f]), f
    assert tb042(data) == []
