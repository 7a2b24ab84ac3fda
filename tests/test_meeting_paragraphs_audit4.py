"""Regression tests for audit round 4, items 4, 10 and 16b: a deadline taken for the meeting's date
(and the TB016 error it caused), a short item heading swallowing its first bullet in PDF text, and
a session's "từ ngày 19 đến ngày 21/7/2022" schedule taken for a deadline."""
from __future__ import annotations

import tbparse
from tbparse.extract import find_due
from tbparse.lint import lint_text

# --- 16b. "từ ngày 19 đến ngày 21/7/2022" is a schedule, not a deadline ---------------------------

def test_from_to_range_is_no_deadline() -> None:
    assert find_due("Thời gian: dự kiến 3 ngày, từ ngày 19 đến ngày 21/7/2022.", line=1, default_year=2022,
                    not_before="2022-07-05") is None
    assert find_due("Tổ chức lấy ý kiến từ tháng 8 đến hết năm 2022.", line=1, default_year=2022) is None
    # "từ nay đến …" and "đầu tư năm 2022 đến …" still set one
    assert find_due("Từ nay đến ngày 30/7/2022, các chi bộ hoàn thành.", line=1, default_year=2022) == {
        "text": "đến ngày 30/7/2022", "by": "2022-07-30"}
    assert find_due("Giải ngân vốn đầu tư năm 2022 đến hết ngày 31/01/2023.", line=1, default_year=2022) == {
        "text": "đến hết ngày 31/01/2023", "by": "2023-01-31"}


def test_session_schedule_item_has_no_due() -> None:
    text = """\
ĐẢNG BỘ TỈNH QUẢNG NAM                          ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ĐOÀN HỘI ĐỒNG NHÂN DÂN
           TỈNH
             *                               Tam Kỳ, ngày 05 tháng 7 năm 2022
   Số 45-TTr/ĐĐ

                                  TỜ TRÌNH
               về việc tổ chức Kỳ họp thứ bảy, Hội đồng nhân dân tỉnh khóa X

Kính gửi: Ban Thường vụ Tỉnh ủy.

1. Thời gian: dự kiến 3 ngày, từ ngày 19 đến ngày 21/7/2022.

2. Nội dung: xem xét, thông qua 25 nghị quyết; Thường trực Hội đồng nhân dân tỉnh hoàn thành hồ sơ trước ngày 12/7/2022.

Đảng đoàn Hội đồng nhân dân tỉnh kính trình Ban Thường vụ Tỉnh ủy xem xét, cho ý kiến./.

Nơi nhận:                                        T/M ĐẢNG ĐOÀN
- Như trên,                                           BÍ THƯ
- Lưu VP.

                                                 Lê Trí Thanh
"""
    d = tbparse.parse_dict(text)
    items = [it for s in d["sections"] for it in s["items"]]
    assert [(i["number"], i["line"], i.get("due")) for i in items] == [
        ("1", 12, None),
        ("2", 14, {"text": "trước ngày 12/7/2022", "by": "2022-07-12"}),
    ]
