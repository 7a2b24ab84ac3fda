"""Lists straight under a section (no numbered items): their entries are the section's items."""
from __future__ import annotations

import tbparse

HEAD = """\
TỈNH ỦY BÌNH THUẬN                     ĐẢNG CỘNG SẢN VIỆT NAM
         *
Số 05-TB/TU                        Phan Thiết, ngày 05 tháng 3 năm 2024

THÔNG BÁO
kết luận của Thường trực Tỉnh ủy
-----

Ngày 02/3/2024, Thường trực Tỉnh ủy họp. Đồng chí Nguyễn Văn An - Bí thư Tỉnh ủy kết luận:

"""
FOOT = """
Thường trực Tỉnh ủy thông báo để các cấp ủy biết, thực hiện./.

Nơi nhận:                              T/L BAN THƯỜNG VỤ
- Các huyện ủy,                          CHÁNH VĂN PHÒNG
- Lưu VPTU.
                                          Trần Văn Bình
"""


def shape(body: str) -> list:
    d = tbparse.parse_dict(HEAD + body + FOOT)
    def node(n):
        return (n.get("number") or n.get("marker"), n["text"], [node(b) for b in n["bullets"]],
                [node(i) for i in n.get("items", [])])
    return [(s["number"], [node(i) for i in s["items"]]) for s in d["sections"]]


def test_dash_entries_are_siblings():
    body = ("II. Nhiệm vụ thời gian tới\n\n- Ban Cán sự đảng UBND tỉnh chỉ đạo hoàn thành Đề án.\n\n"
            "- Các huyện ủy chỉ đạo đẩy mạnh thi đua.\n\n- Văn phòng Tỉnh ủy theo dõi.\n")
    assert shape(body) == [("II", [
        ("-", "Ban Cán sự đảng UBND tỉnh chỉ đạo hoàn thành Đề án.", [], []),
        ("-", "Các huyện ủy chỉ đạo đẩy mạnh thi đua.", [], []),
        ("-", "Văn phòng Tỉnh ủy theo dõi.", [], []),
    ])]


def test_deeper_markers_stay_under_their_entry():
    body = ("II. Nhiệm vụ thời gian tới\n\n- Các huyện ủy:\n\n+ Rà soát đảng viên.\n\n+ Kiện toàn chi bộ.\n\n"
            "- Ban Tổ chức Tỉnh ủy hướng dẫn.\n")
    assert shape(body) == [("II", [
        ("-", "Các huyện ủy:", [("+", "Rà soát đảng viên.", [], []), ("+", "Kiện toàn chi bộ.", [], [])], []),
        ("-", "Ban Tổ chức Tỉnh ủy hướng dẫn.", [], []),
    ])]


def test_points_as_entries_with_dash_bullets():
    body = "II. Nhiệm vụ\n\na) Về kinh tế:\n\n- Tăng thu ngân sách.\n\nb) Về xây dựng Đảng.\n"
    assert shape(body) == [("II", [
        ("a)", "Về kinh tế:", [("-", "Tăng thu ngân sách.", [], [])], []),
        ("b)", "Về xây dựng Đảng.", [], []),
    ])]


def test_bullets_under_a_numbered_item_are_unchanged():
    body = "II. Nhiệm vụ\n\n1. Các huyện ủy:\n\n- Rà soát đảng viên.\n\n- Kiện toàn chi bộ.\n"
    assert shape(body) == [("II", [
        ("1", "Các huyện ủy:", [("-", "Rà soát đảng viên.", [], []), ("-", "Kiện toàn chi bộ.", [], [])], []),
    ])]
