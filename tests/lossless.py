"""The lossless property: every word of the input is somewhere in the output.

Words are ``\\w+`` runs. Layout tokens ("Số", "Nơi nhận", markers, rules, emphasis) are not words or
are excluded; everything else must be in the output's text values (including ``unplaced`` and the
``layout`` texts of the header lines), as often as in the input. Body words must also keep their order.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

_WORD = re.compile(r"\w+")
_LAYOUT = {"số", "nơi", "nhận"}
_SKIP_KEYS = {"source", "warnings", "schema_version", "references", "people", "dates", "abbreviations", "layout_skip"}


_ZW = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)  # not text: the parser drops them
# a web copy's line break inside a cell: markup, not a word — also with emphasis markers in it
# ("<**br>"), which the parser strips before it reads the break
_BR = re.compile(r"<[*_]*br[*_]*\s*/?[*_]*>", re.IGNORECASE)
# A superscript figure is a note's mark, not part of a word: the contract gives "¹ Công ty …" as
# mark "1" (steps/annexes.py), so "¹", or "An¹", counts as the figure standing alone, on both sides
_SUP = {ord(c): f" {v} " for c, v in zip("\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079", range(1, 10))}


def words(s: str) -> list[str]:
    s = unicodedata.normalize("NFC", _BR.sub(" ", s.translate(_ZW))).replace("_", " ").translate(_SUP)
    return [w.lower() for w in _WORD.findall(s) if w.lower() not in _LAYOUT]


def _texts(obj, out: list[str]) -> None:
    if isinstance(obj, str):
        out.append(obj)
    elif isinstance(obj, dict):
        for k, v in obj.items():
            if k in _SKIP_KEYS or k == "line" or k == "lines":
                continue
            _texts(v, out)
    elif isinstance(obj, list):
        for v in obj:
            _texts(v, out)


def output_words(d: dict) -> list[str]:
    texts: list[str] = []
    _texts({k: v for k, v in d.items() if k not in ("layout",)}, texts)
    lay = d.get("layout") or {}
    for lay_ in (lay, lay.get("copy") or {}):  # header lines kept as printed (a copy block's too)
        for key in ("date_line", "number_line", "number_blank", "author_line"):
            if lay_.get(key):
                texts.append(lay_[key]["text"])
    for lay_ in (lay, lay.get("copy") or {}):  # a draft's "Nguyễn Văn ……" where the signer's name goes
        for sig in (lay_.get("signature") or {}, *((lay_.get("signature") or {}).get("cosigners") or [])):
            if sig.get("signer_blank"):
                texts.append(sig["signer_blank"]["text"])
    for m in lay.get("state_motto", []):
        texts.append(m["text"])
    if lay.get("cc_label"):  # "Đồng gửi:" inside the recipients list
        texts.append(lay["cc_label"]["text"])
    if lay.get("recipients_label_text"):  # the label when not "Nơi nhận:" ("Nơi gửi:" of the 1990s)
        texts.append(lay["recipients_label_text"])
    return [w for t in texts for w in words(t)]


def missing_words(text: str, d: dict) -> Counter:
    """Input words (with multiplicity) the output lacks; empty when lossless."""
    return Counter(words(text)) - Counter(output_words(d))


_CHILDREN = ("paragraphs", "bullets", "items")


def body_order_ok(d: dict) -> bool:
    """Preamble → sections → closing words appear in the output in input order (by line).

    A node is read before what it holds, and what it holds — its paragraphs, bullets and items —
    in order of their lines: a paragraph that left a list follows the list in its holder
    (structure.py), the others come before its bullets and items."""
    nodes: list[tuple[int, str]] = []

    def walk(x) -> None:
        if isinstance(x, dict):
            if "line" in x and "text" in x and isinstance(x["text"], str):
                nodes.append((x["line"], x["text"]))
            held = [c for k in _CHILDREN for c in x.get(k) or ()]
            for c in sorted(held, key=lambda c: c["line"]):
                walk(c)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    walk(d.get("preamble"))
    walk(d.get("sections"))
    lines = [n for n, _ in nodes]
    return lines == sorted(lines)
