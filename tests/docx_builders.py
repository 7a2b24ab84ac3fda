"""Build .docx fixtures with python-docx inside the tests (no binary fixture is committed).

The notice builder mirrors ``fixtures/seed-503-tb-tu.txt`` the way an office would type it in
Word: the header and the footer as borderless two-column tables, the title centred and bold, the
parts "I-"/"II-", items "1-"…"7-" and "+" points as Word automatic numbering (not typed text),
the "* Nội dung:" points typed. Options make the drafts the linter tests need (wrong fonts,
margins, a missing rule under the heading…).
"""
from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "seed-503-tb-tu.txt"

_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}


def new_doc(*, font: str = "Times New Roman", size: float = 14, page: str = "a4") -> docx.document.Document:
    """A document whose Normal style is *font*/*size*; page "a4" is 36-HD's A4 20/20/30/15 mm,
    "letter" keeps python-docx's template (Letter, 25.4/25.4/31.75/31.75 mm)."""
    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = font
    rfonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    rfonts.set(qn("w:hAnsi"), font)
    normal.font.size = Pt(size)
    if page == "a4":
        set_page(d, 210, 297, 20, 20, 30, 15)
    return d


def set_page(d, width: float, height: float, top: float, bottom: float, left: float, right: float) -> None:
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(width), Mm(height)
    sec.top_margin, sec.bottom_margin = Mm(top), Mm(bottom)
    sec.left_margin, sec.right_margin = Mm(left), Mm(right)


def to_bytes(d) -> bytes:
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def para(container, text: str = "", *, bold: bool | None = None, italic: bool | None = None,
         size: float | None = None, font: str | None = None, align: str | None = None,
         underline: bool | None = None, caps: bool | None = None, first: bool = False):
    """Add a paragraph with one run formatted as asked (to a document or a table cell).

    ``first`` reuses a cell's initial empty paragraph instead of adding one."""
    p = container.paragraphs[0] if first else container.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size, font=font, underline=underline, caps=caps)
    if align:
        p.alignment = _ALIGN[align]
    return p


def run(p, text: str, *, bold=None, italic=None, size=None, font=None, underline=None, caps=None):
    r = p.add_run(text)
    r.bold, r.italic, r.underline = bold, italic, underline
    if caps is not None:
        r.font.all_caps = caps
    if size:
        r.font.size = Pt(size)
    if font:
        r.font.name = font
        r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:hAnsi"), font)
    return r


def bottom_border(p) -> None:
    """A single bottom border on the paragraph (how Word draws the rule under a heading)."""
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>'))


def line_shape(p, length_pt: float = 210) -> None:
    """Anchor a VML straight line in *p* (older offices draw the rule as a shape)."""
    xml = (
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
        f'<v:line from="0,0" to="{length_pt}pt,0" strokeweight="1pt"/></w:pict></w:r>'
    )
    p._p.append(parse_xml(xml))


def borderless_table(d, rows: int = 1, cols: int = 2):
    t = d.add_table(rows=rows, cols=cols)  # python-docx's default table style has no borders
    return t


# ---------------------------------------------------------------------------- numbering


def add_list(d, levels: list[tuple[str, str]], *, start: int = 1, font: str | None = None) -> str:
    """Define an abstract list with *levels* [(numFmt, lvlText), …] and one instance; its numId."""
    numbering = d.part.numbering_part.element
    aids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    nids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    aid, nid = max(aids, default=0) + 1, max(nids, default=0) + 1
    lvls = []
    for i, (fmt, text) in enumerate(levels):
        rpr = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr>' if font else ""
        lvls.append(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="0" w:firstLine="720"/></w:pPr>{rpr}</w:lvl>'
        )
    abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">{"".join(lvls)}</w:abstractNum>')
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>'))
    return str(nid)


def add_instance(d, num_id: str, *, restart_level: int | None = None, start: int = 1) -> str:
    """Another instance of *num_id*'s list; with *restart_level* it restarts there ("Restart at 1")."""
    numbering = d.part.numbering_part.element
    num = next(n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == num_id)
    aid = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    nid = max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1
    ov = (
        f'<w:lvlOverride w:ilvl="{restart_level}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
        if restart_level is not None else ""
    )
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>{ov}</w:num>'))
    return str(nid)


def number(p, num_id: str, level: int = 0) -> None:
    """Attach paragraph *p* to list *num_id* at *level* (w:numPr)."""
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
    ))


