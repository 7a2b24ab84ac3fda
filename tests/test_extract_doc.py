"""The shared Doc index the extractors use: digits, standalone numbers, appended paragraphs."""
from __future__ import annotations

import random
import re

from tbparse.extract import Doc


def test_digits_are_every_digit_offset() -> None:
    d = Doc([[(1, "Ngày 14/5/2008, số 20")], [(2, "không có"), (3, "x9y")]])
    assert d.digits() == [m.start() for m in re.finditer(r"[0-9]", d.text)]


def test_numbers_ending_matches_a_regex_oracle() -> None:
    rnd = random.Random(7)
    for _ in range(300):
        words = ["".join(rnd.choice("0123456789") for _ in range(rnd.randint(1, 5))) for _ in range(8)]
        d = Doc([[(1, " ".join(words) + " 20-CT/TU 120 2020 020")]])
        for needle in ("20", "0", "5", "123"):
            oracle = [m.start() for m in re.finditer(r"(?<![0-9])0*" + needle + r"(?![0-9])", d.text)]
            oracle = [o + len(m) - len(needle) for o, m in
                      zip(oracle, re.findall(r"(?<![0-9])0*" + needle + r"(?![0-9])", d.text))]
            assert d.numbers_ending(needle) == oracle, (needle, d.text)


def test_plus_appends_without_rejoining() -> None:
    body = Doc([[(1, "Thường trực Tỉnh uỷ")]])
    both = body.plus([[(9, "- Sở Nội vụ, LĐLĐ tỉnh")]])
    assert both.text == "Thường trực Tỉnh uỷ\n- Sở Nội vụ, LĐLĐ tỉnh"
    assert both.paras[0] is body.paras[0]
    assert body.plus([]) is body
