"""Audit 14 of the linter: false findings on correct drafts, and a message that said nothing.

1. A Word draft's recipients cell: a wrapped entry typed as a paragraph of its own and indented
   under the entry ("- Các ban xây dựng Đảng, Ủy ban Kiểm tra," / "Văn phòng Huyện ủy,") read at the
   cell's column 0, so TB035 asked for its "- " (the text twin was fixed in audit 13).
2. TB040 took the signs of ordinary Vietnamese text ("320 m²", "25°C", "«…»", "5 µm") for
   TCVN3/VNI text left unconverted, and a PDF's page break (form feed) for a control character.
3. TB001 said "must read exactly «ĐẢNG CỘNG SẢN VIỆT NAM», not «ĐẢNG CỘNG SẢN VIỆT NAM»" of a
   heading standing outside the header or typed with a look-alike letter.
Found running ``tbparse check`` over the exports: a group entry's "+" members (export 39) gave
TB035 and TB036 findings.
"""
from __future__ import annotations

import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Twips

from tbparse.lint import lint_source
from tbparse.parser import parse_source
from tbparse.source import from_docx_bytes, from_text

from .docx_builders import borderless_table, bottom_border, footer_table, new_doc, para, to_bytes

# --- 1. a recipient entry's tail indented in a Word cell ----------------------------------------

ENTRY = "- Các ban xây dựng Đảng, Ủy ban Kiểm tra,"
TAIL = "Văn phòng Huyện ủy,"
JOINED = "Các ban xây dựng Đảng, Ủy ban Kiểm tra, Văn phòng Huyện ủy"


def _huyen_docx(tail=None) -> bytes:
    """The Nam Đàn notice of test_lint_audit13 (HUYEN) as an office types it in Word: header and
    footer borderless two-column tables, 36-HD's fonts; in the recipients cell the entry
    ``ENTRY`` wraps onto a paragraph of its own, ``TAIL``, which *tail* formats (it gets the
    paragraph; None types it plainly at the cell's edge)."""
    d = new_doc()
    left, right = borderless_table(d).rows[0].cells
    para(left, "ĐẢNG BỘ TỈNH NGHỆ AN", size=14, align="center", first=True)
    para(left, "HUYỆN ỦY NAM ĐÀN", bold=True, size=14, align="center")
    para(left, "*", align="center")
    para(left, "Số 87-TB/HU", size=14, align="center")
    bottom_border(para(right, "ĐẢNG CỘNG SẢN VIỆT NAM", bold=True, size=15, align="center", first=True))
    para(right, "Nam Đàn, ngày 22 tháng 02 năm 2021", italic=True, size=14, align="center")
    para(d, "THÔNG BÁO", bold=True, size=16, align="center")
    para(d, "ý kiến của Ban Thường vụ Huyện ủy về phương án tổ chức Lễ hội Làng Sen năm 2021",
         bold=True, size=14, align="center")
    para(d, "-----", align="center")
    for text in (
        "Ngày 19/02/2021, Ban Thường vụ Huyện ủy họp nghe Ủy ban nhân dân huyện báo cáo phương án tổ "
        "chức Lễ hội Làng Sen năm 2021. Sau khi thảo luận, Ban Thường vụ Huyện ủy có ý kiến như sau:",
        "1. Đồng ý chủ trương tổ chức Lễ hội Làng Sen năm 2021 với quy mô phù hợp, bảo đảm an toàn, tiết kiệm.",
        "2. Ban Tuyên giáo Huyện ủy chủ trì định hướng công tác tuyên truyền về lễ hội.",
        "Văn phòng Huyện ủy thông báo ý kiến của Ban Thường vụ Huyện ủy để các cơ quan, đơn vị liên quan "
        "biết, thực hiện./.",
    ):
        para(d, text, size=14, align="justify")
    entries = footer_table(d, ["- Ban Thường vụ Tỉnh ủy (để b/c),", "- Thường trực Huyện ủy,", ENTRY, TAIL,
                               "- Đảng ủy xã Kim Liên,", "- Lưu Văn phòng Huyện ủy."],
                           "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Trần Thị Mai Hương")
    if tail is not None:
        tail(entries[3])
    return to_bytes(d)


def _left(twips: int):
    def f(p):
        p.paragraph_format.left_indent = Twips(twips)
    return f


def _first_line(twips: int):
    def f(p):
        p.paragraph_format.first_line_indent = Twips(twips)
    return f


def _hanging(left: int, hanging: int):
    """w:ind left/hanging: the first line starts *hanging* twips left of the others."""
    def f(p):
        p._p.get_or_add_pPr().append(parse_xml(f'<w:ind {nsdecls("w")} w:left="{left}" w:hanging="{hanging}"/>'))
    return f


