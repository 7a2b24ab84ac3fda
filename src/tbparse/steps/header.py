"""Read the header zone: party line, issuer (and its parent), number, place and date, markings.

The header comes as two flattened columns (Word export), as cells between ``|`` lines (web copy)
or one item per line (PDF). All three become one stream of fragments in reading order; each is
classified by what it says, not where it sits, and a fragment that only makes sense with the next
one (a wrapped "ĐẢNG CỘNG SẢN" / "VIỆT NAM", "Hà Nội, ngày 19" / "tháng 11 năm 2025") is joined.
"""
from __future__ import annotations

import datetime as _dt
import re

from ..fold import fold
from ..lines import Fragment, Line, clean
from ..state import State
from ..vocab import BODY_START, HEADER_NOTE, MARK_LABEL, MARKING, MARKINGS, OTHER_ORGS, PARTY_LINE, STAR_CHARS, STATE_MOTTO, TYPE_CODES, is_caps, star_line
from .zones import BLANK_NUMBER, SO_WORD, lowered_heading, ornament, VV_COL, VV_TAIL, cv_number, number_cell, plain_subject, vv_column, vv_wraps
from ..lazyre import lazy_re

# "Số 503-TB/TU", "Số: 66-QĐ/TW", "Số 367 - QĐ/…", "Số 05-QC/BTCTU-BDVTU" (folded: "so 503-tb/tu");
# OCR reads the "ố" as a figure, "S6 118-TB/ĐUK", "S0: 12-TB/HU": only with a colon or space
# before the number (zones.SO_WORD)
NUMBER_LINE = lazy_re(SO_WORD + r"\s*[:.]?\s*(?=\d)")
# Party number on the original text: seq - type / issuer codes (joint bodies joined by "-")
#   "503-TB/TU"  "05-QC/BTCTU-BDVTU"  "08-QĐi/TW"; typewriter copies of the 1990s drop the hyphen
#   ("12 TB/TU", "12TB/TU": group 2 is the separator as typed, the type then opens on a capital)
#   and spell the centre "TƯ" ("15-CT/TƯ")
PARTY_NO = lazy_re(
    r"(\d{1,6})(\s*[-–—]\s*(?=[A-Za-zĐđ])|\s*(?=[A-ZĐ]))([A-Za-zĐđ]{1,5})\s*/\s*"
    r"([A-ZĐƯ][A-Za-zĐđƯ]*(?:\s*[-–]\s*[A-ZĐƯ][A-Za-zĐđƯ]*)*)"
)
# State number: seq / [year /] type - issuer  "380/NQ-CP", "2170 /QĐ - UBND", "87/2007/NĐ-CP"
STATE_NO = lazy_re(r"(\d{1,6})\s*/\s*(?:\d{4}\s*/\s*)?([A-ZĐ][A-Za-zĐđ]*)\s*[-–]\s*([A-ZĐ][A-Za-zĐđ0-9]*)")
# A Party number with a separator mistyped: a dot or hyphen where the slash goes, a slash, dot or
# space where the hyphen goes — "12-TB.TU", "12 TB-TU", "12-TB-TU", "12.TB/TU", "12/TB/TU". The type
# code still comes first and the body's after it, so a reader still reads the number; only a known
# type code counts ("12 Lê-Lợi" is no number). Tried after PARTY_NO and STATE_NO.
LOOSE_NO = lazy_re(
    r"(\d{1,6})\s*([-–./]|\s)\s*([A-ZĐ][A-Za-zĐđ]{0,4})\s*([-–./])\s*"
    r"([A-ZĐƯ][A-Za-zĐđƯ]*(?:\s*[-–]\s*[A-ZĐƯ][A-Za-zĐđƯ]*)*)(?![\w/])"
)
# The code of a Party committee or its organs, which no State body has: "TU", "HU", "ĐUK", "BTGTU",
# "TW", "TƯ", "BCSĐ" — a number in the State's order with one is a Party number typed wrong
# ("Số: 12/TB-TU"), which TB007 reports, not a sign of a State document.
_PARTY_BODY_CODE = lazy_re(r"(?:TW|T[UƯ]|ThU|TXU|HU|QU|ĐU|ĐUK|ĐĐ|BCSĐ|QUTW|ĐUCA|ĐUQS)$")

# "<Place>, ngày 16 tháng 5 năm 2008" (folded)
#   also "Hà Nội ngày 5 tháng 3 năm 2019" (no comma) and "Hà Nội, ngày 05/3/2019"
# The place is bounded: unbounded, every start of a long capitals line expanded it to the line's
# end — 16 KB took 17 s (quadratic). A date line over 120 characters is refused by parse_date
# anyway, so no accepted line changes. The separator runs are bounded too (cell text has single
# spaces), or a run of spaces would be rescanned from every place length.
#   also "ngày 5 tháng 3, năm 2024" (a comma before "năm"), "ngày 5, tháng 3, năm 2024"
#   (not "ngày16 tháng5 năm2008", its spaces lost: unplaced, and TB014 says so)
# A place may end on a number word: "Quận 3, ngày 20 tháng 4 năm 2021", "Phường 12, ngày …" — one
# optional " 3"/" 12" after the digit-free words (so the number column "Số 503-TB/TU Phan Thiết" is
# still never taken), which keeps the match bounded: at most 120 + 4 characters per start.
_PLACE = r"[^,\d]{0,120}?(?:\s\d{1,3}(?!\d))?"
DATE_LINE = lazy_re(
    r"(?:(?P<place>" + _PLACE + r")\s{0,8}+,?+\s{0,8}+)?ngay\s+(?P<d>\d{1,2})\s*+(?:,\s*+)?(?:thang\s+|[/.-]\s*)(?P<m>\d{1,2})"
    r"\s*(?:,\s*)?(?:nam\s+|[/.-]\s*)(?P<y>\d{4})"
)
# A whole cell "<Place>, 05/3/2024" — a date in figures with no "ngày" (web copies, drafts; TB014
# tells the drafter to write it in words). The place must come first, so "Số 05/3/2024" or a
# bare "14/5/2008" in the header is not taken for the date line. (folded)
NUMERIC_DATE_LINE = lazy_re(
    r"(?P<place>[a-z][^,\d]{1,60}?(?:\s\d{1,3}(?!\d))?)\s*,\s*(?P<d>\d{1,2})\s*([/.-])\s*(?P<m>\d{1,2})\s*\3\s*(?P<y>\d{4})\s*\.?"
)


