"""Audit 16: `tbparse check` on Word drafts as drafting teams commit them to CI.

Correct drafts made the ways offices make them in Word (header table, automatic multi-level
numbering, styles and document defaults, section breaks, a text box signature, page numbers in the
page header, a "DỰ THẢO" marking, tracked changes and comments left in) must come out clean; one
fault each must raise exactly the intended rule on the paragraph that has it. Tracked changes are
read as the document prints once they are accepted.
"""
from __future__ import annotations

import copy

import pytest
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Mm, Pt

from tbparse.lint import lint_source
from tbparse.parser import parse_source
from tbparse.source import from_docx_bytes

from .docx_builders import (add_list, borderless_table, bottom_border, box_para, new_doc, number, para, run,
                            set_page, text_box, to_bytes)

ISSUER, NUMBER = "TỈNH ỦY BÌNH THUẬN", "Số 125-TB/TU"
HEADING, DATE = "ĐẢNG CỘNG SẢN VIỆT NAM", "Phan Thiết, ngày 12 tháng 3 năm 2024"
TYPE, SUBJECT = "THÔNG BÁO", "kết luận của Ban Thường vụ Tỉnh ủy về công tác chuyển đổi số"
OPENING = ("Ngày 05/3/2024, Ban Thường vụ Tỉnh ủy họp nghe Ban cán sự đảng Ủy ban nhân dân tỉnh báo cáo "
           "kết quả thực hiện chuyển đổi số năm 2023. Sau khi nghe báo cáo và ý kiến của các đồng chí "
           "dự họp, Ban Thường vụ Tỉnh ủy kết luận như sau:")
# (list level, text): 0 "1.", 1 "a)", 2 "-", 3 "+"; None a paragraph of the part
BODY = [
    (0, "Đánh giá chung"),
    (None, "Năm 2023, các cấp ủy, tổ chức đảng đã quan tâm lãnh đạo công tác chuyển đổi số, đạt nhiều kết quả quan trọng."),
    (1, "Kết quả đạt được:"),
    (2, "Hạ tầng số được đầu tư đồng bộ;"),
    (2, "Dịch vụ công trực tuyến tăng mạnh, trong đó:"),
    (3, "Dịch vụ công toàn trình đạt 65%;"),
    (3, "Hồ sơ trực tuyến đạt 48%."),
    (1, "Hạn chế: việc số hóa hồ sơ còn chậm, nguồn nhân lực còn thiếu."),
    (0, "Nhiệm vụ thời gian tới"),
    (1, "Ban cán sự đảng Ủy ban nhân dân tỉnh chỉ đạo hoàn thành số hóa hồ sơ trước ngày 30/6/2024."),
    (1, "Các huyện ủy, thị ủy, thành ủy quán triệt, triển khai thực hiện nghiêm túc."),
]
CLOSING = "Văn phòng Tỉnh ủy thông báo để các cơ quan, đơn vị biết, thực hiện./."
RECIPIENTS = ["- Thường trực Tỉnh ủy,", "- Các ban đảng Tỉnh ủy,", "- Các huyện ủy, thị ủy, thành ủy,",
              "- Lưu Văn phòng Tỉnh ủy."]
AUTHORITY, POSITION, SIGNER = "T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Nguyễn Văn An"
LEVELS = [("decimal", "%1."), ("lowerLetter", "%2)"), ("bullet", "-"), ("bullet", "+")]
W = nsdecls("w")


# ---------------------------------------------------------------------------- building blocks


def header_table(d) -> None:
    left, right = borderless_table(d).rows[0].cells
    para(left, ISSUER, bold=True, size=14, align="center", first=True)
    para(left, "*", align="center")
    para(left, NUMBER, size=14, align="center")
    bottom_border(para(right, HEADING, bold=True, size=15, align="center", first=True))
    para(right, DATE, italic=True, size=14, align="center")


def title(d) -> None:
    para(d)
    para(d, TYPE, bold=True, size=16, align="center")
    para(d, SUBJECT, bold=True, size=14, align="center")
    para(d, "-----", align="center")


