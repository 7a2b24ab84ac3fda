"""``concise``: one line per finding, ``path:line:col: CODE [severity] message`` (grep- and editor-friendly)."""
from __future__ import annotations


def line_of(f, path: str) -> str:
    return f"{path}:{f.where}:{f.column}: {f.code} [{f.severity}] {f.message}"


def render(report, opts) -> str:
    return "".join(line_of(f, f.path or "-") + "\n" for f in report.findings)