# ---------------------------------------------------------------------------- the seed notice


def _legacy_encoder(name: str):
    """(font for lower case, font for capitals, encode: Unicode → the text Word stores for it)."""
    from .encode_helpers import as_cp1252_text, encode  # the test-side legacy encoders

    fonts = {"tcvn3": (".VnTime", ".VnTimeH"), "vni": ("VNI-Times", "VNI-Times")}[name]
    return fonts[0], fonts[1], lambda text: as_cp1252_text(encode(text, name, ascii_fallback=True))


def _typed(container, text: str, enc, **style):
    """A paragraph typed in Unicode, or in a legacy font when *enc* is given. TCVN3 capitals are
    typed as lower-case codes in the capitals font (.VnTimeH), the way that font was used."""
    if enc is None or not text or set(text) <= set("-*"):
        return para(container, text, **style)
    low_font, caps_font, convert = enc
    if text.isupper() and caps_font != low_font:
        return para(container, convert(text.lower()), font=caps_font, **style)
    return para(container, convert(text), font=low_font, **style)


def seed_body() -> tuple[list[str], list[str], list[str]]:
    """(title lines, body lines, raw seed lines) of the seed notice, blank lines kept in the body."""
    lines = SEED.read_text(encoding="utf-8").split("\n")
    t = next(i for i, ln in enumerate(lines) if ln.strip() == "THÔNG BÁO")
    rule = next(i for i in range(t, len(lines)) if lines[i].strip().startswith("---"))
    footer = next(i for i, ln in enumerate(lines) if ln.strip().startswith("Nơi nhận"))
    title = [ln.strip() for ln in lines[t : rule + 1] if ln.strip()]
    body = [ln.strip() for ln in lines[rule + 1 : footer]]
    return title, body, lines


HEADER_LEFT = ["TỈNH ỦY BÌNH THUẬN", "*", "Số 503-TB/TU"]
HEADER_RIGHT = ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phan Thiết, ngày 16  tháng 5 năm 2008"]
FOOTER_LEFT = [
    "Nơi nhận:",
    "- Thường trực Tỉnh uỷ;",
    "- Các Ban Đảng của Tỉnh uỷ;",
    "- Đảng uỷ khối Doanh nghiệp;",
    "- Sở Nội vụ, LĐLĐ tỉnh, Tỉnh Đoàn;",
    "- Các đồng chí UVBTV Tỉnh uỷ",
    "- Lưu Văn phòng Tỉnh ủy.",
]
FOOTER_RIGHT = ["T/L BAN THƯỜNG VỤ", "PHÓ CHÁNH VĂN PHÒNG", "(đã ký và đóng dấu)", "", "Huỳnh Đa Trung"]


