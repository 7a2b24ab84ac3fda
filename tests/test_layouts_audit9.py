"""Audit 9: what the layout metamorphic test (tests/test_layout_metamorphic.py) found — one notice
re-typeset by tests/layouts.py as a web copy, a PDF extraction, a markdown table with ``<br>`` and
CRLF + tabs must parse as its Word export does."""
from __future__ import annotations

import json

import pytest

from tbparse.output import to_json
from tbparse.parser import parse_source
from tbparse.source import from_text
from tests.layouts import LAYOUTS
from tests.notices import CAPS_SIGNER, CONG_VAN, RESOLUTION, DISTRICT_HEAD, DISTRICT_TAIL


def _parse(text: str) -> dict:
    return json.loads(to_json(parse_source(from_text(text), reject=False)))


# A joint guidance of two district boards (format-rules.md §2.1), each head's deputy signing: the
# blocks side by side, "Nơi nhận" under them.
JOINT = """\
  ĐẢNG BỘ TỈNH LONG AN                          ĐẢNG CỘNG SẢN VIỆT NAM
  HUYỆN ỦY ĐỨC HÒA
         *
   Số 45-HD/BTCHU-BTGHU                        Đức Hòa, ngày 18 tháng 10 năm 2022

                              HƯỚNG DẪN
           công tác phát triển đảng viên trong thanh niên
                                -----

1. Các chi bộ, đảng bộ cơ sở nâng cao chất lượng sinh hoạt chi bộ, chú trọng bồi dưỡng đoàn viên ưu tú để kết nạp vào Đảng.

2. Ban Tổ chức Huyện ủy, Ban Tuyên giáo Huyện ủy theo dõi, đôn đốc việc thực hiện và báo cáo kết quả về Ban Thường vụ Huyện ủy./.

   K/T TRƯỞNG BAN TỔ CHỨC                    K/T TRƯỞNG BAN TUYÊN GIÁO
       PHÓ TRƯỞNG BAN                              PHÓ TRƯỞNG BAN
          (đã ký)                                     (đã ký)

       Nguyễn Văn An                               Trần Thị Bình

Nơi nhận:
- Các chi, đảng bộ cơ sở,
- Lưu VP.
"""
BLOCK_TC = {"authority": [{"mode": "K/T", "body": "TRƯỞNG BAN TỔ CHỨC"}], "position": "PHÓ TRƯỞNG BAN",
            "signer": "Nguyễn Văn An", "note": "(đã ký)"}
BLOCK_TG = {"authority": [{"mode": "K/T", "body": "TRƯỞNG BAN TUYÊN GIÁO"}], "position": "PHÓ TRƯỞNG BAN",
            "signer": "Trần Thị Bình", "note": "(đã ký)"}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_side_by_side_signature_blocks_in_every_layout(layout: str) -> None:
    """Web cells ("|" between the blocks), a PDF's interleaved rows (one cell a line) and tab gaps
    (a tab-separated cell's column says nothing of its block) glued the right block into the
    left one's position, left it unplaced or lost its "(đã ký)"."""
    d = _parse(LAYOUTS[layout](JOINT))
    assert d["signature"] == {**BLOCK_TC, "cosigners": [BLOCK_TG]}
    assert d["recipients"] == ["Các chi, đảng bộ cơ sở", "Lưu VP"]
    assert d["unplaced"] == []


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_single_signature_has_no_cosigner_in_any_layout(layout: str) -> None:
    """The "recipients | signature" footer stays one signature in every layout."""
    body = ("1. Các chi bộ, đảng bộ cơ sở nâng cao chất lượng sinh hoạt chi bộ, chú trọng bồi dưỡng "
            "đoàn viên ưu tú để kết nạp vào Đảng.\n")
    d = _parse(LAYOUTS[layout](DISTRICT_HEAD + body + DISTRICT_TAIL))
    assert d["signature"] == {"authority": [{"mode": "T/L", "body": "BAN THƯỜNG VỤ"}], "position": "CHÁNH VĂN PHÒNG",
                              "signer": "Võ Thanh Bình", "note": None}
    assert d["recipients"] == ["Các chi, đảng bộ cơ sở", "Lưu VP"]


