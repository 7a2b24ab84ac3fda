"""Resolve the formatting Word actually applies to a run or a paragraph.

A .docx stores formatting in layers: document defaults, then the table style, the paragraph style
(and the styles it is based on), the character style, and finally the run's own properties. The
linter's font and alignment rules (TB043, TB042) need the value that wins, and the reader needs the
run's font to recognise legacy ``.VnTime``/``VNI-Times`` text — so this module flattens the layers
into plain dicts, each style chain resolved once and cached.

Only the properties the rules read are resolved: font, size, bold, italic, underline, caps,
hidden text, paragraph alignment, indents, tab stops, numbering reference and bottom border. Toggle properties
(bold, italic, caps) are treated as plain overrides, as LibreOffice does; Word's XOR of a toggle
set in two style layers is rare enough in real documents not to matter for linting.
"""
from __future__ import annotations

from collections import Counter
from typing import Any, Iterable

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"


def w(tag: str) -> str:
    """Clark name of a WordprocessingML tag: ``w("p")`` → ``{…/main}p``."""
    return f"{{{W}}}{tag}"


def wval(el: etree._Element | None, attr: str = "val") -> str | None:
    """The ``w:val`` (or other ``w:``) attribute of *el*, None when *el* is None."""
    if el is None:
        return None
    return el.get(w(attr))


_FALSE = {"0", "false", "off", "none"}


def _on(el: etree._Element) -> bool:
    """A Boolean property: ``<w:b/>`` is on, ``<w:b w:val="0"/>`` is off."""
    v = el.get(f"{{{W}}}val")
    return v is None or v.lower() not in _FALSE


# paragraph alignment (w:jc) → the four values the rules speak of
_JC = {
    "left": "left", "start": "left",
    "right": "right", "end": "right",
    "center": "center",
    "both": "justify", "distribute": "justify", "thaiDistribute": "justify",
    "lowKashida": "justify", "mediumKashida": "justify", "highKashida": "justify",
}

FMT_KEYS = ("font", "size", "bold", "italic", "underline", "caps")


class Theme:
    """The theme's major/minor Latin fonts, for ``w:asciiTheme="minorHAnsi"`` references."""

    def __init__(self, blob: bytes | None) -> None:
        self.fonts: dict[str, str] = {}
        if not blob:
            return
        try:
            root = etree.fromstring(blob)
        except etree.XMLSyntaxError:
            return
        for kind in ("major", "minor"):
            latin = root.find(f".//{{{A}}}{kind}Font/{{{A}}}latin")
            if latin is not None and latin.get("typeface"):
                self.fonts[kind] = latin.get("typeface")

    def font(self, ref: str) -> str | None:
        # "minorHAnsi", "majorAscii", "minorBidi" … → the theme's minor or major Latin font
        return self.fonts.get("major" if ref.startswith("major") else "minor")


_T_RFONTS, _T_SZ, _T_B, _T_I, _T_U, _T_CAPS = (w(t) for t in ("rFonts", "sz", "b", "i", "u", "caps"))
_T_VANISH = {w("vanish"), w("specVanish")}
_T_RSTYLE, _A_VAL = w("rStyle"), w("val")
_FONT_ATTRS = tuple((w(a), a.endswith("Theme")) for a in ("asciiTheme", "ascii", "hAnsiTheme", "hAnsi"))
_HANSI_ATTRS = _FONT_ATTRS[2:]
# Small caps print lower-case letters as small capitals: a reader sees "THÔNG BÁO" (kept apart
# from "caps", the All caps attribute the rules report)
_TOGGLE_TAGS = {_T_B: "bold", _T_I: "italic", _T_CAPS: "caps", w("smallCaps"): "smallcaps"}


def run_props(rpr: etree._Element | None, theme: Theme) -> dict[str, Any]:
    """The properties one ``w:rPr`` sets (absent keys are inherited)."""
    out: dict[str, Any] = {}
    if rpr is None:
        return out
    for el in rpr:
        tag = el.tag
        key = _TOGGLE_TAGS.get(tag)
        if key is not None:
            out[key] = _on(el)
        elif tag == _T_RFONTS:
            # a theme reference wins over the literal name in the same element
            for attr, is_theme in _FONT_ATTRS:
                v = el.get(attr)
                if v:
                    out["font"] = theme.font(v) if is_theme else v
                    break
            # the font Word draws characters above ASCII in (legacy-font letters: "§¶ng"), which
            # inherits on its own: a run may set only w:ascii over a style's .VnTime
            for attr, is_theme in _HANSI_ATTRS:
                v = el.get(attr)
                if v:
                    out["hansi"] = theme.font(v) if is_theme else v
                    break
        elif tag == _T_SZ:
            v = el.get(_A_VAL)
            if v and v.lstrip("-").isdigit():
                out["size"] = int(v) / 2
        elif tag == _T_U:
            v = el.get(_A_VAL)
            out["underline"] = v is None or v != "none"
        elif tag in _T_VANISH:
            out["vanish"] = _on(el)
        elif tag == _T_RSTYLE:
            out["_rstyle"] = el.get(_A_VAL)
    return out


