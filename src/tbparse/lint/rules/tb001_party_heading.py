"""Party heading "ĐẢNG CỘNG SẢN VIỆT NAM" missing, misspelt or not in capitals.

Every Party document carries the heading "ĐẢNG CỘNG SẢN VIỆT NAM", in capitals, at the top right of
the first page (66-QĐ/TW Điều 15(1); 36-HD/VPTW §II.1.1; 11-HD/VPTW §I.1 — format-rules.md §1.3,
§9 TB001). A document without it is a State or other organisation's document, or a draft whose
header was lost.

Fails::

    TỈNH ỦY BÌNH THUẬN                 Đảng Cộng sản Việt Nam

Passes::

    TỈNH ỦY BÌNH THUẬN                 ĐẢNG CỘNG SẢN VIỆT NAM
"""
from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING, Iterator

from ...fold import fold
from ...lazyre import lazy_re
from ...lines import ZERO_WIDTH

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB001"
NAME = "party-heading"
SEVERITY = "error"
ERA = ("2004", "2018", "2026")
CHECKS = "text"

HEADING = "ĐẢNG CỘNG SẢN VIỆT NAM"
# "ĐẢNG CỘNG SẢN VIỆT NAM", "Đảng Cộng sản Việt Nam", "DANG CONG SAN VN" (folded)
_PARTY = lazy_re(r"dang\s+cong\s+san(?:\s+viet\s+nam|\s+vn)?")
# a column gap around the heading on a header line: "TỈNH ỦY BÌNH THUẬN      ĐẢNG CỘNG SẢN VIỆT NAM"
_GAP = lazy_re(r"\s{2,}|\t|\|")
_SCAN = 20  # the heading is always among the first lines


def _segment(raw: str, s: int, e: int) -> tuple[int, int]:
    """The column segment of *raw* around [s, e): from the gap before it to the gap after it."""
    left = 0
    for g in _GAP.finditer(raw, 0, s):
        left = g.end()
    g = _GAP.search(raw, e)
    return left, g.start() if g else len(raw)


def _where(ctx):
    """(line, start, end, text, cell) of the heading as typed (it may wrap onto a second line).

    A heading stands alone in its column (a header line's cell, its own line); the name met in a
    sentence ("Căn cứ Điều lệ Đảng Cộng sản Việt Nam") is a mention, never taken for it."""
    last = max(ctx.header_last, _SCAN)
    for ln in ctx.lines(1, last):
        raw = ln.raw
        for m in _PARTY.finditer(fold(raw)):
            a, b = _segment(raw, m.start(), m.end())
            if any(c.islower() for c in raw[a:m.start()] + raw[m.end():b]):
                continue  # running text around it
            return ln.no, m.start(), m.end(), raw[m.start():m.end()], raw[a:b]
    return None


def _vietnamese(c: str) -> bool:
    return c.isascii() or c in _VN_LETTERS


# the non-ASCII letters of Vietnamese: a heading typed with another one is misspelt visibly
_VN_LETTERS = frozenset(
    "ĐđĂăÂâÊêÔôƠơƯư"
    "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ"
    "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
)


def _char(c: str) -> str:
    return f"«{c}» U+{ord(c):04X} {unicodedata.name(c, 'unnamed')}"


def _lookalikes(typed: str) -> str | None:
    """What makes *typed* differ from the heading it looks exactly like, or None: a letter of
    another script or a font's look-alike ("ÐẢNG" with the Icelandic eth, a Cyrillic "С"), or an
    invisible character — "not «ĐẢNG CỘNG SẢN VIỆT NAM»" would print the same text twice."""
    visible = "".join(c for c in typed if unicodedata.category(c) != "Cf")
    hidden = [c for c in typed if unicodedata.category(c) == "Cf"]
    if " ".join(visible.split()) == HEADING and hidden:
        return f"an invisible character in the Party heading ({_char(hidden[0])}): delete it"
    visible = " ".join(visible.split())
    if len(visible) != len(HEADING) or fold(visible) != fold(HEADING):
        return None
    odd = [(a, b) for a, b in zip(visible, HEADING) if a != b]
    if not odd or any(_vietnamese(a) for a, _ in odd):
        return None
    a, b = odd[0]
    more = f" (and {len(odd) - 1} more)" if len(odd) > 1 else ""
    return (f"the Party heading is typed with a look-alike: {_char(a)} stands for «{b}» U+{ord(b):04X}{more} "
            f"— retype \"{HEADING}\"")


def _misspelt(typed: str) -> tuple[str, str | None] | None:
    """(message, severity) for a heading typed otherwise than "ĐẢNG CỘNG SẢN VIỆT NAM"; None when
    it is the heading (spaces aside)."""
    typed = " ".join(typed.split())
    if typed == HEADING:
        return None
    if typed.replace(" ", "") == HEADING.replace(" ", "") and len(typed.split()) > len(HEADING.split()):
        # "Đ Ả N G   C Ộ N G …": spelt right, spaced out letter by letter — as TB019 says of a
        # letter-spaced type line, no rule forbids the look, only typing it with spaces
        return (f"write the Party heading \"{HEADING}\" without spaces between its letters "
                "(space it out with the font's character spacing)", "info")
    if typed.upper() == HEADING:
        return f"write the Party heading in capitals: \"{HEADING}\"", None
    odd = _lookalikes(typed)
    if odd:
        return odd, None
    return f"the Party heading must read exactly \"{HEADING}\", not «{typed}»", None


def _out_of_place(ctx, no: int) -> str:
    """Where a heading the header did not take stands: "below the title", "in the body"…"""
    lay = ctx.layout
    if lay.get("doc_type_line") and no > lay["doc_type_line"] and no <= ctx.title_last:
        return "in the title, below the document type"
    if no > ctx.title_last and (ctx.footer_first is None or no < ctx.footer_first):
        return "in the body"
    if ctx.footer_first is not None and no >= ctx.footer_first:
        return "in the footer"
    return "apart from the header"


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    party = notice.get("party")
    where = _where(ctx)
    if not party:
        if not where:
            yield ctx.hit(1, f"no Party heading \"{HEADING}\" in the header", col=1, end_col=1)
            return
        no, s, e, typed, _ = where
        wrong = _misspelt(typed)
        if wrong is None:
            # spelt right, but the header was read without it: say where it is, not "X, not X"
            yield ctx.hit(no, f"the Party heading \"{HEADING}\" stands {_out_of_place(ctx, no)}: it heads the "
                              "first page, top right, level with the issuing body", col=s + 1, end_col=e + 1)
        else:
            yield ctx.hit(no, wrong[0], col=s + 1, end_col=e + 1, severity=wrong[1])
        return
    wrong = _misspelt(party)
    if wrong is None and where:
        # the parsed heading has no direction mark left (lines.clean drops them since the sixth
        # session): look for one in the cell as typed — TB040 reports the zero-width ones, which
        # the parsed text never held, inside a word
        hidden = [c for c in where[4] if unicodedata.category(c) == "Cf" and c not in ZERO_WIDTH]
        if hidden:
            wrong = (f"an invisible character in the Party heading ({_char(hidden[0])}): delete it", None)
    if wrong is None:
        return
    if where:
        no, s, e = where[0], where[1], where[2]
        yield ctx.hit(no, wrong[0], col=s + 1, end_col=e + 1, severity=wrong[1])
    else:  # so garbled the pattern misses it ("DJẢNG CỘNG SẢN"): the line the parser read it on
        no = ctx.layout.get("party_line") or 1
        yield ctx.hit(no, wrong[0], find=party.strip(), severity=wrong[1])