def seed_notice(
    *,
    blank_paragraphs: bool = True,
    auto_numbering: bool = True,
    font: str = "Times New Roman",
    body_size: float = 14,
    heading_size: float = 15,
    page: str = "a4",
    heading_rule: str | None = "border",
    issuer_rule: bool = False,
    date_italic: bool = True,
    label_underline: bool = True,
    title_caps_attr: bool = False,
    cell_breaks: bool = False,
    swap_header: bool = False,
    swap_footer: bool = False,
    rule_length_pt: float = 210,
    legacy: str | None = None,
) -> bytes:
    """The seed notice as a .docx; the defaults follow 36-HD (fonts, sizes, page, rule).

    ``blank_paragraphs`` keeps the text's blank lines as empty paragraphs (older offices typed
    them); False spaces paragraphs the modern way, with no empty paragraph at all.
    ``heading_rule``: "border" (paragraph border), "shape" (a line in the next paragraph) or None.
    ``title_caps_attr`` types "Thông báo" with Word's All caps attribute instead of capitals.
    ``cell_breaks`` types the issuer cell and the signature cell as one paragraph each, their
    lines separated by manual line breaks (Shift+Enter).
    ``swap_header``/``swap_footer`` put the two cells of that table the wrong way round.
    ``legacy`` ("tcvn3" or "vni") types the body, the title and the issuer in a pre-Unicode font
    (.VnTime / .VnTimeH for capitals, VNI-Times), as offices did before 2010.
    """
    enc = _legacy_encoder(legacy) if legacy else None
    d = new_doc(font=font, size=body_size, page=page)
    # header: a borderless table, issuer | party heading
    t = borderless_table(d)
    left, right = t.rows[0].cells
    if swap_header:
        left, right = right, left
    iss = _typed(left, HEADER_LEFT[0], enc, bold=True, size=14, align="center", first=True)
    if issuer_rule:
        bottom_border(iss)
    if cell_breaks:
        for x in HEADER_LEFT[1:]:
            iss.runs[-1].add_break()
            run(iss, x, size=14)
    else:
        para(left, HEADER_LEFT[1], align="center")
        para(left, HEADER_LEFT[2], size=14, align="center")
    heading = para(right, HEADER_RIGHT[0], bold=True, size=heading_size, align="center", first=True)
    if heading_rule == "border":
        bottom_border(heading)
    elif heading_rule == "shape":
        line_shape(para(right, "", align="center"), rule_length_pt)
    para(right, HEADER_RIGHT[1], italic=date_italic, size=14, align="center")

    title, body, _ = seed_body()
    if blank_paragraphs:
        para(d)
    if title_caps_attr:
        para(d, "Thông báo", bold=True, size=16, align="center", caps=True)
    else:
        _typed(d, title[0], enc, bold=True, size=16, align="center")
    for ln in title[1:]:
        _typed(d, ln, enc, bold=not ln.startswith("-"), size=14, align="center")

    lst = add_list(d, [("upperRoman", "%1-"), ("decimal", "%2-"), ("bullet", "+")]) if auto_numbering else None
    import re

    for ln in body:
        if not ln:
            if blank_paragraphs:
                para(d)
            continue
        m = re.match(r"^(?:([IVX]+)-|(\d+)-|(\+))\s*", ln)
        if m and lst:
            level = 0 if m.group(1) else 1 if m.group(2) else 2
            p = _typed(d, ln[m.end():], enc, bold=level == 0, size=body_size, align="justify")
            number(p, lst, level)
        else:
            _typed(d, ln, enc, size=body_size, align="justify")
    if blank_paragraphs:
        para(d)
    # footer: a borderless table, recipients | signature
    t = borderless_table(d)
    left, right = t.rows[0].cells
    if swap_footer:
        left, right = right, left
    para(left, FOOTER_LEFT[0], bold=True, italic=True, underline=label_underline, size=14, first=True)
    for x in FOOTER_LEFT[1:]:
        para(left, x, size=12)
    sig = para(right, FOOTER_RIGHT[0], bold=True, size=14, align="center", first=True)
    for x in FOOTER_RIGHT[1:]:
        style = {"italic": x.startswith("("), "bold": x == FOOTER_RIGHT[-1], "size": 14}
        if cell_breaks:
            sig.runs[-1].add_break()
            if x:
                run(sig, x, **style)
        else:
            para(right, x, align="center", **style)
    return to_bytes(d)


# ---------------------------------------------------------------------------- text boxes

_WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
_BOX_NS = (
    f'{nsdecls("w", "wp", "a", "r")} xmlns:v="urn:schemas-microsoft-com:vml" '
    f'xmlns:wps="{_WPS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
)


def box_para(text: str = "", *, bold: bool = False, italic: bool = False, size: float = 14,
             align: str = "center") -> str:
    """The XML of one paragraph inside a text box (one run formatted as asked)."""
    rpr = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + f'<w:sz w:val="{int(size * 2)}"/>'
    jc = {"center": "center", "left": "left", "right": "right", "justify": "both"}[align]
    run_xml = f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>' if text else ""
    return f'<w:p><w:pPr><w:jc w:val="{jc}"/></w:pPr>{run_xml}</w:p>'


def _wps_box(content: str, left_pt: float, width_pt: float, height_pt: float) -> str:
    emu = 12700  # EMU per point
    cx, cy = int(width_pt * emu), int(height_pt * emu)
    return (
        '<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="column"><wp:posOffset>{int(left_pt * emu)}</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        '<wp:docPr id="7" name="Text Box 7"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic><a:graphicData uri="{_WPS}"><wps:wsp><wps:cNvSpPr txBox="1"/>'
        f'<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
        '</a:graphicData></a:graphic></wp:anchor></w:drawing>'
    )


def _vml_box(content: str, left_pt: float, width_pt: float, height_pt: float) -> str:
    return (
        f'<w:pict><v:shape id="Text Box 7" style="position:absolute;margin-left:{left_pt}pt;'
        f'margin-top:0;width:{width_pt}pt;height:{height_pt}pt;z-index:251659264" type="#_x0000_t202">'
        f'<v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict>'
    )


