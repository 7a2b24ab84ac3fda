"""Regression tests for web copies made by HTML-to-markdown converters and legal sites (audit 2, w04/w05).

Each input is the smallest realistic notice that showed the defect; the asserts are exact values.
"""
from __future__ import annotations

import json

import tbparse
from tbparse.lines import split_lines
from tbparse.lint import lint_text

BODY = (
    "Ngày 10/01/2025, đồng chí Lại Thế Nguyên - Phó Bí thư Thường trực Tỉnh ủy đã làm việc với "
    "Ban Thường vụ Huyện ủy Hoằng Hóa.\n"
    "\n"
    "1. Tập trung chuẩn bị tốt đại hội đảng bộ các cấp.\n"
    "\n"
    "Văn phòng Tỉnh ủy thông báo để Huyện ủy Hoằng Hóa biết, thực hiện./.\n"
    "\n"
)


def test_table_delimiter_row_is_no_recipient() -> None:
    """'|---|---|' under the footer's first row was read as two recipients '--' (lint TB035/TB036)."""
    text = (
        "| TỈNH ỦY THANH HÓA | ĐẢNG CỘNG SẢN VIỆT NAM |\n"
        "| :--- | :---: |\n"
        "| Số 1234-TB/TU | *Thanh Hóa, ngày 15 tháng 01 năm 2025* |\n"
        "\n"
        "**THÔNG BÁO**\n"
        "\n"
        "**kết luận của Thường trực Tỉnh ủy tại buổi làm việc với Huyện ủy Hoằng Hóa**\n"
        "\n" + BODY +
        "| **Nơi nhận:** | **T/L BAN THƯỜNG VỤ** |\n"
        "|---|---|\n"
        "| - Thường trực Tỉnh ủy, | **CHÁNH VĂN PHÒNG** |\n"
        "| - Lưu Văn phòng Tỉnh ủy. | **Nguyễn Văn Thi** |\n"
    )
    d = tbparse.parse_dict(text)
    assert d["recipients"] == ["Thường trực Tỉnh ủy", "Lưu Văn phòng Tỉnh ủy"]
    assert d["layout"]["recipients"] == [
        {"line": 17, "raw": "- Thường trực Tỉnh ủy,"},
        {"line": 18, "raw": "- Lưu Văn phòng Tỉnh ủy."},
    ]
    assert d["signature"] == {
        "authority": [{"mode": "T/L", "body": "BAN THƯỜNG VỤ"}],
        "position": "CHÁNH VĂN PHÒNG",
        "signer": "Nguyễn Văn Thi",
        "note": None,
    }
    assert d["issuer"] == {"name": "TỈNH ỦY THANH HÓA", "parent": None}
    assert d["unplaced"] == []
    assert [ln.sep for ln in split_lines(text)[1:2] + split_lines(text)[15:16]] == [True, True]
    assert [f.code for f in lint_text(text, path="t.txt") if f.code in ("TB035", "TB036")] == []


