"""Audit 16: the year of a plan's yearless months, day lists, a rule's timetable, attendance lists.

* A CHƯƠNG TRÌNH / KẾ HOẠCH dated in December for the next year read its "Tháng 1: …", "6 tháng
  đầu năm" and "quý I" in the issue year, in ``dates`` and in ``due``; a report on the year before
  read its assessment in the issue year.
* "trong 02 ngày, 27 và 28/3/2003" and "các ngày 27, 28 và 29/3/2003" gave only the last day.
* "trước ngày 15/6." (a day without a year, ending a sentence) was no date and no deadline.
* A quy chế's "Chi ủy họp thường kỳ vào ngày 05 hằng tháng" got a ``due``.
* "có các đồng chí: Trần Văn B, Chủ tịch UBND huyện, Lê Thị C, …" split each comrade from his
  title; "có 23/25 đảng viên dự họp" in the meeting sentence gave no attendee.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import tbparse
from tbparse.extract import extract_dates, find_due
from tbparse.extract.dates import period_years

EXPORTS = Path(__file__).resolve().parent / "data" / "exports"

HEAD = """\
   ĐẢNG BỘ TỈNH QUẢNG NAM                          ĐẢNG CỘNG SẢN VIỆT NAM
   HUYỆN ỦY ĐẠI LỘC
            *                                  Đại Lộc, {date}
      Số {number}

"""
TAIL = """
                                              T/M BAN THƯỜNG VỤ
                                                   BÍ THƯ



                                               Nguyễn Văn An
"""

# A district committee's work programme for 2013, adopted in December 2012.
PROGRAMME = """\
                               CHƯƠNG TRÌNH
                    công tác năm 2013 của Ban Thường vụ Huyện ủy

I. MỤC ĐÍCH, YÊU CẦU

Cụ thể hóa Nghị quyết Đại hội Đảng bộ huyện thành các nhiệm vụ trọng tâm của năm 2013.

II. NỘI DUNG CÔNG TÁC

1. Tháng 1: Hội nghị Ban Chấp hành Đảng bộ huyện tổng kết công tác năm 2012, triển khai nhiệm vụ năm 2013.

2. Tháng 6: Sơ kết 6 tháng đầu năm, hoàn thành trong quý II.

3. Ban Tuyên giáo Huyện ủy chuẩn bị nội dung học tập nghị quyết, hoàn thành trong quý I.

4. Văn phòng Huyện ủy tổng hợp báo cáo, hoàn thành trước ngày 15/6.
"""


def _programme(date: str, body: str = PROGRAMME) -> dict:
    return tbparse.parse_dict(HEAD.format(date=date, number="45-CTr/HU") + body + TAIL)


def _dates(d: dict) -> dict[str, tuple]:
    """Each yearless expression's first reading by its text: (line, date or start, end)."""
    out: dict[str, tuple] = {}
    for x in d["dates"]:
        out.setdefault(x["text"], (x["line"], x["date"] or x["start"], x["end"]))
    return out


def _dues(d: dict) -> dict[int, dict]:
    out: dict[int, dict] = {}

    def walk(nodes: list[dict]) -> None:
        for n in nodes:
            if n.get("due"):
                out[n["line"]] = n["due"]
            walk(n.get("items", []))
            walk(n.get("bullets", []))

    for s in d["sections"]:
        walk(s["items"])
    return out


@pytest.mark.parametrize("kind", ["CHƯƠNG TRÌNH", "KẾ HOẠCH"])
def test_a_plan_issued_in_december_for_the_next_year_dates_its_months_in_that_year(kind: str) -> None:
    d = _programme("ngày 20 tháng 12 năm 2012", PROGRAMME.replace("CHƯƠNG TRÌNH", kind))
    got = _dates(d)
    assert got["Tháng 1"] == (15, "2013-01-01", "2013-01-31")
    assert got["Tháng 6"] == (17, "2013-06-01", "2013-06-30")
    assert got["6 tháng đầu năm"] == (17, "2013-01-01", "2013-06-30")
    assert got["năm 2012"][1:] == ("2012-01-01", "2012-12-31")  # a stated year stays as stated
    assert _dues(d) == {
        17: {"text": "trong quý II", "by": "2013-06-30"},
        19: {"text": "trong quý I", "by": "2013-03-31"},
        21: {"text": "trước ngày 15/6", "by": "2013-06-15"},
    }


