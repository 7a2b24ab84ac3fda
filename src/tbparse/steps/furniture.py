"""What an archive copy adds around a document, taken out before any other step reads it.

Batch users feed tbparse whatever the archive holds. A PDF extraction carries each page's running
furniture — a page number ("2", "- 2 -", "Trang 2/3"), a running head repeating the party line or
the document's number ("Số 503-TB/TU - Trang 2") — wherever the page broke: in a sentence, between
two recipients, between a signature's position and its name, where it became a recipient ("- 4 -")
or part of the position ("PHÓ CHÁNH VĂN PHÒNG ĐẢNG CỘNG SẢN VIỆT NAM"). A web page carries its
chrome under the document ("Nguồn: …", "File đính kèm", "Tin liên quan" and its "- …" links, which
read as more recipients). A file may hold two documents one after the other, whose header, body
and footer were merged into one silently wrong notice (the first's header over the second's
signature).

This step runs first and leaves ``State.lines`` without those lines: furniture and chrome go to
``unplaced`` (never dropped), and so do a second document's lines, with an ``another-document``
warning naming where it starts: the first document is read alone, and the file should be split. Line numbers stay
those of the file. Word files (.docx) keep page furniture out of the body already, all but a page
number typed as a paragraph ("- 2 -").
"""
from __future__ import annotations

from functools import lru_cache

from ..fold import fold, preimages
from ..lazyre import lazy_re
from ..lines import Line
from ..state import State
from ..vocab import AUTHORITY, PARTY_LINE, STATE_MOTTO, authority, is_caps, recipients_label
from .header import NUMBER_LINE, PARTY_NO, STATE_NO, date_match
from .zones import BLANK_NUMBER, is_copy_label, label_cell

_HEAD_SCAN = 40  # the first header's number and party line are never further down

# A page number in a form only page furniture has (folded): "- 2 -", "– 3 –", "trang 2",
# "trang 2/5", "page 3", "2/5" (the last page number after the slash, checked by _page_form)
_PAGE_FORM = lazy_re(r"(?:-\s*(\d{1,3})\s*-|(?:trang|page)\s*(\d{1,3})(?:\s*/\s*(\d{1,3}))?|(\d{1,3})\s*/\s*(\d{1,3}))")
# ... closing a running head (folded): "so 503-tb/tu - trang 2", "thong bao 503-tb/tu - 3 -"
_PAGE_TAIL = lazy_re(r"(?:(?:trang|page)\s*\d{1,3}(?:\s*/\s*\d{1,3})?|-\s*\d{1,3}\s*-)$")
CHAIN_GAP = 8  # lines at least between two pages' numbers: a table's "1" / "2" cells are closer

