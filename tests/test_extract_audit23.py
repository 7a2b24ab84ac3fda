"""Audit 23: what the extractors read in hand-written paragraphs citing the usual Party and State
documents, naming people in lists and setting deadlines (each case below failed before its fix).

Dates and deadlines
* A month list "tháng 11, 12/2019", "tháng 3, 4 năm 2020" gave its first month only (with the default
  year, not the list's), and "trong tháng 7 và tháng 8/2024" was due at July's end.
* "quý I - quý II", "Quý IV" (no figure in the paragraph) were no dates: the pass starts from digits.
* A two-figure year ("ngày 5/3/19", "trước 30/6/98") was no date, so a reference lost its date.
* "định kỳ 6 tháng" set no deadline.

People
* "Bí thư Tỉnh ủy Lê Anh" (a two-word name after a committee) was read as the committee's place.
* "các đồng chí: Phạm Minh Tuấn, Bùi Thị Thu, Hoàng Văn Nam, Ủy viên Ban Thường vụ Tỉnh ủy" gave the
  last name only.

References
* "Nghị quyết 18-NQ-TW" (a dash for the slash) was no reference; "Chỉ thị Số. 05-CT/TW" lost its kind.
"""
from __future__ import annotations

from tbparse.extract import extract_references

from .extract_probe import dates, due, people, refs


# --- month lists ---------------------------------------------------------------------------------

def test_month_list_with_its_year_is_one_date_a_month() -> None:
    assert dates("Tổ chức các hoạt động trong tháng 11, 12/2019 và tháng 3, 4 năm 2020.", 2018) == [
        ("tháng 11", ("2019-11-01", "2019-11-30")),
        ("12/2019", ("2019-12-01", "2019-12-31")),
        ("tháng 3", ("2020-03-01", "2020-03-31")),
        ("4 năm 2020", ("2020-04-01", "2020-04-30")),
    ]


def test_month_list_ending_the_clause_takes_the_default_year() -> None:
    assert dates("Tổ chức trong tháng 11 và 12.") == [
        ("tháng 11", ("2019-11-01", "2019-11-30")), ("12", ("2019-12-01", "2019-12-31"))]


def test_a_count_after_a_month_is_no_month() -> None:
    # "trong tháng 11, 12 đơn vị …": twelve units, not December
    assert dates("Trong tháng 11, 12 đơn vị đã hoàn thành.") == [("tháng 11", ("2019-11-01", "2019-11-30"))]
    # months that do not rise are no list either
    assert [t for t, _ in dates("Trong tháng 12, 3 đơn vị đã hoàn thành.")] == ["tháng 12"]


def test_month_list_deadline_is_the_last_months_end() -> None:
    assert due("Tổ chức tuyên truyền trong tháng 5, 6/2024; từ tháng 6/2022 đến nay đã tổ chức 45 hội nghị.") == {
        "text": "trong tháng 5, 6/2024", "by": "2024-06-30"}
    assert due("Lấy ý kiến nhân dân trong tháng 7 và tháng 8/2024; hoàn thành tổng hợp chậm nhất ngày 05/9/2024.") == {
        "text": "trong tháng 7 và tháng 8/2024", "by": "2024-08-31"}
    assert due("Triển khai trong quý II, quý III năm 2019.") == {"text": "trong quý II, quý III năm 2019", "by": "2019-09-30"}
    # "trước" names the first of two deadlines, as "trước ngày 15/6 và ngày 15/12" does
    assert due("Báo cáo trước tháng 7 và tháng 8/2024.")["by"] == "2024-07-31"


# --- quarters without a figure ---------------------------------------------------------------------

def test_quarter_span_without_digits() -> None:
    assert dates("Hoàn thành trong quý I - quý II, báo cáo kết quả.") == [("quý I - quý II", ("2019-01-01", "2019-06-30"))]
    assert dates("Trong Quý IV và quý III, đơn vị triển khai; từ quý I đến quý III năm 2024.") == [
        ("Quý IV", ("2019-10-01", "2019-12-31")),
        ("quý III", ("2019-07-01", "2019-09-30")),
        ("từ quý I đến quý III năm 2024", ("2024-01-01", "2024-09-30")),
    ]
    # a word that merely holds the letters is none: "Quý Ích", "chú ý Ilham"
    assert dates("Đồng chí Nguyễn Quý Ích phát biểu; chú ý Ilham.") == []


