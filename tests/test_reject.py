"""What is not a Party document is rejected with the reason; Party drafts missing parts still parse."""
from __future__ import annotations

import pytest

import tbparse
from tbparse.errors import NotPartyDocument

YOUTH = """BAN CHẤP HÀNH TRUNG ƯƠNG          ĐOÀN TNCS HỒ CHÍ MINH
        *
Số 367-QĐ/TWĐTN-VP               Hà Nội, ngày 12 tháng 3 năm 2013

QUYẾT ĐỊNH
Về việc thành lập Ban Tổ chức

Điều 1. Thành lập Ban Tổ chức.

Nơi nhận:                        TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN
- Như Điều 1;                    BÍ THƯ
- Lưu VP.
                                 Nguyễn Văn Bình
"""

STATE_TM_ONLY = """THÔNG BÁO
Kết luận của Chủ tịch Ủy ban nhân dân tỉnh

Ngày 5/6/2020, Chủ tịch UBND tỉnh chủ trì cuộc họp.

1. Giao Sở Tài chính thực hiện.

Nơi nhận:                          TL. CHỦ TỊCH
- Như trên;                        CHÁNH VĂN PHÒNG
- Lưu: VT.
                                   Trần Văn Hải
"""

NEWS = """Sáng 12/3, Ban Thường vụ Tỉnh ủy đã ban hành Thông báo số 503-TB/TU về kết luận của Thường trực Tỉnh ủy.

Theo đó, Thường trực Tỉnh ủy yêu cầu các cấp ủy tập trung lãnh đạo thực hiện nhiệm vụ.
"""

PARTY_DRAFT_TM_DOT = """TỈNH ỦY BÌNH THUẬN              ĐẢNG CỘNG SẢN VIỆT NAM
        *
Số 12-TB/TU                     Phan Thiết, ngày 05 tháng 3 năm 2020

THÔNG BÁO
kết luận của Ban Thường vụ

1- Làm tốt việc A.

Văn phòng Tỉnh ủy thông báo để các đơn vị biết, thực hiện./.

Nơi nhận:                        TM. BAN THƯỜNG VỤ
- Lưu VP.                        BÍ THƯ
                                 Nguyễn Văn An
"""


@pytest.mark.parametrize(
    "text, reason",
    [
        (YOUTH, "another organisation: ĐOÀN TNCS HỒ CHÍ MINH"),
        (STATE_TM_ONLY, "State signature TL. CHỦ TỊCH"),
        (NEWS, "no Party-document frame"),
    ],
)
def test_rejected(text: str, reason: str) -> None:
    with pytest.raises(NotPartyDocument) as exc:
        tbparse.parse(text)
    assert reason in str(exc.value)
    assert exc.value.exit_code == 1


def test_party_draft_with_state_habit_still_parses() -> None:
    doc = tbparse.parse(PARTY_DRAFT_TM_DOT)
    assert doc.signature.authority[0].mode == "TM."
    assert doc.number.raw == "12-TB/TU"


def test_rejection_can_be_turned_off_for_the_linter() -> None:
    d = tbparse.parse_dict(YOUTH, reject=False)
    assert d["number"]["raw"] == "367-QĐ/TWĐTN-VP"
    assert d["layout"]["rejected"].startswith("issued by another organisation")
