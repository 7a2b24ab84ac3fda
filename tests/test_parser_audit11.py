"""Regressions from audit 11 of the metamorphic corpus (tests/data/exports): references cut short,
issuers whose own name holds "và", a TUQ. signature, a three-body joint header and recipients
wrapped onto an indented line — each pinned on the smallest realistic text."""
from __future__ import annotations

import pytest

import tbparse
from tbparse.extract.refs import extract_references
from tbparse.steps.meeting import _attendees
from tests.notices import DISTRICT_HEAD, DISTRICT_TAIL


def _refs(text: str) -> list[tuple]:
    refs, _ = extract_references([[(1, text)]])
    return [(r["number"], r["issuer"]) for r in refs]


def test_a_number_after_a_dated_citation_is_read_to_its_end() -> None:
    # doc 35: the date's slash opened a search window that ended inside the next number, so
    # "Công văn số 11997-CV/VPTW" became "11997-CV/V" and lost its date and issuer
    text = ("Các tỉnh ủy quán triệt Kết luận này cùng với Hướng dẫn số 12-HD/BTCTW ngày 15/3/2025 của Ban "
            "Tổ chức Trung ương và Công văn số 11997-CV/VPTW ngày 20/4/2025 của Văn phòng Trung ương Đảng.")
    assert _refs(text) == [("12-HD/BTCTW", "Ban Tổ chức Trung ương"),
                           ("11997-CV/VPTW", "Văn phòng Trung ương Đảng")]


@pytest.mark.parametrize("code", ["VPTW", "BTCTW", "UBKTTW", "ĐUKCQTW", "BCSĐUBND", "BTCTU-BDVTU"])
def test_long_issuer_codes_and_five_digit_numbers_stay_whole(code: str) -> None:
    text = (f"Thực hiện Hướng dẫn số 12-HD/BTCTW ngày 15/3/2025 của Ban Tổ chức Trung ương và Kế hoạch số "
            f"11997-KH/{code} ngày 02/8/2025.")
    assert _refs(text) == [("12-HD/BTCTW", "Ban Tổ chức Trung ương"), (f"11997-KH/{code}", None)]


@pytest.mark.parametrize("body", [
    "Bộ Tài nguyên và Môi trường",
    "Bộ Lao động - Thương binh và Xã hội",
    "Bộ Văn hóa, Thể thao và Du lịch",
    "Sở Nông nghiệp và Phát triển nông thôn",
])
def test_an_issuer_whose_name_holds_a_joiner_stays_whole(body: str) -> None:
    # doc 35: "Thông tư số 10/2024/TT-BTNMT của Bộ Tài nguyên và Môi trường" gave issuer "Bộ Tài
    # nguyên": the issuer reader took "và" for a joiner of two bodies
    assert _refs(f"Thực hiện nghiêm Thông tư số 10/2024/TT-BTNMT của {body}; báo cáo kết quả.") == \
        [("10/2024/TT-BTNMT", body)]


def test_two_bodies_joined_by_va_or_a_comma_are_still_read_as_before() -> None:
    assert _refs("Chỉ thị số 05-CT/TW của Bộ Chính trị và Ban Bí thư; Kết luận số 01-KL/TW của Bộ Chính trị, "
                 "Ban Bí thư yêu cầu các cấp ủy.") == [("05-CT/TW", "Bộ Chính trị và Ban Bí thư"),
                                                        ("01-KL/TW", "Bộ Chính trị")]


def test_a_title_naming_such_a_body_stays_whole() -> None:
    d = tbparse.parse_dict(DISTRICT_HEAD + "Ngày 12/10/2022, đồng chí Trần Hồng Hà, Bộ trưởng Bộ Văn hóa, Thể "
                           "thao và Du lịch đã làm việc với Huyện ủy.\n" + DISTRICT_TAIL)
    assert [(p["name"], p["title"]) for p in d["people"]][0] == \
        ("Trần Hồng Hà", "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch")