def test_the_same_plan_issued_in_its_own_year_reads_the_same() -> None:
    assert _dues(_programme("ngày 05 tháng 01 năm 2013")) == _dues(_programme("ngày 20 tháng 12 năm 2012"))
    assert _dates(_programme("ngày 05 tháng 01 năm 2013"))["Tháng 1"][1] == "2013-01-01"


def test_a_plan_whose_subject_names_no_year_keeps_the_issue_year() -> None:
    body = PROGRAMME.replace("công tác năm 2013 của Ban Thường vụ", "công tác của Ban Thường vụ")
    d = _programme("ngày 20 tháng 12 năm 2012", body)
    assert _dates(d)["Tháng 6"][1] == "2012-06-01"
    assert _dues(d) == {}  # "trong quý I" of 2012 is past on 20 December 2012


# A district committee's report on 2012, issued in January 2013: its assessment is 2012's, its
# directions 2013's.
REPORT = """\
                                BÁO CÁO
                      tổng kết công tác năm 2012

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

Tháng 6, Ban Thường vụ Huyện ủy tổ chức sơ kết 6 tháng đầu năm; trong quý III, hoàn thành đại hội các chi bộ trực thuộc.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ

1. Tập trung chỉ đạo sản xuất vụ Đông Xuân, hoàn thành trong quý I.

2. Tháng 6, tổ chức sơ kết giữa nhiệm kỳ.
"""


def test_a_report_on_the_year_before_dates_its_assessment_in_that_year() -> None:
    d = tbparse.parse_dict(HEAD.format(date="ngày 10 tháng 01 năm 2013", number="120-BC/HU") + REPORT + TAIL)
    by_line = {(x["line"], x["text"]): x["start"] for x in d["dates"]}
    assert by_line[(11, "Tháng 6")] == "2012-06-01"           # section I reports 2012
    assert by_line[(11, "6 tháng đầu năm")] == "2012-01-01"
    assert by_line[(17, "Tháng 6")] == "2013-06-01"           # section II plans 2013
    assert _dues(d) == {15: {"text": "trong quý I", "by": "2013-03-31"}}


def test_a_report_naming_two_years_keeps_the_issue_year() -> None:
    text = REPORT.replace("tổng kết công tác năm 2012", "tổng kết công tác năm 2012, phương hướng nhiệm vụ năm 2013")
    d = tbparse.parse_dict(HEAD.format(date="ngày 10 tháng 01 năm 2013", number="120-BC/HU") + text + TAIL)
    assert {x["start"] for x in d["dates"] if x["text"] == "Tháng 6"} == {"2013-06-01"}


@pytest.mark.parametrize("subject, issued, want", [
    ("CHƯƠNG TRÌNH công tác năm 2013", 2012, (2013, 2013)),
    ("KẾ HOẠCH kiểm tra, giám sát quý I/2013", 2012, (2013, 2013)),
    ("BÁO CÁO tổng kết công tác năm 2012", 2013, (2013, 2012)),
    ("CHƯƠNG TRÌNH công tác năm 2013", 2013, (2013, 2013)),
    ("KẾ HOẠCH thực hiện Nghị quyết số 05-NQ/TU ngày 10/12/2012", 2013, (2013, 2013)),  # a cited day
    ("BÁO CÁO tổng kết năm 2010", 2013, (2013, 2013)),                                  # too far off
    ("KẾ HOẠCH thực hiện giai đoạn 2013 - 2015", 2012, (2012, 2012)),                    # a span
    ("CHƯƠNG TRÌNH công tác năm 2013", None, (None, None)),
])
def test_period_years(subject: str, issued: int | None, want: tuple) -> None:
    assert period_years(subject, issued) == want


