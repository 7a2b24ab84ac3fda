"""TCVN3 signature blocks keep their capitals (audit 2: "Bí THƯ", "T/L BAN Bí THƯ").

TCVN3 has no toned capitals, so "BÍ THƯ" comes back from the bytes as "Bí THƯ": "BÍ" ends on its
toned letter and no other word of the cell shows a capital after a small toned letter. Before the
fix the signature title was not recognised: no signature at all, the closing swallowed into the
body, a position or an authority lost, text left unplaced. Each test parses the same notice in
UTF-8, as TCVN3 bytes and as TCVN3 shown in cp1252 and saved as Unicode, and expects the same
fields.
"""
from __future__ import annotations

import pytest

import tbparse
from tbparse.legacy import restore_tcvn3_capitals

from .encode_helpers import as_cp1252_text, encode

HEADER = """\
HUYỆN ỦY ĐỨC LINH                        ĐẢNG CỘNG SẢN VIỆT NAM
        *
  Số 45-TB/HU                      Đức Linh, ngày 12 tháng 3 năm 2019

THÔNG BÁO
KẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY
về công tác phòng, chống dịch bệnh

Ngày 10/3/2019, Ban Thường vụ Huyện ủy họp nghe báo cáo. Đồng chí Lê Văn Hùng - Bí thư Huyện ủy chủ trì và kết luận:

1. Các xã tăng cường kiểm tra.

2. Giao Văn phòng Huyện ủy theo dõi.

Ban Thường vụ Huyện ủy thông báo để các cơ quan biết, thực hiện./.

"""

CLOSING = "Ban Thường vụ Huyện ủy thông báo để các cơ quan biết, thực hiện./."


def _forms(text: str) -> dict[str, dict]:
    """The parse of *text* in UTF-8, as TCVN3 bytes, and as TCVN3 mojibake saved as UTF-8."""
    data = encode(text, "tcvn3")
    forms = {
        "utf-8": text.encode("utf-8"),
        "tcvn3": data,
        "tcvn3-as-cp1252": as_cp1252_text(data).encode("utf-8"),
    }
    return {k: tbparse.parse_bytes(v, path="tb.txt").to_dict() for k, v in forms.items()}


def _same_as_utf8(forms: dict[str, dict]) -> dict:
    base = {k: v for k, v in forms["utf-8"].items() if k != "source"}
    for name in ("tcvn3", "tcvn3-as-cp1252"):
        assert {k: v for k, v in forms[name].items() if k != "source"} == base, name
    assert forms["tcvn3"]["source"]["encoding"] == "tcvn3"
    assert forms["tcvn3-as-cp1252"]["source"]["repaired_from"] == "tcvn3-as-cp1252"
    return forms["tcvn3"]


def test_tl_ban_bi_thu_before_recipients() -> None:
    """"T/L BAN BÍ THƯ" on its own line: the signature was lost and the closing became body."""
    text = HEADER.replace(
        "Ban Thường vụ Huyện ủy thông báo", "Văn phòng Huyện ủy thông báo"
    ) + "T/L BAN BÍ THƯ\nPHÓ CHÁNH VĂN PHÒNG\n\n(Đã ký)\n\nLê Văn Minh\n\nNơi nhận:\n- Các chi bộ,\n- Lưu VP.\n"
    d = _same_as_utf8(_forms(text))
    assert d["signature"]["authority"] == [{"mode": "T/L", "body": "BAN BÍ THƯ"}]
    assert d["signature"]["position"] == "PHÓ CHÁNH VĂN PHÒNG"
    assert d["signature"]["signer"] == "Lê Văn Minh"
    assert d["closing"] == "Văn phòng Huyện ủy thông báo để các cơ quan biết, thực hiện./."
    assert d["unplaced"] == [] and d["warnings"] == []


def test_bi_thu_position_beside_recipients() -> None:
    """"BÍ THƯ" in the right column of a recipient line: the position was unplaced."""
    text = HEADER + (
        "Nơi nhận:                                        T/M BAN THƯỜNG VỤ\n"
        "- Ban Thường vụ Tỉnh ủy (để báo cáo),                  BÍ THƯ\n"
        "- Lưu Văn phòng Huyện ủy.\n\n"
        "                                                 Lê Văn Hùng\n"
    )
    d = _same_as_utf8(_forms(text))
    assert d["signature"]["authority"] == [{"mode": "T/M", "body": "BAN THƯỜNG VỤ"}]
    assert d["signature"]["position"] == "BÍ THƯ"
    assert d["signature"]["signer"] == "Lê Văn Hùng"
    assert d["unplaced"] == []