def test_an_attendee_whose_name_holds_a_comma_is_one_entry() -> None:
    assert _attendees("Ban Tuyên giáo, Sở Văn hóa, Thể thao và Du lịch, Sở Nông nghiệp và Phát triển nông "
                      "thôn và Tỉnh Đoàn") == ["Ban Tuyên giáo", "Sở Văn hóa, Thể thao và Du lịch",
                                               "Sở Nông nghiệp và Phát triển nông thôn", "Tỉnh Đoàn"]


@pytest.mark.parametrize("mode", ["T/L", "TUQ."])
def test_an_acting_head_under_the_authority_is_the_position(mode: str) -> None:
    # doc 31: "TUQ. BAN THƯỜNG VỤ" over "Q. CHÁNH VĂN PHÒNG" gave two authority entries and no
    # position; "Q." (quyền, acting) names who signs (format-rules §4.1)
    tail = DISTRICT_TAIL.replace("T/L BAN THƯỜNG VỤ", f"{mode} BAN THƯỜNG VỤ").replace(
        "   CHÁNH VĂN PHÒNG", "Q. CHÁNH VĂN PHÒNG")
    d = tbparse.parse_dict(DISTRICT_HEAD + "Ngày 12/10/2022, Ban Thường vụ Huyện ủy họp.\n" + tail)
    assert d["signature"] == {"authority": [{"mode": mode, "body": "BAN THƯỜNG VỤ"}],
                              "position": "Q. CHÁNH VĂN PHÒNG", "signer": "Võ Thanh Bình", "note": None}
    assert d["unplaced"] == []


def test_an_acting_head_signing_alone_keeps_its_prefix() -> None:
    # with no authority above it, "Q." stays what it was read as (the prefix of the only head line)
    tail = DISTRICT_TAIL.replace("T/L BAN THƯỜNG VỤ", "Q. TRƯỞNG BAN    ").replace("CHÁNH VĂN PHÒNG", "")
    d = tbparse.parse_dict(DISTRICT_HEAD + "Ngày 12/10/2022, Ban Thường vụ Huyện ủy họp.\n" + tail)
    assert d["signature"]["authority"] == [{"mode": "Q.", "body": "TRƯỞNG BAN"}]
    assert d["signature"]["position"] is None


JOINT_HEAD = """\
        TỈNH ỦY BẮC GIANG                              ĐẢNG CỘNG SẢN VIỆT NAM
{lines}
              *
  Số 07-HD/{code}                          Bắc Giang, ngày 10 tháng 5 năm 2023

                                  HƯỚNG DẪN
                  kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng
                                  -----

Các đảng ủy trực thuộc tổ chức kiểm điểm trước ngày 15/12/2023./.
"""


@pytest.mark.parametrize(("lines", "name"), [
    (" BAN TỔ CHỨC - ỦY BAN KIỂM TRA\n        BAN TUYÊN GIÁO", "BAN TỔ CHỨC - ỦY BAN KIỂM TRA - BAN TUYÊN GIÁO"),
    (" BAN TỔ CHỨC - ỦY BAN KIỂM TRA -\n        BAN TUYÊN GIÁO", "BAN TỔ CHỨC - ỦY BAN KIỂM TRA - BAN TUYÊN GIÁO"),
    ("        BAN TỔ CHỨC\n  ỦY BAN KIỂM TRA - BAN TUYÊN GIÁO", "BAN TỔ CHỨC - ỦY BAN KIỂM TRA - BAN TUYÊN GIÁO"),
])
def test_a_joint_header_of_three_bodies_is_one_issuer(lines: str, name: str) -> None:
    # doc 27: "BAN TỔ CHỨC - ỦY BAN KIỂM TRA" / "BAN TUYÊN GIÁO" gave issuer "BAN TUYÊN GIÁO" with
    # the first line in its parent; the number's three codes say three bodies issue it (§2.1)
    d = tbparse.parse_dict(JOINT_HEAD.format(lines=lines, code="BTCTU-UBKTTU-BTGTU"), reject=False)
    assert d["issuer"] == {"name": name, "parent": "TỈNH ỦY BẮC GIANG"}


