"""A certified copy's block as data (``copy``): the copying office's label, issuer, number, place
and date, signature and recipients under the original's footer ("SAO Y BẢN CHÍNH", "SAO LỤC").
Before, zones.py stopped the original's footer above the label, and every other cell of the
block went to ``unplaced`` line by line (and TB000 reported each)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import tbparse
from tbparse.output import to_json
from tbparse.parser import parse_source
from tbparse.source import from_docx_bytes, from_text
from tests.layouts import docx, markdown_br, pdf, pdf_wrapped, web, web_wrapped
from tests.lossless import missing_words

EXPORTS = Path(__file__).resolve().parent / "data" / "exports"
SAO_Y = (EXPORTS / "25-tu-tb-ket-luan-sao-y-2019.txt").read_text(encoding="utf-8")
SAO_LUC = (EXPORTS / "40-vptu-sao-luc-quyet-dinh-2010.txt").read_text(encoding="utf-8")
SEED = (Path(__file__).resolve().parent.parent / "fixtures" / "seed-503-tb-tu.txt").read_text(encoding="utf-8")

SAO_Y_COPY = {
    "label": "SAO Y BẢN CHÍNH",
    "party": None,
    "issuer": {"name": "HUYỆN ỦY NINH HẢI", "parent": None},
    "number": {"raw": "12-SY/VPHU", "seq": 12, "type_code": "SY", "issuer_code": "VPHU"},
    "place": "Ninh Hải",
    "date": "2019-08-19",
    "signature": {"authority": [{"mode": "T/L", "body": "BAN THƯỜNG VỤ"}], "position": "CHÁNH VĂN PHÒNG",
                  "signer": "Trần Văn Hải", "note": None},
    "recipients": ["Các đồng chí Huyện ủy viên", "Các chi, đảng bộ trực thuộc", "Lưu Văn phòng Huyện ủy"],
    "line": 35,
}
SAO_LUC_COPY = {
    "label": "SAO LỤC",
    "party": None,
    "issuer": {"name": "TỈNH ỦY GIA LAI", "parent": None},
    "number": {"raw": "45-SL/VPTU", "seq": 45, "type_code": "SL", "issuer_code": "VPTU"},
    "place": "Pleiku",
    "date": "2010-06-02",
    "signature": {"authority": [{"mode": "T/L", "body": "BAN THƯỜNG VỤ"}], "position": "Q. CHÁNH VĂN PHÒNG",
                  "signer": "Rơ Mah Ngiu", "note": "(Đã ký)"},
    "recipients": ["Các đồng chí Tỉnh ủy viên", "Các huyện ủy, thị ủy, thành ủy", "Lưu Văn phòng Tỉnh ủy"],
    "line": 27,
}


def _parse(text: "str | bytes") -> dict:
    src = from_docx_bytes(text, path="x.docx") if isinstance(text, bytes) else from_text(text)
    return json.loads(to_json(parse_source(src, reject=False)))


def _no_line(copy: dict) -> dict:
    return {k: v for k, v in copy.items() if k != "line"}


@pytest.mark.parametrize(("text", "want"), [(SAO_Y, SAO_Y_COPY), (SAO_LUC, SAO_LUC_COPY)], ids=["sao-y", "sao-luc"])
def test_the_copy_block_of_a_word_export_is_data(text: str, want: dict) -> None:
    d = tbparse.parse_dict(text)
    assert d["copy"] == want
    assert d["unplaced"] == [] and not [w for w in d["warnings"] if w["code"] == "unplaced-text"]
    assert want["label"] in d["markings"]  # the label stays a copy note too
    # the original's footer is untouched by its copy's
    assert d["signature"]["signer"] in ("Lê Văn Bình", "Nguyễn Phú Trọng")
    assert not set(d["recipients"]) & set(want["recipients"])
    assert not missing_words(text, d)  # every word of the copy is somewhere in the output


def test_copy_sits_after_recipients_in_the_output() -> None:
    keys = list(tbparse.parse_dict(SAO_Y))
    assert keys[keys.index("recipients") + 1] == "copy"


@pytest.mark.parametrize("layout", [web, web_wrapped, markdown_br, pdf, pdf_wrapped], ids=lambda f: f.__name__)
@pytest.mark.parametrize(("text", "want"), [(SAO_Y, SAO_Y_COPY), (SAO_LUC, SAO_LUC_COPY)], ids=["sao-y", "sao-luc"])
def test_the_copy_block_reads_alike_in_a_web_copy_and_a_pdf(text: str, want: dict, layout) -> None:  # noqa: ANN001
    d = _parse(layout(text))
    assert _no_line(d["copy"]) == _no_line(want)
    assert d["unplaced"] == []


@pytest.mark.parametrize(("text", "want"), [(SAO_Y, SAO_Y_COPY), (SAO_LUC, SAO_LUC_COPY)], ids=["sao-y", "sao-luc"])
def test_the_copy_block_of_a_docx_is_data(text: str, want: dict) -> None:
    d = _parse(docx(text))
    assert _no_line(d["copy"]) == _no_line(want)
    assert d["unplaced"] == []


def test_a_document_without_a_copy_has_no_copy_key() -> None:
    # the field was added to schema "1": every other output stays byte for byte as it was
    d = tbparse.parse_dict(SEED)
    assert "copy" not in d
    assert "copy" not in tbparse.parse(SEED).to_dict()


@pytest.mark.parametrize("text", [SAO_Y, SEED], ids=["copy", "no-copy"])
def test_the_model_serialises_as_the_parser_writes(text: str) -> None:
    doc = tbparse.parse(text)
    assert doc.to_dict() == tbparse.parse_dict(text)
    assert list(doc.to_dict()) == list(tbparse.parse_dict(text))


def test_the_model_holds_the_copy() -> None:
    doc = tbparse.parse(SAO_LUC)
    assert doc.copy_ is not None and doc.copy_.number.raw == "45-SL/VPTU"
    assert doc.copy_.signature.position == "Q. CHÁNH VĂN PHÒNG"


def test_the_schema_describes_copy() -> None:
    from tbparse.models import Notice

    schema = Notice.model_json_schema(by_alias=True)
    assert "copy" in schema["properties"]
    block = schema["$defs"]["CopyBlock"]["properties"]
    assert set(block) == {"label", "party", "issuer", "number", "place", "date", "signature", "recipients", "line"}


def test_a_copy_number_not_understood_is_kept_and_warned() -> None:
    # the header's reader judges the copy's number line: "SY" is no document type code, so a
    # separator mistyped leaves it unread — in unplaced, with the header's warning, never dropped
    text = SAO_Y.replace("Số 12-SY/VPHU", "Số 12-SY.VPHU")
    d = tbparse.parse_dict(text)
    assert d["copy"]["number"] is None and d["copy"]["date"] == "2019-08-19"
    assert d["number"]["raw"] == "1125-TB/TU"  # the original's number is untouched
    assert {"line": 38, "text": "Số 12-SY.VPHU"} in d["unplaced"]
    assert [w["line"] for w in d["warnings"] if w["code"] == "unparsed-number"] == [38]


def _preview(text: str) -> str:
    from rich.console import Console

    from tbparse.preview import render

    con = Console(record=True, width=120, color_system=None)
    render(tbparse.parse_dict(text), console=con)
    return con.export_text()


def test_the_preview_shows_the_copy_block() -> None:
    out = _preview(SAO_LUC)
    assert "SAO LỤC (line 27)" in out and "45-SL/VPTU   Pleiku, 2010-06-02" in out
    assert "Q. CHÁNH VĂN PHÒNG" in out and "Rơ Mah Ngiu" in out and "- Lưu Văn phòng Tỉnh ủy" in out
    assert "SAO" not in _preview(SEED)


@pytest.mark.parametrize("layout", [None, web, pdf, markdown_br], ids=lambda f: f.__name__ if f else "word")
def test_check_reports_no_cell_of_the_copy_block(layout) -> None:  # noqa: ANN001
    # before, TB000 reported each of the copy's cells as text the parser could not place (10 in
    # doc 25, 11 in doc 40); what is left is the original's own (doc 40's body ends with ".")
    from tests.test_lint_rules import findings

    assert [f.code for f in findings(layout(SAO_Y) if layout else SAO_Y)] == []
    assert [f.code for f in findings(layout(SAO_LUC) if layout else SAO_LUC)] == ["TB024"]