def test_pdf_rows_of_uneven_blocks_are_not_dealt_out() -> None:
    """One cell a line gives rows only when every run (heads, notes, names) is whole rows: a
    signature over one name is never split into blocks."""
    pdf = LAYOUTS["pdf"](JOINT).replace("Trần Thị Bình\n", "")
    d = _parse(pdf)
    assert "cosigners" not in (d["signature"] or {})


# The blocks unequal: the head of one body signs as such, the other's deputy under "K/T"
UNEVEN = JOINT.replace(
    "   K/T TRƯỞNG BAN TỔ CHỨC                    K/T TRƯỞNG BAN TUYÊN GIÁO\n"
    "       PHÓ TRƯỞNG BAN                              PHÓ TRƯỞNG BAN\n"
    "          (đã ký)                                     (đã ký)\n",
    "   TRƯỞNG BAN TỔ CHỨC                        K/T TRƯỞNG BAN TUYÊN GIÁO\n"
    "                                                   PHÓ TRƯỞNG BAN\n"
    "\n",
)


@pytest.mark.parametrize("layout", ["txt", "crlf-tabs", "markdown-br", "web"])
def test_unequal_blocks_side_by_side(layout: str) -> None:
    """A right-column cell alone on its line after tabs ("\t\t\t\tPHÓ TRƯỞNG BAN", at index 4)
    went to the left block; a markdown row whose right cell has a line more put the name beside
    "Nơi nhận:" and left it unplaced."""
    d = _parse(UNEVEN if layout == "txt" else LAYOUTS[layout](UNEVEN))
    assert d["signature"] == {
        "authority": [], "position": "TRƯỞNG BAN TỔ CHỨC", "signer": "Nguyễn Văn An", "note": None,
        "cosigners": [{**BLOCK_TG, "note": None}],
    }
    assert d["unplaced"] == []


def test_pdf_rows_of_unequal_blocks_are_dealt_out_right() -> None:
    """One cell a line, unequal blocks give no rows: dealt in turn, "K/T TRƯỞNG BAN TUYÊN GIÁO"
    went to the left block with no position under it and "PHÓ TRƯỞNG BAN" to the right one (then
    they were not dealt at all). Since audit 23 the head left over after the first row is the
    position of the block that needs one, the K/T's: the blocks read as in the other layouts."""
    d = _parse(LAYOUTS["pdf"](UNEVEN))
    assert d["signature"] == _parse(UNEVEN)["signature"]
    assert d["signature"]["cosigners"][0]["position"] == "PHÓ TRƯỞNG BAN"
    assert d["unplaced"] == []


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_wrapped_vv_subject_in_every_layout(layout: str) -> None:
    """A markdown header cell breaks the wrapped "V/v …" with ``<br>``: the pieces share their
    source line's number, and the tail was taken for another column of the same line — the
    subject was cut and its second line left unplaced."""
    text = CONG_VAN.format(to="Các huyện ủy, thị ủy, thành ủy").replace(
        "V/v triển khai Chỉ thị số 35-CT/TW\n", "V/v triển khai Chỉ thị số 35-CT/TW\n   của Bộ Chính trị về đại hội\n")
    d = _parse(LAYOUTS[layout](text))
    assert d["subject"] == "V/v triển khai Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội"
    assert d["unplaced"] == []