# Web chrome under a document (folded, at the start of the line): "Tin liên quan", "Các tin
# khác", "Bài viết khác:", "File đính kèm:", "Lượt xem: 123", "Tổng số lượt truy cập: 125.698",
# "Chia sẻ", "In bài", "Bản quyền thuộc …", "Nguồn: …", "Cập nhật lúc 08:30 12/05/2020", "Ngày
# đăng: …", "Về đầu trang", "Từ khóa: …", "Ý kiến bạn đọc", "Bình luận (0)", "Xem thêm", "Tin mới
# nhất", "Đang truy cập: 25" (a word added here with a new first letter goes into _initials too)
_CHROME = lazy_re(
    r"(?:tin lien quan|bai viet lien quan|van ban lien quan|cac tin khac|tin khac|tin cung chuyen muc"
    r"|(?:cac )?bai viet khac|tin bai khac|(?:tong )?(?:so )?luot truy cap"
    r"|file dinh kem|tep dinh kem|tai ve|tai file|luot xem|so lan xem|chia se|in bai"
    r"|gui email|ban quyen|copyright|\u00a9|cap nhat luc|ngay cap nhat|ngay dang|ve dau trang|len dau trang"
    r"|tro ve|quay lai|nguon\s*:|trang chu"
    r"|tu khoa\s*:|tags?\s*:|y kien ban doc|binh luan|gui y kien|xem them|tin moi|tin da dua|van ban khac"
    r"|danh gia bai viet|thong ke truy cap|dang truy cap|tai van ban)"
)
# a breadcrumb's separator: "Trang chủ > Văn bản > Văn bản của Tỉnh ủy", "Văn bản » Chỉ đạo",
# "Tin tức › Văn bản" (the single guillemet, audit 24); " / " only with "Trang chủ" (a sign alone
# of none: "Quý I / 2024")
_CRUMB = (" > ", " » ", " › ")
# ... of which one alone marks a page's tail ("Nguồn: …" may also close a table in an appendix, so
# only one naming a web page is sure: "Nguồn: Cổng thông tin điện tử Tỉnh ủy Quảng Ninh", "Nguồn:
# Báo điện tử Đảng Cộng sản Việt Nam", "Nguồn: https://…", "Nguồn: tinhuybacninh.vn")
_CHROME_SURE = lazy_re(
    r"(?:tin lien quan|bai viet lien quan|cac tin khac|(?:cac )?bai viet khac|tin bai khac|file dinh kem|luot xem"
    r"|chia se|in bai|ban quyen|tu khoa\s*:|tags?\s*:|y kien ban doc|binh luan|tin moi|tin da dua|van ban khac"
    r"|thong ke truy cap|dang truy cap"
    r"|nguon\s*:.*?(?:cong thong tin|cong ttdt|trang thong tin|trang tin dien tu|bao dien tu|website|https?:|www\."
    r"|\.(?:vn|com|net|org)\b))"
)
_TRAILER_SCAN = 60  # non-blank lines looked at from the end for a web page's chrome

_SECOND_WINDOW = 8  # lines around a later party line where a new header's number and date stand


def _page_no(text: str) -> int | None:
    """The page number of a line that is only page furniture in one of its forms, else None.
    A bare figure ("2") is not: a table's cell looks the same (see :func:`bare_figure`)."""
    if len(text) > 16 or not text[:1] in "-–—TtPp0123456789":
        return None
    m = _PAGE_FORM.fullmatch(fold(text))
    if m is None:
        return None
    if m.group(4):  # "2/5": a page of five, never a date's "6/2021"
        n, last = int(m.group(4)), int(m.group(5))
        return n if 1 <= n <= last <= 99 else None
    n = int(m.group(1) or m.group(2))
    if m.group(3) and not n <= int(m.group(3)) <= 99:
        return None
    return n


def bare_figure(text: str) -> int | None:
    """The figure a line holds alone ("2"), else None: a page number or a table's cell, which
    :func:`table_cells` tells apart. ASCII figures only: "²" or "³" alone on a line is a digit to
    str.isdigit, not to int (audit 14: int() raised on a PDF's superscript)."""
    return int(text) if len(text) <= 3 and text.isascii() and text.isdigit() else None


def table_cells(figs: list[tuple[int, int]]) -> set[int]:
    """Indexes among *figs* (``(index, figure)`` of bare figures, in line order) that are a table's
    cells: a table's cells come in runs ("1" / "Rà soát đảng viên" / "2" / …), so a figure with
    another closer than two pages' numbers ever stand is a cell — here and in paragraphs.py alike,
    or a table's "1" is chained to the page number "2" far below it (audit 14)."""
    cells: set[int] = set()
    for (i, _), (j, _) in zip(figs, figs[1:]):
        if j - i < CHAIN_GAP:
            cells.update((i, j))
    return cells


# The first cell of a table's header row alone on its line, as a PDF's text has it (folded): "STT",
# "TT", "Số TT", "Số thứ tự" — the row's other cells follow one a line ("Nội dung" / "Đơn vị thực
# hiện" / "Thời gian"), then the first row's "1"
_TABLE_HEAD = frozenset(("stt", "tt", "so tt", "so thu tu"))
_HEAD_CELL = 40  # a header cell is a label: longer lines are text


