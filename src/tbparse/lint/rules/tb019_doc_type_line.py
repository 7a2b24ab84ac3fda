"""Document type line ("THÔNG BÁO") missing, not in capitals, not on its own line, or above the header.

After the header comes the type name, in capitals, on a line of its own, centred, with the
subject (trích yếu) under it; a công văn (number "…-CV/…") has none (66-QĐ/TW Điều 15(5);
36-HD/VPTW §II.1.5 and Phụ lục 3 — format-rules.md §1.4, §9 TB019). A type name typed without
its diacritics ("THONG BAO") or with one wrong ("THÔNG BAO"), or with the subject on its line, is a warning.

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
from ...vocab import TYPE_LINE, is_caps
from ..tables import TYPE_SPELLING

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


def _unread_type_line(ctx: Ctx, ln) -> Finding | None:
    """Why a line that names the document type was not read as the type line, or None.

    "Thông báo" (not in capitals), "THÔNG BÁO:" (punctuation), "THÔNG BÁO kết luận của …" (the
    subject on the same line)."""
    text = ln.text.strip(" *_")
    f = _PUNCT.sub(" ", fold(text)).strip()
    if TYPE_LINE.fullmatch(f):
        bare = text.strip(" *_:.")
        if is_caps(bare) and bare != text:
            return ctx.hit(ln.no, f"write the document type without punctuation: \"{bare}\"", find=text)
        return ctx.hit(ln.no, f"write the document type in capitals: \"{bare.upper()}\"", find=bare)
    m = TYPE_LINE.match(fold(text))
    if m and is_caps(text[: m.end()]) and text[m.end():].strip()[:1].islower():
        rest = text[m.end():].strip()
        return ctx.hit(ln.no, f"put the subject on its own line under «{text[: m.end()]}»", find=rest, severity="warning")
    return None


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    lay = ctx.layout
    number = notice.get("number") or {}
    doc_type = notice.get("doc_type")
    header_lines = [v["line"] for k in ("number_line", "date_line") if (v := lay.get(k))]
    if not doc_type:
        if number.get("type_code") == "CV":
            return
        start = max(header_lines) + 1 if header_lines else 1
        first_text = None
        for ln in ctx.lines(start, start + _SCAN):
            if first_text is None and ln.text and not ln.sep:
                first_text = ln.no
            if len(ln.frags) != 1:
                continue
            hit = _unread_type_line(ctx, ln)
            if hit is not None:
                yield hit
                return
        yield ctx.hit(first_text or (start if ctx.line(start) else 1),
                      "no document type line (\"THÔNG BÁO\", \"KẾT LUẬN\" …) after the header", col=1, end_col=1)
        return
    line = lay.get("doc_type_line")
    text = ctx.line(line).text if ctx.line(line) else doc_type
    spelt = TYPE_SPELLING.get(" ".join(fold(doc_type).split()))
    if doc_type.isascii():  # every type name has diacritics: "THONG BAO" was typed without them
        yield ctx.hit(line, f"write the document type with its tone marks, not «{doc_type}»", find=doc_type,
                      severity="warning")
    elif spelt and " ".join(doc_type.split()).upper() != spelt:  # a tone mark missing or wrong: "THÔNG BAO"
        yield ctx.hit(line, f"write the document type \"{spelt}\", not «{doc_type}»", find=doc_type, severity="warning")
    rest = text[len(doc_type):].strip(" *_") if text.startswith(doc_type) else ""
    if rest:
        yield ctx.hit(line, f"put the subject on its own line under «{doc_type}»", find=rest, severity="warning")
    if header_lines and line and max(header_lines) > line:
        yield ctx.hit(line, f"the document type line «{doc_type}» comes before the header's number and date", find=doc_type)