# A draft's date line with the day left blank for the signing day (and maybe the month and year
# too), read for its place: "Bắc Ninh, ngày    tháng 02 năm 2026", "ngày … tháng 02 năm 2026",
# "ngày .... tháng  năm 2026" (folded; runs of spaces are already single in a cell). The day is
# never invented: ``date`` stays null and ``layout.date_line.blank`` names the blank parts.
_BLANK_TAIL = r"ngay\s*+[._…]*+\s*+thang\s*+(?P<m>\d{1,2}|[._…]*+)\s*+(?:,\s*+)?nam\s*+(?P<y>\d{4}|[._…]*+)(?!\w)"
BLANK_DATE = lazy_re(r"(?:(?P<place>" + _PLACE + r")\s{0,8}+,?+\s{0,8}+)?" + _BLANK_TAIL)
# The tail alone is anchored on "ngay" and cheap; BLANK_DATE then starts at most a place's length
# before it, so a long cell holding "ngày" pays one linear scan, not another 120 steps a character.
_BLANK_DAY = lazy_re(_BLANK_TAIL)


def _blank_date(f: str) -> "re.Match | None":
    """A draft's blank-day date line on a folded cell (see BLANK_DATE)."""
    k = _BLANK_DAY.search(f)
    return BLANK_DATE.search(f, max(0, k.start() - 150)) if k else None


def date_match(f: str) -> "re.Match | None":
    """The date line's match on a folded cell: in words, (whole cell) in figures, or with a blank day."""
    if "ngay" in f:  # the find spares long cells the regex scan
        m = DATE_LINE.search(f) or _blank_date(f)
        if m:
            return m
    if len(f) <= 80 and (f[-1:].isdigit() or f.endswith(".")):
        return NUMERIC_DATE_LINE.fullmatch(f)
    return None
_DATE_START = lazy_re(r"(?:[^,]{0,40},\s*)?ngay\b")
# A date line with no day, as a congress's documents are dated (folded): "Quảng Ngãi, tháng 9 năm
# 2020" — its place is read, its date stays null (layout.date_line.month says which month)
_MONTH_DATE = lazy_re(r"(?P<place>[a-z][^,\d]{0,60}?(?:\s\d{1,3}(?!\d))?)\s*,\s*thang\s+(?P<m>\d{1,2})\s*,?\s*nam\s+(?P<y>\d{4})\s*\.?")
# The star set off by blanks inside a cell a PDF or web page ran together (the emphasis reader
# leaves such a star as text): "ĐẢNG CỘNG SẢN VIỆT NAM * TỈNH ỦY BÌNH THUẬN * Số 503-TB/TU",
# "BAN CHẤP HÀNH TRUNG ƯƠNG VĂN PHÒNG ★ Số 36-HD/VPTW"
_STAR_RUN = lazy_re(r"(?:(?<=\s)|^)[" + STAR_CHARS + r"]++(?=\s|$)")
# Copy and circulation notes, the header's: vocab.HEADER_NOTE ("BẢN SAO", "TÀI LIỆU PHỤC VỤ HỘI
# NGHỊ", "Bản số: 05"); under the subject only the fixed ones (title.py), as a subject may well open
# on "Tài liệu …" there (folded)
NOTE = lazy_re(
    r"(?:ban sao|sao y(?: ban chinh)?|trich sao|sao luc|tai lieu hoi nghi|luu hanh noi bo)[\s!.:;,*_]*"
)
# "V/v …", "Về việc …" (folded)
VV = lazy_re(r"v/v\b|ve viec\b")
RULE = lazy_re(r"^[-–—_=~.]{3,}$")



class _Item:
    """One cell of a header line. ``row``: the index of its Line — the pieces of a markdown cell
    broken by ``<br>`` share their source line's ``no`` but stand on rows of their own."""

    __slots__ = ("no", "row", "col", "text", "fold", "bold")

    def __init__(self, no: int, col: int, text: str, bold: bool, row: int = 0) -> None:
        self.no = no
        self.row = row
        self.col = col
        self.text = text
        self.fold = fold(text)
        self.bold = bold


# Where a header cell run together with the next goes on with the number (folded, at a space):
# "… TUY PHONG Số 50-TB/HU …", "… THUẬN SỐ: 503-TB/TU …" (a capital "S" in the text)
_RUNON_NUMBER = lazy_re(r" (?=" + SO_WORD + r"\s*[:.]?\s*\d)")
# ... and, in a run-on issuer cell, where the parent's name ends and the issuer's begins (folded):
# "ĐẢNG BỘ TỈNH BÌNH THUẬN| HUYỆN ỦY TUY PHONG", "TỈNH ỦY LÂM ĐỒNG| BAN TUYÊN GIÁO"
_RUNON_BODY = lazy_re(
    r" (?=(?:tinh uy|thanh uy|huyen uy|quan uy|thi uy|dang uy|dang doan|chi bo|chi uy|van phong"
    r"|uy ban kiem tra|ban )\b)"
)
# bodies whose own name goes on with their host's ("BAN CÁN SỰ ĐẢNG ỦY BAN NHÂN DÂN TỈNH"): not cut
_HOSTED = ("ban can su dang", "dang doan")
# a parent named before its issuer on one line: a party organisation or committee, never an organ
# ("BAN TUYÊN GIÁO TỈNH ỦY QUẢNG NAM" is one name)
_PARENTS = ("dang bo", "tinh uy", "thanh uy", "huyen uy", "quan uy", "thi uy", "dang uy", "ban chap hanh")


