"""Text → lines with column fragments: the layout model every later step reads.

Real notices arrive as Word exports (two columns flattened onto one physical line with runs of
spaces), web copies (cells on their own lines between lone ``|`` lines, markdown tables with a
``|---|---|`` delimiter row, ``<br>`` breaks inside cells, markdown emphasis and ``#`` headings)
and PDF extractions. This module turns all of them into one shape — :class:`Line` objects that
keep the original line number, the raw text, a whitespace-collapsed text without emphasis or
heading markers, the column fragments, and whether the line sat inside a bold span — so that no
later step ever needs to look at raw layout again. A printed line break inside one source line
(``<br>``) gives several Lines that share its number and raw text. A .docx reader produces the
same objects (``no`` = paragraph number).
"""
from __future__ import annotations

import re

from .lazyre import lazy_re

# A column gap: a tab, or four or more spaces (NBSP counts as a space).
#   "TỈNH ỦY BÌNH THUẬN                ĐẢNG CỘNG SẢN VIỆT NAM" → two fragments
# Possessive: the space run before a tab never gives back (no rescan of a long run of spaces).
#   and a markdown table's cell border: "| TỈNH ỦY X | ĐẢNG CỘNG SẢN VIỆT NAM |"
_GAP = lazy_re(r"[ \u00a0\u2007\u202f]*+\t[ \t\u00a0\u2007\u202f]*+|[ \u00a0\u2007\u202f]{4,}+|[ \t]*+\|[ \t]*+")
# The characters a gap needs besides "    ": tab and the no-break spaces (none is printable).
_GAP_CHARS = ("\t", "\u00a0", "\u2007", "\u202f")
# Zero-width characters and soft hyphens carry no text.
# So do the invisible direction marks (LRM, RLM, ALM, the embeddings, overrides and isolates) that
# web copies and Word leave around figures: "\u200eNgày \u200f10/4/2015" is "Ngày 10/4/2015"
# (docx audit 23: the meeting's date was lost in a .txt as in a .docx).
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
DIRECTION_MARKS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
_INVISIBLE = ZERO_WIDTH + DIRECTION_MARKS
_ZW = dict.fromkeys(map(ord, _INVISIBLE), None)
# Finds one of them: "Đả\u00adng". ``str.translate`` with a dict pays a failed lookup for every
# character of non-ASCII text, so :func:`clean` translates only the rare strings that have one.
_ZW_ANY = lazy_re(f"[{_INVISIBLE}]")
# Markdown emphasis in web copies: "**VĂN PHÒNG**", "__Nơi nhận__:", "*Hà Nội, ngày …*".
# the Party "*" line under the issuer, "*****", or set between dashes as an ornament: "-*-", "~ * ~"
# (possessive: "* " + 30,000 spaces + "x" took 5 s backtracking between the runs of blanks)
_STARS_ONLY = lazy_re(r"^\s*+[-–—~=]*+\s*+\*++\s*+[-–—~=]*+\s*+$")
# A rule typed with underscores, "______" (under the subject, over footnotes; a spaced "_ _ _ _"):
# a rule line, as "-----" is — not emphasis markers around nothing
_UNDERSCORES_ONLY = lazy_re(r"^\s*+_{3,}+(?:[ \t]++_{3,}+)*+\s*+$")
_BULLET_STAR = lazy_re(r"^(\s*)\*(?=\s)")  # "* Nội dung: …" (a bullet, not emphasis)
# A marker between two letters is not emphasis: "địa*bàn" keeps its star — removing it would
# glue two words into one ("địabàn"; found by fuzzing, fuzz/README.md finding 4). Possessive
# runs: a long "*****…" run is matched once, never re-scanned.
# (a combining mark is part of the letter before it: "Huyê__\u0323n" is inside a word, fuzz finding 19)
# A star run with blanks (or the line's ends) on both sides opens and closes nothing, as in markdown: it
# is text — the "*" a PDF or web page puts between the header's fields run onto one line,
# "ĐẢNG CỘNG SẢN VIỆT NAM * TỈNH ỦY BÌNH THUẬN * Số 503-TB/TU" (audit 24: the star was lost).
# (stars only: underscore runs are read as before; a line of them alone is a rule, _UNDERSCORES_ONLY)
_EMPH = lazy_re(r"(?<![\w\u0300-\u036f])(?:\*++(?!\s|$)|__++)|(?:(?<=[^\s*])\*++|__++)(?![\w\u0300-\u036f])")
# Stars alone in parentheses are a note mark, not emphasis: "Công ty Cà phê Phước An(*)", "(*) Công ty …"
_STAR_MARK = lazy_re(r"(\(\*{1,3}\))")
# An HTML line break that web copies leave inside table cells and paragraphs (any case):
#   "| TỈNH ỦY THANH HÓA<br>* <br>Số: 1234 - TB/TU | ĐẢNG CỘNG SẢN VIỆT NAM<br>*Thanh Hóa, …* |"
_BR = lazy_re(r"<br\s*/?>", re.I)
# A markdown heading's marker, with an optional closing run of "#":
#   "# THÔNG BÁO", "## Kết luận của Thường trực Tỉnh ủy …", "### 1. Về công tác cán bộ ###"
_HEADING = lazy_re(r"[ \t]{0,3}#{1,6}[ \t]+(?=\S)")
# (only where a run of blanks starts, possessive: a long blank run is scanned once, not from each
# of its characters — "# THÔNG BÁO" + 20,000 spaces + "x" took 2.9 s)
_HEADING_CLOSE = lazy_re(r"(?<![ \t])[ \t]++#++[ \t]*+$")
# A markdown escape: HTML-to-markdown converters put a backslash before a character they would
# otherwise read as markup — "1\. Ban …", "\- Thường trực …", the issuer's "\*" — and the
# character is the text (audit 21: the items were paragraphs, "\" unplaced). An escaped star is
# held as U+E000 until the emphasis is stripped, so it stays a star ("\*" under the issuer); a
# pipe stays escaped (unescaped, it would split a table's cell). A backslash ending the line is a
# hard line break: no text.
_ESCAPE = lazy_re(r"\\([\\`*_{}\[\]()#+\-.!~>=]|[ \t]*$)")
_STAR_HELD = "\ue000"