def table_head(lines: list[Line], i: int) -> int | None:
    """Index of the "STT" cell opening the header row right above the bare figure ``lines[i]``
    (the table's first row number), else None: "STT" / "Nội dung" / "Thời gian" / "1" — one cell
    a line, no blank line, short labels, another cell at least besides "STT". That "1" is a cell
    even when no other figure is near it (a one-row table; audit 16: it was taken for a page
    number), and the header's cells tell how many cells a row has."""
    for h in range(i - 1, max(i - CHAIN_GAP, -1), -1):
        t = lines[h].text
        if not t or len(t) > _HEAD_CELL or len(lines[h].frags) > 1 or bare_figure(t) is not None:
            return None
        if t[:1] in "STst" and len(t) <= 10 and fold(t) in _TABLE_HEAD:
            return h if h < i - 1 else None
    return None


def _head_end(lines: list[Line]) -> tuple[int, str | None]:
    """``(index after the first header's number or party line, own number raw)``; ``(0, None)``
    for a text with neither (a draft without a header). The first of each only: the party line
    again on page 2 is a running head."""
    party = number = None
    own = None
    for i, ln in enumerate(lines[:_HEAD_SCAN]):
        if party is not None and (number is not None or i > party + _SECOND_WINDOW):
            break  # (a draft's blank number is no number: the next document's is not its own)
        for x in (ln.text, *(fr.text for fr in ln.frags)):
            f = fold(x)
            if party is None and PARTY_LINE in f and len(f) <= 80:  # (not "… Đảng Cộng sản Việt Nam" in a sentence)
                party = i
            if number is None and _is_number_line(x, f):
                number = i
                m = NUMBER_LINE.match(f)
                n = PARTY_NO.match(x, m.end()) if m else None
                if n:
                    own = f"{n.group(1)}-{n.group(3)}/{n.group(4)}".replace(" ", "")
    return max(-1 if party is None else party, -1 if number is None else number) + 1, own


def _is_number_line(fr_text: str, f: str | None = None, state: bool = False) -> bool:
    """A header's number cell: "Số 503-TB/TU", or a draft's blank "Số     -NQ/ĐU" (*f*: its fold,
    when the caller has it); with *state*, a State one too: "Số: 1234/TB-UBND"."""
    if f is None:
        if fr_text[:1] not in ("S", "s"):  # (every number cell opens with "Số")
            return False
        f = fold(fr_text)
    m = NUMBER_LINE.match(f)
    if m and (PARTY_NO.match(fr_text, m.end()) or state and STATE_NO.match(fr_text, m.end())):
        return True
    return f.startswith("so") and BLANK_NUMBER.search(f) is not None


