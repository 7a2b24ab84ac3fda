"""Audit 22: what the extractors read in running text they had never seen (hand-written paragraphs of
Party writing from the 1990s to now, Trung ương to xã).

People
* A title stopped short or ran on: "Bí thư Huyện ủy| kiểm tra …" and "Trưởng Ban Dân vận Trung ương|
  trực tiếp chỉ đạo" took the clause's verb; "Chỉ huy trưởng" was "Chỉ"; a title in brackets, one
  opening with "nguyên" or with an abbreviation ("HUV, Trưởng Ban …", "UVBTV, …") was none.
* A place read as a person: "Tỉnh ủy Sơn La Hoàng Văn Chất" gave "La Hoàng Văn Chất"; "Thành phố Hồ
  Chí Minh", "Đoàn TNCS Hồ Chí Minh", "Trường THPT Phan Bội Châu", "UBND xã Lê Lợi", "Huyện ủy Mai
  Sơn" gave people.
* A title before the name stopped at the "và" or "," inside a body's own name: "Giám đốc Sở Khoa học
  và Công nghệ Lê Văn B", "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch …" had no title, so no person.
* Names of the north-west and the Central Highlands were not found: "Cầm Văn Chính", "Quàng Thị
  Thoa", "Mã Văn Sơn", "Y Kông Niê", "H'Hen Niê".

References
* "… của Hội nghị lần thứ bảy Ban Chấp hành Trung ương Đảng (khóa X)" had the issuer "Hội nghị".
* "Nghị quyết Đại hội lần thứ XIII của Đảng" was no reference.
* "chỉ đạo sửa đổi Luật Thanh niên" lost the law (taken for "Luật sửa đổi …"), while "Chương VII và
  Chương VIII Điều lệ Đảng" (a chapter, like an article) counted as citing the charter.
* "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015" had no date or year.
* A number hard-wrapped at its slash ("Chỉ thị số 05-CT/" / "TW ngày …") was warned of "spaces inside
  the number": the space is the line break's.

Dates and deadlines
* "Thời gian: từ ngày 20/8/2021 đến ngày 25/8/2021" was due on its first day; "Thời gian: ngày 15 -
  16/4" and "trong thời gian từ … đến …" were not due.
* "tháng 9 - 10/2021", "quý III - IV/2019" read as their first month or quarter.
* "báo cáo … hằng quý" (no "định kỳ"), "báo cáo hàng tháng vào ngày 25" and "Hạn chót nộp …: 17 giờ
  00 ngày 30/9/2021" set no deadline.
* "vốn đầu tư năm 2021 đến năm 2025" read the "tư" of "đầu tư" as "từ": a period "tư năm 2021 đến …".
* "xong trước 20/10" (a day and month with no "ngày") was no date, so a directive holding only it
  never reached the deadline reader.
* "từ nay đến cuối năm, …" set no deadline (no year written, no figure): a later "trong tháng 7" did.

Abbreviations
* A member's title ("TUV", "HUV", "PBT", "PCT"), "TCCS đảng", "VPĐU", "ĐTN", "THPT" were unknown.
"""
from __future__ import annotations

from pathlib import Path

import tbparse
from tbparse.extract import extract_abbreviations, extract_references

from .extract_probe import dates, due, people, refs


# --- people --------------------------------------------------------------------------------------

def test_a_title_ends_where_the_clause_goes_on() -> None:
    for verb in ("kiểm tra việc thực hiện", "trực tiếp chỉ đạo", "thường xuyên đôn đốc", "giám sát việc",
                 "tổng hợp báo cáo", "quản lý chung", "nhân dịp này", "công bố quyết định"):
        assert people(f"đồng chí Lê Văn Hải, Bí thư Huyện ủy {verb} các xã.") == [("Lê Văn Hải", "Bí thư Huyện ủy")]
    assert people("đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị, Trưởng Ban Dân vận Trung ương trực tiếp chỉ "
                  "đạo") == [("Trương Thị Mai", "Ủy viên Bộ Chính trị, Trưởng Ban Dân vận Trung ương")]
    # what may follow a committee or a locality still does
    assert people("đồng chí Lê Văn A, Bí thư Huyện ủy khóa XV, Phó Bí thư thường trực Đảng ủy khối") == [
        ("Lê Văn A", "Bí thư Huyện ủy khóa XV, Phó Bí thư thường trực Đảng ủy khối")]
    assert people("đồng chí Lê Văn B, Chủ tịch UBND thị trấn, Giám đốc Ngân hàng Chính sách xã hội tỉnh") == [
        ("Lê Văn B", "Chủ tịch UBND thị trấn, Giám đốc Ngân hàng Chính sách xã hội tỉnh")]