def _cuts(t: str, f: str, issuer_end: bool = False) -> list[int]:
    """Offsets where a header cell holds several cells run together, as a web page flattened its
    table or a PDF's text ran its columns into one line: before and after the party line (columns
    closer than the 4-space gap: "TỈNH ỦY BÌNH THUẬN   ĐẢNG CỘNG SẢN VIỆT NAM"), before the number
    ("… TUY PHONG Số 50-TB/HU ĐẢNG CỘNG SẢN VIỆT NAM Tuy Phong, ngày …"), and then between the
    parent's and the issuer's names ("ĐẢNG BỘ TỈNH BÌNH THUẬN HUYỆN ỦY TUY PHONG"), which
    *issuer_end* asks for too: a cell the star ends ("BAN CHẤP HÀNH TRUNG ƯƠNG VĂN PHÒNG * Số …")."""
    cuts: list[int] = []
    k = f.find(PARTY_LINE)
    while k > 0 and f[k - 1] != " ":  # only at a word start: not "THÔNGdang cong san …"
        k = f.find(PARTY_LINE, k + 1)
    if k > 0:
        cuts.append(k)
    if k >= 0:
        e = k + len(PARTY_LINE)
        if f[e:e + 1] == " " and f[e:].strip():
            cuts.append(e)
    number = -1
    if len(t) > 24:
        for m in _RUNON_NUMBER.finditer(f):
            # (the number after capitals only — issuer, party line: "V/v … Kết luận Số 21-KL/TW" is no cut)
            if t[m.end()] != "S" or k <= m.start() < k + len(PARTY_LINE):
                continue
            if is_caps(t[: m.start()]):  # (the first candidate decides: the prefix only grows)
                cuts.append(m.end())
                number = m.end()
            break
    if number < 0 and issuer_end:
        number = len(f)
    if number > 0:
        # a run-on line's issuer, the cell before the number: a parent's name and the issuer's, each
        # opening on a body word ("BAN TỔ CHỨC HUYỆN ỦY" alone beside the party line is one name: only
        # a line that ran on into the number is cut, and only after a parent that names its issuer
        # after it)
        top = max((c for c in cuts if c < number), default=0)
        top += len(f[top:number]) - len(f[top:number].lstrip())
        if f.startswith(_PARENTS, top):
            for m in _RUNON_BODY.finditer(f, top + 1, number):
                cuts.append(m.end())
                if f.startswith(_HOSTED, m.end()):
                    break
    v = f.find(" v/v ")
    if v > 0 and (k >= 0 or number > 0 or NUMBER_LINE.match(f)):
        cuts.append(v + 1)  # "Số 245-CV/TU V/v triển khai …": the công văn's subject after its number
    return sorted(set(cuts))


def _star_pieces(col: int, t: str) -> list[tuple[int, str, bool]]:
    """``(column, text, star after)`` of the pieces of a cell that holds the star between other
    text (see _STAR_RUN), each star a piece of its own."""
    out: list[tuple[int, str, bool]] = []
    pos = 0
    for m in _STAR_RUN.finditer(t):
        piece = t[pos:m.start()]
        if piece.strip():
            out.append((col + pos + len(piece) - len(piece.lstrip()), piece.strip(), True))
        out.append((col + m.start(), m.group(), False))
        pos = m.end()
    piece = t[pos:]
    if piece.strip():
        out.append((col + pos + len(piece) - len(piece.lstrip()), piece.strip(), False))
    return out


def _items(st: State) -> list[_Item]:
    out = []
    a, b = st.header
    for row, ln in enumerate(st.lines[a:b], a):
        for fr in ln.frags:
            t = fr.text
            if len(t) > 2 and not star_line(t) and _STAR_RUN.search(t):
                pieces = _star_pieces(fr.col, t)
            else:
                pieces = ((fr.col, t, False),)
            for col, t, starred in pieces:
                f = fold(t)
                cuts = _cuts(t, f, starred) if PARTY_LINE in f or starred or len(t) > 24 and "S" in t[1:] else ()
                if cuts:
                    for x, y in zip((0, *cuts), (*cuts, len(t))):
                        if t[x:y].strip():
                            out.append(_Item(ln.no, col + x, t[x:y].strip(), ln.bold, row))
                    continue
                out.append(_Item(ln.no, col, t, ln.bold, row))
    return out


def ocr_i(t: str) -> str:
    """*t* with each "l" that stands against a capital read as the "I" OCR took it for: "TlNH ỦY
    THÁI NGUYÊN" is a caps issuer line as typed (kept so), "Huyện ủy" stays what it is."""
    return "".join("I" if c == "l" and (k and t[k - 1].isupper() or k + 1 < len(t) and t[k + 1].isupper()) else c
                   for k, c in enumerate(t))


def _marking(text: str, f: str) -> bool:
    """Whether a header cell is a secrecy or urgency marking: "MẬT", "HỎA TỐC", also as typed
    against the rules, which TB039 reports — "Khẩn" capitalised only, "(MẬT)", '"MẬT"', "Độ mật: MẬT" —
    but never a lower-case word ("mật" wrapped from a subject). *f* is the cell folded."""
    if len(f) > 40:
        return False
    core = f.strip("()[]*_ \"")
    m = MARK_LABEL.match(core)
    if m:
        core = core[m.end():]
    if not MARKINGS.fullmatch(core):
        return False
    return is_caps(text) or text.lstrip("([*_ ")[:1].isupper()


# One marking among several on one line (folded, at word bounds): "MẬT - KHẨN", "TỐI MẬT, HỎA TỐC"
_ONE_MARK = lazy_re(r"\b" + MARKING + r"\b")
_MARK_JOINERS = " -–—,;/+&"


