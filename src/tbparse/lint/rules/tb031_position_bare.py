"""Position line carrying the organisation's name ("PHÓ BÍ THƯ TỈNH ỦY" instead of "PHÓ BÍ THƯ").

Under the authority line the position is a bare title — "PHÓ BÍ THƯ", "CHÁNH VĂN PHÒNG": the
organisation is already named by the authority line and the header (36-HD/VPTW [second-hand] —
format-rules.md §4.2, §9 TB031).

Fails::

    T/M BAN THƯỜNG VỤ
    PHÓ BÍ THƯ TỈNH ỦY

Passes::

    T/M BAN THƯỜNG VỤ
    PHÓ BÍ THƯ
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from ...fold import fold
from ..parts import signature_blocks
from ..tables import ORG_AFTER_TITLE

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB031"
NAME = "position-bare"
SEVERITY = "warning"
ERA = ("2004", "2018", "2026")
CHECKS = "text"


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    for sig, lay in signature_blocks(notice, ctx):  # a joint document's cosigners too
        pos = sig.get("position")
        line = lay.get("position_line")
        if not pos or not line or not sig.get("authority"):
            continue  # the rule is about the title under an authority line ("T/M …", "K/T …")
        m = ORG_AFTER_TITLE.search(" ".join(fold(pos).split()))
        if m:
            title = " ".join(pos.split())[: m.start()]
            yield ctx.hit(line, f"the position is a bare title: \"{title}\", not «{pos}»", find=pos)
