"""A công văn's "V/v …" subject that wraps onto a line citing a document (audit 5 of correct drafts).

"V/v triển khai thực hiện Kết luận" / "số 21-KL/TW của Ban Chấp hành" / "Trung ương Đảng khóa XIII":
the lower-case "số 21-KL/TW" was read as a header line and then as the document's number, which
pushed the real number line "Số 2150-CV/TU" out (TB000), took the cited "KL" for the type (TB038,
TB019) and "TW" for the issuer code (TB011). The document's own number line opens its cell with a
capital "Số"/"SỐ"; a lower-case "số …" under the "V/v" line is the subject going on.
"""
from __future__ import annotations

import pytest

import tbparse
from tbparse.source import from_docx_bytes
from tbparse.lint import lint_source, lint_text
from tbparse.parser import parse_source
from tbparse.steps.zones import number_cell, vv_wraps

from .docx_builders import borderless_table, new_doc, para, to_bytes

MISREAD = {"TB000", "TB011", "TB017", "TB019", "TB038"}

# /tmp/audit5/ok/d16_cv_tu_2023_vvso.txt
KL_21 = """\
               TỈNH ỦY LONG AN                              ĐẢNG CỘNG SẢN VIỆT NAM
                      *
                Số 2150-CV/TU                          Tân An, ngày 14 tháng 3 năm 2023
      V/v triển khai thực hiện Kết luận
        số 21-KL/TW của Ban Chấp hành
          Trung ương Đảng khóa XIII

                 Kính gửi: Các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc

Thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng khóa XIII, Ban Thường vụ Tỉnh ủy đề nghị các cấp ủy trực thuộc xây dựng kế hoạch thực hiện, gửi về Ban Tổ chức Tỉnh ủy trước ngày 31/3/2023./.

Nơi nhận:                                                     T/M BAN THƯỜNG VỤ
- Như trên,                                                 PHÓ BÍ THƯ THƯỜNG TRỰC
- Thường trực Tỉnh ủy,
- Lưu Văn phòng Tỉnh ủy.

                                                               Nguyễn Văn Được
"""

# /tmp/audit5/var/cv_tail_nq_nokhan.txt and /tmp/audit5/ok/d08_cv_tu_2019.txt: one draft, two subjects
BAO_SO_6 = """\
              TỈNH ỦY BÌNH THUẬN                            ĐẢNG CỘNG SẢN VIỆT NAM
                      *
                Số 1520-CV/TU                       Phan Thiết, ngày 08 tháng 11 năm 2019
{subject}

                                           Kính gửi:
                               - Các huyện ủy, thị ủy, thành ủy,
                               - Các đảng ủy trực thuộc Tỉnh ủy.

Thực hiện chỉ đạo của Ban Bí thư về ứng phó với cơn bão số 6, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng lãnh đạo chính quyền cùng cấp chủ động triển khai các biện pháp phòng, chống bão; tổ chức di dời người dân ở vùng nguy hiểm đến nơi an toàn; báo cáo tình hình về Văn phòng Tỉnh ủy trước 17 giờ ngày 09/11/2019./.

Nơi nhận:                                                     T/L BAN THƯỜNG VỤ
- Như trên,                                                    CHÁNH VĂN PHÒNG
- Thường trực Tỉnh ủy,
- Lưu Văn phòng Tỉnh ủy.

                                                                Phạm Văn Thành
"""
NQ_05 = "        V/v triển khai thực hiện Nghị quyết\n               số 05-NQ/TU của Tỉnh ủy"
BAO = "                     KHẨN\n        V/v tăng cường công tác phòng,\n                chống bão số 6"


def _codes(text: str) -> set[str]:
    return {f.code for f in lint_text(text, path="cv.txt")}


def test_three_line_subject_citing_a_conclusion():
    d = tbparse.parse_dict(KL_21)
    assert d["subject"] == "V/v triển khai thực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương Đảng khóa XIII"
    assert d["layout"]["subject_lines"] == [4, 6]
    assert d["number"] == {"raw": "2150-CV/TU", "seq": 2150, "type_code": "CV", "issuer_code": "TU"}
    assert d["layout"]["number_line"] == {"line": 3, "text": "Số 2150-CV/TU"}
    assert (d["doc_type"], d["place"], d["date"], d["unplaced"]) == (None, "Tân An", "2023-03-14", [])
    assert _codes(KL_21) & MISREAD == set()


def test_two_line_subject_citing_a_resolution():
    text = BAO_SO_6.format(subject=NQ_05)
    d = tbparse.parse_dict(text)
    assert (d["subject"], d["layout"]["subject_lines"]) == (
        "V/v triển khai thực hiện Nghị quyết số 05-NQ/TU của Tỉnh ủy", [4, 5])
    assert d["number"] == {"raw": "1520-CV/TU", "seq": 1520, "type_code": "CV", "issuer_code": "TU"}
    assert (d["doc_type"], d["unplaced"]) == (None, [])
    assert _codes(text) & MISREAD == set()


