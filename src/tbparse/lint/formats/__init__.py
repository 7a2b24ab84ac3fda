"""Output formats of ``tbparse check``: one module each, ``render(report, opts) -> str``.

The report goes to stdout; progress and the summary go to stderr (the CLI writes those), so any
format can be piped or redirected into a file a CI system uploads. The exit code never depends on
the format.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..report import Report

# name → module (lazy: only the chosen one is imported)
FORMATS = {
    "text": "text",
    "concise": "concise",
    "json": "json_format",
    "jsonl": "jsonl",
    "github": "github",
    "sarif": "sarif",
    "gitlab": "gitlab",
    "junit": "junit",
}


@dataclass
class FormatOptions:
    color: bool = False
    show_source: bool = True


def render(name: str, report: Report, opts: FormatOptions | None = None) -> str:
    """The report in format *name* (a key of :data:`FORMATS`)."""
    mod = importlib.import_module(f"{__name__}.{FORMATS[name]}")
    return mod.render(report, opts or FormatOptions())
