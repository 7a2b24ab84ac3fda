"""What a rule gets besides the notice and the source: the era, its options, and helpers.

``ctx.hit(line, message, find=…)`` builds a finding of the running rule, locating *find* in the
original line so the column is right even when the parser's text collapsed spaces or dropped web
emphasis (``__Nơi nhận__:``). The zone helpers (``header_last``, ``body_first``, ``footer_first``…)
turn the parser's ``layout`` line numbers into ranges once per document, shared by all rules.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property, lru_cache
from typing import Any, Iterator

from ..lines import ZERO_WIDTH, Line
from ..source import Source
from .config import Config
from .era import GUIDES
from .finding import Finding

# Characters that web copies and Word exports add around text without changing it:
# markdown emphasis and zero-width characters ("**VĂN PHÒNG**", "__Nơi nhận__:").
_DECOR = frozenset("*_" + ZERO_WIDTH)


@lru_cache(maxsize=8192)
def _flex(needle: str) -> re.Pattern | None:
    """A pattern for *needle* that lets any run of whitespace stand for one space."""
    toks = needle.split()
    if not toks:
        return None
    return re.compile(r"\s+".join(re.escape(t) for t in toks))


def locate(raw: str, needle: str, start: int = 0) -> tuple[int, int] | None:
    """0-based ``[start, end)`` of *needle* in *raw*, tolerant of layout; None when absent.

    First whitespace-tolerant, then also ignoring emphasis markers and zero-width characters
    (``"Nơi nhận:"`` is found in ``"__Nơi nhận__:"``).
    """
    pat = _flex(needle)
    if pat is None:
        return None
    m = pat.search(raw, start)
    if m:
        return m.start(), m.end()
    # squeezed copy: decorations removed, whitespace runs collapsed; idx maps back to raw
    chars: list[str] = []
    idx: list[int] = []
    for i in range(start, len(raw)):
        ch = raw[i]
        if ch in _DECOR:
            continue
        if ch.isspace():
            if chars and chars[-1] == " ":
                continue
            ch = " "
        chars.append(ch)
        idx.append(i)
    squeezed = "".join(chars)
    target = " ".join(needle.split())
    k = squeezed.find(target)
    if k < 0:
        return None
    return idx[k], idx[k + len(target) - 1] + 1


class Ctx:
    """Per-document context handed to every rule's ``check``."""

    def __init__(self, source: Source, notice: dict, *, era: str, config: Config, path: str | None,
                 facts: dict | None = None, dated: str | None = None) -> None:
        self.source = source
        self.notice = notice
        self.era = era
        self.dated = dated  # the issue date the era was chosen by (None: forced by --era, or undated)
        self.config = config
        self.path = path
        self.facts = facts or {}  # what only the reader knows, e.g. {"not_nfc_line": 3}
        self.rule: Any = None  # the running rule (set by the engine)
        self.memo: dict[str, Any] = {}  # what several rules compute once per document (see parts.py)
        # A printed line break inside one source line (a Word soft break, an HTML <br> in a web
        # copy's table cell) gives several Lines that share its number: line(no) is the first of
        # them, lines() yields them all.
        self._by_no: dict[int, Line] = {}
        self._group: dict[int, list[Line]] = {}
        for ln in source.lines:
            self._by_no.setdefault(ln.no, ln)
            self._group.setdefault(ln.no, []).append(ln)

    # --- the running rule ------------------------------------------------------------------------

    @property
    def guide(self) -> str:
        """Name of the guide in force, for messages: ``36-HD/VPTW (2018)``."""
        return GUIDES[self.era]

    def issued_before(self, iso_date: str) -> bool:
        """Was the document issued before *iso_date* (``YYYY-MM-DD``, e.g. :data:`.era.FIRST_RULES`)?

        Only when the era follows the document's date: ``--era 2004`` asks 11-HD/VPTW of any document.
        """
        return self.dated is not None and self.dated < iso_date

    def opt(self, name: str) -> Any:
        """Value of an option of the running rule (configuration, else the rule's default)."""
        vals = self.config.options.get(self.rule.id, {})
        if name in vals:
            return vals[name]
        for o in self.rule.options:
            if o.name == name:
                return o.default
        raise KeyError(f"{self.rule.id} has no option {name!r}")

    # --- lines -----------------------------------------------------------------------------------

    def line(self, no: int | None) -> Line | None:
        return self._by_no.get(no) if no is not None else None

    def raw(self, no: int | None) -> str:
        ln = self.line(no)
        return ln.raw if ln is not None else ""

    def lines(self, first: int, last: int) -> Iterator[Line]:
        """Lines numbered *first* … *last* (inclusive) that exist."""
        for no in range(first, last + 1):
            yield from self._group.get(no, ())

    @cached_property
    def last_line(self) -> int:
        """The document's last line: the file's, or the one before a second document pasted under
        it (``layout.another_document``: its lines are not this document's — audit 24, a State
        notice's "TL."/"KT." under a Party one were reported as the Party notice's, TB029)."""
        last = self.source.lines[-1].no if self.source.lines else 1
        other = (self.layout.get("another_document") or {}).get("line")
        return max(1, min(last, other - 1)) if other else last

    def finditer(self, pattern: re.Pattern, first: int = 1, last: int | None = None, *,
                 folded: bool = False) -> Iterator[tuple[int, int, int, re.Match]]:
        """``(line, start, end, match)`` of *pattern* over lines *first*…*last* (0-based columns).

        One regex pass over the lines joined with "\\n" instead of one call per line — the rules
        that scan the whole text spend most of their time in per-line overhead otherwise. With
        *folded* the pattern runs on :func:`tbparse.fold.fold` of the text (same offsets). A
        match that runs over a line end is clipped to its first line. The pieces of a web cell's
        ``<br>`` row all carry the row's raw text: it is scanned once (a tone mark in a footer row of
        six pieces was counted six times).
        """
        lines = []
        for ln in self.lines(first, last if last is not None else self.last_line):
            if lines and lines[-1].no == ln.no and lines[-1].raw == ln.raw:
                continue  # another piece of the same "<br>" row
            lines.append(ln)
        if not lines:
            return
        text = "\n".join(ln.raw for ln in lines)
        if folded:
            from ..fold import fold

            text = fold(text)
        starts = []
        pos = 0
        for ln in lines:
            starts.append(pos)
            pos += len(ln.raw) + 1
        for m in pattern.finditer(text):
            k = bisect_right(starts, m.start()) - 1
            off = starts[k]
            end = min(m.end(), off + len(lines[k].raw))
            yield lines[k].no, m.start() - off, end - off, m

    def find(self, needle: str, first: int, last: int | None = None) -> tuple[int, int, int] | None:
        """``(line, start, end)`` of the first line in *first*…*last* whose raw text holds *needle*."""
        for ln in self.lines(first, last if last is not None else first):
            span = locate(ln.raw, needle)
            if span:
                return ln.no, span[0], span[1]
        return None

    # --- findings --------------------------------------------------------------------------------

    def hit(self, line: int | None, message: str, *, find: str | None = None, col: int | None = None,
            end_col: int | None = None, severity: str | None = None, start: int = 0) -> Finding:
        """A finding of the running rule at *line*.

        Column: where *find* occurs in the original line (searching from 0-based *start*), else
        *col* (1-based) … *end_col*, else the line's text from its first to its last non-blank
        character. A finding about something missing points at a nearby line.
        """
        no = line if line is not None and line >= 1 else 1
        raw = self.raw(no)
        span = locate(raw, find, start) if find else None
        if find and span is None:
            # a later printed line of the same source line (a Word soft break) may hold it
            for ln in self._group.get(no, ())[1:]:
                span = locate(ln.raw, find, start)
                if span:
                    raw = ln.raw
                    break
        if span:
            c, e = span[0] + 1, span[1] + 1
        elif col is not None:
            c = max(1, col)
            e = end_col if end_col is not None else c + 1
        else:
            stripped = raw.rstrip()
            c = len(stripped) - len(stripped.lstrip()) + 1 if stripped else 1
            e = len(stripped) + 1 if stripped else 1
        e = max(e, c)
        rule = self.rule
        return Finding(
            path=self.path,
            line=no,
            column=c,
            end_line=no,
            end_column=e,
            code=rule.id,
            name=rule.name,
            severity=severity or rule.severity,
            message=message,
            line_text=raw,
        )

    # --- zones (line numbers) --------------------------------------------------------------------

    @property
    def layout(self) -> dict:
        return self.notice.get("layout") or {}

    @cached_property
    def header_last(self) -> int:
        """Last line of the header (0 when there is none)."""
        lay = self.layout
        if lay.get("doc_type_line"):
            return lay["doc_type_line"] - 1
        cands = [v["line"] for k in ("number_line", "date_line") if (v := lay.get(k))]
        cands += [lay["star_line"]] if lay.get("star_line") else []
        cands += lay.get("issuer_lines") or []
        return max(cands) if cands else 0

    @cached_property
    def title_last(self) -> int:
        """Last line of the type line + subject (+ dash rule); ``header_last`` when none."""
        lay = self.layout
        if lay.get("subject_lines"):
            return max(lay["subject_lines"][1], lay.get("subject_rule") or 0)
        if lay.get("doc_type_line"):
            return lay["doc_type_line"]
        return self.header_last

    @cached_property
    def footer_first(self) -> int | None:
        """First line of the footer (Nơi nhận / signature), None when neither was found."""
        lay = self.layout
        cands: list[int] = []
        if lay.get("recipients_label"):
            cands.append(lay["recipients_label"])
        sig = lay.get("signature") or {}
        cands += [x for x in sig.get("authority_lines") or [] if x]
        cands += [sig[k] for k in ("position_line", "signer_line") if sig.get(k)]
        rec = lay.get("recipients") or []
        if rec:
            cands.append(rec[0]["line"])
        return min(cands) if cands else None

    @property
    def body_first(self) -> int:
        return self.title_last + 1

    @property
    def body_last(self) -> int:
        return (self.footer_first - 1) if self.footer_first else self.last_line

    @cached_property
    def last_body_line(self) -> int | None:
        """The last non-blank line before the footer (where "./." belongs)."""
        for no in range(self.body_last, self.body_first - 1, -1):
            ln = self.line(no)
            if ln is not None and ln.text and not ln.sep:
                return no
        return None

    def header_lines(self) -> Iterator[Line]:
        return self.lines(1, self.header_last)

    def body_lines(self) -> Iterator[Line]:
        return self.lines(self.body_first, self.body_last)

    def footer_lines(self) -> Iterator[Line]:
        if self.footer_first is None:
            return iter(())
        return self.lines(self.footer_first, self.last_line)