# --- days listed under one month ------------------------------------------------------------------

def _read(text: str, year: int | None = 2003) -> list[tuple]:
    return [(d["text"], d["date"]) for d in extract_dates([[(1, text)]], default_year=year)]


@pytest.mark.parametrize("text, want", [
    ("Hội nghị tổ chức trong 02 ngày, 27 và 28/3/2003, tại Hội trường.",
     [("27", "2003-03-27"), ("28/3/2003", "2003-03-28")]),
    ("Hội nghị tổ chức vào các ngày 27, 28 và 29/3/2003.",
     [("ngày 27", "2003-03-27"), ("28", "2003-03-28"), ("29/3/2003", "2003-03-29")]),
    ("Lớp học mở các ngày 5, 6 và 7 tháng 4 năm 2010.",
     [("ngày 5", "2010-04-05"), ("6", "2010-04-06"), ("7 tháng 4 năm 2010", "2010-04-07")]),
    ("Tập huấn trong 03 ngày (27, ngày 28 và 29/3/2003).",
     [("27", "2003-03-27"), ("ngày 28", "2003-03-28"), ("29/3/2003", "2003-03-29")]),
    # as before: a pair, a range, and a larger day before the last that is no list
    ("Ngày 18 và 19 tháng 7 năm 2008, Ban Thường vụ họp",
     [("Ngày 18", "2008-07-18"), ("19 tháng 7 năm 2008", "2008-07-19")]),
    ("số liệu ngày 28, 27 và 29/3/2003", [("29/3/2003", "2003-03-29")]),
    ("số lượng 27 và 28/3/2003", [("28/3/2003", "2003-03-28")]),  # no "ngày": a count, not a day
])
def test_a_list_of_days_sharing_a_month_gives_each_day(text: str, want: list[tuple]) -> None:
    assert _read(text) == want


def test_a_range_of_days_is_still_one_period() -> None:
    got = extract_dates([[(1, "họp từ ngày 18 đến ngày 20/7/2008")]])
    assert [(d["start"], d["end"]) for d in got] == [("2008-07-18", "2008-07-20")]


def test_the_two_day_conference_of_a_2003_plan() -> None:
    d = tbparse.parse_dict((EXPORTS / "49-dang-uy-khoi-ke-hoach-2003.txt").read_text(encoding="utf-8"))
    assert [x["date"] for x in d["dates"] if x["line"] == 27] == ["2003-03-27", "2003-03-28"]


def test_a_yearless_day_ending_a_sentence_is_a_date_and_a_deadline() -> None:
    """"trước ngày 15/6." — the full stop was read as the start of "15/6.2013"."""
    assert _read("Hoàn thành trước ngày 15/6.", 2013) == [("ngày 15/6", "2013-06-15")]
    assert find_due("Hoàn thành trước ngày 15/6.", line=1, default_year=2013) == {
        "text": "trước ngày 15/6", "by": "2013-06-15"}
    assert _read("ngày 15/6.2013", 2013) == []  # mixed separators: no date


# --- a rule's timetable is no deadline ------------------------------------------------------------

RULES = """\
   ĐẢNG BỘ XÃ TÂN PHÚ                              ĐẢNG CỘNG SẢN VIỆT NAM
   CHI BỘ ẤP TÂN LẬP
            *                                  Tân Phú, ngày 10 tháng 01 năm 2019

                                QUY CHẾ
                  làm việc của Chi bộ ấp Tân Lập nhiệm kỳ 2017 - 2020

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Quy chế này quy định nguyên tắc, chế độ làm việc của Chi bộ, Chi ủy.

Chương II
CHẾ ĐỘ LÀM VIỆC

Điều 5. Chế độ họp, sinh hoạt và báo cáo

1. Chi ủy họp thường kỳ vào ngày 05 hằng tháng; họp bất thường khi cần.

2. Chi bộ sinh hoạt thường kỳ vào ngày 10 hằng tháng.

3. Tổ trưởng các tổ đảng báo cáo tình hình với Chi ủy trước ngày 25 hằng tháng.

4. Chi bộ tổ chức kiểm điểm, đánh giá đảng viên vào ngày 15/12 hằng năm.

                                               T/M CHI BỘ
                                                 BÍ THƯ



                                             Trần Văn Hùng
"""


