"""Tone marks placed in two styles in one document ("uỷ"/"hoà" and "ủy"/"hòa").

Vietnamese puts the tone mark of "oa", "oe", "uy" either on the second vowel (old style: "uỷ",
"hoà", "thuỷ", "khoẻ") or on the first (new style: "ủy", "hòa", "thủy", "khỏe"). No Party rule picks
one, but a document should keep one: the reference notice has 37 × "uỷ" against 8 × "ủy", "TỈNH
ỦY" in the header but "Tỉnh uỷ" in the body (consistency — format-rules.md §8(4), §9 TB041). Each
word written in the minority style is reported; ``style = "old"`` or ``"new"`` in
``[tool.tbparse.options.TB041]`` fixes the expected style instead.

Fails::

    TỈNH ỦY BÌNH THUẬN …
    Văn phòng Tỉnh uỷ thông báo …

Passes::

    TỈNH ỦY BÌNH THUẬN …
    Văn phòng Tỉnh ủy thông báo …
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from ...lazyre import lazy_re

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB041"
NAME = "tone-marks"
SEVERITY = "info"
ERA = ("2004", "2018", "2026")
CHECKS = "text"
OPTIONS = {"style": ("auto", "expected style: auto (the document's majority), old (uỷ, hoà) or new (ủy, hòa)",
                     ("auto", "old", "new"))}

# open syllables ending in oa/oe/uy (no letter after), the two vowels in either style:
#   old "uỷ", "hoà", "khoẻ", "Thuỷ" (mark on the second vowel); new "ủy", "hòa", "khỏe", "ỦY" (on the first).
# A leading character class lets the regex engine skip fast to candidates; which style a pair is
# in, and the "qu" + y of "quý" (not a uy syllable), are decided in Python.
_PAIR = lazy_re(r"([oOuUòóỏõọÒÓỎÕỌùúủũụÙÚỦŨỤ])([aAeEyYàáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ])(?![^\W\d_])")
_PLAIN_O, _PLAIN_U = "oO", "uU"
_TONED_O, _TONED_U = "òóỏõọÒÓỎÕỌ", "ùúủũụÙÚỦŨỤ"
_TONED_AE, _TONED_Y = "àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ", "ỳýỷỹỵỲÝỶỸỴ"


def _style(m: re.Match, text: str) -> str | None:
    """"old", "new" or None for a pair that is not an oa/oe/uy syllable with a tone mark."""
    a, b = m.group(1), m.group(2)
    if m.start() > 0 and text[m.start() - 1] in "qQ":
        return None  # "quý", "quỳ": qu + y
    if a in _PLAIN_O and b in _TONED_AE or a in _PLAIN_U and b in _TONED_Y:
        return "old"
    if a in _TONED_O and b in "aAeE" or a in _TONED_U and b in "yY":
        return "new"
    return None


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    old, new = [], []
    for no, s, e, m in ctx.finditer(_PAIR):
        style = _style(m, m.string)
        if style:
            (old if style == "old" else new).append((no, s, e))
    if not old or not new:
        return
    style = ctx.opt("style")
    if style == "auto":
        style = "old" if len(old) > len(new) else "new"
    minority, other = (new, "old") if style == "old" else (old, "new")
    example = "uỷ, hoà" if other == "old" else "ủy, hòa"
    for no, s, e in minority:
        raw = ctx.raw(no)
        while s > 0 and raw[s - 1].isalpha():
            s -= 1
        word = raw[s:e]
        yield ctx.hit(no, f"«{word}» breaks the document's tone-mark style ({other}: {example}; {len(old)} old vs {len(new)} new)",
                      col=s + 1, end_col=e + 1)
