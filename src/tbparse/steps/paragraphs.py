"""Join the body's physical lines into paragraphs.

Word exports put one paragraph on one line with blank lines between; web copies hard-wrap
paragraphs mid-sentence with blank lines between; PDF extractions hard-wrap with no blank lines at
all. Blank lines are trusted when the body uses them; otherwise a new paragraph starts at a
numbering or bullet marker, or after a line that ends a sentence when the next one starts a new one.
A hard-wrapped line runs to the right margin; a line that stops well short of it ended its
paragraph — that is how a heading without a colon ("I. Đánh giá tình hình 6 tháng đầu năm 2023")
is told from a heading wrapped onto a second line.
"""
from __future__ import annotations

from ..fold import fold
from ..lines import Line
from ..state import Para, State, hyphen_break
from ..vocab import RULE, is_caps
from ..lazyre import lazy_re
from .furniture import CHAIN_GAP, bare_figure, table_cells, table_head

# A line that opens a numbered part, item, point or bullet:
#   "I- Đánh giá …"  "1. Về …"  "1.1. Chịu …"  "a) Người …"  "b- Xây dựng …"  "- Căn cứ …"  "+ Khảo sát …"  "Điều 1. …"
#   and the typewriter forms "A- ĐÁNH GIÁ CHUNG", "1/ Ban …", "a/ Tuyên truyền …", and a list counted
#   in words "Một là, …", "Thứ hai, …" (structure.py checks the count)
MARKER = lazy_re(
    r"^(?:[IVXLC]{1,6}\s*[-.)–/]|[A-ZĐ]\s*[-.)–/]\s|\d{1,3}(?:\.\d{1,3})*\s*(?:[-.)–]|/(?=\s))(?!\d)|\(\d{1,3}\)|"
    r"[a-zđ]\s*[).\-–/]\s|[-+*•–—·]\s*\S|"
    r"(?:Điều|ĐIỀU|Chương|CHƯƠNG|Phần|PHẦN|Mục|MỤC)\s+\S|"
    r"(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười) là\s*[,:]|Thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\s*,)"
)
_SENTENCE_END = (".", ":", ";", "!", "?", ".”", ".\"", "./.")


# An article heading on its own line: "Điều 2. Nguyên tắc làm việc" (its text follows on the next line)
ARTICLE_LINE = lazy_re(r"^(?:Điều|ĐIỀU)\s+\d{1,3}\b")


# A numbered heading: "I. Đánh giá tình hình …", "II- NHIỆM VỤ", "1. Đối với cán bộ", "1.2. Về …", "2- Về …",
# "A- ĐÁNH GIÁ CHUNG", "1/ Về …" (not "13-NQ/TW ngày …", a wrapped reference: a hyphen after digits
# needs a space)
_HEAD = lazy_re(r"^(?:[IVXLC]{1,6}\s*[-.)–]\s*|[A-ZĐ]\s*[-.)–/]\s+|\d{1,3}(?:\.\d{1,3})*\s*(?:[.)]\s*|[-–/]\s+))\S")
# What a heading line starts with (a caps heading may start with anything)
_HEAD_START = frozenset("IVXLC0123456789ABDĐ")
# An item or point opening a line, its text capitalised: "1. Ban cán sự …", "1.1. Chịu …", "2- Tập …",
# "a- Rà soát …", "b) Xây …", "1/ Ban …", "a/ Tuyên …" (not "2 - 3 năm", "6. đợt", "13-NQ/TW")
_ITEM_OPEN = lazy_re(r"^(?:\d{1,3}(?:\.\d{1,3})*(?:[.)/]|\.?[-–])|[a-zđ][).\-–/])\s+(?=\w)")
_CLAUSE_END = _SENTENCE_END + (",",)
# The enacting words of a decision or resolution on their own caps line, after the "Căn cứ …," /
# "Xét đề nghị …," lines that end on a comma: "BAN THƯỜNG VỤ ĐẢNG ỦY XÃ QUYẾT ĐỊNH", "QUYẾT ĐỊNH:",
# "HỘI NGHỊ QUYẾT NGHỊ:" (folded; the caller checks the line is in capitals)
_ENACTING = lazy_re(r"(?:^|\s)quyet (?:dinh|nghi)\s*:?$")
# A title never ends on these words: "… Nghị quyết của" goes on with "Bộ Chính trị" on the next line
_DANGLING = frozenset("của và về với cho các những trong tại theo số đến từ để trên là khóa khoá".split())
# A line this much shorter than the text width stopped before the margin: it was not wrapped
_SHORT = 0.8
# A numbered heading stops before this fraction of the right margin; a paragraph's first line cut
# early by a web copy runs further
_HEADING = 0.5
# The widest margin of a hard-wrapped text (a PDF page, a web copy's pre block): wider lines are
# whole paragraphs on one line each
_WRAP_MAX = 120


# A day of a weekly schedule as its own heading (folded): "Thứ Hai (14/10/2024)", "THỨ BA, NGÀY
# 15/10/2024:", "Chủ nhật (20/10)", "Thứ Sáu - 18/10/2024"
_DAY_HEAD = lazy_re(
    r"(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat)[\s,(–-]*(?:ngay\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}"
    r"(?:\s*[/.-]\s*\d{2,4})?\s*\)?\s*:?"
)


