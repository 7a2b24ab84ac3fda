"""Regression tests for audit round 4, items 4, 10 and 16b: a deadline taken for the meeting's date
(and the TB016 error it caused), a short item heading swallowing its first bullet in PDF text, and
a session's "từ ngày 19 đến ngày 21/7/2022" schedule taken for a deadline."""
from __future__ import annotations

import tbparse
from tbparse.extract import find_due
from tbparse.lint import lint_text

from .notices import DISTRICT_HEAD, DISTRICT_TAIL

# --- 4. a deadline is not the meeting's date -----------------------------------------------------

# The Central Office's urgent công văn of the audit (10_cv-vptw-hoatoc.txt), body left to each test.
_CV_HEAD = """\
BAN CHẤP HÀNH TRUNG ƯƠNG                        ĐẢNG CỘNG SẢN VIỆT NAM
     VĂN PHÒNG
        *                                     Hà Nội, ngày 14 tháng 9 năm 2023
  Số 11997-CV/VPTW
V/v chuẩn bị tài liệu phục vụ Hội nghị Trung ương 8 khóa XIII

             Kính gửi:  - Ban Tổ chức Trung ương,
                        - Ban Tuyên giáo Trung ương.

"""
_CV_TAIL = """
Văn phòng Trung ương Đảng trân trọng đề nghị các ban quan tâm phối hợp./.

Nơi nhận:                                    K/T CHÁNH VĂN PHÒNG
- Như trên,                                  PHÓ CHÁNH VĂN PHÒNG
- Lưu Văn phòng Trung ương Đảng.                     (đã ký)

                                                  Nguyễn Văn Hiếu
"""
_DEADLINE = ("Thực hiện ý kiến chỉ đạo của Thường trực Ban Bí thư, Văn phòng Trung ương Đảng đề nghị các "
             "ban chuẩn bị tài liệu phục vụ Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII, "
             "gửi về Văn phòng Trung ương Đảng trước ngày 25/9/2023.\n")


def test_deadline_after_a_meeting_named_as_purpose_is_no_meeting_and_no_tb016() -> None:
    text = _CV_HEAD + _DEADLINE + _CV_TAIL
    assert tbparse.parse_dict(text)["meeting"] is None
    assert [f.code for f in lint_text(text, path="t.txt") if f.code == "TB016"] == []


def test_meeting_named_as_purpose_with_a_comrade_is_no_meeting() -> None:
    body = ("Đồng chí Nguyễn Văn Hiếu - Phó Chánh Văn phòng đề nghị các ban chuẩn bị tài liệu phục vụ "
            "Hội nghị Trung ương 8.\n")
    assert tbparse.parse_dict(_CV_HEAD + body + _CV_TAIL)["meeting"] is None


# A district committee's notice (issued 18/10/2022) with the opening left to each test.
_TB_HEAD = DISTRICT_HEAD
_TB_TAIL = DISTRICT_TAIL


def _meeting(opening: str) -> dict | None:
    return tbparse.parse_dict(_TB_HEAD + opening + "\n" + _TB_TAIL)["meeting"]


def test_a_later_date_mid_sentence_is_not_the_meeting_date() -> None:
    # a date after the notice's own, where no meeting sentence puts its date: no meeting read
    assert _meeting("Ban Thường vụ Huyện ủy sẽ tổ chức hội nghị sơ kết, các chi bộ gửi báo cáo vào ngày "
                    "25/10/2022.\n") is None
    # the same sentence with the chair named keeps the meeting, without that date
    m = _meeting("Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết, đồng chí Lê Quốc Phong - Bí thư Huyện ủy "
                 "chủ trì, các chi bộ gửi báo cáo vào ngày 25/10/2022.\n")
    assert (m["date"], m["chair"]) == (None, [{"name": "Lê Quốc Phong", "title": "Bí thư Huyện ủy"}])