def text_box(p, paragraphs: list[str], *, kind: str = "wps", left_pt: float = 250, width_pt: float = 200,
             height_pt: float = 120) -> None:
    """Anchor a floating text box holding *paragraphs* (``box_para`` XML) in paragraph *p*.

    *kind*: "wps" — a DrawingML shape (Word 2010+ without compatibility), "vml" — a VML shape
    (Word 2003, LibreOffice), "both" — what Word 2010+ saves: ``mc:AlternateContent`` with the
    DrawingML box as the Choice and a VML copy of the same text as the Fallback. The box sits
    *left_pt* from the column's left edge, *width_pt* wide."""
    content = "".join(paragraphs)
    wps, vml = (f(content, left_pt, width_pt, height_pt) for f in (_wps_box, _vml_box))
    inner = {
        "wps": wps,
        "vml": vml,
        "both": f'<mc:AlternateContent><mc:Choice Requires="wps">{wps}</mc:Choice>'
                f'<mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent>',
    }[kind]
    p._p.append(parse_xml(f"<w:r {_BOX_NS}>{inner}</w:r>"))


# ---------------------------------------------------------------------------- a joint document


def head_table(d, parent: str, issuer: str, number: str, date: str, doc_type: str, subject: str) -> None:
    """The header as offices type it — a borderless table: parent (or province), issuer, "*" and
    the number left; the Party heading with its rule and the date right — then the type name, the
    subject and its rule."""
    t = borderless_table(d)
    left, right = t.rows[0].cells
    para(left, parent, size=14, align="center", first=True)
    para(left, issuer, bold=True, size=14, align="center")
    para(left, "*", align="center")
    para(left, number, align="center")
    bottom_border(para(right, "ĐẢNG CỘNG SẢN VIỆT NAM", bold=True, size=15, align="center", first=True))
    para(right, date, italic=True, align="center")
    para(d, doc_type, bold=True, size=16, align="center")
    para(d, subject, bold=True, align="center")
    para(d, "-----", align="center")


def footer_table(d, entries: list[str], authority: str, position: str, signer: str) -> list:
    """The footer as offices type it — a borderless table: "Nơi nhận:" (bold italic underlined)
    and its entries (12 pt) left, the authority, position, three blank lines for the signature
    and the signer right. Returns the entries' paragraphs, for a test that formats one."""
    left, right = borderless_table(d).rows[0].cells
    run(para(left, "", first=True), "Nơi nhận:", bold=True, italic=True, underline=True, size=14)
    paras = [para(left, e, size=12) for e in entries]
    para(right, authority, bold=True, size=14, align="center", first=True)
    para(right, position, size=14, align="center")
    for _ in range(3):
        para(right, "", align="center")
    para(right, signer, bold=True, size=14, align="center")
    return paras


def joint_notice(*, swap: bool = False) -> bytes:
    """A joint guide of two committees (format-rules.md §2.1, "Số 05-HD/BTCTU-BDVTU") whose
    footer is a borderless table of the two signature cells side by side, "Nơi nhận" under it.
    ``swap`` puts the Ban Tổ chức's cell on the left."""
    d = new_doc()
    head_table(d, "TỈNH ỦY NGHỆ AN", "BAN TỔ CHỨC - BAN DÂN VẬN", "Số 05-HD/BTCTU-BDVTU",
               "Vinh, ngày 12 tháng 4 năm 2023", "HƯỚNG DẪN",
               "phối hợp phát triển đảng viên trong đồng bào dân tộc thiểu số")
    para(d, "1. Các cấp ủy rà soát nguồn quần chúng ưu tú là người dân tộc thiểu số.", align="justify")
    para(d, "2. Ban Dân vận các huyện ủy phối hợp bồi dưỡng quần chúng ưu tú./.", align="justify")
    t = borderless_table(d)
    left, right = t.rows[0].cells
    if swap:
        left, right = right, left
    for cell, head, name in ((left, "TRƯỞNG BAN DÂN VẬN", "Hồ Thị Châu Loan"),
                             (right, "TRƯỞNG BAN TỔ CHỨC", "Nguyễn Đình Long")):
        para(cell, head, bold=True, align="center", first=True)
        para(cell, "", align="center")
        para(cell, "", align="center")
        para(cell, name, bold=True, align="center")
    run(para(d, "", bold=True, italic=True), "Nơi nhận:", bold=True, italic=True, underline=True)
    para(d, "- Thường trực Tỉnh ủy (để báo cáo),", size=12)
    para(d, "- Lưu Ban Tổ chức, Ban Dân vận Tỉnh ủy.", size=12)
    return to_bytes(d)


