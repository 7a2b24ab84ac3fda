"""UTF-8 shown as cp1252 and saved again more than once ("Ã„ÂÃ¡ÂºÂ¢NG" for "ĐẢNG")."""
from __future__ import annotations

import tbparse
from tbparse.decode import repair_text

from .conftest import SEED

_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D}  # cp1252 has no character for these: shown as C1


def shown_as_cp1252(s: str) -> str:
    return "".join(chr(b) if b in _UNDEFINED else bytes([b]).decode("cp1252") for b in s.encode("utf-8"))


def test_two_layers_read_like_the_original():
    text = SEED.read_text(encoding="utf-8")
    twice = shown_as_cp1252(shown_as_cp1252(text))
    assert twice.startswith("TÃ¡Â»Ë†NH")
    fixed, label = repair_text(twice)
    assert (fixed, label) == (text, "utf-8-as-cp1252-x2")
    got = tbparse.parse_bytes(twice.encode("utf-8")).model_dump(exclude={"source"})
    assert got == tbparse.parse(text).model_dump(exclude={"source"})


def test_three_layers():
    line = "ĐẢNG CỘNG SẢN VIỆT NAM\nSố 503-TB/TU\n"
    thrice = shown_as_cp1252(shown_as_cp1252(shown_as_cp1252(line)))
    assert repair_text(thrice) == (line, "utf-8-as-cp1252-x3")


def test_genuine_latin_text_is_left_alone():
    text = "Ã propos: café, naïve, Ärger\n"
    assert repair_text(text) == (text, None)
