"""Header defects from audit round 4 (/tmp/audit4/REPORT-defects.md items 2, 3, 5, 8, 9).

Each test parses the smallest realistic notice that showed the defect and asserts the exact values.
"""
from __future__ import annotations

import pytest

import tbparse

NOTICE = """\
{top}
{left1}{pad1}ĐẢNG CỘNG SẢN VIỆT NAM
{left2}
         *
Số 05-TB/TU                        {date}

THÔNG BÁO
kết luận của Thường trực Quận ủy
-----

Ngày 02/3/2024, Thường trực Quận ủy họp. Đồng chí Nguyễn Văn An - Bí thư Quận ủy kết luận:

1. Các cấp ủy thực hiện tốt.

Thường trực Quận ủy thông báo để các cấp ủy biết, thực hiện./.

Nơi nhận:                              T/L BAN THƯỜNG VỤ
- Các chi bộ,                            CHÁNH VĂN PHÒNG
- Lưu VPQU.
                                          Trần Văn Bình
"""


def notice(date: str = "Quận 3, ngày 05 tháng 3 năm 2024", top: str = "",
           left1: str = "ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH", left2: str = "QUẬN ỦY QUẬN 3") -> str:
    text = NOTICE.format(top=top, left1=left1, pad1=" " * max(4, 40 - len(left1)), left2=left2, date=date)
    return text if top else text[1:]  # no empty first line when there is nothing above the header


# --- 5. a place ending on a number word ------------------------------------------------------------

@pytest.mark.parametrize("place", ["Quận 3", "Phường 12", "Quận 10"])
def test_place_with_a_number(place):
    d = tbparse.parse_dict(notice(date=f"{place}, ngày 20 tháng 4 năm 2021"))
    assert (d["place"], d["date"], d["unplaced"]) == (place, "2021-04-20", [])


def test_place_with_a_number_in_figures():
    d = tbparse.parse_dict(notice(date="Quận 3, 20/4/2021"))
    assert (d["place"], d["date"], d["unplaced"]) == ("Quận 3", "2021-04-20", [])
