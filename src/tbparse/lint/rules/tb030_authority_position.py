"""Authority prefix and position that do not go together (T/L ↔ Chánh Văn phòng, K/T X ↔ PHÓ X, T/M ↔ a collective).

T/L BAN THƯỜNG VỤ is signed by the (deputy) head of the Văn phòng: "CHÁNH VĂN PHÒNG" or "PHÓ
CHÁNH VĂN PHÒNG". K/T X is signed by a deputy of X: "K/T TRƯỞNG BAN / PHÓ TRƯỞNG BAN". T/M names a
collective (BAN THƯỜNG VỤ, TỈNH ỦY, ĐẢNG ĐOÀN …), never an individual title, and goes with a leader's
position (BÍ THƯ, PHÓ BÍ THƯ, CHỦ NHIỆM …) or none (36-HD/VPTW §II.1.7.1 — format-rules.md §4.3,
§9 TB030).

Fails::

    T/L BAN THƯỜNG VỤ
    PHÓ BÍ THƯ

Passes::

    T/L BAN THƯỜNG VỤ
    PHÓ CHÁNH VĂN PHÒNG
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from ...fold import fold
from ...vocab import BODY_START
from ..parts import signature_blocks
from ..tables import COLLECTIVES, ORG_AFTER_TITLE, SURNAMES, TITLES, TM_POSITIONS

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB030"
NAME = "authority-position"
SEVERITY = "warning"
ERA = ("2004", "2018", "2026")
CHECKS = "text"


def _f(s: str | None) -> str:
    return " ".join(fold(s or "").split())


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    for sig, lay in signature_blocks(notice, ctx):  # a joint document's cosigners too
        yield from _block(sig, lay, ctx)


def _block(sig: dict, lay: dict, ctx: Ctx) -> Iterator[Finding]:
    auths = sig.get("authority") or []
    if not auths:
        return
    lines = lay.get("authority_lines") or []
    pos = sig.get("position")
    pos_line = lay.get("position_line")
    fpos = _f(pos)
    if fpos.startswith("q. "):
        fpos = fpos[3:]  # "Q. CHÁNH VĂN PHÒNG": acting in the office, the title is the one judged
    org = ORG_AFTER_TITLE.search(fpos)
    if org:  # "PHÓ CHÁNH VĂN PHÒNG TỈNH ỦY": the organisation after the title is TB031's; judge the title
        fpos = fpos[: org.start()]
    for k, a in enumerate(auths):
        mode, body = a["mode"], a["body"]
        fbody = _f(body)
        line = lines[k] if k < len(lines) else (lines[-1] if lines else pos_line)
        last = k == len(auths) - 1
        if mode == "T/M":
            if not fbody.startswith(COLLECTIVES) and fbody.startswith(TITLES):
                yield ctx.hit(line, f"T/M (on behalf of) names a collective, not a title: «T/M {body}»", find=body)
            elif fbody and not fbody.startswith(COLLECTIVES) and not BODY_START.match(fbody) and fbody.split()[0] in SURNAMES:
                # "T/M NGUYỄN VĂN AN": a person — the position under it is not the fault
                yield ctx.hit(line, f"T/M (on behalf of) names a collective (BAN THƯỜNG VỤ, TỈNH ỦY …), not a person: «T/M {body}»",
                              find=body)
            elif last and pos and not fpos.startswith(TM_POSITIONS):
                yield ctx.hit(pos_line, f"«{pos}» does not sign T/M {body}: expected a leader's title (BÍ THƯ, PHÓ BÍ THƯ, CHỦ NHIỆM …)",
                              find=pos)
        elif mode == "T/L" and last and fbody.startswith(("ban thuong vu", "thuong truc")):
            if fpos not in ("chanh van phong", "pho chanh van phong"):
                where = pos_line or line
                yield ctx.hit(where, f"T/L {body} is signed by the CHÁNH or PHÓ CHÁNH VĂN PHÒNG, not «{pos or 'no position'}»",
                              find=pos if pos else body)
        elif mode == "K/T" and last:
            if not pos:
                yield ctx.hit(line, f"K/T {body}: the deputy's position (\"PHÓ {body}\") is missing", find=body)
            elif not (fpos.startswith("pho " + fbody) or fpos.startswith("pho ") and ("pho " + fbody).startswith(fpos + " ")):
                # "K/T TRƯỞNG BAN TỔ CHỨC" / "PHÓ TRƯỞNG BAN" names the body once, as the joint form does
                yield ctx.hit(pos_line, f"K/T {body} is signed by a deputy: expected \"PHÓ {body}\", not «{pos}»", find=pos)