def test_a_later_date_opening_a_meeting_sentence_stays_for_tb016() -> None:
    # "Ngày 20/10/2022, đồng chí … đã có buổi làm việc" after an 18/10 notice is a typo TB016 reports
    m = _meeting("Ngày 20/10/2022, đồng chí Lê Quốc Phong - Bí thư Huyện ủy đã có buổi làm việc với Đảng ủy "
                 "xã Đức Lập Hạ.\n")
    assert (m["date"], m["line"]) == ("2022-10-20", 10)
    m = _meeting("Tại Hội nghị Ban Thường vụ Huyện ủy ngày 20/10/2022, đồng chí Lê Quốc Phong - Bí thư Huyện "
                 "ủy chủ trì.\n")
    assert m["date"] == "2022-10-20"


def test_deadline_before_the_meeting_sentence_date_is_skipped() -> None:
    m = _meeting("Ngày 14/10/2022, Ban Thường vụ Huyện ủy họp, đồng chí Lê Quốc Phong - Bí thư Huyện ủy chủ "
                 "trì; yêu cầu báo cáo trước ngày 30/9/2022 đã được các chi bộ thực hiện.\n")
    assert m["date"] == "2022-10-14"
    m = _meeting("Ban Thường vụ Huyện ủy họp, yêu cầu hoàn thành chậm nhất là ngày 15/10/2022. Đồng chí Lê "
                 "Quốc Phong - Bí thư Huyện ủy chủ trì.\n")
    assert (m["date"], m["chair"]) == (None, [{"name": "Lê Quốc Phong", "title": "Bí thư Huyện ủy"}])


def test_a_session_from_day_to_day_is_dated_by_its_first_day() -> None:
    # "đến ngày 14/10" closes the session's range; it is no deadline (the meeting keeps a date).
    # It used to be dated by its last day; the first day now stands, the last in "end".
    m = _meeting("Từ ngày 12 đến ngày 14/10/2022, Ban Chấp hành Đảng bộ huyện họp Hội nghị lần thứ 10.\n")
    assert (m["date"], m["end"], m["line"]) == ("2022-10-12", "2022-10-14", 10)


# --- 10. a bullet after a short item heading with no colon opens a list --------------------------

_PDF = """\
HUYỆN ỦY THANH OAI ĐẢNG CỘNG SẢN VIỆT NAM
Số 210-KH/HU Thanh Oai, ngày 20 tháng 11 năm 2023
KẾ HOẠCH
học tập, quán triệt các nghị quyết Hội nghị Trung ương 8 khóa XIII
-----
Thực hiện Kế hoạch số 165-KH/TU ngày 02/11/2023 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy xây dựng Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Giúp cán bộ, đảng viên nắm vững nội dung cơ bản của các nghị quyết, kết luận của Hội nghị Trung ương 8.
2. Việc tổ chức học tập phải nghiêm túc, thiết thực; bảo đảm 100% đảng viên được học tập.
II. NỘI DUNG
1. Nội dung học tập
{b1} Nghị quyết số 44-NQ/TW ngày 24/11/2023 về chiến lược bảo vệ Tổ quốc trong tình hình mới.
- Kết luận số 68-KL/TW về kết quả giữa nhiệm kỳ của Ban Chấp hành Trung ương Đảng khóa XIII.
2. Hình thức, thời gian
- Hội nghị trực tuyến toàn huyện, hoàn thành trong tháng 12 năm 2023.
III. TỔ CHỨC THỰC HIỆN
1. Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Trung tâm Chính trị huyện tham mưu tổ chức hội nghị.
2. Các chi, đảng bộ cơ sở báo cáo kết quả về Ban Thường vụ Huyện ủy (qua Ban Tuyên giáo) trước ngày 31/01/2024./.
T/M BAN THƯỜNG VỤ
Nơi nhận:
PHÓ BÍ THƯ THƯỜNG TRỰC
- Ban Tuyên giáo Tỉnh ủy,
- Lưu Văn phòng Huyện ủy.
Nguyễn Văn Hùng
"""