def _second_document(lines: list[Line], top: int) -> int | None:
    """Index where a second document's header starts, else None.

    A new header is all three of its parts near each other: the party line, a number line ("Số
    12-TB/TU", a draft's blank "Số     -NQ/ĐU") and a date line ("Phan Thiết, ngày 3 tháng 6 năm
    2008", a blank day too), below the first header — never a certified copy's block under a "SAO Y
    BẢN CHÍNH" label (it has a number and a date, and a page's running party line may stand by
    them), nor a page's running head alone (the party line or the number). The block
    starts at the first of its lines, or at the issuer's lines above it (one cell a line: "TỈNH ỦY
    X" / "*" / "Số …" / "|" / "ĐẢNG CỘNG SẢN VIỆT NAM").
    """
    n = len(lines)
    floor = top  # a new header's lines are below this: the first header's, or a copy's block's
    copy = False  # under a certified copy's label, until its number and date are passed
    # only a copy's label ("SAO Y BẢN CHÍNH", "TRÍCH SAO"), a number cell under it ("Số …", maybe
    # right of another cell) or a party line ("… NAM") matters: a comprehension skips the body's
    # lines ~3x faster than the loop's tests
    maybe = [i for i in range(top + 4, n) if (t := lines[i].text) and (
        "NAM" in t or t[:1] in ("S", "T", "s") or len(lines[i].frags) > 1 and any(fr.text[:1] in ("S", "s") for fr in lines[i].frags))]
    for i in maybe:
        ln = lines[i]
        t = ln.text
        if is_copy_label(t) or len(ln.frags) > 1 and label_cell(ln) is not None:
            copy = True
        if copy and any(_is_number_line(x) for x in (t, *(fr.text for fr in ln.frags))):
            floor, copy = i + 1, False  # the copy's own number ("Số 12-SY/VPHU   Ninh Hải, ngày …")
            continue
        if copy or "NAM" not in t:  # (the party line is typed in capitals)
            continue
        f = fold(t)
        # a State document pasted under the Party one heads its page with the national motto
        # ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" over "Số: 1234/TB-UBND"): its lines are no part of
        # the first (audit 24: its signature and list were read as the notice's)
        state = PARTY_LINE not in f
        if state and STATE_MOTTO[0] not in f:
            continue
        anchor = STATE_MOTTO[0] if state else PARTY_LINE
        lo, hi = max(floor, i - _SECOND_WINDOW), min(n, i + _SECOND_WINDOW + 1)
        # (each cell, and each line whole: a draft's blanks split "Số     -NQ/ĐU" into two cells)
        near = [x for ln2 in lines[lo:hi] if ln2.text for x in (ln2.text, *(fr.text for fr in ln2.frags))]
        if not any(_is_number_line(x, state=state) for x in near) or not any(
                len(x) <= 90 and date_match(fold(x)) for x in near):
            continue
        first = next(k for k in range(lo, hi) if any(
            anchor in fold(fr.text) or _is_number_line(fr.text, state=state) for fr in lines[k].frags))
        return _issuer_above(lines, first, top)
    return None


def _issuer_above(lines: list[Line], k: int, top: int) -> int:
    """The first line of the issuer's cell over *k*: the short caps lines, "*" and cell borders
    right above it that no signature has (no authority, no name)."""
    from .footer import caps_name

    first = k
    for i in range(k - 1, max(top, k - 6) - 1, -1):
        ln = lines[i]
        t = ln.text
        if ln.sep or not t:
            continue
        if t.strip("*") == "" or (is_caps(t) and len(t) <= 60 and not authority(t) and not caps_name(t)
                                  and not AUTHORITY.match(fold(t)) and not t.endswith((",", ";", ".", ":"))):
            first = i
            continue
        break
    # blank lines and cell borders just above the issuer go with it
    while first > top and (lines[first - 1].sep or not lines[first - 1].text):
        first -= 1
    return first


def _lead(lines: list[Line]) -> int:
    """Index of the first line of the document under a web page's chrome, else 0.

    The chrome above the header ("Trang chủ > Văn bản", "Cập nhật lúc 08:30 12/05/2020", "Lượt
    xem: 1234", the title repeated) stands before the first caps line (the issuer or the party
    line). A header with a type line takes it into the header zone, where it is unplaced; a
    công văn's header (no type line) must start at the first line, so the chrome hid it whole.
    Chrome only with one of its signs among those lines: a draft's first lines are its text. The
    portal's lead paragraph goes with the chrome it stands in ("(CTTĐT) - Ngày 15/12/2022, Ban
    Thường vụ … ban hành Thông báo số 389-TB/HU … trân trọng giới thiệu toàn văn", under "Trang chủ
    > Văn bản" — audit 24: its length made the whole lead the document's, each line unplaced-text).
    A portal that repeats the title in capitals ("THÔNG BÁO KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY …",
    then "Ngày đăng: … | Lượt xem: …") puts a caps line above the header too: the chrome runs to
    the issuer's cell over the header's first number or party line (audit 21: the title was read
    as the type line and subject, the header went to the preamble).
    """
    h = next((i for i, ln in enumerate(lines[:20]) if ln.text and len(ln.text) >= 5 and is_caps(ln.frags[0].text)), 0)
    lead = [ln.text for ln in lines[:h] if ln.text]
    signs = any(_chrome_sign(t) for t in lead if len(t) <= 120)
    if not signs and any(len(t) > 120 for t in lead):
        return 0  # (a long line with no chrome sign above it: a draft's text, not a page's)
    start = _header_start(lines)
    if start is not None and start > h:
        between = [ln.text for ln in lines[h:start] if ln.text]
        if all(len(t) <= 250 for t in between) and (signs or any(_chrome_sign(t) for t in between)):
            return start
    return h if signs else 0


