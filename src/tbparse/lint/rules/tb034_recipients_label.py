"""Recipients label "Nơi nhận:" missing from the footer, or written without its colon.

The footer's left column opens with "Nơi nhận:" and lists who receives the document
(66-QĐ/TW Điều 15(9); 36-HD/VPTW §II.1.9 [second-hand] — format-rules.md §5, §9 TB034).
A missing label or list is an error; a missing colon, or "Noi nhan" without its tone marks, a warning.

Fails::

                                                T/L BAN THƯỜNG VỤ
    - Thường trực Tỉnh ủy,                      PHÓ CHÁNH VĂN PHÒNG
    - Lưu Văn phòng Tỉnh ủy.

Passes::

    Nơi nhận:                                   T/L BAN THƯỜNG VỤ
    - Thường trực Tỉnh ủy,                      PHÓ CHÁNH VĂN PHÒNG
    - Lưu Văn phòng Tỉnh ủy.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from ...fold import fold

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB034"
NAME = "recipients-label"
SEVERITY = "error"
ERA = ("2004", "2018", "2026")
CHECKS = "text"

# "Nơi nhận:", "Nơi nhận :", "__Nơi nhận__:" (folded text of a fragment)
_LABEL = re.compile(r"^noi nhan(\s*:)?")


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    lay = ctx.layout
    label = lay.get("recipients_label")
    entries = lay.get("recipients") or []
    if label:
        ln = ctx.line(label)
        for fr in ln.frags if ln else ():
            m = _LABEL.match(fold(fr.text))
            if m and not m.group(1):
                yield ctx.hit(label, "write \"Nơi nhận:\" with a colon", find=fr.text[: m.end()], start=fr.col, severity="warning")
            if m and fr.text[:8].isascii():  # "Noi nhan:" typed without a Vietnamese keyboard
                yield ctx.hit(label, f"write \"Nơi nhận\" with its tone marks, not \"{fr.text[:8]}\"", find=fr.text[:8],
                              start=fr.col, severity="warning")
        return
    if entries:
        yield ctx.hit(entries[0]["line"], "no \"Nơi nhận:\" label above the recipient list", find=entries[0]["raw"][:20])
        return
    anchor = ctx.footer_first or ctx.last_body_line or ctx.last_line
    yield ctx.hit(anchor, "no \"Nơi nhận:\" list of recipients in the footer")
