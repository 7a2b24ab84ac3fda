"""Audit 13: notices the parser had never seen, read field by field.

Documents 41–46 of tests/data/exports came out of this audit; the defects each exposed are pinned
here on the real parse, with the short texts that show each rule on its own.
"""
from __future__ import annotations

from pathlib import Path

import tbparse
from tests.layouts import web_wrapped

EXPORTS = Path(__file__).resolve().parent / "data" / "exports"


def _doc(name: str) -> dict:
    return tbparse.parse_dict((EXPORTS / name).read_text(encoding="utf-8"))


def _texts(paras: list[dict]) -> list[str]:
    return [p["text"] for p in paras]


# --- a Word export typed with blank lines in some places and none in others -----------------------

def test_a_heading_with_no_colon_ends_at_its_line_in_a_word_export() -> None:
    """"I- Kết quả 4 tháng đầu năm 2020" with its text on the next line (no blank line between,
    blank lines elsewhere): the heading's words became the start of its paragraph, title None and
    role "other"; the Word export's lines are its paragraphs."""
    d = _doc("46-dang-uy-xa-tb-ket-luan-khoa-2020.txt")
    s1 = d["sections"][0]
    assert (s1["number"], s1["title"], s1["role"]) == ("I", "Kết quả 4 tháng đầu năm 2020", "assessment")
    assert _texts(s1["paragraphs"])[0].startswith("Mặc dù chịu ảnh hưởng của dịch Covid-19")


def test_each_line_of_a_block_without_blank_lines_is_a_paragraph() -> None:
    """Two "Căn cứ …;" lines ran into one paragraph, and "1. Ưu điểm" took its text as its own."""
    d = _doc("43-chi-bo-nghi-quyet-can-cu-2022.txt")
    assert _texts(d["preamble"])[:2] == [
        "Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
        "Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 18/10/2012 của Ban Tổ chức Trung ương về một số vấn đề cụ "
        "thể nâng cao chất lượng sinh hoạt chi bộ;",
    ]
    items = d["sections"][0]["items"]
    assert [(i["number"], i["text"]) for i in items] == [("1", "Ưu điểm"), ("2", "Hạn chế")]
    assert _texts(items[0]["paragraphs"])[0].startswith("Chi bộ đã lãnh đạo hoàn thành thu hoạch vụ mùa")


def test_an_item_heading_ending_on_a_colon_keeps_its_paragraphs_apart() -> None:
    """"1. Về tình hình …:" / "Ban Thường vụ đánh giá …" / "Giao Ủy ban nhân dân phường:" / "- …":
    the three lines were the item's one text."""
    text = (
        "ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG                      ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "ĐẢNG ỦY PHƯỜNG HẢI CHÂU\n"
        "       *                                 Hải Châu, ngày 14 tháng 8 năm 2025\n"
        "Số 27-TB/ĐU\n\n"
        "                            THÔNG BÁO\n"
        "       kết luận của Ban Thường vụ Đảng ủy phường tại cuộc họp ngày 12/8/2025\n\n"
        "Ngày 12/8/2025, Ban Thường vụ Đảng ủy phường họp thường kỳ, do đồng chí Bí thư Đảng ủy phường "
        "Lê Văn Trung chủ trì. Tham dự có các đồng chí Ủy viên Ban Thường vụ Đảng ủy.\n\n"
        "1. Về tình hình hoạt động của chính quyền địa phương 2 cấp sau 45 ngày vận hành:\n"
        "Ban Thường vụ đánh giá bộ máy mới cơ bản vận hành thông suốt; Trung tâm Phục vụ hành chính "
        "công phường tiếp nhận 4.215 hồ sơ, giải quyết đúng hạn 98,6%.\n"
        "Giao Ủy ban nhân dân phường:\n"
        "- Rà soát, bố trí lại vị trí việc làm của cán bộ, công chức, hoàn thành trong tháng 9/2025;\n"
        "- Nâng cấp trang thiết bị cho Trung tâm Phục vụ hành chính công, xong trước ngày 30/9/2025.\n\n"
        "2. Giao Ủy ban Kiểm tra Đảng ủy phường kiểm tra việc thu, nộp, quản lý đảng phí năm 2025 tại 05 "
        "chi bộ trực thuộc trong quý IV/2025.\n\n"
        "Ban Thường vụ Đảng ủy phường thông báo để các chi, đảng bộ trực thuộc biết, thực hiện./.\n\n"
        "Nơi nhận:                                        T/M BAN THƯỜNG VỤ\n"
        "- Thường trực Thành ủy (b/c),                       PHÓ BÍ THƯ\n"
        "- Lưu VP Đảng ủy.                                Phan Thị Thu Hà\n"
    )
    item = tbparse.parse_dict(text)["sections"][0]["items"][0]
    assert item["text"] == "Về tình hình hoạt động của chính quyền địa phương 2 cấp sau 45 ngày vận hành:"
    assert [p["text"][:13] for p in item["paragraphs"]] == ["Ban Thường vụ", "Giao Ủy ban n"]
    assert [b["due"]["by"] for b in item["bullets"]] == ["2025-09-30", "2025-09-30"]


