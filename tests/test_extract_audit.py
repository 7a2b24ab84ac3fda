"""Extraction defects found by an audit on notices the project had never seen (2026-11-29)."""
from __future__ import annotations

import tbparse
from tbparse.extract import extract_people, extract_references, find_due
from tests.notices import CONG_VAN


def refs(text: str) -> dict[str, dict]:
    found, _ = extract_references([[(1, text)]])
    return {r["number"]: r for r in found}


def test_issuer_is_a_plenum():
    r = refs("bảo đảm thống nhất với Nghị quyết số 18-NQ/TW ngày 16/6/2022 của Hội nghị Trung ương 5 "
             "khóa XIII.")["18-NQ/TW"]
    assert r["issuer"] == "Hội nghị Trung ương 5 khóa XIII"
    assert r["text"] == "Nghị quyết số 18-NQ/TW ngày 16/6/2022 của Hội nghị Trung ương 5 khóa XIII"


def test_de_nghi_does_not_extend_an_issuer():
    r = refs("thực hiện Chỉ thị số 20-CT/TU của Tỉnh ủy đề nghị các cấp ủy")["20-CT/TU"]
    assert r["issuer"] == "Tỉnh ủy"


def test_list_shares_the_issuer_written_after_the_last():
    got = refs("thực hiện nghiêm Chỉ thị số 05-CT/TW ngày 28/9/2021 và Kết luận số 01-KL/TW ngày "
               "18/5/2021 của Bộ Chính trị; không chủ quan")
    assert (got["05-CT/TW"]["issuer"], got["05-CT/TW"]["date"]) == ("Bộ Chính trị", "2021-09-28")
    assert (got["01-KL/TW"]["issuer"], got["01-KL/TW"]["date"]) == ("Bộ Chính trị", "2021-05-18")


def test_list_shares_the_date_with_a_bare_citation():
    got = refs("theo Nghị quyết số 18-NQ/TW và Nghị quyết số 19-NQ/TW ngày 25/10/2017.")
    assert got["18-NQ/TW"]["date"] == got["19-NQ/TW"]["date"] == "2017-10-25"
    assert got["18-NQ/TW"]["year"] == got["19-NQ/TW"]["year"] == 2017  # the year follows the date


def test_no_sharing_across_a_sentence():
    got = refs("Thực hiện Chỉ thị số 05-CT/TW. Kết luận số 01-KL/TW của Bộ Chính trị nêu rõ")
    assert got["05-CT/TW"]["issuer"] is None
    assert got["01-KL/TW"]["issuer"] == "Bộ Chính trị"


def test_a_title_of_several_offices_is_whole():
    people = extract_people([[(10, "Đồng chí Trịnh Văn Chiến – Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, "
                                   "Chủ tịch Hội đồng nhân dân tỉnh chủ trì hội nghị.")]])
    assert people == [{"name": "Trịnh Văn Chiến", "lines": [10],
                       "title": "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch Hội đồng nhân dân tỉnh"}]


def test_nothing_is_due_before_the_notice():
    text = "Trong 2 tháng đầu năm 2021, các cấp ủy đã tổ chức đón Tết; hoàn thành trước ngày 30/6/2021."
    assert find_due(text, line=1, default_year=2021, not_before="2021-03-05") == {
        "text": "trước ngày 30/6/2021", "by": "2021-06-30"}
    # without the notice's date the first reading stands
    assert find_due(text, line=1, default_year=2021)["by"] == "2021-02-28"


def test_a_strategy_horizon_is_not_due():
    text = "phát triển vùng đồng bằng sông Cửu Long đến năm 2030, tầm nhìn đến năm 2045."
    assert find_due(text, line=1, default_year=2023) is None
    # the year after the notice's is a deadline
    assert find_due("phấn đấu đến năm 2024 hoàn thành", line=1, default_year=2023) == {
        "text": "đến năm 2024", "by": "2024-12-31"}


NOTICE = """\
HUYỆN ỦY PHÚ LƯƠNG                     ĐẢNG CỘNG SẢN VIỆT NAM
*
Số 45-TB/HU                        Phú Lương, ngày 05 tháng 3 năm 2021

THÔNG BÁO
kết luận của Ban Thường vụ Huyện ủy

Ngày 02/3/2021, Ban Thường vụ Huyện ủy họp nghe báo cáo tình hình. Đồng chí Bí thư Huyện ủy kết luận:

I. Đánh giá tình hình

1. Trong 2 tháng đầu năm 2021, các cấp ủy hoàn thành trước ngày 20/2/2021 việc tổng kết năm.

II. Nhiệm vụ thời gian tới

1. Ủy ban nhân dân huyện hoàn thành giải phóng mặt bằng trước ngày 30/6/2021.

Ban Thường vụ Huyện ủy thông báo để các cấp ủy biết, thực hiện./.

Nơi nhận:                              T/M BAN THƯỜNG VỤ
- Các chi, đảng bộ,                          BÍ THƯ
- Lưu VPHU.
                                          Nguyễn Văn An
"""


