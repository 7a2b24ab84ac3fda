"""Regressions from the metamorphic corpus (tests/data/exports, audit 9): defects in the parse of
the Word export itself, each pinned on the smallest realistic text."""
from __future__ import annotations

import tbparse
from tests.notices import DISTRICT_HEAD, DISTRICT_TAIL

OPEN = "Ngày 12/10/2022, Ban Thường vụ Huyện ủy họp. Ban Thường vụ Huyện ủy kết luận như sau:\n\n"


def _sections(body: str) -> list[tuple]:
    d = tbparse.parse_dict(DISTRICT_HEAD + OPEN + body + DISTRICT_TAIL.split("\n1.", 1)[0].rstrip() + "\n"
                           + DISTRICT_TAIL.split("\n\n", 3)[-1])
    return [(s["number"], s["title"], s["role"], [p["text"][:30] for p in s["paragraphs"]],
             [i["number"] for i in s["items"]]) for s in d["sections"]]


def test_parenthesised_items_open_a_list_of_their_own() -> None:
    # doc 06: "(1)"–"(4)" with no part or numbered item above them were left in the preamble
    body = ("Thời gian tới, đề nghị tập trung thực hiện tốt một số nội dung sau:\n\n"
            "(1) Ủy ban nhân dân xã rà soát quy trình giải quyết thủ tục hành chính.\n\n"
            "(2) Các chi bộ tuyên truyền để Nhân dân sử dụng dịch vụ công trực tuyến.\n\n")
    assert _sections(body) == [(None, None, "other", [], ["(1)", "(2)"])]


def test_a_roman_numbered_paragraph_is_no_title() -> None:
    # doc 22: an older notice numbers whole paragraphs "I- …", "II- …"; the ~400-character first
    # one became the section title, and "III- Giao …" (assigning work) was "other"
    body = ("I- Ban Thường vụ Huyện ủy cơ bản nhất trí với nội dung Đề án. Đề án đã đánh giá đúng tiềm "
            "năng, lợi thế của huyện.\n\n"
            "II- Giao Ban Tuyên giáo Huyện ủy phối hợp tuyên truyền chủ trương sau khi Đề án được thông qua.\n\n"
            "III. NHIỆM VỤ TRỌNG TÂM\n\n")
    assert _sections(body) == [
        ("I", None, "other", ["Ban Thường vụ Huyện ủy cơ bản "], []),
        ("II", None, "directives", ["Giao Ban Tuyên giáo Huyện ủy p"], []),
        ("III", "NHIỆM VỤ TRỌNG TÂM", "directives", [], []),
    ]


def _opening(text: str) -> dict:
    return tbparse.parse_dict(DISTRICT_HEAD + text + "\n\nBan Thường vụ Huyện ủy kết luận như sau:\n" + DISTRICT_TAIL)


def test_two_co_chairs_each_keep_their_own_title() -> None:
    # doc 24: the first chair's title ran on over "và đồng chí B - …", the second's took "đồng" of
    # "đồng chủ trì"
    d = _opening("Ngày 18/7/2022, đồng chí Nguyễn Tiến Lực - Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy và "
                 "đồng chí Phạm Thành Khánh - Phó Bí thư Thường trực Tỉnh ủy đồng chủ trì hội nghị.")
    pairs = [("Nguyễn Tiến Lực", "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy"),
             ("Phạm Thành Khánh", "Phó Bí thư Thường trực Tỉnh ủy")]
    assert [(c["name"], c["title"]) for c in d["meeting"]["chair"]] == pairs
    assert [(p["name"], p["title"]) for p in d["people"]] == pairs


def test_a_committee_member_title_opens_with_its_committee() -> None:
    # doc 03: "Thành ủy viên" was no title head, so the person had none
    d = _opening("Ngày 04/10/2022, đồng chí Đặng Minh Tuấn - Thành ủy viên, Bí thư Quận ủy đã làm việc với "
                 "Ban Thường vụ Đảng ủy phường.")
    assert [(p["name"], p["title"]) for p in d["people"]] == [("Đặng Minh Tuấn", "Thành ủy viên, Bí thư Quận ủy")]
    # "Thị" and "Thành" are given names too: no title without "ủy viên" after them
    d = _opening("Ngày 04/10/2022, đồng chí Trần Thị Thành - Bí thư Quận ủy chủ trì hội nghị.")
    assert [(p["name"], p["title"]) for p in d["people"]] == [("Trần Thị Thành", "Bí thư Quận ủy")]


def test_a_group_of_bodies_with_a_six_word_member_is_one_attendee() -> None:
    # doc 23: "bí thư các đảng bộ, chi bộ cơ sở trực thuộc" was split in two
    d = _opening("Ngày 10/10/2022, Ban Thường vụ Huyện ủy họp. Dự hội nghị có đại diện Ban Tổ chức Tỉnh uỷ, "
                 "bí thư các đảng bộ, chi bộ cơ sở trực thuộc.")
    assert d["attendees"] == ["đại diện Ban Tổ chức Tỉnh uỷ", "bí thư các đảng bộ, chi bộ cơ sở trực thuộc"]


def test_a_part_titled_yeu_cau_assigns_work() -> None:
    # doc 10: "III. YÊU CẦU" (what the inspected body must do, by when) was "other"
    assert _sections("I. ƯU ĐIỂM\n\nĐã thực hiện tốt.\n\nII. YÊU CẦU\n\n1. Khắc phục hạn chế trước ngày 30/11/2022.\n\n")[1][:3] \
        == ("II", "YÊU CẦU", "directives")


def test_a_roman_part_as_ocr_leaves_it_is_the_next_part() -> None:
    # audit 8: "Il." / "ll." / "11." for "II." merged part II into part I (its items under "ĐÁNH GIÁ")
    first = "I. ĐÁNH GIÁ CHUNG\n\nĐã làm tốt.\n\n"
    for typed in ("Il", "ll", "11"):
        got = _sections(first + f"{typed}. NHIỆM VỤ THỜI GIAN TỚI\n\n1. Rà soát đảng viên.\n\n")
        assert [(s[0], s[1], s[4]) for s in got] == [("I", "ĐÁNH GIÁ CHUNG", []), (typed, "NHIỆM VỤ THỜI GIAN TỚI", ["1"])]
    # not a part: "l." before a sentence is a point, "11." with no part before it an item
    assert [s[0] for s in _sections(first + "l. Nhiệm vụ của chi bộ.\n\n")] == ["I"]
    assert [(s[0], s[4]) for s in _sections("11. Rà soát đảng viên.\n\n")] == [(None, ["11"])]


def test_a_doubled_separator_stays_out_of_the_title() -> None:
    # "II.- NHIỆM VỤ" left "- NHIỆM VỤ" as the title
    got = _sections("I.- ĐÁNH GIÁ CHUNG\n\nĐã làm tốt.\n\nII.- NHIỆM VỤ THỜI GIAN TỚI\n\n")
    assert [(s[0], s[1]) for s in got] == [("I", "ĐÁNH GIÁ CHUNG"), ("II", "NHIỆM VỤ THỜI GIAN TỚI")]

