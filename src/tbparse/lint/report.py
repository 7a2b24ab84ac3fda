"""What one ``tbparse check`` run produced, handed to the output formats."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from .finding import Finding


@dataclass
class FileResult:
    """One input: its findings, or the one-line reason it could not be read."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None


@dataclass
class Report:
    """All inputs of one run, in the order they were given/walked."""

    files: list[FileResult] = field(default_factory=list)
    fail_on: str = "error"
    root: str = field(default_factory=os.getcwd)  # what relative paths/URIs are relative to

    @property
    def findings(self) -> list[Finding]:
        return [f for r in self.files for f in r.findings]

    def attach(self, findings: list[Finding]) -> None:
        """File findings made after the per-file pass (the corpus rules') under their files,
        keeping each file's findings in position order."""
        by_path: dict[str | None, FileResult] = {}
        for r in self.files:
            by_path.setdefault(r.path, r)
        touched: dict[int, FileResult] = {}
        for f in findings:
            r = by_path[f.path]
            r.findings.append(f)
            touched[id(r)] = r
        for r in touched.values():
            r.findings.sort(key=Finding.sort_key)

    @property
    def errors(self) -> list[FileResult]:
        return [r for r in self.files if r.error]

    def relpath(self, path: str | None) -> str:
        """*path* relative to the root, with "/" separators (as CI systems want it)."""
        if not path or path == "-":
            return path or "-"
        try:
            rel = os.path.relpath(os.path.abspath(path), self.root)
        except ValueError:
            return path.replace(os.sep, "/")
        if rel.startswith(".."):
            return os.path.abspath(path).replace(os.sep, "/")
        return rel.replace(os.sep, "/")
