"""Audit 11: paragraphs the exports corpus (tests/data/exports 25–40) read differently in a PDF,
a web copy or a .docx than in the Word export — one regression test per defect.
"""
from __future__ import annotations

import tbparse
from tests.notices import DISTRICT_HEAD, DISTRICT_TAIL
from tests.test_paragraphs_pdf import FOOT, HEAD


def _pdf(body: str, tail: str = "") -> dict:
    """A PDF extract's notice (no blank lines, lines cut at about 85 characters) around *body*."""
    return tbparse.parse_dict(HEAD + body + FOOT + tail)


def _texts(x: object) -> list[str]:
    """Every "text" and "title" of the body tree, in order."""
    if isinstance(x, dict):
        own = [x[k] for k in ("title", "text") if isinstance(x.get(k), str)]
        return own + [t for k, v in x.items() if k not in ("title", "text") for t in _texts(v)]
    if isinstance(x, list):
        return [t for v in x for t in _texts(v)]
    return []


# a PDF's wrapped paragraph: lines that reach the margin (about 85 columns) set what "short" is
_WRAPPED = (
    "Các cấp ủy tiếp tục thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị gắn\n"
    "với Chỉ thị số 05-CT/TW; lựa chọn đột phá nâng cao trách nhiệm nêu gương của người đứng\n"
    "đầu; năm 2024 có 45 tập thể, 112 cá nhân được khen thưởng vì có thành tích xuất sắc.\n"
)


