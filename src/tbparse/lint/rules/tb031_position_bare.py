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

A concurrent post after "kiêm" is another body's title and names that body: "PHÓ BÍ THƯ THƯỜNG
TRỰC" / "kiêm TRƯỞNG BAN TỔ CHỨC TỈNH ỦY" passes (only the title before "kiêm" must be bare).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from ...fold import fold
from ..parts import signature_blocks
from ...lazyre import lazy_re
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

# "kiêm" (folded) between the signer's title and a post held with it: "pho bi thu kiem truong ban …"
_KIEM = lazy_re(r"\s+kiem\b")


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    for sig, lay in signature_blocks(notice, ctx):  # a joint document's cosigners too
        pos = sig.get("position")
        line = lay.get("position_line")
        if not pos or not line or not sig.get("authority"):
            continue  # the rule is about the title under an authority line ("T/M …", "K/T …")
        flat = " ".join(pos.split())
        own = _KIEM.split(fold(flat), 1)[0]  # the signer's own title, not the post held with it
        m = ORG_AFTER_TITLE.search(own)
        if m:
            title, org = flat[: m.start()], flat[m.start() + 1: m.end()]
            shown = flat[: len(own)].rstrip()
            yield _at_org(ctx, line, sig, org, f"the position is a bare title: \"{title}\", not «{shown}»")


def _at_org(ctx, line: int, sig: dict, org: str, message: str) -> Finding:
    """The finding on the position typed on one line, else on the organisation's name where it was
    typed: a line the position wraps onto ("PHÓ BÍ THƯ THƯỜNG TRỰC" / "TỈNH ỦY"), not on a
    recipient beside it."""
    pos = sig.get("position") or ""
    ln = ctx.line(line)
    if ln is not None and any(fr.text == pos for fr in ln.frags):
        return ctx.hit(line, message, find=pos)
    last = ctx.layout.get("signature", {}).get("signer_line") or line + 3
    for no in range(line, min(last, line + 4) + 1):
        ln = ctx.line(no)
        for fr in (ln.frags if ln is not None else ()):
            k = fr.text.find(org)
            if k >= 0 and fr.text in " ".join((sig.get("position") or "").split()):
                return ctx.hit(no, message, find=org, start=fr.col + k)
    return ctx.hit(line, message, find=sig.get("position"))