def _markings(text: str, f: str) -> list[str] | None:
    """The markings of a header cell, each as typed: one ("MẬT", see :func:`_marking`) or several
    on one line, joined by a dash, comma, slash or "và" or only spaced ("MẬT - KHẨN", "MẬT, KHẨN",
    "TỐI MẬT  HỎA TỐC"; audit 24: such a line was unplaced); None when the cell is no marking."""
    if _marking(text, f):
        return [text]
    if len(f) > 40 or " " not in f.strip():
        return None
    parts: list[str] = []
    pos = 0
    for m in _ONE_MARK.finditer(f):
        between = f[pos:m.start()].strip(_MARK_JOINERS if parts else "([*_ ")  # "(MẬT - KHẨN)"
        if between not in ("", "va") or between and not parts:
            return None
        part = text[m.start():m.end()]
        if not _marking(part, m.group()):
            return None
        parts.append(part)
        pos = m.end()
    if len(parts) < 2 or f[pos:].strip(" .!:;,*_()"):
        return None
    return parts


def _near(a: str, b: str, limit: int = 2) -> bool:
    """Edit distance of *a* and *b* is at most *limit* (OCR-garbled keywords: "DANG CONG SAN VIET NAN")."""
    if abs(len(a) - len(b)) > limit:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        best = i
        for j, cb in enumerate(b, 1):
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            cur.append(v)
            best = min(best, v)
        if best > limit:
            return False
        prev = cur
    return prev[-1] <= limit


def _spaced(f: str, target: str) -> bool:
    """*f* is *target* typed letter-spaced: "Đ Ả N G  C Ộ N G  S Ả N  V I Ệ T  N A M" (folded)."""
    words = f.split()
    return len(words) >= 4 and all(len(w) == 1 for w in words) and "".join(words) == target.replace(" ", "")


def _join_prefix(items: list[_Item], i: int, target: str) -> int:
    """How many items from ``i`` spell ``target`` when joined (0 if they do not)."""
    acc = ""
    for k in range(i, min(len(items), i + 3)):
        acc = (acc + " " + items[k].fold).strip() if acc else items[k].fold
        if acc == target or (acc.startswith(target) and k > i):
            return k - i + 1
        if k == i and len(acc) > 12 and is_caps(items[k].text) and (_near(acc, target) or _spaced(acc, target)):
            return 1
        if not target.startswith(acc):
            return 0
    return 0


def _below(items: list[_Item], i: int, taken: set[int]) -> int | None:
    """Index of the cell of the next row centred nearest under ``items[i]`` when that row has
    another cell too (a two-column line), else None: where a column's wrapped text goes on."""
    it = items[i]
    mid = it.col + len(it.text) / 2
    below = [j for j in range(i + 1, min(len(items), i + 6)) if items[j].row == it.row + 1 and j not in taken]
    if len(below) < 2:
        return None
    j = min(below, key=lambda j: abs(items[j].col + len(items[j].text) / 2 - mid))
    return j if abs(items[j].col + len(items[j].text) / 2 - mid) <= 12 else None


def _place_wrap(items: list[_Item], i: int, taken: set[int]) -> int | None:
    """Index of the date under ``items[i]``, a place that ends on its comma ("Thành phố Hồ Chí
    Minh," over "ngày 05 tháng 3 năm 2019": a long place wraps the date cell there), else None —
    the cell centred under it beside the other column's, or the next line's one cell (a PDF)."""
    it = items[i]
    j = _below(items, i, taken)
    if j is None and i + 1 < len(items) and items[i + 1].row == it.row + 1 and i + 1 not in taken:
        j = i + 1
    if j is None or not items[j].fold.startswith("ngay"):
        return None
    m = date_match(fold(it.text + " " + items[j].text))
    return j if m is not None and m.group("place") else None


def _wrapped_below(items: list[_Item], i: int, target: str, taken: set[int]) -> int | None:
    """Index of the cell under ``items[i]`` that ends *target*, which ``items[i]`` begins (folded):
    "ĐẢNG CỘNG SẢN" / "VIỆT NAM" wrapped in a narrow right column, the left column's next line
    between them in reading order."""
    f = items[i].fold
    if len(f) < 8 or f == target:
        return None
    j = _below(items, i, taken)
    return j if j is not None and f + " " + items[j].fold == target else None


def _displace(st: State, key: str) -> None:
    """A later date/number line replaces an earlier one; the earlier text goes to ``unplaced``.

    Without this a header zone holding two date lines lost every word of the first (found by
    fuzzing: fuzz/README.md, finding 2).
    """
    prev = st.out["layout"].get(key)
    if prev:
        st.unplaced(prev["line"], prev["text"])


def _date_cells(st: State, items: list, i: int, taken: set[int]) -> int:
    """A date line cut in cells: "Hà Nội, ngày" over "5 tháng 3 năm 2019" (the next cell, wherever
    it is), or a draft's wide blanks on one line, "Bắc Ninh, ngày" | "tháng" | "năm 2026". Parses
    it and returns how many cells it took (0: none)."""
    it = items[i]
    joined = it.text
    for k in (1, 2):
        if i + k >= len(items) or k == 2 and not (items[i + 1].no == items[i + 2].no == it.no):
            break
        joined += " " + items[i + k].text
        if date_match(fold(joined)):
            parse_date(st, joined, it.no)
            return 1 + k
    # the right column's date wrapped under itself, beside the left column's next line (a PDF's
    # -layout text): "BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN   Krông Pắc, ngày 12 tháng 3" / "KRÔNG PẮC   năm
    # 2018" — the cell of the next row centred nearest under it
    j = _below(items, i, taken)
    if j is not None and date_match(fold(it.text + " " + items[j].text)):
        parse_date(st, it.text + " " + items[j].text, it.no)
        taken.add(j)
        return 1
    return 0


# A letter typed or OCR'd among a date's figures (folded): "năm 2O08", "ngày l6", "tháng O5" — an
# O for 0, an l or I for 1 in a run of up to four that holds at least one real digit
_OCR_FIGURES = lazy_re(r"\b(ngay|thang|nam)(\s+)(?=[0-9oli]{0,3}[0-9])([0-9oli]{1,4})(?![a-z0-9])")
_AS_DIGITS = str.maketrans("oli", "011")