def para_props(ppr: etree._Element | None) -> dict[str, Any]:
    """The paragraph properties one ``w:pPr`` sets: alignment, numbering, bottom border."""
    out: dict[str, Any] = {}
    if ppr is None:
        return out
    jc = ppr.find(w("jc"))
    if jc is not None and jc.get(w("val")) in _JC:
        out["align"] = _JC[jc.get(w("val"))]
    num = ppr.find(w("numPr"))
    if num is not None:
        nid = wval(num.find(w("numId")))
        lvl = wval(num.find(w("ilvl")))
        if nid is not None:
            out["numId"] = nid
        if lvl is not None and lvl.isdigit():
            out["ilvl"] = int(lvl)
    bottom = ppr.find(f"{w('pBdr')}/{w('bottom')}")
    if bottom is not None:
        out["border_bottom"] = (bottom.get(w("val")) or "none") not in ("none", "nil")
    ind = ppr.find(w("ind"))
    if ind is not None:
        # indents in twips; "start"/"end" are the newer names of "left"/"right"; a hanging indent
        # is a negative first-line indent
        for key, names in (("ind_left", ("left", "start")), ("ind_right", ("right", "end")),
                           ("ind_first", ("firstLine",)), ("ind_hanging", ("hanging",))):
            for name in names:
                v = ind.get(w(name))
                if v is not None and v.lstrip("-").isdigit():
                    out[key] = int(v)
                    break
        if "ind_hanging" in out:
            out["ind_first"] = -out.pop("ind_hanging")
    tabs = ppr.find(w("tabs"))
    if tabs is not None:
        # custom tab stops: ((position in twips, kind), …); kind "clear" removes an inherited stop
        stops = []
        for t in tabs.iterfind(w("tab")):
            pos = t.get(w("pos"))
            if pos is not None and pos.lstrip("-").isdigit():
                stops.append((int(pos), t.get(w("val")) or "left"))
        out["tabs"] = tuple(stops)
    return out


def merge_para(out: dict[str, Any], layer: dict[str, Any]) -> None:
    """Lay paragraph properties *layer* over *out*: tab stops add up (a "clear" stop removes the
    inherited one at its position), every other property replaces."""
    for k, v in layer.items():
        if k == "tabs":
            stops = dict(out.get("tabs") or ())
            for pos, kind in v:
                if kind == "clear":
                    stops.pop(pos, None)
                else:
                    stops[pos] = kind
            out["tabs"] = tuple(sorted(stops.items()))
        else:
            out[k] = v


