"""Word's automatic numbering, rendered as it is printed.

In a .docx the "I-", "1-", "a)" and "+" in front of a paragraph are usually not text at all: the
paragraph points (``w:numPr``) to a numbering instance (``w:num``), which points to an abstract
definition (``w:abstractNum``) whose level says the format (``upperRoman``, ``decimal``,
``lowerLetter``, ``bullet`` …) and the pattern (``%1-``, ``%1.%2.``, ``%3)``). The parser only
sees text, so the reader renders each label with the counters Word would show and puts it in
front of the paragraph's text — the same characters a Word-to-text export would contain.

Counting follows Word rather than the letter of the standard: instances of one abstract definition
share their counters (a second ``w:num`` continues the list) unless the instance overrides a
level's start (``w:startOverride``, which is how Word writes "Restart at 1"); a level restarts when
any shallower level is used, unless ``w:lvlRestart`` says otherwise.
"""
from __future__ import annotations

from lxml import etree

from .docx_format import w, wval
from .numerals import to_roman

_MAX_LEVELS = 9


class _Level:
    """One numbering level: format, pattern, start value, restart rule, suffix."""

    __slots__ = ("fmt", "text", "start", "restart", "suffix", "legal", "pstyle", "font")

    def __init__(self, lvl: etree._Element) -> None:
        self.fmt = wval(lvl.find(w("numFmt"))) or "decimal"
        self.text = wval(lvl.find(w("lvlText")))
        start = wval(lvl.find(w("start")))
        self.start = int(start) if start and start.lstrip("-").isdigit() else 0  # the standard's default
        restart = wval(lvl.find(w("lvlRestart")))
        self.restart = int(restart) if restart and restart.isdigit() else None
        suff = wval(lvl.find(w("suff"))) or "tab"
        self.suffix = "" if suff == "nothing" else " "  # a tab after a label is layout: one space
        self.legal = lvl.find(w("isLgl")) is not None and wval(lvl.find(w("isLgl"))) not in ("0", "false")
        self.pstyle = wval(lvl.find(w("pStyle")))
        # the label's own font (a "§iÒu %1." typed in .VnTime is drawn in it); high-ANSI first
        fonts = lvl.find(f"{w('rPr')}/{w('rFonts')}")
        self.font = None if fonts is None else fonts.get(w("hAnsi")) or fonts.get(w("ascii"))


def _letter(n: int) -> str:
    # Word's letters: a … z, then aa … zz, then aaa …
    n = max(n, 1)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


_VI_COUNT = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười")


def format_number(n: int, fmt: str) -> str:
    """A counter value in one of Word's number formats (unknown formats print as decimal)."""
    if fmt == "none":
        return ""
    if fmt in ("upperRoman", "lowerRoman"):
        s = to_roman(n) if n > 0 else str(n)
        return s if fmt == "upperRoman" else s.lower()
    if fmt in ("upperLetter", "lowerLetter"):
        s = _letter(n)
        return s.upper() if fmt == "upperLetter" else s
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "vietnameseCounting" and 0 <= n < len(_VI_COUNT):
        return _VI_COUNT[n]
    return str(n)


def bullet_mark(lvl_text: str | None, font: str | None = None) -> str:
    """The printed bullet: "-", "+" and "*" as typed or as a symbol font's (U+F02D, U+F02B); any
    other glyph (Symbol/Wingdings private-use characters such as U+F0B7, "o", "§", "▪") is a round
    bullet "•"."""
    t = (lvl_text or "").strip()
    if not t:
        return ""
    c = t[0]
    if "\uf020" <= c <= "\uf0ff" and not (font or "").lower().startswith(("wingdings", "webdings")):
        # a symbol font's character, stored at U+F000 + its code: U+F02D is Symbol's minus
        # (Bullets → Define New Bullet → Symbol… "−"), U+F02B its plus — as printed, "-" and "+"
        # (Wingdings draws pictures at those codes)
        c = chr(ord(c) - 0xF000) if chr(ord(c) - 0xF000) in "-+*" else c
    if c in "-–—−‐‑":
        return "-"
    if c in "+*":
        return c
    return "•"