def body(d) -> None:
    para(d, OPENING, align="justify")
    lst = add_list(d, LEVELS)
    for lvl, text in BODY:
        p = para(d, text, bold=lvl == 0, align="justify")
        if lvl is not None:
            number(p, lst, lvl)
    para(d, CLOSING, align="justify")


def footer_table(d) -> None:
    left, right = borderless_table(d).rows[0].cells
    run(para(left, "", first=True), "Nơi nhận:", bold=True, italic=True, underline=True, size=14)
    for r in RECIPIENTS:
        para(left, r, size=12)
    para(right, AUTHORITY, bold=True, size=14, align="center", first=True)
    para(right, POSITION, bold=True, size=14, align="center")
    para(right, "", align="center")
    para(right, "", align="center")
    para(right, SIGNER, bold=True, size=14, align="center")


def page_number(d, *, align: str | None = "center", tabs: int = 0, simple: bool = False) -> None:
    """A PAGE field in the default page header (Insert → Page Number), none on page 1."""
    sec = d.sections[0]
    sec.different_first_page_header_footer = True
    p = sec.header.paragraphs[0]
    if align:
        p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    for _ in range(tabs):
        p._p.append(parse_xml(f'<w:r {W}><w:tab/></w:r>'))
    if simple:
        p._p.append(parse_xml(f'<w:fldSimple {W} w:instr=" PAGE \\* MERGEFORMAT "><w:r><w:t>2</w:t></w:r></w:fldSimple>'))
        return
    for x in ('<w:fldChar w:fldCharType="begin"/>', '<w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText>',
              '<w:fldChar w:fldCharType="separate"/>', '<w:t>2</w:t>', '<w:fldChar w:fldCharType="end"/>'):
        p._p.append(parse_xml(f'<w:r {W}>{x}</w:r>'))


def _assemble(d):
    """*d* with the correct draft's parts typed after what it holds already."""
    header_table(d)
    title(d)
    body(d)
    footer_table(d)
    page_number(d)
    return d


def correct():
    return _assemble(new_doc())


def _tnr_style(d, name, *, existing=False, bold=None, size=None, align=None):
    """A paragraph style set in Times New Roman the way Word's Modify Style dialog leaves it (the
    theme font references dropped), black."""
    st = d.styles[name] if existing else d.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    if not existing:
        st.base_style = d.styles["Normal"]
    rf = st.element.get_or_add_rPr().get_or_add_rFonts()
    for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rf.attrib.pop(qn(a), None)
    st.font.name = "Times New Roman"
    rf.set(qn("w:hAnsi"), "Times New Roman")
    st.font.color.rgb = None
    st.font.italic = False
    if bold is not None:
        st.font.bold = bold
    if size:
        st.font.size = Pt(size)
    if align:
        st.paragraph_format.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    return st


# ---------------------------------------------------------------------------- the correct drafts


