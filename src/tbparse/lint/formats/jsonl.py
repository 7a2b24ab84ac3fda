"""``jsonl``: one finding per line, the same objects as ``json`` (streams and ``grep`` well)."""
from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..report import Report
    from . import FormatOptions


def render(report: Report, opts: FormatOptions) -> str:
    return "".join(json.dumps(f.to_dict(), ensure_ascii=False) + "\n" for f in report.findings)
