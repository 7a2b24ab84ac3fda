"""Day or month zero padding: "ngày 05", "tháng 01", "tháng 02" — but "tháng 3" … "tháng 12".

Days 1–9 take a leading zero; months 1 and 2 do too (so they cannot be misread as 10–12 when a
digit is added); months 3–12 do not (NĐ 30/2020 §II.4, the same as in Party headers: "ngày 03
tháng 4 năm 2018" (36-HD), "ngày 20 tháng 02 năm 2018" (Phụ lục 3), "ngày 09 tháng 01 năm 2026"
(399-QĐ/TW) — format-rules.md §3, §9 TB015). The Party's evidence starts with 31-QĐ/TW ("ngày 01
tháng 10 năm 1997"), the first regulation on format: a typewriter notice older than it ("Đông Hà,
ngày 9 tháng 8 năm 1996") is not asked for the zero.

Fails::

    Phan Thiết, ngày 5 tháng 05 năm 2019

Passes::

    Phan Thiết, ngày 05 tháng 5 năm 2019
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from ..era import FIRST_RULES
from ..parts import date_parts

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB015"
NAME = "date-zeros"
SEVERITY = "warning"
ERA = ("2004", "2018", "2026")
CHECKS = "text"


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    dp = date_parts(ctx)
    if dp is None or ctx.issued_before(FIRST_RULES):
        return
    d = int(dp.day.text)
    want = f"{d:02d}" if d < 10 else str(d)
    if dp.day.text != want:
        yield ctx.hit(dp.day.line, f"write the day as \"{want}\"", col=dp.day.col, end_col=dp.day.end_col)
    m = int(dp.month.text)
    want = f"{m:02d}" if m < 3 else str(m)
    if dp.month.text != want:
        why = "months 1 and 2 take a leading zero" if m < 3 else "months 3–12 take no leading zero"
        yield ctx.hit(dp.month.line, f"write the month as \"{want}\" ({why})", col=dp.month.col, end_col=dp.month.end_col)
