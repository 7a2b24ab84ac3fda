"""Audit 19: Word structures offices really use, parsed like the same notice typed as text.

One district notice (T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG, a citation of Chỉ thị số 36-CT/TW) is
typed as a text export and as .docx drafts built with the structures real drafts carry: a header
table with merged cells or nested in a layout table, content controls holding the number and the
date, MERGEFIELD/DATE/PAGE fields in the header cells, manual line breaks in the signature and the
subject, the body in a two-column section, a hyperlink, a smart tag and an untracked w:ins in the
citation. Every field of the parse must equal the text's (line numbers aside).
"""
from __future__ import annotations

import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from tbparse.parser import parse_source
from tbparse.source import from_docx_bytes, from_text

from .docx_builders import borderless_table, new_doc, para, run, to_bytes
from .layouts import without_lines

W = nsdecls("w")
TEXT = """    ĐẢNG BỘ TỈNH NGHỆ AN                                  ĐẢNG CỘNG SẢN VIỆT NAM
   HUYỆN ỦY NGHI LỘC
            *
     Số 156-TB/HU                                   Nghi Lộc, ngày 14 tháng 4 năm 2015

                                   THÔNG BÁO
         kết luận của Ban Thường vụ Huyện ủy tại hội nghị giao ban
                          quý I năm 2015
                                     -----

Ngày 10/4/2015, Ban Thường vụ Huyện ủy tổ chức hội nghị giao ban quý I năm 2015. Đồng chí Lê Văn Quang - Bí thư Huyện ủy chủ trì hội nghị.

Sau khi nghe báo cáo, Ban Thường vụ Huyện ủy kết luận như sau:

1. Các cấp ủy tiếp tục quán triệt Chỉ thị số 36-CT/TW ngày 30/5/2014 của Bộ Chính trị về đại hội đảng bộ các cấp.

2. Ủy ban nhân dân huyện chỉ đạo đẩy nhanh tiến độ xây dựng nông thôn mới.

3. Ủy ban Kiểm tra Huyện ủy tăng cường kiểm tra, giám sát việc chuẩn bị nhân sự đại hội.

Văn phòng Huyện ủy thông báo để các tổ chức cơ sở đảng biết và thực hiện./.

Nơi nhận:                                             T/L BAN THƯỜNG VỤ
- Thường trực Tỉnh ủy (để b/c),                       CHÁNH VĂN PHÒNG
- Các tổ chức cơ sở đảng,
- Lưu Văn phòng Huyện ủy.
                                                          Nguyễn Thị Hằng
"""
HEAD_L = ["ĐẢNG BỘ TỈNH NGHỆ AN", "HUYỆN ỦY NGHI LỘC", "*", "Số 156-TB/HU"]
HEAD_R = ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nghi Lộc, ngày 14 tháng 4 năm 2015"]
SUBJ = ["kết luận của Ban Thường vụ Huyện ủy tại hội nghị giao ban", "quý I năm 2015"]
BODY = [ln for ln in TEXT.split("-----")[1].split("Nơi nhận:")[0].split("\n") if ln.strip()]
RECIP = ["- Thường trực Tỉnh ủy (để b/c),", "- Các tổ chức cơ sở đảng,", "- Lưu Văn phòng Huyện ủy."]
CITED = "Chỉ thị số 36-CT/TW"
FIELDS = ("party", "issuer", "number", "place", "date", "doc_type", "subject", "markings", "meeting",
          "attendees", "preamble", "sections", "closing", "signature", "recipients", "references",
          "people", "dates", "abbreviations", "unplaced", "warnings")


def xml(p, s: str) -> None:
    p._p.append(parse_xml(s))


def t(text: str) -> str:
    return f'<w:r {W}><w:t xml:space="preserve">{text}</w:t></w:r>'


