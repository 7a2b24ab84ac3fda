"""Roman numerals both ways (part numbers, .docx list labels, TB022 messages)."""
from __future__ import annotations

import pytest

from tbparse.numerals import roman, to_roman


@pytest.mark.parametrize("n", range(1, 200))
def test_round_trip(n):
    assert roman(to_roman(n)) == n


def test_values():
    assert [roman(s) for s in ("I", "IV", "IX", "XIV", "XL", "IIII", "", "IL", "A", "ii")] == [
        1, 4, 9, 14, 40, 4, 0, 49, 0, 0]
    assert [to_roman(n) for n in (1, 4, 9, 14, 40, 90, 2024)] == ["I", "IV", "IX", "XIV", "XL", "XC", "MMXXIV"]