def test_due_only_in_directive_sections():
    d = tbparse.parse_dict(NOTICE)
    assessment, directives = d["sections"]
    assert assessment["role"] == "assessment" and "due" not in assessment["items"][0]
    assert directives["items"][0]["due"] == {"text": "trước ngày 30/6/2021", "by": "2021-06-30"}


def test_a_body_after_the_comma_that_starts_a_clause_is_no_issuer():
    got = refs("Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy yêu cầu:")
    assert got["35-CT/TW"]["issuer"] == "Bộ Chính trị"
    # two issuers of one document stay whole
    got = refs("theo Quy định số 105-QĐ/TW của Bộ Chính trị, Ban Bí thư về phân cấp quản lý cán bộ")
    assert got["105-QĐ/TW"]["issuer"] == "Bộ Chính trị, Ban Bí thư"


def test_a_cong_van_subject_is_searched_for_references():
    text = CONG_VAN.format(to="Các huyện ủy, thị ủy, thành ủy.")
    (r,) = tbparse.parse_dict(text)["references"]
    assert (r["text"], r["date"], r["issuer"], r["lines"]) == ("Chỉ thị số 35-CT/TW", "2019-05-30", "Bộ Chính trị", [4, 8])


def test_a_plenum_resolution_named_two_ways_is_one_document():
    found, _ = extract_references([[(1, "thực hiện Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương khóa X")],
                                   [(5, "Tiếp tục quán triệt Nghị quyết Trung ương 6 trong toàn Đảng bộ.")]])
    assert [(r["text"], r["lines"]) for r in found] == [
        ("Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương khóa X", [1, 5])]
    # two khoá: two documents
    found, _ = extract_references([[(1, "Nghị quyết Trung ương 6 khóa X và Nghị quyết Trung ương 6 khóa XII")],
                                   [(2, "Nghị quyết Trung ương 6 được quán triệt.")]])
    assert [r["lines"] for r in found] == [[1], [1], [2]]


def test_a_plenum_named_without_its_number():
    # "Nghị quyết Hội nghị Trung ương" with no number after it crashed the parser (IndexError)
    found, _ = extract_references([[(1, "quán triệt Nghị quyết Hội nghị Trung ương và Nghị quyết Hội nghị "
                                        "Ban Chấp hành Trung ương Đảng trong toàn Đảng bộ.")]])
    assert [r["text"] for r in found] == ["Nghị quyết Hội nghị Trung ương",
                                          "Nghị quyết Hội nghị Ban Chấp hành Trung ương Đảng"]


def test_no_sharing_between_two_issuers_codes():
    got = refs("Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 và Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 "
               "của Chính phủ")
    assert (got["10/2022/QH15"]["issuer"], got["10/2022/QH15"]["date"]) == (None, None)
    assert got["59/2023/NĐ-CP"]["issuer"] == "Chính phủ"


def test_a_list_of_quy_dinh_keeps_its_kind_across_qd_and_qdi():
    got = refs("theo các Quy định số 37-QĐi/TW, 41-QĐ/TW của Bộ Chính trị")
    assert got["37-QĐi/TW"]["kind"] == got["41-QĐ/TW"]["kind"] == "Quy định"


def test_a_yearly_deadline_is_the_next_one():
    # audit 6: "trước ngày 28/02 hằng năm" in a notice of 15/3/2024 was dropped (28/02/2024 had passed)
    assert find_due("báo cáo kết quả trước ngày 28/02 hằng năm.", line=1, default_year=2024,
                    not_before="2024-03-15") == {"text": "trước ngày 28/02 hằng năm", "by": "2025-02-28"}
    assert find_due("hoàn thành trước ngày 31/12 hàng năm", line=1, default_year=2024,
                    not_before="2024-03-15") == {"text": "trước ngày 31/12 hàng năm", "by": "2024-12-31"}


def test_a_congress_resolution_does_not_cite_itself():
    text = """\
ĐẢNG BỘ TỈNH HÀ TĨNH                         ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG BỘ HUYỆN CAN LỘC
ĐẠI HỘI ĐẠI BIỂU LẦN THỨ XXVII
*
Số 01-NQ/ĐH                          Can Lộc, ngày 20 tháng 7 năm 2025

NGHỊ QUYẾT
Đại hội đại biểu Đảng bộ huyện Can Lộc lần thứ XXVII
-----

Đại hội đánh giá kết quả thực hiện Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXVI.

1. Các cấp ủy tổ chức quán triệt Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXVII./.

T/M ĐẠI HỘI
CHỦ TỊCH ĐOÀN
Nguyễn Văn An
"""
    refs = tbparse.parse_dict(text)["references"]
    assert [r["text"] for r in refs] == ["Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXVI"]
