"""State-style number ("380/NQ-CP") instead of the Party order number-type/body ("380-NQ/CP").

The Party writes the number, a hyphen, the type code, a slash and the body code — "Số 503-TB/TU";
the State the reverse — "Số: 15/QĐ-BNV" (36-HD/VPTW §II.1.3; NĐ 30/2020 Phụ lục I §II.3 —
format-rules.md §2.1, §9 TB007). A State-ordered number marks a State template. A Party number
with a year after it ("Số 12-TB/TU/2024", as State numbers carry one: the series runs per term,
§2.1) is a warning. A State công văn's number carries no type code, "Số: 6254/VPTW-TH" (number/body-unit):
the Party form given is "6254-CV/VPTW" (TB010 and TB011 leave it alone).

Fails::

    Số 05/TB-TU                        Phan Thiết, ngày 16 tháng 5 năm 2019

Passes::

    Số 05-TB/TU                        Phan Thiết, ngày 16 tháng 5 năm 2019
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from ...lazyre import lazy_re
from ..parts import number_span, state_cong_van

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB007"
NAME = "number-order"
SEVERITY = "error"
ERA = ("2004", "2018", "2026")
CHECKS = "text"

# after the digits, a slash comes first: "/NQ-CP", " / 2007 / NĐ-CP" (folded rest of the number)
_STATE = lazy_re(r"^\s*/\s*(?:\d{4}\s*/\s*)?([a-z][a-z]*)\s*[-–]\s*([a-z0-9]+)")


# a year typed after the Party number, as the State's numbers carry one: "12-TB/TU/2024" (folded rest)
_YEAR_AFTER = lazy_re(r"^\s*-\s*[a-z]+\s*/\s*[a-z0-9-]+?\s*(/\s*(?:19|20)\d\d)$")


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    got = number_span(ctx)
    if not got:
        return
    span, m = got
    sm = _STATE.match(m.group("rest"))
    if not sm:
        ym = _YEAR_AFTER.match(m.group("rest"))
        if ym:  # "Số 12-TB/TU/2024" (audit 23): the parser reads "12-TB/TU" and drops the year
            raw = ctx.raw(span.line)
            y0, y1 = m.start("rest") + ym.start(1), m.start("rest") + ym.end(1)
            yield ctx.hit(span.line, f"a Party number carries no year (the State's do): write \"{raw[m.start('seq'):y0].strip()}\", "
                                     f"not «{raw[m.start('seq'):y1]}»", col=y0 + 1, end_col=y1 + 1, severity="warning")
        return
    raw = ctx.raw(span.line)
    seq = m.group("seq")
    t0, t1 = m.start("rest") + sm.start(1), m.start("rest") + sm.end(1)
    b0, b1 = m.start("rest") + sm.start(2), m.start("rest") + sm.end(2)
    typed = raw[m.start("seq"):m.start("rest") + sm.end()]
    if state_cong_van(notice):
        # "6254/VPTW-TH": a State công văn's number/body-unit — the Party's carries its type code CV
        party, how = f"{seq}-CV/{raw[t0:t1]}", "a công văn's number-CV/body"
    else:
        party, how = f"{seq}-{raw[t0:t1]}/{raw[b0:b1]}", "number-type/body"
    yield ctx.hit(span.line, f"State-style number «{typed}»: the Party writes {how}, e.g. \"{party}\"",
                  col=m.start("seq") + 1, end_col=m.start("rest") + sm.end() + 1)
