"""No rule under "ĐẢNG CỘNG SẢN VIỆT NAM", a rule of the wrong length, or a rule under the issuer.

The Party heading is underlined by a solid rule as long as the heading itself; the issuing body's
name has no rule — the "*" line below it takes that place (36-HD/VPTW §II.1.1–1.2, 11-HD/VPTW
§I.1 — format-rules.md §1.2, §1.3, §9 TB045). In a .docx the rule is a bottom border on the
heading's paragraph or a line shape anchored in it (or in the empty paragraph under it). The
heading's printed width is estimated from Times New Roman Bold metrics at its size; a rule more
than ``length-tolerance`` (a fraction) shorter or longer is reported.

Fails::

    ĐẢNG CỘNG SẢN VIỆT NAM          (no rule under it)
    TỈNH ỦY BÌNH THUẬN              (a bottom border under the issuer)

Passes::

    ĐẢNG CỘNG SẢN VIỆT NAM
    ──────────────────────
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from ...fold import fold
from ._docx_parts import locate

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB045"
NAME = "heading-rule"
SEVERITY = "info"
ERA = ("2004", "2018", "2026")
CHECKS = "docx"
OPTIONS = {"length-tolerance": (0.35, "how much shorter or longer than the heading the rule may be (fraction)")}

# Advance widths of Times New Roman Bold capitals, in thousandths of an em (Adobe Times-Bold AFM);
# accented capitals take their base letter's width ("Ả" → "A", "Đ" → "D").
_WIDTHS = {
    "A": 722, "B": 667, "C": 722, "D": 722, "E": 667, "F": 611, "G": 778, "H": 778, "I": 389,
    "J": 500, "K": 778, "L": 667, "M": 944, "N": 722, "O": 778, "P": 611, "Q": 778, "R": 722,
    "S": 556, "T": 667, "U": 722, "V": 722, "W": 1000, "X": 722, "Y": 722, "Z": 667, " ": 250,
}
_LOWER = 500  # an average lower-case letter
_PT_MM = 25.4 / 72


def heading_width_mm(text: str, size_pt: float) -> float:
    """Printed width of *text* in Times New Roman Bold at *size_pt* (an estimate, in mm)."""
    em = 0
    for ch, base in zip(text, fold(text)):
        if ch.isupper() or ch == " ":
            em += _WIDTHS.get(base.upper(), 722)
        else:
            em += _LOWER
    return em / 1000 * size_pt * _PT_MM


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    tol = float(ctx.opt("length-tolerance"))
    parts = locate(notice, source, ctx)
    heading = next((p for p in parts if p.key == "heading"), None)
    if heading is not None:
        fmt = heading.fmt
        if not fmt.get("border_bottom"):
            yield ctx.hit(heading.no, f"no rule under «{heading.text}»: draw a solid rule as long as the heading",
                          find=heading.text)
        elif fmt.get("rule_mm"):
            rule = float(fmt["rule_mm"])
            want = heading_width_mm(heading.text, float(fmt.get("size") or 15))
            if rule < want * (1 - tol):
                yield ctx.hit(heading.no, f"the rule under the heading is {rule:.0f} mm, much shorter than the heading "
                                          f"(about {want:.0f} mm)", find=heading.text)
            elif rule > want * (1 + tol):
                yield ctx.hit(heading.no, f"the rule under the heading is {rule:.0f} mm, much longer than the heading "
                                          f"(about {want:.0f} mm): indent the paragraph or shorten the line",
                              find=heading.text)
    for p in parts:
        if p.key == "issuer" and p.fmt.get("border_bottom"):
            yield ctx.hit(p.no, "no rule under the issuing body's name: the \"*\" line below it takes its place",
                          find=p.text)
            break
