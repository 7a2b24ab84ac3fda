"""Regression tests for the footer/zone defects of the audit (/tmp/audit, files 02, 03, 14, 15).

Each input is the smallest realistic notice that showed the defect; the asserts are exact values.
"""
from __future__ import annotations

import tbparse

HEAD = (
    "HUYỆN ỦY NGHI LỘC\t\t\tĐẢNG CỘNG SẢN VIỆT NAM\n"
    "\t*\n"
    "Số 86-TB/HU\t\t\tNghi Lộc, ngày 05 tháng 3 năm 2021\n"
    "\n"
    "THÔNG BÁO\n"
    "Kết luận của Ban Thường vụ Huyện ủy tại hội nghị\n"
    "giao ban công tác quý I năm 2021\n"
    "-----\n"
    "\n"
    "Ngày 02/3/2021, Ban Thường vụ Huyện ủy tổ chức hội nghị giao ban công tác quý I năm 2021.\n"
    "\n"
    "1. Ban Tổ chức Huyện ủy tham mưu kiện toàn cán bộ các xã sau sáp nhập, xong trước 15/4/2021.\n"
    "\n"
)
CLOSING = "Ban Thường vụ Huyện ủy thông báo để các chi, đảng bộ trực thuộc biết, thực hiện./."


def _d(text: str) -> dict:
    return tbparse.parse_dict(text)


def test_stacked_tm_kt_above_label_keeps_closing_and_tm() -> None:
    """Defect A: the T/M line over a K/T line was left in the body with the closing sentence."""
    text = HEAD + CLOSING + (
        "\n\n"
        "T/M BAN THƯỜNG VỤ\n"
        "K/T BÍ THƯ\n"
        "PHÓ BÍ THƯ\n"
        "(Đã ký)\n"
        "Nguyễn Công Văn\n"
        "\n"
        "Nơi nhận:\n"
        "- Thường trực Tỉnh ủy (để báo cáo),\n"
        "- Lưu Văn phòng Huyện ủy.\n"
    )
    d = _d(text)
    assert d["closing"] == CLOSING
    assert d["signature"] == {
        "authority": [{"mode": "T/M", "body": "BAN THƯỜNG VỤ"}, {"mode": "K/T", "body": "BÍ THƯ"}],
        "position": "PHÓ BÍ THƯ",
        "signer": "Nguyễn Công Văn",
        "note": "(Đã ký)",
    }
    assert d["layout"]["signature"]["authority_lines"] == [16, 17]
    item = d["sections"][0]["items"][0]
    assert item["paragraphs"] == []
    assert d["unplaced"] == []
    codes = {f.code for f in tbparse.lint(text)}
    assert not codes & {"TB024", "TB026"}, codes


def test_pdf_tm_before_label_kt_after_it() -> None:
    """Defect A, PDF order: "T/M …", then "Nơi nhận:", then "K/T …" interleaved with the entries."""
    text = HEAD + CLOSING + (
        "\n"
        "T/M BAN THƯỜNG VỤ\n"
        "Nơi nhận:\n"
        "K/T BÍ THƯ\n"
        "- Thường trực Tỉnh ủy;\n"
        "PHÓ BÍ THƯ\n"
        "- Lưu Văn phòng Huyện ủy.\n"
        "Nguyễn Công Văn\n"
    )
    d = _d(text)
    assert d["closing"] == CLOSING
    assert d["signature"]["authority"] == [
        {"mode": "T/M", "body": "BAN THƯỜNG VỤ"},
        {"mode": "K/T", "body": "BÍ THƯ"},
    ]
    assert d["signature"]["position"] == "PHÓ BÍ THƯ"
    assert d["recipients"] == ["Thường trực Tỉnh ủy", "Lưu Văn phòng Huyện ủy"]
    assert d["unplaced"] == []


