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

# A Politburo resolution (110-NQ/TW, 2019) down to its closing; CAPS_SIGNER adds a footer whose
# signer's name is typed in capitals right beside the recipients, under "T/M BỘ CHÍNH TRỊ".
RESOLUTION = (
    "BAN CHẤP HÀNH TRUNG ƯƠNG                     ĐẢNG CỘNG SẢN VIỆT NAM\n"
    "          *                              Hà Nội, ngày 10 tháng 5 năm 2019\n"
    "   Số 110-NQ/TW\n"
    "\n"
    "                              NGHỊ QUYẾT\n"
    "          của Bộ Chính trị về công tác phòng, chống tham nhũng\n"
    "                                -----\n"
    "\n"
    "1. Các cấp ủy tiếp tục quán triệt, thực hiện nghiêm các quy định của Đảng về công tác phòng, chống tham nhũng.\n"
    "\n"
    "2. Ban Nội chính Trung ương theo dõi, đôn đốc thực hiện Nghị quyết này./.\n"
    "\n"
)
CAPS_SIGNER = RESOLUTION + (
    "Nơi nhận:                                                      T/M BỘ CHÍNH TRỊ\n"
    "- Các tỉnh ủy, thành ủy,\n"
    "- Các ban đảng, ban cán sự đảng, đảng đoàn,\n"
    "  đảng ủy trực thuộc Trung ương,\n"
    "- Các đồng chí Ủy viên Ban Chấp hành\n"
    "  Trung ương Đảng,                                             NGUYỄN PHÚ TRỌNG\n"
    "- Lưu Văn phòng Trung ương Đảng.\n"
)

# A village cell's Quy chế (01-QC/CB, 2021) down to its first chapter's title: Chương/Điều texts.
QUY_CHE_HEAD = """     ĐẢNG BỘ XÃ TÂN PHÚ                        ĐẢNG CỘNG SẢN VIỆT NAM
      CHI BỘ ẤP 3
           *                                Tân Phú, ngày 15 tháng 01 năm 2021
      Số 01-QC/CB

QUY CHẾ
làm việc của Chi bộ Ấp 3 nhiệm kỳ 2020 - 2022
-----

Chương I
NHỮNG QUY ĐỊNH CHUNG

"""