def test_titles_in_brackets_qualified_or_abbreviated() -> None:
    assert people("đồng chí Nguyễn Văn Hùng (Bí thư Huyện ủy) chủ trì") == [("Nguyễn Văn Hùng", "Bí thư Huyện ủy")]
    assert people("Đồng chí Võ Văn Kiệt, nguyên Thủ tướng Chính phủ") == [("Võ Văn Kiệt", "nguyên Thủ tướng Chính phủ")]
    assert people("đồng chí Lê Văn A, Ủy viên Trung ương Đảng, nguyên Bí thư Tỉnh ủy") == [
        ("Lê Văn A", "Ủy viên Trung ương Đảng, nguyên Bí thư Tỉnh ủy")]
    assert people("Đ/c Lò Văn Puốn - HUV, Trưởng Ban Dân vận Huyện ủy; Đ/c Hà Văn Tư - UVBTV Tỉnh ủy.") == [
        ("Lò Văn Puốn", "HUV, Trưởng Ban Dân vận Huyện ủy"), ("Hà Văn Tư", "UVBTV Tỉnh ủy")]
    assert people("Thiếu tướng Nguyễn Văn Sơn, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh") == [
        ("Nguyễn Văn Sơn", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh")]


def test_a_place_before_the_name_is_the_titles() -> None:
    assert people("Phó Bí thư Tỉnh ủy Sơn La Hoàng Văn Chất phát biểu.") == [
        ("Hoàng Văn Chất", "Phó Bí thư Tỉnh ủy Sơn La")]
    assert people("Trưởng Ban Dân vận Huyện ủy Lâm Hà Trần Văn Út") == [
        ("Trần Văn Út", "Trưởng Ban Dân vận Huyện ủy Lâm Hà")]
    assert people("Bí thư Tỉnh ủy Lai Châu Giàng Páo Mỷ") == [("Giàng Páo Mỷ", "Bí thư Tỉnh ủy Lai Châu")]
    # a four-word name whose second word is a family name too stays whole
    assert people("đồng chí Nguyễn Hoàng Bảo Anh, Bí thư Chi bộ") == [("Nguyễn Hoàng Bảo Anh", "Bí thư Chi bộ")]


def test_places_and_institutions_named_after_people() -> None:
    for text in ("Bí thư Đoàn TNCS Hồ Chí Minh tỉnh", "Hiệu trưởng Trường THPT Phan Bội Châu",
                 "Bí thư Chi bộ Trường Tiểu học Lê Văn Tám", "Chủ tịch UBND phường Nguyễn Trãi",
                 "Chủ tịch UBND xã Lê Lợi", "Bí thư Huyện ủy Mai Sơn chủ trì"):
        assert people(text) == [], text
    assert people("đồng chí Nguyễn Văn Nên, Ủy viên Bộ Chính trị, Bí thư Thành ủy Thành phố Hồ Chí Minh") == [
        ("Nguyễn Văn Nên", "Ủy viên Bộ Chính trị, Bí thư Thành ủy Thành phố Hồ Chí Minh")]
    assert people("đồng chí Nguyễn Hồ Hải - Phó Bí thư Thường trực Thành ủy TP. Hồ Chí Minh") == [
        ("Nguyễn Hồ Hải", "Phó Bí thư Thường trực Thành ủy TP. Hồ Chí Minh")]
    assert people("Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh Nguyễn Xuân Thắng") == [
        ("Nguyễn Xuân Thắng", "Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh")]
    # a person a title stands before keeps three words; an honorific makes any name a person's
    assert people("Chủ tịch UBND tỉnh Nguyễn Văn Phương chỉ đạo") == [("Nguyễn Văn Phương", "Chủ tịch UBND tỉnh")]
    assert people("Đồng chí Bí thư Đảng ủy phường Huỳnh Thanh Phong chủ trì hội nghị.") == [
        ("Huỳnh Thanh Phong", "Bí thư Đảng ủy phường")]
    export = Path(__file__).resolve().parent / "data" / "exports" / "06-dang-uy-phuong-tb-ket-luan-2023.txt"
    assert tbparse.parse_dict(export.read_text(encoding="utf-8"))["meeting"]["chair"] == [
        {"name": "Huỳnh Thanh Phong", "title": "Bí thư Đảng ủy phường"}]
    assert people("Bí thư Đảng ủy phường Lê Lợi Trần Văn Minh") == [("Trần Văn Minh", "Bí thư Đảng ủy phường Lê Lợi")]
    assert people("đồng chí Lê Anh, Trưởng Ban Tuyên giáo Huyện ủy") == [("Lê Anh", "Trưởng Ban Tuyên giáo Huyện ủy")]


def test_a_title_before_the_name_spans_a_bodys_own_joiner() -> None:
    assert people("Giám đốc Sở Khoa học và Công nghệ Lê Văn B phát biểu") == [
        ("Lê Văn B", "Giám đốc Sở Khoa học và Công nghệ")]
    assert people("Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng") == [
        ("Nguyễn Văn Hùng", "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch")]
    assert people("Bộ trưởng Bộ Lao động - Thương binh và Xã hội Đào Ngọc Dung") == [
        ("Đào Ngọc Dung", "Bộ trưởng Bộ Lao động - Thương binh và Xã hội")]
    # a list's "và" is no body's: the title is the last body's alone
    assert people("Chủ tịch UBND huyện và Bí thư Huyện ủy Lê Văn C") == [("Lê Văn C", "Bí thư Huyện ủy")]


def test_names_of_the_north_west_and_the_central_highlands() -> None:
    text = ("Dự họp có Đ/c Cầm Văn Chính, Bí thư Huyện ủy; Đ/c Quàng Thị Thoa - Phó Chủ tịch UBND huyện; đồng chí "
            "Mã Văn Sơn, Chủ tịch UBND xã; đồng chí Y Kông Niê, Bí thư Đảng ủy xã; đồng chí H'Hen Niê, Phó Bí "
            "thư Đảng ủy xã; Bà Nay H’Blơng.")
    assert people(text) == [("Cầm Văn Chính", "Bí thư Huyện ủy"), ("Quàng Thị Thoa", "Phó Chủ tịch UBND huyện"),
                            ("Mã Văn Sơn", "Chủ tịch UBND xã"), ("Y Kông Niê", "Bí thư Đảng ủy xã"),
                            ("H'Hen Niê", "Phó Bí thư Đảng ủy xã"), ("Nay H’Blơng", None)]
    assert people("Hiệu trưởng Trường Đại học Y Dược Huế") == []


# --- references ----------------------------------------------------------------------------------

def test_a_plenum_named_by_its_ordinal_is_the_whole_issuer() -> None:
    (r,) = refs("Thực hiện Nghị quyết số 26 – NQ/TW ngày 05 tháng 8 năm 2008 của Hội nghị lần thứ bảy Ban Chấp "
                "hành Trung ương Đảng (khóa X) về nông nghiệp")
    assert (r["number"], r["date"], r["issuer"]) == (
        "26-NQ/TW", "2008-08-05", "Hội nghị lần thứ bảy Ban Chấp hành Trung ương Đảng (khóa X)")
    (r,) = refs("Chỉ thị số 27-CT/TƯ ngày 10/01/1998 của Bộ Chính trị (khóa VIII).")
    assert r["issuer"] == "Bộ Chính trị (khóa VIII)"
    (r,) = refs("Nghị quyết số 01-NQ/ĐH của Đại hội lần thứ 5.")
    assert r["issuer"] == "Đại hội lần thứ 5"


def test_a_congress_named_by_its_ordinal_and_the_party() -> None:
    got = refs("Nghị quyết Đại hội lần thứ XIII của Đảng, Nghị quyết Đại hội XIII và Nghị quyết Đại hội lần thứ "
               "XX Đảng bộ tỉnh")
    assert [r["text"] for r in got] == ["Nghị quyết Đại hội lần thứ XIII của Đảng",
                                        "Nghị quyết Đại hội lần thứ XX Đảng bộ tỉnh"]
    assert refs("Nghị quyết Đại hội lần thứ XIII, nhiệm kỳ 2020 - 2025") == []  # whose congress is not said


def test_a_law_being_amended_is_cited_a_chapter_is_not() -> None:
    (r,) = refs("Giao Đảng đoàn Quốc hội chỉ đạo sửa đổi Luật Thanh niên năm 2005 trong năm 2019.")
    assert (r["kind"], r["text"], r["year"]) == ("Luật", "Luật Thanh niên năm 2005", 2005)
    assert refs("Luật sửa đổi, bổ sung Luật Thanh niên") == []
    got = refs("Quy định số 30-QĐ/TW ngày 26/7/2016 về thi hành Chương VII và Chương VIII Điều lệ Đảng")
    assert [r["number"] for r in got] == ["30-QĐ/TW"]


def test_a_law_cited_with_the_day_it_was_passed() -> None:
    got = refs("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật Viên chức; Hiến pháp "
               "nước Cộng hòa xã hội chủ nghĩa Việt Nam ngày 28 tháng 11 năm 2013")
    assert [(r["text"], r["date"], r["year"]) for r in got] == [
        ("Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015", "2015-06-19", 2015),
        ("Luật Viên chức", None, None),
        ("Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam ngày 28 tháng 11 năm 2013", "2013-11-28", 2013)]


def test_a_number_wrapped_at_its_slash_is_not_mistyped() -> None:
    for para in ([(1, "Thực hiện Chỉ thị số 05-CT/"), (2, "TW ngày 15/5/2016 của Bộ Chính trị")],
                 [(1, "Thực hiện Chỉ thị số 05-CT"), (2, "/TW ngày 15/5/2016 của Bộ Chính trị")],
                 [(1, "Quyết định số 2170"), (2, "/QĐ-UBND ngày 05/8/2019")]):
        found, warnings = extract_references([para])
        assert ([r["lines"] for r in found], warnings) == ([[1, 2]], []), para
    # spaces the typist put there are still named, on a wrapped line too
    found, warnings = extract_references([[(1, "Quyết định số 2170 /QĐ"), (2, "- UBND ngày 05/8/2019")]])
    assert found[0]["number"] == "2170/QĐ-UBND"
    assert [w["message"] for w in warnings] == ["spaces inside the number '2170 /QĐ - UBND'; write 2170/QĐ-UBND"]


# --- dates and deadlines -------------------------------------------------------------------------

def test_a_labelled_range_is_due_at_its_end() -> None:
    assert due("Thời gian: từ ngày 20/8/2019 đến ngày 25/8/2019.") == {
        "text": "từ ngày 20/8/2019 đến ngày 25/8/2019", "by": "2019-08-25"}
    assert due("Thời gian thực hiện: từ ngày 01/4/2019 đến hết ngày 30/4/2019.") == {
        "text": "từ ngày 01/4/2019 đến hết ngày 30/4/2019", "by": "2019-04-30"}
    assert due("Thời gian: Từ tháng 4 đến tháng 6/2019.") == {"text": "Từ tháng 4 đến tháng 6/2019", "by": "2019-06-30"}
    assert due("Thời gian: ngày 15 - 16/4/2019.") == {"text": "ngày 15 - 16/4/2019", "by": "2019-04-16"}
    assert due("hoàn thành trong thời gian từ ngày 01/7 đến ngày 15/7/2019") == {
        "text": "trong thời gian từ ngày 01/7 đến ngày 15/7/2019", "by": "2019-07-15"}
    # a range nothing introduces is a schedule; a period begun is no deadline
    assert due("Hội nghị tổ chức từ ngày 01/7 đến ngày 15/7/2019.") is None
    assert due("Thời gian: từ tháng 6/2018 đến nay.") is None


def test_month_and_quarter_ranges_are_one_period() -> None:
    assert dates("Thời gian: Tháng 6 - 7/2019; tháng 11 – 12 năm 2019; quý III-IV/2019.") == [
        ("Tháng 6 - 7/2019", ("2019-06-01", "2019-07-31")), ("tháng 11 – 12 năm 2019", ("2019-11-01", "2019-12-31")),
        ("quý III-IV/2019", ("2019-07-01", "2019-12-31"))]
    assert due("Thời gian: Tháng 9 - 10/2019.") == {"text": "Tháng 9 - 10/2019", "by": "2019-10-31"}
    assert dates("tháng 12-1/2020") == [("tháng 12", ("2019-12-01", "2019-12-31"))]  # no backwards range
    assert dates("ngày mồng 5 tháng 3 năm 2019") == [("ngày mồng 5 tháng 3 năm 2019", "2019-03-05")]


def test_recurring_reports_and_a_cut_off_hour() -> None:
    assert due("Văn phòng Tỉnh ủy tổng hợp, báo cáo Thường trực Tỉnh ủy hằng quý.") == {
        "text": "hằng quý", "by": "2019-03-31"}
    assert due("Các huyện ủy báo cáo hàng tháng vào ngày 25.") == {"text": "hàng tháng vào ngày 25", "by": "2019-03-25"}
    assert due("Nộp đảng phí hằng tháng trước ngày 10.", not_before="2019-03-12") == {
        "text": "hằng tháng trước ngày 10", "by": "2019-04-10"}
    assert dates("Chi bộ sinh hoạt hằng tháng vào ngày 05.") == [("hằng tháng vào ngày 05", (None, None))]
    assert due("Chi bộ sinh hoạt hằng tháng vào ngày 05.") is None  # when it meets
    assert due("Hạn chót nộp thu hoạch: 17 giờ 00 ngày 15/4/2019.") == {
        "text": "17 giờ 00 ngày 15/4/2019", "by": "2019-04-15"}
    # how often something is done, and a recurring day with no trigger, stay no deadline
    assert due("Hằng năm, các chi bộ tổ chức kiểm điểm.") is None
    assert due("Báo cáo ngày 25 hằng tháng.") is None


def test_the_end_of_this_year_without_its_figures() -> None:
    text = "Đồng chí Bí thư yêu cầu: từ nay đến cuối năm, hoàn thành 17/20 chỉ tiêu; trong tháng 7 tổ chức đại hội chi bộ."
    assert due(text, "2020-07-15") == {"text": "đến cuối năm", "by": "2020-12-31"}
    assert due("phấn đấu đến cuối năm nay hoàn thành", "2020-07-15") == {"text": "đến cuối năm", "by": "2020-12-31"}
    assert due("sơ kết vào giữa năm, tổng kết vào cuối năm", "2020-03-02") == {"text": "vào giữa năm", "by": "2020-08-31"}
    for text in ("Cuối năm, các chi bộ đánh giá", "tổng kết 6 tháng cuối năm", "đến cuối năm học", "đến cuối năm ngoái"):
        assert due(text, "2020-07-15") is None, text
    d = tbparse.parse_dict(PLAN.replace("Ban Tuyên giáo Huyện ủy tổng hợp báo cáo Ban Thường vụ Huyện ủy hằng quý",
                                        "Ban Tuyên giáo Huyện ủy tổng kết việc học tập trước cuối năm"))
    (item,) = [i for s in d["sections"] for i in s["items"] if i["line"] == 20]
    assert item["due"] == {"text": "trước cuối năm", "by": "2021-12-31"}  # no figure in the item: still read


def test_a_bare_day_after_a_deadline_word() -> None:
    assert dates("Báo cáo xong trước 20/10; đến hết 31/12 hằng năm; đạt 12/15 chỉ tiêu, tăng từ 12/15 đến 14/15") == [
        ("20/10", "2019-10-20"), ("31/12", "2019-12-31")]
    d = tbparse.parse_dict(PLAN.replace("2. Hạn chót nộp thu hoạch: 17 giờ 00 ngày 30/9/2021.",
                                        "2. Các chi bộ nộp thu hoạch xong trước 20/10."))
    (item,) = [i for s in d["sections"] for i in s["items"] if i["line"] == 22]
    assert item["due"] == {"text": "trước 20/10", "by": "2021-10-20"}


def test_dau_tu_is_not_tu() -> None:
    assert dates("vốn đầu tư năm 2021 đến năm 2025") == [("năm 2021", ("2021-01-01", "2021-12-31")),
                                                          ("năm 2025", ("2025-01-01", "2025-12-31"))]
    assert dates("từ năm 2021 đến năm 2025") == [("từ năm 2021 đến năm 2025", ("2021-01-01", "2025-12-31"))]


# --- abbreviations ---------------------------------------------------------------------------------

def test_titles_and_grassroots_abbreviations() -> None:
    got = extract_abbreviations([[(1, "Đ/c Lò Văn Puốn - HUV, PBT Đảng ủy, PCT UBND xã; các TCCS đảng; VPĐU; ĐTN")],
                                 [(2, "Trường THPT Chiềng Mung; đ/c Lê Văn A - TUV")]])
    assert [(a["abbr"], a["expansion"], a["lines"]) for a in got] == [
        ("HUV", "Huyện ủy viên", [1]), ("PBT", "Phó Bí thư", [1]), ("PCT", "Phó Chủ tịch", [1]),
        ("UBND", "Ủy ban nhân dân", [1]), ("TCCS", "Tổ chức cơ sở", [1]), ("VPĐU", "Văn phòng Đảng ủy", [1]),
        ("ĐTN", "Đoàn Thanh niên", [1]), ("THPT", "Trung học phổ thông", [2]), ("TUV", "Tỉnh ủy viên", [2])]


# --- a whole plan ----------------------------------------------------------------------------------

PLAN = """\
ĐẢNG BỘ TỈNH HÀ TĨNH                          ĐẢNG CỘNG SẢN VIỆT NAM
HUYỆN ỦY CẨM XUYÊN
        *                                Cẩm Xuyên, ngày 16 tháng 8 năm 2021
Số 85-KH/HU

                                KẾ HOẠCH
       học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng

I. NỘI DUNG, THỜI GIAN

1. Hội nghị cấp huyện
- Thời gian: từ ngày 20/8/2021 đến ngày 25/8/2021.
- Báo cáo viên: đồng chí Võ Hồng Hải, Bí thư Huyện ủy trực tiếp quán triệt.

2. Ở cơ sở
- Thời gian: Tháng 9 - 10/2021.

II. TỔ CHỨC THỰC HIỆN

1. Ban Tuyên giáo Huyện ủy tổng hợp báo cáo Ban Thường vụ Huyện ủy hằng quý.

2. Hạn chót nộp thu hoạch: 17 giờ 00 ngày 30/9/2021.

                                         T/M BAN THƯỜNG VỤ
                                          PHÓ BÍ THƯ



                                         Bùi Thị Quỳnh Vân
"""


def test_a_plan_end_to_end() -> None:
    d = tbparse.parse_dict(PLAN)
    got = {}

    def walk(nodes: list[dict]) -> None:
        for n in nodes:
            if n.get("due"):
                got[n["line"]] = n["due"]
            walk(n.get("items", []))
            walk(n.get("bullets", []))

    walk(d["sections"])
    assert got == {12: {"text": "từ ngày 20/8/2021 đến ngày 25/8/2021", "by": "2021-08-25"},
                   16: {"text": "Tháng 9 - 10/2021", "by": "2021-10-31"},
                   20: {"text": "hằng quý", "by": "2021-09-30"},
                   22: {"text": "17 giờ 00 ngày 30/9/2021", "by": "2021-09-30"}}
    assert [(p["name"], p["title"]) for p in d["people"]] == [("Võ Hồng Hải", "Bí thư Huyện ủy")]
