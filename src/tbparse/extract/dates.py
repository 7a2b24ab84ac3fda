"""Dates and periods in running text, and the deadline a directive states.

Notices date things loosely: "Ngày 14/5/2008", "ngày 18 tháng 11 năm 2025", "4 tháng đầu năm 2008",
"quý III/2008", "tháng 6/2027", "nhiệm kỳ 2020 - 2025", "từ tháng 6/2022 đến nay". Each is turned
into ``{text, date, start, end, line}``: ``date`` for a single day, ``start``/``end`` for a period
(ISO strings; ``None`` where the text gives no year and no default year is known).

Conventions for vague periods (the texts never define them, so one fixed choice is documented):

* "đầu năm" = 1 Jan – 31 Mar (first quarter); "cuối năm" = 1 Oct – 31 Dec (fourth quarter);
  "giữa năm" = 1 May – 31 Aug (the four middle months).
* "đầu tháng" / "giữa tháng" / "cuối tháng" = days 1–10 / 11–20 / 21–end (thượng/trung/hạ tuần).
* "N tháng đầu năm Y" (or "N tháng năm Y") = 1 Jan – end of month N; "N tháng cuối năm Y" = the
  last N months.
* "từ X đến nay" = from the start of X, open end (``end`` is ``None``).

A deadline (:func:`find_due`) is a date expression introduced by "trước", "đến (hết)", "trong",
"vào", "chậm nhất", "hạn chót", "hoàn thành"… or standing after a "Thời gian:"/"Thời hạn:" label;
``by`` is the day itself or the last day of the period. The "đến" of "từ X đến Y" closes a period
("từ ngày 19 đến ngày 21/7/2022", a session's schedule) and introduces no deadline. A recurring
deadline is the next one on or after the notice's date ("trước ngày 15/12 hằng năm", "trước ngày
25 hằng tháng"), or the end of the current period for one with no day ("định kỳ hằng quý").
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from ..fold import fold, preimages
from ..recache import compile as _compile
from . import Doc, as_doc, Para, lazy_re, sparse_fold, windows

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_YEAR = r"(?:19|20)\d\d"
# A full day's year may be older: "(19/5/1890 - 19/5/2020)", an anniversary's span (a bare "1890"
# stays a number — only the day/month/year form reaches back)
_DAY_YEAR = r"(?:18|19|20)\d\d"

# The date grammar, on the folded copy. Every alternative starts with a digit or a fixed word so
# the scan skips other characters quickly; left boundaries and the words that may precede an
# expression ("ngày", "cuối", "nhiệm kỳ" …) are checked afterwards (_PREFIX). Examples:
#   "14/5/2008"  "23 / 6 /2026"  "19/5/1890"                  (dmy)
#   "18 tháng 11 năm 2025"                                    (dmyw)
#   "4 tháng đầu năm 2008", "6 tháng cuối năm"                (nmonths)
#   "10 tháng năm 2021" — the first ten months, as a report counts them (nmonths)
#   "2020 - 2025", "2026-2031"                                (years)
#   "ngày 5 tháng 7", "ngày 20/2" — a day without a year      (dmw, dm)
#   "trước 30/6", "đến hết 31/12" — one after a deadline's word (tdm; alone, "12/15" is a ratio)
#   "tháng 6/2027", "tháng 7 năm 2008", "tháng 7"             (month)
#   "quý III/2008", "Quý IV năm 2027"                         (quarter)
#   "năm 2025", "năm 2025 - 2030"                             (year)
#   "ngày 25 hằng tháng", "ngày 5 hàng tháng" — every month   (monthly: no single date)
#   "hằng tháng vào ngày 25", "hàng tháng trước ngày 10"      (monthly, the day after its period)
#   "tháng 6 - 7/2019", "tháng 11–12 năm 2019"                (month: one period)
#   "tháng 11, 12/2019", "tháng 3 và 4 năm 2020"              (month: a list, one date a month)
#   "ngày 5/3/19", "trước 30/6/24" — a two-figure year        (dmys)
#   "quý III - IV/2019", "quý I - quý II"                      (quarter: one period)
_DATE = lazy_re(
    r"(?P<dmy>(?P<d>\d{1,2})\s?(?P<sep>[/.-])\s?(?P<m>\d{1,2})\s?(?P=sep)\s?(?P<y>" + _DAY_YEAR + r")(?![\d/]))"
    r"|(?P<dmyw>(?P<d2>\d{1,2})\s+thang\s+(?P<m2>\d{1,2})\s*,?\s*nam\s+(?P<y2>" + _YEAR + r")(?!\d))"
    r"|(?P<nmonths>(?P<n>\d{1,2})\s+thang\s+(?:(?P<half>dau|cuoi)\s+nam(?:\s+(?P<y5>" + _YEAR + r"))?"
    r"|nam\s+(?P<y5b>" + _YEAR + r"))(?![\d/]))"
    r"|(?P<years>(?P<r1>" + _YEAR + r")\s?-\s?(?P<r2>" + _YEAR + r")(?![\d/]))"
    # (a two-figure year only after "ngày" or a deadline's word: "12/3/19" alone is an address)
    r"|(?P<dmys>(?=\d{1,2}\s?/)(?:(?<=ngay )|(?<=truoc )|(?<=den )|(?<=het )|(?<=nhat )|(?<=chot ))"
    r"(?P<d12>\d{1,2})\s?/\s?(?P<m12>\d{1,2})\s?/\s?(?P<y12>\d\d)(?![\d/]|[.,]\d))"
    r"|(?P<dmw>ngay\s+(?P<d3>\d{1,2})\s+thang\s+(?P<m3>\d{1,2})(?![\d/])(?!\s*,?\s*nam\s+\d))"
    r"|(?P<dm>ngay\s+(?P<d4>\d{1,2})\s?[/-]\s?(?P<m4>\d{1,2})(?!\s?[\d/-]|\.\d))"
    r"|(?P<tdm>(?=\d{1,2}\s?/)(?:(?<=truoc )|(?<=den )|(?<=het )|(?<=nhat )|(?<=chot ))"
    r"(?P<d10>\d{1,2})\s?/\s?(?P<m11>\d{1,2})(?![\d/]|[.,]\d))"
    r"|(?P<monthly>ngay\s+(?P<d7>\d{1,2})\s+(?:hang|moi)\s+thang(?![a-z0-9]))"
    # (read from its "ngày", a start the scan has anyway: "hằng", "mỗi" are common words)
    r"|(?P<monthly2>(?=ngay )(?:(?<=hang thang vao )|(?<=hang thang truoc )|(?<=moi thang vao )"
    r"|(?<=moi thang truoc ))ngay\s+(?P<d9>\d{1,2})(?![\d/]))"
    r"|(?P<month>thang\s+(?P<m6>\d{1,2})(?:\s?-\s?(?P<m10>\d{1,2})(?!\d)"
    r"|(?P<ml>(?:\s?+,\s?+|\s++va\s++)\d{1,2}(?!\d)){1,5})?"
    r"(?:(?:\s?[/-]\s?|\s*,?\s*nam\s+)(?P<y6>" + _YEAR + r"))?(?![\d/]))"
    r"|(?P<quarter>quy\s+(?P<q>iv|iii|ii|i|[1-4])(?![a-z0-9])(?:\s?-\s?(?:quy\s+)?(?P<q4>iv|iii|ii|i|[1-4])(?![a-z0-9]))?"
    r"(?:(?:\s?[/-]\s?|\s*,?\s*(?:nam\s+)?)(?P<yq>" + _YEAR + r"))?(?![\d/]))"
    r"|(?P<year>nam\s+(?P<y8>" + _YEAR + r")(?:\s?-\s?(?P<y8b>" + _YEAR + r"))?(?![\d/]))"
)
# Words that belong to the expression when they stand right before it (folded, end-anchored):
#   "Ngày |14/5/2008"  "cuối |năm 2008"  "đầu |tháng 6"  "nhiệm kỳ |2020 - 2025"  "ngày mồng |5 tháng 3 …"
_PREFIX = lazy_re(
    r"(?<![a-z])(?P<w>ngay mong|ngay mung|ngay|mong|mung|dau|giua|cuoi|thuong tuan|trung tuan|ha tuan|nhiem ky"
    r"|giai doan|thoi ky|nam hoc)\s+$"
)
_PREFIX_FOR = {"ngay": "day", "ngay mong": "day", "ngay mung": "day", "mong": "day", "mung": "day", "dau": "pos", "giua": "pos", "cuoi": "pos", "thuong tuan": "mpos",
               "trung tuan": "mpos", "ha tuan": "mpos", "nhiem ky": "years", "giai doan": "years",
               "thoi ky": "years", "nam hoc": "years"}
_DIGITS = "0123456789"
# "từ tháng 6/2022 đến nay" / "từ ngày 1/1 đến ngày 30/6/2008": a range built from two expressions.
# (Possessive whitespace runs here and below: sparse_fold leaves long runs of spaces, and the
# backtracking forms were polynomial on them — _DATE_LEAD took 389 s on 3,000 spaces.)
_FROM = lazy_re(r"(?<![a-z])(?<!dau )tu\s+$")  # "từ", not the "tư" of "đầu tư năm 2022 đến …"
_TO_NOW = lazy_re(r"\s++den\s++nay(?![a-z])")
_TO = lazy_re(r"\s*+(?:den(?:\s++het)?+|-)\s*+")  # "… đến (hết) ngày 30/4/2019"

_POS_YEAR = {"dau": ((1, 1), (3, 31)), "giua": ((5, 1), (8, 31)), "cuoi": ((10, 1), (12, 31))}
_POS_MONTH = {"dau": (1, 10), "thuong tuan": (1, 10), "giua": (11, 20), "trung tuan": (11, 20),
              "cuoi": (21, 31), "ha tuan": (21, 31)}


def _days(y: int, m: int) -> int:
    """Days in month *m* of year *y* (``calendar`` would cost more to import than all of this)."""
    if m == 2:
        return 29 if y % 4 == 0 and (y % 100 != 0 or y % 400 == 0) else 28
    return 30 if m in (4, 6, 9, 11) else 31


class _Expr:
    """One matched expression: its span, kind, parsed fields and the year it states (if any)."""

    __slots__ = ("a", "b", "kind", "f", "year")

    def __init__(self, a: int, b: int, kind: str, f: dict, year: int | None) -> None:
        self.a, self.b, self.kind, self.f, self.year = a, b, kind, f, year

    def resolve(self, default_year: int | None) -> tuple[str | None, str | None, str | None] | None:
        """``(date, start, end)`` as ISO strings, or ``None`` when the fields are impossible."""
        y = self.year if self.year is not None else default_year
        k, f = self.kind, self.f
        if k == "day":
            d, m = f["d"], f["m"]
            if not (1 <= m <= 12 and 1 <= d <= 31):
                return None
            if y is None:
                return (None, None, None)
            if d > _days(y, m):
                return None
            return (f"{y:04d}-{m:02d}-{d:02d}", None, None)
        if k == "monthly":  # "ngày 25 hằng tháng": a day of every month, no date of its own
            return (None, None, None) if 1 <= f["d"] <= 31 else None
        if k == "years":
            y1, y2 = f["y1"], f["y2"]
            return (None, f"{y1:04d}-01-01", f"{y2:04d}-12-31")
        if y is None:
            if k == "month" and not 1 <= f["m"] <= 12 or k == "nmonths" and not 1 <= f["n"] <= 12:
                return None
            return (None, None, None)
        if k == "year":
            (m1, d1), (m2, d2) = _POS_YEAR.get(f.get("pos") or "", ((1, 1), (12, 31)))
            return (None, f"{y:04d}-{m1:02d}-{d1:02d}", f"{y:04d}-{m2:02d}-{d2:02d}")
        if k == "month":
            m = f["m"]
            if not 1 <= m <= 12:
                return None
            m2 = f.get("m2") or m  # "tháng 6 - 7/2019"
            last = _days(y, m2)
            d1, d2 = _POS_MONTH.get(f.get("pos") or "", (1, 31))
            return (None, f"{y:04d}-{m:02d}-{d1:02d}", f"{y:04d}-{m2:02d}-{min(d2, last):02d}")
        if k == "quarter":
            m1 = 3 * f["q"] - 2
            m2 = 3 * (f.get("q2") or f["q"])  # "quý III - IV/2019"
            return (None, f"{y:04d}-{m1:02d}-01", f"{y:04d}-{m2:02d}-{_days(y, m2):02d}")
        if k == "nmonths":
            n = f["n"]
            if not 1 <= n <= 12:
                return None
            if f["half"] == "dau":
                return (None, f"{y:04d}-01-01", f"{y:04d}-{n:02d}-{_days(y, n):02d}")
            return (None, f"{y:04d}-{13 - n:02d}-01", f"{y:04d}-12-31")
        return None  # pragma: no cover - every kind is handled above


def _expr(m: re.Match) -> _Expr | None:
    """The expression a match stands for, or None when its left edge is inside a word/number."""
    g = m.group
    s = m.string
    a, b = m.span()
    if a:
        before = s[a - 1]
        if s[a] in _DIGITS:
            if before in _DIGITS or before in ".,/" or (before == "-" and g("years")):
                return None
        elif before.isalpha():
            return None
    if g("dmy"):
        e = _Expr(a, b, "day", {"d": int(g("d")), "m": int(g("m"))}, int(g("y")))
    elif g("dmyw"):
        e = _Expr(a, b, "day", {"d": int(g("d2")), "m": int(g("m2"))}, int(g("y2")))
    elif g("dmys"):  # "ngày 5/3/19": 2019; "ngày 2/9/45": 1945
        y = int(g("y12"))
        e = _Expr(a, b, "day", {"d": int(g("d12")), "m": int(g("m12"))}, y + (2000 if y < 40 else 1900))
    elif g("dmw"):
        return _Expr(a, b, "day", {"d": int(g("d3")), "m": int(g("m3"))}, None)
    elif g("dm"):
        return _Expr(a, b, "day", {"d": int(g("d4")), "m": int(g("m4"))}, None)
    elif g("tdm"):
        return _Expr(a, b, "day", {"d": int(g("d10")), "m": int(g("m11"))}, None)
    elif g("monthly"):
        return _Expr(a, b, "monthly", {"d": int(g("d7"))}, None)
    elif g("nmonths"):
        y = g("y5") or g("y5b")
        return _Expr(a, b, "nmonths", {"n": int(g("n")), "half": g("half") or "dau"}, int(y) if y else None)
    elif g("month"):
        y, m1, m2 = g("y6"), int(g("m6")), g("m10")
        if g("ml"):
            # "tháng 11, 12/2019", "tháng 3 và 4 năm 2020": one date a month (``list``, split by
            # extract_dates), one period for a deadline ("trong tháng 11, 12/2019" is due at December's
            # end) — only with its year or ending the clause ("tháng 11, 12 đơn vị" counts units)
            lo = m.start("ml")
            nums = [(lo + x.start(), lo + x.end(), int(x.group())) for x in _DAY_NUMBER.finditer(g("ml"))]
            months = [m1] + [k for _, _, k in nums]
            if all(p < q for p, q in zip(months, months[1:])) and months[-1] <= 12 and \
                    (y or b >= len(s) or s[b] in ".;:)" or s.startswith((", ", " va ", " hoac "), b)):
                items = [(a, m.end("m6"), m1)] + nums
                items[-1] = (items[-1][0], b, items[-1][2])
                e = _Expr(a, b, "month", {"m": m1, "m2": months[-1], "pos": None, "list": items}, int(y) if y else None)
            else:
                e = _Expr(a, m.end("m6"), "month", {"m": m1, "pos": None}, None)
        elif m2 is None:
            e = _Expr(a, b, "month", {"m": m1, "pos": None}, int(y) if y else None)
        elif 1 <= m1 < int(m2) <= 12:  # "tháng 6 - 7/2019"
            e = _Expr(a, b, "month", {"m": m1, "m2": int(m2), "pos": None}, int(y) if y else None)
        else:  # "tháng 12 - 1", "tháng 6 - 5": only the first month is read
            e = _Expr(a, m.end("m6"), "month", {"m": m1, "pos": None}, None)
    elif g("quarter"):
        y, q1, q2 = g("yq"), _ROMAN[g("q")], g("q4")
        if q2 is None:
            return _Expr(a, b, "quarter", {"q": q1}, int(y) if y else None)
        if q1 < _ROMAN[q2]:  # "quý III - IV/2019"
            return _Expr(a, b, "quarter", {"q": q1, "q2": _ROMAN[q2]}, int(y) if y else None)
        return _Expr(a, m.end("q"), "quarter", {"q": q1}, None)
    elif g("monthly2"):
        k = s.rfind(" thang ", 0, a)  # "hang| thang vao ngay 25"
        return _Expr(k - (4 if s.startswith("hang", k - 4) else 3), b, "monthly", {"d": int(g("d9")), "inner": k + 7}, None)
    elif g("year"):
        y, y2 = int(g("y8")), g("y8b")
        if y2 and y < int(y2) <= y + 30:
            e = _Expr(a, b, "years", {"y1": y, "y2": int(y2)}, None)
        else:
            e = _Expr(a, m.end("y8"), "year", {"pos": None}, y)
    elif g("years"):
        y1, y2 = int(g("r1")), int(g("r2"))
        if not y1 < y2 <= y1 + 30:
            return None
        e = _Expr(a, b, "years", {"y1": y1, "y2": y2}, None)
    else:  # pragma: no cover
        return None
    pm = _PREFIX.search(s, max(0, a - 14), a) if a else None
    if pm is not None:
        w = pm.group("w")
        use = _PREFIX_FOR[w]
        if use == "day" and e.kind == "day" or use == "years" and e.kind == "years":
            e.a = pm.start()
        elif use in ("pos", "mpos") and e.kind == "month" and "m2" not in e.f or use == "pos" and e.kind == "year":
            e.a = pm.start()
            e.f["pos"] = w
    return e


_WORD_STARTS = ("ngay", "thang", "quy", "nam")


def _starts(folded: str, lo: int, hi: int, numbers: list[int] | None = None) -> list[int]:
    """Where an expression can start in ``folded[lo:hi]``: the first digit of each number (given
    as *numbers*, or found here) and each word an alternative opens with. Matching only there
    (``match``, not ``search``) spares the regex from trying every alternative at every character."""
    find = folded.find
    if numbers is None:
        out: list[int] = []
        for d in _DIGITS:
            i = find(d, lo, hi)
            while i >= 0:
                if i == 0 or folded[i - 1] not in _DIGITS:
                    out.append(i)
                i = find(d, i + 1, hi)
    else:
        out = [k for k in numbers if lo <= k < hi]
    for w in _WORD_STARTS:
        i = find(w, lo, hi)
        while i >= 0:
            out.append(i)
            i = find(w, i + 1, hi)
    out.sort()
    return out


def _scan(folded: str, lo: int, hi: int, out: list[_Expr], numbers: list[int] | None = None) -> None:
    done = lo
    for pos in _starts(folded, lo, hi, numbers):
        if pos < done:
            continue
        m = _DATE.match(folded, pos, hi)
        if m is None:
            continue
        e = _expr(m)
        if e is not None:
            out.append(e)
            done = e.b  # (not m.end(): a list read as its first month leaves the rest to scan)


def scan(folded: str) -> list[_Expr]:
    """Every date expression in a folded string (offsets are those of the folded string)."""
    out: list[_Expr] = []
    _scan(folded, 0, len(folded), out)
    return out


def parse_date(folded: str, pos: int, default_year: int | None = None) -> tuple[str | None, int] | None:
    """A single day written at *pos* of a folded string: "ngay 25/10/2017", "ngay 18 thang 7 nam 2025".

    Returns ``(iso_or_None, end)``; used by the references extractor for "… ngày <date>".
    """
    if folded.startswith("ngay", pos):
        pos += 4
        while pos < len(folded) and folded[pos] == " ":
            pos += 1
    m = _DATE.match(folded, pos)
    if m is None or not (m.group("dmy") or m.group("dmyw") or m.group("dmys")):
        return None
    e = _expr(m)  # ("ngày 5/3/19": the short year's century)
    if e is None:
        return None
    r = e.resolve(default_year)
    if r is None:
        return None
    return r[0], m.end()


_PERIOD_KINDS = ("year", "quarter", "month", "nmonths")


def period_years(subject: str, issued: int | None) -> tuple[int | None, int | None]:
    """The default years of a document's yearless dates: ``(body, assessment)`` — the year for the
    whole text, and the year of the parts that report what was done.

    Both are *issued* (the year of its own date) unless the subject names one year for the
    document's period ("năm 2013", "quý I/2013", "6 tháng đầu năm 2013"; a cited document's day,
    "ngày 10/12/2012", names none):

    * the next year: a programme or plan issued in December for it — "CHƯƠNG TRÌNH công tác năm
      2013" dated 20/12/2012 means 2013 by its "Tháng 1: …", "6 tháng đầu năm" and "quý I",
      deadlines included;
    * the year before: a report on it issued early the next — "BÁO CÁO tổng kết công tác năm
      2012" dated 10/01/2013 reports 2012's "tháng 6" in its assessment; its directions and
      deadlines keep the issue year ("trong quý I" is this year's).

    A subject naming two years ("tổng kết năm 2012, phương hướng năm 2013"), a span ("giai đoạn
    2011 - 2015") or a year further off keeps the issue year.
    """
    if issued is None or not subject or "20" not in subject and "19" not in subject:
        return issued, issued  # (no four-digit year at all: most subjects)
    years = {e.year for e in scan(fold(subject)) if e.kind in _PERIOD_KINDS and e.year is not None}
    if len(years) == 1:
        (y,) = years
        if y == issued + 1:
            return y, y
        if y == issued - 1:
            return issued, y
    return issued, issued


# Cheap test before folding and scanning a window: a date expression holds a slash, one of these
# words (with or without diacritics, any case), or a four-digit year next to a dash or dot.
_DATE_WORDS = ("tháng", "thang", "năm", "nam", "ngày", "ngay", "quý", "quy", "kỳ", "ky", "đoạn", "doan")
_YEARISH = lazy_re(r"(?:19|20)\d\d")


def _may_hold_date(t: str, w: tuple[int, int]) -> bool:
    s = t[w[0]: w[1]]
    if "/" in s:
        return True
    low = s.lower()
    for k in _DATE_WORDS:
        if k in low:
            return True
    return ("-" in s or "." in s) and _YEARISH.search(s) is not None


def _digits_by_paragraph(doc: Doc) -> dict[int, list[int]]:
    """Offsets of the digits of each paragraph (the Doc's one sweep for digits, shared with the
    references extractor, is far cheaper than a regex scan)."""
    out: dict[int, list[int]] = {}
    starts = doc.starts
    n = len(starts)
    i = 0
    cur: list[int] = []
    for pos in doc.digits():  # ascending, so the paragraph index only moves forward
        if i + 1 < n and pos >= starts[i + 1]:
            while i + 1 < n and pos >= starts[i + 1]:
                i += 1
            cur = []
        if not cur:
            out[i] = cur
        cur.append(pos - starts[i])
    return out


# Between two expressions of one list or range: "tháng 7| và |tháng 8/2008", "ngày 1/6| đến |30/6/2008"
_LINK = lazy_re(r"\s*+(?:,|;|va|hoac|den|toi|-)\s*+")


# A day number alone before the day it pairs with (folded, end-anchored before the second day):
#   "từ |ngày 18 đến |ngày 20/7/2008", "|ngày 18-|20/7/2008", "|Ngày 18 và |19 tháng 7 năm 2008"
#   and a list of days sharing one month: "trong 02 |ngày, 27 và |28/3/2003", "các |ngày 27, 28 và
#   |29/3/2003", "|ngày 27, ngày 28 và ngày |29/3" (the days before the last in group ``more``)
_BARE_DAY = lazy_re(
    r"(?<![a-z0-9/])ngay\s*+[,:(]?\s*+(?P<more>(?:\d{1,2}\s*+,\s*+(?:ngay\s++)?){0,5})"
    r"(?P<d>\d{1,2})\s*+(?P<link>den|-|va|,)\s*+(?:ngay\s++)?$"
)
_DAY_NUMBER = lazy_re(r"\d{1,2}")


def _bare_days(folded: str, exprs: list[_Expr]) -> list[_Expr]:
    """*exprs* with the bare first days of two-day pairs and day lists added as expressions of their own.

    "ngày 18 đến ngày 20/7" names 18/7 without its month; it takes the month and year of the day
    it pairs with (the month before when it is the later number: "ngày 30 đến ngày 2/7" is 30/6).
    A pair joined by "đến" or "-" is then read as a period by :func:`_ranges`. A list joined by
    "và" or "," is one date a day ("các ngày 27, 28 và 29/3/2003": three dates) — only when its
    days rise to the last, or "ngày 18, 14/5/2008" would be read as a list.
    """
    out: list[_Expr] = []
    for e in exprs:
        # (a bare day's "ngày" stands in the window, before the day's own: most days have none there)
        if e.kind == "day" and e.a and folded.find("ngay", max(0, e.a - 48), e.a) >= 0:
            bm = _BARE_DAY.search(folded, max(0, e.a - 48), e.a)
            if bm is not None and (not out or out[-1].b <= bm.start()):
                d0, m, y, link = int(bm.group("d")), e.f["m"], e.year, bm.group("link")
                if link in ("va", ","):
                    lo = bm.start("more")
                    more = [(lo + x.start(), lo + x.end(), int(x.group()))
                            for x in _DAY_NUMBER.finditer(bm.group("more"))]
                    days = [d for _, _, d in more] + [d0, e.f["d"]]
                    if any(a >= b for a, b in zip(days, days[1:])):
                        out.append(e)  # "ngày 18, 14/5/2008" is no list of two days
                        continue
                    firsts = [(at, end, d) for at, end, d in more] + [(bm.start("d"), bm.end("d"), d0)]
                    for k, (at, end, d) in enumerate(firsts):
                        # a day's text opens with its "ngày" when it has one: "ngày 27", "28", "ngày 28"
                        # ("trong 02 ngày, |27 và 28/3/2003": the lead-in's "ngày" is not the day's)
                        a = bm.start() if k == 0 and not folded[bm.start() + 4: at].strip() else \
                            at - 5 if folded.startswith("ngay ", at - 5) else at
                        out.append(_Expr(a, end, "day", {"d": d, "m": m, "pair": link if k == len(more) else ","}, y))
                    out.append(e)
                    continue
                if bm.group("more"):
                    out.append(e)  # "ngày 5, 6 đến 8/7": no reading
                    continue
                if d0 > e.f["d"]:
                    m, y = (m - 1, y) if m > 1 else (12, y - 1 if y is not None else None)
                out.append(_Expr(bm.start(), bm.end("d"), "day", {"d": d0, "m": m, "pair": link}, y))
        out.append(e)
    return out


def _borrow_years(folded: str, exprs: list[_Expr]) -> None:
    """A yearless expression takes the year of the next one in the same list or range."""
    for i in range(len(exprs) - 2, -1, -1):
        e, nxt = exprs[i], exprs[i + 1]
        if e.year is None and e.kind != "years" and nxt.year is not None and \
                _LINK.fullmatch(folded, e.b, nxt.a) is not None:
            e.year = nxt.year


def _ranges(folded: str, exprs: list[_Expr], default_year: int | None) -> list[tuple[int, int, tuple]]:
    """Resolve expressions, joining "từ X đến nay" and "từ X đến Y" into one period."""
    exprs = _bare_days(folded, exprs)
    _borrow_years(folded, exprs)
    out: list[tuple[int, int, tuple]] = []
    i = 0
    n = len(exprs)
    while i < n:
        e = exprs[i]
        a, b = e.a, e.b
        fm = _FROM.search(folded, max(0, a - 6), a)
        pair = e.f.get("pair")
        if fm is not None or pair == "den" or pair == "-":
            now = _TO_NOW.match(folded, b) if fm is not None else None
            if now is not None:
                r = e.resolve(default_year)
                if r is not None:
                    start = r[0] or r[1]
                    out.append((fm.start(), now.end(), (None, start, None)))
                    i += 1
                    continue
            to = _TO.match(folded, b)
            if to is not None and i + 1 < n and exprs[i + 1].a == to.end():
                f2 = exprs[i + 1]
                year = e.year if e.year is not None else f2.year
                r1 = e.resolve(year if year is not None else default_year)
                r2 = f2.resolve(default_year)
                if r1 is not None and r2 is not None:
                    out.append((a if fm is None else fm.start(), f2.b, (None, r1[0] or r1[1], r2[0] or r2[2])))
                    i += 2
                    continue
        r = e.resolve(default_year)
        if r is not None:  # None: impossible fields ("31/02/2008", "tháng 13") are not dates
            out.append((a, b, r))
        i += 1
    return out


# A quarter named without a figure, "quý I - quý II": found from its "ý" (one search for a character,
# as cheap as one of the digits' ten; a search for "ý I" costs as much as a regex scan) — the dates
# pass otherwise starts from digits. (A heading in capitals, "NHIỆM VỤ QUÝ II", is left: it seldom
# lacks its year, and a second search would cost as much again.)


def _quarter_anchors(doc: Doc) -> dict[int, list[int]]:
    """Where a "quý" followed by a Roman numeral starts, per paragraph (offsets in the paragraph)."""
    out: dict[int, list[int]] = {}
    big = doc.text
    for pos in doc.find_all("ý"):
        if big.startswith((" I", " V"), pos + 1) and pos >= 2 and big[pos - 2: pos] in ("qu", "Qu"):
            i, off = doc.locate(pos - 2)
            out.setdefault(i, []).append(off)
    return out


def _split_lists(exprs: list[_Expr]) -> list[_Expr]:
    """A month list ("tháng 11, 12/2019") as one month each: "tháng 11", "12/2019"."""
    out: list[_Expr] = []
    for e in exprs:
        if "list" in e.f:
            out.extend(_Expr(a, b, "month", {"m": k, "pos": None}, e.year) for a, b, k in e.f["list"])
        else:
            out.append(e)
    return out


def extract_dates(paras: Sequence[Para], *, default_year: int | None = None,
                  years: Sequence[tuple[int, int, int]] = ()) -> list[dict]:
    """Every date or period in *paras*, in text order: ``{text, date, start, end, line}``.

    *years*: ``(first line, last line, year)`` spans whose paragraphs take that default year
    instead — a report's assessment of the year before (:func:`period_years`)."""
    out: list[dict] = []
    doc = as_doc(paras)
    digits = _digits_by_paragraph(doc)
    quarters = _quarter_anchors(doc)
    for i in sorted(digits.keys() | quarters.keys()) if quarters else sorted(digits):
        j = doc.paras[i]
        t = j.text
        hits = sorted(digits.get(i, ()))
        anchors = ((k, k + 1) for k in hits) if i not in quarters else \
            sorted([(k, k + 1) for k in hits] + [(q, q + 3) for q in quarters[i]])
        spans = [w for w in windows(anchors, len(t), 24, 16) if _may_hold_date(t, w)]
        if not spans:
            continue
        folded = sparse_fold(t, spans)
        numbers = [k for k in hits if k == 0 or t[k - 1] not in _DIGITS]
        exprs: list[_Expr] = []
        for lo, hi in spans:
            _scan(folded, lo, hi, exprs, numbers)
        if any("list" in e.f for e in exprs):
            exprs = _split_lists(exprs)
        dy = default_year
        if years:
            first = j.line_at(0)
            dy = next((y for lo, hi, y in years if lo <= first <= hi), default_year)
        for a, b, (date, start, end) in _ranges(folded, exprs, dy):
            out.append({"text": t[a:b], "date": date, "start": start, "end": end, "line": j.line_at(a)})
    return out


# What introduces a deadline, right before the date expression (folded):
#   "trước ngày 30/6/2008", "đến cuối năm 2008", "đến hết quý III", "trong quý III/2008",
#   "hoàn thành trong tháng 7", "chậm nhất là ngày 15/7", "hạn chót 30/9"
_TRIGGERS = (
    r"(?<![a-z])(?:truoc|den(?:\s+het)?|trong|vao|cham nhat(?:\s+la)?(?:\s+(?:vao|den|trong))?|"
    r"muon nhat(?:\s+la)?(?:\s+(?:vao|den|trong))?|han chot(?:\s+la)?|xong|hoan thanh)"
)
# An hour may stand between the trigger and the day: "trước |17 giờ |ngày 17/10/2020", "trước 10h30 ngày …"
_HOUR = r"(?:\d{1,2}\s?(?:gio|h)(?:\s?\d{1,2}(?:\s?phut)?)?\s*+,?\s*+)?"
_TRIGGER = lazy_re(_TRIGGERS + r"\s*:?\s*" + _HOUR + r"$")
# A bare day and month after a trigger: "hoàn thành trước 31/12" (a year comes from default_year)
_DUE_DM = lazy_re(_TRIGGERS + r"\s*:?\s*(?P<d>\d{1,2})\s?/\s?(?P<m>\d{1,2})(?![\d/])")
# The opening of a "từ X đến Y" range, right before its "đến": "từ ngày 19 |đến ngày 21/7/2022",
# "từ tháng 6 |đến hết năm 2022" — a period (a session's schedule), so its "đến" sets no deadline.
# "từ nay |đến ngày 30/6" is one ("nay" is no date), and "đầu tư năm 2022 |đến …" no range.
_RANGE_FROM = lazy_re(r"(?<![a-z])(?<!dau )tu\s+(?:ngay|thang|quy|nam|tuan|dau|giua|cuoi|\d)[a-z0-9/.\- ]{0,24}$")


def closes_range(folded: str, at: int) -> bool:
    """Whether the "đến" at *at* of a folded text closes a "từ X đến Y" range (a period, not a
    deadline); shared with the meeting step, which reads the same "từ … đến …" as a schedule."""
    return folded.startswith("den", at) and _RANGE_FROM.search(folded, max(0, at - 40), at) is not None


# A "Thời gian:" / "Thời hạn hoàn thành:" / "Hạn chót nộp hồ sơ:" label a few words before the
# expression, an hour maybe between: "Hạn chót nộp thu hoạch: |17 giờ 00 |ngày 30/9/2021"
_LABEL = lazy_re(r"(?<![a-z])thoi (?:gian|han)(?:\s+[a-z]+){0,3}\s*:\s*(?:[a-z]+\s+){0,3}(?P<hour>" + _HOUR + r")$")
_CUT_OFF = lazy_re(r"(?<![a-z])han c(?:hot|uoi)(?:\s+[a-z]+){0,3}\s*:\s*(?:[a-z]+\s+){0,3}(?P<hour>" + _HOUR + r")$")
# A part of the year with no year written, as a deadline names it: "đến |cuối năm|", "vào |giữa năm|"
# — not "6 tháng cuối năm" (a count of months), "cuối năm 2020", "cuối năm học", "cuối năm ngoái"
_YEARLESS_POS = lazy_re(r"(?<![a-z])(?<!thang )(?P<w>dau|giua|cuoi) nam(?![a-z0-9])"
                        r"(?!\s+(?:(?:19|20)\d\d|hoc|ngoai|truoc|qua|sau|toi)(?![a-z0-9]))")
# What opens a range that is due at its end (folded, end-anchored before its "từ"): a trigger and
# "(khoảng) thời gian" — "hoàn thành trong thời gian |từ ngày 01/7 đến ngày 15/7/2019"
_RANGE_TRIGGER = lazy_re(_TRIGGERS + r"\s+(?:khoang\s+)?thoi gian\s*$")


@lru_cache(maxsize=1)
def _due_hint() -> re.Pattern:
    """A digit, or three characters that fold to "quy" ("quý IV" is the one date expression
    without a digit), or "hang"/"moi" before the period they recur by (a recurring deadline: "định
    kỳ hằng tháng", "mỗi quý" — not "mỗi người", "ngân hàng", which cost a fold and a scan). A
    text with none of them holds no deadline, so :func:`find_due` skips folding and scanning it —
    half the directives of a notice, ~200 µs of a seed parse. Built from the fold table itself, so
    it can never disagree with :func:`fold`."""
    # from the fold table's ~1,400 entries: folding all code points up to U+3100 and reading them
    # back letter by letter took ~20 ms of a cold run
    cls = {k: "[%s]" % re.escape(preimages(k)) for k in "quyhangmoitdks"}
    word = lambda w: "".join(cls[k] for k in w)  # noqa: E731
    per = "(?:%s|%s|%s)" % (word("thang"), word("quy"), word("nam"))
    half = r"%s\s+%s\s+(?:%s|%s)" % (word("dinh"), word("ky"), word("sau"), word("nua"))  # "định kỳ sáu tháng"
    return _compile(r"\d|%s|(?:%s|%s)\s+%s|%s" % (word("quy"), word("hang"), word("moi"), per, half))


# A deadline that recurs every year, right after its day: "trước ngày 15/01| hằng năm" (folded)
_ANNUAL = lazy_re(r"\s*+(?:hang|moi)\s+nam\b")
# A recurring period with no day (folded): "định kỳ hằng quý", "định kỳ mỗi tháng" — or "hằng quý"
# after a trigger or a label ("Thời gian: hằng quý"); "thực hiện hằng năm" alone is no deadline
# … and a half-year: "định kỳ 6 tháng", "định kỳ sáu tháng", "định kỳ nửa năm" (only after "định kỳ")
_EVERY = lazy_re(r"(?<![a-z])(?:(?P<dk>dinh ky\s+)?(?:hang|moi)\s+(?P<per>thang|quy|nam)"
                 r"|(?P<dk2>dinh ky\s+)(?:0?6|sau)\s+thang|(?P<dk3>dinh ky\s+)nua nam)(?![a-z0-9])")
# What may stand before "định kỳ hằng …" that sets a deadline (folded, end-anchored): the start of
# the clause ("Định kỳ hằng quý báo cáo …", "…; định kỳ hằng tháng báo cáo …") or "báo cáo"
# ("báo cáo định kỳ hằng quý", "báo cáo kết quả định kỳ hằng tháng"). "kết quả đánh giá cán bộ định kỳ hằng năm" names a yearly
# evaluation, and "bổ sung quy hoạch … định kỳ hằng năm" how often a task recurs: no deadline.
_EVERY_LEAD = lazy_re(r"(?:^|[,;:.(]|bao cao(?:\s+ket qua)?)\s*$")
# A report owed each period, "định kỳ" unsaid: "tổng hợp, báo cáo Thường trực Tỉnh ủy |hằng quý"
# ("báo cáo" earlier in the clause; folded)
_REPORT_BEFORE = lazy_re(r"(?<![a-z])bao cao(?![a-z])")


def _next_monthly(day: int, not_before: str | None) -> str | None:
    """"ngày 25 hằng tháng": the first 25th on or after the notice's date (*not_before*) — the
    deadline that falls due next, as for a yearly one; a 31st is the last day of a shorter month."""
    if not_before is None:
        return None
    y, m, d0 = int(not_before[:4]), int(not_before[5:7]), int(not_before[8:10])
    if min(day, _days(y, m)) < d0:
        y, m = (y, m + 1) if m < 12 else (y + 1, 1)
    return f"{y:04d}-{m:02d}-{min(day, _days(y, m)):02d}"


def _period_end(per: str, default_year: int | None, not_before: str | None) -> str | None:
    """"định kỳ hằng tháng/quý/năm": the end of the month, quarter or year the notice's date falls
    in — the first report falls due then. Without the notice's date only a year's end is known."""
    if not_before is None:
        return f"{default_year:04d}-12-31" if per == "nam" and default_year is not None else None
    y, m = int(not_before[:4]), int(not_before[5:7])
    if per == "quy":
        m = 3 * ((m - 1) // 3 + 1)
    elif per == "half":
        m = 6 if m <= 6 else 12
    elif per == "nam":
        m = 12
    return f"{y:04d}-{m:02d}-{_days(y, m):02d}"


def _every(folded: str, text: str, default_year: int | None, not_before: str | None) -> dict | None:
    """A recurring period as the deadline: "định kỳ hằng quý", "Thời gian: hằng tháng"."""
    for em in _EVERY.finditer(folded):
        a = em.start()
        if em.group("dk") or em.group("dk2") or em.group("dk3"):
            if _EVERY_LEAD.search(folded, max(0, a - 20), a) is None:
                continue
        else:
            lo = max(0, a - 60)
            tm = _TRIGGER.search(folded, lo, a)
            if tm is not None:
                a = tm.start()
            elif _LABEL.search(folded, lo, a) is None and (
                    folded[max(0, a - 4): a].rstrip()[-1:].isdigit()  # "ngày 25 |hằng tháng": a day, which needs a trigger
                    or _REPORT_BEFORE.search(folded, max(lo, max(folded.rfind(c, 0, a) for c in _CLAUSE_END) + 1), a)
                    is None):
                continue
        return {"text": text[a:em.end()], "by": _period_end(em.group("per") or "half", default_year, not_before)}
    return None


# What is held on a recurring day rather than done by it (folded), in the clause before the day:
#   "Chi ủy |họp| thường kỳ vào ngày 05 hằng tháng", "Chi bộ |sinh hoạt| thường kỳ vào ngày 10 hằng
#   tháng", "Thường trực |giao ban| vào ngày …", "tổ chức |hội nghị| … vào ngày 15/12 hằng năm"
#   ("hop" is checked against the text: "họp" meets, "tổng hợp", "phối hợp" do not)
_MEETS = lazy_re(r"(?<![a-z])(?:hop|sinh hoat|giao ban|hoi nghi)(?![a-z])")
# … and what makes the day a deadline even then: "báo cáo … vào ngày 20 hằng tháng", "gửi", "nộp",
# "đóng đảng phí" — something handed in by that day
_HANDS_IN = lazy_re(r"(?<![a-z])(?:bao cao|gui|nop|dong dang phi)(?![a-z])")
# Where the clause of a recurring day starts (folded): after "." or ";" ("…; họp bất thường …"); a
# colon does not end it ("Thời gian họp: ngày 05 hằng tháng" is a schedule by its label)
_CLAUSE_END = ".;"


def _schedule(folded: str, text: str, a: int, at: int, rule: bool) -> bool:
    """Whether a recurring day introduced at *a* ("vào ngày 05 hằng tháng", *at* where the day
    starts) says when something is held — a schedule, not a deadline.

    A rule (QUY CHẾ, QUY ĐỊNH; *rule*) sets its bodies' timetable: "vào ngày 05 hằng tháng" there
    is when a thing happens. Elsewhere it is one only after a meeting word: "Chi ủy họp thường kỳ
    vào ngày 05 hằng tháng". "trước ngày 25 hằng tháng" and "chậm nhất vào …" stay deadlines, and
    so does a day something is handed in by ("báo cáo … vào ngày 20 hằng tháng").
    """
    if a < at and not folded.startswith("vao", a):
        return False  # "trước", "chậm nhất", "đến" …: a deadline
    lo = max(folded.rfind(c, 0, a) for c in _CLAUSE_END) + 1
    if _HANDS_IN.search(folded, lo, at) is not None:
        return False
    if rule:
        return True
    for m in _MEETS.finditer(folded, lo, at):
        if m.group() != "hop" or text[m.start() + 1] in "ọỌ":
            return True
    return False


def _range_at(folded: str, exprs: list[_Expr], k: int) -> tuple[int, int] | None:
    """Where the range opened by ``exprs[k]`` starts and the index of its last expression: "|từ ngày 20/8
    đến ngày 25/8/2021", "|ngày 15 - 16/4/2019" (a bare first day paired by :func:`_bare_days`) — or
    ``(start, k)`` for "từ tháng 6/2022 đến nay"; None when ``exprs[k]`` opens no range."""
    e = exprs[k]
    pair = e.f.get("pair")
    if pair is None and folded.find("tu", max(0, e.a - 6), e.a) < 0:
        return None  # (no "từ" before it: the common case, spared the regex)
    fm = _FROM.search(folded, max(0, e.a - 6), e.a)
    if fm is None and pair not in ("den", "-"):
        return None
    if fm is not None and _TO_NOW.match(folded, e.b) is not None:
        return fm.start(), k
    to = _TO.match(folded, e.b)
    if to is None or k + 1 >= len(exprs) or exprs[k + 1].a != to.end():
        return None
    return (e.a if fm is None else fm.start()), k + 1


# Between the days of one list of deadlines (folded): "trước ngày 15/6| và |ngày 15/12"
_AND = lazy_re(r"\s*+(?:,|va|hoac)\s*+")


def find_due(text: str, *, line: int, default_year: int | None = None,
             not_before: str | None = None, rule: bool = False) -> dict | None:
    """The deadline stated in a directive's text: ``{text, by}`` or ``None``.

    ``text`` is the deadline phrase as printed ("trước ngày 30/6/2008", "đến cuối năm 2008");
    ``by`` is that day or the last day of the period, ``None`` when no year is known. *line* is
    the directive's first line (accepted so callers pass their position; the result is per text).

    A recurring deadline falls due next on or after *not_before*: "trước ngày 15/12 hằng năm" is
    the next 15 December, "trước ngày 25 hằng tháng" the next 25th; a recurring period with no day
    ("định kỳ hằng quý", "định kỳ hằng tháng", "định kỳ hằng năm") is due at the end of the
    quarter, month or year the notice is dated in. ``text`` includes "hằng …".

    Two readings are not deadlines: a period that ends before *not_before* (the notice's own
    date: "Trong 2 tháng đầu năm 2021, …" in a March 2021 notice reports the past), and a bare
    year more than a year past *default_year* after "đến" ("… phát triển vùng đến năm 2030, tầm
    nhìn đến năm 2045" names a strategy's horizon, not when the directive is due).

    A recurring day that says when something is held is a schedule, not a deadline: "Chi ủy họp
    thường kỳ vào ngày 05 hằng tháng", or any "vào ngày … hằng tháng" of a rule (*rule*: the
    document is a QUY CHẾ or QUY ĐỊNH) — see :func:`_schedule`.
    """
    if not text or _due_hint().search(text) is None and "uối năm" not in text and "iữa năm" not in text:
        return None  # (no digit, "quý", "hằng", "mỗi", nor a yearless "cuối năm": no deadline)
    folded = fold(text)
    if len(folded) != len(text):
        folded = sparse_fold(text, [(0, len(text))])
    exprs = scan(folded)
    if "cuoi nam" in folded or "giua nam" in folded or "dau nam" in folded:
        # "từ nay đến cuối năm": the notice's year, which the scan (a year wants its figures) leaves
        exprs.extend(_Expr(m.start(), m.end(), "year", {"pos": m.group("w")}, None) for m in _YEARLESS_POS.finditer(folded))
        exprs.sort(key=lambda e: e.a)
    dm = _DUE_DM.search(folded)
    if dm is not None and not any(e.a == dm.start("d") for e in exprs):  # ("trước 30/6" the scan has read)
        exprs.append(_Expr(dm.start("d"), dm.end(), "day", {"d": int(dm.group("d")), "m": int(dm.group("m"))}, None))
        exprs.sort(key=lambda e: e.a)
    exprs = _bare_days(folded, exprs)  # "ngày 15 - |16/4/2019", "trước ngày 15 và |30/6"
    _borrow_years(folded, exprs)
    cut_off = "han c" in folded  # "Hạn chót …:" (a second label, searched only where it can be)
    listed = None  # (where the last triggered expression's phrase starts, where it ends)
    skip = -1
    for k, e in enumerate(exprs):
        if k <= skip:
            continue
        lo = max(0, e.a - 60)
        span = _range_at(folded, exprs, k)
        if span is not None:
            # "Thời gian: từ ngày 20/8 đến ngày 25/8/2021", "Thời gian: ngày 15 - 16/4/2019": the task
            # takes that period and is due at its end; a range nothing introduces is a schedule
            a, skip = span
            if skip == k:
                continue  # "từ tháng 6/2022 đến nay": a period that has begun
            lo = max(0, a - 60)
            tm = _TRIGGER.search(folded, lo, a) or _RANGE_TRIGGER.search(folded, lo, a)
            if tm is not None:
                a = tm.start()
            elif _LABEL.search(folded, lo, a) is None and not (cut_off and _CUT_OFF.search(folded, lo, a)):
                continue
            last = exprs[skip]
            r = last.resolve(default_year)
            by = (r[0] or r[2]) if r is not None else None
            if r is None or by is not None and not_before is not None and by < not_before:
                continue
            return {"text": text[a:last.b], "by": by}
        tm = _TRIGGER.search(folded, lo, e.a)
        trigger = tm.start() if tm is not None else -1  # where "trước", "đến" … stands
        lm = None
        if tm is not None:
            a = tm.start()
            if closes_range(folded, a):
                continue  # "từ ngày 19 đến ngày 21/7/2022": when a session sits, not a deadline
        elif (lm := _LABEL.search(folded, lo, e.a) or (_CUT_OFF.search(folded, lo, e.a) if cut_off else None)) is not None:
            a = lm.start("hour")  # "Hạn chót …: |17 giờ 00 ngày 30/9/2021"
        elif listed is not None and _AND.fullmatch(folded, listed[1], e.a) is not None:
            a = trigger = listed[0]  # "trước ngày 15/6 và |ngày 15/12": the trigger covers the list
        elif e.kind == "monthly" and "inner" in e.f:
            a = e.a  # "báo cáo hằng tháng |vào ngày 25": its own "vào", "trước"
        else:
            continue
        listed = (a, e.b)
        if e.kind == "monthly":
            inner = e.f.get("inner")
            if _schedule(folded, text, a if inner is None else inner, e.a if inner is None else inner + 4, rule):
                continue
            return {"text": text[a:e.b], "by": _next_monthly(e.f["d"], not_before)}
        b = e.b
        if tm is not None and e.kind in ("month", "quarter") and tm.group().rstrip(" :").endswith("trong"):
            # "trong tháng 7 và tháng 8/2024", "trong quý II, quý III": the work takes every period
            # listed and is due at the last one's end
            while k + 1 < len(exprs) and exprs[k + 1].kind == e.kind and \
                    _AND.fullmatch(folded, exprs[k].b, exprs[k + 1].a) is not None:
                k += 1
            if exprs[k] is not e:
                skip, e = k, exprs[k]
                b = e.b
        r = e.resolve(default_year)
        if r is None:
            continue
        date, _start, end = r
        by = date or end
        annual = e.year is None and default_year is not None and _ANNUAL.match(folded, e.b)
        if annual:
            # "trước ngày 28/02 hằng năm": a yearly deadline — the next one on or after the notice
            if _schedule(folded, text, a, e.a, rule):
                continue  # "Chi bộ họp kiểm điểm vào ngày 15/12 hằng năm": when it is held
            b = annual.end()
            if by is not None and not_before is not None and by < not_before:
                r = e.resolve(default_year + 1)
                by = (r[0] or r[2]) if r else None
        if by is not None and not_before is not None and by < not_before:
            continue
        if e.kind == "year" and not e.f.get("pos") and default_year is not None and \
                e.year is not None and e.year > default_year + 1 and \
                trigger >= 0 and folded.startswith(("den", "vao"), trigger):
            continue  # "đến năm 2030", "phát thải ròng về 0 vào năm 2050": a horizon
        return {"text": text[a:b], "by": by}
    return _every(folded, text, default_year, not_before)
