"""Invisible characters around words and figures carry no text (lines.clean)."""
from __future__ import annotations

import pytest

import tbparse
from tbparse.lines import clean

from .conftest import SEED


@pytest.mark.parametrize("mark", ["\u200e", "\u200f", "\u061c", "\u202a", "\u202c", "\u2066", "\u2069", "\u200b", "\u00ad"])
def test_a_mark_around_the_meeting_date_loses_nothing(mark: str) -> None:
    seed = SEED.read_text(encoding="utf-8")
    marked = seed.replace("Ngày 14/5/2008", f"{mark}Ngày {mark}14/5/2008{mark}")
    assert marked != seed
    d, plain = tbparse.parse_dict(marked), tbparse.parse_dict(seed)
    assert d["meeting"] == plain["meeting"] and d["meeting"]["date"] == "2008-05-14"
    assert d["preamble"] == plain["preamble"]


def test_clean_drops_direction_marks_and_keeps_text() -> None:
    assert clean("\u200eNgày \u200f10/4/2015\u202c") == "Ngày 10/4/2015"
    assert clean("Phan Thiết") == "Phan Thiết"
