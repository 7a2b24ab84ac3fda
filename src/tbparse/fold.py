"""A matching copy of Vietnamese text that ignores what varies between typists.

Keywords must match whether a typist wrote ``uỷ`` or ``ủy``, ``hoà`` or ``hòa``, an en dash or a
hyphen, NBSP or a space, or a Cyrillic ``о`` inside a Vietnamese word. Folding removes tone marks and
vowel diacritics, lower-cases, and maps look-alikes — one character in, one character out — so a
match in the folded copy has the same offsets in the original and the output can keep the
document's own spelling. Patterns applied to folded text are written in plain ASCII.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

_EXTRA = {
    "đ": "d", "Đ": "d", "ð": "d", "Ð": "d",
    # dashes and minus signs
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    # spaces
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\t": " ", "\u3000": " ",
    # quotes
    "\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'",
    # Cyrillic and Greek look-alikes that slip into Vietnamese text
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j",
    "А": "a", "В": "b", "Е": "e", "К": "k", "М": "m", "Н": "h", "О": "o", "Р": "p", "С": "c",
    "Т": "t", "У": "y", "Х": "x", "І": "i",
    "Α": "a", "Β": "b", "Ε": "e", "Ζ": "z", "Η": "h", "Ι": "i", "Κ": "k", "Μ": "m", "Ν": "n",
    "Ο": "o", "Ρ": "p", "Τ": "t", "Υ": "y", "Χ": "x", "ο": "o", "ν": "v", "ι": "i",
}


@lru_cache(maxsize=1)
def _mapped() -> dict[int, str]:
    """Every code point that folds to something else, built on first use (not at import): ~1,400
    code points of Latin with diacritics, the look-alikes of ``_EXTRA`` and A–Z."""
    table: dict[int, str] = {}
    # Latin-1 Supplement to Latin Extended-B, the Greek question mark ";" (U+037E), and Latin
    # Extended Additional (ạ ả ấ … ỹ): the only blocks below U+1F00 with an ASCII base letter or
    # sign. Walking every code point up to U+1F00 instead took ~4 ms of a cold run.
    for cp in (*range(0x00C0, 0x0250), 0x037E, *range(0x1E00, 0x1F00)):
        base = unicodedata.normalize("NFD", chr(cp))[0]
        if base.isascii():
            table[cp] = base.lower()
    for k, v in _EXTRA.items():
        table[ord(k)] = v
    for cp in range(ord("A"), ord("Z") + 1):
        table[cp] = chr(cp + 32)
    return table


@lru_cache(maxsize=1)
def _table() -> list[int | str]:
    """:func:`_mapped` as a dense list (identity everywhere else, up to the highest mapped code point).

    A list rather than a dict: on non-ASCII text ``str.translate`` looks every character up, and
    each dict miss (every lower-case ASCII letter, digit and space) costs a raised and caught
    KeyError. With the list a seed parse's folding takes 82 µs instead of 156 µs. Code points past
    the list are kept as is.
    """
    table = _mapped()
    dense: list[int | str] = list(range(max(table) + 1))
    for cp, v in table.items():
        dense[cp] = v
    return dense


def preimages(ch: str) -> str:
    """Every character that folds to *ch* (itself included when it folds to itself): "d" → "dDđĐðÐ".

    For character classes of patterns that run on unfolded text — so they can never disagree with
    :func:`fold`."""
    own = ch if fold(ch) == ch else ""
    return own + "".join(chr(cp) for cp, v in _mapped().items() if v == ch)


def fold(s: str) -> str:
    """Return the matching copy of *s* (same length as *s* for NFC input)."""
    return s.translate(_table())