def field(p, instr: str, result: str) -> None:
    """A complex field (begin, instruction, separate, result, end), as Word stores one."""
    for s in (f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>',
              f'<w:r {W}><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>',
              f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>', t(result),
              f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'):
        xml(p, s)


def page_field(p) -> None:
    xml(p, f'<w:fldSimple {W} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>')


def control(text: str, date: bool = False) -> str:
    """A plain-text or date-picker content control holding *text*."""
    pr = ('<w:date w:fullDate="2015-04-14T00:00:00Z"><w:dateFormat w:val="d"/></w:date>' if date
          else "<w:text/>")
    return (f'<w:sdt {W}><w:sdtPr><w:alias w:val="x"/>{pr}</w:sdtPr><w:sdtContent>'
            f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:sdtContent></w:sdt>')


# ---------------------------------------------------------------------------- the drafts' parts


def head(d) -> None:
    left, right = borderless_table(d).rows[0].cells
    for k, x in enumerate(HEAD_L):
        para(left, x, align="center", first=k == 0)
    for k, x in enumerate(HEAD_R):
        para(right, x, align="center", first=k == 0)


def head_merged(d) -> None:
    """A 3-column grid: the gap column merged down (vMerge), number and date on row 2, and the
    type and subject in a last row spanning the three columns (gridSpan)."""
    tb = d.add_table(rows=2, cols=3)
    for k, x in enumerate(HEAD_L[:3]):
        para(tb.cell(0, 0), x, align="center", first=k == 0)
    para(tb.cell(1, 0), HEAD_L[3], align="center", first=True)
    para(tb.cell(0, 2), HEAD_R[0], align="center", first=True)
    para(tb.cell(1, 2), HEAD_R[1], align="center", first=True)
    for r, v in ((0, ' w:val="restart"'), (1, "")):
        tb.cell(r, 1)._tc.get_or_add_tcPr().append(parse_xml(f"<w:vMerge {W}{v}/>"))
    row = tb.add_row()
    c = row.cells[0].merge(row.cells[2])
    para(c, "THÔNG BÁO", bold=True, align="center", first=True)
    for s in SUBJ:
        para(c, s, bold=True, align="center")
    para(c, "-----", align="center")


def head_nested(d) -> None:
    """The header table inside the one cell of a layout table."""
    cell = d.add_table(rows=1, cols=1).cell(0, 0)
    left, right = cell.add_table(rows=1, cols=2).rows[0].cells
    for k, x in enumerate(HEAD_L):
        para(left, x, align="center", first=k == 0)
    for k, x in enumerate(HEAD_R):
        para(right, x, align="center", first=k == 0)


def head_controls(d) -> None:
    left, right = borderless_table(d).rows[0].cells
    for k, x in enumerate(HEAD_L[:3]):
        para(left, x, align="center", first=k == 0)
    p = para(left, "Số ", align="center")
    xml(p, control("156"))
    xml(p, t("-TB/HU"))
    para(right, HEAD_R[0], align="center", first=True)
    p = para(right, "Nghi Lộc, ngày ", align="center")
    xml(p, control("14", date=True))
    xml(p, t(" tháng 4 năm 2015"))


def head_fields(d) -> None:
    """The number from a mail merge, the date a DATE field, and a page number under the date."""
    left, right = borderless_table(d).rows[0].cells
    for k, x in enumerate(HEAD_L[:3]):
        para(left, x, align="center", first=k == 0)
    p = para(left, "Số ", align="center")
    field(p, "MERGEFIELD SoVB \\* MERGEFORMAT", "156")
    xml(p, t("-TB/HU"))
    para(right, HEAD_R[0], align="center", first=True)
    p = para(right, "Nghi Lộc, ", align="center")
    field(p, "DATE \\@ \"'ngày' d 'tháng' M 'năm' yyyy\"", "ngày 14 tháng 4 năm 2015")
    page_field(para(right, "", align="center"))


def title(d) -> None:
    """The type, then the subject over two paragraphs, then its rule."""
    para(d, "THÔNG BÁO", bold=True, size=16, align="center")
    for s in SUBJ:
        para(d, s, bold=True, align="center")
    para(d, "-----", align="center")


def title_breaks(d) -> None:
    """Type and subject in one paragraph, its lines cut by Shift+Enter."""
    p = para(d, "THÔNG BÁO", bold=True, size=16, align="center")
    for s in SUBJ:
        p.add_run().add_break()
        run(p, s, bold=True)
    para(d, "-----", align="center")


def body(d) -> None:
    for b in BODY:
        para(d, b, align="justify")


def _section_break(d, cols: int) -> None:
    p = para(d, "")
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:sectPr {W}><w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/>'
        f'<w:pgMar w:top="1134" w:right="850" w:bottom="1701" w:left="1134" w:header="0" w:footer="0"'
        f' w:gutter="0"/><w:cols w:num="{cols}" w:space="720"/></w:sectPr>'))