class Styles:
    """Flattened style chains of one document: ``run(rpr, pstyle, rstyle)``, ``para(ppr, pstyle)``."""

    def __init__(self, styles_el: etree._Element | None, theme: Theme) -> None:
        self.theme = theme
        self._by_id: dict[str, etree._Element] = {}
        self.default_para: str | None = None
        self.default_char: str | None = None
        self.default_table: str | None = None
        self.doc_run: dict[str, Any] = {"size": 10.0}
        self.doc_para: dict[str, Any] = {}
        self._run_cache: dict[tuple[str, str | None], dict] = {}
        self._para_cache: dict[str, dict] = {}
        if styles_el is None:
            return
        dd = styles_el.find(w("docDefaults"))
        if dd is not None:
            self.doc_run = run_props(dd.find(f"{w('rPrDefault')}/{w('rPr')}"), theme)
            self.doc_para = para_props(dd.find(f"{w('pPrDefault')}/{w('pPr')}"))
        self.doc_run.setdefault("size", 10.0)  # Word's size when no layer sets one
        for st in styles_el.iterfind(w("style")):
            sid = st.get(w("styleId"))
            if not sid:
                continue
            self._by_id[sid] = st
            if st.get(w("default")) in ("1", "true", "on"):
                kind = st.get(w("type"))
                if kind == "paragraph":
                    self.default_para = sid
                elif kind == "character":
                    self.default_char = sid
                elif kind == "table":
                    self.default_table = sid

    def _chain(self, sid: str | None) -> list[etree._Element]:
        """The style and its ``basedOn`` ancestors, root first (cycles cut)."""
        out: list[etree._Element] = []
        seen: set[str] = set()
        while sid and sid not in seen and sid in self._by_id:
            seen.add(sid)
            st = self._by_id[sid]
            out.append(st)
            sid = wval(st.find(w("basedOn")))
        out.reverse()
        return out

    def style_run(self, sid: str | None, kind: str = "p") -> dict[str, Any]:
        """Run properties a style contributes, its ancestors' included."""
        key = (kind, sid)
        hit = self._run_cache.get(key)  # type: ignore[arg-type]
        if hit is None:
            hit = {}
            for st in self._chain(sid):
                hit.update(run_props(st.find(w("rPr")), self.theme))
            hit.pop("_rstyle", None)
            self._run_cache[key] = hit  # type: ignore[index]
        return hit

    def style_para(self, sid: str | None) -> dict[str, Any]:
        """Paragraph properties a style contributes, its ancestors' included."""
        key = sid or ""
        hit = self._para_cache.get(key)
        if hit is None:
            hit = {}
            for st in self._chain(sid):
                merge_para(hit, para_props(st.find(w("pPr"))))
            self._para_cache[key] = hit
        return hit

    def para_style_id(self, ppr: etree._Element | None) -> str | None:
        sid = wval(ppr.find(w("pStyle"))) if ppr is not None else None
        return sid if sid in self._by_id else self.default_para

    def table_style_id(self, tbl: etree._Element | None) -> str | None:
        if tbl is None:
            return None
        sid = wval(tbl.find(f"{w('tblPr')}/{w('tblStyle')}"))
        return sid if sid in self._by_id else self.default_table

    def para(self, ppr: etree._Element | None, pstyle: str | None, tstyle: str | None = None) -> dict[str, Any]:
        """Effective paragraph properties: defaults → table style → paragraph style → direct."""
        out: dict[str, Any] = {}
        merge_para(out, self.doc_para)
        if tstyle:
            merge_para(out, self.style_para(tstyle))
        merge_para(out, self.style_para(pstyle))
        direct = para_props(ppr)
        if "numId" in direct and "ilvl" not in direct:
            out.pop("ilvl", None)  # a direct numId without ilvl means level 0, not the style's level
        merge_para(out, direct)
        out["style"] = pstyle
        return out

    def base_run(self, pstyle: str | None, tstyle: str | None = None) -> dict[str, Any]:
        """Run properties every run of a paragraph starts from (before its character style)."""
        out = dict(self.doc_run)
        if tstyle:
            out.update(self.style_run(tstyle, "t"))
        out.update(self.style_run(pstyle))
        return out

    def run(self, rpr: etree._Element | None, base: dict[str, Any]) -> dict[str, Any]:
        """Effective properties of one run: the paragraph's base → character style → direct."""
        direct = run_props(rpr, self.theme)
        rstyle = direct.pop("_rstyle", None) or self.default_char
        if not direct and not rstyle:
            return base
        out = dict(base)
        if rstyle:
            out.update(self.style_run(rstyle, "r"))
        out.update(direct)
        return out


def dominant(pieces: Iterable[tuple[str, dict[str, Any]]]) -> dict[str, Any]:
    """Per property, the value that covers most non-space characters (first seen wins a tie).

    A heading whose last word is set in another font still reports the heading's font; a blank
    paragraph reports None for every run property.
    """
    weights: dict[int, list] = {}  # id(props) → [props, characters]: runs share their props dict
    for text, props in pieces:
        n = len("".join(text.split()))
        if n:
            slot = weights.get(id(props))
            if slot is None:
                weights[id(props)] = [props, n]
            else:
                slot[1] += n
    out: dict[str, Any] = {}
    for k in FMT_KEYS:
        c: Counter = Counter()
        for props, n in weights.values():
            v = props.get(k)
            if v is None and k in _TOGGLES:
                v = False  # an unset toggle is off
            c[v] += n
        out[k] = c.most_common(1)[0][0] if c else None
    return out


_TOGGLES = frozenset(("bold", "italic", "underline", "caps"))