def _ocr_date(f: str, text: str | None = None) -> "tuple[re.Match, str] | None":
    """The date line's match once letters among its figures are read as the digits they stand for,
    with those figures as typed in *text* (*f* is its fold: same offsets); None when there are none
    or the line is no date even then."""
    slips: list[str] = []

    def fix(m: "re.Match") -> str:
        fig = m.group(3)
        if fig.isdigit():
            return m.group()
        slips.append(text[m.start(3): m.end(3)] if text is not None else fig)
        return m.group(1) + m.group(2) + fig.translate(_AS_DIGITS)

    fixed = _OCR_FIGURES.sub(fix, f) if ("o" in f or "l" in f or "i" in f) else f
    m = date_match(fixed) if slips else None
    return (m, ", ".join(slips)) if m else None


def parse_date(st: State, text: str, line: int) -> None:
    m = date_match(fold(text))
    if m is None and len(text) <= 120:
        ocr = _ocr_date(fold(text), text)
        if ocr is not None:  # "Phan Thiết, ngày 16 tháng 5 năm 2O08": read, and said
            m = ocr[0]
            st.warn("mistyped-date", f"a letter among the date's figures ({ocr[1]}) is read as a digit", line)
    if not m or len(text) > 120:
        st.unplaced(line, text)
        return
    place = text[m.start("place") : m.end("place")].strip(" ,") if m.group("place") else None
    if place is None and text[m.end():m.end() + 2].lstrip()[:1] == ",":
        # the place after the date: "ngày 12 tháng 3 năm 2018, Gia Lâm"
        after = text[m.end():].strip(" ,.")
        if after[:1].isupper() and len(after) <= 40 and not any(c.isdigit() for c in after):
            place = after
    st.out["place"] = place or None
    entry = {"line": line, "text": text}
    if m.re.pattern == BLANK_DATE.pattern:
        # a draft: "ngày    tháng 02 năm 2026" — no day, so no date; say which parts are blank
        entry["blank"] = ["day"] + [k for k, g in (("month", "m"), ("year", "y")) if not m.group(g).isdigit()]
        st.out["date"] = None
    else:
        d, mo, y = int(m.group("d")), int(m.group("m")), int(m.group("y"))
        try:
            st.out["date"] = _dt.date(y, mo, d).isoformat()
        except ValueError:
            st.warn("invalid-date", f"the date line gives no real date: {d}/{mo}/{y}", line)
    st.frame.append("date")
    _displace(st, "date_line")
    st.out["layout"]["date_line"] = entry


def _blank_number(items: list[_Item], i: int) -> tuple[int, str, int]:
    """A draft's blank number at item ``i``: (items used, its text, where it ends in the last one).

    (0, "", 0) when there is none. "Số     -TB/TU" comes as two cells (a run of 4+ spaces is a
    column gap) or one ("Số -TB/TU", "Số …-TB/TU"); the date column may share the cell when the
    gap is narrower: "Số -TB/TU   Bắc Ninh, ngày …".
    """
    it = items[i]
    m = BLANK_NUMBER.match(it.fold)
    if m:
        return 1, it.text[: m.end()], m.end()
    nxt = items[i + 1] if i + 1 < len(items) else None
    if it.fold.rstrip(" :.") == "so" and nxt is not None and nxt.no == it.no:
        joined = it.fold + " " + nxt.fold
        m = BLANK_NUMBER.match(joined)
        if m and m.end() > len(it.fold):
            cut = m.end() - len(it.fold) - 1
            return 2, it.text + " " + nxt.text[:cut], cut
    return 0, "", 0


def _parse_blank_number(st: State, text: str, line: int) -> None:
    """Record a draft's blank number: ``number`` stays null, ``layout.number_blank`` says where.

    Kept apart from ``layout.number_line`` (a number line that was read, or not understood) so
    that the linter reports it as the draft it is (TB006 info), not as a missing number.
    """
    _displace(st, "number_blank")  # a second one: the first's text goes to unplaced (fuzz finding 12)
    st.out["layout"]["number_blank"] = {"line": line, "text": text}


# Characters a number is typed or extracted with that look like its own (one for one, so offsets
# hold): the hyphen's Unicode kin — "‐" U+2010, the non-breaking "‑" U+2011 of Word, "‒" U+2012,
# the minus "−" U+2212 — and the Icelandic eth "Ð" of old fonts and OCR for the "Đ" of "ĐU", "QĐ"
_LOOKALIKE = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2212": "-", "\u00d0": "Đ", "\u00f0": "đ"})
# what may stand after a number in its cell and is no part of it: punctuation, a blank (folded)
_AFTER_NUMBER = " .;,:"


