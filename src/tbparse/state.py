"""The state one parse carries from step to step.

Steps read the lines and zones and write into ``out`` — a dict shaped exactly like the JSON contract
(schema_version "1"), so the fast output path can serialise it without building models.
"""
from __future__ import annotations

from .lines import Line, hyphen_break
from .source import Source

SCHEMA_VERSION = "1"


def _join_hyphen_breaks(parts: list[str], joined: str) -> str:
    """The lines of a paragraph joined with no space where a line broke after a word's own hyphen.

    A PDF's text (and a web copy pasted from it) breaks a line after the hyphen inside a word —
    "tiêm vắc-" / "xin mũi 3", "COVID-" / "19", "Hà Nội-" / "Hải Phòng": the word is "vắc-xin".
    A hyphen set off by spaces ("kinh tế -" / "xã hội") is a dash between words and keeps its space.
    """
    if not any(p.endswith("-") for p in parts[:-1]):
        return joined
    out = parts[0]
    for prev, p in zip(parts, parts[1:]):
        out += p if hyphen_break(prev, p) else " " + p
    return out


class Para:
    """A body paragraph: the lines it spans and their text joined with single spaces."""

    __slots__ = ("lines", "text", "bold")

    def __init__(self, lines: list[Line], text: str | None = None) -> None:
        self.lines = lines
        if text is None:
            text = " ".join(ln.text for ln in lines)
            if len(lines) > 1 and "-" in text:
                text = _join_hyphen_breaks([ln.text for ln in lines], text)
        self.text = text
        self.bold = all(ln.bold for ln in lines)

    @property
    def line(self) -> int:
        return self.lines[0].no

    def pieces(self) -> list[tuple[int, str]]:
        """``(line_no, text)`` pieces: the form the extractors take."""
        return [(ln.no, ln.text) for ln in self.lines]

    def __repr__(self) -> str:
        return f"Para({self.line}, {self.text[:40]!r})"


class State:
    """Everything a parse knows so far. Zones are half-open index ranges into ``lines``."""

    def __init__(self, src: Source) -> None:
        self.src = src
        self.lines: list[Line] = src.lines
        n = len(self.lines)
        self.header = (0, 0)
        self.type_idx: int | None = None
        self.title = (0, 0)
        self.body = (0, n)
        self.footer = (n, n)
        self.copy = (n, n)  # a certified copy's block after the footer ("SAO Y BẢN CHÍNH" …)
        self.paras: list[Para] = []
        self.closing_para: Para | None = None
        self.state_evidence: list[str] = []  # reasons this looks like a State document
        self.other_org: str | None = None  # another organisation's heading (Youth Union, …)
        self.frame: list[str] = []  # Party-document frame elements found
        self.furniture: set[int] = set()  # lines the furniture step unplaced (page numbers, chrome, a second document)
        # a công văn's "Kính gửi: …" typed in the header (beside or under its "V/v …" subject): the
        # paragraphs step reads it as the body's first line, where it stands in other copies
        self.addressee: list[Line] = []
        self.annex_pieces: list[list[tuple[int, str]]] = []  # appendices' and footnotes' text, for the extractors
        self.out: dict = {
            "schema_version": SCHEMA_VERSION,
            "source": {
                "path": src.path,
                "encoding": src.encoding,
                "sha256": src.sha256,
                "repaired_from": src.repaired_from,
                "kind": src.kind,
            },
            "party": None,
            "issuer": None,
            "number": None,
            "place": None,
            "date": None,
            "doc_type": None,
            "subject": None,
            "markings": [],
            "meeting": None,
            "attendees": [],
            "preamble": [],
            "sections": [],
            "closing": None,
            "signature": None,
            "recipients": [],
            "references": [],
            "people": [],
            "dates": [],
            "abbreviations": [],
            "unplaced": [],
            "warnings": [],
            "layout": {},
        }

    def warn(self, code: str, message: str, line: int | None = None) -> None:
        self.out["warnings"].append({"code": code, "line": line, "message": message})

    def unplaced(self, line: int, text: str) -> None:
        if text and text.strip("*|-_=~. "):
            self.out["unplaced"].append({"line": line, "text": text})

    def insert_after(self, after: str, key: str, value: object) -> None:
        """Put an optional *key* right after *after* in the output: the place the contract (and the
        pydantic model, whose field order ``--json`` follows on the validated path) gives it, so
        both paths print the same order."""
        out: dict = {}
        for k, v in self.out.items():
            out[k] = v
            if k == after:
                out[key] = value
        self.out = out
