"""Regression tests for the meeting step's audit defects: the chair's name cut at given names that
look like title words, attendee lists lost (bullets, a colon inside the list, "Dự họp"), and chairs
missed when the title comes first or the chair sentence stands in its own paragraph."""
from __future__ import annotations

import pytest

import tbparse
from tbparse.steps.meeting import chair_in

from .notices import DISTRICT_HEAD, DISTRICT_TAIL

# A district committee's notice with the opening left to each test.
_HEAD = DISTRICT_HEAD
_TAIL = "\nSau khi nghe báo cáo, Ban Thường vụ Huyện ủy kết luận như sau:\n" + DISTRICT_TAIL


def _parse(opening: str) -> dict:
    return tbparse.parse_dict(_HEAD + opening + "\n" + _TAIL)


# --- A. a given name that looks like a title word does not end the name ---------------------

@pytest.mark.parametrize("name", [
    "Trần Thanh Mẫn", "Nguyễn Văn Thành", "Lê Thị Thương", "Phạm Văn Đồng", "Nguyễn Văn Tình",
    "Lê Văn Trường", "Trần Văn Chánh", "Ngô Thị Thanh Hằng",
])
def test_chair_name_keeps_given_names_that_look_like_title_words(name: str) -> None:
    got = _parse(f"Ngày 14/10/2022, đồng chí {name} - Phó Bí thư Thường trực Huyện ủy đã có buổi làm việc "
                 "với Đảng ủy xã Đức Lập Hạ.\n")["meeting"]["chair"]
    assert got == [{"name": name, "title": "Phó Bí thư Thường trực Huyện ủy"}]
    # a title that starts right after the name still ends it
    assert chair_in(f"đồng chí {name} Chánh Văn phòng Huyện ủy chủ trì") == [
        {"name": name, "title": "Chánh Văn phòng Huyện ủy"}]


# --- B. attendees ------------------------------------------------------------------------------

def test_attendees_listed_as_bullets_under_the_attendance_line() -> None:
    d = _parse("Ngày 18/8/2022, Ban Thường vụ Huyện ủy tổ chức hội nghị. Đồng chí Phan Việt Cường - "
               "Bí thư Huyện ủy chủ trì hội nghị.\n\n"
               "Tham dự hội nghị có các đồng chí:\n"
               "- Lê Văn Dũng, Phó Bí thư Thường trực Huyện ủy;\n"
               "- Lê Trí Thanh, Phó Bí thư Huyện ủy, Chủ tịch Ủy ban nhân dân huyện;\n"
               "- Lãnh đạo Ban Tổ chức, Văn phòng Huyện ủy.\n")
    assert d["attendees"] == [
        "Lê Văn Dũng, Phó Bí thư Thường trực Huyện ủy",
        "Lê Trí Thanh, Phó Bí thư Huyện ủy, Chủ tịch Ủy ban nhân dân huyện",
        "Lãnh đạo Ban Tổ chức, Văn phòng Huyện ủy",
    ]
    # the bullets stay preamble paragraphs with their own lines
    assert [(p["line"], p["text"][:12]) for p in d["preamble"][1:5]] == [
        (12, "Tham dự hội "), (13, "- Lê Văn Dũn"), (14, "- Lê Trí Tha"), (15, "- Lãnh đạo B")]


def test_attendees_before_a_colon_inside_the_list_are_kept() -> None:
    d = _parse("Ngày 25/01/2017, Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết. Đồng chí Trịnh Văn Chiến - "
               "Bí thư Huyện ủy chủ trì hội nghị.\n\n"
               "Tham dự hội nghị có các đồng chí trong Ban Thường vụ Huyện ủy, lãnh đạo các phòng: Nông "
               "nghiệp và Phát triển nông thôn, Tài chính - Kế hoạch; Bí thư các chi, đảng bộ cơ sở.\n")
    assert d["attendees"] == [
        "các đồng chí trong Ban Thường vụ Huyện ủy",
        "lãnh đạo các phòng: Nông nghiệp và Phát triển nông thôn, Tài chính - Kế hoạch",
        "Bí thư các chi, đảng bộ cơ sở",
    ]


def test_du_hop_is_the_attendance_sentence_and_absences_are_not_attendees() -> None:
    d = _parse("Tối ngày 10/3/2023, Chi bộ thôn Phước Thuận tổ chức sinh hoạt định kỳ. Đồng chí Huỳnh Thanh "
               "Sơn - Bí thư Chi bộ chủ trì cuộc họp.\n\n"
               "Dự họp có 21/24 đảng viên; vắng 03 đồng chí (có lý do).\n")
    assert d["attendees"] == ["21/24 đảng viên"]
    assert d["meeting"]["chair"] == [{"name": "Huỳnh Thanh Sơn", "title": "Bí thư Chi bộ"}]


# --- C. chairs in two more phrasings ---------------------------------------------------------

def test_chair_with_the_title_before_the_name() -> None:
    m = _parse("Ngày 28/01/2022, Bộ Chính trị họp, nghe Ban cán sự đảng Chính phủ báo cáo. Đồng chí Tổng Bí "
               "thư Nguyễn Phú Trọng chủ trì hội nghị. Sau khi thảo luận, Bộ Chính trị kết luận như sau:\n")["meeting"]
    assert m["chair"] == [{"name": "Nguyễn Phú Trọng", "title": "Tổng Bí thư"}]
    # "đồng chí Trưởng Ban kết luận" names a post, not a person
    assert chair_in("Sau khi nghe báo cáo, đồng chí Trưởng Ban kết luận như sau:") == []


def test_chair_sentence_in_its_own_paragraph_after_the_opening() -> None:
    d = _parse("Ngày 23/6/2023, Ban Thường vụ Huyện ủy họp nghe Ban Tổ chức Huyện ủy báo cáo tình hình.\n\n"
               "Đồng chí Lê Quốc Phong - Bí thư Huyện ủy chủ trì hội nghị.\n")
    m = d["meeting"]
    assert (m["line"], m["chair"]) == (10, [{"name": "Lê Quốc Phong", "title": "Bí thư Huyện ủy"}])
    assert [p["line"] for p in d["preamble"]][:2] == [10, 12]