def test_br_breaks_split_table_cells_into_column_lines() -> None:
    """'<br>' inside cells: the header and footer rows were one unreadable line each (not a Party document)."""
    text = (
        "| TỈNH ỦY THANH HÓA<br>* <br>Số: 1234 - TB/TU | ĐẢNG CỘNG SẢN VIỆT NAM<br/>*Thanh Hóa, ngày 15 tháng 01 năm 2025* |\n"
        "|---|---|\n"
        "\n"
        "THÔNG BÁO\n"
        "Kết luận của Thường trực Tỉnh ủy tại buổi làm việc với Huyện ủy Hoằng Hóa\n"
        "\n" + BODY +
        "| **Nơi nhận:**<br>- Thường trực Tỉnh ủy;<br>- Lưu Văn phòng Tỉnh ủy. "
        "| **T/L BAN THƯỜNG VỤ**<BR>**CHÁNH VĂN PHÒNG**<br><br>*(Đã ký)*<br><br />**Nguyễn Văn Thi** |\n"
        "|---|---|\n"
    )
    d = tbparse.parse_dict(text)
    assert d["party"] == "ĐẢNG CỘNG SẢN VIỆT NAM"
    assert d["issuer"] == {"name": "TỈNH ỦY THANH HÓA", "parent": None}
    assert d["number"] == {"raw": "1234-TB/TU", "seq": 1234, "type_code": "TB", "issuer_code": "TU"}
    assert (d["place"], d["date"]) == ("Thanh Hóa", "2025-01-15")
    assert d["doc_type"] == "THÔNG BÁO"
    assert d["recipients"] == ["Thường trực Tỉnh ủy", "Lưu Văn phòng Tỉnh ủy"]
    assert d["signature"] == {
        "authority": [{"mode": "T/L", "body": "BAN THƯỜNG VỤ"}],
        "position": "CHÁNH VĂN PHÒNG",
        "signer": "Nguyễn Văn Thi",
        "note": "(Đã ký)",
    }
    # every piece keeps the row's line number
    assert d["layout"]["number_line"] == {"line": 1, "text": "Số: 1234 - TB/TU"}
    assert d["layout"]["signature"] == {"authority_lines": [13], "position_line": 13, "signer_line": 13}
    assert d["unplaced"] == []
    assert "<br" not in json.dumps(d, ensure_ascii=False).lower()
    # sub-line k holds the k-th piece of every cell, at the cell's column
    head = [(ln.no, [(f.col, f.text) for f in ln.frags]) for ln in split_lines(text)[:3]]
    assert head == [
        (1, [(2, "TỈNH ỦY THANH HÓA"), (48, "ĐẢNG CỘNG SẢN VIỆT NAM")]),
        (1, [(2, "*"), (48, "Thanh Hóa, ngày 15 tháng 01 năm 2025")]),
        (1, [(2, "Số: 1234 - TB/TU")]),
    ]


def test_br_outside_a_table_splits_the_line() -> None:
    """A '<br>' in a plain line is a printed line break too; no '<br>' reaches the output."""
    lines = split_lines("Ngày 10/01/2025, Thường trực Tỉnh ủy làm việc.<br />Sau khi nghe báo cáo, đồng chí kết luận:")
    assert [(ln.no, ln.text) for ln in lines] == [
        (1, "Ngày 10/01/2025, Thường trực Tỉnh ủy làm việc."),
        (1, "Sau khi nghe báo cáo, đồng chí kết luận:"),
    ]


def test_markdown_headings_are_type_line_and_subject() -> None:
    """'# THÔNG BÁO' / '## Kết luận …' gave doc_type null and '# THÔNG BÁO' unplaced."""
    text = (
        "TỈNH ỦY THANH HÓA\t\tĐẢNG CỘNG SẢN VIỆT NAM\n"
        "*\n"
        "Số 1234-TB/TU\t\tThanh Hóa, ngày 15 tháng 01 năm 2025\n"
        "\n"
        "# THÔNG BÁO\n"
        "## Kết luận của Thường trực Tỉnh ủy tại buổi làm việc với Huyện ủy Hoằng Hóa\n"
        "\n" + BODY +
        "T/L BAN THƯỜNG VỤ\n"
        "CHÁNH VĂN PHÒNG\n"
        "\n"
        "Nguyễn Văn Thi\n"
    )
    d = tbparse.parse_dict(text)
    assert d["doc_type"] == "THÔNG BÁO"
    assert d["subject"] == "Kết luận của Thường trực Tỉnh ủy tại buổi làm việc với Huyện ủy Hoằng Hóa"
    assert d["layout"]["doc_type_line"] == 5
    assert d["layout"]["subject_lines"] == [6, 6]
    assert d["preamble"][0]["line"] == 8
    assert d["unplaced"] == []
    ln = split_lines(text)[4]
    assert (ln.raw, ln.text, ln.bold) == ("# THÔNG BÁO", "THÔNG BÁO", True)
