"""Lossless on every fixture, export and corpus file: no word of the input is dropped, body order kept."""
from __future__ import annotations

import pytest

import tbparse

from .conftest import CORPUS, FIXTURES
from .lossless import body_order_ok, missing_words

EXPORTS = FIXTURES.parent / "tests" / "data" / "exports"
# (the exports too: a 1990s "Nơi gửi:" lost its "gửi" and only they have one)
FILES = sorted(FIXTURES.glob("*.txt")) + sorted(EXPORTS.glob("*.txt")) + sorted(CORPUS.glob("*.txt"))


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_lossless(path) -> None:
    text = path.read_text(encoding="utf-8")
    d = tbparse.parse_dict(text, reject=False)
    assert not missing_words(text, d), missing_words(text, d).most_common(10)
    assert body_order_ok(d)