# ---------------------------------------------------------------------------- a table in the body


def table_notice() -> bytes:
    """A district notice whose item 1 lists its tasks in a three-column table (TT | Nội dung |
    Thời gian), the way offices type a schedule into a directive."""
    d = new_doc()
    head_table(d, "ĐẢNG BỘ TỈNH LONG AN", "HUYỆN ỦY ĐỨC HÒA", "Số 45-TB/HU", "Đức Hòa, ngày 18 tháng 10 năm 2022",
               "THÔNG BÁO", "kết luận của Ban Thường vụ Huyện ủy về công tác xây dựng Đảng")
    para(d, "1. Các chi bộ, đảng bộ cơ sở thực hiện các nhiệm vụ sau:", align="justify")
    t = d.add_table(rows=3, cols=3)
    rows = [("TT", "Nội dung", "Thời gian"), ("1", "Rà soát, sàng lọc đảng viên", "Quý III/2022"),
            ("2", "Kiện toàn cấp ủy cơ sở", "trước ngày 30/11/2022")]
    for r, vals in zip(t.rows, rows):
        for c, v in zip(r.cells, vals):
            c.paragraphs[0].add_run(v)
    para(d, "2. Ban Tổ chức Huyện ủy theo dõi, đôn đốc việc thực hiện.", align="justify")
    para(d, "Văn phòng Huyện ủy thông báo để các chi, đảng bộ cơ sở biết, thực hiện./.", align="justify")
    t = borderless_table(d)
    left, right = t.rows[0].cells
    run(para(left, "", first=True), "Nơi nhận:", bold=True, italic=True, underline=True)
    para(left, "- Các chi, đảng bộ cơ sở,", size=12)
    para(left, "- Lưu VP.", size=12)
    para(right, "T/L BAN THƯỜNG VỤ", bold=True, align="center", first=True)
    para(right, "CHÁNH VĂN PHÒNG", bold=True, align="center")
    para(right, "", align="center")
    para(right, "Võ Thanh Bình", bold=True, align="center")
    return to_bytes(d)


# ---------------------------------------------------------------------------- footnotes and endnotes

_NOTE_CT = {"footnote": "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
            "endnote": "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"}
_NOTE_RT = {"footnote": "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes",
            "endnote": "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes"}


def _note_xml(kind: str, nid: int, paragraphs: list[str], custom: str | None) -> str:
    """One note as Word writes it: Footnote Text paragraphs, the first opening with the note's own
    mark (``w:footnoteRef``, which prints its number; a custom mark is typed as text instead)."""
    style = "FootnoteText" if kind == "footnote" else "EndnoteText"
    ref_style = '<w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr>'
    own = f"<w:t>{custom}</w:t>" if custom else f"<w:{kind}Ref/>"
    ps = []
    for i, text in enumerate(paragraphs):
        mark = f"<w:r>{ref_style}{own}</w:r>" if i == 0 else ""
        ps.append(f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{mark}'
                  f'<w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve">{" " if i == 0 else ""}{text}</w:t></w:r></w:p>')
    return f'<w:{kind} w:id="{nid}">{"".join(ps)}</w:{kind}>'


def _separators(kind: str) -> str:
    """Word's two pseudo-notes at the top of every notes part (the rule over the notes)."""
    return (f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
            f'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:{kind}>'
            f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
            f'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>')