# --- two-figure years --------------------------------------------------------------------------------

def test_short_year_after_ngay_or_a_deadline_word() -> None:
    assert dates("Ngày 5/3/19, Thường trực Tỉnh ủy họp; địa chỉ số 12/3/19 đường Lê Lợi.") == [("Ngày 5/3/19", "2019-03-05")]
    assert dates("các cấp ủy báo cáo trước 30/6/98.") == [("30/6/98", "1998-06-30")]
    assert due("các cấp ủy báo cáo trước 30/6/19.") == {"text": "trước 30/6/19", "by": "2019-06-30"}
    r = refs("Thực hiện Nghị quyết số 05-NQ/TU ngày 5/3/19 của Ban Thường vụ Tỉnh ủy.")[0]
    assert (r["date"], r["year"], r["issuer"]) == ("2019-03-05", 2019, "Ban Thường vụ Tỉnh ủy")


# --- half-yearly reports -------------------------------------------------------------------------------

def test_half_yearly_report_is_due_at_the_half_years_end() -> None:
    text = "Giao BCĐ 35 phối hợp với UBKT theo dõi, đôn đốc; định kỳ 6 tháng, hằng năm báo cáo Ban Thường vụ Tỉnh ủy."
    assert due(text) == {"text": "định kỳ 6 tháng", "by": "2019-06-30"}
    assert due(text, "2019-08-01")["by"] == "2019-12-31"
    assert due("Các đơn vị báo cáo định kỳ sáu tháng về Văn phòng.")["text"] == "định kỳ sáu tháng"
    assert due("Kết quả đánh giá định kỳ 6 tháng cho thấy nhiều chuyển biến.") is None


# --- people -----------------------------------------------------------------------------------------

def test_two_word_name_after_a_committee_is_a_person() -> None:
    assert people("Đoàn công tác do Bí thư Tỉnh ủy Lê Anh dẫn đầu.") == [("Lê Anh", "Bí thư Tỉnh ủy")]
    assert people("Chủ tịch UBND tỉnh Lê Hùng và Bí thư Tỉnh ủy Nguyễn Thành Đạt đã làm việc.") == [
        ("Lê Hùng", "Chủ tịch UBND tỉnh"), ("Nguyễn Thành Đạt", "Bí thư Tỉnh ủy")]
    # still places: a district named like a person, a commune's hero, a place with no main family name
    assert people("Bí thư Huyện ủy Mai Sơn chủ trì; Bí thư Thành ủy Phan Thiết phát biểu; "
                  "Chủ tịch UBND xã Lê Lợi báo cáo; Bí thư Quận ủy Lê Chân dự.") == []