def test_wrapped_recipient_after_signer_is_joined() -> None:
    """Defect B: signature before "Nơi nhận"; an entry ending with "," wraps onto a lower-case line."""
    text = HEAD + CLOSING + (
        "\n\n"
        "T/M BAN THƯỜNG VỤ\n"
        "\n"
        "Nguyễn Công Văn\n"
        "\n"
        "Nơi nhận:\n"
        "- Các tỉnh ủy, thành ủy trực thuộc Trung ương,\n"
        "- Các ban đảng, ban cán sự đảng, đảng đoàn,\n"
        "  đảng ủy trực thuộc Trung ương,\n"
        "- Lưu Văn phòng Trung ương Đảng.\n"
    )
    d = _d(text)
    assert d["recipients"] == [
        "Các tỉnh ủy, thành ủy trực thuộc Trung ương",
        "Các ban đảng, ban cán sự đảng, đảng đoàn, đảng ủy trực thuộc Trung ương",
        "Lưu Văn phòng Trung ương Đảng",
    ]
    assert [r["line"] for r in d["layout"]["recipients"]] == [21, 22, 24]
    assert d["signature"]["signer"] == "Nguyễn Công Văn"
    assert d["unplaced"] == []
    assert "TB000" not in {f.code for f in tbparse.lint(text)}


TAIL = (
    "\n"
    "1. Ban Tổ chức Thành ủy tham mưu Đề án sắp xếp đơn vị hành chính, trình trong quý I năm 2024.\n"
    "\n"
    "Văn phòng Thành ủy thông báo để các cấp ủy, tổ chức đảng biết, thực hiện./.\n"
    "\n"
    "T/L BAN THƯỜNG VỤ\n"
    "CHÁNH VĂN PHÒNG\n"
    "Trần Minh Tuấn\n"
)
TOP = (
    "THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH\t\t\tĐẢNG CỘNG SẢN VIỆT NAM\n"
    "\t*\n"
    "Số 771-TB/TU\t\t\tTP. Hồ Chí Minh, ngày 28 tháng 12 năm 2023\n"
    "\n"
    "THÔNG BÁO\n"
    "Kết luận của Ban Thường vụ Thành ủy tại Hội nghị\n"
)
OPENING = "Ngày 25/12/2023, Ban Chấp hành Đảng bộ Thành phố tổ chức Hội nghị lần thứ 21 (mở rộng).\n"


def test_subject_wrapped_onto_capital_line_without_rule() -> None:
    """Defect C: no dash rule, and the subject's second line starts with a capital ("Ban Chấp hành …")."""
    d = _d(TOP + "Ban Chấp hành Đảng bộ Thành phố lần thứ 21 (mở rộng)\n\n" + OPENING + TAIL)
    assert d["subject"] == (
        "Kết luận của Ban Thường vụ Thành ủy tại Hội nghị Ban Chấp hành Đảng bộ Thành phố lần thứ 21 (mở rộng)"
    )
    assert d["layout"]["subject_lines"] == [6, 7]
    assert [p["line"] for p in d["preamble"]] == [9]
    # the first body sentence right under a one-line subject stays in the body
    d = _d(TOP + OPENING + TAIL)
    assert d["subject"] == "Kết luận của Ban Thường vụ Thành ủy tại Hội nghị"
    assert d["preamble"][0]["line"] == 7


def test_subject_wrapped_before_a_number():
    text = """\
TỈNH ỦY BÌNH THUẬN                     ĐẢNG CỘNG SẢN VIỆT NAM
         *
Số 05-TB/TU                        Phan Thiết, ngày 05 tháng 7 năm 2023

THÔNG BÁO
kết luận của Ban Thường vụ Tỉnh ủy về kết quả hoạt động của hệ thống chính trị
6 tháng đầu năm 2023

Ngày 02/7/2023, Ban Thường vụ Tỉnh ủy họp. Ban Thường vụ Tỉnh ủy kết luận:

1. Các cấp ủy thực hiện tốt.

Ban Thường vụ Tỉnh ủy thông báo để các cấp ủy biết, thực hiện./.

Nơi nhận:                              T/M BAN THƯỜNG VỤ
- Các huyện ủy,                          BÍ THƯ
- Lưu VPTU.
                                          Trần Văn Bình
"""
    d = tbparse.parse_dict(text)
    assert d["subject"] == ("kết luận của Ban Thường vụ Tỉnh ủy về kết quả hoạt động của hệ thống chính trị "
                            "6 tháng đầu năm 2023")
    assert d["preamble"][0]["line"] == 9
    # a numbered body line right under the subject is still the body
    d = tbparse.parse_dict(text.replace("6 tháng đầu năm 2023\n", "1. Các huyện ủy rà soát\n"))
    assert d["subject"] == "kết luận của Ban Thường vụ Tỉnh ủy về kết quả hoạt động của hệ thống chính trị"
