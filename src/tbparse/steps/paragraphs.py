"""Join the body's physical lines into paragraphs.

Word exports put one paragraph on one line with blank lines between; web copies hard-wrap
paragraphs mid-sentence with blank lines between; PDF extractions hard-wrap with no blank lines at
all. Blank lines are trusted when the body uses them; otherwise a new paragraph starts at a
numbering or bullet marker, or after a line that ends a sentence when the next one starts a new one.
"""
from __future__ import annotations

import re

from ..lines import Line
from ..state import Para, State

# A line that opens a numbered part, item, point or bullet:
#   "I- Đánh giá …"  "1. Về …"  "1.1. Chịu …"  "a) Người …"  "- Căn cứ …"  "+ Khảo sát …"  "Điều 1. …"
MARKER = re.compile(
    r"^(?:[IVXLC]{1,6}\s*[-.)–/]|\d{1,3}(?:\.\d{1,3})*\s*(?:[-.)–]|/(?=\s))(?!\d)|\(\d{1,3}\)|[a-zđ]\s*[).]\s|[-+*•–—·]\s*\S|"
    r"(?:Điều|ĐIỀU|Chương|CHƯƠNG|Phần|PHẦN|Mục|MỤC)\s+\S)"
)
_SENTENCE_END = (".", ":", ";", "!", "?", ".”", ".\"", "./.")


# An article heading on its own line: "Điều 2. Nguyên tắc làm việc" (its text follows on the next line)
ARTICLE_LINE = re.compile(r"^(?:Điều|ĐIỀU)\s+\d{1,3}\b")


def _starts_new(prev: Line, cur: Line, dense: bool, indented: bool = False) -> bool:
    t = cur.text
    if ARTICLE_LINE.match(prev.text) and len(prev.text) < 120 and (t[:1].isupper() or t[:1].isdigit()):
        return True
    if indented:
        # PDF text whose paragraphs open with a first-line indent: the indent decides, not the
        # full stop ("… theo quy định.\nTừ nay …" inside one paragraph stays one paragraph)
        if cur.indent > prev.indent + 1:
            return True
        if not MARKER.match(t):
            return prev.bold != cur.bold
    if MARKER.match(t):
        # "kinh tế\n- xã hội" is a wrapped hyphen, not a bullet: the line before must end a clause
        return prev.text.endswith(_SENTENCE_END) or prev.text.endswith(",") or prev.bold != cur.bold
    if prev.bold != cur.bold:
        return True
    if dense:
        return prev.text.endswith(_SENTENCE_END) and (t[:1].isupper() or t[:1].isdigit())
    return False


# "2", "- 3 -", "Trang 4" alone on a line
PAGE_NO = re.compile(r"^(?:-\s*)?(?:[Tt]rang\s+)?\d{1,3}(?:\s*-)?$")


def _first_line_indents(lines: list[Line]) -> bool:
    """Do paragraphs open with a first-line indent ("       Căn cứ Luật …" over flush-left lines)?

    True when several lines are indented past the margin and each is followed by a line back at
    the margin — the shape of indented paragraphs, not of a centred or two-column block.
    """
    body = [ln for ln in lines if ln.text]
    if len(body) < 6:
        return False
    margin = min(ln.indent for ln in body)
    opens = sum(1 for a, b in zip(body, body[1:]) if margin + 2 <= a.indent <= margin + 12 and b.indent <= margin + 1)
    flush = sum(1 for ln in body if ln.indent <= margin + 1)
    return opens >= 3 and flush >= len(body) // 3


def split_paragraphs(lines: list[Line], strays: list[Line] | None = None, *, one_per_line: bool = False) -> list[Para]:
    """Paragraphs of a run of lines (blank and ``|`` lines separate).

    A Word paragraph is a paragraph whatever its punctuation: with *one_per_line* (``.docx``
    sources) every non-blank line stands alone.
    """
    if one_per_line:
        return [Para([ln]) for ln in lines if ln.text]
    nonblank = sum(1 for ln in lines if ln.text)
    gaps = sum(1 for a, b in zip(lines, lines[1:]) if a.text and not b.text)
    dense = nonblank > 3 and gaps < 0.3 * nonblank
    indented = dense and _first_line_indents(lines)
    paras: list[Para] = []
    cur: list[Line] = []
    stray = strays if strays is not None else []
    for ln in lines:
        if PAGE_NO.match(ln.text) and (ln.indent > 20 or dense):
            # a page number from a PDF ("2", "- 3 -") is layout: kept in unplaced, out of the text
            if cur:
                paras.append(Para(cur))
                cur = []
            stray.append(ln)
            continue
        if not ln.text:
            if cur:
                paras.append(Para(cur))
                cur = []
            continue
        if cur and _starts_new(cur[-1], ln, dense, indented):
            paras.append(Para(cur))
            cur = []
        cur.append(ln)
    if cur:
        paras.append(Para(cur))
    return paras


def run(st: State) -> None:
    a, b = st.body
    strays: list[Line] = []
    st.paras = split_paragraphs(st.lines[a:b], strays, one_per_line=st.src.kind == "docx")
    for ln in strays:
        st.unplaced(ln.no, ln.text)