def day_head(t: str) -> bool:
    """*t* only names a day of the week and its date: a schedule's day heading, whose entries
    ("- 7 giờ 30: …", "- Sáng: …") follow it (structure.py makes the days sections)."""
    return (t[:1] in "TtCc" and len(t) <= 40
            and _DAY_HEAD.fullmatch(" ".join(fold(t).split())) is not None)


# A roll call's label opening a line: "Chủ trì: Đồng chí …", "Tham dự: …", "Vắng: …", "Thư ký: …",
# "Thành phần dự họp: …", "Có mặt: 15/17 …" — a line of its own, though no blank line parts it
_ROLL_LABEL = lazy_re(r"(?:Chủ trì|Tham dự|Vắng(?: mặt)?|Thư ký|Có mặt|Thành phần[^:]{0,25}|Dự họp|Cùng dự)\s*:")
_ROLL_FIRST = frozenset("CTVD")


def _opens_item(t: str) -> bool:
    """ "1. Ban cán sự …", "a- Rà soát …": a number or letter, a separator, a space, a capital."""
    m = _ITEM_OPEN.match(t)
    return m is not None and t[m.end()].isupper()


# A bullet opening a line, its text capitalised: "- Nghị quyết số 44-NQ/TW …", "+ Kết luận …",
# "• Hội nghị …" (not the wrapped hyphens "- xã hội" and "- 2030")
_BULLET_OPEN = lazy_re(r"^[-+•–]\s+(?=[^\W\d_])")


# A part's Roman number opening a line, its title capitalised: "I. CÔNG TÁC CHÍNH TRỊ, TƯ TƯỞNG",
# "VII- Mục tiêu tổng quát" (not "V.I. Lênin", "XIII, …")
_PART_OPEN = lazy_re(r"^[IVXLC]{1,6}\s*[-.)–]\s+(?=[^\W\d_])")


def _opens_part(prev: str, t: str) -> bool:
    """Does part line *t* open a paragraph after *prev*, which stopped short of the margin? A
    numbered part always starts one: under a caps title ("Phần thứ nhất" / "KẾT QUẢ THỰC HIỆN
    NHIỆM VỤ NĂM 2024" / "I. CÔNG TÁC …", no blank line in a PDF) the caps heading ended there
    (both caps, :func:`_heading_done` took the part line for the title going on; audit 11) —
    unless *prev* hangs on a word that needs more ("… Hội nghị Trung ương 8, khóa" / "XIII. …")."""
    m = _PART_OPEN.match(t)
    return m is not None and t[m.end()].isupper() and prev.rsplit(None, 1)[-1].lower() not in _DANGLING


def _opens_bullet(prev: str, t: str) -> bool:
    """Does bullet line *t* open a list under *prev*, a short heading with no colon ("1. Nội dung
    học tập" / "- Nghị quyết số 44-NQ/TW …")? A capital after the dash, and *prev* a numbered or
    caps heading not left hanging on a word that needs more ("… Nghị quyết của" / "- Bộ …")."""
    m = _BULLET_OPEN.match(t)
    if m is None or not t[m.end()].isupper():
        return False
    if not (_HEAD.match(prev) or _opens_item(prev) or (prev.isupper() and " " in prev)):
        return False
    return prev.rsplit(None, 1)[-1].lower() not in _DANGLING


def _heading_done(prev: Line, cur: Line) -> bool:
    """In a body with no blank lines: is *prev* a heading complete on its own line?

    The caller has checked that *prev* stops short of the margin. A numbered heading with no colon
    ("I. Đánh giá tình hình 6 tháng đầu năm 2023", "1. Đối với cán bộ", or a caps line such as the
    "6 THÁNG ĐẦU NĂM 2023" ending a wrapped title) ends before a capital ("Trong 6 tháng …"). Not
    a heading wrapped early: a caps title going on in caps ("II. NHIỆM VỤ TRỌNG TÂM" / "THỜI GIAN
    TỚI") or a title ending on a word that needs more ("… Nghị quyết của" / "Bộ Chính trị …").
    Bodies with blank lines put one after a heading; there a short first line is no heading (web
    copies cut a paragraph's first line early: "2. Các cơ quan, tổ chức đảng, Mặt trận Tổ quốc
    Việt" / "Nam cấp tỉnh, …").
    """
    p, t = prev.text, cur.text
    if not t[:1].isupper() or p.endswith(_CLAUSE_END) or (p.isupper() and t.isupper()):
        return False
    if not (_HEAD.match(p) or (p.isupper() and " " in p)):
        return False
    return p.rsplit(None, 1)[-1].lower() not in _DANGLING


def _row_done(p: str, t: str) -> bool:
    """In a body with no blank lines, *p* stopped short of the margin: did it end its paragraph
    before *t*? A PDF's table row ("Thuế ngoài quốc doanh 42,0 tỷ 18,3 tỷ 43,6%" / "Thu tiền sử
    dụng đất …", the column gaps gone) ends on no full stop; a capital opens the next line, and
    *p* is not left hanging on a comma or a word that needs more ("… Nghị quyết của" / "Bộ …"),
    nor is it a caps line going on in caps."""
    if not t[:1].isupper() or p.endswith(_CLAUSE_END) or is_caps(p) and is_caps(t):
        return False  # (two caps lines: a caps title wrapped, "II. NHIỆM VỤ TRỌNG TÂM" / "THỜI GIAN TỚI")
    return p.rsplit(None, 1)[-1].lower() not in _DANGLING


