"""Recipient list not closed by the filing entry "- Lưu …." (or "Lưu:" with the State's colon).

The last recipient is the copy kept on file, "Lưu" + the unit — "- Lưu Văn phòng Tỉnh ủy." —
ending with a full stop. The Party writes it without a colon; "Lưu: VT" is the State's form
(practice; NĐ 30/2020 by contrast — format-rules.md §5, §9 TB037). A missing "Lưu" entry or final
full stop is an error, the colon info; a filing entry naming no office ("- Lưu.") info, from
11-HD/VPTW (2004) on; "Luu"/"Lưư" for "Lưu" a warning.

Fails::

    - Thường trực Tỉnh ủy,
    - Lưu: Văn phòng Tỉnh ủy

Passes::

    - Thường trực Tỉnh ủy,
    - Lưu Văn phòng Tỉnh ủy.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from ...fold import fold
from ...lazyre import lazy_re
from ..context import locate
from ..era import HD11

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB037"
NAME = "recipients-filing"
SEVERITY = "error"
ERA = ("2004", "2018", "2026")
CHECKS = "text"

# the filing entry's start without its bullet: "Lưu Văn phòng …", "Lưu: VT" (folded)
_LUU = lazy_re(r"^luu\b(\s*:)?")
# the State's filing formula "Lưu: VT, …", which TB012 reports as one token (folded)
_LUU_VT = lazy_re(r"^luu\s*:\s*vt\b")


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    entries = ctx.layout.get("recipients") or []
    if not entries:
        return
    bodies = [(e, re.sub(r"^[-–—+•·*]\s*", "", e["raw"].strip())) for e in entries]
    misplaced = False
    for e, body in bodies[:-1]:
        if _LUU.match(fold(body)):
            misplaced = True
            yield ctx.hit(e["line"], "the filing entry \"- Lưu …\" comes last in the recipient list", find=body[:3])
    last, body = bodies[-1]
    m = _LUU.match(fold(body))
    if not m and misplaced:
        return  # the entries swapped: said once, above
    if not m:
        yield ctx.hit(last["line"], "the recipient list ends with the filing entry \"- Lưu <đơn vị>.\" (e.g. \"- Lưu Văn phòng Tỉnh ủy.\")",
                      find=body[:20] or None)
        return
    if body[:3] not in ("Lưu", "LƯU"):  # "- Luu Văn phòng …", "- Lưư …", "- lưu …" (audit 23)
        yield ctx.hit(last["line"], f"write \"Lưu\", not «{body[:3]}»", find=body[:3], severity="warning")
    if not fold(body)[m.end():].strip(" .,;:"):
        # "- Lưu." names no office: practice (format-rules §5 [E/K]), so info — and only from 11-HD/VPTW
        # (2004): typewriter notices of the 1990s wrote "- Lưu." (audit 23)
        if not ctx.issued_before(HD11):
            yield ctx.hit(last["line"], "name where the document is filed: \"- Lưu <đơn vị>.\" (e.g. \"- Lưu Văn phòng Tỉnh ủy.\")",
                          find=body[:3], severity="info")
        return
    if m.group(1) and not _LUU_VT.match(fold(body)):  # "Lưu: VT" as a whole is TB012's (the State's formula)
        yield ctx.hit(last["line"], "the Party writes \"Lưu Văn phòng …\" without a colon (\"Lưu:\" is the State's form)",
                      find=body[: m.end()], severity="info")
    if not body.rstrip().endswith("."):
        raw = ctx.raw(last["line"])
        end = len(raw.rstrip())
        for fr in (ctx.line(last["line"]).frags if ctx.line(last["line"]) else ()):
            if fr.text and last["raw"].startswith(fr.text[:6]):
                span = locate(raw, fr.text, fr.col)
                end = span[1] if span else end
                break
        yield ctx.hit(last["line"], "end the filing entry (the last recipient) with \".\"", col=end + 1, end_col=end + 2)
