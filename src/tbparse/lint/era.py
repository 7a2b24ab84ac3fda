"""Which format guide governs a document: chosen by its issue date (format-rules.md §0.1).

* ``2004`` — Hướng dẫn 11-HD/VPTW of 28/05/2004 (also used for older documents: the linter knows
  no earlier rules, and 01-HD/VPTW of 1998 differs from 11-HD in nothing it checks);
* ``2018`` — Hướng dẫn 36-HD/VPTW of 03/04/2018;
* ``2026`` — Hướng dẫn 05-HD/VPTW (2026, known only second-hand). Its exact date was not found, so
  every document dated 2026 or later is taken to fall under it.

A draft without a date is checked against the newest guide: that is the one it will be issued under;
a draft whose date line leaves the day blank ("ngày    tháng 02 năm 2019"), or gives a day that does not
exist ("ngày 31 tháng 4 năm 2019"), by the year and month it gives — and so does a date line typed so
wrong that the parser did not take it ("Phan Thiết, 16 tháng 5 năm 2008", "ngày16 tháng5 năm2008"),
left unplaced in the header: TB014 reports that line, and a notice of 2008 is not also told the 2026
guide's marks for its recipients and subject (audit 17).

A document older than a rule's own source is not held to it: the few rules that only 11-HD/VPTW or
the first Party regulation on format set ask :meth:`~tbparse.lint.context.Ctx.issued_before` (only
with ``--era auto``: a forced era checks any document against that guide).
"""
from __future__ import annotations

from datetime import date

from ..fold import fold
from ..lazyre import lazy_re

ERAS = ("2004", "2018", "2026")

GUIDES = {
    "2004": "11-HD/VPTW (2004)",
    "2018": "36-HD/VPTW (2018)",
    "2026": "05-HD/VPTW (2026)",
}

# First day each guide applies (ISO dates compare as strings).
_STARTS = (("2026", "2026-01-01"), ("2018", "2018-04-03"))

# Quyết định 31-QĐ/TW of 01/10/1997 issued the first Quy định on the format of Party documents
# (format-rules.md §0.1): before it a document followed the office's own typewriter habits.
FIRST_RULES = "1997-10-01"
# Hướng dẫn 11-HD/VPTW of 28/05/2004, the oldest guide whose technique (recipients' marks …) was read
HD11 = "2004-05-28"


def era_for_date(iso_date: str | None) -> str:
    """The era of a document issued on *iso_date* (``YYYY-MM-DD``); the newest when unknown."""
    if not iso_date:
        return ERAS[-1]
    for era, start in _STARTS:
        if iso_date >= start:
            return era
    return "2004"


# The year and month a draft's date line still gives when its day is blank: "ngày    tháng 02 năm 2026"
_PARTIAL = lazy_re(r"(?:thang\s+(?P<m>\d{1,2})\s*,?\s*)?nam\s+(?P<y>\d{4})")


# A header line the parser left unplaced that still names when the document was issued: "Phan Thiết,
# 16 tháng 5 năm 2008", "ngày16 tháng5 năm2008", "ngày 16 tháng 5, 2008", "Phan Thiết, 16-5-2008"
# (folded); a year alone ("NHIỆM KỲ 2020 - 2025") is no issue date.
_LOOSE = lazy_re(
    r"(?:thang\s*(?P<m>\d{1,2})\s*[,.]?\s*(?:nam\s*)?|nam\s*|\d{1,2}\s*[/.-]\s*(?P<m2>\d{1,2})\s*[/.-]\s*)"
    r"(?P<y>(?:19|20)\d\d)(?!\d)"
)
# … or its year typed with two digits, after the month: "ngày 24 tháng 9 năm 09" (folded)
_LOOSE_YY = lazy_re(r"thang\s*(?P<m>\d{1,2})\s*[,.]?\s*nam\s*(?P<y>\d\d)(?!\d)")


def _four_digits(year: str) -> str:
    """A year typed with two digits in this century up to next year ("09" → 2009), else the last
    ("97" → 1997): the documents linted were issued from the 1990s on."""
    if len(year) != 2:
        return year
    yy = int(year)
    return str(2000 + yy if yy <= date.today().year % 100 + 1 else 1900 + yy)


def _first_day(year: str, month: str | None) -> str:
    year = _four_digits(year)
    m = int(month) if month and 1 <= int(month) <= 12 else 1
    return f"{year}-{m:02d}-01"


def _unplaced_date(notice: dict) -> str | None:
    """The year (and month) of a date line the parser could not read, from the header's unplaced text."""
    lay = notice.get("layout") or {}
    below = lay.get("doc_type_line") or ((lay.get("number_line") or {}).get("line") or 4) + 3
    for item in notice.get("unplaced") or ():
        if (item.get("line") or below) >= below:
            continue
        text = fold(item.get("text", ""))
        if not any(k in text for k in ("nam", "thang", "/", "-", ".")):
            continue  # cheap pre-check: no date can be there
        m = _LOOSE.search(text)
        if m:
            return _first_day(m.group("y"), m.group("m") or m.group("m2"))
        m = _LOOSE_YY.search(text)
        if m:
            return _first_day(m.group("y"), m.group("m"))
    return None


def _plausible(iso_date: str) -> bool:
    """A year between the Party's founding (1930) and next year, as TB016 asks."""
    return 1930 <= int(iso_date[:4]) <= date.today().year + 1


def _date_after_number(notice: dict) -> str | None:
    """The year (and month) of a date the parser left in the number line's text: the columns joined
    by one space, the date typed in figures — "Số 640-TB/TU Phan Thiết, 02/8/2023" (audit 23)."""
    text = fold(((notice.get("layout") or {}).get("number_line") or {}).get("text", ""))
    raw = (notice.get("number") or {}).get("raw") or ""
    m = _LOOSE.search(text, text.find(fold(raw)) + len(raw) if raw and fold(raw) in text else 0)
    return _first_day(m.group("y"), m.group("m") or m.group("m2")) if m else None


def notice_date(notice: dict) -> str | None:
    """The date that decides the era: the notice's own, else what a date line with blanks or an
    impossible day still says (its year, and month if given — the first day of it), else what a
    header line the parser could not take as the date line says, else None."""
    if notice.get("date"):
        if _plausible(notice["date"]):
            return notice["date"]
        # "năm 2203" for 2023 (TB016 says so): the meeting the notice reports is the better clue
        meeting = (notice.get("meeting") or {}).get("date")
        return meeting if meeting and _plausible(meeting) else notice["date"]
    dl = (notice.get("layout") or {}).get("date_line") or {}
    if not dl:
        return _unplaced_date(notice) or _date_after_number(notice)
    m = _PARTIAL.search(fold(dl.get("text", "")))
    if m is None:
        return None
    return _first_day(m.group("y"), m.group("m"))


def resolve(choice: str | None, iso_date: str | None) -> str:
    """``auto`` (or None) → by date; otherwise the era named. Raises ValueError for other names."""
    if choice in (None, "", "auto"):
        return era_for_date(iso_date)
    if choice not in ERAS:
        raise ValueError(f"unknown era {choice!r} (choose auto, {', '.join(ERAS)})")
    return choice


def describe(eras: tuple[str, ...]) -> str:
    """``all`` or e.g. ``2018+`` / ``2004,2018`` for the rule list."""
    eras = tuple(e for e in ERAS if e in eras)
    if eras == ERAS:
        return "all"
    if eras and eras == ERAS[ERAS.index(eras[0]):]:
        return f"{eras[0]}+"
    return ",".join(eras)