def _enacting(t: str) -> bool:
    """*t* is the enacting formula's line: "BỘ CHÍNH TRỊ QUYẾT ĐỊNH", "QUYẾT ĐỊNH:"."""
    return t.endswith(("H", "Ị", ":")) and len(t) <= 80 and is_caps(t) and _ENACTING.search(fold(t)) is not None


def _starts_new(prev: Line, cur: Line, dense: bool, indented: bool = False, short: int = 0, bare: bool = False,
                margin: int = 0, unwrapped: bool = False) -> bool:
    """Does *cur* open a new paragraph after *prev*? A line ending before column *short* (0: no
    measure) stopped short of the margin; a *bare* body has (almost) no blank lines at all;
    *margin* is the body's left edge; an *unwrapped* body's lines were never hard-wrapped."""
    t = cur.text
    p = prev.text
    if p[-1:] == "-" and hyphen_break(p, t):
        return False  # a word broken at its hyphen goes on: "… Kết luận số 21-" / "KL/TW ngày …"
    if day_head(p) or day_head(t):
        return True  # "Thứ Hai (14/10/2024)" / "- 7 giờ 30: …": a schedule's day heads its entries
    if _enacting(t) or _enacting(p):
        # "- Xét đề nghị của Ban Tổ chức Đảng ủy," / "BAN THƯỜNG VỤ ĐẢNG ỦY XÃ QUYẾT ĐỊNH" / "Điều 1. …"
        # in a PDF's text with no blank line: the formula stands alone between the grounds and the
        # articles, though the line above ends on a comma (audit 15)
        return True
    if t[:1] in _ROLL_FIRST and p.endswith(_SENTENCE_END) and _ROLL_LABEL.match(t):
        # "Chủ trì: Đồng chí …, Phó Bí thư …." / "Tham dự: …" / "Vắng: …": a roll call's lines, each
        # its own paragraph (audit 23: three such lines of a short body read as one hard-wrapped
        # paragraph, the absent comrade a chair)
        return True
    ends_short = prev.indent + len(p) < short
    if ARTICLE_LINE.match(p) and len(p) < 120 and (t[:1].isupper() or t[:1].isdigit()) and (ends_short or not short):
        # an article's heading line ("Điều 2. Nguyên tắc làm việc"), not its text wrapped at the
        # margin ("Điều 1. Thành lập … do đồng chí Ủy viên Bộ" / "Chính trị làm Trưởng ban.")
        return True
    if bare and ends_short and (p[0] in _HEAD_START or p.isupper()) and _heading_done(prev, cur):
        return True
    if indented:
        # PDF text whose paragraphs open with a first-line indent: the indent decides, not the
        # full stop ("… theo quy định.\nTừ nay …" inside one paragraph stays one paragraph)
        if cur.indent > prev.indent + 1:
            return True
        if p.endswith(_SENTENCE_END) and (prev.indent > margin + 1 and cur.indent >= prev.indent - 1 and t[:1].isupper()
                                           or is_caps(t) and " " in t):
            # an old Word file saved as text: one line a paragraph, each on its indent, so two
            # indented lines running are two paragraphs; and a caps heading at the margin
            # ("KẾT QUẢ QUÝ I NĂM 2001") after a finished sentence is no wrapped line (audit 7)
            return True
        if prev.indent > margin + 1 and cur.indent >= prev.indent - 1 and ends_short and _heading_done(prev, cur):
            # a heading with no colon on its indent, the part's first paragraph set in under it
            # (pdftotext -layout: "       I. ĐÁNH GIÁ KẾT QUẢ 6 THÁNG ĐẦU NĂM 2017" / "       Các cấp
            # ủy đã …"): the title ends at its line, as it does before a blank line (audit 24)
            return True
        if not MARKER.match(t):
            return prev.bold != cur.bold
    if MARKER.match(t):
        # "kinh tế\n- xã hội" is a wrapped hyphen, not a bullet: the line before must end a clause,
        # or stop short of the margin before an item or point — after a heading with no colon
        # ("II. Nhiệm vụ trọng tâm" / "1. Ban cán sự …", "1. Đối với cán bộ" / "1.1. Chịu …") or
        # a lost full stop; "… vào tháng" / "6. Đồng chí …" wrapped at the margin stays one paragraph.
        # A bullet after such a heading opens its list ("1. Nội dung học tập" / "- Nghị quyết …")
        if prev.text.endswith(_SENTENCE_END) or prev.text.endswith(",") or prev.bold != cur.bold:
            return True
        if ends_short:
            return _opens_item(t) or _opens_bullet(p, t) or _opens_part(p, t)
        # a caps heading line ends where it stops, at the margin too ("V. LÃNH ĐẠO … QUỐC PHÒNG,
        # AN NINH" / "1. Về kinh tế"); not before a bullet ("… KINH TẾ" / "- XÃ HỘI" is a hyphen)
        return is_caps(p) and " " in p and (_opens_item(t) or _opens_part(p, t))
    if prev.bold != cur.bold:
        return True
    if unwrapped and prev.no != cur.no and (p.endswith(_SENTENCE_END) and (t[:1].isupper() or t[:1].isdigit())
                      or ends_short and (p[0] in _HEAD_START or p.isupper()) and _heading_done(prev, cur)):
        # a Word export typed with blank lines in some places and none in others: its lines are
        # its paragraphs, so a finished sentence ("Căn cứ Điều lệ Đảng …;" / "Căn cứ Hướng dẫn …")
        # or a heading with no colon ("I- Kết quả 4 tháng đầu năm 2020" / "Mặc dù …") ends one
        # there, as it does in the same text without any blank line (audit 13). Not a web copy's
        # "<br>" inside its paragraph: the pieces of one source line stay one paragraph
        return True
    if ends_short and prev.no != cur.no:
        # the same text hard-wrapped with its blank lines (a web copy): a finished sentence that
        # stops short of the margin ended its paragraph ("… đúng hạn 98,6%." / "Giao Ủy ban …"),
        # and so did a numbered heading that stops before half of it ("1. Ưu điểm" / "Chi bộ đã
        # …"); a first line cut early runs further ("2. Các cơ quan, tổ chức đảng, Mặt trận Tổ
        # quốc Việt" / "Nam cấp huyện, …" stays one item)
        if not dense and p.endswith(_SENTENCE_END) and (t[:1].isupper() or t[:1].isdigit()):
            return True
        if prev.indent + len(p) < short * _HEADING / _SHORT and p[0] in _HEAD_START and _heading_done(prev, cur):
            return True
    if dense:
        if bare and ends_short and _row_done(p, t):
            return True
        if not (prev.text.endswith(_SENTENCE_END) and (t[:1].isupper() or t[:1].isdigit())):
            return False
        if bare and short and not ends_short and p.endswith(";") and t[:1].isdigit():
            # a PDF line wrapped after a clause's semicolon before a figure ("… trường đạt chuẩn
            # quốc gia đạt 88,6%;" / "100% trạm y tế xã có bác sĩ; …"): no paragraph opens on a
            # figure that is no item number (those were taken above), so the clause goes on
            return False
        if cur.indent >= margin + 2 and (cur.indent + 1 >= prev.indent or prev.indent >= margin + 4):
            # (and one set in less far than a list's hanging lines above it: "      - Hướng dẫn … bổ
            # sung quy hoạch." / "   Tuy nhiên, cần lưu ý …" — audit 24: it was the bullet's text)
            # pdftotext -layout sets each paragraph's first line in and wraps the rest back to the
            # margin: a finished sentence then a line set in opens a paragraph, also where most
            # paragraphs are one line (a convening notice's "1. Thời gian: …" / "2. Địa điểm: …", too
            # few wraps for the body to count as indented) — "- Các đồng chí … chuẩn bị ý kiến
            # tham gia." / "        Đề nghị các đồng chí dự Hội nghị …./." (audit 21: the closing
            # was the last bullet's)
            return True
        # a hard-wrapped web copy with blank lines between its paragraphs (its lines end near one
        # margin, at most ~120 columns): a line that runs to the margin was wrapped, even where it
        # happens to end on a full stop ("… chưa tốt." / "Việc xác định …" inside one paragraph).
        # Not in a PDF's text with no blank lines (its paragraphs' last lines may reach the margin
        # too), nor where paragraphs stand one a line (no margin)
        return bare or ends_short or not 0 < short <= _WRAP_MAX * _SHORT
    return False