def test_a_part_line_under_a_caps_title_opens_its_own_paragraph() -> None:
    """Doc 33 as a PDF: "Phần thứ nhất" / "KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024" / "I. CÔNG TÁC …"
    with no blank line gave the part the title "KẾT QUẢ … NĂM 2024 I. CÔNG TÁC CHÍNH TRỊ, TƯ TƯỞNG"
    and no section I (two caps lines were read as one caps title wrapped)."""
    d = _pdf("Phần thứ nhất\nKẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024\nI. CÔNG TÁC CHÍNH TRỊ, TƯ TƯỞNG\n" + _WRAPPED)
    part, one = d["sections"][:2]
    assert (part["number"], part["title"]) == ("Phần thứ nhất", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024")
    assert (one["number"], one["title"]) == ("I", "CÔNG TÁC CHÍNH TRỊ, TƯ TƯỞNG")


def test_a_caps_title_wrapped_in_caps_still_joins() -> None:
    """The part line rule leaves a caps title going on in caps one title."""
    d = _pdf("II. NHIỆM VỤ TRỌNG TÂM\nTHỜI GIAN TỚI\n" + _WRAPPED)
    assert d["sections"][0]["title"] == "NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI"


def test_a_caps_heading_reaching_the_margin_ends_before_an_item() -> None:
    """Doc 33 wrapped at 90 columns: "V. LÃNH ĐẠO … QUỐC PHÒNG, AN NINH" ends near the margin, and
    "1. Về kinh tế" under it ran into it (the section lost its title to a paragraph)."""
    d = _pdf("I. LÃNH ĐẠO THỰC HIỆN NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI, QUỐC PHÒNG, AN NINH\n"
             "1. Về kinh tế\n" + _WRAPPED)
    sec = d["sections"][0]
    assert sec["title"] == "LÃNH ĐẠO THỰC HIỆN NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI, QUỐC PHÒNG, AN NINH"
    assert sec["items"][0]["text"] == "Về kinh tế"


def test_a_pdf_line_wrapped_after_a_semicolon_before_a_figure_goes_on() -> None:
    """Doc 33 wrapped at 90 columns: "… quốc gia đạt 88,6%;" / "100% trạm y tế xã …" was cut into
    two paragraphs (a semicolon ended the paragraph before a line opening on a digit)."""
    d = _pdf("2. Về văn hóa - xã hội\n"
             "Chất lượng giáo dục toàn diện được nâng lên; tỷ lệ trường đạt chuẩn quốc gia đạt 88,6%;\n"
             "100% trạm y tế xã có bác sĩ; tỷ lệ hộ nghèo còn 2,1%.\n" + _WRAPPED)
    assert ("Chất lượng giáo dục toàn diện được nâng lên; tỷ lệ trường đạt chuẩn quốc gia đạt 88,6%; "
            "100% trạm y tế xã có bác sĩ; tỷ lệ hộ nghèo còn 2,1%.") in _texts(d["sections"])


def test_an_article_line_wrapped_at_the_margin_is_no_heading() -> None:
    """Doc 40 wrapped at 90 columns: "Điều 1. Thành lập … do đồng chí Ủy viên Bộ" / "Chính trị làm
    Trưởng ban." was cut after "Bộ" (an article line under 120 characters was taken for a heading
    standing alone, its text on the next line)."""
    d = _pdf("Điều 1. Thành lập Ban Chỉ đạo Tây Nguyên nhiệm kỳ 2010 - 2015, do đồng chí Ủy viên Bộ\n"
             "Chính trị làm Trưởng ban.\nĐiều 2. Nguyên tắc làm việc\nBan Chỉ đạo làm việc theo chế độ tập thể.\n"
             + _WRAPPED)
    texts = _texts(d["sections"])
    assert ("Thành lập Ban Chỉ đạo Tây Nguyên nhiệm kỳ 2010 - 2015, do đồng chí Ủy viên Bộ Chính trị "
            "làm Trưởng ban.") in texts
    assert "Ban Chỉ đạo làm việc theo chế độ tập thể." in texts  # a heading standing alone still does


_ROWS = ["Nguồn thu                     Dự toán năm     Thực hiện 5 tháng     Tỷ lệ",
         "Thuế ngoài quốc doanh         42,0 tỷ         18,3 tỷ               43,6%",
         "Thu tiền sử dụng đất          55,0 tỷ         24,1 tỷ               43,8%",
         "Phí, lệ phí                    10,5 tỷ          6,2 tỷ               59,0%"]
_ROW_TEXTS = ["Nguồn thu Dự toán năm Thực hiện 5 tháng Tỷ lệ", "Thuế ngoài quốc doanh 42,0 tỷ 18,3 tỷ 43,6%",
              "Thu tiền sử dụng đất 55,0 tỷ 24,1 tỷ 43,8%", "Phí, lệ phí 10,5 tỷ 6,2 tỷ 59,0%"]
_AFTER = "Một số khoản thu đạt thấp do thị trường bất động sản trầm lắng, doanh nghiệp gặp khó khăn."


def _paragraphs(d: dict) -> list[str]:
    return [p["text"] for p in d["sections"][0]["paragraphs"]]


def test_a_table_typed_with_spaces_is_a_paragraph_a_row_in_a_word_export() -> None:
    """Doc 36: a table in the body typed with spaces (one row a line) was one paragraph, every row
    joined, where the .docx of the same notice gives a paragraph a row."""
    body = ("Ngày 08/6/2012, Ban Thường vụ Huyện ủy họp, kết luận như sau:\n\nI. KẾT QUẢ THU NGÂN SÁCH\n\n"
            "Tổng thu ngân sách 5 tháng đạt 48,6 tỷ đồng, cụ thể:\n\n"
            + "".join(f"   {r}\n" for r in _ROWS) + f"\n{_AFTER}\n\nII. NHIỆM VỤ\n")
    d = tbparse.parse_dict(DISTRICT_HEAD + body + DISTRICT_TAIL)
    assert _paragraphs(d) == ["Tổng thu ngân sách 5 tháng đạt 48,6 tỷ đồng, cụ thể:", *_ROW_TEXTS, _AFTER]


def test_a_pdf_table_row_stopping_short_of_the_margin_ends_its_paragraph() -> None:
    """Doc 36 as a PDF: the rows, their gaps gone, ran together with the sentence under them."""
    d = _pdf("I. KẾT QUẢ THU NGÂN SÁCH\nTổng thu ngân sách 5 tháng đạt 48,6 tỷ đồng, cụ thể:\n"
             + "".join(f"{r}\n" for r in _ROW_TEXTS) + f"{_AFTER}\n" + _WRAPPED)
    assert _paragraphs(d)[1:6] == [*_ROW_TEXTS, _AFTER]


def test_a_web_copy_block_of_short_rows_is_a_paragraph_a_row() -> None:
    """Doc 36 as a web copy (blank lines between paragraphs): the table's block of short lines
    is rows, not a paragraph hard-wrapped."""
    d = tbparse.parse_dict(HEAD.replace("\n", "\n\n") + "I. KẾT QUẢ THU NGÂN SÁCH\n\n"
                           "Tổng thu ngân sách 5 tháng đạt 48,6 tỷ đồng, cụ thể:\n\n"
                           + "".join(f"{r}\n" for r in _ROW_TEXTS) + f"\n{_AFTER}\n\n"
                           + _WRAPPED.replace("đứng\n", "đứng\n\n") + "\n" + FOOT.replace("\n", "\n\n"))
    assert _paragraphs(d)[1:6] == [*_ROW_TEXTS, _AFTER]


def test_footnotes_wrapped_by_a_pdf_stay_one_unplaced_text_each() -> None:
    """Docs 26, 38 as PDFs: an appendix's or footnotes' lines after the signature are unplaced
    line by line, and a line the PDF wrapped came out in two ("… khoán rừng, vườn" / "cây …")."""
    d = _pdf(_WRAPPED, "______________\n"
             "(1) Công ty TNHH MTV Cà phê Phước An, trực thuộc Tổng công ty Cà phê Việt Nam.\n"
             "(2) Nghị định số 168/2016/NĐ-CP ngày 27/12/2016 của Chính phủ quy định về khoán rừng, vườn\n"
             "cây và diện tích mặt nước.\n"
             "2. Lớp thứ hai: cấp ủy viên đảng ủy cơ sở trong khối cơ quan, doanh nghiệp; 150 học viên;\n"
             "tháng 6/2021.\n")
    assert [u["text"] for u in d["unplaced"]][-3:] == [
        "(1) Công ty TNHH MTV Cà phê Phước An, trực thuộc Tổng công ty Cà phê Việt Nam.",
        "(2) Nghị định số 168/2016/NĐ-CP ngày 27/12/2016 của Chính phủ quy định về khoán rừng, vườn "
        "cây và diện tích mặt nước.",
        "2. Lớp thứ hai: cấp ủy viên đảng ủy cơ sở trong khối cơ quan, doanh nghiệp; 150 học viên; tháng 6/2021.",
    ]