def test_noi_nhan_and_bi_thu_on_one_line() -> None:
    """"Nơi nhận:      BÍ THƯ" — the two-column line of the quy định golden."""
    text = HEADER + (
        "                                                     T/M BAN THƯỜNG VỤ\n"
        "Nơi nhận:                                                   BÍ THƯ\n"
        "- Ban Thường vụ Tỉnh ủy (để báo cáo),\n"
        "- Lưu Văn phòng Huyện ủy.                               Lê Văn Hùng\n"
    )
    d = _same_as_utf8(_forms(text))
    assert d["signature"]["position"] == "BÍ THƯ"
    assert d["signature"]["signer"] == "Lê Văn Hùng"
    assert d["unplaced"] == []


def test_kt_bi_thu_second_authority() -> None:
    """"K/T BÍ THƯ" under "T/M BAN THƯỜNG VỤ": the second authority was lost."""
    text = HEADER + (
        "Nơi nhận:                                              T/M BAN THƯỜNG VỤ\n"
        "- Ban Thường vụ Tỉnh ủy (để báo cáo),                       K/T BÍ THƯ\n"
        "- Lưu Văn phòng Huyện ủy.                            PHÓ BÍ THƯ THƯỜNG TRỰC\n"
        "                                                            Nguyễn Thị Lan\n"
    )
    d = _same_as_utf8(_forms(text))
    assert d["signature"]["authority"] == [
        {"mode": "T/M", "body": "BAN THƯỜNG VỤ"},
        {"mode": "K/T", "body": "BÍ THƯ"},
    ]
    assert d["signature"]["position"] == "PHÓ BÍ THƯ THƯỜNG TRỰC"
    assert d["unplaced"] == []


def test_markdown_row_cells_split_at_borders() -> None:
    """"| Nơi nhận: | T/L BAN THƯỜNG VỤ |": the "Nơi nhận" cell hid the capitals cell."""
    text = HEADER + (
        "| Nơi nhận: | T/L BAN THƯỜNG VỤ |\n"
        "| - Lưu VP. | CHÁNH VĂN PHÒNG |\n"
        "| | Lê Văn A |\n"
    )
    d = _same_as_utf8(_forms(text))
    assert d["signature"]["authority"] == [{"mode": "T/L", "body": "BAN THƯỜNG VỤ"}]
    assert d["signature"]["position"] == "CHÁNH VĂN PHÒNG"
    assert d["unplaced"] == []


@pytest.mark.parametrize(
    "decoded",
    [
        "Bí thư Tỉnh ủy chủ trì.",  # small ASCII letters: a sentence
        "Số 503-TB/TU",  # a capitalised word and a code
        "| Số TT | Nội dung |",  # "TT" is an abbreviation, not a syllable
        "Lê THƯ",  # "ê" has a TCVN3 capital code: typed small, it is small
        "Sở GD&ĐT",
    ],
)
def test_mixed_case_cells_stay(decoded: str) -> None:
    assert restore_tcvn3_capitals(decoded) == decoded


@pytest.mark.parametrize("decoded, restored", [
    # a sentence's first letter, after ". " and at a paragraph's start (past an item number)
    ("Hội nghị đã họp. ủy ban nhân dân báo cáo.", "Hội nghị đã họp. Ủy ban nhân dân báo cáo."),
    ("Đã họp.\nủy ban kiểm tra làm việc.", "Đã họp.\nỦy ban kiểm tra làm việc."),
    ("\n1. ủy ban nhân dân huyện chỉ đạo.", "\n1. Ủy ban nhân dân huyện chỉ đạo."),
    # a hard-wrapped line going on with its sentence keeps its small letter
    ("Ban Thường vụ giao cho\nủy quyền lại", "Ban Thường vụ giao cho\nủy quyền lại"),
    # "Ủy ban …" and the title "Ủy viên <Body>" mid-sentence; not "cấp ủy viên", "các ủy viên của …"
    ("các đồng chí ủy viên Ban Thường vụ, ủy ban nhân dân tỉnh", "các đồng chí Ủy viên Ban Thường vụ, Ủy ban nhân dân tỉnh"),
    ("cho cấp ủy viên và các ủy viên của ban", "cho cấp ủy viên và các ủy viên của ban"),
    # a web cell's lines broken by <br>: the heading cell is capitals though the date beside it is not
    ("| ĐảNG CộNG SảN VIệT NAM<br>Quỳnh Lưu, ngày 22 tháng 4 năm 2024 |",
     "| ĐẢNG CỘNG SẢN VIỆT NAM<br>Quỳnh Lưu, ngày 22 tháng 4 năm 2024 |"),
])
def test_capitals_tcvn3_could_not_write_come_back(decoded: str, restored: str) -> None:
    assert restore_tcvn3_capitals(decoded) == restored
