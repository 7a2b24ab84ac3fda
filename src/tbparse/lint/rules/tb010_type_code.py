"""Type code in the number unknown, in the wrong case, or not matching the document type.

The type code after the number names the document type: TB ↔ THÔNG BÁO, KL ↔ KẾT LUẬN, QĐ ↔
QUYẾT ĐỊNH (and Politburo/Secretariat QUY ĐỊNH), QĐi ↔ QUY ĐỊNH of the Central Committee, CV ↔ a
công văn, which has no type line (one headed "CÔNG VĂN" is flagged there). Codes are case-sensitive ("QĐi", "CTr", "TTr")
(36-HD/VPTW §II.1.3.1(b) — format-rules.md §2.2, §9 TB010). State-only codes (QyĐ, SY, TrS, SL)
are TB012's.

Phương án (PA), dự án (DA) and thư công are Party document types only from Quy định 399-QĐ/TW
(09/01/2026), which added them to the list of 66-QĐ/TW (format-rules.md §2.2, [T/2]): a document
so headed and dated under 66-QĐ/TW (06/02/2017 – 2025; ``--era 2018``) is told so, as info: the
lists are known partly second-hand. The list before 66-QĐ/TW (31-QĐ/TW, 1997) was not read, so
older documents are not judged.

Fails::

    Số 05-KL/TU
    …
    THÔNG BÁO

Passes::

    Số 05-TB/TU
    …
    THÔNG BÁO
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from ...fold import fold
from ...vocab import TYPE_CODES, TYPE_LINE, TYPE_NAMES
from ..parts import number_span, state_cong_van

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB010"
NAME = "type-code"
SEVERITY = "error"
ERA = ("2004", "2018", "2026")
CHECKS = "text"

STATE_ONLY = frozenset({"QyĐ", "SY", "TrS", "SL"})
# types 399-QĐ/TW (2026) added to 66-QĐ/TW's list (folded type names), and 66-QĐ/TW's first day
NEW_IN_399 = frozenset({"phuong an", "du an", "thu cong"})
QD66 = "2017-02-06"


def _before_399(ctx: Ctx) -> bool:
    """The document falls under 66-QĐ/TW's list of types: in the 2018 era, or dated from 66-QĐ/TW on."""
    return ctx.era == "2018" or ctx.era == "2004" and ctx.dated is not None and ctx.dated >= QD66


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    number = notice.get("number")
    got = number_span(ctx)
    if not number or not got:
        return
    span, _ = got
    tc = number["type_code"]
    if tc in STATE_ONLY or state_cong_van(notice):
        return  # a State công văn's "6254/VPTW-TH" has a body where the type goes (TB007)
    where = {"find": tc, "start": span.start}
    if tc not in TYPE_CODES:
        same = [c for c in sorted(TYPE_CODES) if c.upper() == tc.upper()]
        if same:
            yield ctx.hit(span.line, f"type codes are case-sensitive: write \"{same[0]}\", not \"{tc}\"", **where)
        else:
            yield ctx.hit(span.line, f"unknown Party type code \"{tc}\" (e.g. TB, KL, NQ, QĐ, QĐi, CT, HD, BC, KH, CV)", **where)
        return
    doc_type = notice.get("doc_type")
    if not doc_type:
        if tc == "CV":  # "CÔNG VĂN" typed as a type line, which the parser leaves unplaced
            for u in notice.get("unplaced") or []:
                if u["line"] <= span.line + 3 and fold(u["text"]).strip(" *_:.") == "cong van":
                    yield ctx.hit(u["line"], f"a công văn has no document type line: remove «{u['text']}» "
                                  "(its subject stands under the number)", find=u["text"])
        return
    m = TYPE_LINE.match(fold(doc_type))
    if not m:
        return
    expected = TYPE_NAMES[m.group(1)]
    if m.group(1) in NEW_IN_399 and _before_399(ctx):
        yield ctx.hit(ctx.layout.get("doc_type_line") or span.line, f"«{doc_type}» is a Party document type only from 399-QĐ/TW (2026): "
                      "the list of 66-QĐ/TW (2017–2025) does not hold it", find=doc_type, severity="info")
    if tc == "CV":
        yield ctx.hit(span.line, f"a công văn (CV) has no document type line, but this one is headed «{doc_type}»", **where)
    elif tc not in expected and tc != "BS":
        yield ctx.hit(span.line, f"type code \"{tc}\" does not match the document type «{doc_type}» (expected {' or '.join(expected)})",
                      **where)
