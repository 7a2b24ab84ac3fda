"""Audit 17: `tbparse check` across the eras of the format guides (format-rules.md §0.1, §5, §9).

Correct drafts of the 2026 era (05-HD/VPTW, known second-hand) and of the 2004 era (11-HD/VPTW,
documents of 2005–2017) are clean under ``--era auto`` and under their own era; each era
difference, typed the other era's way, raises its rule and only that one (``only``: exactly these
findings, TB038 aside); a forced era checks a document of any date against that guide.
"""
from __future__ import annotations

import pytest

import tbparse
from tbparse.lint import lint_text

from .test_lint_rules import col, only

# A notice of conclusions of 2026: recipients end with ";" (05-HD/VPTW), the subject in normal case.
TB_2026 = """\
TỈNH ỦY BÌNH THUẬN                                     ĐẢNG CỘNG SẢN VIỆT NAM
         *
Số 12-TB/TU                                   Phan Thiết, ngày 20 tháng 3 năm 2026

THÔNG BÁO
kết luận của Thường trực Tỉnh ủy
tại buổi làm việc với Ban Thường vụ Huyện ủy Hàm Thuận Bắc
-----

Ngày 17/3/2026, đồng chí Nguyễn Văn An - Phó Bí thư Thường trực Tỉnh ủy đã có buổi làm việc với Ban Thường vụ Huyện ủy Hàm Thuận Bắc.

Sau khi nghe báo cáo và ý kiến phát biểu của các đồng chí dự buổi làm việc, đồng chí Nguyễn Văn An đã kết luận:

I. Đánh giá tình hình

Ban Thường vụ Huyện ủy đã tập trung lãnh đạo thực hiện các nhiệm vụ chính trị của địa phương.

II. Nhiệm vụ thời gian tới

1. Tiếp tục thực hiện Chỉ thị số 20-CT/TU của Ban Thường vụ Tỉnh ủy về công tác chuyển đổi số.

2. Chuẩn bị tốt Hội nghị giữa nhiệm kỳ.

Văn phòng Tỉnh ủy thông báo ý kiến kết luận của Thường trực Tỉnh ủy để Ban Thường vụ Huyện ủy Hàm Thuận Bắc biết, thực hiện./.

Nơi nhận:                                   T/L BAN THƯỜNG VỤ
- Thường trực Tỉnh ủy;                      CHÁNH VĂN PHÒNG
- Ban Thường vụ Huyện ủy Hàm Thuận Bắc;
- Lưu Văn phòng Tỉnh ủy.
                                            Lê Thị Hoa
"""

# A district committee's tờ trình of 2026, as a PDF gives it: no rule, no blank line under the
# subject, and 05-HD's addressee "Kính trình:" right under it, the body right under that.
TTR_2026 = """\
      ĐẢNG BỘ TỈNH NGHỆ AN                    ĐẢNG CỘNG SẢN VIỆT NAM
     HUYỆN ỦY NAM ĐÀN
           *
     Số 45-TTr/HU                      Nam Đàn, ngày 10 tháng 4 năm 2026

                            TỜ TRÌNH
      về việc đề nghị phê duyệt Đề án phát triển du lịch huyện Nam Đàn
      Kính trình: Ban Thường vụ Tỉnh ủy Nghệ An
Thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXVI, Ban Thường vụ Huyện ủy đã xây dựng Đề án phát triển du lịch huyện Nam Đàn giai đoạn 2026 - 2030.

Ban Thường vụ Huyện ủy kính trình Ban Thường vụ Tỉnh ủy xem xét, phê duyệt Đề án./.

Nơi nhận:                                    T/M BAN THƯỜNG VỤ
- Như trên;                                        BÍ THƯ
- Thường trực Huyện ủy;
- Lưu Văn phòng Huyện ủy.
                                              Trần Quốc Việt
"""

# A công văn of 2026: its subject plainly under the number ("về …", no State "V/v").
CV_2026 = """\
   TỈNH ỦY QUẢNG NAM                          ĐẢNG CỘNG SẢN VIỆT NAM
          *
  Số 2315-CV/TU                          Tam Kỳ, ngày 05 tháng 02 năm 2026
về triển khai Quy định số 399-QĐ/TW

         Kính gửi: Các huyện ủy, thị ủy, thành ủy.

Thực hiện Quy định số 399-QĐ/TW ngày 09/01/2026 của Ban Bí thư, Ban Thường vụ Tỉnh ủy yêu cầu:

1. Các cấp ủy tổ chức quán triệt Quy định đến cán bộ làm công tác văn phòng.

2. Báo cáo kết quả trước ngày 30/4/2026./.

Nơi nhận:                                   T/L BAN THƯỜNG VỤ
- Như trên;                                   CHÁNH VĂN PHÒNG
- Thường trực Tỉnh ủy;
- Lưu Văn phòng Tỉnh ủy.
                                             Nguyễn Văn Sơn
"""

