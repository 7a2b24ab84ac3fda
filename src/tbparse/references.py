"""What a document cites, read from a file's :class:`~tbparse.source.Source` — the library side of
``tbparse refs``.

A Party document's references are its parse's (exactly what ``tbparse FILE --json`` lists); any
other document — a State decree, a news article — has no frame the parser knows, so it is split
into plain paragraphs (:func:`paragraphs`) and the extractor reads those. :func:`cite_matcher`
finds one cited document in any spelling of its number, or by the words of an unnumbered title.
"""
from __future__ import annotations

from typing import Callable

from .lazyre import lazy_re
from .lines import Line
from .source import Source
from .steps.paragraphs import MARKER  # the parser's marker: "I- …", "1.1. …", "a) …", "+ …", "Điều 1. …"

# A marker opens a paragraph only after a line that ends a clause: "… các Hướng dẫn số" /
# "16-HD/BTCTW ngày …" is one hard-wrapped sentence, not an item "16-".
_CLAUSE_END = (".", ":", ";", ",", "!", "?", "”", '"', ")")
# The document's own number in its header: "Số 503-TB/TU", "Số: 2170 /QĐ - UBND"
_OWN = lazy_re(r"(?:^|\s)(?:Số|SỐ|So|SO)\s*:?\s*(?=\d)")  # "So 157-TB/HU": typed without its tone mark
_HEADER_LINES = 40


def paragraphs(lines: list[Line]) -> list[list[tuple[int, str]]]:
    """Paragraphs as the extractors take them: runs of non-blank lines, split at markers.

    A line indented deeper than the one before also opens a paragraph (PDF copies mark the
    first line of a paragraph only by its indent: "       Căn cứ Luật …" then flush-left lines).
    """
    out: list[list[tuple[int, str]]] = []
    cur: list[tuple[int, str]] = []
    prev: Line | None = None
    for ln in lines:
        if ln.blank or ln.sep:
            if cur:
                out.append(cur)
            cur, prev = [], None
            continue
        if cur and prev is not None and (
            MARKER.match(ln.text) and prev.text.endswith(_CLAUSE_END) or ln.indent > prev.indent + 2
        ):
            out.append(cur)
            cur = []
        cur.append((ln.no, ln.text))
        prev = ln
    if cur:
        out.append(cur)
    return out


def own_number(lines: list[Line]) -> str | None:
    """The number in the document's header ("Số 503-TB/TU" → "503-TB/TU"), canonical, or None."""
    from .extract.refs import number_at

    for ln in lines[:_HEADER_LINES]:
        m = _OWN.search(ln.text)
        if m is not None:
            number = number_at(ln.text, m.end())
            if number is not None:
                return number
    return None


def document_references(src: Source) -> tuple[str | None, list[dict], list[dict]]:
    """``(own number, references, warnings)`` of one document.

    A Party document gets exactly what ``tbparse FILE --json`` lists (its parse's references:
    the notice's own number, typed however, is never one of them); anything else — a State
    decree, a news article — is read as plain paragraphs (:func:`paragraphs`), since its frame is
    not the Party one the parser knows.
    """
    from .extract import extract_references
    from .extract.refs import parse_number
    from .parser import parse_source

    d = parse_source(src, reject=False)
    if not d["layout"]["rejected"]:
        raw = (d["number"] or {}).get("raw")
        parsed = parse_number(raw) if raw else None
        own = parsed["number"] if parsed else raw
        warnings = [{"code": "TB027", "line": w["line"], "message": w["message"]}
                    for w in d["warnings"] if w["code"] == "mistyped-reference"]
        return own, d["references"], warnings
    own = own_number(src.lines)
    found, warnings = extract_references(paragraphs(src.lines), own_number=own)
    return own, found, warnings


def cite_matcher(cite: str | None) -> Callable[[dict], bool]:
    """A predicate on reference dicts for ``--cite``: by number key, else by words of the text."""
    if not cite:
        return lambda r: True
    from .extract.refs import number_key, plenum_key
    from .fold import fold

    key = number_key(cite)
    if key is not None:
        return lambda r: r["number"] is not None and number_key(r["number"]) == key
    words = " ".join(fold(cite).split())
    plenum = plenum_key(words if words.startswith("nghi quyet") else "nghi quyet " + words)
    if plenum is not None:
        # "Trung ương 6" finds "Nghị quyết Hội nghị lần thứ 6 Ban Chấp hành Trung ương" too
        def same_plenum(r: dict) -> bool:
            got = plenum_key(" ".join(fold(r["text"]).split())) if r["number"] is None else None
            if got is None or got[1] != plenum[1]:
                return False
            return got[2] == plenum[2] or None in (got[2], plenum[2])  # a khoá on one side only
        return same_plenum
    return lambda r: words in " ".join(fold(r["text"]).split())