def _section_ii(b1: str) -> list[tuple]:
    d = tbparse.parse_dict(_PDF.replace("{b1}", b1))
    sec = next(s for s in d["sections"] if s["number"] == "II")
    return [(i["number"], i["line"], i["text"], [(b["marker"], b["line"], b["text"][:22]) for b in i["bullets"]],
             i.get("due")) for i in sec["items"]]


def test_bullets_under_a_short_heading_without_colon_are_bullets() -> None:
    for mark in ("-", "+", "•"):
        assert _section_ii(mark) == [
            ("1", 11, "Nội dung học tập", [(mark, 12, "Nghị quyết số 44-NQ/TW"), ("-", 13, "Kết luận số 68-KL/TW v")],
             None),
            ("2", 14, "Hình thức, thời gian", [("-", 15, "Hội nghị trực tuyến to")], None),
        ]


def test_wrapped_hyphen_after_a_short_line_stays_in_the_paragraph() -> None:
    # "kinh tế" / "- xã hội" and "2025" / "- 2030": lower case or a digit after the dash
    d = tbparse.parse_dict(_PDF.replace("1. Nội dung học tập\n{b1} ", "1. Phát triển kinh tế\n- xã hội giai đoạn 2025\n- 2030: ")
                           )
    sec = next(s for s in d["sections"] if s["number"] == "II")
    first = sec["items"][0]
    assert first["text"].startswith("Phát triển kinh tế - xã hội giai đoạn 2025 - 2030: Nghị quyết số 44-NQ/TW")
    assert [b["line"] for b in first["bullets"]] == [14]


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


def test_a_meeting_the_text_cites_is_not_the_meeting_held():
    # audit 6: "của Hội nghị Trung ương 7", "kết quả Hội nghị lần thứ chín" gave a false meeting
    for body in ("Căn cứ Nghị quyết số 26-NQ/TW ngày 19/5/2018 của Hội nghị Trung ương 7 khoá XII về công tác "
                 "cán bộ;\n",
                 "Thực hiện Kế hoạch số 30-KH/TW ngày 05/6/2024 về triển khai kết quả Hội nghị lần thứ chín Ban "
                 "Chấp hành Trung ương Đảng khóa XIII.\n"):
        assert tbparse.parse_dict(DISTRICT_HEAD + body + _TB_TAIL)["meeting"] is None
    held = "Ngày 14/10/2022, Ban Thường vụ Huyện ủy tổ chức Hội nghị sơ kết công tác xây dựng Đảng.\n"
    assert tbparse.parse_dict(DISTRICT_HEAD + held + _TB_TAIL)["meeting"]["date"] == "2022-10-14"


def test_attendance_sentence_inside_the_meeting_paragraph():
    # audit 6: "… chủ trì cuộc họp. Tham dự có các đồng chí: …" in one paragraph lost the attendees
    body = ("Ngày 14/10/2022, đồng chí Nguyễn Văn An - Bí thư Huyện ủy chủ trì cuộc họp Ban Thường vụ Huyện ủy. "
            "Tham dự có các đồng chí: Lê Văn Bình, Phó Bí thư Thường trực Huyện ủy; Trần Thị Cúc, Chủ tịch "
            "UBND huyện; lãnh đạo Văn phòng Huyện ủy.\n")
    d = tbparse.parse_dict(DISTRICT_HEAD + body + _TB_TAIL)
    assert d["attendees"] == ["Lê Văn Bình, Phó Bí thư Thường trực Huyện ủy", "Trần Thị Cúc, Chủ tịch UBND huyện",
                              "lãnh đạo Văn phòng Huyện ủy"]
    assert d["meeting"]["chair"] == [{"name": "Nguyễn Văn An", "title": "Bí thư Huyện ủy"}]
