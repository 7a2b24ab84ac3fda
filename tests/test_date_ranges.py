"""A session over several days: "từ ngày 18 đến ngày 20/7/2022", "ngày 18-20/7", "ngày 18 và 19 tháng 7".

The first day is written without its month; it used to be dropped, so the meeting was dated by its
last day and ``dates`` held only that day.
"""
from __future__ import annotations

import pytest

import tbparse
from tbparse.extract import extract_dates
from tests.notices import DISTRICT_HEAD, DISTRICT_TAIL

CHAIR = "Ban Thường vụ Huyện ủy họp do đồng chí Nguyễn Văn Hải - Bí thư Huyện ủy chủ trì."


def _meeting(opening: str) -> dict:
    text = DISTRICT_HEAD + opening + " " + CHAIR + "\n\nĐồng chí Bí thư kết luận như sau:\n" + DISTRICT_TAIL
    return tbparse.parse(text).model_dump(by_alias=True)["meeting"]


@pytest.mark.parametrize("opening, first, last", [
    ("Từ ngày 18 đến ngày 20/7/2022,", "2022-07-18", "2022-07-20"),
    ("Ngày 18-20/7/2022,", "2022-07-18", "2022-07-20"),
    ("Ngày 18 và 19 tháng 7 năm 2022,", "2022-07-18", "2022-07-19"),
    ("Từ ngày 18 đến ngày 20 tháng 7 năm 2022,", "2022-07-18", "2022-07-20"),
    ("Từ ngày 30/9 đến ngày 02/10/2022,", "2022-09-30", "2022-10-02"),
    ("Từ ngày 30 đến ngày 02/10/2022,", "2022-09-30", "2022-10-02"),
    ("Ngày 14/5/2022,", "2022-05-14", None),
    ("Ngày 14-5-2022,", "2022-05-14", None),
])
def test_meeting_over_several_days_is_dated_by_its_first_day_with_an_end(opening: str, first: str,
                                                                         last: str | None) -> None:
    m = _meeting(opening)
    assert (m["date"], m["end"]) == (first, last)


def _dates(text: str) -> list[tuple]:
    return [(d["text"], d["date"], d["start"], d["end"]) for d in extract_dates([[(1, text)]], default_year=2008)]


def test_from_day_to_day_is_one_period() -> None:
    assert _dates("Hội nghị họp từ ngày 18 đến ngày 20/7/2008 tại Hà Nội.") == [
        ("từ ngày 18 đến ngày 20/7/2008", None, "2008-07-18", "2008-07-20")]


def test_dashed_days_are_one_period() -> None:
    assert _dates("họp ngày 18-20/7/2008.") == [("ngày 18-20/7/2008", None, "2008-07-18", "2008-07-20")]


def test_first_day_later_than_last_is_in_the_month_before() -> None:
    assert _dates("từ ngày 30 đến ngày 2/7/2008") == [
        ("từ ngày 30 đến ngày 2/7/2008", None, "2008-06-30", "2008-07-02")]


def test_two_days_joined_by_and_are_two_dates() -> None:
    assert _dates("Ngày 18 và 19 tháng 7 năm 2008, Ban Thường vụ họp") == [
        ("Ngày 18", "2008-07-18", None, None), ("19 tháng 7 năm 2008", "2008-07-19", None, None)]


def test_a_larger_day_before_and_is_no_pair() -> None:
    assert _dates("số liệu ngày 18, 14/5/2008") == [("14/5/2008", "2008-05-14", None, None)]
