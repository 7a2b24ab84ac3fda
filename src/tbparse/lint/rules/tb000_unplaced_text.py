"""Text the parser could not place in any part of the document.

Every piece of a notice belongs to a part — header, title, body, footer. Text the parser could
not place (a stray note between the header columns, a line after the signer's name, a number line
it did not understand) is listed in ``unplaced`` of the parse output; this rule reports each piece
so nothing is lost silently. A parser failure on the document is reported under this code too.
A PDF's page numbers and running heads and a web page's chrome are not (the parser placed them as
furniture: ``layout.furniture``); a second document pasted under the first is one finding at its
first line, not one a line.
(format-rules.md §10; parse contract ``unplaced``.)

Fails::

    TỈNH ỦY BÌNH THUẬN                 ĐẢNG CỘNG SẢN VIỆT NAM
             *
    Ghi chú: bản in thử
    Số 05-TB/TU                        Phan Thiết, ngày 16 tháng 5 năm 2019

Passes::

    TỈNH ỦY BÌNH THUẬN                 ĐẢNG CỘNG SẢN VIỆT NAM
             *
    Số 05-TB/TU                        Phan Thiết, ngày 16 tháng 5 năm 2019
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB000"
NAME = "unplaced-text"
SEVERITY = "warning"
ERA = ("2004", "2018", "2026")
CHECKS = "text"


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    lay = notice.get("layout") or {}
    furniture = set(lay.get("furniture") or ())  # a PDF's page numbers, a web page's chrome: placed as such
    other = lay.get("another_document")
    if other:
        yield ctx.hit(other["line"], "another document starts here"
                      + (f" ({other['number']})" if other.get("number") else "") + ": split the file")
    for u in notice.get("unplaced") or []:
        if u["line"] in furniture or other and u["line"] >= other["line"]:
            continue
        text = u["text"]
        short = text if len(text) <= 60 else text[:57] + "…"
        yield ctx.hit(u["line"], f"text the parser could not place: «{short}»", find=text)
