"""Document type line ("THÔNG BÁO") missing, not in capitals, not on its own line, or above the header.

After the header comes the type name, in capitals, on a line of its own, centred, with the
subject (trích yếu) under it; a công văn (number "…-CV/…") has none (66-QĐ/TW Điều 15(5);
36-HD/VPTW §II.1.5 and Phụ lục 3 — format-rules.md §1.4, §9 TB019). A type name typed without
its diacritics ("THONG BAO") is a warning.

Fails::

    Thông báo
    kết luận của Thường trực Tỉnh ủy

Passes::

    THÔNG BÁO
    kết luận của Thường trực Tỉnh ủy
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from ...fold import fold
from ...vocab import TYPE_LINE

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB019"
NAME = "doc-type-line"
SEVERITY = "error"
ERA = ("2004", "2018", "2026")
CHECKS = "text"

_SCAN = 60
_PUNCT = re.compile(r"[\s*_:.]+")


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    lay = ctx.layout
    number = notice.get("number") or {}
    doc_type = notice.get("doc_type")
    header_lines = [v["line"] for k in ("number_line", "date_line") if (v := lay.get(k))]
    if not doc_type:
        if number.get("type_code") == "CV":
            return
        start = max(header_lines) + 1 if header_lines else 1
        for ln in ctx.lines(start, start + _SCAN):
            if len(ln.frags) != 1:
                continue
            f = _PUNCT.sub(" ", fold(ln.text)).strip()
            m = TYPE_LINE.fullmatch(f)
            if m:
                yield ctx.hit(ln.no, f"write the document type in capitals: \"{ln.text.strip(' *_:.').upper()}\"",
                              find=ln.text.strip(" *_:."))
                return
        yield ctx.hit(start if ctx.line(start) else 1, "no document type line (\"THÔNG BÁO\", \"KẾT LUẬN\" …) after the header",
                      col=1, end_col=1)
        return
    line = lay.get("doc_type_line")
    text = ctx.line(line).text if ctx.line(line) else doc_type
    if doc_type.isascii():  # every type name has diacritics: "THONG BAO" was typed without them
        yield ctx.hit(line, f"write the document type with its tone marks, not «{doc_type}»", find=doc_type,
                      severity="warning")
    rest = text[len(doc_type):].strip(" *_") if text.startswith(doc_type) else ""
    if rest:
        yield ctx.hit(line, f"put the subject on its own line under «{doc_type}»", find=rest, severity="warning")
    if header_lines and line and max(header_lines) > line:
        yield ctx.hit(line, f"the document type line «{doc_type}» comes before the header's number and date", find=doc_type)