def with_notes(data: bytes, notes: list[dict], *, parts: bool = False) -> bytes:
    """*data* (a .docx) with real footnotes or endnotes, as Word inserts them (References →
    Insert Footnote): each ``{"after": text, "text": str | [paragraphs], "kind": "footnote" |
    "endnote", "custom": mark | None}`` puts a superscript reference run right after the first
    run text holding *after* (the run split there) and the note into word/footnotes.xml or
    word/endnotes.xml, which python-docx cannot write: the part and its relationship are added by
    hand, with Word's separator and continuation-separator pseudo-notes. ``parts`` writes both
    parts even without a note (Word saves them with the separators alone once a note was deleted)."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    d = docx.Document(io.BytesIO(data))
    body: dict[str, list[str]] = {"footnote": [], "endnote": []}
    for note in notes:
        kind = note.get("kind", "footnote")
        nid = len(body[kind]) + 1
        custom = note.get("custom")
        texts = [note["text"]] if isinstance(note["text"], str) else note["text"]
        body[kind].append(_note_xml(kind, nid, texts, custom))
        r = next(r for r in d.element.body.iter(qn("w:r"))
                 if any(note["after"] in (t.text or "") for t in r.iter(qn("w:t"))))
        t = next(t for t in r.iter(qn("w:t")) if note["after"] in (t.text or ""))
        cut = t.text.index(note["after"]) + len(note["after"])
        rest = t.text[cut:]
        t.text = t.text[:cut]
        custom_attr = ' w:customMarkFollows="1"' if custom else ""
        custom_text = f"<w:t>{custom}</w:t>" if custom else ""
        ref = parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:rStyle w:val="FootnoteReference"/>'
                        f'<w:vertAlign w:val="superscript"/></w:rPr>'
                        f'<w:{kind}Reference{custom_attr} w:id="{nid}"/>{custom_text}</w:r>')
        r.addnext(ref)
        if rest:
            tail = parse_xml(f'<w:r {nsdecls("w")}><w:t xml:space="preserve">{rest}</w:t></w:r>')
            rpr = r.find(qn("w:rPr"))
            if rpr is not None:
                import copy

                tail.insert(0, copy.deepcopy(rpr))
            ref.addnext(tail)
    for kind, xs in body.items():
        if not xs and not parts:
            continue
        xml = f'<w:{kind}s {nsdecls("w")}>{_separators(kind)}{"".join(xs)}</w:{kind}s>'
        part = Part(PackURI(f"/word/{kind}s.xml"), _NOTE_CT[kind], xml.encode("utf-8"), d.part.package)
        d.part.relate_to(part, _NOTE_RT[kind])
    return to_bytes(d)


# ---------------------------------------------------------------------------- frames, groups, placed tables

_WPG = "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"


def framed(p, *, width_tw: int | None = 4000, x_tw: int | None = None, align: str | None = None,
           anchor: str = "margin", drop_cap: bool = False) -> None:
    """Put paragraph *p* in a frame (``w:framePr``): *width_tw* wide, at *x_tw* or aligned *align*
    ("left", "center", "right") from *anchor* ("margin", "page", "text"); ``drop_cap`` makes it
    a drop cap's frame (Insert → Drop Cap) instead."""
    if drop_cap:
        xml = f'<w:framePr {nsdecls("w")} w:dropCap="drop" w:lines="2" w:wrap="around" w:vAnchor="text" w:hAnchor="text"/>'
    else:
        attrs = f' w:w="{width_tw}"' if width_tw else ""
        attrs += f' w:xAlign="{align}"' if align else f' w:x="{x_tw or 0}"'
        xml = (f'<w:framePr {nsdecls("w")}{attrs} w:hSpace="180" w:wrap="around" w:vAnchor="text" '
               f'w:hAnchor="{anchor}" w:y="1"/>')
    p._p.get_or_add_pPr().insert(0, parse_xml(xml))