def test_the_web_copy_of_that_export_reads_its_headings_alike() -> None:
    """Hard-wrapped at 78 columns with its blank lines: "1. Ưu điểm" stops before half the margin,
    a heading, as in the Word export (the cut-early first line of test_paragraphs_pdf stays)."""
    d = tbparse.parse_dict(web_wrapped((EXPORTS / "43-chi-bo-nghi-quyet-can-cu-2022.txt").read_text(encoding="utf-8")))
    items = d["sections"][0]["items"]
    assert [(i["number"], i["text"]) for i in items] == [("1", "Ưu điểm"), ("2", "Hạn chế")]


# --- the subject ----------------------------------------------------------------------------------

def test_a_subject_goes_on_after_a_comma_and_onto_a_parenthesised_line() -> None:
    """"… đối với Ủy viên Ban Thường vụ," / "Tỉnh ủy viên khóa XX, …" and "… lần thứ 31" /
    "(khóa XXIII, nhiệm kỳ 2015 - 2020)", no dash rule under either: the second line was the
    preamble's first paragraph."""
    assert _doc("46-dang-uy-xa-tb-ket-luan-khoa-2020.txt")["subject"] == (
        "kết luận Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 31 (khóa XXIII, nhiệm kỳ 2015 - 2020)")
    text = (
        "     TỈNH ỦY PHÚ THỌ                               ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "         *                                Phú Thọ, ngày 20 tháng 02 năm 2026\n"
        "  Số 1130-TB/TU\n\n"
        "                                THÔNG BÁO\n"
        "           về việc phân công công tác đối với Ủy viên Ban Thường vụ,\n"
        "                     Tỉnh ủy viên khóa XX, nhiệm kỳ 2025 - 2030\n\n"
        "Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XX, nhiệm kỳ 2025 - 2030, Ban "
        "Thường vụ Tỉnh ủy thông báo phân công công tác như sau:\n\n"
        "1. Đồng chí Trần Văn Sơn, Phó Bí thư Thường trực Tỉnh ủy phụ trách Đảng bộ Ủy ban nhân dân tỉnh.\n\n"
        "Nơi nhận:                                        T/M BAN THƯỜNG VỤ\n"
        "- Thường trực Tỉnh ủy,                                 BÍ THƯ\n"
        "- Lưu Văn phòng Tỉnh ủy.\n"
    )
    d = tbparse.parse_dict(text)
    assert d["subject"] == ("về việc phân công công tác đối với Ủy viên Ban Thường vụ, Tỉnh ủy viên khóa XX, "
                            "nhiệm kỳ 2025 - 2030")
    assert d["preamble"][0]["text"].startswith("Căn cứ Quy chế làm việc")


def test_a_marking_typed_under_the_subject_is_a_marking() -> None:
    """"(Dự thảo)" on its own line under the subject went to the preamble (with no dash rule) or
    into the subject (above one)."""
    head = (
        "TỈNH ỦY PHÚ THỌ                               ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "       *                                Phú Thọ, ngày 3 tháng 3 năm 2026\n"
        "Số 12-TB/TU\n\n"
        "                       THÔNG BÁO\n"
        "        kết luận của Ban Thường vụ Tỉnh ủy về công tác cán bộ\n"
        "                       (Dự thảo)\n"
    )
    body = "\nNgày 01/3/2026, Ban Thường vụ Tỉnh ủy họp nghe Ban Tổ chức Tỉnh ủy báo cáo.\n"
    for rule in ("", "                       -----\n"):
        d = tbparse.parse_dict(head + rule + body)
        assert d["subject"] == "kết luận của Ban Thường vụ Tỉnh ủy về công tác cán bộ"
        assert d["markings"] == ["(Dự thảo)"]
        assert _texts(d["preamble"]) == [body.strip()]


