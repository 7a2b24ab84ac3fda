"""Regressions from the metamorphic corpus's second round (tests/data/exports 25–40, audit 10):
defects in the parse of the Word export itself, each pinned on the smallest realistic text."""
from __future__ import annotations

import tbparse
from tests.notices import DISTRICT_HEAD, DISTRICT_TAIL

OPEN = "Ngày 12/10/2022, Ban Thường vụ Huyện ủy họp. Ban Thường vụ Huyện ủy kết luận như sau:\n\n"


def _sections(body: str) -> list[tuple]:
    d = tbparse.parse_dict(DISTRICT_HEAD + OPEN + body + DISTRICT_TAIL.split("\n1.", 1)[0].rstrip() + "\n"
                           + DISTRICT_TAIL.split("\n\n", 3)[-1])
    return [(s["number"], s["title"], s["role"]) for s in d["sections"]]


def test_a_part_word_alone_takes_the_next_line_as_its_title() -> None:
    # doc 33: "Phần thứ nhất" alone on its line was cut to number "Phần thứ nhấ", title "t" (the
    # lookahead backtracked into the word), and "Phần thứ hai" took VII's place in the Roman
    # sequence, so "VII. MỤC TIÊU TỔNG QUÁT" became a paragraph
    body = ("Phần thứ nhất\n\nKẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024\n\n"
            "I. CÔNG TÁC CHÍNH TRỊ, TƯ TƯỞNG\n\n1. Các chi bộ học tập nghị quyết.\n\n"
            "II. ĐÁNH GIÁ CHUNG\n\nCông tác xây dựng Đảng có chuyển biến.\n\n"
            "Phần thứ hai\n\nPHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025\n\n"
            "III. MỤC TIÊU TỔNG QUÁT\n\nNâng cao năng lực lãnh đạo.\n\n")
    assert _sections(body) == [
        ("Phần thứ nhất", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024", "assessment"),
        ("I", "CÔNG TÁC CHÍNH TRỊ, TƯ TƯỞNG", "assessment"),  # (audit 23: a field's part takes its Phần's role)
        ("II", "ĐÁNH GIÁ CHUNG", "assessment"),
        ("Phần thứ hai", "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025", "directives"),
        ("III", "MỤC TIÊU TỔNG QUÁT", "directives"),
    ]


def test_a_part_word_with_its_title_on_the_line_is_unchanged() -> None:
    assert _sections("PHẦN I: ĐÁNH GIÁ TÌNH HÌNH\n\n1. Các chi bộ học tập nghị quyết.\n\n")[0][:2] == \
        ("PHẦN I", "ĐÁNH GIÁ TÌNH HÌNH")


COPY = """
                               SAO Y BẢN CHÍNH
   HUYỆN ỦY NINH HẢI
            *
     Số 12-SY/VPHU                               Ninh Hải, ngày 19 tháng 8 năm 2019

Nơi nhận:                                            T/L BAN THƯỜNG VỤ
- Các chi, đảng bộ trực thuộc,                    CHÁNH VĂN PHÒNG
- Lưu Văn phòng Huyện ủy.
                                                     Trần Văn Hải
"""


def test_a_certified_copy_block_leaves_the_original_footer_alone() -> None:
    # docs 25, 40: the copying office's block under the original ("SAO Y BẢN CHÍNH" / its number,
    # date, "Nơi nhận", T/L signature) was read as the footer; the original's signature and
    # recipients sank into the last item and the closing was lost
    d = tbparse.parse_dict(DISTRICT_HEAD + OPEN + DISTRICT_TAIL + COPY)
    assert d["signature"]["signer"] == "Võ Thanh Bình"
    assert d["recipients"] == ["Các chi, đảng bộ cơ sở", "Lưu VP"]
    assert d["closing"].startswith("Văn phòng Huyện ủy thông báo")
    assert [i["paragraphs"] for i in d["sections"][0]["items"]] == [[], []]
    assert "SAO Y BẢN CHÍNH" in d["markings"]
    # the copy's own parts are its "copy" field now (tests/test_copy_block.py), none unplaced
    assert d["copy"]["number"]["raw"] == "12-SY/VPHU" and d["copy"]["signature"]["signer"] == "Trần Văn Hải"
    assert d["unplaced"] == []


def test_copy_words_in_the_body_are_no_copy_block() -> None:
    body = DISTRICT_TAIL.replace("2. Ban Tổ chức", "SAO LỤC\n\n2. Ban Tổ chức")
    d = tbparse.parse_dict(DISTRICT_HEAD + OPEN + body)
    assert d["signature"]["signer"] == "Võ Thanh Bình" and d["markings"] == []