def styled():
    """Fonts from the document defaults (Normal sets none), the type line, the subject and the
    body in styles, parts and points as Heading 1/2 bound to a multi-level list, the body style
    justified with 18 pt exact lines, the header table in "Table Grid" with its borders removed."""
    d = new_doc()
    styles_el = d.styles.element
    rpr = styles_el.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    for el in list(rpr):
        if el.tag in (qn("w:rFonts"), qn("w:sz"), qn("w:szCs")):
            rpr.remove(el)
    rpr.append(parse_xml(f'<w:rFonts {W} w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'))
    rpr.append(parse_xml(f'<w:sz {W} w:val="28"/>'))
    normal = d.styles["Normal"].element
    normal.remove(normal.find(qn("w:rPr")))
    lst = add_list(d, [("decimal", "%1."), ("lowerLetter", "%2)")])
    numbering = d.part.numbering_part.element
    aid = next(n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == lst).find(qn("w:abstractNumId")).get(qn("w:val"))
    abstract = next(a for a in numbering.findall(qn("w:abstractNum")) if a.get(qn("w:abstractNumId")) == aid)
    heads = []
    for lvl, name in enumerate(("Heading 1", "Heading 2")):
        st = _tnr_style(d, name, existing=True, bold=lvl == 0, size=14, align="justify")
        st.element.get_or_add_pPr().insert(0, parse_xml(
            f'<w:numPr {W}><w:ilvl w:val="{lvl}"/><w:numId w:val="{lst}"/></w:numPr>'))
        abstract.findall(qn("w:lvl"))[lvl].insert(1, parse_xml(f'<w:pStyle {W} w:val="{st.style_id}"/>'))
        heads.append(st)
    kind = _tnr_style(d, "Ten loai", bold=True, size=16, align="center")
    subject = _tnr_style(d, "Trich yeu", bold=True, size=14, align="center")
    text = _tnr_style(d, "Noi dung", align="justify")
    text.paragraph_format.first_line_indent = Cm(1)
    text.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    text.paragraph_format.line_spacing = Pt(18)
    text.paragraph_format.space_after = Pt(6)
    bullets = add_list(d, [("bullet", "-"), ("bullet", "+")])
    t = d.add_table(rows=1, cols=2)
    t.style = d.styles["Table Grid"]
    t._tbl.tblPr.append(parse_xml(f'<w:tblBorders {W}>' + "".join(
        f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV")) + '</w:tblBorders>'))
    left, right = t.rows[0].cells
    para(left, ISSUER, bold=True, align="center", first=True)
    para(left, "*", align="center")
    para(left, NUMBER, align="center")
    bottom_border(para(right, HEADING, bold=True, size=15, align="center", first=True))
    para(right, DATE, italic=True, align="center")
    d.add_paragraph()
    d.add_paragraph(TYPE, style=kind)
    d.add_paragraph(SUBJECT, style=subject)
    d.add_paragraph("-----", style=subject)
    d.add_paragraph(OPENING, style=text)
    for lvl, line in BODY:
        if lvl is None or lvl >= 2:
            p = d.add_paragraph(line, style=text)
            if lvl is not None:
                number(p, bullets, lvl - 2)
        else:
            d.add_paragraph(line, style=heads[lvl])
    d.add_paragraph(CLOSING, style=text)
    footer_table(d)
    page_number(d, simple=True)
    return d


def sections():
    """A continuous section break before the footer, and a landscape annex on a new page."""
    d = new_doc()
    header_table(d)
    title(d)
    body(d)
    d.add_section(WD_SECTION.CONTINUOUS)
    footer_table(d)
    annex = d.add_section(WD_SECTION.NEW_PAGE)
    annex.orientation = WD_ORIENT.LANDSCAPE
    annex.page_width, annex.page_height = Mm(297), Mm(210)
    para(d, "PHỤ LỤC", bold=True, align="center")
    para(d, "Danh mục hồ sơ cần số hóa năm 2024", italic=True, align="center")
    para(d, "(Kèm theo Thông báo số 125-TB/TU ngày 12/3/2024 của Ban Thường vụ Tỉnh ủy)", italic=True, align="center")
    t = d.add_table(rows=3, cols=3)
    t.style = d.styles["Table Grid"]
    for r, vals in zip(t.rows, [("TT", "Loại hồ sơ", "Thời hạn"), ("1", "Hồ sơ đảng viên", "Quý II/2024"),
                                ("2", "Văn bản lưu trữ", "Quý III/2024")]):
        for c, v in zip(r.cells, vals):
            c.paragraphs[0].add_run(v)
    page_number(d)
    return d


def signature_box():
    """"Nơi nhận" typed in the body; the signature in a text box on the right (Word 2010+ saves
    DrawingML with a VML fallback)."""
    d = new_doc()
    header_table(d)
    title(d)
    body(d)
    para(d)
    p = para(d, "")
    run(p, "Nơi nhận:", bold=True, italic=True, underline=True, size=14)
    text_box(p, [box_para(AUTHORITY, bold=True), box_para(POSITION, bold=True), box_para(""), box_para(""),
                 box_para(SIGNER, bold=True)], kind="both", left_pt=230, width_pt=220)
    for r in RECIPIENTS:
        para(d, r, size=12)
    page_number(d)
    return d


def draft_marked():
    """"DỰ THẢO" in a boxed paragraph above the header table, on the right."""
    d = new_doc()
    p = para(d, "DỰ THẢO", bold=True, size=14, align="right")
    p._p.get_or_add_pPr().append(parse_xml(f'<w:pBdr {W}>' + "".join(
        f'<w:{s} w:val="single" w:sz="4" w:space="1" w:color="auto"/>' for s in ("top", "left", "bottom", "right"))
        + '</w:pBdr>'))
    return _assemble(d)


def row_header():
    """The header as a three-row borderless table, one printed line a row."""
    d = new_doc()
    t = borderless_table(d, rows=3)
    cells = [(ISSUER, dict(bold=True, size=14)), (HEADING, dict(bold=True, size=15)), ("*", {}),
             (DATE, dict(italic=True, size=14)), (NUMBER, dict(size=14)), ("", {})]
    for i, (txt, fmt) in enumerate(cells):
        p = para(t.rows[i // 2].cells[i % 2], txt, align="center", first=True, **fmt)
        if txt == HEADING:
            bottom_border(p)
    title(d)
    body(d)
    para(d)
    footer_table(d)
    page_number(d, simple=True)
    return d


# ---------------------------------------------------------------------------- tracked changes

_AUTHOR = 'w:author="Nguyễn Thị B" w:date="2024-03-10T09:00:00Z"'


class _Ids:
    n = 100

    @classmethod
    def next(cls) -> int:
        cls.n += 1
        return cls.n


def _p(d, start: str):
    """The w:p whose text starts with *start* (body or table)."""
    for p in d.element.body.iter(qn("w:p")):
        if "".join(t.text or "" for t in p.iter(qn("w:t"))).startswith(start):
            return p
    raise KeyError(start)


def _wrap(r, tag: str) -> None:
    """Put run *r* inside a w:ins / w:del / w:moveFrom / w:moveTo (deleted text as w:delText)."""
    if tag in ("del", "moveFrom"):
        for t in r.findall(qn("w:t")):
            t.tag = qn("w:delText")
    el = parse_xml(f'<w:{tag} {W} w:id="{_Ids.next()}" {_AUTHOR}/>')
    r.addprevious(el)
    el.append(r)


def _mark(p, tag: str) -> None:
    """Mark paragraph *p*'s mark as inserted or deleted (w:pPr/w:rPr/w:ins|w:del)."""
    ppr = p.get_or_add_pPr()
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = parse_xml(f'<w:rPr {W}/>')
        ppr.append(rpr)
    rpr.append(parse_xml(f'<w:{tag} {W} w:id="{_Ids.next()}" {_AUTHOR}/>'))


def _replace(p, old: str, new: str) -> None:
    """A tracked replacement inside *p*'s one run: "… <del>old</del><ins>new</ins> …"."""
    r = p.find(qn("w:r"))
    text = r.find(qn("w:t")).text
    i = text.index(old)
    tail = copy.deepcopy(r)
    r.find(qn("w:t")).text = text[:i]
    r.find(qn("w:t")).set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    tail.find(qn("w:t")).text = text[i + len(old):]
    tail.find(qn("w:t")).set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    parts = []
    for word, tag in ((old, "del"), (new, "ins")):
        if word:
            x = copy.deepcopy(tail)
            x.find(qn("w:t")).text = word
            parts.append((x, tag))
    r.addnext(tail)
    for x, tag in reversed(parts):
        r.addnext(x)
        _wrap(x, tag)


def _clone_after(p, text: str):
    new = copy.deepcopy(p)
    new.find(qn("w:r")).find(qn("w:t")).text = text
    p.addnext(new)
    return new


def _delete_paragraph(p) -> None:
    for r in list(p.findall(qn("w:r"))):
        _wrap(r, "del")
    _mark(p, "del")


def tracked(*, comments: bool = True):
    """The correct draft after a review left in: the number and the day corrected, a word of the
    subject replaced, the date's size change tracked, a bullet and a recipient struck out whole, a
    "+" point inserted, the opening typed as two paragraphs joined by deleting the mark, the
    closing sentence moved, and comments."""
    d = correct()
    _replace(_p(d, "Số 125"), "125", "125")  # then the deleted text is made the old number
    _p(d, "Số ").find(qn("w:del")).find(qn("w:r")).find(qn("w:delText")).text = "120"
    pd = _p(d, "Phan Thiết")
    _replace(pd, "12", "12")  # the day, corrected from 10
    pd.find(qn("w:del")).find(qn("w:r")).find(qn("w:delText")).text = "10"
    for r in pd.iter(qn("w:r")):
        r.find(qn("w:rPr")).append(parse_xml(
            f'<w:rPrChange {W} w:id="{_Ids.next()}" {_AUTHOR}><w:rPr><w:sz w:val="26"/></w:rPr></w:rPrChange>'))
    sp = _p(d, "kết luận của")
    _replace(sp, "chuyển đổi số", "chuyển đổi số")
    sp.find(qn("w:del")).find(qn("w:r")).find(qn("w:delText")).text = "số hóa"
    _delete_paragraph(_clone_after(_p(d, "Hạ tầng số"), "Trung tâm dữ liệu tỉnh đã đi vào hoạt động;"))
    _delete_paragraph(_clone_after(_p(d, "- Các ban đảng"), "- Ủy ban nhân dân tỉnh,"))
    new = _clone_after(_p(d, "Dịch vụ công toàn trình"), "Thanh toán trực tuyến đạt 40%;")
    _wrap(new.find(qn("w:r")), "ins")
    _mark(new, "ins")
    op = _p(d, "Ngày 05/3/2024")
    t = op.find(qn("w:r")).find(qn("w:t"))
    first, second = t.text.split(" Sau khi", 1)
    t.text = first + " "
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    _clone_after(op, "Sau khi" + second)
    _mark(op, "del")
    closing = _p(d, "Văn phòng Tỉnh ủy thông báo")
    moved = copy.deepcopy(closing)
    _p(d, "Các huyện ủy, thị ủy").addprevious(moved)
    _wrap(moved.find(qn("w:r")), "moveFrom")
    _mark(moved, "moveFrom")
    _wrap(closing.find(qn("w:r")), "moveTo")
    if comments:
        target = next(p for p in d.paragraphs if p.text.startswith("Nhiệm vụ"))
        d.add_comment(target.runs, text="Xem lại tiêu đề mục này", author="Nguyễn Thị B", initials="NTB")
        heading = d.tables[0].rows[0].cells[1].paragraphs[0]
        d.add_comment(heading.runs, text="Kiểm tra đường kẻ", author="Trần C", initials="TC")
    return d


# ---------------------------------------------------------------------------- helpers


def check(d) -> list:
    src = from_docx_bytes(to_bytes(d), path="draft.docx")
    return lint_source(src, {})


def show(found) -> list[str]:
    return [f"¶{f.line} {f.code} {f.message}" for f in found]


def line_of(d, text: str) -> int:
    """The paragraph number of the first line holding *text*, as the reader numbers it."""
    src = from_docx_bytes(to_bytes(d), path="draft.docx")
    return next(ln.no for ln in src.lines if text in ln.text)


# ---------------------------------------------------------------------------- correct drafts are clean


@pytest.mark.parametrize("build", [correct, styled, sections, signature_box, draft_marked, row_header, tracked],
                         ids=lambda f: f.__name__)
def test_correct_word_draft_is_clean(build) -> None:
    assert show(check(build())) == []


def test_the_drafts_are_read_for_the_2018_guide() -> None:
    """The clean drafts are really checked against 36-HD (the Word-only rules run on them)."""
    found = check(_fault(correct(), _fmt(HEADING, size=13)))
    assert [f.code for f in found] == ["TB043"]


# ---------------------------------------------------------------------------- tracked changes


def test_tracked_changes_read_as_printed() -> None:
    d = tracked()
    src = from_docx_bytes(to_bytes(d), path="draft.docx")
    text = "\n".join(ln.text for ln in src.lines)
    notice = parse_source(src)
    # insertions in, deletions out
    assert "Số 125-TB/TU" in text and "120" not in text
    assert "ngày 12 tháng 3" in text and "ngày 10" not in text
    assert "Thanh toán trực tuyến đạt 40%;" in text
    assert "Trung tâm dữ liệu" not in text and "Ủy ban nhân dân tỉnh," not in text
    # the opening typed as two paragraphs, the mark between them deleted: one paragraph, at the
    # first one's number
    opening = [ln for ln in src.lines if ln.text.startswith("Ngày 05/3/2024")]
    assert len(opening) == 1 and opening[0].text.endswith("kết luận như sau:")
    assert not any(ln.text.startswith("Sau khi") for ln in src.lines)
    # the struck-out bullet leaves no empty bullet behind
    assert not any(ln.text.strip() in ("-", "+") for ln in src.lines)
    # the moved closing sentence is read once, where it was moved to, last in the body
    assert text.count(CLOSING) == 1
    assert notice["subject"] == SUBJECT
    assert notice["number"]["raw"] == "125-TB/TU"
    assert notice["date"] == "2024-03-12"


def test_tracked_deletion_keeps_paragraph_numbers_of_the_others() -> None:
    """A deleted paragraph still counts: the next one keeps the number Word shows by its ¶ mark."""
    plain = correct()
    d = correct()
    _delete_paragraph(_clone_after(_p(d, "Hạ tầng số"), "Trung tâm dữ liệu tỉnh đã đi vào hoạt động;"))
    assert line_of(d, "Dịch vụ công trực tuyến") == line_of(plain, "Dịch vụ công trực tuyến") + 1
    assert line_of(d, "Hạ tầng số") == line_of(plain, "Hạ tầng số")


def test_deleted_list_items_do_not_count_in_the_numbering() -> None:
    """A part and a point struck out with their marks: Word renumbers the rest on accepting, so
    no numbering finding — and the renumbered labels are the ones read."""
    d = correct()
    _delete_paragraph(_p(d, "Đánh giá chung"))
    _delete_paragraph(_p(d, "Ban cán sự đảng Ủy ban nhân dân tỉnh chỉ đạo"))
    assert [f for f in check(d) if f.code == "TB022"] == []
    src = from_docx_bytes(to_bytes(d), path="draft.docx")
    assert next(ln.fmt["numbering"] for ln in src.lines if "Nhiệm vụ thời gian tới" in ln.text) == "1."
    assert next(ln.fmt["numbering"] for ln in src.lines if "Các huyện ủy, thị ủy, thành ủy quán" in ln.text) == "a)"


def test_tracked_deletion_of_the_end_mark_is_reported() -> None:
    d = correct()
    _replace(_p(d, "Văn phòng Tỉnh ủy thông báo"), "./.", "")
    found = check(d)
    assert [(f.code, f.line) for f in found] == [("TB024", line_of(d, "Văn phòng Tỉnh ủy thông báo"))]


def test_deleted_table_row_is_not_read() -> None:
    """A recipient row struck out of a footer typed one entry a row."""
    d = correct()
    tbl = d.tables[-1]._tbl
    row = copy.deepcopy(tbl.findall(qn("w:tr"))[0])
    for p in row.iter(qn("w:p")):
        for r in list(p.findall(qn("w:r"))):
            _wrap(r, "del")
    row.get_or_add_trPr().append(parse_xml(f'<w:del {W} w:id="{_Ids.next()}" {_AUTHOR}/>'))
    tbl.append(row)
    src = from_docx_bytes(to_bytes(d), path="draft.docx")
    assert sum(ln.text == "Nơi nhận:" for ln in src.lines) == 1
    assert show(check(d)) == []


# ---------------------------------------------------------------------------- page numbers


@pytest.mark.parametrize("how", ["style", "tab"])
def test_page_number_centred_by_the_header_style_or_its_centre_tab(how) -> None:
    d = new_doc()
    header_table(d)
    title(d)
    body(d)
    footer_table(d)
    if how == "style":
        d.styles["Header"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        page_number(d, align=None)
    else:
        page_number(d, align=None, tabs=1)  # Word's Header style: centre stop, then right stop
    assert [f for f in check(d) if f.code == "TB044"] == []
    src = from_docx_bytes(to_bytes(d), path="draft.docx")
    assert src.page["page_number_align"] == "center"


def test_page_number_at_the_right_tab_is_reported() -> None:
    d = new_doc()
    header_table(d)
    title(d)
    body(d)
    footer_table(d)
    page_number(d, align=None, tabs=2)
    assert [f.message for f in check(d) if f.code == "TB044"] == [
        "page numbers are at the top right; they belong at the top, centred"]


# ---------------------------------------------------------------------------- one fault each


def _fault(d, f):
    f(d)
    return d


def _paragraphs(d):
    yield from d.paragraphs
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                yield from c.paragraphs


def _fmt(start: str, **kw):
    def f(d):
        for p in _paragraphs(d):
            if p.text.startswith(start):
                for r in p.runs:
                    for k, v in kw.items():
                        if k == "size":
                            r.font.size = Pt(v)
                        elif k == "font":
                            r.font.name = v
                            r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:hAnsi"), v)
                        else:
                            setattr(r, k, v)
    return f


def _margins(d):
    set_page(d, 210, 297, 20, 20, 20, 15)


def _letter(d):
    set_page(d, 215.9, 279.4, 20, 20, 30, 15)


def _first_page(d):
    d.sections[0].different_first_page_header_footer = False


def _bottom(d):
    sec = d.sections[0]
    src, dst = sec.header.paragraphs[0], sec.footer.paragraphs[0]
    for el in list(src._p):
        if el.tag == qn("w:r"):
            dst._p.append(el)
    dst.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _manual_part(d):
    """Part 2 typed "2- " by hand, taken out of the automatic list."""
    p = next(p for p in d.paragraphs if p.text.startswith("Nhiệm vụ thời gian tới"))
    p._p.pPr.remove(p._p.pPr.numPr)
    p.runs[0].text = "2- " + p.runs[0].text


def _typed_twice(d):
    """Text pasted from a typed list into the numbered one: "2. 2. Nhiệm vụ …"."""
    p = next(p for p in d.paragraphs if p.text.startswith("Nhiệm vụ thời gian tới"))
    p.runs[0].text = "2. " + p.runs[0].text


def _typed_point_twice(d):
    p = next(p for p in d.paragraphs if p.text.startswith("Kết quả đạt được"))
    p.runs[0].text = "a) " + p.runs[0].text


def _no_rule(d):
    p = next(p for p in _paragraphs(d) if p.text == HEADING)
    p._p.pPr.remove(p._p.pPr.find(qn("w:pBdr")))


FAULTS = [
    # (id, fault, rule, text of the paragraph it is on, words of the message)
    ("type-font", _fmt(TYPE, font="Arial"), "TB043", TYPE, "set in Arial, not Times New Roman: the document type"),
    ("type-size", _fmt(TYPE, size=14), "TB043", TYPE, "the document type is 14 pt"),
    ("heading-size", _fmt(HEADING, size=13), "TB043", HEADING, "the Party heading is 13 pt"),
    ("issuer-not-bold", _fmt(ISSUER, bold=False), "TB043", ISSUER, "the issuing body's name should be bold"),
    ("date-upright", _fmt("Phan Thiết", italic=False), "TB043", "Phan Thiết", "should be in italics"),
    ("number-italic", _fmt("Số 125", italic=True), "TB043", "Số 125", "should not be in italics"),
    ("subject-not-bold", _fmt(SUBJECT, bold=False), "TB043", SUBJECT, "the subject (trích yếu) should be bold"),
    ("label-not-underlined", _fmt("Nơi nhận", underline=False), "TB043", "Nơi nhận:", "\"Nơi nhận:\" should be underlined"),
    ("entries-14", lambda d: [_fmt(r, size=14)(d) for r in RECIPIENTS], "TB043", RECIPIENTS[0],
     "the recipients list is 14 pt"),
    ("signer-not-bold", _fmt(SIGNER, bold=False), "TB043", SIGNER, "the signer's name should be bold"),
    ("body-13", lambda d: [_fmt(t, size=13)(d) for _, t in BODY], "TB043", BODY[0][1],
     "the body text is 13 pt; 36-HD/VPTW (2018) Phụ lục 3 sets 14–15 pt (11 paragraphs)"),
    ("margins", _margins, "TB044", ISSUER, "margins left 20 mm; 36-HD/VPTW (2018) sets left 30 mm"),
    ("letter", _letter, "TB044", ISSUER, "the page is Letter 215.9 × 279.4 mm"),
    ("first-page-numbered", _first_page, "TB044", ISSUER, "the first page carries a page number"),
    ("numbers-at-bottom", _bottom, "TB044", ISSUER, "page numbers are at the bottom center"),
    ("no-heading-rule", _no_rule, "TB045", HEADING, "no rule under «ĐẢNG CỘNG SẢN VIỆT NAM»"),
    ("typed-twice", _typed_twice, "TB022", "Nhiệm vụ thời gian tới",
     "numbered twice: Word's automatic «2.» and the typed «2.»"),
    ("point-typed-twice", _typed_point_twice, "TB022", "Kết quả đạt được",
     "numbered twice: Word's automatic «a)» and the typed «a)»"),
]


@pytest.mark.parametrize("fault,code,where,words", [f[1:] for f in FAULTS], ids=[f[0] for f in FAULTS])
def test_one_fault_one_finding(fault, code, where, words) -> None:
    d = _fault(correct(), fault)
    found = check(d)
    assert [(f.code, f.line) for f in found] == [(code, line_of(d, where))], show(found)
    assert words in found[0].message


def test_typed_number_after_the_automatic_one_is_pointed_at() -> None:
    d = _fault(correct(), _typed_twice)
    f = next(f for f in check(d) if f.code == "TB022")
    src = from_docx_bytes(to_bytes(d), path="draft.docx")
    raw = next(ln.raw for ln in src.lines if ln.no == f.line)
    assert raw.startswith("2.") and raw[f.column - 1 : f.end_column - 1] == "2."
    assert f.column > 1  # the typed number, not Word's label


def test_manual_part_number_in_an_automatic_list() -> None:
    """Part 2 typed by hand: its "2-" breaks the level's style, and Word, not seeing a new part,
    runs the points on ("c)") — both as printed."""
    d = _fault(correct(), _manual_part)
    found = [(f.code, f.line, f.message) for f in check(d)]
    part = line_of(d, "Nhiệm vụ thời gian tới")
    assert found == [
        ("TB022", part, "\"2-\" breaks this level's style: the others write \"2.\""),
        ("TB022", part + 1, "point c first: expected a"),
    ]


def test_a_number_then_a_range_is_no_second_number() -> None:
    """ "2. 3 - 5 nhiệm vụ …" after an automatic label is a range, not a number typed twice."""
    d = correct()
    p = next(p for p in d.paragraphs if p.text.startswith("Nhiệm vụ thời gian tới"))
    p.runs[0].text = "3 - 5 nhiệm vụ trọng tâm năm 2024"
    src = from_docx_bytes(to_bytes(d), path="draft.docx")
    assert any(ln.raw.startswith("2. 3 - 5 nhiệm vụ") for ln in src.lines)
    assert [f for f in check(d) if f.code == "TB022"] == []
