"""Audit 13 of the linter: correct drafts of every genre (notices, a kết luận, công văn, báo cáo,
kế hoạch; tỉnh ủy, huyện ủy, đảng ủy xã, chi bộ, a ban and the văn phòng of a tỉnh ủy, đảng đoàn,
ban cán sự đảng; 2019–2026) must come out clean, as text and as Word files, and one fault per
draft must give one finding of the right rule on the right line.

Built like tests/test_lint_rules.py: ``only`` asserts the findings exactly (TB038 aside).
"""
from __future__ import annotations

from tbparse.lint import lint_source
from tbparse.parser import parse_source
from tbparse.source import from_docx_bytes, from_text

from .docx_builders import borderless_table, bottom_border, new_doc, para, run, to_bytes
from .test_lint_rules import col, findings, only, variant

# --- a công văn's subject written plainly, as 36-HD/VPTW asks (TB012 flags "V/v") -----------------

# A provincial board's công văn (Đồng Tháp, 2023): the subject "về …" under the number, no "V/v".
CONG_VAN_BAN = """\
      TỈNH ỦY ĐỒNG THÁP                            ĐẢNG CỘNG SẢN VIỆT NAM
      BAN TỔ CHỨC
           *                                 Cao Lãnh, ngày 06 tháng 3 năm 2023
    Số 245-CV/BTCTU
về báo cáo kết quả đánh giá, xếp loại
  chất lượng tổ chức đảng năm 2022

             Kính gửi: - Các huyện ủy, thành ủy,
                       - Các đảng ủy trực thuộc Tỉnh ủy.

Thực hiện Hướng dẫn số 25-HD/BTCTW ngày 19/10/2022 của Ban Tổ chức Trung ương, Ban Tổ chức Tỉnh ủy đề nghị các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy báo cáo kết quả đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2022 (theo mẫu gửi kèm).

Báo cáo gửi về Ban Tổ chức Tỉnh ủy trước ngày 20/3/2023 để tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy./.

Nơi nhận:                                      K/T TRƯỞNG BAN
- Như trên,                                    PHÓ TRƯỞNG BAN
- Thường trực Tỉnh ủy (để b/c),
- Lãnh đạo Ban,
- Lưu Ban Tổ chức Tỉnh ủy.

                                                Phạm Thị Thu Trang
"""
SUBJECT = "về báo cáo kết quả đánh giá, xếp loại chất lượng tổ chức đảng năm 2022"


def test_a_cong_vans_plain_subject_is_its_subject():
    """The subject was left in the preamble with a "no-subject" warning; only "V/v …" was read."""
    d = parse_source(from_text(CONG_VAN_BAN))
    assert d["subject"] == SUBJECT
    assert d["layout"]["subject_lines"] == [5, 6]
    assert [p["line"] for p in d["preamble"]][:1] == [8]  # "Kính gửi: …" opens the body
    assert d["warnings"] == []
    only(CONG_VAN_BAN, [])


def test_a_plain_subject_opening_with_a_capital_is_read_too():
    t = variant("về báo cáo kết quả đánh giá, xếp loại", "Báo cáo kết quả đánh giá, xếp loại", CONG_VAN_BAN)
    assert parse_source(from_text(t))["subject"] == SUBJECT.replace("về báo cáo", "Báo cáo")
    only(t, [])


def test_a_cong_van_without_its_subject_is_named_at_its_number():
    """Before: no finding at all — TB020 looked only under a type line, TB038 skipped the công văn."""
    t = variant("về báo cáo kết quả đánh giá, xếp loại\n  chất lượng tổ chức đảng năm 2022\n", "", CONG_VAN_BAN)
    got = only(t, [(4, col(t, 4, "245"), "TB020")])
    assert got[0].severity == "error"
    assert [f.message for f in findings(t) if f.code == "TB038"] == [
        "mandatory components missing (66-QĐ/TW Điều 15): (5) subject"]


def _cong_van_docx(subject: list[str]) -> bytes:
    """CONG_VAN_BAN as an office types it in Word: the header a borderless table whose left cell
    holds the parent, the board, "*", the number and the subject (12 pt italic) under it."""
    d = new_doc()
    left, right = borderless_table(d).rows[0].cells
    para(left, "TỈNH ỦY ĐỒNG THÁP", size=14, align="center", first=True)
    para(left, "BAN TỔ CHỨC", bold=True, size=14, align="center")
    para(left, "*", align="center")
    para(left, "Số 245-CV/BTCTU", size=14, align="center")
    for s in subject:
        para(left, s, italic=True, size=12, align="center")
    bottom_border(para(right, "ĐẢNG CỘNG SẢN VIỆT NAM", bold=True, size=15, align="center", first=True))
    para(right, "Cao Lãnh, ngày 06 tháng 3 năm 2023", italic=True, size=14, align="center")
    para(d, "Kính gửi: Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy.", size=14, align="center")
    para(d, "Ban Tổ chức Tỉnh ủy đề nghị các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy báo cáo kết quả "
            "đánh giá, xếp loại chất lượng tổ chức đảng năm 2022 trước ngày 20/3/2023./.", size=14, align="justify")
    left, right = borderless_table(d).rows[0].cells
    run(para(left, "", first=True), "Nơi nhận:", bold=True, italic=True, underline=True, size=14)
    para(left, "- Như trên,", size=12)
    para(left, "- Lưu Ban Tổ chức Tỉnh ủy.", size=12)
    para(right, "K/T TRƯỞNG BAN", bold=True, size=14, align="center", first=True)
    para(right, "PHÓ TRƯỞNG BAN", size=14, align="center")
    for _ in range(3):
        para(right, "", align="center")
    para(right, "Phạm Thị Thu Trang", bold=True, size=14, align="center")
    return to_bytes(d)


def test_a_word_cong_van_with_a_plain_subject_is_clean():
    """Before: the subject cell under the number ended the header, so the heading and the date of
    the right cell were lost — TB001 ("must read exactly … not «ĐẢNG CỘNG SẢN VIỆT NAM»"), TB014,
    TB038 errors and TB043 calling the subject 12 pt body text."""
    src = from_docx_bytes(_cong_van_docx(["về báo cáo kết quả đánh giá, xếp loại",
                                          "chất lượng tổ chức đảng năm 2022"]), path="cv.docx")
    assert parse_source(src)["subject"] == SUBJECT
    assert [str(f) for f in lint_source(src, None)] == []


def test_a_word_cong_van_without_its_subject_is_named():
    src = from_docx_bytes(_cong_van_docx([]), path="cv.docx")
    assert [(f.line, f.code) for f in lint_source(src, None) if f.code != "TB038"] == [(4, "TB020")]
