"""Header date lines in the forms drafts and web copies use besides "ngày D tháng M năm YYYY"."""
from __future__ import annotations

import pytest

import tbparse
from tbparse.lint import lint_text

NOTICE = """\
TỈNH ỦY BÌNH THUẬN                     ĐẢNG CỘNG SẢN VIỆT NAM
         *
Số 05-TB/TU                        {date}

THÔNG BÁO
kết luận của Thường trực Tỉnh ủy
-----

Ngày 02/3/2024, Thường trực Tỉnh ủy họp. Đồng chí Nguyễn Văn An - Bí thư Tỉnh ủy kết luận:

1. Các cấp ủy thực hiện tốt.

Thường trực Tỉnh ủy thông báo để các cấp ủy biết, thực hiện./.

Nơi nhận:                              T/L BAN THƯỜNG VỤ
- Các huyện ủy,                          CHÁNH VĂN PHÒNG
- Lưu VPTU.
                                          Trần Văn Bình
"""


@pytest.mark.parametrize("date", [
    "Phan Thiết, ngày 5 tháng 3, năm 2024",   # a comma before "năm"
    "Phan Thiết, 05/3/2024",                  # figures, no "ngày"
    "Phan Thiết, 5-3-2024",
    "Phan Thiết, ngày 05 tháng 3 năm 2024",
])
def test_date_forms(date):
    d = tbparse.parse_dict(NOTICE.format(date=date))
    assert (d["place"], d["date"], d["unplaced"]) == ("Phan Thiết", "2024-03-05", [])


def test_figures_are_a_tb014_finding():
    text = NOTICE.format(date="Phan Thiết, 05/3/2024")
    found = [f for f in lint_text(text, path="t.txt") if f.code == "TB014"]
    assert [(f.line, f.column, f.message) for f in found] == [
        (3, text.split("\n")[2].index("05/3") + 1, 'write the date in words: "<Place>, ngày D tháng M năm YYYY"')]


def test_a_bare_date_in_the_header_is_not_the_date_line():
    text = NOTICE.format(date="Phan Thiết, ngày 05 tháng 3 năm 2024").replace("         *\n", "         *\n14/5/2008\n")
    d = tbparse.parse_dict(text)
    assert d["date"] == "2024-03-05"
    assert {"line": 3, "text": "14/5/2008"} in d["unplaced"]