def test_a_joint_header_of_two_bodies_on_two_lines_is_one_issuer() -> None:
    d = tbparse.parse_dict(JOINT_HEAD.format(lines="        BAN TỔ CHỨC\n        BAN DÂN VẬN", code="BTCTU-BDVTU"),
                           reject=False)
    assert d["issuer"] == {"name": "BAN TỔ CHỨC - BAN DÂN VẬN", "parent": "TỈNH ỦY BẮC GIANG"}


def test_a_single_body_under_its_parent_is_unchanged() -> None:
    d = tbparse.parse_dict(JOINT_HEAD.format(lines="        BAN TUYÊN GIÁO", code="BTGTU"), reject=False)
    assert d["issuer"] == {"name": "BAN TUYÊN GIÁO", "parent": "TỈNH ỦY BẮC GIANG"}


def _footer(entries: str) -> dict:
    head = DISTRICT_TAIL.split("Nơi nhận:", 1)[0]
    return tbparse.parse_dict(DISTRICT_HEAD + "Ngày 12/10/2022, Ban Thường vụ Huyện ủy họp.\n" + head + entries)


WRAPPED = """\
Nơi nhận:                                       T/L BAN THƯỜNG VỤ
- Các chi, đảng bộ cơ sở,                        CHÁNH VĂN PHÒNG
- Các sở: Du lịch, Văn hóa và Thể thao,
  Kế hoạch và Đầu tư, Tài chính,
- Lưu VP.

                                                Võ Thanh Bình
"""


def test_a_capitalised_line_under_an_entrys_text_is_its_wrapped_tail() -> None:
    # doc 39: the indented line became an entry of its own in the Word export
    d = _footer(WRAPPED)
    assert d["recipients"] == ["Các chi, đảng bộ cơ sở", "Các sở: Du lịch, Văn hóa và Thể thao, Kế hoạch và Đầu tư, "
                               "Tài chính", "Lưu VP"]
    assert d["unplaced"] == []


def test_an_enumeration_goes_on_in_a_markdown_cell() -> None:
    # doc 39 in a markdown row: the <br> piece after the signer's name was left unplaced
    d = tbparse.parse_dict(DISTRICT_HEAD + "Ngày 12/10/2022, Ban Thường vụ Huyện ủy họp.\n\n"
                           "Văn phòng Huyện ủy thông báo để các chi, đảng bộ cơ sở biết, thực hiện./.\n\n"
                           "| Nơi nhận:<br>- Các chi, đảng bộ cơ sở,<br>- Các sở: Du lịch, Văn hóa và Thể thao,<br>"
                           "Kế hoạch và Đầu tư, Tài chính,<br>- Lưu VP. | T/L BAN THƯỜNG VỤ<br>CHÁNH VĂN PHÒNG<br>"
                           "Võ Thanh Bình |\n")
    assert d["recipients"] == ["Các chi, đảng bộ cơ sở", "Các sở: Du lịch, Văn hóa và Thể thao, Kế hoạch và Đầu tư, "
                               "Tài chính", "Lưu VP"]
    assert d["unplaced"] == []


def test_an_entry_typed_without_its_dash_in_the_label_column_is_still_an_entry() -> None:
    # a line at the label's column (not under an entry's text) after a plain entry starts one (TB035)
    d = _footer(WRAPPED.replace("- Các sở: Du lịch, Văn hóa và Thể thao,\n  Kế hoạch và Đầu tư, Tài chính,",
                                "- Sở Du lịch,\nSở Tài chính,"))
    assert d["recipients"] == ["Các chi, đảng bộ cơ sở", "Sở Du lịch", "Sở Tài chính", "Lưu VP"]


def test_an_indented_capitalised_line_under_a_plain_entry_is_its_tail() -> None:
    # the Word export's hanging indent alone says so, with no colon in the entry
    d = _footer(WRAPPED.replace("- Các sở: Du lịch, Văn hóa và Thể thao,\n  Kế hoạch và Đầu tư, Tài chính,",
                                "- Các ban xây dựng Đảng, Văn phòng Huyện ủy,\n  Ủy ban Kiểm tra Huyện ủy,"))
    assert d["recipients"] == ["Các chi, đảng bộ cơ sở",
                               "Các ban xây dựng Đảng, Văn phòng Huyện ủy, Ủy ban Kiểm tra Huyện ủy", "Lưu VP"]