def _start(twips: int):
    """w:ind w:start, the name newer Word versions write for the left indent."""
    def f(p):
        p._p.get_or_add_pPr().append(parse_xml(f'<w:ind {nsdecls("w")} w:start="{twips}"/>'))
    return f


def _styled(twips: int):
    """The indent comes from the paragraph's style (a "Recipient tail" style indented *twips*)."""
    def f(p):
        styles = p.part.document.styles
        name = f"Tail {twips}"
        if name not in [s.name for s in styles]:
            st = styles.add_style(name, 1)  # WD_STYLE_TYPE.PARAGRAPH
            st.base_style = styles["Normal"]
            st.paragraph_format.left_indent = Twips(twips)
        p.style = styles[name]
    return f


def _tab(p):
    """A Tab typed before the text (Word's default stop, 1.27 cm) instead of an indent."""
    r = p.runs[0]
    r.text = "\t" + r.text


def _tail_line(src):
    return next(ln for ln in src.lines if ln.text == TAIL)


def _entry_line(src):
    return next(ln for ln in src.lines if ln.text == ENTRY)


@pytest.mark.parametrize("tail", [
    _left(142), _left(284), _left(567), _left(720), _left(851), _start(567),
    _first_line(360), _first_line(720), _hanging(720, 360), _styled(567), _tab,
], ids=["left-0.25cm", "left-0.5cm", "left-1cm", "left-1.27cm", "left-1.5cm", "start-1cm",
        "first-0.64cm", "first-1.27cm", "hanging", "style-1cm", "tab"])
def test_a_wrapped_entrys_indented_tail_in_a_word_cell(tail):
    """Before: every paragraph of the cell started at its column 0, the indented tail too — TB035
    ("start each recipient with "- "") and the entry cut in two; a Tab or an indent past ~0.8 cm
    left it unplaced (TB000)."""
    src = from_docx_bytes(_huyen_docx(tail), path="tb.docx")
    entry, tl = _entry_line(src), _tail_line(src)
    assert entry.frags[0].col < tl.frags[0].col  # the tail's text starts right of the entry's "- "
    d = parse_source(src)
    assert d["recipients"] == ["Ban Thường vụ Tỉnh ủy (để b/c)", "Thường trực Huyện ủy", JOINED,
                               "Đảng ủy xã Kim Liên", "Lưu Văn phòng Huyện ủy"]
    assert [str(f) for f in lint_source(src, None)] == []


def test_an_indent_and_a_tab_to_the_same_place_give_the_same_column():
    """An indent is measured like a tab stop at the same place: 1.27 cm either way."""
    by_indent = _tail_line(from_docx_bytes(_huyen_docx(_left(720)), path="a.docx"))
    by_tab = _tail_line(from_docx_bytes(_huyen_docx(_tab), path="b.docx"))
    assert by_indent.frags[0].col == by_tab.frags[0].col > 0
    assert by_indent.fmt["frags"][0]["x_mm"][0] == by_tab.fmt["frags"][0]["x_mm"][0] == 12.7


def test_an_unindented_line_in_the_recipients_cell_is_still_an_entry_without_its_dash():
    """At the cell's edge, under the dash, "Văn phòng Huyện ủy," is an entry of its own missing
    its "- ": TB035 still names it."""
    src = from_docx_bytes(_huyen_docx(), path="tb.docx")
    tail_no = _tail_line(src).no
    assert [(f.line, f.code) for f in lint_source(src, None)] == [(tail_no, "TB035")]
    assert parse_source(src)["recipients"][2:4] == ["Các ban xây dựng Đảng, Ủy ban Kiểm tra", "Văn phòng Huyện ủy"]


def test_the_body_keeps_its_first_line_indents_out_of_the_column():
    """Body paragraphs indented 1.27 cm on their first line (the usual way) still start at column 0:
    the indent is how a paragraph begins, not where it sits."""
    d = new_doc()
    p = para(d, "Ban Thường vụ Huyện ủy có ý kiến như sau:", size=14)
    p.paragraph_format.first_line_indent = Twips(720)
    para(d, "Đồng ý chủ trương tổ chức lễ hội.", size=14)
    lines = [ln for ln in from_docx_bytes(to_bytes(d), path="b.docx").lines if ln.text]
    assert [ln.frags[0].col for ln in lines] == [0, 0]
    assert lines[0].fmt["frags"][0]["x_mm"][0] == 12.7


# --- 2. TB040: the signs Vietnamese text uses are not legacy-font text ----------------------------

from .encode_helpers import as_cp1252_text, encode  # noqa: E402
from .test_lint_audit13 import HUYEN  # noqa: E402
from .test_lint_rules import col, findings, only, variant  # noqa: E402

