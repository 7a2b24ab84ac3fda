"""``text`` (default on a terminal): each finding with its line and a caret under the fault, grouped per file.

    drafts/tb-12.txt:5:82: TB018 [info] double space in the date line
        |
      5 | …Phan Thiết, ngày 16  tháng 5 năm 2008
        |                     ^^

Colours (when enabled) follow the severity; long lines are cut to a window around the fault.
"""
from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from ...lazyre import lazy_re
from .concise import line_of

if TYPE_CHECKING:
    from ..report import Report
    from . import FormatOptions

_WIDTH = 100  # characters of a long line shown around the fault
_CONTROL = lazy_re(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")  # "tập\x07 trung" → "tập? trung" on screen
_COLORS = {"error": "31", "warning": "33", "info": "36"}


def _cells(s: str) -> int:
    """Terminal cells of *s*: a combining mark (a decomposed file's tone mark) takes none."""
    if s.isascii():
        return len(s)
    return sum(1 for ch in s if not unicodedata.combining(ch))


def _paint(s: str, code: str, on: bool) -> str:
    return f"\x1b[{code}m{s}\x1b[0m" if on else s


def snippet(raw: str, col: int, end_col: int, line: int, color: bool = False, sev: str = "error") -> list[str]:
    """The gutter, the line (windowed) and the caret line for a finding."""
    shown = _CONTROL.sub("?", raw.replace("\t", " ").rstrip("\r\n"))
    start = 0
    if len(shown) > _WIDTH:
        start = max(0, min(col - 1 - _WIDTH // 3, len(shown) - _WIDTH))
        while start > 0 and unicodedata.combining(shown[start]):
            start -= 1  # not a tone mark without its letter
    piece = shown[start:start + _WIDTH]
    lead = "…" if start > 0 else ""
    tail = "…" if start + _WIDTH < len(shown) else ""
    stop = min(end_col, start + _WIDTH + 1)
    width = max(1, _cells(shown[col - 1:stop - 1]) + max(0, stop - 1 - len(shown)))
    pad = " " * (len(lead) + _cells(shown[start:max(start, col - 1)]) + max(0, col - 1 - max(start, len(shown))))
    gutter = str(line)
    blank = " " * len(gutter)
    caret = _paint("^" * width, _COLORS.get(sev, "31") + ";1", color)
    return [f"  {blank} |", f"  {gutter} | {lead}{piece}{tail}".rstrip(), f"  {blank} | {pad}{caret}"]


def render(report: Report, opts: FormatOptions) -> str:
    out: list[str] = []
    for res in report.files:
        if not res.findings:
            continue
        if out:
            out.append("")
        for f in res.findings:
            head = line_of(f, f.path or res.path)
            if opts.color:
                loc, _, rest = head.partition(f": {f.code} ")
                head = f"{_paint(loc, '1', True)}: {_paint(f.code, _COLORS[f.severity] + ';1', True)} {rest}"
            out.append(head)
            if opts.show_source and f.line_text.strip():
                out.extend(snippet(f.line_text, f.column, f.end_column, f.line, opts.color, f.severity))
    return "\n".join(out) + ("\n" if out else "")
