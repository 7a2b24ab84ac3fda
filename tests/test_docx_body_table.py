"""A table in a .docx body: one paragraph per row, its cells joined, as a markdown table row is.

docx_reader gives a table cell by cell; each cell was a paragraph of its own, so a three-column
schedule under an item became nine paragraphs ("TT", "Nội dung", …, a lone "Quý III/2022").
"""
from __future__ import annotations

import json

from tbparse.output import to_json
from tbparse.parser import parse_source
from tbparse.source import from_docx_bytes
from tests.docx_builders import table_notice


def _items(d: dict) -> list[dict]:
    return d["sections"][0]["items"]


def test_each_row_of_a_body_table_is_one_paragraph_under_its_item() -> None:
    d = json.loads(to_json(parse_source(from_docx_bytes(table_notice(), path="t.docx"))))
    assert _items(d)[0]["paragraphs"] == [
        {"line": 11, "text": "TT Nội dung Thời gian"},
        {"line": 14, "text": "1 Rà soát, sàng lọc đảng viên Quý III/2022"},
        {"line": 17, "text": "2 Kiện toàn cấp ủy cơ sở trước ngày 30/11/2022"},
    ]
    assert [it["number"] for it in _items(d)] == ["1", "2"]
    assert d["unplaced"] == []