class Numbering:
    """The numbering definitions of one document and the counters of one pass through it.

    Create one per read: :meth:`label` advances the counters, so paragraphs must be fed in
    document order.
    """

    def __init__(self, numbering_el: etree._Element | None, styles_el: etree._Element | None = None) -> None:
        self._abstract: dict[str, etree._Element] = {}
        self._num: dict[str, etree._Element] = {}
        self._levels: dict[str, list[_Level | None]] = {}  # numId → levels with overrides applied
        self._counters: dict[str, list[int | None]] = {}  # abstractNumId → counter per level
        self._seen: set[str] = set()
        self._style_num: dict[str, str] = {}  # numbering-style id → numId (for numStyleLink)
        if numbering_el is None:
            return
        for an in numbering_el.iterfind(w("abstractNum")):
            aid = an.get(w("abstractNumId"))
            if aid is not None:
                self._abstract[aid] = an
        for num in numbering_el.iterfind(w("num")):
            nid = num.get(w("numId"))
            if nid is not None:
                self._num[nid] = num
        if styles_el is not None:
            for st in styles_el.iterfind(w("style")):
                if st.get(w("type")) == "numbering":
                    nid = wval(st.find(f"{w('pPr')}/{w('numPr')}/{w('numId')}"))
                    if nid:
                        self._style_num[st.get(w("styleId")) or ""] = nid

    def _abstract_of(self, nid: str) -> tuple[str, etree._Element] | None:
        num = self._num.get(nid)
        seen: set[str] = set()
        while num is not None:
            aid = wval(num.find(w("abstractNumId")))
            an = self._abstract.get(aid or "")
            if an is None or aid in seen:
                return None
            seen.add(aid)  # type: ignore[arg-type]
            link = wval(an.find(w("numStyleLink")))
            if link is None:
                return aid, an  # type: ignore[return-value]
            # a list that borrows its definition from a numbering style
            num = self._num.get(self._style_num.get(link, ""))
        return None

    def _levels_of(self, nid: str) -> list[_Level | None]:
        hit = self._levels.get(nid)
        if hit is not None:
            return hit
        levels: list[_Level | None] = [None] * _MAX_LEVELS
        found = self._abstract_of(nid)
        if found:
            for lvl in found[1].iterfind(w("lvl")):
                i = lvl.get(w("ilvl"))
                if i and i.isdigit() and int(i) < _MAX_LEVELS:
                    levels[int(i)] = _Level(lvl)
            num = self._num[nid]
            for ov in num.iterfind(w("lvlOverride")):
                i = ov.get(w("ilvl"))
                if not (i and i.isdigit() and int(i) < _MAX_LEVELS):
                    continue
                lvl = ov.find(w("lvl"))
                if lvl is not None:
                    levels[int(i)] = _Level(lvl)
                so = wval(ov.find(w("startOverride")))
                if so and so.lstrip("-").isdigit() and levels[int(i)] is not None:
                    levels[int(i)].start = int(so)  # type: ignore[union-attr]
        self._levels[nid] = levels
        return levels

    def font(self, nid: str | None, ilvl: int | None, pstyle: str | None = None) -> str | None:
        """The font a level's label is drawn in when its level sets one (``w:lvl/w:rPr``)."""
        if not nid or nid == "0" or nid not in self._num or self._abstract_of(nid) is None:
            return None
        levels = self._levels_of(nid)
        if ilvl is None:
            ilvl = self.level_for_style(nid, pstyle)
        lv = levels[min(max(ilvl, 0), _MAX_LEVELS - 1)]
        return lv.font if lv is not None else None

    def level_for_style(self, nid: str, pstyle: str | None) -> int:
        """The level a style-numbered paragraph takes when it gives no ``w:ilvl``."""
        if pstyle:
            for i, lv in enumerate(self._levels_of(nid)):
                if lv is not None and lv.pstyle == pstyle:
                    return i
        return 0

    def label(self, nid: str | None, ilvl: int | None, pstyle: str | None = None) -> str:
        """The printed label with its suffix ("I- ", "1. ", "a) ", "+ "), advancing the counters;
        "" when the paragraph is not numbered (no numId, numId 0, or an undefined list)."""
        if not nid or nid == "0" or nid not in self._num:
            return ""
        found = self._abstract_of(nid)
        if found is None:
            return ""
        aid = found[0]
        levels = self._levels_of(nid)
        if ilvl is None:
            ilvl = self.level_for_style(nid, pstyle)
        ilvl = min(max(ilvl, 0), _MAX_LEVELS - 1)
        lv = levels[ilvl]
        if lv is None:
            return ""
        counters = self._counters.setdefault(aid, [None] * _MAX_LEVELS)
        if nid not in self._seen:
            self._seen.add(nid)
            # "Restart at N": this instance's overridden levels start afresh on first use
            num = self._num[nid]
            for ov in num.iterfind(w("lvlOverride")):
                i = ov.get(w("ilvl"))
                if i and i.isdigit() and int(i) < _MAX_LEVELS and ov.find(w("startOverride")) is not None:
                    counters[int(i)] = None
        counters[ilvl] = lv.start if counters[ilvl] is None else counters[ilvl] + 1  # type: ignore[operator]
        for j in range(ilvl + 1, _MAX_LEVELS):
            deeper = levels[j]
            r = deeper.restart if deeper is not None else None
            # Word restarts a deeper level when its restart level or any shallower one is used
            if r is None or (r != 0 and ilvl <= r - 1):
                counters[j] = None
        if lv.fmt == "bullet":
            mark = bullet_mark(lv.text, lv.font)
            return mark + lv.suffix if mark else ""
        pattern = lv.text if lv.text is not None else f"%{ilvl + 1}."
        out = []
        i = 0
        while i < len(pattern):
            ch = pattern[i]
            if ch == "%" and i + 1 < len(pattern) and pattern[i + 1] in "123456789":
                k = int(pattern[i + 1]) - 1
                other = levels[k]
                value = counters[k]
                if value is None:
                    value = other.start if other is not None else 0
                fmt = "decimal" if (lv.legal or other is None) else other.fmt
                out.append(format_number(value, fmt))
                i += 2
                continue
            out.append(ch)
            i += 1
        text = "".join(out)
        return text + lv.suffix if text.strip() else ""