# A notice of 2008 (11-HD/VPTW): the subject in capitals, recipients ending with ",".
TB_2008 = """\
TỈNH ỦY BÌNH THUẬN                                     ĐẢNG CỘNG SẢN VIỆT NAM
         *
Số 503-TB/TU                                  Phan Thiết, ngày 16 tháng 5 năm 2008

THÔNG BÁO
Ý KIẾN KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY
TẠI BUỔI LÀM VIỆC VỚI HUYỆN ỦY TUY PHONG
-----

Ngày 14/5/2008, đồng chí Nguyễn Văn An - Phó Bí thư Thường trực Tỉnh ủy đã có buổi làm việc với Ban Thường vụ Huyện ủy Tuy Phong.

Sau khi nghe báo cáo và ý kiến phát biểu của các đồng chí dự buổi làm việc, đồng chí Nguyễn Văn An đã kết luận:

I- Đánh giá tình hình

Huyện ủy Tuy Phong đã tập trung lãnh đạo phát triển kinh tế - xã hội, giữ vững quốc phòng, an ninh.

II- Nhiệm vụ thời gian tới

1- Tiếp tục thực hiện Chỉ thị số 20-CT/TU của Ban Thường vụ Tỉnh ủy.

2- Chuẩn bị tốt đại hội chi bộ nhiệm kỳ 2008 - 2010.

Văn phòng Tỉnh ủy thông báo ý kiến kết luận của Thường trực Tỉnh ủy để Huyện ủy Tuy Phong biết, thực hiện./.

Nơi nhận:                                   T/L BAN THƯỜNG VỤ
- Thường trực Tỉnh ủy,                      PHÓ CHÁNH VĂN PHÒNG
- Huyện ủy Tuy Phong,
- Lưu Văn phòng Tỉnh ủy.
                                            Huỳnh Đa Trung
"""

# A công văn of 2012: "V/v" under the number, as the công văn of those years wrote it.
CV_2012 = """\
   TỈNH ỦY QUẢNG NAM                          ĐẢNG CỘNG SẢN VIỆT NAM
          *
  Số 845-CV/TU                           Tam Kỳ, ngày 08 tháng 10 năm 2012
V/v triển khai Nghị quyết Trung ương 4

         Kính gửi: Các huyện ủy, thị ủy, thành ủy.

Thực hiện Nghị quyết số 12-NQ/TW ngày 16/01/2012 của Ban Chấp hành Trung ương, Ban Thường vụ Tỉnh ủy yêu cầu:

1. Các cấp ủy tổ chức quán triệt Nghị quyết.

2. Báo cáo kết quả trước ngày 30/11/2012./.

Nơi nhận:                                   T/L BAN THƯỜNG VỤ
- Như trên,                                   CHÁNH VĂN PHÒNG
- Thường trực Tỉnh ủy,
- Lưu Văn phòng Tỉnh ủy.
                                             Nguyễn Văn Sơn
"""