ITEM_1 = "1. Đồng ý chủ trương tổ chức Lễ hội Làng Sen năm 2021 với quy mô phù hợp, bảo đảm an toàn, tiết kiệm."


@pytest.mark.parametrize("sentence", [
    "Sân khấu chính rộng 320 m², khu trưng bày 1.500 m² và bể nước 50 m³.",
    "Nhiệt độ trong nhà trưng bày giữ dưới 25°C; tọa độ khu di tích 18°42′ vĩ độ Bắc.",
    "Chủ đề lễ hội là «Làng Sen quê Bác», theo tinh thần Chương trình «Nông thôn mới».",
    "Nồng độ bụi mịn PM2.5 tại khu lễ hội không vượt 50 µg/m³, hạt bụi dưới 2,5 µm.",
    "Kinh phí do ngân sách huyện bảo đảm ½ (một nửa); mỗi gian hàng 3m×4m.",
    "Thực hiện theo §2 của Kế hoạch, nhiệt độ sân khấu ±2°C, phí vé №1 là 0 đồng.",
])
def test_tb040_the_signs_of_ordinary_text_are_not_mojibake(sentence):
    """Before: «²» (and «°», «««», «µ»…) "inside a word: legacy-font text (TCVN3/VNI) not
    converted to Unicode" — an error on a correct notice: any Latin-1 sign next to a letter was
    taken for one. The word around it decides now: it must read as Vietnamese in TCVN3 or VNI."""
    t = variant(ITEM_1, ITEM_1 + " " + sentence, HUYEN)
    only(t, [])


def _legacy(enc: str, text: str) -> str:
    """*text* typed in a legacy font and pasted into a Unicode file: its bytes shown as cp1252."""
    return as_cp1252_text(encode(text, enc))


@pytest.mark.parametrize("enc, phrase, sign", [
    ("tcvn3", "Ban Chấp hành Trung ương", "µ"),  # "Ban ChÊp hµnh Trung \xad¬ng"
    ("tcvn3", "Việt Nam", "Ö"),  # "ViÖt Nam"
    ("vni", "Ban Chấp hành Trung ương", "ø"),  # "Ban Chaáp haønh Trung öông"
    ("vni", "Tỉnh ủy", "æ"),  # "Tænh uûy"
])
def test_tb040_still_names_a_legacy_phrase_in_a_unicode_line(enc, phrase, sign):
    """A phrase pasted from a .VnTime or VNI-Times file into a Unicode notice is still an error,
    at its first legacy letter — also after a sign of ordinary text on the same line ("m²")."""
    pasted = _legacy(enc, phrase)
    t = variant(ITEM_1, ITEM_1.replace("quy mô phù hợp", f"quy mô 320 m² theo chỉ đạo của {pasted}"), HUYEN)
    assert parse_source(from_text(t))["source"]["repaired_from"] is None  # the line-by-line check's case
    got = [f for f in findings(t) if f.code == "TB040"]
    assert [(f.line, f.column, f.severity) for f in got] == [(12, col(t, 12, sign), "error")]
    assert got[0].message == f"«{sign}» inside a word: legacy-font text (TCVN3/VNI) not converted to Unicode"


def test_tb040_a_pdfs_page_break_is_no_control_character():
    """pdftotext opens each page with a form feed (the furniture step reads it): it was "control
    character U+000C in the text", an error on every page of a PDF's text."""
    t = HUYEN.replace("2. Ban Tuyên giáo", "\f2. Ban Tuyên giáo")
    assert t != HUYEN
    only(t, [])
    bell = HUYEN.replace("2. Ban Tuyên giáo", "\x072. Ban Tuyên giáo")
    assert [(f.line, f.column) for f in findings(bell) if f.code == "TB040"] == [(14, 1)]


# --- 3. TB001: never "must read exactly X, not X" -------------------------------------------------

HEADING = "ĐẢNG CỘNG SẢN VIỆT NAM"
HEAD_LINE = "    ĐẢNG BỘ TỈNH NGHỆ AN                           ĐẢNG CỘNG SẢN VIỆT NAM\n"


def tb001(text: str) -> list[tuple[int, int, str, str]]:
    return [(f.line, f.column, f.severity, f.message) for f in findings(text) if f.code == "TB001"]


def test_tb001_a_heading_below_the_title_is_named_where_it_stands():
    """The heading typed under the type line: the header was read without it, and TB001 said
    "must read exactly «ĐẢNG CỘNG SẢN VIỆT NAM», not «ĐẢNG CỘNG SẢN VIỆT NAM»"."""
    t = variant(HEAD_LINE, "    ĐẢNG BỘ TỈNH NGHỆ AN\n", HUYEN)
    t = variant("                                 THÔNG BÁO\n",
                "                                 THÔNG BÁO\n                         ĐẢNG CỘNG SẢN VIỆT NAM\n", t)
    assert parse_source(from_text(t))["party"] is None
    assert tb001(t) == [(7, col(t, 7, "ĐẢNG"), "error",
                         'the Party heading "ĐẢNG CỘNG SẢN VIỆT NAM" stands in the title, below the document type: '
                         "it heads the first page, top right, level with the issuing body")]


