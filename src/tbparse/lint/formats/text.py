"""``text`` (default on a terminal): each finding with its line and a caret under the fault, grouped per file.

    drafts/tb-12.txt:5:82: TB018 [info] double space in the date line
        |
      5 | …Phan Thiết, ngày 16  tháng 5 năm 2008
        |                     ^^

Colours (when enabled) follow the severity; long lines are cut to a window around the fault.
"""
from __future__ import annotations

import re

from .concise import line_of

_WIDTH = 100  # characters of a long line shown around the fault
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")  # "tập\x07 trung" → "tập? trung" on screen
_COLORS = {"error": "31", "warning": "33", "info": "36"}


def _paint(s: str, code: str, on: bool) -> str:
    return f"\x1b[{code}m{s}\x1b[0m" if on else s


def snippet(raw: str, col: int, end_col: int, line: int, color: bool = False, sev: str = "error") -> list[str]:
    """The gutter, the line (windowed) and the caret line for a finding."""
    shown = _CONTROL.sub("?", raw.replace("\t", " ").rstrip("\r\n"))
    start = 0
    if len(shown) > _WIDTH:
        start = max(0, min(col - 1 - _WIDTH // 3, len(shown) - _WIDTH))
    piece = shown[start:start + _WIDTH]
    lead = "…" if start > 0 else ""
    tail = "…" if start + _WIDTH < len(shown) else ""
    width = max(1, min(end_col, start + _WIDTH + 1) - col)
    pad = " " * (len(lead) + max(0, col - 1 - start))
    gutter = str(line)
    blank = " " * len(gutter)
    caret = _paint("^" * width, _COLORS.get(sev, "31") + ";1", color)
    return [f"  {blank} |", f"  {gutter} | {lead}{piece}{tail}".rstrip(), f"  {blank} | {pad}{caret}"]


def render(report, opts) -> str:
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