def _chrome_sign(t: str) -> bool:
    return _CHROME.match(fold(t)) is not None or any(c in t for c in _CRUMB)


def _header_start(lines: list[Line]) -> int | None:
    """Index of the first line of the issuer's cell over the first header line holding the party
    line or a number ("Số 712-TB/TU"), else None."""
    for k, ln in enumerate(lines[:_HEAD_SCAN]):
        if ln.text and any(PARTY_LINE in fold(fr.text) and len(fr.text) <= 80 or _is_number_line(fr.text)
                           for fr in ln.frags):
            return _issuer_above(lines, k, 0)
    return None


def _furniture(lines: list[Line], top: int, end: int, own: str | None) -> set[int]:
    """Indexes of page furniture in ``lines[top:end]``: page numbers in their own forms, bare
    page numbers that count the pages (a chain 2, 3, 4 … far apart, one alone, or one next to a
    form feed or other furniture), and running heads — the party line again, or a short line holding the
    document's own number — before a certified copy's block (whose header is its own: there the
    party line only beside a page number)."""
    out: set[int] = set()
    bare: list[tuple[int, int]] = []
    weak: list[int] = []  # the party line in a certified copy's block: a running head only by a page number
    copy_seen = False
    own2 = own[:2] if own else None
    # what may be furniture (short, or the party line "… NAM", a number "Số …", a copy's label
    # "SAO Y …"/"TRÍCH …", the own number): a comprehension skips the body's lines ~3x faster
    maybe = [i for i in range(top, end) if (t := lines[i].text) and len(lines[i].frags) == 1 and (
        len(t) <= 16 or len(t) <= 100 and (t[-3:].upper() == "NAM" or t[:1] in ("S", "T") or own2 is not None and own2 in t))]
    for i in maybe:
        ln = lines[i]
        t = ln.text
        if _page_no(t) is not None:
            out.add(i)
            continue
        b = bare_figure(t)
        if b is not None:
            bare.append((i, b))
            continue
        if len(t) > 100 or not (t[-3:].upper() == "NAM" or t[:1] in ("S", "T") or own2 is not None and own2 in t):
            continue
        f = fold(t)
        if copy_seen:
            if f == PARTY_LINE:
                weak.append(i)
            elif own and own in t.replace(" ", "") and (is_caps(t) or _PAGE_TAIL.search(f)):
                out.add(i)  # the original's number over a page of the copy's block
            continue
        if is_copy_label(t, f):
            copy_seen = True
            continue
        # (not an appendix's "(Kèm theo Kế hoạch số 48-KH/BTCTU ngày 22/3/2021 …)")
        if f == PARTY_LINE or own and own in t.replace(" ", "") and not t.endswith((".", ";", ",", ":", ")")) and (
                is_caps(t) or _PAGE_TAIL.search(f) or len(t) <= 40):
            out.add(i)
    # a table's cells, and no page counts on from them
    cell = table_cells(bare)
    # ... and so is a "1" right under a table's header row, alone or not (a one-row table)
    cell.update(i for i, b in bare if b == 1 and table_head(lines, i) is not None)
    # each figure's first and last line outside a table: a page's number chains to the next page's
    # far below it or the previous page's far above (the ends alone tell whether one is far
    # enough; a scan of every other line holding the figure was quadratic in a file of page numbers)
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for i, b in bare:
        if i not in cell:
            first.setdefault(b, i)
            last[b] = i
    for i, b in bare:
        chained = i not in cell and (last.get(b + 1, -CHAIN_GAP) - i >= CHAIN_GAP or i - first.get(b - 1, i) >= CHAIN_GAP)
        fed = "\f" in lines[i].raw or i + 1 < end and lines[i + 1].raw.startswith("\f") or (
            i > 0 and "\f" in lines[i - 1].raw)
        # a lone "2" with no figure near it: a two-page document's one page number (a table's
        # cells come in runs: "1" / "…" / "2")
        alone = b >= 2 and i not in cell
        if b >= 1 and (chained or fed or alone or (i - 1) in out or (i + 1) in out):
            out.add(i)
    out.update(i for i in weak if i - 1 in out or i + 1 in out)
    return out


