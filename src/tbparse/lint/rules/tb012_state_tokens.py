"""State-only tokens in a Party document: type codes QyĐ/SY/TrS/SL, "V/v", "Lưu: VT".

Some abbreviations exist only in the State system: the type codes QyĐ (quy định), SY (sao y), TrS
(trích sao), SL (sao lục); "V/v" (về việc) before a công văn's subject; the filing entry "Lưu: VT"
(văn thư). In a Party draft they show a State template was used (NĐ 30/2020 Phụ lục I —
format-rules.md §2.2, §5, §9 TB012). "Số:" is TB008's and "TM."/"KT."/"TL." TB029's.

A Party công văn's subject written plainly, without "V/v", is known only from 36-HD/VPTW (2018: its
Phụ lục 3 example, second-hand); what 11-HD/VPTW (2004) said of it was not read, and the công văn
of those years wrote "V/v" under the number as the State's did — so a 2004-era công văn's "V/v"
is not reported (one under a type line, "THÔNG BÁO" / "V/v …", still is).

Fails::

    - Lưu: VT, VP.

Passes::

    - Lưu Văn phòng Tỉnh ủy.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from ...fold import fold
from ...lazyre import lazy_re
from ..parts import number_span

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB012"
NAME = "state-tokens"
SEVERITY = "info"
ERA = ("2004", "2018", "2026")
CHECKS = "text"

STATE_CODES = {"QyĐ": "quy định", "SY": "sao y", "TrS": "trích sao", "SL": "sao lục"}
# "V/v tổ chức …" — the State's "về việc" (on the raw line)
_VV = lazy_re(r"(?<![\w/])V/v\b")
# "- Lưu: VT, TCCB." — the State's filing formula (folded entry)
_LUU_VT = lazy_re(r"^[-–+•]?\s*luu\s*(:?)\s*(vt)\b")


def _cong_van(notice: dict) -> bool:
    """A công văn: numbered "-CV/…", or with no type line at all (its subject sits under the number)."""
    number = notice.get("number") or {}
    return number.get("type_code") == "CV" or not notice.get("doc_type")


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    number = notice.get("number")
    got = number_span(ctx)
    if number and got and number["type_code"] in STATE_CODES:
        tc = number["type_code"]
        yield ctx.hit(got[0].line, f"\"{tc}\" ({STATE_CODES[tc]}) is a State type code, not a Party one", find=tc, start=got[0].start)
    if ctx.era == "2004" and _cong_van(notice):
        lines = ()  # "V/v" under a công văn's number: the form of its era (above)
    else:
        lines = ctx.lines(1, ctx.title_last)
    for ln in lines:
        m = _VV.search(ln.raw)
        if m:
            yield ctx.hit(ln.no, "\"V/v\" (về việc) is the State's subject prefix; a Party công văn states its subject plainly",
                          col=m.start() + 1, end_col=m.end() + 1)
    for r in ctx.layout.get("recipients") or []:
        m = _LUU_VT.match(fold(r["raw"]))
        if m:
            typed = f"Lưu{m.group(1)} VT"  # as typed: "Lưu VT" is the same formula without its colon
            yield ctx.hit(r["line"], f"\"{typed}\" is the State's filing formula; the Party writes \"Lưu Văn phòng …\"",
                          find=r["raw"][m.start(2):m.end(2)], start=max(0, (ctx.raw(r["line"]).find(r["raw"][:8]))))
