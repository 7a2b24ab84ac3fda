"""The .docx twin of the seed notice parses exactly like the text: field by field, lines aside.

The twin is typed the way an office types it in Word (header and footer as borderless tables,
parts/items/points as automatic numbering), so equality shows that the reader's paragraph order,
rendered numbering and column fragments give the parser what a text export gives it.
"""
from __future__ import annotations

import pytest

from tbparse.source import from_docx_bytes
from tbparse.parser import parse_source
from tbparse.source import read_path

from .conftest import SEED
from .docx_builders import seed_notice
from .layouts import without_lines

FIELDS = (
    "party", "issuer", "number", "place", "date", "doc_type", "subject", "markings", "meeting",
    "attendees", "preamble", "sections", "closing", "signature", "recipients", "references",
    "people", "dates", "abbreviations", "unplaced", "warnings",
)


_no_lines = without_lines  # (tests/layouts.py)


@pytest.fixture(scope="module")
def text_parse() -> dict:
    return parse_source(read_path(str(SEED)))


VARIANTS = {
    "as-typed": {},
    "no-empty-paragraphs": {"blank_paragraphs": False},
    "typed-numbers": {"auto_numbering": False},
    "all-caps-attribute": {"title_caps_attr": True},
    "rule-as-shape": {"heading_rule": "shape"},
    "cells-with-line-breaks": {"cell_breaks": True},
}


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_docx_twin_parses_like_text(variant: str, text_parse: dict) -> None:
    d = parse_source(from_docx_bytes(seed_notice(**VARIANTS[variant]), path="seed.docx"))
    for field in FIELDS:
        assert _no_lines(d[field]) == _no_lines(text_parse[field]), field


# Quotes and dashes a legacy font cannot hold are typed as a converter wrote them: " and -.
_ASCII = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2013": "-"})


@pytest.mark.parametrize("legacy, fonts", [("tcvn3", ".VnTime, .VnTimeH"), ("vni", "VNI-Times")])
def test_docx_twin_in_legacy_fonts_parses_like_text(legacy: str, fonts: str, text_parse: dict) -> None:
    src = from_docx_bytes(seed_notice(legacy=legacy), path="seed.docx")
    assert src.repaired_from == fonts
    d = parse_source(src)
    for field in FIELDS:
        assert _no_lines(d[field]) == _ascii(_no_lines(text_parse[field])), field


def _ascii(obj):
    if isinstance(obj, str):
        return obj.translate(_ASCII)
    if isinstance(obj, dict):
        return {k: _ascii(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_ascii(v) for v in obj]
    return obj


def test_twin_structure_is_real(text_parse: dict) -> None:
    """Guard against two empty parses comparing equal: the twin has the seed's tree."""
    d = parse_source(from_docx_bytes(seed_notice(), path="seed.docx"))
    assert d["source"]["kind"] == "docx" and d["source"]["encoding"] == "docx"
    assert [s["number"] for s in d["sections"]] == ["I", "II"]
    assert [i["number"] for i in d["sections"][1]["items"]] == ["1", "2", "3", "4", "5", "6", "7"]
    assert [b["marker"] for b in d["sections"][1]["items"][0]["bullets"]] == ["+"] * 5
    assert [b["marker"] for b in d["sections"][1]["items"][5]["bullets"]] == ["*", "*"]
    assert d["number"]["raw"] == "503-TB/TU" and d["date"] == "2008-05-16"
    assert d["signature"]["signer"] == "Huỳnh Đa Trung"
    assert len(d["recipients"]) == 6


def test_twin_line_numbers_are_paragraph_numbers() -> None:
    src = from_docx_bytes(seed_notice(), path="seed.docx")
    d = parse_source(src)
    by_no = {ln.no: ln for ln in src.lines}
    # header table: left cell paragraphs 1-3, right cell 4-5
    assert [by_no[i].text for i in (1, 2, 3)] == ["TỈNH ỦY BÌNH THUẬN", "*", "Số 503-TB/TU"]
    assert by_no[4].text == "ĐẢNG CỘNG SẢN VIỆT NAM"
    assert d["layout"]["number_line"]["line"] == 3
    assert d["layout"]["date_line"]["line"] == 5
    part_two = d["sections"][1]
    assert by_no[part_two["line"]].text.startswith("II- Một số nhiệm vụ")
    assert by_no[d["meeting"]["line"]].text.startswith("Ngày 14/5/2008")
    # the paragraph numbers are consecutive, one per paragraph
    assert sorted(by_no) == list(range(1, len(by_no) + 1))
