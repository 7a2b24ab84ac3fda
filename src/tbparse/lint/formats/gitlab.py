"""``gitlab``: a GitLab Code Quality report (``artifacts:reports:codequality``).

A JSON array of ``{description, check_name, fingerprint, severity, location: {path, lines: {begin}}}``
(plus ``type`` and ``categories`` of the Code Climate spec). The fingerprint hashes the file path
and the finding's line-shift-proof fingerprint (code + offending line text + occurrence, see
:mod:`tbparse.lint.baseline`), so a merge request that only moves lines shows no new issues, and
two findings never share one (GitLab would show only the first).
"""
from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..report import Report
    from . import FormatOptions

SEVERITY = {"error": "major", "warning": "minor", "info": "info"}


def fingerprint(path: str, finding_fp: str) -> str:
    return hashlib.sha256(f"{path}\x1f{finding_fp}".encode("utf-8", "surrogatepass")).hexdigest()[:32]


def render(report: Report, opts: FormatOptions) -> str:
    items = []
    for f in report.findings:
        path = report.relpath(f.path)
        items.append({
            "type": "issue",
            "description": f"{f.code}: {f.message}",
            "check_name": f.code,
            "categories": ["Style"],
            "fingerprint": fingerprint(path, f.fingerprint),
            "severity": SEVERITY[f.severity],
            "location": {"path": path, "lines": {"begin": f.line}},
        })
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"
