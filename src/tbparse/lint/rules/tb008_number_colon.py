"""Colon (or full stop) after "Số" in the number line.

Authentic Party headers write "Số 36-HD/VPTW" with no colon; the colon is the State's habit
("Số: 15/QĐ-BNV") and web re-typings add it (headers of 36-HD, 399-QĐ/TW, 11-HD —
format-rules.md §2.1, §9 TB008).

Fails::

    Số: 05-TB/TU

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

ID = "TB008"
NAME = "number-colon"
SEVERITY = "warning"
ERA = ("2004", "2018", "2026")
CHECKS = "text"


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    got = number_span(ctx)
    if not got:
        return
    span, m = got
    if m.group("colon"):
        yield ctx.hit(span.line, f"no \"{m.group('colon')}\" after \"Số\" in a Party document: write \"Số {m.group('seq')}…\"",
                      col=m.start("colon") + 1, end_col=m.end("colon") + 1)