def swap(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times"
    return text.replace(old, new)


def lines_of(text: str, needle: str) -> int:
    return next(i for i, ln in enumerate(text.split("\n"), 1) if needle in ln)


@pytest.mark.parametrize("text,era", [(TB_2026, "2026"), (CV_2026, "2026"), (TB_2008, "2004"), (CV_2012, "2004")])
def test_correct_drafts_of_their_era_are_clean(text, era):
    only(text, [])
    only(text, [], era=era)


def test_kinh_trinh_under_the_subject_is_the_addressee_not_the_subject():
    # 05-HD's "Kính trình:" typed right under the subject was read as its second line (the subject
    # ran on "… huyện Nam Đàn Kính trình: Ban Thường vụ …"), and joined the body sentence under it
    d = tbparse.parse_dict(TTR_2026)
    assert d["subject"] == "về việc đề nghị phê duyệt Đề án phát triển du lịch huyện Nam Đàn"
    assert [p["text"][:20] for p in d["preamble"]] == ["Kính trình: Ban Thườ", "Thực hiện Nghị quyết"]
    # the one finding: the PDF lost the dash rule under the subject (line 7), not under "Kính trình"
    only(TTR_2026, [(7, col(TTR_2026, 7, "về"), "TB021")])


def test_recipients_marks_follow_the_era():
    commas = swap(swap(TB_2026, "Tỉnh ủy;", "Tỉnh ủy,"), "Thuận Bắc;", "Thuận Bắc,")
    no = lines_of(commas, "- Thường trực")
    got = only(commas, [(no, col(commas, no, ",  "), "TB036")])
    assert got[0].severity == "warning" and "05-HD/VPTW" in got[0].message  # [2]: never an error
    semis = swap(swap(TB_2008, "Tỉnh ủy,  ", "Tỉnh ủy;  "), "Tuy Phong,\n", "Tuy Phong;\n")
    no = lines_of(semis, "- Thường trực")
    got = only(semis, [(no, col(semis, no, ";"), "TB036")])
    assert got[0].severity == "warning" and "11-HD/VPTW" in got[0].message


def test_subject_in_capitals_only_from_2018():
    caps = swap(TB_2026, "kết luận của Thường trực Tỉnh ủy\ntại", "KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY\nTẠI")
    got = only(caps, [(6, 1, "TB020")])
    assert got[0].severity == "warning"
    only(TB_2008, [])  # capitals were the 2004 era's habit


def test_vv_of_a_cong_van_only_from_2018():
    vv = swap(CV_2026, "về triển khai", "V/v triển khai")
    only(vv, [(4, 1, "TB012")])
    only(swap(CV_2012, "V/v triển khai", "về triển khai"), [])  # the plain subject is right in 2012 too


def test_tờ_trình_addressed_kính_gửi_in_2026_is_info():
    gui = swap(TTR_2026, "Kính trình:", "Kính gửi:")
    got = only(gui, [(7, col(gui, 7, "về"), "TB021"), (8, col(gui, 8, "Kính"), "TB034")])
    assert [f.severity for f in got if f.code == "TB034"] == ["info"]  # 05-HD known second-hand
    older = swap(swap(swap(gui, "năm 2026", "năm 2019"), "Như trên;", "Như trên,"), "Huyện ủy;", "Huyện ủy,")
    only(older, [(7, col(older, 7, "về"), "TB021")])  # "Kính gửi:" before 2026: nothing read says otherwise
    assert "TB034" not in {f.code for f in lint_text(gui, path="t.txt", era="2018")}  # a forced 36-HD


@pytest.mark.parametrize("typed", ["Phan Thiết, 16 tháng 5 năm 2008", "Phan Thiết, ngày 16 tháng 5, 2008"])
def test_a_date_line_the_parser_cannot_take_still_gives_the_era(typed):
    # a 2008 notice whose date line lost its "ngày" (or its "năm") was checked against the 2026 guide:
    # TB020 and TB036 told it the 2026 forms on top of the date line's own finding
    t = swap(TB_2008, "Phan Thiết, ngày 16 tháng 5 năm 2008", typed)
    only(t, [(3, 1, "TB014"), (3, col(t, 3, "Phan"), "TB000")])


def test_no_date_at_all_is_checked_against_the_newest_guide():
    t = swap(TB_2008, "Phan Thiết, ngày 16 tháng 5 năm 2008", "")
    assert {f.code for f in lint_text(t, path="t.txt")} >= {"TB014", "TB020", "TB036"}


def test_a_forced_era_checks_any_date_against_its_guide():
    t2019 = swap(swap(TB_2026, "năm 2026", "năm 2019"), "Ngày 17/3/2026", "Ngày 17/3/2019")
    commas = swap(swap(t2019, "Tỉnh ủy;", "Tỉnh ủy,"), "Thuận Bắc;", "Thuận Bắc,")
    only(commas, [])  # auto: 36-HD
    no = lines_of(commas, "- Thường trực")
    got = only(commas, [(no, col(commas, no, ",  "), "TB036")], era="2026")
    assert "05-HD/VPTW" in got[0].message
    only(t2019, [], era="2026")
    t2024 = swap(swap(TB_2008, "năm 2008", "năm 2024"), "Ngày 14/5/2008", "Ngày 14/5/2024")
    only(t2024, [], era="2004")  # capitals and "," are the 2004 guide's forms
    got = only(t2024, [(6, 1, "TB020")])  # auto: 36-HD asks normal case
    assert "36-HD/VPTW" in got[0].message


def test_date_words_glued_to_their_figures_say_so():
    # "tháng5" was "write the month with one or two digits, not "5"" — a figure that is right
    t = swap(TB_2008, "ngày 16 tháng 5 năm 2008", "ngày16 tháng2 năm2008")
    got = only(t, [(3, col(t, 3, "ngày16"), "TB014")])
    assert got[0].message == 'write a space between the words and the figures: "ngày 16 tháng 02 năm 2008"'
    t = swap(TB_2008, "ngày 16 tháng 5 năm 2008", "ngày 16 tháng 010 năm 2008")
    got = only(t, [(3, col(t, 3, "010"), "TB014")])
    assert got[0].message == 'write the month with one or two digits, not "010"'
