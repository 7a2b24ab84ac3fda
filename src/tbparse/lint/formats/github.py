"""``github``: GitHub Actions workflow commands, one annotation per finding (chosen automatically under Actions).

    ::error file=drafts/tb-12.txt,line=5,endLine=5,col=82,endColumn=84,title=TB018 number-date-spacing::double space …

Severities map to ``error``, ``warning`` and ``notice``. Escaping follows the runner's parser:
in the message ``%``, CR and LF become ``%25``, ``%0D``, ``%0A``; property values additionally
escape ``:`` and ``,`` (``%3A``, ``%2C``), which would otherwise end a property.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..report import Report
    from . import FormatOptions

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def render(report: Report, opts: FormatOptions) -> str:
    out = []
    for f in report.findings:
        props = [
            ("file", report.relpath(f.path)),
            ("line", str(f.line)),
            ("endLine", str(f.end_line)),
            ("col", str(f.column)),
            ("endColumn", str(f.end_column)),
            ("title", f"{f.code} {f.name}"),
        ]
        prop_text = ",".join(f"{k}={escape_property(v)}" for k, v in props)
        out.append(f"::{LEVELS[f.severity]} {prop_text}::{escape_data(f'{f.code} [{f.severity}] {f.message}')}\n")
    for r in report.errors:
        out.append(f"::error file={escape_property(report.relpath(r.path))},title=tbparse::{escape_data(r.error or '')}\n")
    return "".join(out)