def grouped_text_boxes(p, boxes: list[tuple[list[str], float, float]], *, kind: str = "wpg") -> None:
    """Anchor in *p* one drawing grouping several text boxes (Word 2010+ ``wpg:wgp``, or a VML
    ``v:group`` of Word 2003): each box ``(paragraphs, left_pt, width_pt)`` (``box_para`` XML),
    its place given in the group's own coordinates, the group at the column's left edge."""
    emu = 12700
    total = max(left + width for _, left, width in boxes)
    if kind == "vml":  # group coordinates: 20 units a point
        shapes = "".join(
            f'<v:shape id="b{k}" style="position:absolute;left:{int(left * 20)};top:0;width:{int(width * 20)};'
            f'height:2000" type="#_x0000_t202"><v:textbox><w:txbxContent>{"".join(ps)}</w:txbxContent>'
            f'</v:textbox></v:shape>' for k, (ps, left, width) in enumerate(boxes))
        inner = (f'<w:pict><v:group id="g1" style="position:absolute;margin-left:0;margin-top:0;width:{total}pt;'
                 f'height:100pt;z-index:1" coordorigin="0,0" coordsize="{int(total * 20)},2000">{shapes}</v:group></w:pict>')
    else:
        shapes = "".join(
            f'<wps:wsp><wps:cNvPr id="{k + 2}" name="Text Box {k + 2}"/><wps:cNvSpPr txBox="1"/><wps:spPr>'
            f'<a:xfrm><a:off x="{int(left * emu)}" y="0"/><a:ext cx="{int(width * emu)}" cy="{100 * emu}"/></a:xfrm>'
            f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>{"".join(ps)}'
            f'</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>' for k, (ps, left, width) in enumerate(boxes))
        cx = int(total * emu)
        inner = (
            '<w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" '
            'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{cx}" cy="{100 * emu}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
            '<wp:docPr id="1" name="Group 1"/><wp:cNvGraphicFramePr/>'
            f'<a:graphic><a:graphicData uri="{_WPG}"><wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm>'
            f'<a:off x="0" y="0"/><a:ext cx="{cx}" cy="{100 * emu}"/><a:chOff x="0" y="0"/>'
            f'<a:chExt cx="{cx}" cy="{100 * emu}"/></a:xfrm></wpg:grpSpPr>{shapes}</wpg:wgp>'
            '</a:graphicData></a:graphic></wp:anchor></w:drawing>')
    p._p.append(parse_xml(f'<w:r {_BOX_NS} xmlns:wpg="{_WPG}">{inner}</w:r>'))


def place_table(tb, how: str, width_tw: int = 4535) -> None:
    """Make *tb* (one grid column) *width_tw* wide and set it off the left edge as offices do:
    ``how`` "jc" (Table Properties → Alignment: Right), "ind" (Indent from left 9 cm) or "float"
    (text wrapping Around, positioned Right relative to the margin)."""
    tbl = tb._tbl
    for gc in tbl.find(qn("w:tblGrid")).findall(qn("w:gridCol")):
        gc.set(qn("w:w"), str(width_tw))
    tblpr = tbl.tblPr
    if how == "jc":
        tblpr.append(parse_xml(f'<w:jc {nsdecls("w")} w:val="right"/>'))
    elif how == "ind":
        tblpr.append(parse_xml(f'<w:tblInd {nsdecls("w")} w:w="5100" w:type="dxa"/>'))
    elif how == "float":
        tblpr.insert(0, parse_xml(
            f'<w:tblpPr {nsdecls("w")} w:leftFromText="180" w:rightFromText="180" w:vertAnchor="text" '
            'w:horzAnchor="margin" w:tblpXSpec="right" w:tblpY="1"/>'))


def section_break(d, cols: int = 1, *, equal: bool = True) -> None:
    """End the section here with a continuous section break (a paragraph holding its
    ``w:sectPr``), the section laid out in *cols* newspaper columns (Layout → Columns); ``equal``
    False gives them unequal widths (4.5 cm and the rest, as "Left" presets do)."""
    own = ""
    if not equal and cols == 2:
        own = '<w:col w:w="2551" w:space="720"/><w:col w:w="6084"/>'
    eq = "" if equal else ' w:equalWidth="0"'
    p = d.add_paragraph()
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:sectPr {nsdecls("w")}><w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1134" w:right="850" w:bottom="1701" w:left="1134" w:header="0" w:footer="0" w:gutter="0"/>'
        f'<w:cols w:num="{cols}" w:space="720"{eq}>{own}</w:cols></w:sectPr>'))


def column_break(p) -> None:
    """A column break (Layout → Breaks → Column) at the end of paragraph *p*."""
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:br w:type="column"/></w:r>'))


def alt_chunk(d, html: str) -> None:
    """Append an imported chunk (``w:altChunk``) holding *html*, as web systems and converters
    write a document: Word converts the part to paragraphs when it opens the file."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    n = sum(1 for _ in d.element.body.iter(qn("w:altChunk"))) + 1
    part = Part(PackURI(f"/word/afchunk{n}.htm"), "text/html", html.encode("utf-8"), d.part.package)
    rid = d.part.relate_to(part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk")
    chunk = parse_xml(f'<w:altChunk {nsdecls("w", "r")} r:id="{rid}"/>')
    sect = d.element.body.find(qn("w:sectPr"))
    if sect is not None:
        sect.addprevious(chunk)
    else:
        d.element.body.append(chunk)
