"""No "*" line between the issuing body and the number.

Party headers separate the issuing body's name from the number with a line holding a single
asterisk — "TỈNH ỦY BÌNH THUẬN / * / Số 503-TB/TU" — where State documents draw a short rule
(36-HD/VPTW §II.1.2 examples; headers of 36-HD, 399-QĐ/TW, 11-HD — format-rules.md §1.3, §9 TB004).
Web copies that print "*****" are accepted.

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


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    lay = ctx.layout
    issuer_lines = lay.get("issuer_lines") or []
    if not issuer_lines:
        return
    star = lay.get("star_line")
    number = (lay.get("number_line") or {}).get("line")
    if star is None:
        for ln in ctx.lines(max(issuer_lines) + 1, (number or max(issuer_lines) + 2) - 1):
            rule = next((fr for fr in ln.frags if RULE.match(fr.text)), None)
            if rule is not None:  # "TỈNH ỦY BÌNH THUẬN" / "-------": the State's short rule under the body
                yield ctx.hit(ln.no, f"the Party writes \"*\" under the issuing body, not a rule «{rule.text}» (the State's form)",
                              find=rule.text, start=rule.col)
                return
        anchor = number or issuer_lines[-1]
        yield ctx.hit(anchor, "no \"*\" line between the issuing body and the number", find="Số" if number else None)
        return
    if star < max(issuer_lines):
        yield ctx.hit(star, "the \"*\" line belongs under the issuing body's name", find="*")
    elif number and number < star:
        yield ctx.hit(star, "the \"*\" line belongs above the number (\"Số …\")", find="*")
