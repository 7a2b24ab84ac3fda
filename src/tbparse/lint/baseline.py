"""Baselines: accept the findings a repository already has, report only new ones.

A finding's fingerprint is a hash of its rule code, the offending line's text (NFC, whitespace
collapsed, trimmed), the finding's own text with the word on either side of it (same
normalisation: "16  tháng" of "ngày 16  tháng 5  năm" → "16 tháng") and its occurrence index among
findings with the same code, line text and own text in the same file — never the line number, so
inserting or deleting lines above a known finding does not make it "new". Editing the offending
line itself does (it is a different line then). The own text tells two hits of one rule on one line
apart: adding a second double space to a date line already flagged for one reports the added one,
wherever it was typed, and keeps the old one known (version 1 numbered them left to right, so a
space added before the old one took its fingerprint). Two hits whose text and neighbouring words
are the same are still told apart only by their order on the line.

File format (JSON, stable, sorted so that diffs of a committed baseline stay small)::

    {"tool": "tbparse", "version": 2,
     "findings": [{"path": "drafts/tb-12.txt", "code": "TB036", "fingerprint": "…",
                   "line": 105, "message": "…"}]}

``path`` is relative to the baseline file's folder; ``line`` and ``message`` are for people
reading the file and play no part in matching. A version 1 file (fingerprints without the own
text) is still read and matched with version 1 fingerprints.
"""
from __future__ import annotations

import hashlib
import json
import os
import unicodedata
from collections import Counter
from typing import Iterable

from ..lazyre import lazy_re
from .config import ConfigError
from .finding import Finding

VERSION = 2
READABLE = (1, 2)  # baseline versions load() accepts
_WS = lazy_re(r"\s+")  # "ngày 16  tháng" → "ngày 16 tháng"


def normalize_line(text: str) -> str:
    """The line text a fingerprint hashes: NFC, whitespace runs → one space, trimmed."""
    return _WS.sub(" ", unicodedata.normalize("NFC", text)).strip()


def own_text(f: Finding) -> str:
    """The finding's text with the word on each side, normalised like the line ("16 tháng")."""
    raw = f.line_text
    a = min(max(0, f.column - 1), len(raw))
    b = min(max(a, f.end_column - 1), len(raw))
    head = raw[:a].rstrip()  # "… ngày 16" → the word "16" (str methods: linear on any line)
    word = head.rsplit(None, 1)
    start = len(head) - len(word[-1]) if word else 0
    rest = raw[b:]
    tail = rest.lstrip()  # "tháng 5 …" → "tháng"
    word = tail.split(None, 1)
    end = b + len(rest) - len(tail) + (len(word[0]) if word else 0)
    return normalize_line(raw[start:end])


def fingerprint(code: str, line_text: str, occurrence: int, own: str | None = None) -> str:
    """Stable identity of a finding: survives line shifts (no line number in it).

    Without *own* this is the version 1 fingerprint (still used to match version 1 baselines).
    """
    key = f"{code}\x1f{normalize_line(line_text)}\x1f{occurrence}"
    if own is not None:
        key += f"\x1f{own}"
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def assign_fingerprints(findings: list[Finding]) -> None:
    """Set ``fingerprint`` (and the version 1 ``fingerprint_v1``) on findings of one file.

    Call it while columns count the NFC line the rules read (before they are moved onto a
    decomposed file's line), so a file keeps its fingerprints when re-saved as NFC.
    """
    seen: Counter = Counter()
    seen_v1: Counter = Counter()
    for f in sorted(findings, key=Finding.sort_key):
        line = normalize_line(f.line_text)
        own = own_text(f)
        key = (f.path, f.code, line, own)
        f.fingerprint = fingerprint(f.code, f.line_text, seen[key], own)
        seen[key] += 1
        key_v1 = (f.path, f.code, line)
        f.fingerprint_v1 = fingerprint(f.code, f.line_text, seen_v1[key_v1])
        seen_v1[key_v1] += 1


def _rel(path: str | None, folder: str) -> str:
    if not path:
        return "-"
    try:
        rel = os.path.relpath(os.path.abspath(path), folder)
    except ValueError:
        rel = path
    return rel.replace(os.sep, "/")


class Baseline:
    """The accepted findings of a baseline file, matched by (relative path, fingerprint)."""

    def __init__(self, path: str, keys: set[tuple[str, str]], version: int = VERSION) -> None:
        self.path = path
        self.version = version
        self.folder = os.path.dirname(os.path.abspath(path))
        self.keys = keys

    def __len__(self) -> int:
        return len(self.keys)

    def known(self, f: Finding) -> bool:
        fp = f.fingerprint_v1 if self.version == 1 else f.fingerprint
        return (_rel(f.path, self.folder), fp) in self.keys

    def filter(self, findings: Iterable[Finding]) -> list[Finding]:
        """The findings that are not in the baseline."""
        return [f for f in findings if not self.known(f)]


def load(path: str) -> Baseline:
    """Read a baseline; a missing or malformed file is a :class:`ConfigError` (exit 2)."""
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except FileNotFoundError:
        raise ConfigError("baseline file not found (create it with --write-baseline)", path=path) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read baseline: {exc}", path=path) from None
    except json.JSONDecodeError as exc:
        raise ConfigError(f"baseline is not valid JSON: {exc}", path=path) from None
    if not isinstance(data, dict) or data.get("tool") != "tbparse" or not isinstance(data.get("findings"), list):
        raise ConfigError("not a tbparse baseline (expected {\"tool\": \"tbparse\", \"findings\": [...]})", path=path)
    if type(data.get("version")) is not int or data["version"] not in READABLE:
        raise ConfigError(f"unsupported baseline version {data.get('version')!r} (expected 1 or {VERSION})", path=path)
    keys = set()
    for item in data["findings"]:
        if not isinstance(item, dict) or not isinstance(item.get("path"), str) or not isinstance(item.get("fingerprint"), str):
            raise ConfigError("baseline entry without path/fingerprint", path=path)
        keys.add((item["path"], item["fingerprint"]))
    return Baseline(path, keys, data["version"])


def dumps(findings: Iterable[Finding], baseline_path: str) -> str:
    """The text of a baseline accepting *findings*, relative to where it will be written."""
    folder = os.path.dirname(os.path.abspath(baseline_path))
    items = [
        {"path": _rel(f.path, folder), "code": f.code, "fingerprint": f.fingerprint, "line": f.line, "message": f.message}
        for f in findings
    ]
    items.sort(key=lambda d: (d["path"], d["line"], d["code"], d["fingerprint"]))
    return json.dumps({"tool": "tbparse", "version": VERSION, "findings": items}, ensure_ascii=False, indent=2) + "\n"


def write(path: str, findings: Iterable[Finding]) -> int:
    """Write a baseline atomically; returns how many findings it holds."""
    from ..atomic import write_atomic

    text = dumps(findings, path)
    try:
        write_atomic(path, text.encode("utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot write baseline: {exc.strerror or exc}", path=path) from None
    return text.count('"fingerprint"')