def test_tb001_a_heading_in_the_body():
    t = variant(HEAD_LINE, "    ĐẢNG BỘ TỈNH NGHỆ AN\n", HUYEN)
    t = variant(ITEM_1 + "\n", ITEM_1 + "\n\nĐẢNG CỘNG SẢN VIỆT NAM\n", t)
    assert [(no, c, m.split(":")[0]) for no, c, _, m in tb001(t)] == [
        (14, 1, 'the Party heading "ĐẢNG CỘNG SẢN VIỆT NAM" stands in the body')]


def test_tb001_the_name_in_a_sentence_is_no_heading():
    """With the heading missing, TB001 took "Đảng Cộng sản Việt Nam" in the body's first sentence
    for it: "must read exactly …, not «Đảng Cộng sản Việt Nam»" on a body line."""
    t = variant(HEAD_LINE, "    ĐẢNG BỘ TỈNH NGHỆ AN\n", HUYEN)
    t = variant("Ngày 19/02/2021, Ban Thường vụ", "Căn cứ Điều lệ Đảng Cộng sản Việt Nam, ngày 19/02/2021, Ban Thường vụ", t)
    assert tb001(t) == [(1, 1, "error", 'no Party heading "ĐẢNG CỘNG SẢN VIỆT NAM" in the header')]


@pytest.mark.parametrize("typed, message", [
    ("ÐẢNG CỘNG SẢN VIỆT NAM",  # the Icelandic eth, as some fonts and converters leave it
     "the Party heading is typed with a look-alike: «Ð» U+00D0 LATIN CAPITAL LETTER ETH stands for «Đ» U+0110"),
    ("ĐẢNG СỘNG SẢN VIỆT NAM",  # a Cyrillic Es
     "the Party heading is typed with a look-alike: «С» U+0421 CYRILLIC CAPITAL LETTER ES stands for «C» U+0043"),
])
def test_tb001_a_look_alike_letter_is_named(typed, message):
    """The heading printed right but typed with another script's letter: the message showed the
    same text twice."""
    t = variant(HEAD_LINE, HEAD_LINE.replace(HEADING, typed), HUYEN)
    assert tb001(t) == [(1, col(t, 1, typed), "error", message + f' — retype "{HEADING}"')]


def test_tb001_an_invisible_character_is_named():
    t = variant(HEAD_LINE, HEAD_LINE.replace(HEADING, HEADING + "\u200e"), HUYEN)
    assert [m for *_, m in tb001(t)] == [
        "an invisible character in the Party heading («\u200e» U+200E LEFT-TO-RIGHT MARK): delete it"]


def test_tb001_a_misspelt_heading_is_still_quoted():
    t = variant(HEAD_LINE, HEAD_LINE.replace(HEADING, "ĐẢNG CỘNG SẢN VN"), HUYEN)
    assert [m for *_, m in tb001(t)] == [
        'the Party heading must read exactly "ĐẢNG CỘNG SẢN VIỆT NAM", not «ĐẢNG CỘNG SẢN VN»']


# --- TB035/TB036: a group entry's members on the second level (export 39) -----------------------

GROUP = ("- Thường trực Huyện ủy,\n- Các đảng ủy trực thuộc Huyện ủy:\n  + Đảng ủy xã Kim Liên,\n"
         "  + Đảng ủy xã Nam Giang,\n")


def test_tb035_the_members_of_a_group_entry_take_a_plus():
    """"- Các đảng ủy trực thuộc Tỉnh ủy:" / "  + Đảng ủy Khối các cơ quan tỉnh," (export 39):
    each member gave 'start each recipient with "- ", not "+"' and the group entry TB036's
    "recipient entry without a terminator" — "+" is the second level under a "-" (format-rules
    §6.1), and the colon opens the group."""
    t = variant("- Thường trực Huyện ủy,\n", GROUP, HUYEN)
    assert parse_source(from_text(t))["recipients"][3:5] == ["Đảng ủy xã Kim Liên", "Đảng ủy xã Nam Giang"]
    only(t, [])


def test_tb035_a_plus_outside_a_group_is_still_named():
    t = variant("- Thường trực Huyện ủy,\n", GROUP.replace("Huyện ủy:\n", "Huyện ủy,\n"), HUYEN)
    only(t, [(22, 3, "TB035"), (23, 3, "TB035")])
