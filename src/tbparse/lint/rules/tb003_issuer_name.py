"""Issuing body's name missing from the header, or not in capitals.

The name of the issuing body, exactly as in the Party Statute or its founding decision, stands at
the top left in capitals (66-QĐ/TW Điều 15(2); 36-HD/VPTW §II.1.2 — format-rules.md §1.3, §9 TB003).

Fails::

    Tỉnh ủy Bình Thuận                 ĐẢNG CỘNG SẢN VIỆT NAM

Passes::

    TỈNH ỦY BÌNH THUẬN                 ĐẢNG CỘNG SẢN VIỆT NAM

The fixed words a name opens with typed with a tone mark or letter wrong — «TINH ỦY», «HUYÊN ỦY»,
«BAN TUYÊN GIAO» — are a warning naming the spelling (the old tone placement "UỶ" is right).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from ...steps.header import ocr_i
from ...vocab import is_caps
from ..parts import lower_case_body
from ..tables import misspelt_opening

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB003"
NAME = "issuer-name"
SEVERITY = "error"
ERA = ("2004", "2018", "2026")
CHECKS = "text"


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    # a body's name not in capitals, even where the parser took the line above for the issuer:
    # "ĐẢNG BỘ TỈNH LONG AN" / "Huyện ủy Đức Hòa" (the parent line is read as the issuer then)
    lower = lower_case_body(ctx)
    if lower:
        ln, text = lower
        read = ocr_i(text)
        if read != text and is_caps(read):
            # "TỈNH ỦY THÁl BÌNH": an "l" typed (or OCR'd) for a capital I, not a name in normal case —
            # the fix is the letter, not "THÁL" (audit 24)
            word = next(w for w in text.split() if w != ocr_i(w))
            yield ctx.hit(ln.no, f"write the capital «I», not «l», in the issuing body: «{read.strip(' *_')}»",
                          find=word)
            return
        yield ctx.hit(ln.no, f"write the issuing body in capitals: «{text.strip(' *_').upper()}»", find=text)
        return
    issuer = notice.get("issuer")
    if not issuer:
        yield ctx.hit(1, "no issuing body (e.g. \"TỈNH ỦY …\") at the top left of the header", col=1, end_col=1)
        return
    lines = ctx.layout.get("issuer_lines") or []
    for text in (issuer.get("parent"), issuer.get("name")):
        bad = misspelt_opening(text or "")
        if bad:
            typed = text[bad[0]:bad[1]]
            no = next((n for n in lines if typed in ctx.raw(n)), lines[0] if lines else 1)
            yield ctx.hit(no, f"write «{bad[2]}», not «{typed}»", find=typed, severity="warning")
