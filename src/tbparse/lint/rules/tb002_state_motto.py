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


# a cheap look before folding the header: "CỘNG HÒA", "Cong hoa", "Độc lập", "DOC LAP"
_HINT = re.compile(r"c[ộôo]ng\s+h|[đd][ộôo]c\s+l", re.I)


def check(notice, source, ctx):
    last = max(ctx.header_last, _SCAN)
    if not any(_HINT.search(ln.raw) for ln in ctx.lines(1, last)):
        return
    seen = set()
    for no, s, e, m in ctx.finditer(_MOTTO, 1, last, folded=True):
        if no in seen:
            continue
        seen.add(no)
        what = "State motto" if m.group().startswith("d") else "State national title"
        yield ctx.hit(no, f"{what} «{ctx.raw(no)[s:e]}» in a Party document (use \"ĐẢNG CỘNG SẢN VIỆT NAM\")",
                      col=s + 1, end_col=e + 1)
