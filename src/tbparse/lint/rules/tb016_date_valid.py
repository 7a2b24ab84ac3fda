"""Issue date not a real calendar date, implausible, or earlier than the meeting it reports.

The header date must exist ("ngày 31 tháng 02" does not), fall between the Party's founding (1930)
and next year, and a notice cannot be issued before the meeting whose conclusions it announces
(the opening's "Ngày 14/5/2008, đồng chí …" ≤ "ngày 16 tháng 5 năm 2008") (format-rules.md §3,
§9 TB016).

Fails::

    Phan Thiết, ngày 16 tháng 5 năm 2019
    …
    Ngày 20/5/2019, đồng chí Nguyễn Văn An - Phó Bí thư Thường trực Tỉnh ủy đã có buổi làm việc …

Passes::

    Phan Thiết, ngày 16 tháng 5 năm 2019
    …
    Ngày 14/5/2019, đồng chí Nguyễn Văn An - Phó Bí thư Thường trực Tỉnh ủy đã có buổi làm việc …
"""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Iterator

from ..parts import date_parts

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB016"
NAME = "date-valid"
SEVERITY = "error"
ERA = ("2004", "2018", "2026")
CHECKS = "text"

FIRST_YEAR = 1930  # the Party was founded on 03/02/1930


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    dp = date_parts(ctx)
    if dp is None:
        return
    if len(dp.year.text) != 4:
        return  # "năm 08", "năm 2O08": TB014 asks for the four figures; no date to compare
    d, m, y = int(dp.day.text), int(dp.month.text), int(dp.year.text)
    span = {"col": dp.day.col, "end_col": dp.year.end_col} if dp.day.line == dp.year.line else {"col": dp.day.col}
    try:
        issued = dt.date(y, m, d)
    except ValueError:
        yield ctx.hit(dp.day.line, f"no such date: {d}/{m}/{y}", **span)
        return
    if len(dp.year.text) == 4 and not FIRST_YEAR <= y <= dt.date.today().year + 1:
        yield ctx.hit(dp.year.line, f"implausible year {y}", col=dp.year.col, end_col=dp.year.end_col)
        return
    meeting = notice.get("meeting") or {}
    if meeting.get("date"):
        held = dt.date.fromisoformat(meeting["date"])
        if held > issued:
            yield ctx.hit(dp.day.line, f"issued on {issued:%d/%m/%Y}, before the meeting it reports ({held:%d/%m/%Y}, line {meeting['line']})",
                          **span)