def _paged_heads(lines: list[Line], top: int, end: int, own: str | None) -> set[int]:
    """Indexes of running heads that carry the page number in a column of their own, as
    ``pdftotext -layout`` prints a page's head: "Thông báo số 192-TB/HU        2", "3      Số
    503-TB/TU", "ĐẢNG CỘNG SẢN VIỆT NAM      - 2 -" (audit 21: the line became the last item's
    paragraph). Two cells: a page number, and the document's own number or the party line."""
    out: set[int] = set()
    for i in range(top, end):
        ln = lines[i]
        if len(ln.frags) != 2:
            continue
        a, b = (fr.text for fr in ln.frags)
        for page, head in ((b, a), (a, b)):
            if _page_no(page) is None and bare_figure(page) is None:
                continue
            if len(head) <= 100 and (fold(head) == PARTY_LINE or own and own in head.replace(" ", "")
                                     and not head.endswith((".", ";", ",", ":", ")"))):
                out.add(i)
    return out


# A line that ends a sentence or a clause: the blank lines after it part paragraphs
_CLAUSE_DONE = (".", ":", ";", "!", "?", "./.", "”", '"')


def _page_gaps(lines: list[Line], pages: set[int]) -> set[int]:
    """Indexes of the blank lines around a page's furniture that a sentence runs across: a PDF's
    page ends and starts with blank lines ("… báo cáo Ban Thường vụ Tỉnh ủy trước ngày" / "" /
    "2" / "" / "15/11/2019."), which would end the paragraph there once the page number is out
    (audit 21: the sentence lost its deadline). Only where the line before the page break ends
    no sentence or clause: after "…thực hiện." the blank lines stay."""
    out: set[int] = set()
    n = len(lines)
    reach = -1
    for i in sorted(pages):
        if i < reach:  # in the run of furniture and blank lines an earlier page line read: the same
            continue  # break (each page's walk crossed the whole run again: quadratic in a file of pages)
        p = i - 1
        while p >= 0 and (p in pages or not lines[p].text):
            p -= 1
        q = i + 1
        while q < n and (q in pages or not lines[q].text):
            q += 1
        reach = q
        if p < 0 or q >= n or lines[p].text.endswith(_CLAUSE_DONE):
            continue
        out.update(k for k in range(p + 1, q) if k not in pages and not lines[k].text and not lines[k].sep)
    return out


def _trailer(lines: list[Line], top: int, end: int) -> int:
    """Index where a web page's chrome under the document starts, else *end*.

    Read upward from the end, over at most a screenful of lines, to the document's last own
    line (the recipients' label, an authority, the closing "./."): the topmost chrome line found
    on the way starts the chrome, with all below it ("Tin liên quan" and its "- …" links). One
    sure sign, or two of the weaker ("Nguồn: …" alone may close an appendix's table)."""
    start = end
    hits = sure = seen = 0
    # (only a line whose first letter may open a label, an authority or chrome is folded: most
    # of a footer's lines are names and entries)
    stop_first, chrome_first = _initials()
    for i in range(end - 1, top - 1, -1):
        ln = lines[i]
        t = ln.text
        if not t:
            continue
        seen += 1
        if seen > _TRAILER_SCAN:
            break
        if t.endswith(("./.", "/.")):
            break
        stop, chrome = t[0] in stop_first, t[0] in chrome_first and len(t) <= 120
        if not (stop or chrome):
            continue
        f = fold(t)
        if stop and (recipients_label(f) is not None or authority(t)):
            break
        if chrome and _CHROME.match(f):
            start, hits = i, hits + 1
            sure += bool(_CHROME_SURE.match(f))
    return start if sure or hits >= 2 else end