def _unescape(raw: str) -> str:
    return _ESCAPE.sub(lambda m: _STAR_HELD if m.group(1) == "*" else m.group(1), raw)


class Fragment:
    """One column cell of a physical line: its start column and its collapsed text."""

    __slots__ = ("col", "text")

    def __init__(self, col: int, text: str) -> None:
        self.col = col
        self.text = text

    def __repr__(self) -> str:
        return f"Fragment({self.col}, {self.text!r})"


class Line:
    """A physical line (or a .docx paragraph) as every parse step sees it.

    ``text`` is what the output uses: whitespace collapsed, zero-width characters and emphasis
    markers removed. ``bold`` is true when the line lies in a ``**…**`` span or is a ``#`` heading
    (web copies mark the issuer and section headings that way). ``sep`` marks a line that only
    separates cells: a lone ``|`` or a markdown delimiter row ``|---|---|``. ``fmt`` holds
    formatting for .docx lines and is ``None`` for plain text. Several Lines may share ``no`` (the
    pieces of a line broken by ``<br>``); steps index ``State.lines``, never look a number up.
    """

    __slots__ = ("no", "raw", "text", "frags", "bold", "sep", "fmt", "indent")

    def __init__(
        self,
        no: int,
        raw: str,
        text: str,
        frags: tuple[Fragment, ...],
        *,
        bold: bool = False,
        sep: bool = False,
        fmt: dict | None = None,
    ) -> None:
        self.no = no
        self.raw = raw
        self.text = text
        self.frags = frags
        self.bold = bold
        self.sep = sep
        self.fmt = fmt
        self.indent = frags[0].col if frags else 0

    @property
    def blank(self) -> bool:
        return not self.text

    def __repr__(self) -> str:
        return f"Line({self.no}, {self.text!r}{', bold' if self.bold else ''}{', sep' if self.sep else ''})"


def clean(s: str) -> str:
    """Collapse whitespace and drop zero-width characters: the form every text value takes.

    ``str.split()`` splits on exactly the characters ``\\s`` matches ("ngày 16  tháng" → "ngày 16
    tháng") and is ~3× faster than ``re.sub(r"\\s+", " ", s).strip()`` on Vietnamese lines.
    """
    if "  " not in s and s.isprintable():
        # only single ASCII spaces (every other whitespace and zero-width character is
        # unprintable) — already clean; isprintable runs at ~1 ns a character, split at ~18
        return s.strip(" ")
    if _ZW_ANY.search(s):
        s = s.translate(_ZW)
    return " ".join(s.split())


def strip_emphasis(s: str) -> str:
    """Remove markdown emphasis markers but keep a star line and a leading "* " bullet."""
    if "*" not in s and "__" not in s:
        return s
    if _STARS_ONLY.match(s) or "___" in s and _UNDERSCORES_ONLY.match(s):
        return s
    m = _BULLET_STAR.match(s)
    if m:
        return s[: m.end()] + _unemph(s[m.end():])
    return _unemph(s)


def _unemph(s: str) -> str:
    """*s* without emphasis markers; a note mark "(*)" keeps its star."""
    if "(*" not in s:
        return _EMPH.sub("", s)
    parts = _STAR_MARK.split(s)  # the marks at odd indexes
    return "".join(x if i % 2 else _EMPH.sub("", x) for i, x in enumerate(parts))


