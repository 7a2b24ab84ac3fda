"""State national title or motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc").

A Party document has no national title and no motto: those belong to State documents (NĐ 30/2020
Phụ lục I). Finding them in a Party draft means it was started from a State template
(format-rules.md §1.3, §9 TB002).

Fails::

    TỈNH ỦY BÌNH THUẬN        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                              Độc lập - Tự do - Hạnh phúc

Passes::

    TỈNH ỦY BÌNH THUẬN        ĐẢNG CỘNG SẢN VIỆT NAM

Only the header counts, and below it (when the parser ended the header early) a motto standing
alone in its line or cell near the top: a body sentence that quotes the State's title — «… với
Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" …» — is not a State header.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from ...lazyre import lazy_re

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB002"
NAME = "state-motto"
SEVERITY = "error"
ERA = ("2004", "2018", "2026")
CHECKS = "text"

# folded: "cong hoa xa hoi chu nghia viet nam", "doc lap - tu do - hanh phuc", "cong hoa xa hoi" (wrapped)
_MOTTO = lazy_re(
    r"cong\s+hoa\s+xa\s+hoi(?:\s+chu\s+nghia\s+viet\s+nam)?|doc\s+lap\s*-\s*tu\s+do\s*-\s*hanh\s+phuc"
)
_SCAN = 25


# a cheap look before folding the header: "CỘNG HÒA", "Cong hoa", "Độc lập", "DOC LAP"
_HINT = lazy_re(r"c[ộôo]ng\s+h|[đd][ộôo]c\s+l", re.I)


# where a column cell starts or ends: a tab, four or more spaces, a table bar
# ("TỈNH ỦY X      CỘNG HÒA …", "| CỘNG HÒA … |")
_GAP = lazy_re(r"\t| {4,}|\|")
# what may stand around the motto in its cell: spaces and emphasis ("**CỘNG HÒA …**", "# …")
_DECOR = " \u00a0*_#>"


def _alone(raw: str, s: int, e: int) -> bool:
    """The match fills its cell: nothing but emphasis between it and the column gaps around it."""
    before = _GAP.split(raw[:s])[-1]
    after = _GAP.split(raw[e:], maxsplit=1)[0]
    return not before.strip(_DECOR) and not after.strip(_DECOR)


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    head = ctx.header_last
    last = min(max(head, _SCAN), ctx.last_line)  # (not into a document pasted under this one)
    if not any(_HINT.search(ln.raw) for ln in ctx.lines(1, last)):
        return
    seen = set()
    for no, s, e, m in ctx.finditer(_MOTTO, 1, last, folded=True):
        if no in seen or (no > head and not _alone(ctx.raw(no), s, e)):
            continue
        seen.add(no)
        what = "State motto" if m.group().startswith("d") else "State national title"
        yield ctx.hit(no, f"{what} «{ctx.raw(no)[s:e]}» in a Party document (use \"ĐẢNG CỘNG SẢN VIỆT NAM\")",
                      col=s + 1, end_col=e + 1)
