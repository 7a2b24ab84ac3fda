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

A rule typed with underscores ("_____") is a rule too: the line reader takes "__" for markdown
emphasis and leaves such a line blank, so the raw line under the subject is looked at (audit 23).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from ...lazyre import lazy_re

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB021"
NAME = "subject-rule"
SEVERITY = "info"
ERA = ("2004", "2018", "2026")
CHECKS = "text"

# a rule as typed, on the raw line: "      _______", "-----", "=====" (not a blank line)
_RAW_RULE = lazy_re(r"^\s*[-–—_=~]{3,}\s*$")


def _cong_van(notice, lay) -> bool:
    """A công văn: its number says so ("Số 11997-CV/VPTW"), or a subject stands without a type line."""
    return (notice.get("number") or {}).get("type_code") == "CV" or not lay.get("doc_type_line")


def _typed_rule(ctx, last: int | None) -> bool:
    """A rule typed on the first non-blank raw line under the subject ("_____", read as blank)."""
    if last is None:
        return False
    for no in range(last + 1, min(last + 4, ctx.last_line) + 1):
        raw = ctx.raw(no)
        if not raw.strip():
            continue
        return "_" in raw and _RAW_RULE.match(raw) is not None
    return False


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    lay = ctx.layout
    if not notice.get("subject") or lay.get("subject_rule") or _cong_van(notice, lay):
        return
    last = lay["subject_lines"][1] if lay.get("subject_lines") else lay.get("doc_type_line")
    if _typed_rule(ctx, last):
        return
    yield ctx.hit(last, "no dash rule (\"-----\") under the subject")
