"""A joint document's Word footer: the two signature cells of one table row, "Nơi nhận" below.

docx_reader gives the row cell by cell, so the left cell came first and, with no "Nơi nhận" or
authority prefix right above it, stayed in the body (its name became a paragraph of the last item
and TB024 asked for "./." after it), the right cell alone was the signature, and TB042 then told
the left block it belonged on the right.
"""
from __future__ import annotations

import json

import pytest

from tbparse.output import to_json
from tbparse.source import from_docx_bytes
from tests.docx_builders import joint_notice

DV = {"authority": [], "position": "TRƯỞNG BAN DÂN VẬN", "signer": "Hồ Thị Châu Loan", "note": None}
TC = {"authority": [], "position": "TRƯỞNG BAN TỔ CHỨC", "signer": "Nguyễn Đình Long", "note": None}


def _parse(swap: bool) -> dict:
    from tbparse.parser import parse_source

    return json.loads(to_json(parse_source(from_docx_bytes(joint_notice(swap=swap), path="joint.docx"))))


@pytest.mark.parametrize("swap, left, right", [(False, DV, TC), (True, TC, DV)])
def test_the_left_cell_signs_and_the_right_cell_cosigns(swap: bool, left: dict, right: dict) -> None:
    d = _parse(swap)
    assert d["signature"] == {**left, "cosigners": [right]}
    assert d["layout"]["signature"] == {"authority_lines": [], "position_line": 12, "signer_line": 15,
                                        "cosigners": [{"authority_lines": [], "position_line": 16, "signer_line": 19}]}


def test_no_signature_line_is_left_in_the_body() -> None:
    d = _parse(False)
    assert [it["paragraphs"] for it in d["sections"][0]["items"]] == [[], []]
    assert d["recipients"] == ["Thường trực Tỉnh ủy (để báo cáo)", "Lưu Ban Tổ chức, Ban Dân vận Tỉnh ủy"]
    assert d["unplaced"] == []


def test_lint_places_neither_block_and_asks_for_no_end_mark_after_a_name(tmp_path) -> None:
    p = tmp_path / "joint.docx"
    p.write_bytes(joint_notice())
    from tbparse.lint import lint_path

    assert [(f.code, f.line) for f in lint_path(str(p)) if f.code in ("TB042", "TB024")] == []
