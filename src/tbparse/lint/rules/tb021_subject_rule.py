"""No dash rule ("-----") under the subject.

A short rule of dashes closes the title block, under the subject; flattened copies render it as
"-----" (36-HD/VPTW [second-hand]; practice — format-rules.md §1.4, §9 TB021).

Fails::

    THÔNG BÁO
    kết luận của Thường trực Tỉnh ủy

    Ngày 14/5/2019, …

Passes::

    THÔNG BÁO
    kết luận của Thường trực Tỉnh ủy
    -----

    Ngày 14/5/2019, …

A công văn has no rule there: its subject ("V/v …") stands in the left column under the number,
with no type line above it (format-rules.md §1.2 box 5b) — it is not checked.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB021"
NAME = "subject-rule"
SEVERITY = "info"
ERA = ("2004", "2018", "2026")
CHECKS = "text"


def _cong_van(notice, lay) -> bool:
    """A công văn: its number says so ("Số 11997-CV/VPTW"), or a subject stands without a type line."""
    return (notice.get("number") or {}).get("type_code") == "CV" or not lay.get("doc_type_line")


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    lay = ctx.layout
    if not notice.get("subject") or lay.get("subject_rule") or _cong_van(notice, lay):
        return
    last = lay["subject_lines"][1] if lay.get("subject_lines") else lay.get("doc_type_line")
    yield ctx.hit(last, "no dash rule (\"-----\") under the subject")