@lru_cache(maxsize=1)
def _initials() -> tuple[frozenset[str], frozenset[str]]:
    """The first characters (as typed, any case or accent: :func:`~tbparse.fold.preimages`) of the
    lines the trailer walk stops at — "Nơi nhận", an authority ("T/L", "K/T", "Q.", a garbled
    "I/M") — and of its chrome lines ("Tin liên quan", "Bản quyền", "©", …: _CHROME's words)."""
    stop = "".join(preimages(c) for c in "ntkqi")
    chrome = "".join(preimages(c) for c in "tbvcflsignqxyd") + "\u00a9"
    return frozenset(stop), frozenset(chrome)


def _typed_page_numbers(st: State) -> None:
    """A Word file's page numbers are Word's own (the page's footer, not read), but a typist may type
    one as a paragraph where a page ended: "- 2 -", "Trang 2". Only those forms — not a bare "2" nor
    "2/5", which a table's cell holds — go to furniture (audit 24: "- 3 -" under the list was an
    entry "3 -", in the body a bullet)."""
    keep = []
    for ln in st.lines:
        t = ln.text
        if len(ln.frags) == 1 and t[:1] in "-–—Tt" and _page_no(t) is not None:
            st.unplaced(ln.no, t)
            st.furniture.add(ln.no)
        else:
            keep.append(ln)
    if len(keep) < len(st.lines):
        st.lines = keep
        st.out["layout"]["furniture"] = sorted(st.furniture)  # placed: no unplaced-text, no TB000


def run(st: State) -> None:
    if st.src.kind == "docx":
        _typed_page_numbers(st)
        return
    lines = st.lines
    n = len(lines)
    if n < 8:
        return
    lead = _lead(lines)
    top, own = _head_end(lines)
    second = _second_document(lines, top) if top else None
    end = n if second is None else second
    trail = _trailer(lines, top, end)
    pages = _furniture(lines, top, trail, own) | _paged_heads(lines, top, trail, own)
    drop = pages | set(range(lead))
    if second is None and trail == n and not drop:
        return
    gap = _page_gaps(lines, pages)
    keep = []
    for i, ln in enumerate(lines):
        if i in drop or i >= trail:
            # (the second document's lines too: never dropped, each line unplaced)
            st.unplaced(ln.no, ln.text)
            st.furniture.add(ln.no)
        elif i not in gap:
            keep.append(ln)
    st.lines = keep
    # page furniture and web chrome by line, for the readers of ``unplaced``: no ``unplaced-text``
    # warning and no TB000 for a page number — it was placed, as furniture (a second document's
    # lines have their own warning)
    placed = [u["line"] for u in st.out["unplaced"] if u["line"] in st.furniture
              and (second is None or u["line"] < lines[second].no)]
    if placed:
        st.out["layout"]["furniture"] = placed
    k = len(keep)
    st.body, st.footer, st.copy = (0, k), (k, k), (k, k)
    if second is not None:
        first = next((ln for ln in lines[second:] if ln.text), lines[second])
        num = next((fr.text for ln in lines[second:second + 2 * _SECOND_WINDOW] for fr in ln.frags
                    if _is_number_line(fr.text, state=True)), None)
        st.out["layout"]["another_document"] = {"line": first.no, "number": num}
        st.warn("another-document", f"line {first.no} starts another document"
                f"{' (' + num + ')' if num else ''}: only the first is read; split the file", first.no)
