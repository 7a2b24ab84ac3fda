"""Document type line ("THÔNG BÁO") missing, not in capitals, not on its own line, or above the header.

After the header comes the type name, in capitals, on a line of its own, centred, with the
subject (trích yếu) under it; a công văn (number "…-CV/…") has none (66-QĐ/TW Điều 15(5);
36-HD/VPTW §II.1.5 and Phụ lục 3 — format-rules.md §1.4, §9 TB019). A type name typed without
its diacritics ("THONG BAO") or with one wrong ("THÔNG BAO"), or with the subject on its line, is a warning.
So is a name the parser read for a reader although one letter or space is off — "THÔNC BÁO",
"TH0NG BÁO", "THÔNGBÁO", "THÔNG B ÁO" (an OCR error or a typo): the finding gives its spelling. A
name letter-spaced with typed spaces ("T H Ô N G   B Á O") is info: no rule forbids spacing the
title out (format-rules.md §7 sets its font, size and weight only), but typed spaces make it a
string of letters to search, copy and index; the font's character spacing looks the same.

Fails::

    Thông báo
    kết luận của Thường trực Tỉnh ủy

Passes::

    THÔNG BÁO
    kết luận của Thường trực Tỉnh ủy
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from ...fold import fold
from ...vocab import TYPE_LINE, TYPE_NAMES, is_caps, one_edit
from ..parts import is_cong_van, type_alone, unread_type_line
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
# The names with their spaces taken out, for a letter-spaced type line: "thongbao" → "THÔNG BÁO"
_SQUEEZED = {k.replace(" ", ""): v for k, v in TYPE_SPELLING.items()}


def _misspelt(doc_type: str) -> tuple[str, bool] | None:
    """``(spelling, letter_spaced)`` of a type name the parser read though it is not spelt right —
    letter-spaced ("T H Ô N G   B Á O": True) or one letter or space off ("THÔNC BÁO", "TH0NG BÁO",
    "THÔNGBÁO": False) — or None (a known name, tone marks aside: the spelling check's)."""
    f = " ".join(fold(doc_type).split())
    if f in TYPE_SPELLING or f in TYPE_NAMES:
        return None
    words = doc_type.split()
    if len(words) >= 4 and all(len(w) == 1 for w in words):
        name = _SQUEEZED.get(f.replace(" ", ""))
        return (name, True) if name else None
    f = f.replace("0", "o")  # OCR's zero for "O": "TH0NG BÁO" (then no other name is nearer)
    if f in TYPE_SPELLING:
        return TYPE_SPELLING[f], False
    near = [v for k, v in TYPE_SPELLING.items() if len(k) >= 7 and one_edit(f, k)]
    return (near[0], False) if len(near) == 1 else None


def _unread_type_line(ctx: Ctx, ln) -> Finding:
    """Why the line naming the document type (:func:`..parts.unread_type_line`) was not read as
    the type line: "Thông báo" (not in capitals), "THÔNG BÁO:" (punctuation), "THÔNG BÁO kết luận
    của …" (the subject on the same line)."""
    text = ln.text.strip(" *_")
    if type_alone(fold(text)):
        bare = text.strip(" *_:.")
        if is_caps(bare) and bare != text:
            return ctx.hit(ln.no, f"write the document type without punctuation: \"{bare}\"", find=text)
        return ctx.hit(ln.no, f"write the document type in capitals: \"{bare.upper()}\"", find=bare)
    m = TYPE_LINE.match(fold(text))
    rest = text[m.end():].strip()
    return ctx.hit(ln.no, f"put the subject on its own line under «{text[: m.end()]}»", find=rest, severity="warning")


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    lay = ctx.layout
    doc_type = notice.get("doc_type")
    header_lines = [v["line"] for k in ("number_line", "date_line") if (v := lay.get(k))]
    if not doc_type:
        if is_cong_van(notice):
            return
        typed = unread_type_line(ctx)
        if typed is not None:
            yield _unread_type_line(ctx, typed)
            return
        start = max(header_lines) + 1 if header_lines else 1
        first_text = next((ln.no for ln in ctx.lines(start, start + _SCAN) if ln.text and not ln.sep), None)
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
    elif (typo := _misspelt(doc_type)) is not None:
        name, spaced = typo
        if spaced:
            yield ctx.hit(line, f"write the document type \"{name}\" without spaces between its letters, not "
                          f"«{doc_type}» (space it out with the font's character spacing)", find=doc_type, severity="info")
        else:
            yield ctx.hit(line, f"write the document type \"{name}\", not «{doc_type}»", find=doc_type, severity="warning")
    rest = text[len(doc_type):].strip(" *_") if text.startswith(doc_type) else ""
    if rest and (lay.get("author_line") or {}).get("line") != line:  # (not "KẾT LUẬN CỦA BỘ CHÍNH TRỊ": its author, audit 24)
        yield ctx.hit(line, f"put the subject on its own line under «{doc_type}»", find=rest, severity="warning")
    if header_lines and line and max(header_lines) > line:
        yield ctx.hit(line, f"the document type line «{doc_type}» comes before the header's number and date", find=doc_type)
