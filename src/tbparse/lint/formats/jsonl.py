"""``jsonl``: one finding per line, the same objects as ``json`` (streams and ``grep`` well)."""
from __future__ import annotations

import json


def render(report, opts) -> str:
    return "".join(json.dumps(f.to_dict(), ensure_ascii=False) + "\n" for f in report.findings)
