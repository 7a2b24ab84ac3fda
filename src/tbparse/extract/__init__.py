"""What running text mentions: cited documents, people, dates and deadlines, abbreviations.

The extractors work on plain paragraphs, with no notice frame, so they serve State documents and
news as well as Party notices. A paragraph is a sequence of ``(line_no, text)`` pieces — its
physical lines in order, each already whitespace-collapsed — because hard-wrapped copies split a
citation over two lines (``"Thực hiện Quy định số"`` / ``"377-QĐ/TW ngày 08/10/2025 …"``) and every
result must still say which lines it came from. Each extractor joins the pieces with one space,
matches on the joined string and maps offsets back to line numbers (:class:`Joined`) — with no space
after a line that broke inside a word at its hyphen ("Kết luận số 21-" / "KL/TW ngày …"), as the
paragraph's own text reads.

Keywords are matched on :func:`tbparse.fold.fold` copies (tone placement, case, dashes and
look-alikes vary between typists) and values are sliced from the original text. Folding a whole
notice costs more than all the matching, so the extractors fold only short windows around cheap
anchors (digits, ``/``, a capitalised surname) — :func:`sparse_fold`.

    >>> from tbparse.extract import extract_references
    >>> refs, warnings = extract_references([[(12, "Thực hiện Quy định số"),
    ...                                        (13, "377-QĐ/TW ngày 08/10/2025 của Bộ Chính trị")]])
    >>> refs[0]["number"], refs[0]["date"], refs[0]["lines"]
    ('377-QĐ/TW', '2025-10-08', [12, 13])
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Iterable, Sequence

from ..fold import fold
from ..lines import hyphen_break
from ..lazyre import lazy_re

Para = Sequence[tuple[int, str]]

# Superscript figures, a note mark typed after a word ("Nghị quyết số 18-NQ/TW¹", "Nguyễn Văn An²"):
# Python's \w takes them for letters, so a character class that reads words or numbers leaves them
# out ("[^\W_" + SUPERSCRIPTS + "]"), and the mark stays off the word or number it follows.
SUPERSCRIPTS = "\u00b9\u00b2\u00b3\u2070\u2074-\u2079"

__all__ = [
    "Para", "SUPERSCRIPTS", "Joined", "Doc", "as_doc", "sparse_fold", "windows", "lazy_re",
    "extract_references", "extract_people", "extract_dates", "find_due", "extract_abbreviations",
]


class Joined:
    """One paragraph as a single string, with the offset → line map that matching needs."""

    __slots__ = ("text", "starts", "nos")

    def __init__(self, para: Para) -> None:
        starts: list[int] = []
        nos: list[int] = []
        parts: list[str] = []
        pos = 0
        prev = ""  # the line before, when it ends with "-": maybe a word broken at its hyphen
        for no, txt in para:
            if prev and hyphen_break(prev, txt):
                pos -= 1  # "Kết luận số 21-" / "KL/TW …" reads "21-KL/TW", as the paragraph's text does
                parts[-1] += txt
            else:
                parts.append(txt)
            starts.append(pos)
            nos.append(no)
            pos += len(txt) + 1
            prev = txt if txt[-1:] == "-" else ""
        self.text = " ".join(parts)
        self.starts = starts
        self.nos = nos

    def line_at(self, off: int) -> int:
        """The line holding character *off* (a joining space counts with the line before it)."""
        return self.nos[max(0, bisect_right(self.starts, off) - 1)]

    def lines_in(self, a: int, b: int) -> list[int]:
        """Every line the span ``[a, b)`` touches, in order."""
        i = max(0, bisect_right(self.starts, a) - 1)
        j = max(i, bisect_right(self.starts, max(a, b - 1)) - 1)
        return self.nos[i : j + 1]


class Doc:
    """All paragraphs of one text, plus one string of them all joined by newlines.

    Anchors (slashes, digits, family names…) are searched once in :attr:`text` — a handful of
    scans instead of a handful per paragraph — and :meth:`locate` maps a hit back to its
    paragraph and the offset inside it. No pattern matches across the newline that separates two
    paragraphs: the work after the anchor search happens on the paragraph's own text.
    """

    __slots__ = ("paras", "text", "starts", "_digits", "_runs")

    def __init__(self, paras: "Sequence[Para | Joined]") -> None:
        # already joined paragraphs are reused as they are (see :meth:`plus`)
        self.paras = [p if isinstance(p, Joined) else Joined(p) for p in paras]
        starts: list[int] = []
        pos = 0
        for j in self.paras:
            starts.append(pos)
            pos += len(j.text) + 1
        self.starts = starts
        self.text = "\n".join(j.text for j in self.paras)
        self._digits: list[int] | None = None
        self._runs: dict[str, list[int]] | None = None

    def plus(self, paras: Sequence[Para]) -> "Doc":
        """This Doc with *paras* appended, sharing the paragraphs already joined (the extract step
        scans the footer for abbreviations only, and re-joining the body cost ~20 µs a notice)."""
        return Doc(self.paras + [Joined(p) for p in paras]) if paras else self

    def locate(self, pos: int) -> tuple[int, int]:
        """``(paragraph index, offset in that paragraph)`` of offset *pos* of :attr:`text`."""
        i = bisect_right(self.starts, pos) - 1
        return i, pos - self.starts[i]

    def digits(self) -> list[int]:
        """Offsets of every ASCII digit of :attr:`text`, ascending; found once per Doc.

        The dates pass and the references' short re-mentions both start from numbers. One
        ``str.find`` sweep per digit is cheap (a single character is a ``memchr``), while a
        two-digit needle ("20") costs ~10 µs a notice per search.
        """
        if self._digits is None:
            out: list[int] = []
            for d in "0123456789":
                out.extend(self.find_all(d))
            out.sort()
            self._digits = out
        return self._digits

    def numbers_ending(self, digits: str) -> list[int]:
        """Where *digits* ends a run of ASCII digits that holds nothing else but leading zeros
        ("20" in "20" and "020", not in "120" or "2020"), ascending: the offsets of *digits*
        that can stand as a number of their own."""
        if self._runs is None:
            runs: dict[str, list[int]] = {}
            text = self.text
            pos = self.digits()
            n = len(pos)
            k = 0
            while k < n:
                a = pos[k]
                while k + 1 < n and pos[k + 1] == pos[k] + 1:
                    k += 1
                b = pos[k] + 1
                k += 1
                run = text[a:b]
                key = run.lstrip("0") or "0"
                runs.setdefault(key, []).append(b - len(key))
            self._runs = runs
        return self._runs.get(digits, [])

    def find_all(self, needle: str) -> list[int]:
        """Every offset of *needle* in :attr:`text` (``str.find`` is much cheaper than a regex scan)."""
        out: list[int] = []
        find = self.text.find
        i = find(needle)
        while i >= 0:
            out.append(i)
            i = find(needle, i + 1)
        return out


def as_doc(paras: "Sequence[Para] | Doc") -> Doc:
    """*paras* as a :class:`Doc`; a caller running several extractors builds the Doc once."""
    return paras if isinstance(paras, Doc) else Doc(paras)


def windows(spans: Iterable[tuple[int, int]], n: int, before: int, after: int) -> list[tuple[int, int]]:
    """Widen each ``(start, end)`` anchor span and merge overlaps (anchors come in text order)."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        a = s - before if s > before else 0
        b = e + after if e + after < n else n
        if out and a <= out[-1][1]:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _fold_exact(s: str) -> str:
    """``fold`` that never changes length (non-NFC input folds character by character)."""
    f = fold(s)
    if len(f) == len(s):
        return f
    return "".join((fold(c) or " ")[0] for c in s)


def sparse_fold(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """A copy of *text* with the same length: folded inside *spans*, spaces elsewhere.

    Regexes then run on it with the original offsets, yet only the windows are folded — folding
    is a per-character table lookup and costs more than the matching itself.
    """
    if not spans:
        return " " * len(text)
    if len(spans) == 1 and spans[0] == (0, len(text)):
        return _fold_exact(text)
    parts: list[str] = []
    pos = 0
    for a, b in spans:
        if a > pos:
            parts.append(" " * (a - pos))
        parts.append(_fold_exact(text[a:b]))
        pos = b
    if pos < len(text):
        parts.append(" " * (len(text) - pos))
    return "".join(parts)


# The public functions live in their own modules; they import the helpers above.
from .abbrev import extract_abbreviations  # noqa: E402
from .dates import extract_dates, find_due  # noqa: E402
from .people import extract_people  # noqa: E402
from .refs import extract_references  # noqa: E402
