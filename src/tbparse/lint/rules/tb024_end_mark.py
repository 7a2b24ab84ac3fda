"""Body does not end with the end mark "./.".

The last sentence of the body — in a notice, the closing formula — ends with "./.", which shows
nothing was cut off after it (a universal Vietnamese convention; the reference notice ends
"…triển khai thực hiện./." — format-rules.md §6.1, §9 TB024). The mark is one full stop and
"/.": a doubled dot before it ("thực hiện../.") is reported too.

Fails::

    Văn phòng Tỉnh ủy thông báo … để Đảng ủy khối Doanh nghiệp biết, thực hiện.

Passes::

    Văn phòng Tỉnh ủy thông báo … để Đảng ủy khối Doanh nghiệp biết, thực hiện./.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from ...lazyre import lazy_re

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB024"
NAME = "end-mark"
SEVERITY = "warning"
ERA = ("2004", "2018", "2026")
CHECKS = "text"

# the end mark after a doubled full stop (an ellipsis "…/." or "v.v…" aside): "thực hiện../."
_DOUBLED = lazy_re(r"(?<![.])\.(?=\./\.$)")


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    no = ctx.last_body_line
    if no is None or no <= ctx.title_last:
        return
    raw = ctx.raw(no)
    text = raw.rstrip().rstrip("*_ ").rstrip()
    if text.endswith("./."):
        m = _DOUBLED.search(text)
        if m:
            yield ctx.hit(no, "one full stop before \"/.\": end the body with \"./.\", not \"../.\"",
                          col=m.start() + 1, end_col=m.end() + 1)
        return
    end = len(text)
    yield ctx.hit(no, "end the body with \"./.\"", col=end, end_col=end + 1)
