"""Notice without its closing formula "… thông báo … để … biết, thực hiện./.".

A last sentence of another kind ("Đề nghị các cấp ủy tổ chức thực hiện./.") is reported too: it
closes the body, but it is not the formula.

A THÔNG BÁO ends its body by saying who notifies whom, and what for: "Văn phòng Tỉnh uỷ xin thông
báo ý kiến kết luận của Thường trực Tỉnh uỷ để Đảng uỷ khối Doanh nghiệp biết và triển khai thực
hiện./." (genre practice, the reference notice — format-rules.md §6.2(7), §9 TB026).

Fails::

    2- Chuẩn bị tốt Hội nghị giữa nhiệm kỳ./.

    Nơi nhận:

Passes::

    2- Chuẩn bị tốt Hội nghị giữa nhiệm kỳ.

    Văn phòng Tỉnh ủy thông báo ý kiến kết luận của Thường trực Tỉnh ủy để Đảng ủy khối Doanh nghiệp biết, thực hiện./.

    Nơi nhận:
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from ...fold import fold
from ...lazyre import lazy_re

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB026"
NAME = "closing-formula"
SEVERITY = "warning"
ERA = ("2004", "2018", "2026")
CHECKS = "text"


# The formula (folded): "… (xin) thông báo … để … biết (và triển khai) thực hiện"
_FORMULA = lazy_re(r"\bthong bao\b.*\bde\b.*\b(?:biet|thuc hien)\b")


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    if not fold(notice.get("doc_type") or "").startswith("thong bao"):
        return
    closing = notice.get("closing")
    if closing:
        if not _FORMULA.search(fold(closing)):
            # the body ends with a sentence of its own ("Đề nghị … tổ chức thực hiện./."), not the formula
            line = notice["layout"].get("closing_line") or ctx.last_body_line
            yield ctx.hit(line, "the closing sentence is not the notice's formula (\"<Văn phòng …> thông báo … để … "
                                "biết, thực hiện./.\")")
        return
    no = ctx.last_body_line
    if no is None or no <= ctx.title_last:
        return
    yield ctx.hit(no, "no closing formula (\"<Văn phòng …> thông báo … để … biết, thực hiện./.\") at the end of the body")
