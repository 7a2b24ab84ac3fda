"""The footer of Party documents (audit 23): signature blocks, recipients, certified copies' blocks,
in the layouts archives keep them in. What broke is pinned here, in every layout it broke."""
from __future__ import annotations

import pytest

import tbparse

HEAD = """\
        TỈNH ỦY ĐẮK LẮK                              ĐẢNG CỘNG SẢN VIỆT NAM
       HUYỆN ỦY KRÔNG BÚK
              *                             Krông Búk, ngày 14 tháng 3 năm 2024
      Số 245-TB/HU

                              THÔNG BÁO
          kết luận của Ban Thường vụ Huyện ủy về công tác cán bộ
                                -----

Ngày 12/3/2024, Ban Thường vụ Huyện ủy họp nghe báo cáo công tác cán bộ. Ban Thường vụ Huyện ủy kết luận:

1. Giao Ban Tổ chức Huyện ủy hoàn thiện quy trình, trình Thường trực Huyện ủy trước ngày 30/3/2024.

Văn phòng Huyện ủy thông báo để các cơ quan, đơn vị biết, thực hiện./.

"""
CLOSING = "Văn phòng Huyện ủy thông báo để các cơ quan, đơn vị biết, thực hiện./."
TM = [{"mode": "T/M", "body": "BAN THƯỜNG VỤ"}]


# A PDF extraction draws the position before the authority: "PHÓ BÍ THƯ" / "T/M BAN THƯỜNG VỤ"
POSITION_ABOVE = {
    "raw, list under": ("PHÓ BÍ THƯ\nT/M BAN THƯỜNG VỤ\nNơi nhận:\n- Thường trực Tỉnh ủy,\n"
                        "- Các đồng chí Huyện ủy viên,\n- Lưu VP.\nNguyễn Văn Thuận\n"),
    "raw, name before the list": ("PHÓ BÍ THƯ\nT/M BAN THƯỜNG VỤ\nNguyễn Văn Thuận\nNơi nhận:\n"
                                  "- Thường trực Tỉnh ủy,\n- Các đồng chí Huyện ủy viên,\n- Lưu VP.\n"),
    "-layout, a line above the label's row": (
        "                                                             PHÓ BÍ THƯ\n"
        "Nơi nhận:                                                T/M BAN THƯỜNG VỤ\n"
        "- Thường trực Tỉnh ủy,\n"
        "- Các đồng chí Huyện ủy viên,                                 (Đã ký)\n"
        "- Lưu VP.\n"
        "                                                          Nguyễn Văn Thuận\n"),
}


@pytest.mark.parametrize("footer", list(POSITION_ABOVE.values()), ids=list(POSITION_ABOVE))
def test_a_position_printed_above_the_authority_is_the_position(footer: str) -> None:
    # the footer started at "T/M …": "PHÓ BÍ THƯ" went to the body as a paragraph of its last item,
    # the closing sentence was lost with it (it no longer ended the body) and the block had no position
    d = tbparse.parse_dict(HEAD + footer)
    assert d["signature"]["authority"] == TM
    assert d["signature"]["position"] == "PHÓ BÍ THƯ"
    assert d["signature"]["signer"] == "Nguyễn Văn Thuận"
    assert d["recipients"] == ["Thường trực Tỉnh ủy", "Các đồng chí Huyện ủy viên", "Lưu VP"]
    assert d["closing"] == CLOSING
    assert d["unplaced"] == []
    assert d["layout"]["signature"]["position_line"] == d["layout"]["signature"]["authority_lines"][0] - 1


def test_a_caps_position_line_above_a_block_with_its_own_position_stays_in_the_body() -> None:
    # a block that has its position under the authority takes nothing from above it
    d = tbparse.parse_dict(HEAD.replace(CLOSING + "\n", CLOSING + "\n\nCHỦ TỊCH\n") +
                           "T/M BAN THƯỜNG VỤ\nBÍ THƯ\nNguyễn Văn Thuận\nNơi nhận:\n- Lưu VP.\n")
    assert (d["signature"]["position"], d["signature"]["signer"]) == ("BÍ THƯ", "Nguyễn Văn Thuận")
    assert d["layout"]["signature"]["position_line"] == d["layout"]["signature"]["authority_lines"][0] + 1
