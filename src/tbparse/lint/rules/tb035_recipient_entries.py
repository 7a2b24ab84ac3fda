"""Recipient not on its own line or not started with "- ".

Each recipient (or group of recipients) takes a line of its own that starts with a hyphen and a
space: "- Thường trực Tỉnh ủy," (36-HD/VPTW [second-hand]; NĐ 30/2020 — format-rules.md §5,
§9 TB035).

Fails::

    Nơi nhận:
    -Thường trực Tỉnh ủy, - Đảng ủy khối Doanh nghiệp,

Passes::

    Nơi nhận:
    - Thường trực Tỉnh ủy,
    - Các đảng ủy trực thuộc Tỉnh ủy:
      + Đảng ủy Khối các cơ quan tỉnh,
      + Đảng ủy Khối doanh nghiệp tỉnh,
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from ...lazyre import lazy_re

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB035"
NAME = "recipient-entries"
SEVERITY = "warning"
ERA = ("2004", "2018", "2026")
CHECKS = "text"

# a second entry on the same line: "…; - Đảng ủy …", "…, - Các ban …"
_SECOND = lazy_re(r"[;,.]\s+[-–+•]\s+\S")


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    group = False  # inside a group entry's members: "- Các đảng ủy trực thuộc Tỉnh ủy:" / "  + Đảng ủy Khối …,"
    for r in ctx.layout.get("recipients") or []:
        raw = r["raw"]
        line = r["line"]
        start = max(0, ctx.raw(line).find(raw[:6]))
        sub = group and raw.startswith("+ ")
        # a group opens with its colon; its members take the second-level "+" (format-rules §6.1:
        # bullets "-", then "+") until an entry with "- " closes it
        group = raw.rstrip().endswith(":") and raw.startswith("- ") or sub
        if raw.startswith("- ") or sub:
            pass
        elif raw.startswith("-"):
            yield ctx.hit(line, "put a space after \"-\" in the recipient entry", col=start + 1, end_col=start + 2)
        elif raw[:1].isalnum():  # no marker at all: "Nơi nhận:" / "Các tỉnh ủy, thành ủy,"
            yield ctx.hit(line, "start each recipient with \"- \"", col=start + 1, end_col=start + 2)
        else:
            yield ctx.hit(line, f"start each recipient with \"- \", not \"{raw[:1]}\"", col=start + 1, end_col=start + 2)
        m = _SECOND.search(raw)
        if m:
            yield ctx.hit(line, "one recipient per line", find=m.group()[1:].strip(), start=start)
