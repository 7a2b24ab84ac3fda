"""A page number typed as a paragraph in a Word file ("- 2 -", "Trang 2") is page furniture, as in
a text file: not a recipient entry ("2 -") nor a bullet. A bare "2/5" stays (a table's cell)."""
from __future__ import annotations

import io

import docx
import pytest

from tbparse import parse_bytes

from .conftest import SEED

SEED_LINES = [ln.strip() for ln in SEED.read_text(encoding="utf-8").splitlines()]


def _docx(before: str | None = None, typed: str = "- 2 -") -> dict:
    d = docx.Document()
    for line in SEED_LINES:
        if before is not None and line.startswith(before):
            d.add_paragraph(typed)
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return parse_bytes(buf.getvalue()).model_dump()


def _texts(node: object) -> object:
    """The structure without line numbers (an inserted paragraph shifts them)."""
    if isinstance(node, dict):
        return {k: _texts(v) for k, v in node.items() if k not in ("line", "lines")}
    if isinstance(node, list):
        return [_texts(x) for x in node]
    return node


PLAIN = None


@pytest.mark.parametrize("before", ["- Các đồng chí UVBTV", "3- Tiếp tục", "Nơi nhận"])
@pytest.mark.parametrize("typed", ["- 2 -", "– 3 –", "Trang 2", "Trang 2/3"])
def test_typed_page_number_is_furniture(before: str, typed: str) -> None:
    global PLAIN
    PLAIN = PLAIN or _docx()
    d = _docx(before, typed)
    assert d["recipients"] == PLAIN["recipients"]
    assert _texts(d["sections"]) == _texts(PLAIN["sections"])
    assert [u["text"] for u in d["unplaced"]] == [typed]
    assert d["layout"]["furniture"] == [d["unplaced"][0]["line"]]
    assert not [w for w in d["warnings"] if w["code"] == "unplaced-text"]


def test_a_bare_fraction_is_not_taken() -> None:
    d = _docx("3- Tiếp tục", "2/5")
    assert "furniture" not in d["layout"] and d["unplaced"] == []
