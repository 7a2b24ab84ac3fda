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

from .docx_builders import borderless_table, bottom_border, footer_table, new_doc, para, to_bytes
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
    footer_table(d, ["- Như trên,", "- Lưu Ban Tổ chức Tỉnh ủy."], "K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN",
                 "Phạm Thị Thu Trang")
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


# --- TB030: a T/M collective that is not the issuer's --------------------------------------------

# A district committee's notice (Nam Đàn, 2021), signed on behalf of its Ban Thường vụ.
HUYEN = """\
    ĐẢNG BỘ TỈNH NGHỆ AN                           ĐẢNG CỘNG SẢN VIỆT NAM
    HUYỆN ỦY NAM ĐÀN
            *                                 Nam Đàn, ngày 22 tháng 02 năm 2021
     Số 87-TB/HU

                                 THÔNG BÁO
       ý kiến của Ban Thường vụ Huyện ủy về phương án tổ chức Lễ hội Làng Sen năm 2021
                                   -----

Ngày 19/02/2021, Ban Thường vụ Huyện ủy họp nghe Ủy ban nhân dân huyện báo cáo phương án tổ chức Lễ hội Làng Sen năm 2021. Sau khi thảo luận, Ban Thường vụ Huyện ủy có ý kiến như sau:

1. Đồng ý chủ trương tổ chức Lễ hội Làng Sen năm 2021 với quy mô phù hợp, bảo đảm an toàn, tiết kiệm.

2. Ban Tuyên giáo Huyện ủy chủ trì định hướng công tác tuyên truyền về lễ hội.

Văn phòng Huyện ủy thông báo ý kiến của Ban Thường vụ Huyện ủy để các cơ quan, đơn vị liên quan biết, thực hiện./.

Nơi nhận:                                          T/M BAN THƯỜNG VỤ
- Ban Thường vụ Tỉnh ủy (để b/c),                     PHÓ BÍ THƯ
- Thường trực Huyện ủy,
- Đảng ủy xã Kim Liên,                              Trần Thị Mai Hương
- Lưu Văn phòng Huyện ủy.
"""

# A village cell's report (Hòa Tiến, 2020), signed on behalf of the cell.
CHI_BO = """\
    ĐẢNG BỘ XÃ HÒA TIẾN                             ĐẢNG CỘNG SẢN VIỆT NAM
     CHI BỘ THÔN PHÚ HƯNG
             *                               Hòa Tiến, ngày 25 tháng 12 năm 2020
      Số 05-BC/CB

                                 BÁO CÁO
          kết quả lãnh đạo thực hiện nhiệm vụ năm 2020, phương hướng, nhiệm vụ năm 2021
                                  -----

1. Chi bộ duy trì sinh hoạt định kỳ hằng tháng; kết nạp 02 đảng viên mới.

2. Năm 2021, chi bộ phấn đấu kết nạp ít nhất 02 đảng viên mới./.

Nơi nhận:                                          T/M CHI BỘ
- Đảng ủy xã (để b/c),                                BÍ THƯ
- Đảng viên trong chi bộ,
- Lưu Chi bộ.

                                                 Đặng Văn Lợi
"""


def test_the_drafts_signed_for_their_own_collective_are_clean():
    only(HUYEN, [])
    only(CHI_BO, [])
    only(variant("T/M BAN THƯỜNG VỤ", "T/M HUYỆN ỦY     ", HUYEN), [])
    only(variant("T/M CHI BỘ", "T/M CHI ỦY", CHI_BO), [])
    only(CONG_VAN_BAN, [])  # K/T TRƯỞNG BAN under a Ban Tổ chức


def test_tb030_a_district_committee_signing_for_the_province():
    t = variant("T/M BAN THƯỜNG VỤ", "T/M TỈNH ỦY      ", HUYEN)
    got = only(t, [(18, col(t, 18, "TỈNH ỦY"), "TB030")])
    assert got[0].message == ("«T/M TỈNH ỦY» does not sign for «HUYỆN ỦY NAM ĐÀN»: "
                              "it signs T/M HUYỆN ỦY, BAN THƯỜNG VỤ or THƯỜNG TRỰC")


def test_tb030_a_cell_signing_for_a_standing_committee_it_does_not_have():
    t = variant("T/M CHI BỘ", "T/M BAN THƯỜNG VỤ", CHI_BO)
    got = only(t, [(14, col(t, 14, "BAN THƯỜNG VỤ"), "TB030")])
    assert got[0].message.endswith("it signs T/M CHI BỘ or CHI ỦY")


