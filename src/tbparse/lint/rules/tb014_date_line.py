"""Place and date line "<Place>, ngày D tháng M năm YYYY" missing or malformed.

The header's right column gives where and when the document was issued, in words: the place, a
comma, then "ngày 16 tháng 5 năm 2008" with the words "ngày", "tháng", "năm" in lower case and a
4-digit year — not "16/5/2008" nor "ngày 16/5/2008", and not "ngay … thang … nam" without tone marks (66-QĐ/TW Điều 15(4); 36-HD/VPTW §II.1.4; headers of 36-HD, 399-QĐ/TW,
11-HD — format-rules.md §3, §9 TB014). A missing comma is TB017's, zero padding TB015's.
A draft leaves the day blank for the signing ("Bắc Ninh, ngày    tháng 02 năm 2026"): info,
like TB006's blank number.

Fails::

    Số 05-TB/TU                        Phan Thiết, 16/5/2019

Passes::

    Số 05-TB/TU                        Phan Thiết, ngày 16 tháng 5 năm 2019
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from ...fold import fold
from ...lazyre import lazy_re
from ..parts import date_parts

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB014"
NAME = "date-line"
SEVERITY = "error"
ERA = ("2004", "2018", "2026")
CHECKS = "text"

# a date written in figures or without the words: "16/5/2008", "16-05-2008", "ngày 16/5/2008" (folded)
_OTHER_DATE = lazy_re(r"(?:ngay\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}")
_WORDS = ("ngày", "tháng", "năm")
# the words form with any figures: "ngày 16 tháng 5 năm 19", "ngày 18 tháng 010 năm 2018" (folded)
_WORDS_DATE = lazy_re(r"ngay\s*(\d+)\s*thang\s*(\d+)\s*,?\s*nam\s*(\d+)")


# A year typed with a letter among its figures, from where its first figure stands: "2O08", "2OO8", "l998"
_TYPED_FIGURES = lazy_re(r"[0-9OoIl]{1,4}(?![0-9A-Za-z])")

def _unread(ctx, no: int, fr, m: re.Match) -> "Finding":
    """The date line the parser could not read for its figures: say which one is wrong."""
    # the same match on the raw line (fold keeps offsets), for the figure's columns
    m = _WORDS_DATE.search(fold(ctx.raw(no)), fr.col) or m
    day, year = m.group(1), m.group(3)
    if len(year) != 4:
        return ctx.hit(no, f"write the year with four digits, not \"{year}\"", col=m.start(3) + 1, end_col=m.end(3) + 1)
    if len(day) <= 2 and len(m.group(2)) <= 2:
        # every figure is right: a word is glued to its figure, "ngày16 tháng5 năm2008" (audit 17:
        # this was "write the month with one or two digits, not "5"")
        month = int(m.group(2))
        month = f"{month:02d}" if month <= 2 else str(month)  # TB015's padding: "tháng 02", "tháng 5"
        return ctx.hit(no, f"write a space between the words and the figures: \"ngày {int(day):02d} tháng {month} năm {year}\"",
                       col=m.start() + 1, end_col=m.end() + 1)
    k = 1 if len(day) > 2 else 2
    what = "day" if k == 1 else "month"
    return ctx.hit(no, f"write the {what} with one or two digits, not \"{m.group(k)}\"", col=m.start(k) + 1,
                   end_col=m.end(k) + 1)


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    lay = ctx.layout
    if not lay.get("date_line"):
        for ln in ctx.lines(1, max(ctx.header_last, 3)):
            for fr in ln.frags:
                f = fold(fr.text)
                if f.startswith("so"):
                    continue  # the number line: "Số 05-05/…" is not a date
                m = _WORDS_DATE.search(f)
                if m:  # in words, but with figures the parser does not take: "năm 19", "tháng 010"
                    yield _unread(ctx, ln.no, fr, m)
                    return
                m = _OTHER_DATE.search(f)
                if m:
                    yield ctx.hit(ln.no, "write the date in words: \"<Place>, ngày D tháng M năm YYYY\"",
                                  find=fr.text[m.start():m.end()], start=fr.col)
                    return
        anchor = (lay.get("number_line") or {}).get("line") or 1
        yield ctx.hit(anchor, "no place and date line (\"<Place>, ngày D tháng M năm YYYY\") in the header", col=1, end_col=1)
        return
    dp = date_parts(ctx)
    blank = lay["date_line"].get("blank")
    if dp is None and blank:
        # the parser read a draft's placeholder: "ngày    tháng 02 năm 2026" (blank: ["day"])
        what = " and ".join(", ".join(blank).rsplit(", ", 1))
        verb, them = ("is", "it") if len(blank) == 1 else ("are", "them")
        yield ctx.hit(lay["date_line"]["line"], f"the {what} {verb} left blank (a draft): fill {them} in when the document is signed",
                      find=lay["date_line"]["text"], severity="info")
        return
    if dp is None:
        # the parser found a date line the words form does not match: "Hòa Tiến, ngày 15/3/2023"
        no = lay["date_line"]["line"]
        raw = ctx.raw(no)
        m = _OTHER_DATE.search(fold(raw))
        if m:
            yield ctx.hit(no, "write the date in words: \"<Place>, ngày D tháng M năm YYYY\"",
                          col=m.start() + 1, end_col=m.end() + 1)
        return
    if dp.place is None:
        yield ctx.hit(dp.whole.line, "no place before the date: write \"<Place>, ngày …\"", col=dp.whole.col, end_col=dp.whole.col + 4)
    if len(dp.year.text) != 4:
        typed = _TYPED_FIGURES.match(ctx.raw(dp.year.line), dp.year.col - 1)
        if typed is not None and len(typed.group()) == 4 and not typed.group().isdigit():
            # "năm 2O08": the parser reads it (mistyped-date); the drafter should type figures
            yield ctx.hit(dp.year.line, f"the year «{typed.group()}» holds a letter among its figures (O for 0, l or I "
                          "for 1): type it in figures", col=dp.year.col, end_col=dp.year.col + 4)
        else:
            yield ctx.hit(dp.year.line, f"write the year with four digits, not \"{dp.year.text}\"", col=dp.year.col, end_col=dp.year.end_col)
    for want, sp in zip(_WORDS, dp.words):
        if sp.text != want:
            how = "in lower case" if sp.text.lower() == want else "with its tone marks"
            yield ctx.hit(sp.line, f"write \"{want}\" {how}, not \"{sp.text}\"", col=sp.col, end_col=sp.end_col,
                          severity="warning")
