"""No rule under "ĐẢNG CỘNG SẢN VIỆT NAM", a rule of the wrong length, or a rule under the issuer.

The Party heading is underlined by a solid rule as long as the heading itself; the issuing body's
name has no rule — the "*" line below it takes that place (36-HD/VPTW §II.1.1–1.2, 11-HD/VPTW
§I.1 — format-rules.md §1.2, §1.3, §9 TB045). In a .docx the rule is a bottom border on the
heading's paragraph or a line shape anchored in it (or in the empty paragraph under it), or a
line typed under it: a run of underscores in the heading's column — on the next line of its cell,
or, in a header typed with tabs, in the heading's tab column of a line below (also beside the
issuer's name, "HUYỆN ỦY …⇥________"). Underscores print as a solid line; a rule typed with
hyphens ("--------") prints broken, and is named (the guide's rule is solid, §1.2). The
heading's printed width is estimated from Times New Roman Bold metrics at its size, a typed rule's
from the widths of its characters; a rule more than ``length-tolerance`` (a fraction) shorter or
longer is reported.

Fails::

    ĐẢNG CỘNG SẢN VIỆT NAM          (no rule under it)
    TỈNH ỦY BÌNH THUẬN              (a bottom border under the issuer)

Passes::

    ĐẢNG CỘNG SẢN VIỆT NAM
    ──────────────────────
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from ...fold import fold
from ...lazyre import lazy_re
from ._docx_parts import Part, locate

if TYPE_CHECKING:
    from ...lines import Line
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
# A rule typed as characters, alone in its column: underscores (solid when printed) or dashes
_TYPED = lazy_re(r"(?<![^\s])(?:_{3,}|[-–—]{3,})(?![^\s])")
# Times New Roman advance widths (thousandths of an em) of the characters a rule is typed with
_RULE_CHARS = {"_": 500, "-": 333, "–": 500, "—": 1000}


def heading_width_mm(text: str, size_pt: float) -> float:
    """Printed width of *text* in Times New Roman Bold at *size_pt* (an estimate, in mm)."""
    em = 0
    for ch, base in zip(text, fold(text)):
        if ch.isupper() or ch == " ":
            em += _WIDTHS.get(base.upper(), 722)
        else:
            em += _LOWER
    return em / 1000 * size_pt * _PT_MM


def _tab_column(raw: str, pos: int) -> int:
    """Which tab column of its paragraph the text at *pos* stands in (0 before the first tab)."""
    return raw.count("\t", 0, pos)


def typed_rule(source: Source, heading: Part) -> tuple[Line, re.Match] | None:
    """A rule typed under the heading in its own column, and the line holding it: the next lines
    of the heading's cell down to its next text, or, outside a table, the lines below whose text
    in the heading's tab column is none yet (a tabbed header: the rule may stand beside the issuer)."""
    lines = source.lines
    k = next((i for i, ln in enumerate(lines) if ln is heading.line), None)
    if k is None:
        return None
    cell = (heading.line.fmt or {}).get("cell")
    raw = heading.line.raw
    col = _tab_column(raw, max(raw.find(heading.text), 0))
    for ln in lines[k + 1 : k + 6]:
        if (ln.fmt or {}).get("cell") != cell:
            if cell is not None:
                continue  # the other cell of the header's row
            return None
        m = next((m for m in _TYPED.finditer(ln.raw) if cell is not None or _tab_column(ln.raw, m.start()) == col), None)
        if m is not None:
            return ln, m
        if cell is not None and ln.text:
            return None  # the next text of the heading's cell (the date): no rule between
        if cell is None and any(_tab_column(ln.raw, max(ln.raw.find(fr.text), 0)) == col for fr in ln.frags):
            return None
    return None


def _length(ctx: Ctx, heading: Part, rule: float, what: str, no: int, **where) -> Iterator[Finding]:
    """A finding when *rule* (mm) is much shorter or longer than the heading's printed width."""
    tol = float(ctx.opt("length-tolerance"))
    want = heading_width_mm(heading.text, float(heading.fmt.get("size") or 15))
    if rule < want * (1 - tol):
        yield ctx.hit(no, f"{what} is {rule:.0f} mm, much shorter than the heading (about {want:.0f} mm)", **where)
    elif rule > want * (1 + tol):
        yield ctx.hit(no, f"{what} is {rule:.0f} mm, much longer than the heading (about {want:.0f} mm): "
                          "indent the paragraph or shorten the line", **where)


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    parts = locate(notice, source, ctx)
    heading = next((p for p in parts if p.key == "heading"), None)
    if heading is not None:
        fmt = heading.fmt
        typed = None if fmt.get("border_bottom") else typed_rule(source, heading)
        if typed is not None:
            ln, m = typed
            where = {"col": m.start() + 1, "end_col": m.end() + 1}
            if m.group()[0] != "_":
                yield ctx.hit(ln.no, f"the rule under the heading is typed with dashes «{m.group()}», which print as a "
                                     "broken line: draw a solid rule (underscores, a bottom border or a line)", **where)
            else:
                size = float((ln.fmt or {}).get("size") or fmt.get("size") or 15)
                width = sum(_RULE_CHARS[c] for c in m.group()) / 1000 * size * _PT_MM
                yield from _length(ctx, heading, width, "the rule typed under the heading", ln.no, **where)
        elif not fmt.get("border_bottom"):
            yield ctx.hit(heading.no, f"no rule under «{heading.text}»: draw a solid rule as long as the heading",
                          find=heading.text)
        elif fmt.get("rule_mm"):
            yield from _length(ctx, heading, float(fmt["rule_mm"]), "the rule under the heading", heading.no,
                               find=heading.text)
    for p in parts:
        if p.key == "issuer" and p.fmt.get("border_bottom"):
            yield ctx.hit(p.no, "no rule under the issuing body's name: the \"*\" line below it takes its place",
                          find=p.text)
            break
