"""Issuing body's name missing from the header, or not in capitals.

The name of the issuing body, exactly as in the Party Statute or its founding decision, stands at
the top left in capitals (66-QĐ/TW Điều 15(2); 36-HD/VPTW §II.1.2 — format-rules.md §1.3, §9 TB003).

Fails::

    Tỉnh ủy Bình Thuận                 ĐẢNG CỘNG SẢN VIỆT NAM

Passes::

    TỈNH ỦY BÌNH THUẬN                 ĐẢNG CỘNG SẢN VIỆT NAM
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from ..parts import lower_case_body

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB003"
NAME = "issuer-name"
SEVERITY = "error"
ERA = ("2004", "2018", "2026")
CHECKS = "text"


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    # a body's name not in capitals, even where the parser took the line above for the issuer:
    # "ĐẢNG BỘ TỈNH LONG AN" / "Huyện ủy Đức Hòa" (the parent line is read as the issuer then)
    lower = lower_case_body(ctx)
    if lower:
        ln, text = lower
        yield ctx.hit(ln.no, f"write the issuing body in capitals: «{text.strip(' *_').upper()}»", find=text)
        return
    if not notice.get("issuer"):
        yield ctx.hit(1, "no issuing body (e.g. \"TỈNH ỦY …\") at the top left of the header", col=1, end_col=1)
