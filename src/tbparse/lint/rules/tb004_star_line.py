"""No "*" line between the issuing body and the number.

Party headers separate the issuing body's name from the number with a line holding a single
asterisk — "TỈNH ỦY BÌNH THUẬN / * / Số 503-TB/TU" — where State documents draw a short rule
(36-HD/VPTW §II.1.2 examples; headers of 36-HD, 399-QĐ/TW, 11-HD — format-rules.md §1.3, §9 TB004).
Web copies that print "*****" are accepted. A rule typed in the "*"'s place, under the issuing
body's name ("-------", "_______"), is named as the State's form; one typed in the other column,
under the Party heading, is that heading's rule and no part of this.

Fails::

    TỈNH ỦY BÌNH THUẬN                 ĐẢNG CỘNG SẢN VIỆT NAM
    Số 05-TB/TU                        Phan Thiết, ngày 16 tháng 5 năm 2019

Passes::

    TỈNH ỦY BÌNH THUẬN                 ĐẢNG CỘNG SẢN VIỆT NAM
             *
    Số 05-TB/TU                        Phan Thiết, ngày 16 tháng 5 năm 2019
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from ...lazyre import lazy_re
from ...vocab import RULE

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB004"
NAME = "star-line"
SEVERITY = "warning"
ERA = ("2004", "2018", "2026")
CHECKS = "text"


# underscores typed as a rule: the line's text loses them (read as web emphasis), its raw keeps them
_UNDERSCORES = lazy_re(r"(?<![^\s])_{3,}(?![^\s])")


def _under_issuer(ctx: Ctx, issuer_no: int, ln, start: int) -> bool:
    """Whether text at *start* of line *ln* stands in the issuer's column: its table cell, its
    tab column, or (typed with spaces) not right of the issuer's name."""
    top = ctx.line(issuer_no)
    if top is None:
        return True
    cell = (ln.fmt or {}).get("cell")
    if cell is not None or (top.fmt or {}).get("cell") is not None:
        return cell == (top.fmt or {}).get("cell")
    first = top.frags[0] if top.frags else None
    if first is None:
        return True
    if "\t" in ln.raw or "\t" in top.raw:
        return ln.raw.count("\t", 0, start) <= top.raw.count("\t", 0, top.raw.find(first.text))
    return start < first.col + len(first.text)


def _rule_in(ln) -> tuple[int, str] | None:
    """A rule typed on line *ln*: (0-based start, text) — a fragment of dashes, or underscores."""
    fr = next((fr for fr in ln.frags if RULE.match(fr.text)), None)
    if fr is not None:
        return fr.col, fr.text
    m = _UNDERSCORES.search(ln.raw)
    return (m.start(), m.group()) if m else None


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    lay = ctx.layout
    issuer_lines = lay.get("issuer_lines") or []
    if not issuer_lines:
        return
    star = lay.get("star_line")
    number = (lay.get("number_line") or {}).get("line")
    if star is None:
        for ln in ctx.lines(max(issuer_lines) + 1, (number or max(issuer_lines) + 2) - 1):
            rule = _rule_in(ln)
            if rule is not None and _under_issuer(ctx, issuer_lines[-1], ln, rule[0]):
                # "TỈNH ỦY BÌNH THUẬN" / "-------": the State's short rule under the body
                yield ctx.hit(ln.no, f"the Party writes \"*\" under the issuing body, not a rule «{rule[1]}» (the State's form)",
                              find=rule[1], start=rule[0])
                return
        anchor = number or issuer_lines[-1]
        yield ctx.hit(anchor, "no \"*\" line between the issuing body and the number", find="Số" if number else None)
        return
    if star < max(issuer_lines):
        yield ctx.hit(star, "the \"*\" line belongs under the issuing body's name", find="*")
    elif number and number < star:
        yield ctx.hit(star, "the \"*\" line belongs above the number (\"Số …\")", find="*")
