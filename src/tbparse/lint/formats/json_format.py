"""``json``: one JSON array of findings — a documented contract, like the parse output.

Each finding is ``{path, line, column, end_line, end_column, code, name, severity, message}``:
``line``/``column`` 1-based, ``column`` in characters of the original line, ``end_column`` just
past the last offending character; ``severity`` is ``error``, ``warning`` or ``info``. Fields may
be added in later versions, never renamed or removed.
"""
from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..report import Report
    from . import FormatOptions


def render(report: Report, opts: FormatOptions) -> str:
    items = [f.to_dict() for f in report.findings]
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"
