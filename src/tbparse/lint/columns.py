"""Columns of the file as it is: map findings from the NFC text the rules read back to the file's lines.

The decoder normalises every text to NFC, so the rules count characters of the NFC line. A file
saved decomposed (NFD: "Tỉnh" as ``T i ̉ nh``, five code points for four) has more code points per
line, and an editor, SARIF viewer or GitHub annotation counts those: column 82 of the NFC date line
"… ngày 16  tháng …" is a combining grave in the file. :func:`remap` moves each finding's columns
(and the line it displays) onto the file's own line.

Only lines whose text changed under normalisation are indexed, so an ordinary NFC file pays one
comparison per finding. The index splits the original line into clusters — a character of
combining class 0 and the combining marks after it — and normalises each on its own: a Vietnamese
letter and its tone marks always fall in one cluster, so the pieces' NFC joined is the line's NFC.
When that does not hold (compositions across starters, e.g. Hangul jamo), the line keeps NFC
columns rather than guess.
"""
from __future__ import annotations

import unicodedata
from typing import Iterable

from .finding import Finding


class LineIndex:
    """NFC offsets of one line → offsets of the original line (0-based, ends exclusive)."""

    __slots__ = ("orig", "starts", "ends")

    def __init__(self, orig: str, starts: list[int], ends: list[int]) -> None:
        self.orig = orig
        self.starts = starts  # starts[j]: where a span starting at NFC offset j starts in orig
        self.ends = ends  # ends[j]: where a span ending at NFC offset j ends in orig

    def start(self, j: int) -> int:
        n = len(self.starts) - 1
        return self.starts[j] if 0 <= j <= n else len(self.orig) + (j - n)

    def end(self, j: int) -> int:
        n = len(self.ends) - 1
        return self.ends[j] if 0 <= j <= n else len(self.orig) + (j - n)


def index_line(orig: str, nfc: str) -> LineIndex | None:
    """The offset map of *orig* whose NFC is *nfc*; None when clusters do not normalise apart.

    A span that starts inside a cluster starts at the cluster's first character; one that ends
    inside it ends after its last mark, so a highlighted letter keeps its tone marks.
    """
    combining = unicodedata.combining
    cuts = [i for i, ch in enumerate(orig) if i == 0 or not combining(ch)]
    cuts.append(len(orig))
    starts: list[int] = []
    ends: list[int] = [0]
    pieces: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        piece = unicodedata.normalize("NFC", orig[a:b])
        pieces.append(piece)
        starts.extend([a] * len(piece))
        ends.extend([b] * len(piece))
    if "".join(pieces) != nfc:
        return None
    starts.append(len(orig))
    return LineIndex(orig, starts, ends)


def _split(text: str) -> list[str]:
    """Lines numbered as :func:`tbparse.lines.split_lines` numbers them."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.split("\n")


def remap(findings: Iterable[Finding], original: str) -> None:
    """Move the columns and ``line_text`` of *findings* onto the lines of *original* (pre-NFC text).

    A finding is moved only when its ``line_text`` is the NFC of the original line of that number
    (a printed piece of a line split at a web ``<br>`` keeps its own columns).
    """
    lines = _split(original)
    cache: dict[int, tuple[str, LineIndex | None]] = {}
    for f in findings:
        if not 1 <= f.line <= len(lines):
            continue
        orig = lines[f.line - 1]
        if orig == f.line_text:
            continue  # this line was NFC already
        if f.line not in cache:
            nfc = unicodedata.normalize("NFC", orig)
            cache[f.line] = (nfc, index_line(orig, nfc) if nfc != orig else None)
        nfc, idx = cache[f.line]
        if idx is None or nfc != f.line_text:
            continue
        f.column = idx.start(f.column - 1) + 1
        f.end_column = max(f.column, idx.end(f.end_column - 1) + 1)
        f.line_text = orig
