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


# A provincial committee's công văn (Phan Thiết, 05/3/2024): "V/v" under the number, "Kính gửi" with
# its addressees ({to}), one body sentence and a T/L footer.
CONG_VAN = """\
TỈNH ỦY BÌNH THUẬN                     ĐẢNG CỘNG SẢN VIỆT NAM
         *
Số 125-CV/TU                        Phan Thiết, ngày 05 tháng 3 năm 2024
V/v triển khai Chỉ thị số 35-CT/TW

Kính gửi: {to}

Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy
triển khai nghiêm túc./.

Nơi nhận:                              T/L BAN THƯỜNG VỤ
- Như trên,                              CHÁNH VĂN PHÒNG
- Lưu VPTU.
                                          Trần Văn Bình
"""