def _parse_number(st: State, text: str, line: int) -> None:
    m = NUMBER_LINE.match(fold(text))
    rest = text.translate(_LOOKALIKE)[m.end() :] if m else text.translate(_LOOKALIKE)
    pm = PARTY_NO.match(rest)
    sm = STATE_NO.match(rest)
    _displace(st, "number_line")
    st.out["layout"]["number_line"] = {"line": line, "text": text}
    if sm:  # the first separator after the digits is "/": the State's order
        raw = re.sub(r"\s+", "", sm.group(0)).replace("–", "-")
        if _PARTY_BODY_CODE.search(sm.group(3)):
            st.frame.append("number")  # "12/TB-TU": a Party number in the State's order (TB007)
        else:
            st.state_evidence.append(f"State number {raw}")
        st.out["number"] = {"raw": raw, "seq": int(sm.group(1)), "type_code": sm.group(2), "issuer_code": sm.group(3)}
        return
    if pm:
        # stray spaces go ("503 - TB / TU" → "503-TB/TU"); a space typed instead of the hyphen
        # stays one space ("12 TB/TU"), so that the linter still sees the hyphen missing
        sep = "-" if pm.group(2).strip() else " " if pm.group(2) else ""
        issuer_code = re.sub(r"\s+", "", pm.group(4)).replace("–", "-")
        tail = rest[pm.end():].strip(_AFTER_NUMBER)
        if tail and len(tail) <= 2 and tail.isupper() and rest[pm.end()] == "." and rest[pm.end() + 1:].strip(_AFTER_NUMBER) == tail:
            issuer_code += "." + tail  # the centre's code with its dot, as the 1990s typed it: "12-TB/T.Ư"
            tail = ""
        if tail and len(tail) <= 2 and tail.isupper() and rest[pm.end()] == " ":
            # "12-TB/H U": a space OCR put inside the issuer's code — read, and said
            st.warn("mistyped-number", f"a space inside the issuer's code ({pm.group(4)} {tail}) is read as none", line)
            issuer_code += tail
        elif tail and _markings(tail, fold(tail)):
            st.out["markings"].extend(_markings(tail, fold(tail)))  # "Số 12-TB/HU KHẨN": one space from the marking
        elif tail:
            st.unplaced(line, tail)  # never dropped
        raw = f"{pm.group(1)}{sep}{pm.group(3)}/{issuer_code}"
        st.out["number"] = {"raw": raw, "seq": int(pm.group(1)), "type_code": pm.group(3), "issuer_code": issuer_code}
        st.frame.append("number")
        return
    lm = LOOSE_NO.match(rest)
    if lm and lm.group(3) in TYPE_CODES:
        _loose_number(st, lm, line)
        return
    rest = rest.lstrip()
    om = _OCR_SEQ.match(rest)
    if om and any(c.isdigit() for c in om.group()):
        # "Sô 2l5-TB/TU": an l for a 1, an O for a 0 among the figures — read, and said
        fixed = om.group().translate(_SEQ_DIGITS)
        pm = PARTY_NO.match(fixed + rest[om.end():])
        if pm and pm.group(2).strip():
            issuer_code = re.sub(r"\s+", "", pm.group(4)).replace("–", "-")
            st.out["number"] = {"raw": f"{pm.group(1)}-{pm.group(3)}/{issuer_code}", "seq": int(pm.group(1)),
                                "type_code": pm.group(3), "issuer_code": issuer_code}
            st.frame.append("number")
            st.warn("mistyped-number", f"a letter among the number's figures ({om.group()}) is read as a digit", line)
            return
    st.warn("unparsed-number", f"number line not understood: {text}", line)
    st.unplaced(line, text)


# The number's figures with a letter OCR put for a digit, before the hyphen: "2l5-TB/TU", "1O8 -TB/HU"
_OCR_SEQ = lazy_re(r"[0-9lIOo]{1,6}(?= ?[-–])")
_SEQ_DIGITS = str.maketrans("lIOo", "1100")


def _loose_number(st: State, m: "re.Match", line: int) -> None:
    """A number with its separators mistyped (LOOSE_NO): read it, keep it as typed in ``raw`` (one
    space typed for the hyphen stays, as in "12 TB/TU"), and say what it should be."""
    sep1 = m.group(2).strip().replace("–", "-") or " "
    sep2 = m.group(4).replace("–", "-")
    issuer_code = re.sub(r"\s+", "", m.group(5)).replace("–", "-")
    raw = f"{m.group(1)}{sep1}{m.group(3)}{sep2}{issuer_code}"
    want = f"{m.group(1)}-{m.group(3)}/{issuer_code}"
    st.out["number"] = {"raw": raw, "seq": int(m.group(1)), "type_code": m.group(3), "issuer_code": issuer_code}
    st.frame.append("number")
    st.warn("mistyped-number", f"number «{raw}» has a separator mistyped: write {want}", line)


def _date_line(x: _Item) -> bool:
    """Whether cell *x* is a date line, not a wrapped subject's tail that cites a day: a place (a
    capital) before the day, or nothing after the year — "ngày 06/7/2022 của Bộ Chính trị" under
    "V/v triển khai Quy định số 69-QĐ/TW" goes on with the subject (audit 24: it ended it)."""
    m = date_match(x.fold)
    return m is not None and (x.text[:1].isupper() if m.group("place") else not x.fold[m.end():].strip(" ."))


def _vv_tail(items: list[_Item], i: int) -> list[int]:
    """Indices of the items that continue the "V/v …" subject at item ``i``.

    Each is the first cell of the next printed line (no blank line between; a ``<br>`` breaks a
    markdown cell into lines too), in the subject's
    column, that reads as a wrapped tail (:func:`zones.vv_wraps`): "V/v chuẩn bị tài liệu phục vụ"
    / "Hội nghị Trung ương 8 khóa XIII". Cells of other columns on those lines are left in place.
    """
    out: list[int] = []
    last = items[i]
    j = i + 1
    while j < len(items) and len(out) < VV_TAIL:
        x = items[j]
        if x.row == last.row:  # another column of the same line
            j += 1
            continue
        if (x.row != last.row + 1 or not vv_column(items[i].col, items[i].text, x.col, x.text)
                or not vv_wraps(last.text, x.text)):
            break
        if _date_line(x) or number_cell(x.text):  # "Số 2150-CV/TU"; "số 21-KL/TW của …" goes on
            break
        out.append(j)
        last = x
        j += 1
    return out


# A công văn's (or tờ trình's) addressee, typed in the header beside or under its "V/v …" subject:
# "Kính gửi: Các huyện ủy, thị ủy, thành ủy", "Kính trình: Ban Thường vụ Tỉnh ủy" (folded)
_ADDRESSEE = lazy_re(r"kinh\s*(?:gui|trinh)\b")