def body_two_columns(d) -> None:
    """The body in a section of two newspaper columns, between continuous section breaks."""
    _section_break(d, 1)
    body(d)
    _section_break(d, 2)


def body_linked(d) -> None:
    """The citation a hyperlink, its date a smart tag, the rest an insertion (tracking off)."""
    for b in BODY:
        if CITED not in b:
            para(d, b, align="justify")
            continue
        before, after = b.split(CITED)
        p = para(d, before, align="justify")
        xml(p, f'<w:hyperlink {W} w:anchor="ct36" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/>'
               f'</w:rPr><w:t>{CITED}</w:t></w:r></w:hyperlink>')
        date, rest = " ngày 30/5/2014", after.replace(" ngày 30/5/2014", "", 1)
        xml(p, f'<w:smartTag {W} w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="date">'
               f'<w:r><w:t xml:space="preserve">{date}</w:t></w:r></w:smartTag>')
        xml(p, f'<w:ins {W} w:id="1" w:author="VP" w:date="2015-04-14T00:00:00Z"><w:r>'
               f'<w:t xml:space="preserve">{rest}</w:t></w:r></w:ins>')


def footer(d, *, breaks: bool = False) -> None:
    left, right = borderless_table(d).rows[0].cells
    run(para(left, "", first=True), "Nơi nhận:", bold=True, italic=True, underline=True)
    for e in RECIP:
        para(left, e, size=12)
    if breaks:  # "T/L BAN THƯỜNG VỤ⏎CHÁNH VĂN PHÒNG" in one paragraph
        p = para(right, "", align="center", first=True)
        run(p, "T/L BAN THƯỜNG VỤ", bold=True)
        p.add_run().add_break()
        run(p, "CHÁNH VĂN PHÒNG", bold=True)
    else:
        para(right, "T/L BAN THƯỜNG VỤ", bold=True, align="center", first=True)
        para(right, "CHÁNH VĂN PHÒNG", bold=True, align="center")
    para(right, "")
    para(right, "")
    para(right, "Nguyễn Thị Hằng", bold=True, align="center")


def draft(*, hd=head, ttl=title, bd=body, ft=footer) -> bytes:
    d = new_doc()
    hd(d)
    ttl(d)
    bd(d)
    ft(d)
    return to_bytes(d)


DRAFTS = {
    "merged-cells": dict(hd=head_merged, ttl=lambda d: None),
    "nested-table": dict(hd=head_nested),
    "content-controls": dict(hd=head_controls),
    "fields": dict(hd=head_fields),
    "signature-breaks": dict(ft=lambda d: footer(d, breaks=True)),
    "subject-breaks": dict(ttl=title_breaks),
    "two-column-body": dict(bd=body_two_columns),
    "hyperlink-smarttag-ins": dict(bd=body_linked),
}


_no_lines = without_lines  # (tests/layouts.py)


@pytest.fixture(scope="module")
def text_parse() -> dict:
    d = parse_source(from_text(TEXT, path="notice.txt"))
    # the reference is the notice, whole: a guard against comparing two empty parses
    assert d["number"]["raw"] == "156-TB/HU" and d["signature"]["signer"] == "Nguyễn Thị Hằng"
    assert d["signature"]["position"] == "CHÁNH VĂN PHÒNG" and len(d["sections"]) > 0
    assert d["references"][0]["number"] == "36-CT/TW" and not d["unplaced"]
    return d


@pytest.mark.parametrize("name", list(DRAFTS))
def test_word_structures_parse_like_text(name: str, text_parse: dict) -> None:
    d = parse_source(from_docx_bytes(draft(**DRAFTS[name]), path=f"{name}.docx"))
    for f in FIELDS:
        assert _no_lines(d[f]) == _no_lines(text_parse[f]), f


