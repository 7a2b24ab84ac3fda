"""Pieces of realistic notices that several test files build their inputs from."""
from __future__ import annotations

# A district committee's notice (Long An, issued 18/10/2022) down to its subject rule; the opening
# and the body are left to each test.
DISTRICT_HEAD = """\
  ĐẢNG BỘ TỈNH LONG AN                          ĐẢNG CỘNG SẢN VIỆT NAM
  HUYỆN ỦY ĐỨC HÒA
         *
   Số 45-TB/HU                              Đức Hòa, ngày 18 tháng 10 năm 2022

                              THÔNG BÁO
           kết luận của Ban Thường vụ Huyện ủy về công tác xây dựng Đảng
                                -----

"""

# Two directives, the closing formula and the footer (T/L BAN THƯỜNG VỤ) of that notice.
DISTRICT_TAIL = """
1. Các chi bộ, đảng bộ cơ sở nâng cao chất lượng sinh hoạt chi bộ.

2. Ban Tổ chức Huyện ủy theo dõi, đôn đốc việc thực hiện.

Văn phòng Huyện ủy thông báo để các chi, đảng bộ cơ sở biết, thực hiện./.

Nơi nhận:                                       T/L BAN THƯỜNG VỤ
- Các chi, đảng bộ cơ sở,                        CHÁNH VĂN PHÒNG
- Lưu VP.

                                                Võ Thanh Bình
"""
