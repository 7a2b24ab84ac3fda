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

ID = "TB041"
NAME = "tone-marks"
SEVERITY = "info"
ERA = ("2004", "2018", "2026")
CHECKS = "text"
OPTIONS = {"style": ("auto", "expected style: auto (the document's majority), old (uỷ, hoà) or new (ủy, hòa)",
                     ("auto", "old", "new"))}

# open syllables ending in oa/oe/uy (no consonant after): old style marks the second vowel
#   "uỷ", "hoà", "khoẻ", "Thuỷ" — but not "quý" (qu + y), "hoàn" (closed syllable)
_OLD = re.compile(r"(?<![qQ])(?:[oO][àáảãạÀÁẢÃẠ]|[oO][èéẻẽẹÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?![^\W\d_])")
# new style marks the first: "ủy", "hòa", "khỏe", "ỦY"
_NEW = re.compile(r"(?<![qQ])(?:[òóỏõọÒÓỎÕỌ][aAeE]|[ùúủũụÙÚỦŨỤ][yY])(?![^\W\d_])")


# both at once, one pass per line
_EITHER = re.compile(f"(?P<old>{_OLD.pattern})|(?P<new>{_NEW.pattern})")


def check(notice, source, ctx):
    old, new = [], []
    for ln in source.lines:
        for m in _EITHER.finditer(ln.raw):
            (old if m.group("old") else new).append((ln.no, m))
    if not old or not new:
        return
    style = ctx.opt("style")
    if style == "auto":
        style = "old" if len(old) > len(new) else "new"
    minority, other = (new, "old") if style == "old" else (old, "new")
    example = "uỷ, hoà" if other == "old" else "ủy, hòa"
    for no, m in minority:
        raw = ctx.raw(no)
        s = m.start()
        while s > 0 and raw[s - 1].isalpha():
            s -= 1
        word = raw[s:m.end()]
        yield ctx.hit(no, f"«{word}» breaks the document's tone-mark style ({other}: {example}; {len(old)} old vs {len(new)} new)",
                      col=s + 1, end_col=m.end() + 1)