def test_a_rules_meeting_days_are_a_timetable_and_its_report_day_a_deadline() -> None:
    d = tbparse.parse_dict(RULES)
    assert _dues(d) == {24: {"text": "trước ngày 25 hằng tháng", "by": "2019-01-25"}}
    # the days are still dates of every month
    assert [x["text"] for x in d["dates"] if x["date"] is None and x["start"] is None][:3] == [
        "ngày 05 hằng tháng", "ngày 10 hằng tháng", "ngày 25 hằng tháng"]


def test_outside_a_rule_a_yearly_review_day_is_a_deadline_but_a_meeting_day_is_not() -> None:
    d = tbparse.parse_dict(RULES.replace("QUY CHẾ\n", "KẾ HOẠCH\n"))
    assert _dues(d) == {24: {"text": "trước ngày 25 hằng tháng", "by": "2019-01-25"},
                        26: {"text": "vào ngày 15/12 hằng năm", "by": "2019-12-15"}}


@pytest.mark.parametrize("text, rule, want", [
    ("Chi ủy họp thường kỳ vào ngày 05 hằng tháng.", False, None),
    ("Thời gian họp: ngày 05 hằng tháng.", False, None),
    ("Ban Thường vụ họp định kỳ vào ngày 15/12 hằng năm.", False, None),
    ("Văn phòng tổng hợp tình hình vào ngày 25 hằng tháng.", False, "vào ngày 25 hằng tháng"),  # "hợp", not "họp"
    ("Các chi bộ gửi báo cáo về Đảng ủy vào ngày 20 hằng tháng.", True, "vào ngày 20 hằng tháng"),
    ("Chi bộ họp, báo cáo kết quả chậm nhất vào ngày 05 hằng tháng.", True, "chậm nhất vào ngày 05 hằng tháng"),
    ("Đảng viên sinh hoạt tại nơi cư trú vào ngày 20 hằng tháng.", True, None),
])
def test_a_recurring_day_that_says_when_a_body_meets(text: str, rule: bool, want: str | None) -> None:
    due = find_due(text, line=1, default_year=2019, not_before="2019-01-10", rule=rule)
    assert (due and due["text"]) == want


# --- attendance ----------------------------------------------------------------------------------

NOTICE = """\
                               THÔNG BÁO
                 kết luận của Ban Thường vụ Huyện ủy

Ngày 18/3/2013, Ban Thường vụ Huyện ủy họp nghe báo cáo tình hình thực hiện nhiệm vụ quý I. Đồng chí Nguyễn Văn An, Bí thư Huyện ủy chủ trì hội nghị.

Dự hội nghị có đồng chí Trần Văn Bình, Chủ tịch UBND huyện; đồng chí Lê Thị Cúc, Trưởng Ban Dân vận Huyện ủy.

Sau khi nghe báo cáo, Ban Thường vụ Huyện ủy kết luận như sau:

1. Ủy ban nhân dân huyện chỉ đạo hoàn thành trước ngày 30/6/2013.
"""
ATTENDANCE = "Dự hội nghị có đồng chí Trần Văn Bình, Chủ tịch UBND huyện; đồng chí Lê Thị Cúc, Trưởng Ban Dân vận Huyện ủy."


def _notice(attendance: str, opening: str | None = None) -> dict:
    body = NOTICE.replace(ATTENDANCE, attendance)
    if opening is not None:
        body = body.replace(NOTICE.splitlines()[3], opening)
    return tbparse.parse_dict(HEAD.format(date="ngày 20 tháng 3 năm 2013", number="45-TB/HU") + body + TAIL)