def test_subject_tail_ending_on_a_storm_number():
    """"chống bão số 6" is the subject's second line, not a header hint left unplaced (TB000)."""
    text = BAO_SO_6.format(subject=BAO)
    d = tbparse.parse_dict(text)
    assert (d["subject"], d["layout"]["subject_lines"], d["markings"]) == (
        "V/v tăng cường công tác phòng, chống bão số 6", [5, 6], ["KHẨN"])
    assert (d["number"]["raw"], d["doc_type"], d["unplaced"]) == ("1520-CV/TU", None, [])
    assert _codes(text) & MISREAD == set()


def test_cited_number_off_the_subject_column_is_no_second_number():
    """A lower-case "số …" the subject's tail does not reach (here 20 columns off) is left as text:
    it never displaces the number line already read."""
    text = KL_21.replace("        số 21-KL/TW của Ban Chấp hành", " " * 28 + "số 21-KL/TW của Ban Chấp hành")
    d = tbparse.parse_dict(text)
    assert d["number"] == {"raw": "2150-CV/TU", "seq": 2150, "type_code": "CV", "issuer_code": "TU"}
    assert d["layout"]["number_line"] == {"line": 3, "text": "Số 2150-CV/TU"}
    assert d["subject"] == "V/v triển khai thực hiện Kết luận"
    assert d["unplaced"][0] == {"line": 5, "text": "số 21-KL/TW của Ban Chấp hành"}


@pytest.mark.parametrize("cell, want", [
    ("Số 2150-CV/TU", True), ("SỐ: 05-CT/TW", True), ("Số 367 - QĐ/TU", True),
    ("số 21-KL/TW của Ban Chấp hành", False), ("chống bão số 6", False), ("Số liệu năm 2023", False),
])
def test_number_cell(cell, want):
    assert number_cell(cell) is want


def test_vv_wraps_over_a_cited_document_but_not_the_number_or_date():
    assert vv_wraps("V/v triển khai thực hiện Kết luận", "số 21-KL/TW của Ban Chấp hành")
    assert not vv_wraps("V/v triển khai thực hiện Kết luận", "Số 2150-CV/TU")
    assert not vv_wraps("V/v triển khai thực hiện Kết luận", "Tân An, ngày 14 tháng 3 năm 2023")


def _word_cv() -> bytes:
    """/tmp/audit5/var/xv_cv_vv_so.docx: the subject in the header table's left cell, two paragraphs."""
    d = new_doc()
    left, right = borderless_table(d).rows[0].cells
    for k, (t, bold) in enumerate([("TỈNH ỦY ĐỒNG NAI", False), ("BAN TUYÊN GIÁO", True), ("*", False),
                                   ("Số 246-CV/BTGTU", False), ("V/v tuyên truyền Chỉ thị", False),
                                   ("số 05-CT/TW của Bộ Chính trị", False)]):
        para(left, t, bold=bold, align="center", first=k == 0)
    para(right, "ĐẢNG CỘNG SẢN VIỆT NAM", bold=True, size=15, align="center", first=True)
    para(right, "Biên Hòa, ngày 05 tháng 3 năm 2019", italic=True, align="center")
    para(d, "Kính gửi: Ban tuyên giáo các huyện ủy, thành ủy", align="center")
    para(d, "Ban Tuyên giáo Tỉnh ủy đề nghị ban tuyên giáo các huyện ủy, thành ủy đẩy mạnh tuyên truyền "
            "Chỉ thị số 05-CT/TW của Bộ Chính trị; báo cáo kết quả trước ngày 30/3/2019./.", align="justify")
    left, right = borderless_table(d).rows[0].cells
    para(left, "Nơi nhận:", bold=True, italic=True, underline=True, first=True)
    para(left, "- Như trên,")
    para(left, "- Lưu Ban Tuyên giáo Tỉnh ủy.")
    para(right, "K/T TRƯỞNG BAN", bold=True, align="center", first=True)
    para(right, "PHÓ TRƯỞNG BAN", bold=True, align="center")
    para(right, "Trần Thị Thu Hà", bold=True, align="center")
    return to_bytes(d)


def test_word_subject_cell_citing_a_directive():
    data = _word_cv()
    d = parse_source(from_docx_bytes(data))
    assert d["subject"] == "V/v tuyên truyền Chỉ thị số 05-CT/TW của Bộ Chính trị"
    assert d["number"] == {"raw": "246-CV/BTGTU", "seq": 246, "type_code": "CV", "issuer_code": "BTGTU"}
    assert (d["doc_type"], d["unplaced"]) == (None, [])
    codes = {f.code for f in lint_source(from_docx_bytes(data, path="cv.docx"), {}, era="2018")}
    assert codes & MISREAD == set()