def _addressee(st: State, items: list[_Item], i: int, taken: set[int]) -> None:
    """Hand the addressee at ``items[i]`` and the cells under it in its column that go on with it
    ("Kính gửi:" over "- Các huyện ủy, thị ủy;" / "- Các đảng ủy trực thuộc.") to the body, as its
    first lines (:attr:`State.addressee`): not unplaced, and read as in a copy that types it below
    the header (audit 24)."""
    it = items[i]
    got = [it]
    for j in range(i + 1, len(items)):
        x = items[j]
        if x.row == got[-1].row or x.row == got[-1].row + 1 and x.col < it.col - 2:
            continue  # the other column's cell on that line ("Chỉ thị số 05-CT/TW", the subject's tail)
        if x.row != got[-1].row + 1 or is_caps(x.text) or date_match(x.fold) or number_cell(x.text):
            break
        got.append(x)
        taken.add(j)
    for x in got:
        ln = st.lines[x.row]
        st.addressee.append(Line(x.no, ln.raw, x.text, (Fragment(x.col, x.text),)))


# A party body inside another organisation names that organisation on its next line(s), which
# therefore do not start a new body: "BAN CÁN SỰ ĐẢNG" / "ỦY BAN NHÂN DÂN TỈNH", "ĐẢNG ĐOÀN" /
# "HỘI ĐỒNG NHÂN DÂN TỈNH" (folded, at the end of the line above)
_NAMES_ITS_HOST = lazy_re(r"(?:^|\s)(?:ban can su dang|dang doan)$")


def _group_issuer(lines: list[_Item]) -> list[list[_Item]]:
    """The header's caps lines above the "*" in bodies: the last is the issuer, those above it
    its parent(s). A line starting with a body word ("ĐẢNG BỘ", "HUYỆN ỦY", "BAN …") opens a new
    body unless the line above still needs its host ("BAN CÁN SỰ ĐẢNG" / "ỦY BAN NHÂN DÂN TỈNH");
    in a web copy a change of bold does too (the issuer is bold, its parent not)."""
    groups: list[list[_Item]] = []
    any_bold = any(it.bold for it in lines) and not all(it.bold for it in lines)
    for it in lines:
        new = not groups or BODY_START.match(it.fold) is not None
        if new and groups and _NAMES_ITS_HOST.search(groups[-1][-1].fold.rstrip()):
            new = False
        if groups and any_bold and it.bold != groups[-1][-1].bold:
            new = True
        if new:
            groups.append([it])
        else:
            groups[-1].append(it)
    return groups


# A dash on a header line (folded): "ban to chuc| - |uy ban kiem tra"
_DASH = lazy_re(r"\s*[-–]\s*")


def _bodies(group: list[_Item]) -> int:
    """How many bodies a header group names: "BAN TỔ CHỨC - ỦY BAN KIỂM TRA" two, "BAN TUYÊN GIÁO"
    one — a dash before a body word parts two bodies, one inside a name ("CƠ QUAN - DOANH
    NGHIỆP") does not."""
    return 1 + sum(1 for x in group for m in _DASH.finditer(x.fold)
                   if m.start() and BODY_START.match(x.fold, m.end()))


def _joint_groups(groups: list[list[_Item]], number: dict | None) -> int:
    """How many of the last header *groups* are the issuer: one, or for a joint document (format-
    rules §2.1: "Số 07-HD/BTCTU-UBKTTU-BTGTU", one code a body) as many as name its bodies —
    "BAN TỔ CHỨC - ỦY BAN KIỂM TRA" / "BAN TUYÊN GIÁO" under "TỈNH ỦY BẮC GIANG" is one joint
    issuer of three, not "BAN TUYÊN GIÁO" with the first line taken for its parent."""
    want = len(number["issuer_code"].split("-")) if number else 1
    if want < 2:
        return 1
    have = 0
    for k in range(1, len(groups) + 1):
        have += _bodies(groups[-k])
        if have >= want:
            return k if have == want else 1
    return 1


