"""Stray spaces or odd characters inside the number or date line (double space, NBSP, tab, en dash).

Runs of spaces, non-breaking spaces and tabs are layout between the header's two columns, but
inside "Số 503-TB/TU" or "Phan Thiết, ngày 16 tháng 5 năm 2008" they are typing faults that break
searching and copying; so are en/em dashes and spaces around the number's "-" and "/" (TCVN
6909:2001 clean text — format-rules.md §8(5), §9 TB018; the reference notice has "ngày 16  tháng"),
and a stray mark after the number or the year or inside the date ("Số 215-TB/TU.", "tháng 9, năm
2009", "năm 2009."). The date cell joined to the number by one or two spaces ("Số 612-TB/TU  Phan
Thiết, ngày …", a copy's flattened columns) is the gap, not part of the number.

Fails::

    Số 05 - TB/TU                      Phan Thiết, ngày 16  tháng 5 năm 2019

Passes::

    Số 05-TB/TU                        Phan Thiết, ngày 16 tháng 5 năm 2019
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from ...lazyre import lazy_re
from ..parts import date_parts, number_span

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB018"
NAME = "number-date-spacing"
SEVERITY = "info"
ERA = ("2004", "2018", "2026")
CHECKS = "text"

# faults inside a number or date: "16  tháng", NBSP, tab, "05–TB", "05 - TB", "TB / TU"
_FAULTS = (
    (lazy_re(r"[\u00a0\u2007\u202f]"), "non-breaking space"),
    (lazy_re(r"\t"), "tab"),
    (lazy_re(r"(?<=\S) {2,}(?=\S)"), "double space"),
    (lazy_re(r"[\u2013\u2014\u2212]"), "dash other than \"-\""),
)
# "05 -TB", "TB/ TU". A space run is tried from its first character only ((?<!\s)): from every
# character it was quadratic — 16,000 spaces in a number line took 2.3 s (same matches).
_SEP_SPACE = lazy_re(r"(?<!\s)\s+[-/–]|[-/–]\s+")
# the spaces typed instead of the hyphen, right after the digits: "12  TB/TU" (TB006 reports the
# missing hyphen there; a double space in that gap is the same mistake)
_NO_HYPHEN_GAP = lazy_re(r"\s+(?=[^\W\d_])")
# punctuation typed after the number or inside the date: "Số 215-TB/TU.", "tháng 9, năm 2009",
# "năm 2009." — neither line ends with a mark (audit 23)
_STRAY = ".,;:"


def _stray_after(ctx, line: int, end: int, what: str):
    """A stray mark right after the number or the year, at 0-based *end* of the raw line."""
    raw = ctx.raw(line)
    if end < len(raw) and raw[end] in _STRAY + "-/" and (end + 1 == len(raw) or not raw[end + 1].isalnum()):
        yield ctx.hit(line, f"stray \"{raw[end]}\" after the {what}", col=end + 1, end_col=end + 2)


def _scan(ctx, line: int, start: int, end: int, what: str, separators: bool):
    raw = ctx.raw(line)
    piece = raw[start:end]
    for pat, name in _FAULTS:
        for m in pat.finditer(piece):
            yield ctx.hit(line, f"{name} in the {what}", col=start + m.start() + 1, end_col=start + m.end() + 1)
    if separators:
        for m in _SEP_SPACE.finditer(piece):
            yield ctx.hit(line, f"space around \"{m.group().strip()}\" in the {what}", col=start + m.start() + 1,
                          end_col=start + m.end() + 1)


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    got = number_span(ctx)
    if got:
        span, m = got
        gap = _NO_HYPHEN_GAP.match(m.group("rest"))
        rest = span.start + m.start("rest") - m.start()  # where the number runs on after its digits
        skip = range(rest + 1, rest + gap.end() + 1) if gap else range(0)  # columns of that gap
        for f in _scan(ctx, span.line, span.start + m.start("seq") - m.start(), span.end, "number", True):
            if f.column not in skip:
                yield f
        # "Số" up to the first digit, so a fault right before it counts: "Số  05-TB/TU"
        yield from _scan(ctx, span.line, span.start, span.start + m.start("seq") - m.start() + 1, "number", False)
        if span.text[-1:] in _STRAY + "-/":  # "Số 215-TB/TU.", "Số 215-TB/TU-" (the number's text runs to the next space)
            yield from _stray_after(ctx, span.line, span.end - 1, "number")
    dp = date_parts(ctx)
    if dp:
        w = dp.whole
        if w.line == dp.year.line:
            yield from _scan(ctx, w.line, w.start, dp.year.end, "date line", False)
            raw = ctx.raw(w.line)
            ngay = dp.words[0]
            if ngay.line == w.line:  # "ngày 24 tháng 9, năm 2009": the place's comma comes before "ngày"
                for k in range(ngay.end, dp.year.start):
                    if raw[k] in _STRAY:
                        yield ctx.hit(w.line, f"stray \"{raw[k]}\" in the date line", col=k + 1, end_col=k + 2)
            yield from _stray_after(ctx, w.line, dp.year.end, "year")
        else:
            yield from _scan(ctx, w.line, w.start, len(ctx.raw(w.line).rstrip()), "date line", False)
            yield from _scan(ctx, dp.year.line, 0, dp.year.end, "date line", False)
