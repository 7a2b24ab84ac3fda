"""Recipient entries with a missing or mixed terminator, or the other era's mark ("," vs ";").

Every recipient but the last ends with the same mark. Under the Party guides 11-HD/VPTW (2004)
and 36-HD/VPTW (2018) that mark is a comma — "- Các tỉnh ủy, thành ủy," — while 05-HD/VPTW (2026)
and the State use a semicolon; the last entry ("- Lưu …") ends with "." (TB037's). The mark
expected follows the document's era (``--era``) — also where an entry has no mark, so a
document that mostly uses the other era's mark is told so once and is never asked for that mark; ``terminator = ","`` or ``";"`` in
``[tool.tbparse.options.TB036]`` fixes it instead (36-HD, 05-HD [second-hand]; NĐ 30/2020 —
format-rules.md §5, §9 TB036; the reference notice uses ";" and has one entry with none).
For a document older than 11-HD/VPTW (28/05/2004) no guide read says which mark (01-HD/VPTW of
1998 was not read): its list is held to its own mark, and a list with no mark after any entry —
"- Ban Thường vụ Tỉnh uỷ (b/c)" / "- Ban Tổ chức Tỉnh uỷ" / "- Lưu VP." in a 1999 notice — is
one style, not a missing one (with ``--era auto``; a forced era or a configured mark holds it to that).

Fails (a notice of 2019)::

    - Thường trực Tỉnh ủy;
    - Đảng ủy khối Doanh nghiệp
    - Lưu Văn phòng Tỉnh ủy.

Passes::

    - Thường trực Tỉnh ủy,
    - Đảng ủy khối Doanh nghiệp,
    - Lưu Văn phòng Tỉnh ủy.
"""
from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Iterator

from ...fold import fold
from ...lazyre import lazy_re
from ..context import locate
from ..era import HD11

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB036"
NAME = "recipient-terminators"
SEVERITY = "warning"
ERA = ("2004", "2018", "2026")
CHECKS = "text"
OPTIONS = {"terminator": ("auto", "mark expected after each recipient: auto (by era), \",\" or \";\"", ("auto", ",", ";"))}

BY_ERA = {"2004": ",", "2018": ",", "2026": ";"}
# the filing entry, bullet and all: "- Lưu Văn phòng Tỉnh ủy." (folded)
_LUU = lazy_re(r"^[-–—+•·*]?\s*luu\b")


def _end(ctx, entry: dict, next_line: int | None) -> tuple[int, int]:
    """(line, 0-based index just past the entry's last character) — entries may wrap."""
    words = entry["raw"].rstrip().split()
    tail = " ".join(words[-2:]) if len(words) >= 2 else entry["raw"].strip()
    last = (next_line - 1) if next_line else entry["line"] + 3
    for no in range(last, entry["line"] - 1, -1):
        raw = ctx.raw(no)
        if not raw.strip():
            continue
        span = locate(raw, tail)
        if span:
            return no, span[1]
    raw = ctx.raw(entry["line"])
    span = locate(raw, entry["raw"])
    return entry["line"], (span[1] if span else len(raw.rstrip()))


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    entries = ctx.layout.get("recipients") or []
    if len(entries) < 2:
        return
    want = ctx.opt("terminator")
    own = want == "auto" and ctx.issued_before(HD11)  # no guide read: the list's own mark is the one
    if want == "auto":
        want = BY_ERA[ctx.era]
    rows = []
    for k, e in enumerate(entries[:-1]):
        text = e["raw"].rstrip()
        if text.endswith(":") and entries[k + 1]["raw"].startswith("+"):
            continue  # a group entry: "- Các đảng ủy trực thuộc Tỉnh ủy:" over its "+ …" members (TB035)
        if _LUU.match(fold(text)):
            continue  # the filing entry typed before the last: TB037 says so, its "." is no second fault
        mark = text[-1] if text[-1:] in (",", ";", ".") else None
        line, end = _end(ctx, e, entries[k + 1]["line"])
        rows.append((mark, line, end, e))
    if own and all(m is None for m, *_ in rows):
        return  # an older list that marks no entry at all
    marks = Counter(m for m, *_ in rows if m in (",", ";"))
    major = None
    if marks:
        top = marks.most_common()
        major = want if len(top) > 1 and top[0][1] == top[1][1] else top[0][0]
        if own:
            want = major
    era_reported = False
    for mark, line, end, e in rows:
        # a missing or "." mark is asked for in the era's mark even when the document mostly uses
        # the other one: that choice is reported once below, and one document must not be told
        # both "they end with ','" and "expected ';'" (audit: the seed of 2008 was)
        if mark is None:
            yield ctx.hit(line, f"recipient entry without a terminator (expected \"{want}\")", col=end + 1, end_col=end + 2)
        elif mark == ".":
            yield ctx.hit(line, f"only the last recipient ends with \".\"; this one takes \"{want}\"", col=end, end_col=end + 1)
        elif mark == want:
            continue  # right for the era, even where the others use the other mark
        elif mark != major:
            yield ctx.hit(line, f"mixed terminators: this entry ends with \"{mark}\", the others with \"{major}\"", col=end, end_col=end + 1)
        elif not era_reported:
            era_reported = True
            other = "05-HD/VPTW and State style" if mark == ";" else "the 11-HD/36-HD style"
            yield ctx.hit(line, f"recipient entries end with \"{mark}\" ({other}); under {ctx.guide} they end with \"{want}\"",
                          col=end, end_col=end + 1)