# A notice whose subject wraps onto a line that opens with a number
WRAPPED_ON_A_NUMBER = """\
TỈNH ỦY BÌNH THUẬN                     ĐẢNG CỘNG SẢN VIỆT NAM
         *
Số 05-TB/TU                        Phan Thiết, ngày 05 tháng 7 năm 2023

THÔNG BÁO
kết luận của Ban Thường vụ Tỉnh ủy về kết quả hoạt động của hệ thống chính trị
6 tháng đầu năm 2023

Ngày 02/7/2023, Ban Thường vụ Tỉnh ủy họp nghe báo cáo kết quả hoạt động của hệ thống chính trị 6 tháng đầu năm. Ban Thường vụ Tỉnh ủy kết luận:

1. Các cấp ủy thực hiện tốt nhiệm vụ chính trị, tập trung lãnh đạo phát triển kinh tế - xã hội của địa phương.

Ban Thường vụ Tỉnh ủy thông báo để các cấp ủy biết, thực hiện./.

Nơi nhận:                              T/M BAN THƯỜNG VỤ
- Các huyện ủy,                          BÍ THƯ
- Lưu VPTU.
                                          Trần Văn Bình
"""


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_subject_wrapped_onto_a_number_right_above_the_body(layout: str) -> None:
    """In a PDF (no blank line, no rule) "6 tháng đầu năm 2023" went to the preamble: only a blank
    line, a rule or the end under it showed the subject ended, not the body's opening "Ngày …, …"."""
    d = _parse(LAYOUTS[layout](WRAPPED_ON_A_NUMBER))
    assert d["subject"] == ("kết luận của Ban Thường vụ Tỉnh ủy về kết quả hoạt động của hệ thống chính trị "
                            "6 tháng đầu năm 2023")
    assert d["preamble"][0]["text"].startswith("Ngày 02/7/2023, Ban Thường vụ Tỉnh ủy họp")


def test_a_body_line_wrapped_onto_a_date_is_no_subject_tail() -> None:
    """Only a capitalised opening ends the subject: a lower-case "ngày …" is a wrapped body line."""
    text = WRAPPED_ON_A_NUMBER.replace("6 tháng đầu năm 2023\n\nNgày 02/7/2023, Ban",
                                       "Ban Thường vụ Tỉnh ủy họp phiên thường kỳ\nngày 02/7/2023, Ban")
    d = _parse(LAYOUTS["pdf"](text))
    assert d["subject"] == "kết luận của Ban Thường vụ Tỉnh ủy về kết quả hoạt động của hệ thống chính trị"


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_caps_signer_right_under_the_authority_in_every_layout(layout: str) -> None:
    """A web cell or a ``<br>`` line keeps no signing space: "NGUYỄN PHÚ TRỌNG" right under
    "T/M BỘ CHÍNH TRỊ" was read into the authority ("BỘ CHÍNH TRỊ NGUYỄN PHÚ TRỌNG", no signer).
    With nothing of the block below it, a caps name there is the signer."""
    d = _parse(LAYOUTS[layout](CAPS_SIGNER))
    assert d["signature"] == {"authority": [{"mode": "T/M", "body": "BỘ CHÍNH TRỊ"}], "position": None,
                              "signer": "NGUYỄN PHÚ TRỌNG", "note": None}
    assert d["recipients"][-1] == "Lưu Văn phòng Trung ương Đảng"


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_caps_place_under_the_authority_stays_the_authority_in_every_layout(layout: str) -> None:
    """"HÀ TĨNH" (a family name and one more syllable) right under "T/M BAN THƯỜNG VỤ TỈNH ỦY",
    with the position and the name below it, ends the authority in every layout."""
    text = RESOLUTION + (
        "Nơi nhận:                                    T/M BAN THƯỜNG VỤ TỈNH ỦY\n"
        "- Thường trực Tỉnh ủy,                                  HÀ TĨNH\n"
        "- Lưu Văn phòng Tỉnh ủy.                               PHÓ BÍ THƯ\n"
        "\n"
        "                                                    Trần Văn Hùng\n"
    )
    d = _parse(LAYOUTS[layout](text))
    assert d["signature"] == {"authority": [{"mode": "T/M", "body": "BAN THƯỜNG VỤ TỈNH ỦY HÀ TĨNH"}],
                              "position": "PHÓ BÍ THƯ", "signer": "Trần Văn Hùng", "note": None}
