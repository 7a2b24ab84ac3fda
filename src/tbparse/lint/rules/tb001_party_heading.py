"""Party heading "ĐẢNG CỘNG SẢN VIỆT NAM" missing, misspelt or not in capitals.

Every Party document carries the heading "ĐẢNG CỘNG SẢN VIỆT NAM", in capitals, at the top right of
the first page (66-QĐ/TW Điều 15(1); 36-HD/VPTW §II.1.1; 11-HD/VPTW §I.1 — format-rules.md §1.3,
§9 TB001). A document without it is a State or other organisation's document, or a draft whose
header was lost.

Fails::

    TỈNH ỦY BÌNH THUẬN                 Đảng Cộng sản Việt Nam

Passes::

    TỈNH ỦY BÌNH THUẬN                 ĐẢNG CỘNG SẢN VIỆT NAM
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from ...fold import fold

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB001"
NAME = "party-heading"
SEVERITY = "error"
ERA = ("2004", "2018", "2026")
CHECKS = "text"

HEADING = "ĐẢNG CỘNG SẢN VIỆT NAM"
# "ĐẢNG CỘNG SẢN VIỆT NAM", "Đảng Cộng sản Việt Nam", "DANG CONG SAN VN" (folded)
_PARTY = re.compile(r"dang\s+cong\s+san(?:\s+viet\s+nam|\s+vn)?")
_SCAN = 20  # the heading is always among the first lines


def _where(ctx):
    """(line, start, end, text) of the heading as typed (it may wrap onto a second line)."""
    last = max(ctx.header_last, _SCAN)
    for ln in ctx.lines(1, last):
        m = _PARTY.search(fold(ln.raw))
        if m:
            return ln.no, m.start(), m.end(), ln.raw[m.start():m.end()]
    return None


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    party = notice.get("party")
    where = _where(ctx)
    if not party:
        if where:
            no, s, e, typed = where
            yield ctx.hit(no, f"the Party heading must read exactly \"{HEADING}\", not «{typed}»", col=s + 1, end_col=e + 1)
        else:
            yield ctx.hit(1, f"no Party heading \"{HEADING}\" in the header", col=1, end_col=1)
        return
    typed = " ".join(party.split())
    if typed == HEADING:
        return
    no, s, e = (where[0], where[1], where[2]) if where else (1, 0, 0)
    if typed.replace(" ", "") == HEADING.replace(" ", ""):
        # "Đ Ả N G   C Ộ N G …": spelt right, spaced out letter by letter — as TB019 says of a
        # letter-spaced type line, no rule forbids the look, only typing it with spaces
        yield ctx.hit(no, f"write the Party heading \"{HEADING}\" without spaces between its letters "
                      "(space it out with the font's character spacing)", col=s + 1, end_col=e + 1, severity="info")
        return
    if typed.upper() == HEADING:
        msg = f"write the Party heading in capitals: \"{HEADING}\""
    else:
        msg = f"the Party heading must read exactly \"{HEADING}\", not «{typed}»"
    yield ctx.hit(no, msg, col=s + 1, end_col=e + 1)
