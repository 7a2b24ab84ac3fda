"""Document number not zero-padded below 10, padded above, or zero.

Numbers run from 01 in each series; numbers below 10 are written with a leading zero ("01"–"09"),
larger ones without ("36", "503") (36-HD/VPTW §II.1.3 [second-hand]; NĐ 30/2020 — format-rules.md
§2.1, §9 TB009).

Fails::

    Số 5-TB/TU

Passes::

    Số 05-TB/TU
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from ..parts import number_span

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB009"
NAME = "number-digits"
SEVERITY = "warning"
ERA = ("2004", "2018", "2026")
CHECKS = "text"


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    got = number_span(ctx)
    if not got:
        return
    span, m = got
    typed = m.group("seq")
    n = int(typed)
    col, end = m.start("seq") + 1, m.end("seq") + 1
    if n == 0:
        yield ctx.hit(span.line, "document numbers start at 01", col=col, end_col=end)
        return
    want = f"{n:02d}" if n < 10 else str(n)
    if typed != want:
        why = "numbers below 10 take a leading zero" if n < 10 and len(typed) == 1 else "no extra leading zeros"
        yield ctx.hit(span.line, f"write the number as \"{want}\" ({why})", col=col, end_col=end)