def _cell_text(piece: str) -> str:
    """A cell's text: zero-width characters out first, then emphasis, then whitespace.

    In that order, "NAM*\ufeffTHÔNG" keeps its star between two letters instead of becoming
    "NAMTHÔNG" (fuzz/README.md, finding 8). isprintable() spares the regex on ordinary text.
    """
    if not piece.isprintable():
        if _ZW_ANY.search(piece):
            piece = piece.translate(_ZW)
        if _STAR_HELD in piece:  # an escaped "\*" (see _unescape)
            return clean(strip_emphasis(piece)).replace(_STAR_HELD, "*")
    return clean(strip_emphasis(piece))


def _has_gap(raw: str) -> bool:
    """Whether _GAP can match, by substring tests alone (most lines are one cell)."""
    if "    " in raw or "|" in raw:
        return True
    if raw.isprintable():  # no tab, no no-break space
        return False
    return any(c in raw for c in _GAP_CHARS)


def _fragments(raw: str) -> tuple[Fragment, ...]:
    if not _has_gap(raw):  # one cell: skip the regex (~40 % of split_lines)
        text = _cell_text(raw)
        return (Fragment(len(raw) - len(raw.lstrip()), text),) if text else ()
    return _gap_fragments(raw)


def _gap_fragments(raw: str) -> tuple[Fragment, ...]:
    """The cells of a line that holds at least one gap."""
    out = []
    pos = 0
    for m in _GAP.finditer(raw):
        piece = raw[pos : m.start()]
        if piece.strip():
            out.append(Fragment(pos + len(piece) - len(piece.lstrip()), _cell_text(piece)))
        pos = m.end()
    piece = raw[pos:]
    if piece.strip():
        out.append(Fragment(pos + len(piece) - len(piece.lstrip()), _cell_text(piece)))
    return tuple(f for f in out if f.text)


def _one_cell(raw: str, stars: bool) -> tuple[Fragment, ...]:
    """:func:`_fragments` for a printable line with no gap, each test run once.

    Every scan of a line costs about as much as the per-line work itself (a 12 KB notice is ~10 µs
    a scan), and the general path ran ``isprintable`` three times and the emphasis tests on every
    line. *stars*: whether the whole text holds a ``*`` or ``__`` at all.
    """
    s = strip_emphasis(raw) if stars else raw
    # printable and free of double spaces: already clean (see :func:`clean`)
    text = s.strip(" ") if "  " not in s else " ".join(s.split())
    return (Fragment(len(raw) - len(raw.lstrip()), text),) if text else ()


def _heading_body(raw: str) -> str | None:
    """*raw* with a markdown heading's marker blanked out (columns kept), or None without one.

    HTML-to-markdown converters turn a page's headings into "# THÔNG BÁO" / "## Kết luận của …";
    left in the text, the "#" hid the type line from the zones step (audit w04c).
    """
    m = _HEADING.match(raw)
    if m is None:
        return None
    body = " " * m.end() + raw[m.end() :]
    c = _HEADING_CLOSE.search(body)
    return body[: c.start()] if c else body


def _cells(raw: str) -> list[tuple[int, str]]:
    """``(column, piece)`` of each cell of *raw* before any cleaning (cells split as in _GAP)."""
    if not _has_gap(raw):
        return [(len(raw) - len(raw.lstrip()), raw)]
    out = []
    pos = 0
    for m in _GAP.finditer(raw):
        piece = raw[pos : m.start()]
        if piece.strip():
            out.append((pos + len(piece) - len(piece.lstrip()), piece))
        pos = m.end()
    piece = raw[pos:]
    if piece.strip():
        out.append((pos + len(piece) - len(piece.lstrip()), piece))
    return out


def _span_bold(piece: str, was_open: bool) -> tuple[bool, bool]:
    """``(bold, open after)`` of one printed line: the rule :func:`split_lines` applies inline."""
    s = piece.strip()
    n = piece.count("**")
    is_open = not was_open if n % 2 == 1 else was_open
    bold = (was_open or s.startswith("**")) and (is_open or s.endswith("**"))
    if was_open and n > 1 and not s.endswith("**"):
        bold = False
    return bold, is_open