@pytest.mark.parametrize("attendance, want", [
    (ATTENDANCE, ["đồng chí Trần Văn Bình, Chủ tịch UBND huyện", "đồng chí Lê Thị Cúc, Trưởng Ban Dân vận Huyện ủy"]),
    ("Dự hội nghị có đồng chí Trần Văn Bình, Chủ tịch UBND huyện, đồng chí Lê Thị Cúc, Trưởng Ban Dân vận Huyện ủy.",
     ["đồng chí Trần Văn Bình, Chủ tịch UBND huyện", "đồng chí Lê Thị Cúc, Trưởng Ban Dân vận Huyện ủy"]),
    ("Dự hội nghị có các đồng chí: Trần Văn Bình, Chủ tịch UBND huyện, Lê Thị Cúc, Trưởng Ban Dân vận Huyện ủy.",
     ["Trần Văn Bình, Chủ tịch UBND huyện", "Lê Thị Cúc, Trưởng Ban Dân vận Huyện ủy"]),
    ("Dự hội nghị có các đồng chí Trần Văn Bình, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện, Lê Thị Cúc, Trưởng Ban "
     "Dân vận Huyện ủy và đại diện lãnh đạo các phòng, ban của huyện.",
     ["các đồng chí Trần Văn Bình, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện",
      "Lê Thị Cúc, Trưởng Ban Dân vận Huyện ủy", "đại diện lãnh đạo các phòng, ban của huyện"]),
    # names without titles, and bodies, are entries of their own
    ("Dự hội nghị có các đồng chí: Trần Văn Bình, Lê Thị Cúc, Ban Tổ chức, Ban Tuyên giáo Huyện ủy.",
     ["Trần Văn Bình", "Lê Thị Cúc", "Ban Tổ chức", "Ban Tuyên giáo Huyện ủy"]),
])
def test_each_comrade_keeps_his_title_in_a_comma_list(attendance: str, want: list[str]) -> None:
    assert _notice(attendance)["attendees"] == want


def test_the_count_in_the_meeting_sentence_is_the_attendance() -> None:
    d = tbparse.parse_dict((EXPORTS / "16-chi-bo-nghi-quyet-2025.txt").read_text(encoding="utf-8"))
    assert d["attendees"] == ["23/25 đảng viên"]
    assert d["meeting"]["chair"] == [{"name": "Phạm Văn Lực", "title": "Bí thư Chi bộ"}]


@pytest.mark.parametrize("opening, attendees", [
    ("Ngày 18/3/2013, Chi bộ họp thường kỳ, có 23/25 đảng viên dự họp. Đồng chí Nguyễn Văn An, Bí thư Chi bộ chủ trì.",
     ["23/25 đảng viên"]),
    ("Ngày 18/3/2013, Chi bộ họp thường kỳ, dự họp có 23/25 đảng viên. Đồng chí Nguyễn Văn An, Bí thư Chi bộ chủ trì.",
     ["23/25 đảng viên"]),
    ("Ngày 18/3/2013, Đảng ủy họp do đồng chí Nguyễn Văn An, Bí thư Đảng ủy chủ trì; có 13/15 đồng chí Đảng ủy viên "
     "dự họp, vắng 2 đồng chí có lý do.", ["13/15 đồng chí Đảng ủy viên"]),
])
def test_attendance_counted_inside_the_meeting_sentence(opening: str, attendees: list[str]) -> None:
    d = _notice("", opening)
    assert d["attendees"] == attendees
    assert [c["name"] for c in d["meeting"]["chair"]] == ["Nguyễn Văn An"]  # named after the count
    assert d["meeting"]["date"] == "2013-03-18"


def test_a_paragraph_of_its_own_counting_who_attended() -> None:
    assert _notice("Có 23/25 đảng viên dự họp.")["attendees"] == ["23/25 đảng viên"]
