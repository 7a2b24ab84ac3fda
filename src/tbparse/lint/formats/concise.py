"""``concise``: one line per finding, ``path:line:col: CODE [severity] message`` (grep- and editor-friendly)."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..finding import Finding
    from ..report import Report
    from . import FormatOptions


def line_of(f: Finding, path: str) -> str:
    return f"{path}:{f.where}:{f.column}: {f.code} [{f.severity}] {f.message}"


def render(report: Report, opts: FormatOptions) -> str:
    return "".join(line_of(f, f.path or "-") + "\n" for f in report.findings)