# --- the meeting ----------------------------------------------------------------------------------

def test_a_committee_hearing_a_report_on_a_day_is_a_meeting() -> None:
    """"Ngày 20/7/2011, Thường trực Huyện ủy đã nghe … báo cáo …" and "Ngày 16 tháng 6 năm 1995,
    Ban Thường vụ Thành ủy nghe … báo cáo": no "họp", and meeting was null."""
    d = _doc("41-huyen-uy-tb-y-kien-chi-dao-2011.txt")
    assert d["meeting"]["date"] == "2011-07-20"
    assert d["meeting"]["chair"] == [{"name": "Lê Văn Toản", "title": "Phó Bí thư Thường trực Huyện ủy"}]
    d = _doc("45-thanh-uy-ket-luan-1995.txt")
    assert (d["meeting"]["date"], d["meeting"]["chair"]) == ("1995-06-16", [])


def test_hearing_a_report_with_no_day_is_no_meeting() -> None:
    """"Sau khi nghe báo cáo …, đồng chí … kết luận" dates nothing: no meeting from it alone."""
    text = (
        "HUYỆN ỦY THỌ XUÂN                              ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "        *                              Thọ Xuân, ngày 22 tháng 7 năm 2011\n"
        "Số 88-TB/HU\n\n"
        "                          THÔNG BÁO\n"
        "        ý kiến chỉ đạo của Thường trực Huyện ủy về công tác phòng, chống lụt bão\n\n"
        "Sau khi nghe Văn phòng Huyện ủy báo cáo tình hình chuẩn bị, Thường trực Huyện ủy có ý kiến "
        "chỉ đạo như sau:\n\n"
        "1. Các đảng ủy xã, thị trấn xây dựng phương án cụ thể, báo cáo chậm nhất ngày 05/8/2011.\n\n"
        "Nơi nhận:                                        T/M BAN THƯỜNG VỤ\n"
        "- Các đảng ủy xã, thị trấn,                           PHÓ BÍ THƯ\n"
        "- Lưu VP.                                          Lê Văn Toản\n"
    )
    assert tbparse.parse_dict(text)["meeting"] is None


# --- references -----------------------------------------------------------------------------------

def test_the_older_ideology_and_propaganda_boards_are_issuers() -> None:
    """"của Ban Tư tưởng - Văn hóa Trung ương" was cut to "Ban Tư"; "Ban Tuyên huấn Thành ủy" to "Ban Tuyên"."""
    refs = _doc("44-dang-uy-khoi-chi-thi-2001.txt")["references"]
    hd = next(r for r in refs if r["number"] == "85-HD/TTVH")
    assert hd["issuer"] == "Ban Tư tưởng - Văn hóa Trung ương"
    text = (
        "THÀNH ỦY HÀ NỘI                          ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "       *\n"
        "Số 16-TB/TU                         Hà Nội, ngày 2 tháng 7 năm 1995\n\n"
        "THÔNG BÁO\n"
        "về công tác tuyên truyền\n\n"
        "Thực hiện Kế hoạch số 12-KH/TU của Ban Tuyên huấn Thành ủy về tuyên truyền Luật Đất đai, các "
        "quận ủy, huyện ủy tổ chức học tập trong tháng 7.\n"
    )
    (ref,) = [r for r in tbparse.parse_dict(text)["references"] if r["number"] == "12-KH/TU"]
    assert ref["issuer"] == "Ban Tuyên huấn Thành ủy"


# --- recipients -----------------------------------------------------------------------------------

def test_dong_gui_labels_entries_and_is_none_itself() -> None:
    """"Đồng gửi:" in the label's column between entries was a recipient of its own; its entries
    are recipients, the label is kept in layout.cc_label."""
    d = _doc("42-quan-uy-tb-lich-cong-tac-dong-gui-2024.txt")
    assert d["recipients"] == ["Thường trực Quận ủy", "Các đồng chí UV.BTV Quận ủy", "Các ban Đảng, Văn phòng Quận ủy",
                               "Đảng ủy 11 phường", "Thường trực HĐND, UBND Quận", "Lưu VP"]
    assert d["layout"]["cc_label"] == {"line": 36, "text": "Đồng gửi:"}
    assert d["signature"]["signer"] == "Trần Minh Quân"
    assert d["unplaced"] == []