def _broken(no: int, raw: str, in_bold: bool, body: str | None = None) -> list[Line]:
    """The Lines of source line *no*, which holds HTML line breaks ("<br>", "<br/>", "<BR />").

    A printed line break splits the line as a text export would have: sub-line k holds the k-th
    piece of every cell, each a fragment at its cell's column, so the web row
    "| TỈNH ỦY X<br>*<br>Số 12-TB/TU | ĐẢNG CỘNG SẢN VIỆT NAM<br>X, ngày … |" reads as the two
    header columns ("TỈNH ỦY X | ĐẢNG CỘNG SẢN VIỆT NAM", "* | X, ngày …", "Số 12-TB/TU"). Every
    sub-line keeps the source line's number and raw text (lint columns count in the raw line);
    blank sub-lines ("<br><br>") stay as blank lines, trailing ones are dropped. *in_bold*: a
    ``**`` span open from the lines above, which only a one-cell line can continue. *body*: the
    line's text to split when it differs from *raw* (markdown escapes undone).
    """
    src = raw if body is None else body
    head = _heading_body(src) if src.lstrip().startswith("#") else None  # "## Kết luận …<br>tại …"
    cells = _cells(src if head is None else head)
    one = len(cells) == 1
    columns: list[tuple[int, list[tuple[str, bool]]]] = []
    for col, piece in cells:
        is_open = in_bold and one
        subs = []
        for sub in _BR.split(piece):
            bold, is_open = _span_bold(sub, is_open)
            subs.append((_cell_text(sub), bold))
        columns.append((col, subs))
    depth = max((len(subs) for _, subs in columns), default=1)
    out: list[Line] = []
    for k in range(depth):
        got = [(col, subs[k]) for col, subs in columns if k < len(subs) and subs[k][0]]
        frags = tuple(Fragment(col, t) for col, (t, _) in got)
        text = " ".join(f.text for f in frags)
        bold = bool(got) and (head is not None or all(b for _, (_, b) in got))
        out.append(Line(no, raw, text, frags, bold=bold))
    while len(out) > 1 and out[-1].blank:
        out.pop()
    return out


def split_lines(text: str, *, first_no: int = 1) -> list[Line]:
    """Split decoded text into :class:`Line` objects numbered like an editor numbers them."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines: list[Line] = []
    in_bold = False
    # whole-text tests spare most lines a scan of their own
    stars = "*" in text or "__" in text
    bars = "|" in text
    brs = "<" in text  # "<br>" line breaks (web copies); each line is tested only then
    heads = "#" in text  # markdown headings "# THÔNG BÁO"
    escs = "\\" in text  # markdown escapes "1\. …", "\- …"
    for i, raw in enumerate(text.split("\n")):
        stripped = raw.strip()
        if not stripped:  # blank: about half the lines of a Word export
            lines.append(Line(first_no + i, raw, "", ()))
            continue
        # a lone "|" between cells, or a markdown table's delimiter row "|---|---|",
        # "| --- | :---: |": no text (its dashes were read as two "-" recipients, audit w05)
        if stripped == "|" or (bars and "|" in stripped and "-" in stripped and not stripped.strip("|-: \t")):
            lines.append(Line(first_no + i, raw, "", (), sep=True))
            continue
        # Bold spans in web copies may cover several lines: "**BAN CHẤP HÀNH\nTRUNG ƯƠNG**".
        # A line is bold when all of its text lies inside the span: "**I. Về" (opens, stays open),
        # "đánh giá**" (was open, closes at the end) — not "**Lưu ý:** Căn cứ …" (bold lead-in only).
        if stars:
            n_bold = raw.count("**")
            was_open = in_bold
            if n_bold % 2 == 1:
                in_bold = not in_bold
            bold = (was_open or stripped.startswith("**")) and (in_bold or stripped.endswith("**"))
            if was_open and n_bold > 1 and not stripped.endswith("**"):
                bold = False
        else:
            was_open = bold = False
        body = _unescape(raw) if escs and "\\" in raw else raw
        if brs and "<" in raw and _BR.search(raw):
            lines.extend(_broken(first_no + i, raw, was_open, body))
            continue
        if heads and stripped[0] == "#":
            h = _heading_body(body)
            if h is not None:  # a heading prints bold, like the "**…**" headings of other copies
                body, bold = h, True
        if body.isprintable() and "    " not in body and not (bars and "|" in body):
            frags = _one_cell(body, stars)
        else:
            frags = _fragments(body)
        txt = frags[0].text if len(frags) == 1 else " ".join([f.text for f in frags])
        if not txt:
            bold = False
        lines.append(Line(first_no + i, raw, txt, frags, bold=bold))
    # a trailing newline does not make a line of its own
    if lines and lines[-1].raw == "" and text.endswith("\n"):
        lines.pop()
    return lines


def hyphen_break(prev: str, text: str) -> bool:
    """*prev* broke after a word's own hyphen and *text* goes on with the word: "… số 21-" / "KL/TW
    …", "tiêm vắc-" / "xin". A line that is only a marker ("I-", "1-", "a-") is no broken word.
    The paragraphs (state.Para) and the extractors (extract.Joined) join such lines with no space."""
    return (len(prev) >= 2 and prev[-1] == "-" and prev[-2].isalnum() and text[:1].isalnum()
            and " " in prev.strip())
