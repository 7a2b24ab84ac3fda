"""Roman numerals, both ways: part numbers are Roman ("I-", "II.", "Chương IV"), and the parser,
the .docx list renderer and the numbering rule (TB022) all read or write them."""
from __future__ import annotations

_VALUE = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_DIGITS = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def roman(s: str) -> int:
    """Value of a Roman numeral in capitals ("XIV" → 14); 0 when it is not one. Lenient like the
    typists it reads: "IIII" counts as 4."""
    total = 0
    prev = 0
    for ch in reversed(s):
        v = _VALUE.get(ch, 0)
        if not v:
            return 0
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total


def to_roman(n: int) -> str:
    """``n`` (≥ 1) in Roman capitals: 14 → "XIV"."""
    out = []
    for v, s in _DIGITS:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)
