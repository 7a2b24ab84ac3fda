"""A content control still showing its placeholder (w:sdtPr/w:showingPlcHdr: "Click or tap here
to enter text.", "Bấm vào đây để nhập văn bản.") is Word's prompt for a field not filled in, not
the document's text. It was read as typed: "Số Click or tap here to enter text.-TB/HU" was no
number line (TB006 and TB038 errors, TB000 unplaced text) and the prompt in the signer's place
was unplaced text. Now the field reads as left blank, and the rules for blank or missing parts
report it: a draft's blank number and day (TB006, TB014 info), a missing signer (TB028)."""
from __future__ import annotations

from docx.oxml.ns import nsdecls

from tbparse.lint.engine import lint_source
from tbparse.parser import parse_source
from tbparse.source import from_docx_bytes

from .docx_builders import borderless_table, new_doc, para, run, to_bytes
from .test_docx_audit19 import HEAD_L, HEAD_R, RECIP, draft, t, xml

W = nsdecls("w")
EN, VI = "Click or tap here to enter text.", "Bấm vào đây để nhập văn bản."


def placeholder(text: str, *, block: bool = False, showing: str = "<w:showingPlcHdr/>") -> str:
    """A content control showing its placeholder *text* (Word's PlaceholderText style), around
    runs or (*block*) around a paragraph."""
    inner = (f'<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>'
             f'<w:t xml:space="preserve">{text}</w:t></w:r>')
    if block:
        inner = f"<w:p>{inner}</w:p>"
    return (f'<w:sdt {W}><w:sdtPr><w:alias w:val="x"/>{showing}<w:text/></w:sdtPr>'
            f'<w:sdtContent>{inner}</w:sdtContent></w:sdt>')


def head_unfilled(d) -> None:
    """The template's number and day still showing their prompts."""
    left, right = borderless_table(d).rows[0].cells
    for k, x in enumerate(HEAD_L[:3]):
        para(left, x, align="center", first=k == 0)
    p = para(left, "Số ", align="center")
    xml(p, placeholder(EN))
    xml(p, t("-TB/HU"))
    para(right, HEAD_R[0], align="center", first=True)
    p = para(right, "Nghi Lộc, ngày ", align="center")
    xml(p, placeholder(VI))
    xml(p, t(" tháng 4 năm 2015"))


def footer_unfilled(d, *, control: str = placeholder(VI)) -> None:
    """The signer's name a control (by default one still showing its prompt)."""
    left, right = borderless_table(d).rows[0].cells
    run(para(left, "", first=True), "Nơi nhận:", bold=True, italic=True, underline=True)
    for e in RECIP:
        para(left, e, size=12)
    para(right, "T/L BAN THƯỜNG VỤ", bold=True, align="center", first=True)
    para(right, "CHÁNH VĂN PHÒNG", bold=True, align="center")
    para(right, "")
    para(right, "")
    xml(para(right, "", align="center"), control)


def lint(data: bytes) -> list[tuple[str, str]]:
    return [(f.code, f.severity) for f in lint_source(from_docx_bytes(data, path="d.docx"))]


def test_unfilled_number_and_day_read_blank() -> None:
    data = draft(hd=head_unfilled)
    src = from_docx_bytes(data, path="d.docx")
    assert not any(EN in ln.text or VI in ln.text for ln in src.lines)
    d = parse_source(src)
    assert (d["number"], d["date"], d["unplaced"]) == (None, None, [])
    assert [w["code"] for w in d["warnings"]] == ["number-blank", "date-blank"]
    found = lint(data)
    assert ("TB006", "info") in found and ("TB014", "info") in found
    assert not {"TB000", "TB038"} & {c for c, _ in found} and ("TB006", "error") not in found


def test_unfilled_signer_is_a_missing_name() -> None:
    data = draft(ft=footer_unfilled)
    d = parse_source(from_docx_bytes(data, path="d.docx"))
    assert d["signature"]["signer"] is None and d["unplaced"] == []
    assert d["signature"]["position"] == "CHÁNH VĂN PHÒNG" and d["number"]["raw"] == "156-TB/HU"
    found = lint(data)
    assert ("TB028", "error") in found and "TB000" not in {c for c, _ in found}


def test_a_control_no_longer_showing_its_placeholder_is_read() -> None:
    """w:showingPlcHdr w:val="0": the control holds what was typed into it."""
    typed = placeholder("Nguyễn Thị Hằng", showing='<w:showingPlcHdr w:val="0"/>')
    d = parse_source(from_docx_bytes(draft(ft=lambda d: footer_unfilled(d, control=typed)), path="d.docx"))
    assert d["signature"]["signer"] == "Nguyễn Thị Hằng"


def test_block_and_cell_controls_showing_placeholders_read_as_empty_paragraphs() -> None:
    """Around a paragraph, or a whole table cell: the paragraph reads empty and keeps its number."""
    d = new_doc()
    para(d, "một")
    d.element.body.insert(1, _el(placeholder(EN, block=True)))
    para(d, "hai")
    cells = borderless_table(d).rows[0].cells
    para(cells[0], "trái", first=True)
    tc = cells[1]._tc
    tr = tc.getparent()
    sdt = _el(f'<w:sdt {W}><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent/></w:sdt>')
    tr.replace(tc, sdt)
    sdt[1].append(tc)
    para(cells[1], VI, first=True)
    lines = from_docx_bytes(to_bytes(d)).lines
    assert [(ln.no, ln.text) for ln in lines] == [(1, "một"), (2, ""), (3, "hai"), (4, "trái"), (5, "")]


def _el(s: str):
    from docx.oxml import parse_xml

    return parse_xml(s)