def test_tb030_an_advisory_board_signing_on_behalf_of_a_collective():
    t = variant("K/T TRƯỞNG BAN", "T/M BAN THƯỜNG VỤ", CONG_VAN_BAN)
    got = only(t, [(15, col(t, 15, "BAN THƯỜNG VỤ"), "TB030")])
    assert "advisory body" in got[0].message


# --- one mistake, one finding: a body name not in capitals under a provincial committee ---------

# A provincial People's Committee party board's plan (An Giang, 2024), its code BCSĐ.
BCSD = """\
     TỈNH ỦY AN GIANG                              ĐẢNG CỘNG SẢN VIỆT NAM
BAN CÁN SỰ ĐẢNG ỦY BAN NHÂN DÂN TỈNH
            *                                 Long Xuyên, ngày 09 tháng 10 năm 2024
      Số 35-KH/BCSĐ

                                 KẾ HOẠCH
        thực hiện Kết luận số 87-KL/TW ngày 29/7/2024 của Bộ Chính trị
                                  -----

1. Các sở, ban, ngành tỉnh xây dựng chương trình hành động, hoàn thành trong quý IV/2024.

2. Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc, báo cáo Ban cán sự đảng trước ngày 15/12/2024./.

Nơi nhận:                                      T/M BAN CÁN SỰ ĐẢNG
- Ban Thường vụ Tỉnh ủy (để b/c),                          BÍ THƯ
- Các sở, ban, ngành tỉnh,
- Lưu Văn phòng Ban cán sự đảng.
                                                   Nguyễn Thanh Bình
"""


def test_a_board_name_in_normal_case_is_tb003s_alone():
    """Before: TB011 also said "BCSĐ" did not match «TỈNH ỦY AN GIANG» (and TB030 that T/M BAN CÁN SỰ
    ĐẢNG does not sign for it) — the parent line the parser read as the issuer in its place."""
    only(BCSD, [])
    t = variant("BAN CÁN SỰ ĐẢNG ỦY BAN NHÂN DÂN TỈNH", "Ban cán sự đảng Ủy ban nhân dân tỉnh", BCSD)
    only(t, [(2, 1, "TB003")])


# --- a công văn headed "CÔNG VĂN", a marking between its number and its subject -----------------

def test_tb010_a_cong_van_headed_cong_van():
    """Before: only TB000 ("text the parser could not place: «CÔNG VĂN»"), and with the subject
    under it unread, TB020/TB038 calling the subject missing."""
    t = variant("    Số 245-CV/BTCTU\n", "    Số 245-CV/BTCTU\n      CÔNG VĂN\n", CONG_VAN_BAN)
    got = only(t, [(5, col(t, 5, "CÔNG"), "TB010")])
    assert got[0].message == "a công văn has no document type line: remove «CÔNG VĂN» (its subject stands under the number)"
    assert parse_source(from_text(t))["subject"] == SUBJECT


def test_a_marking_between_the_number_and_the_plain_subject():
    t = variant("    Số 245-CV/BTCTU\n", "    Số 245-CV/BTCTU\n         KHẨN\n", CONG_VAN_BAN)
    d = parse_source(from_text(t))
    assert (d["subject"], d["markings"]) == (SUBJECT, ["KHẨN"])
    only(t, [])


# --- a recipient entry wrapped onto an indented line that opens with a capital -------------------

WRAPPED = (HUYEN.replace("- Thường trực Huyện ủy,\n",
                         "- Thường trực Huyện ủy,\n- Các ban xây dựng Đảng, Ủy ban Kiểm tra,\n{pad}Văn phòng Huyện ủy,\n"))


def test_an_entrys_tail_indented_a_few_spaces_past_its_dash():
    """"- Các ban xây dựng Đảng, Ủy ban Kiểm tra," / "    Văn phòng Huyện ủy,": only a tail typed
    exactly under the entry's text (two spaces) was read; one, three, four or six spaces gave TB035
    ("start each recipient with "- "") or TB000."""
    for pad in (" ", "  ", "   ", "    ", "      "):
        t = WRAPPED.format(pad=pad)
        only(t, [])
        assert parse_source(from_text(t))["recipients"][2] == "Các ban xây dựng Đảng, Ủy ban Kiểm tra, Văn phòng Huyện ủy"


def test_an_entry_at_the_dash_column_without_its_dash_is_still_named():
    t = WRAPPED.format(pad="")
    only(t, [(22, 1, "TB035")])
