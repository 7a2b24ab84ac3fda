"""One finding of the linter, and the severities it can carry.

A finding points at the original file: ``line`` and ``column`` are 1-based, ``column`` counts
characters (Unicode code points) of the line as it was read (``Line.raw``), and ``end_column`` is
the column just past the last offending character (so a one-character span has
``end_column == column + 1``). That is the convention of SARIF regions and of most editors, so
every output format can pass the numbers through unchanged.
"""
from __future__ import annotations

from dataclasses import dataclass, field

SEVERITIES = ("error", "warning", "info")
RANK = {"info": 0, "warning": 1, "error": 2}

# The public fields, in the order the JSON output prints them (a documented contract).
PUBLIC_FIELDS = ("path", "line", "column", "end_line", "end_column", "code", "name", "severity", "message")


@dataclass(slots=True)
class Finding:
    """Where a format rule is broken and what to do about it."""

    path: str | None
    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    name: str
    severity: str
    message: str
    # not part of the JSON contract: the offending line as read (for carets and fingerprints)
    line_text: str = field(default="", repr=False, compare=False)
    # stable identity across edits (see baseline.py); filled in by the engine
    fingerprint: str = field(default="", repr=False, compare=False)
    fingerprint_v1: str = field(default="", repr=False, compare=False)  # matches version 1 baselines
    # a .docx finding counts paragraphs, not lines: shown as "¶12" where people read it
    paragraph: bool = field(default=False, repr=False, compare=False)

    @property
    def where(self) -> str:
        """``12`` for a text line, ``¶12`` for a Word paragraph."""
        return f"¶{self.line}" if self.paragraph else str(self.line)

    def to_dict(self) -> dict:
        """The documented JSON object: ``{path, line, column, end_line, end_column, code, name, severity, message}``."""
        return {k: getattr(self, k) for k in PUBLIC_FIELDS}

    def sort_key(self) -> tuple:
        return (self.path or "", self.line, self.column, self.code, self.message)

    def at_least(self, level: str) -> bool:
        """True when this finding is as severe as *level* or more (``error`` ≥ ``warning`` ≥ ``info``)."""
        return RANK[self.severity] >= RANK[level]

    def __str__(self) -> str:
        return f"{self.path or '<text>'}:{self.where}:{self.column}: {self.code} [{self.severity}] {self.message}"
