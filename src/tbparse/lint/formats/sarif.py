"""``sarif``: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

One run; ``tool.driver.rules`` lists every rule (ID, name, the docstring's first line as short
description, the whole docstring as help text, default level), so results refer to stable rule
IDs and indexes. Regions use ``columnKind: unicodeCodePoints`` — columns count characters like
every other tbparse output, and are always ≥ 1. Each result carries
``partialFingerprints["tbparse/v2"]``, the line-shift-proof fingerprint of
:mod:`tbparse.lint.baseline`. Artifact URIs are relative to ``%SRCROOT%`` (the folder tbparse was
run from), percent-encoded. Files that could not be read become tool execution notifications.
"""
from __future__ import annotations

import json
import pathlib
from typing import TYPE_CHECKING
from urllib.parse import quote

from ... import __version__
from ..era import describe
from ..registry import all_rules

if TYPE_CHECKING:
    from ..report import Report
    from . import FormatOptions

LEVELS = {"error": "error", "warning": "warning", "info": "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _uri(report, path: str | None) -> tuple[str, bool]:
    """(uri, relative?) for a finding's path."""
    rel = report.relpath(path)
    if rel.startswith("/"):
        return pathlib.Path(rel).as_uri(), False
    return quote(rel, safe="/"), True


def _rule(r) -> dict:
    desc = r.doc.split("\n\n")
    full = " ".join(desc[1].split()) if len(desc) > 1 else r.summary
    return {
        "id": r.id,
        "name": r.name,
        "shortDescription": {"text": r.summary},
        "fullDescription": {"text": full},
        "help": {"text": r.doc, "markdown": r.doc},
        "defaultConfiguration": {"level": LEVELS[r.severity]},
        "properties": {"tags": ["format", f"era:{describe(r.era)}", f"checks:{r.checks}"]},
    }


def render(report: Report, opts: FormatOptions) -> str:
    rules = all_rules()
    index = {r.id: i for i, r in enumerate(rules)}
    artifacts: list[dict] = []
    art_index: dict[str, int] = {}

    def location(path: str | None) -> dict:
        uri, relative = _uri(report, path)
        if uri not in art_index:
            art_index[uri] = len(artifacts)
            loc = {"uri": uri, **({"uriBaseId": "%SRCROOT%"} if relative else {})}
            artifacts.append({"location": loc})
        return {"uri": uri, **({"uriBaseId": "%SRCROOT%"} if relative else {}), "index": art_index[uri]}

    results = []
    for f in report.findings:
        region = {"startLine": max(1, f.line), "startColumn": max(1, f.column),
                  "endLine": max(1, f.end_line), "endColumn": max(1, f.end_column)}
        result = {
            "ruleId": f.code,
            "level": LEVELS[f.severity],
            "message": {"text": f.message},
            "locations": [{"physicalLocation": {"artifactLocation": location(f.path), "region": region}}],
            "partialFingerprints": {"tbparse/v2": f.fingerprint},
        }
        if f.code in index:
            result["ruleIndex"] = index[f.code]
        results.append(result)
    notes = [
        {"level": "error", "message": {"text": r.error},
         "locations": [{"physicalLocation": {"artifactLocation": location(r.path)}}]}
        for r in report.errors
    ]
    root_uri = pathlib.Path(report.root).resolve().as_uri().rstrip("/") + "/"
    run = {
        "tool": {"driver": {"name": "tbparse", "version": __version__, "semanticVersion": __version__,
                            "rules": [_rule(r) for r in rules]}},
        "originalUriBaseIds": {"%SRCROOT%": {"uri": root_uri}},
        "columnKind": "unicodeCodePoints",
        "artifacts": artifacts,
        "results": results,
        "invocations": [{"executionSuccessful": not report.errors, "toolExecutionNotifications": notes}],
    }
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