# ---------------------------------------------------------------------------- page-number fields


def test_page_field_in_a_header_cell_is_not_text() -> None:
    """A PAGE field typed under the date prints "1" on page 1 and "2" on page 2: page furniture.
    Read as typed it was "text the parser could not place: 1". Its paragraph still counts."""
    src = from_docx_bytes(draft(hd=head_fields), path="d.docx")
    assert not any(ln.text == "1" for ln in src.lines)
    date_line = next(ln for ln in src.lines if "ngày 14 tháng 4" in ln.text)
    assert any(ln.no == date_line.no + 1 and ln.text == "" for ln in src.lines)


@pytest.mark.parametrize("label", ["Trang {p}/{n}", "- {p} -", "Trang {p}"])
def test_page_number_line_is_read_blank(label: str) -> None:
    """"Trang {PAGE}/{NUMPAGES}" is a page-number line, its label included: nothing is left
    ("Trang /") to be read as the notice's text."""
    d = new_doc()
    para(d, "Trước")
    p = para(d, "", align="center")
    pre, rest = label.split("{p}")
    if pre:
        xml(p, t(pre))
    field(p, "PAGE \\* MERGEFORMAT", "1")
    if "{n}" in rest:
        mid, post = rest.split("{n}")
        xml(p, t(mid))
        field(p, "NUMPAGES", "3")
        rest = post
    if rest:
        xml(p, t(rest))
    para(d, "Sau")
    src = from_docx_bytes(to_bytes(d), path="d.docx")
    assert [(ln.no, ln.text) for ln in src.lines] == [(1, "Trước"), (2, ""), (3, "Sau")]


def test_numpages_in_a_sentence_is_kept() -> None:
    """Only a paragraph holding a PAGE field is a page-number line: "gồm {NUMPAGES} trang" in a
    sentence is the notice's text, and so is a hyperlink whose address says /page/."""
    d = new_doc()
    p = para(d, "Văn bản này gồm ")
    field(p, "NUMPAGES", "3")
    xml(p, t(" trang."))
    p = para(d, "Xem ")
    field(p, 'HYPERLINK "https://dangcongsan.vn/PAGE/1"', "trang tin")
    xml(p, t(" của Đảng."))
    texts = [ln.text for ln in from_docx_bytes(to_bytes(d), path="d.docx").lines if ln.text]
    assert texts == ["Văn bản này gồm 3 trang.", "Xem trang tin của Đảng."]


# ---------------------------------------------------------------------------- gridBefore


def head_grid_before(d) -> None:
    """Row 2 holds the date alone, starting in the right column (w:gridBefore="1")."""
    tb = d.add_table(rows=2, cols=2)
    left, right = tb.rows[0].cells
    for k, x in enumerate(HEAD_L):
        para(left, x, align="center", first=k == 0)
    para(right, HEAD_R[0], align="center", first=True)
    tr = tb.rows[1]._tr
    tr.remove(tr.findall(qn("w:tc"))[0])
    tr.get_or_add_trPr().insert(0, parse_xml(f'<w:gridBefore {W} w:val="1"/>'))
    para(tb.rows[1].cells[-1], HEAD_R[1], align="center", first=True)


def test_row_with_grid_before_starts_in_its_column(text_parse: dict) -> None:
    """The date's cell is the right one: read from column 0, TB042 said the date was on the left."""
    data = draft(hd=head_grid_before)
    src = from_docx_bytes(data, path="d.docx")
    date_line = next(ln for ln in src.lines if "ngày 14 tháng 4" in ln.text)
    assert date_line.fmt["cell"]["col"] == 1 and date_line.frags[0].col >= 60
    d = parse_source(src)
    for f in FIELDS:
        assert _no_lines(d[f]) == _no_lines(text_parse[f]), f
    lint = pytest.importorskip("tbparse.lint")
    found = [f for f in lint.lint_source(src, {"select": ["TB042"]}, era="2004") if f.code == "TB042"]
    assert found == []