def _short_of_margin(ends: list[int]) -> int:
    """The column a line must end before to have stopped short of the right margin: a fraction
    of the 90th-percentile line end (*ends*, sorted; one overlong line — a URL, two columns run
    together — does not move the margin); 0 for a handful of lines."""
    return int(_SHORT * ends[len(ends) * 9 // 10]) if len(ends) >= 4 else 0


# A numbering marker alone on its line, its text on the next: "1." / "Thống nhất với …", "a)" /
# "Thành lập …", "II." / "NHIỆM VỤ …", "Điều 1." / "Ban hành …", "(2)", "•" — as a PDF extraction or a
# Word file that kept the number in a paragraph (or a table cell) of its own prints them
LONE_MARKER = lazy_re(
    r"(?:[IVXLC]{1,6}|\d{1,3}(?:\.\d{1,3})*|[a-zđ])\s*[.)\-–/]|\(\d{1,3}\)|(?:Điều|ĐIỀU)\s+\d{1,3}\s*[.:]?|•"
)


def _lone(ln: Line) -> bool:
    """*ln* is a numbering marker and nothing else (:data:`LONE_MARKER`)."""
    return len(ln.text) <= 9 and not ln.sep and len(ln.frags) == 1 and LONE_MARKER.fullmatch(ln.text) is not None


# "2", "- 3 -", "Trang 4" alone on a line
PAGE_NO = lazy_re(r"^(?:-\s*)?(?:[Tt]rang\s+)?\d{1,3}(?:\s*-)?$")


def _table_figures(lines: list[Line]) -> tuple[set[int], dict[int, int]]:
    """Bare figures that are a table's cells, not page numbers, and the rows they open.

    A PDF's table comes out one cell a line: "STT" / "Nội dung" / "1" / "Rà soát đảng viên" / "2" /
    "Kiện toàn chi bộ" / … Its figures stand close together, closer than any two pages' numbers
    (:mod:`.furniture` counts pages the same way, ``CHAIN_GAP``): a figure with another one that
    near is a cell and stays in the text (audit 14: the number column went to ``unplaced``). A
    figure that counts on from the one before it (1, 2, 3 …) is the number column: it opens its
    row, which runs to the next number — the last row as far as the shortest row before it, up
    to a blank line or a marker. A header row over the first row ("STT" / "Nội dung" / "Đơn vị
    thực hiện" / "Thời gian" / "1", :func:`.furniture.table_head`) is a row too, one paragraph as
    the Word export's header typed with spaces reads ("STT Nội dung Đơn vị thực hiện Thời gian");
    its cells count a row's, so the "1" of a table of one row opens that row (audit 16: the header
    went cell by cell, the lone "1" to ``unplaced``) and no last row runs past that many lines.
    Returns (indexes of the cells, {row's first index: its end}).
    """
    figs = [(i, b) for i, ln in enumerate(lines) if ln.text[:1].isdigit() and (b := bare_figure(ln.text)) is not None]
    # the number column's "1" under a header row → the row's number of cells
    heads = {i: i - h for i, b in figs if b == 1 and (h := table_head(lines, i)) is not None}
    if len(figs) < 2 and not heads:
        return set(), {}
    cells = table_cells(figs) | set(heads)
    rows: dict[int, int] = {i - n: i for i, n in heads.items()}  # the header rows
    run: list[int] = []  # the number column being read: indexes of 1, 2, 3 …
    for k, (i, b) in enumerate([*figs, (len(lines) + CHAIN_GAP, -1)]):
        if run and k and b == figs[k - 1][1] + 1 and i - run[-1] < CHAIN_GAP:
            run.append(i)
            continue
        if len(run) >= 2 or run and run[0] in heads:
            for a, z in zip(run, run[1:]):
                rows[a] = next((x for x in range(a + 1, z) if not lines[x].text), z)
            last = run[-1]
            span = min((z - a for a, z in zip(run, run[1:])), default=heads.get(run[0], 0))
            if run[0] in heads:  # (a row has no more lines than its header has cells)
                span = min(span, heads[run[0]])
            end = last + 1
            while end < min(last + span, len(lines)) and lines[end].text and not MARKER.match(lines[end].text):
                end += 1
            rows[last] = end
        run = [i]
    return cells, rows


# A table cell's kind, by its text alone (folded): a figure ("412", "66,8%", "1.856", "46,4 tỷ"),
# a period or day ("Quý II/2013", "Tháng 6/2013", "30/6/2013", "Năm 2013"), or text
_FIGURE_CELL = lazy_re(r"[+-]?\d[\d.,]*\s*(?:%|ty|trieu|dong|nguoi|dong chi|dang vien|ha|tan)?")
_DATE_CELL = lazy_re(
    r"(?:(?:truoc|sau|trong|den|tu) )?(?:(?:ngay|thang|quy|nam)\s+)?(?:[ivx]+|\d{1,4})(?:\s*[/.-]\s*\d{1,4}){0,2}")
_CELL_MAX = 48  # a cell of a table printed one cell a line is short; longer lines are text
_CELL_COLUMNS = range(2, 9)


def _cell_kind(t: str) -> str:
    f = fold(t)
    if _FIGURE_CELL.fullmatch(f):
        return "figure"
    return "date" if _DATE_CELL.fullmatch(f) else "text"


def _cellish(ln: Line) -> bool:
    """A line that may be one cell of a table printed one cell a line: short, one cell, no marker,
    ending no sentence or clause (the sentence that announces the table ends on ":")."""
    t = ln.text
    return (bool(t) and len(t) <= _CELL_MAX and len(ln.frags) == 1 and not ln.sep and not MARKER.match(t)
            and not t.endswith((".", ":", ";", "!", "?")))


def _cell_table_rows(lines: list[Line], taken: set[int]) -> dict[int, int]:
    """Rows of a table printed one cell a line with no number column: ``{first index: end}``.

    A PDF's table with no "STT" column ("Loại" / "Số lượng" / "Tỷ lệ" / "Trong sạch vững mạnh" /
    "412" / "66,8%" / …) came out a paragraph a cell (audit 21). A run of short cell lines (a line
    in small letters goes on with the cell above it) is a table of *k* columns when it splits into a
    header row of labels and two rows or more whose columns each keep one kind — a figure, a period
    or text — with at least one column not text: the smallest such *k*. Anything else is left as it
    is (a run of short lines of text alone could be anything)."""
    rows: dict[int, int] = {}
    i, n = 0, len(lines)
    while i < n:
        if i in taken or not _cellish(lines[i]):
            i += 1
            continue
        j = i
        cells: list[list[int]] = []
        while j < n and j not in taken and _cellish(lines[j]):
            if cells and lines[j].text[:1].islower():
                cells[-1].append(j)
            else:
                cells.append([j])
            j += 1
        kinds = [_cell_kind(" ".join(lines[k].text for k in c)) for c in cells]
        for k in _CELL_COLUMNS:
            if len(cells) % k or len(cells) // k < 3 or any(x != "text" for x in kinds[:k]):
                continue
            cols = [set(kinds[c + k::k]) for c in range(k)]
            if all(len(c) == 1 for c in cols) and any(c != {"text"} for c in cols):
                for r in range(0, len(cells), k):
                    rows[cells[r][0]] = cells[r + k - 1][-1] + 1
                break
        i = j
    return rows


def _first_line_indents(lines: list[Line]) -> bool:
    """Do paragraphs open with a first-line indent ("       Căn cứ Luật …" over flush-left lines)?

    True when several lines are indented past the margin and each is followed by a line back at
    the margin — the shape of indented paragraphs, not of a centred or two-column block.
    """
    body = [ln for ln in lines if ln.text]
    if len(body) < 6:
        return False
    margin = min(ln.indent for ln in body)
    opens = sum(1 for a, b in zip(body, body[1:]) if margin + 2 <= a.indent <= margin + 12 and b.indent <= margin + 1)
    flush = sum(1 for ln in body if ln.indent <= margin + 1)
    return opens >= 3 and flush >= len(body) // 3


_RULE_LEADS = "-–—_=~*·"  # how a rule line opens (vocab.RULE)


def rule(ln: Line) -> bool:
    """A rule typed across the body, a separator and no text: "-----------", "______________" (over a
    closing's footnotes, between parts), "* * *", "=====" (audit 24: "____" was a paragraph — the
    closing's "./." no longer the last — and "-----" a "-" bullet of dashes); not "..." alone."""
    t = ln.text
    return t[:1] in _RULE_LEADS and RULE.match(t) is not None and bool(t.strip(". ·"))


def _word_paragraphs(lines: list[Line]) -> list[Para]:
    """A .docx's paragraphs: one per Word paragraph, its printed lines (manual line breaks, which
    share the paragraph's number) joined — "… đồng chí Đỗ Ngọc Điệp, Phó Bí thư Thường trực Tỉnh"
    ⏎ "ủy chủ trì" is one sentence. A printed line that opens an item, point or bullet ("1. …"⏎
    "2. …"), or a new sentence after a full stop, starts a paragraph of its own.

    A row of a table in the body ("1" | "Rà soát đảng viên" | "Ban Tổ chức" | "Quý III/2023") is
    one paragraph, its cells joined as a markdown table row's are: a paragraph per cell scattered
    the row's columns over as many paragraphs, a lone "Quý III/2023" no longer beside its task."""
    paras: list[Para] = []
    cur: list[Line] = []
    row = None
    for ln in lines:
        if not ln.text or rule(ln) and _row_of(ln) is None:
            continue
        r = _row_of(ln)
        if r is not None and r == row:
            cur.append(ln)
            continue
        if cur and len(cur) == 1 and r is None and _lone(cur[0]) and not MARKER.match(ln.text):
            cur.append(ln)  # "1." in a paragraph of its own, its text in the next (audit 23)
            continue
        if cur and (ln.no != cur[-1].no or r != row or MARKER.match(ln.text) or
                    cur[-1].text.endswith(_SENTENCE_END) and ln.text[:1].isupper()):
            paras.append(Para(cur))
            cur = []
        cur.append(ln)
        row = r
    if cur:
        paras.append(Para(cur))
    return paras


def _row_of(ln: Line) -> tuple[int, int] | None:
    """``(table, row)`` of a .docx line in a cell of a table of two or more columns, else None
    (a document typed whole into one cell is no table of rows)."""
    c = (ln.fmt or {}).get("cell")
    return (c["table"], c["row"]) if c and c["cols"] >= 2 else None


def _table_row(ln: Line) -> bool:
    """A row of a table in the body stands as a paragraph of its own, as a .docx table's row does
    (:func:`_row_of`): a markdown row "| 1 | Tư tưởng chính trị … | 20 | Có điểm trừ |" — joined
    like hard-wrapped lines, a table read as one run-on sentence (audit 6), and a deadline in its
    "Thời gian" column went to the wrong row — and a row typed with spaces in a Word export
    ("Thuế ngoài quốc doanh         42,0 tỷ         18,3 tỷ", two or more cells: all the rows
    of the table were one paragraph, audit 11)."""
    return len(ln.frags) > 1


# A công văn's addressee line and the body sentence after it, with no blank line between (PDF):
#   "Kính gửi: Các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc" / "Thực hiện Kết luận số …";
#   a tờ trình's "Kính trình: Ban Thường vụ Tỉnh ủy" (05-HD/VPTW, 2026)
_ADDRESS = ("Kính gửi", "KÍNH GỬI", "Kính trình", "KÍNH TRÌNH")
_OPENING = lazy_re(r"(?:Thực hiện|Căn cứ|Ngày \d|Sau khi|Vừa qua|Theo (?:đề nghị|chỉ đạo)|Hôm nay|Nhằm|Để)\b")


# A legal-basis entry: "- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;", "Căn cứ Quy định số 47-QĐ/TW …,"
_BASIS = lazy_re(r"^(?:[-–+•]\s*)?(?:Căn cứ|CĂN CỨ)\b")
# The enacting word of a resolution or decision on its own line: "QUYẾT NGHỊ:", "QUYẾT ĐỊNH:"
_ENACT = lazy_re(r"^(?:QUYẾT NGHỊ|QUYẾT ĐỊNH|KẾT LUẬN|QUY ĐỊNH)\s*:$")


def _after_preamble_part(cur: list[Line], ln: Line, packed: bool) -> bool:
    """Does *ln* end the paragraph *cur* of a preamble's fixed parts, blank line or not (a PDF has none)?

    "Kính gửi: Các huyện ủy, …" / "Thực hiện Kết luận số …" (an addressee line, then the body);
    "- Căn cứ Quy định số 47-QĐ/TW …," / "Ban Thường vụ Thành ủy quy định như sau:" (the last basis
    entry ends on a comma, a capital opens the enacting sentence) — only where the entries are
    *packed*, no blank line between them (a PDF; a typed block "- Căn cứ Điều lệ Đảng;" / "- Căn cứ
    …,"): where blank lines part the entries (a web copy), a capital after a comma
    is the entry's own hard wrap ("- Căn cứ Quy chế làm việc của Ban Chấp hành Trung ương," /
    "Bộ Chính trị, Ban Bí thư khoá XIII;" was cut in two, audit 20); "… đã thảo luận và" / "QUYẾT
    NGHỊ:" (the enacting word stands on its own line, and so does what follows it).
    """
    first, t = cur[0].text, ln.text
    if first.startswith(_ADDRESS) and _OPENING.match(t):
        return True
    if (packed and _BASIS.match(first) and cur[-1].text.endswith((",", ";")) and t[:1].isupper()
            and not _BASIS.match(t)):
        return True
    return bool(_ENACT.match(t) or _ENACT.match(cur[-1].text))


def _short_rows(lines: list[Line], short: int) -> set[int]:
    """``id`` of each line that opens a paragraph of its own inside a block between blank lines
    because every line of the block stopped short of the margin (*short*): such a block holds
    rows, not a hard-wrapped paragraph — a table typed with spaces, its gaps gone in a web copy
    ("Thuế ngoài quốc doanh 42,0 tỷ 18,3 tỷ 43,6%" / "Thu tiền sử dụng đất …", audit 11). Three
    lines at least, none left hanging (:func:`_row_done`): a web copy's paragraph whose first
    line was cut early ("… Mặt trận Tổ quốc Việt" / "Nam cấp huyện, …") has a long line under it."""
    out: set[int] = set()
    block: list[Line] = []
    for ln in [*lines, None]:
        if ln is not None and ln.text:
            block.append(ln)
            continue
        if len(block) >= 3 and all(b.indent + len(b.text) < short for b in block) and all(
                _row_done(a.text, b.text) for a, b in zip(block, block[1:])):
            out.update(id(b) for b in block[1:])
        block = []
    return out


def split_paragraphs(lines: list[Line], strays: list[Line] | None = None, *, one_per_line: bool = False,
                     own_number: str | None = None) -> list[Para]:
    """Paragraphs of a run of lines (blank and ``|`` lines separate).

    A Word paragraph is a paragraph whatever its punctuation: with *one_per_line* (``.docx``
    sources) every paragraph stands alone — :func:`_word_paragraphs`.
    """
    if one_per_line:
        return _word_paragraphs(lines)
    ends = sorted([ln.indent + len(ln.text) for ln in lines if ln.text])
    nonblank = len(ends)
    gaps = sum(1 for a, b in zip(lines, lines[1:]) if a.text and not b.text)
    # (a short body with no blank line at all is dense too: a PDF's công văn of three lines)
    dense = nonblank > 3 and gaps < 0.3 * nonblank or nonblank > 1 and not gaps
    indented = dense and _first_line_indents(lines)
    short = _short_of_margin(ends)
    margin = min((ln.indent for ln in lines if ln.text), default=0)
    # no blank line to go by (a PDF extract; a stray one at a page break): hard-wrapped paragraphs
    # of a web copy with blank lines between them are dense too, but not bare
    bare = dense and gaps * 10 < nonblank
    rows = set() if bare or not short else _short_rows(lines, short)
    # most lines wider than any hard wrap (a PDF page, a web copy's pre block): one paragraph a line
    unwrapped = len(ends) >= 4 and ends[len(ends) * 9 // 10] > _WRAP_MAX
    paras: list[Para] = []
    cur: list[Line] = []
    stray = strays if strays is not None else []
    cells, numbered = _table_figures(lines)
    if dense:
        taken = {k for a, z in numbered.items() for k in range(a, z)}
        numbered.update(_cell_table_rows(lines, taken))
    row_end = -1  # a table row being read (from its number cell): its lines join up to here
    packed = False  # a paragraph already ended since the last blank line: no blank parts them here
    lone = False  # cur is a marker alone on its line ("1."): the next line is its text, blank lines or not
    for i, ln in enumerate(lines):
        if lone:
            if not ln.text:
                continue
            lone = False
            if not MARKER.match(ln.text):
                cur.append(ln)  # "1." / (blank) / "Thống nhất với dự thảo …" is one item (audit 23)
                continue
        if i < row_end and ln.text:
            cur.append(ln)
            continue
        if i == row_end and cur:
            paras.append(Para(cur))
            cur = []
        if i in numbered:
            # "1" / "Rà soát đảng viên" / "Ban Tổ chức": one paragraph a row, as a .docx or markdown
            # table's row is
            if cur:
                paras.append(Para(cur))
            cur, row_end = [ln], numbered[i]
            continue
        if own_number and own_number in ln.text and is_caps(ln.text) and dense:
            # a PDF's running header: "TỈNH ỦY BÌNH ĐỊNH - THÔNG BÁO SỐ 1586-TB/TU" on every page
            stray.append(ln)
            continue
        if PAGE_NO.match(ln.text) and (ln.indent > 20 or dense) and i not in cells:
            # a page number from a PDF ("2", "- 3 -") is layout: kept in unplaced, out of the text;
            # a sentence broken by it ("… chuẩn bị" / "2" / "tốt các điều kiện …") goes on after it
            if cur and cur[-1].text.endswith(_SENTENCE_END):
                paras.append(Para(cur))
                cur = []
            stray.append(ln)
            continue
        if not ln.text and cur and _goes_on_past_blank(cur[-1], lines, i):
            continue  # "- Tập trung xây dựng xã …," / (blank) / "hoàn thành trong năm 2024;" (audit 24)
        if not ln.text or ln.text[:1] in _RULE_LEADS and rule(ln):
            if cur:
                paras.append(Para(cur))
                cur = []
            packed = False
            if ln.text:
                stray.append(ln)  # (unplaced keeps no rule: layout, as the subject's rule is)
            continue
        if cur and _table_row(cur[0]) and _row_tail(cur[0], ln):
            cur.append(ln)  # a cell of the row wrapped onto the next line
            continue
        if _lone(ln) and (not cur or cur[-1].text.endswith(_CLAUSE_END)):
            # a marker alone after a finished sentence or clause (never "… số 21-" / "KL/TW", a
            # hyphen break): it opens a paragraph, whose text is the next line's
            if cur:
                paras.append(Para(cur))
            cur, lone, packed = [ln], True, True
            continue
        if cur and (_table_row(ln) or _table_row(cur[-1]) or id(ln) in rows or _starts_new(cur[-1], ln, dense, indented, short, bare, margin, unwrapped)
                    or _after_preamble_part(cur, ln, bare or packed)):
            paras.append(Para(cur))
            cur = []
            packed = True
        cur.append(ln)
    if cur:
        paras.append(Para(cur))
    return [_row_para(p) if len(p.lines) > 1 and _table_row(p.lines[0]) else p for p in paras]


_BLANKS_IN_A_WRAP = 2  # blank lines a web copy (or a PDF's page break) puts inside one sentence


def _goes_on_past_blank(last: Line, lines: list[Line], i: int) -> bool:
    """Does the sentence on *last* go on after the blank line ``lines[i]``? Web copies that put a
    blank line between every line ("- Kiện toàn tổ chức bộ máy, sắp xếp cán bộ" / (blank) / "không
    chuyên trách theo quy định;") and PDFs broken by a page leave one inside a sentence: *last*
    ends with no stop (a comma at most) and the next line opens in a small letter, no marker, one
    cell — no paragraph ever opens so (audit 24: the tail was its bullet's paragraph)."""
    t = last.text
    if not t or t.endswith(_SENTENCE_END) or len(last.frags) > 1:
        return False
    for ln in lines[i + 1 : i + 1 + _BLANKS_IN_A_WRAP]:
        if ln.text:
            n = ln.text
            if len(ln.frags) > 1 or MARKER.match(n) is not None:
                return False
            # (or after a word no line ends a paragraph on: "… thực hiện Nghị quyết của" / "Ban
            # Chấp hành …", "… đạt tỷ lệ trên" / "92% …")
            return n[:1].islower() and n[:1].isalpha() or t.rsplit(None, 1)[-1].lower() in _DANGLING
    return False


def _row_tail(row: Line, ln: Line) -> bool:
    """Is *ln* the wrapped tail of cells of table row *row* (a line of two or more cells, as
    ``pdftotext -layout`` and Word exports print a row)? Its cells stand under the row's later
    columns — none at the first — as "Đồng chí Phó Bí thư Thường" / "trực Huyện ủy" does under
    "Người thực hiện"; or it goes on in small letters under the first column. Not a marker, nor a
    caps line (a heading set in after the table). Audit 21: the tail was a paragraph of its own."""
    t = ln.text
    if not t or ln.sep or MARKER.match(t) or is_caps(t) or len(ln.frags) >= len(row.frags):
        return False
    cols = [fr.col for fr in row.frags]
    if ln.frags[0].col >= cols[1] - 2:
        return all(any(abs(fr.col - c) <= 3 for c in cols[1:]) or fr.col > cols[1] for fr in ln.frags)
    return len(ln.frags) == 1 and t[:1].islower() and abs(ln.frags[0].col - cols[0]) <= 3


def _row_para(p: Para) -> Para:
    """A table row and its wrapped tails as one paragraph, each tail joined to the cell it stands
    under: "08 giờ 00 - 10 giờ 30 Thông qua báo cáo, thảo luận Đồng chí Phó Bí thư Thường trực Huyện
    ủy", not the tails after the last cell."""
    row = p.lines[0]
    cols = [fr.col for fr in row.frags]
    cells = [[fr.text] for fr in row.frags]
    for ln in p.lines[1:]:
        for fr in ln.frags:
            k = max((i for i, c in enumerate(cols) if c <= fr.col + 3), default=0)
            cells[k].append(fr.text)
    return Para(p.lines, " ".join(" ".join(c) for c in cells))


def run(st: State) -> None:
    a, b = st.body
    strays: list[Line] = []
    own = (st.out["number"] or {}).get("raw")
    lines = st.lines[a:b] if not st.addressee else st.addressee + st.lines[a:b]
    st.paras = split_paragraphs(lines, strays, one_per_line=st.src.kind == "docx", own_number=own)
    for ln in strays:
        st.unplaced(ln.no, ln.text)