def run(st: State) -> None:
    items = _items(st)
    issuer_lines: list[_Item] = []
    after_star = False
    seen_number = False
    taken: set[int] = set()  # items already read out of order (a wrapped "V/v" subject's tail)
    cv_at: _Item | None = None  # a công văn's number cell: its plain subject is typed right under it
    cv_row = -1  # the row the subject would follow: the number's, or a marking's right under it
    i = 0
    while i < len(items):
        if i in taken:
            i += 1
            continue
        it = items[i]
        f = it.fold
        k = _join_prefix(items, i, PARTY_LINE)
        j = _wrapped_below(items, i, PARTY_LINE, taken) if not k and PARTY_LINE.startswith(f) else None
        if j is not None:  # "ĐẢNG CỘNG SẢN" over "VIỆT NAM" in the right column, beside the left's lines
            taken.add(j)
            k = 1
            party = it.text + " " + items[j].text
        elif k:
            party = " ".join(x.text for x in items[i : i + k])
        if k:
            if st.out["party"] is None:
                st.out["party"] = party
                st.out["layout"]["party_line"] = it.no
                st.frame.append("party")
            else:  # a second party line: kept as text, never dropped
                st.unplaced(it.no, party)
            i += k
            continue
        k = _join_prefix(items, i, STATE_MOTTO[0]) or _join_prefix(items, i, STATE_MOTTO[1])
        if k or f.startswith(STATE_MOTTO[1][:9]) or f.startswith(STATE_MOTTO[0]):
            k = k or 1
            motto = " ".join(x.text for x in items[i : i + k])
            st.state_evidence.append("State motto " + motto)
            st.out["layout"].setdefault("state_motto", []).append({"line": it.no, "text": motto})
            i += k
            continue
        nm = NUMBER_LINE.match(f)
        if nm and seen_number and not number_cell(it.text):
            # "số 05-CT/TW của Bộ Chính trị" once the number was read: a cited document in a
            # subject line, never a second number that would displace "Số 246-CV/BTGTU"
            nm = None
        if nm:
            nt = it.text.translate(_LOOKALIKE)
            num = STATE_NO.match(nt, nm.end()) or PARTY_NO.match(nt, nm.end()) or LOOSE_NO.match(nt, nm.end())
            cut = num.end() if num else 0
            while 0 < cut < len(it.text) and it.text[cut].isalnum():
                cut += 1  # never inside a word: "503-TB/TUĐẢNG …" is not "503-TB/TUĐ" + "ẢNG …"
            if num and (DATE_LINE.search(f, cut) or _BLANK_DAY.search(f, cut)):
                # "Số 503-TB/TU   Phan Thiết, ngày …": both columns in one fragment
                _parse_number(st, it.text[:cut].strip(), it.no)
                parse_date(st, it.text[cut:].strip(), it.no)
            else:
                _parse_number(st, it.text, it.no)
            seen_number = True
            if cv_number(f):
                cv_at, cv_row = it, it.row
            i += 1
            continue
        k, blank, cut = _blank_number(items, i) if f.startswith("so") else (0, "", 0)
        if k:
            _parse_blank_number(st, clean(blank), it.no)
            rest = items[i + k - 1].text[cut:].strip()
            if rest:  # the date column in the same cell: "Số -TB/TU   Bắc Ninh, ngày …"
                if date_match(fold(rest)):
                    parse_date(st, rest, it.no)
                else:
                    st.unplaced(it.no, rest)
            seen_number = True
            i += k
            continue
        if f.rstrip(" :.") == "so" and i + 1 < len(items) and items[i + 1].text[:1].isdigit():
            # "Số" and the number in two cells: "Số" | "503-TB/TU"
            _parse_number(st, it.text + " " + items[i + 1].text, it.no)
            seen_number = True
            i += 2
            continue
        if not seen_number and (PARTY_NO.fullmatch(it.text) or STATE_NO.fullmatch(it.text)):
            _parse_number(st, it.text, it.no)  # a number whose "Số" was lost
            seen_number = True
            i += 1
            continue
        if cv_at is not None and it.row == cv_row + 1 and is_caps(it.text) and abs(it.col - cv_at.col) <= VV_COL:
            cv_row = it.row  # a marking, or a stray "CÔNG VĂN", right under the number: the subject may follow
        if VV.match(f) or (cv_at is not None and it.row == cv_row + 1 and abs(it.col - cv_at.col) <= VV_COL
                           and plain_subject(it.text)):
            # (or "về báo cáo kết quả …" right under "Số 245-CV/BTCTU": the subject typed plainly)
            # a công văn's subject sits under its number: "V/v triển khai Chỉ thị số 05-CT/TW",
            # wrapped in the narrow left column over the lines right under it
            tail = _vv_tail(items, i)
            taken.update(tail)
            text = " ".join([it.text] + [items[j].text for j in tail])
            if st.out["subject"] is None:
                st.out["subject"] = text
                st.out["layout"]["subject_lines"] = [it.no, items[tail[-1]].no if tail else it.no]
            else:
                st.unplaced(it.no, text)
            i += 1
            continue
        if it.text.endswith(",") and len(it.text) <= 60 and "ngay" not in f:
            j = _place_wrap(items, i, taken)
            if j is not None:  # "Thành phố Hồ Chí Minh," over "ngày 05 tháng 3 năm 2019"
                parse_date(st, it.text + " " + items[j].text, it.no)
                taken.add(j)
                i += 1
                continue
        if _DATE_START.match(f) and not date_match(f):
            took = _date_cells(st, items, i, taken)
            if took:
                i += took
                continue
        if f.startswith("du thao") and len(f) <= 60:  # "Dự thảo ngày 12/3/2024": the draft's note, no date line
            st.out["markings"].append(it.text)
            i += 1
            continue
        if date_match(f) or "ngay" in f and _ocr_date(f) is not None:
            parse_date(st, it.text, it.no)
            i += 1
            continue
        if "thang" in f and len(f) <= 80 and it.text[:1].isupper():
            mm = _MONTH_DATE.fullmatch(f)
            if mm is not None and 1 <= int(mm.group("m")) <= 12:
                st.out["place"] = it.text[mm.start("place"):mm.end("place")].strip()
                st.frame.append("date")
                _displace(st, "date_line")
                st.out["layout"]["date_line"] = {"line": it.no, "text": it.text,
                                                 "month": f"{mm.group('y')}-{int(mm.group('m')):02d}"}
                i += 1
                continue
        if star_line(it.text):
            if (after_star or not issuer_lines) and (
                    i + 1 < len(items) and items[i + 1].row == it.row or i and items[i - 1].row == it.row):
                # a star between fields run onto one line that is not the issuer's: "ĐẢNG CỘNG SẢN
                # VIỆT NAM * TỈNH ỦY X * Số 5-TB/TU * X, ngày …" (the first and the last)
                i += 1
                continue
            after_star = True
            st.frame.append("star")
            st.out["layout"]["star_line"] = it.no
            i += 1
            continue
        if RULE.match(it.text) or len(f) <= 24 and ornament(f):
            i += 1
            continue
        marks = _markings(it.text, f)
        if marks:
            st.out["markings"].extend(marks)
            i += 1
            continue
        if f.startswith("du thao") or HEADER_NOTE.fullmatch(f):
            st.out["markings"].append(it.text)
            i += 1
            continue
        if (is_caps(it.text) or "l" in it.text and is_caps(ocr_i(it.text)) or lowered_heading(it.text)) \
                and not after_star and not seen_number:
            if any(f.startswith(o) for o in OTHER_ORGS):
                st.other_org = it.text
            issuer_lines.append(it)
            i += 1
            continue
        if _ADDRESSEE.match(f):
            _addressee(st, items, i, taken)
            i += 1
            continue
        st.unplaced(it.no, it.text)
        i += 1

    if issuer_lines:
        groups = _group_issuer(issuer_lines)
        k = _joint_groups(groups, st.out["number"])
        name = " - ".join(" ".join(x.text for x in g).strip(" -–") for g in groups[-k:]) if k > 1 else \
            " ".join(x.text for x in groups[-1])
        parent = " ".join(x.text for g in groups[:-k] for x in g) or None
        st.out["issuer"] = {"name": name, "parent": parent}
        st.out["layout"]["issuer_lines"] = [x.no for x in issuer_lines]
        if st.other_org is None and any(o in fold(name) for o in OTHER_ORGS) and "dang" not in fold(name):
            st.other_org = name
