"""State national title or motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc").

A Party document has no national title and no motto: those belong to State documents (NĐ 30/2020
Phụ lục I). Finding them in a Party draft means it was started from a State template
(format-rules.md §1.3, §9 TB002).

Fails::

    TỈNH ỦY BÌNH THUẬN        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                              Độc lập - Tự do - Hạnh phúc

Passes::

    TỈNH ỦY BÌNH THUẬN        ĐẢNG CỘNG SẢN VIỆT NAM
"""
from __future__ import annotations

import re

from ...fold import fold

ID = "TB002"
NAME = "state-motto"
SEVERITY = "error"
ERA = ("2004", "2018", "2026")
CHECKS = "text"

# folded: "cong hoa xa hoi chu nghia viet nam", "doc lap - tu do - hanh phuc", "cong hoa xa hoi" (wrapped)
_MOTTO = re.compile(
    r"cong\s+hoa\s+xa\s+hoi(?:\s+chu\s+nghia\s+viet\s+nam)?|doc\s+lap\s*-\s*tu\s+do\s*-\s*hanh\s+phuc"
)
_SCAN = 25


def check(notice, source, ctx):
    for ln in ctx.lines(1, max(ctx.header_last, _SCAN)):
        m = _MOTTO.search(fold(ln.raw))
        if m:
            what = "State motto" if fold(ln.raw)[m.start()] == "d" else "State national title"
            yield ctx.hit(ln.no, f"{what} «{ln.raw[m.start():m.end()]}» in a Party document (use \"ĐẢNG CỘNG SẢN VIỆT NAM\")",
                          col=m.start() + 1, end_col=m.end() + 1)
