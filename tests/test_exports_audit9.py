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
