"""Page size, margins or page numbering differ from the Party's page setup (.docx only).

Party documents are printed on A4 (210 × 297 mm) with margins of 20 mm top, 20 mm bottom, 30 mm
left and 15 mm right; pages are numbered from the second page on, at the top, centred
(36-HD/VPTW, section on paper size and margins — format-rules.md §7, §9 TB044). A draft started
from Word's default template (Letter, 25.4/31.75 mm margins) fails. The page setup is read from the
first section of a .docx; findings point at paragraph 1.

Fails::

    Letter 215.9 × 279.4 mm, margins top 25.4, bottom 25.4, left 31.8, right 31.8 mm

Passes::

    A4 210 × 297 mm, margins top 20, bottom 20, left 30, right 15 mm
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB044"
NAME = "page-setup"
SEVERITY = "warning"
ERA = ("2018", "2026")
CHECKS = "docx"
OPTIONS = {"tolerance-mm": (0.5, "how far a size or margin may be from the rule, in mm")}

A4 = (210.0, 297.0)
MARGINS = (("top_mm", "top", 20.0), ("bottom_mm", "bottom", 20.0), ("left_mm", "left", 30.0), ("right_mm", "right", 15.0))
# common paper sizes, for naming what a draft uses (portrait, mm)
_PAPERS = {"A5": (148.0, 210.0), "A3": (297.0, 420.0), "Letter": (215.9, 279.4), "Legal": (215.9, 355.6)}


def _paper(w: float, h: float, tol: float) -> str:
    for name, (pw, ph) in _PAPERS.items():
        if abs(w - pw) <= tol and abs(h - ph) <= tol:
            return f"{name} "
        if abs(w - ph) <= tol and abs(h - pw) <= tol:
            return f"{name} landscape "
    return ""


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    page = source.page or {}
    tol = float(ctx.opt("tolerance-mm"))
    w, h = page.get("width_mm"), page.get("height_mm")
    if w is not None and h is not None and not (abs(w - A4[0]) <= tol and abs(h - A4[1]) <= tol):
        if abs(w - A4[1]) <= tol and abs(h - A4[0]) <= tol:
            yield ctx.hit(1, "the page is A4 landscape; Party documents are printed on A4 portrait", col=1)
        else:
            yield ctx.hit(1, f"the page is {_paper(w, h, tol)}{w:g} × {h:g} mm; Party documents use A4 (210 × 297 mm)", col=1)
    wrong = [(label, page[k], want) for k, label, want in MARGINS if page.get(k) is not None and abs(page[k] - want) > tol]
    if wrong:
        got = ", ".join(f"{label} {v:g}" for label, v, _ in wrong)
        want = ", ".join(f"{label} {x:g}" for label, _, x in wrong)
        yield ctx.hit(1, f"margins {got} mm; {ctx.guide} sets {want} mm", col=1)
    where = page.get("page_numbers")
    if where:
        if page.get("first_page_numbered"):
            yield ctx.hit(1, "the first page carries a page number; number pages from the second page on "
                             "(Layout → Different First Page)", col=1)
        if where != "header" or page.get("page_number_align") != "center":
            at = f"{'top' if where == 'header' else 'bottom'} {page.get('page_number_align') or 'left'}"
            yield ctx.hit(1, f"page numbers are at the {at}; they belong at the top, centred", col=1)