def test_a_list_of_names_shares_the_title_after_it() -> None:
    assert people("Tham dự hội nghị có các đồng chí: Phạm Minh Tuấn, Bùi Thị Thu, Hoàng Văn Nam, Ủy viên Ban "
                  "Thường vụ Tỉnh ủy; đồng chí Đỗ Xuân Trường, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.") == [
        ("Phạm Minh Tuấn", "Ủy viên Ban Thường vụ Tỉnh ủy"), ("Bùi Thị Thu", "Ủy viên Ban Thường vụ Tỉnh ủy"),
        ("Hoàng Văn Nam", "Ủy viên Ban Thường vụ Tỉnh ủy"), ("Đỗ Xuân Trường", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")]
    assert people("Dự có đồng chí Nguyễn Văn An và Trần Thị Bình; đồng chí Lê Văn Cường, Hà Nội.") == [
        ("Nguyễn Văn An", None), ("Trần Thị Bình", None), ("Lê Văn Cường", None)]
    # each with a title of its own keeps it
    assert people("Đồng chí Nguyễn Văn Tùng, Bí thư Tỉnh ủy, Nguyễn Văn Hải, Chủ tịch UBND tỉnh.") == [
        ("Nguyễn Văn Tùng", "Bí thư Tỉnh ủy"), ("Nguyễn Văn Hải", "Chủ tịch UBND tỉnh")]


# --- references -------------------------------------------------------------------------------------

def test_party_number_with_a_dash_for_its_slash() -> None:
    rs, warns = extract_references([[(4, "Quán triệt Nghị quyết 18-NQ-TW và Chỉ thị số 12-CT-TU ngày 2/3/2020 "
                                         "của Ban Thường vụ Tỉnh ủy; Quyết định 123/QĐ-TTg.")]])
    assert [(r["text"], r["number"], r["kind"], r["date"]) for r in rs] == [
        ("Nghị quyết 18-NQ-TW", "18-NQ/TW", "Nghị quyết", None),
        ("Chỉ thị số 12-CT-TU ngày 2/3/2020 của Ban Thường vụ Tỉnh ủy", "12-CT/TU", "Chỉ thị", "2020-03-02"),
        ("Quyết định 123/QĐ-TTg", "123/QĐ-TTg", "Quyết định", None),
    ]
    assert [(w["line"], w["message"]) for w in warns] == [
        (4, "Party number '18-NQ-TW' has a dash for its slash; write 18-NQ/TW"),
        (4, "Party number '12-CT-TU' has a dash for its slash; write 12-CT/TU")]


def test_so_with_a_full_stop() -> None:
    r = refs("Thực hiện Chỉ thị Số. 05-CT/TW của Bộ Chính trị.")[0]
    assert (r["text"], r["kind"], r["issuer"]) == ("Chỉ thị Số. 05-CT/TW của Bộ Chính trị", "Chỉ thị", "Bộ Chính trị")


NOTICE = """TỈNH ỦY BÌNH THUẬN                    ĐẢNG CỘNG SẢN VIỆT NAM
        *
  Số 145-TB/TU                 Phan Thiết, ngày 12 tháng 3 năm 2023

THÔNG BÁO
kết luận của Ban Thường vụ Tỉnh ủy về công tác cải cách hành chính

Ngày 10/3/2023, Ban Thường vụ Tỉnh ủy họp nghe báo cáo. Ban Thường vụ Tỉnh ủy kết luận:

1. Giao Ban Chỉ đạo cải cách hành chính tỉnh theo dõi, đôn đốc; định kỳ 6 tháng báo cáo Ban Thường vụ Tỉnh ủy.

2. Giao Ban Tuyên giáo Tỉnh ủy tổ chức tuyên truyền trong tháng 5, 6/2023.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ

Nguyễn Văn An
"""


def test_notice_directives_get_their_due() -> None:
    import tbparse

    d = tbparse.parse_dict(NOTICE)
    items = [it for s in d["sections"] for it in s["items"]]
    # the first holds no date the dates pass reads: "định kỳ" opens the step's gate
    assert [it.get("due") for it in items] == [
        {"text": "định kỳ 6 tháng", "by": "2023-06-30"}, {"text": "trong tháng 5, 6/2023", "by": "2023-06-30"}]
    assert [(x["text"], x["line"]) for x in d["dates"]] == [("Ngày 10/3/2023", 8), ("tháng 5", 12), ("6/2023", 12)]


def test_due_hint_lets_through_only_a_recurring_period() -> None:
    # "mỗi người", "ngân hàng" opened find_due's fold and scan (the seed's longest directive)
    from tbparse.extract.dates import _due_hint

    hint = _due_hint()
    assert [bool(hint.search(t)) for t in ("mỗi người lao động", "ngân hàng chính sách", "định kỳ kiểm tra")] == [
        False, False, False]
    assert [bool(hint.search(t)) for t in ("định kỳ hằng tháng", "Mỗi Quý", "HẰNG THÁNG", "định kỳ sáu tháng",
                                           "trong quý I", "ngày 5")] == [True] * 6


def test_five_word_e_de_name() -> None:
    assert people("Đoàn công tác do đồng chí Y Thanh Hà Niê Kđăm, Phó Bí thư Tỉnh ủy làm trưởng đoàn.") == [
        ("Y Thanh Hà Niê Kđăm", "Phó Bí thư Tỉnh ủy")]
