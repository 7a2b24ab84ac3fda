"""Audit 15: Party document types other than notices — quyết định, biên bản, tờ trình, chương
trình, quy chế, đề án, báo cáo, giấy giới thiệu, hướng dẫn, kế hoạch — read field by field.

Documents 47–54 of tests/data/exports came out of this audit. The two minutes (biên bản) that
exposed the signature defects are inline here instead: their blocks side by side are of unequal
height (the chair's "T/M CHI ỦY" / "BÍ THƯ" beside the secretary's "THƯ KÝ"), which a PDF's text
flattened row by row cannot tell apart (README: "equal blocks only"), so they cannot join the
metamorphic corpus.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import tbparse
from tbparse.lint import lint_text
from tests.layouts import LAYOUTS

EXPORTS = Path(__file__).resolve().parent / "data" / "exports"


def _read(name: str) -> str:
    return (EXPORTS / name).read_text(encoding="utf-8")


def _doc(name: str) -> dict:
    return tbparse.parse_dict(_read(name))


def _codes(text: str) -> set[str]:
    return {f.code for f in lint_text(text)}


# Minutes of a commune committee's plenum, 2001: the secretary and the chair sign side by side,
# neither with a prefix (no "T/M"), and no "Nơi nhận".
BB_HOI_NGHI = """\
     ĐẢNG BỘ HUYỆN THANH OAI                          ĐẢNG CỘNG SẢN VIỆT NAM
     ĐẢNG UỶ XÃ BÍCH HOÀ
             *                               Bích Hoà, ngày 12 tháng 7 năm 2001
        Số 09-BB/ĐU

                                  BIÊN BẢN
         hội nghị Ban Chấp hành Đảng bộ xã lần thứ 5 (mở rộng)
                                    -----

Hồi 07 giờ 30 phút, ngày 12 tháng 7 năm 2001, tại Hội trường Uỷ ban nhân dân xã, Đảng uỷ xã Bích Hoà tổ chức Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 5 (mở rộng) sơ kết 6 tháng đầu năm 2001.

- Có mặt: 13/15 đồng chí Đảng uỷ viên; vắng 2 đồng chí (có lý do).
- Dự hội nghị có đồng chí Nguyễn Văn Thành, Huyện uỷ viên, phụ trách xã và các đồng chí bí thư chi bộ trực thuộc.
- Chủ trì: đồng chí Lê Đình Tuấn, Bí thư Đảng uỷ.
- Thư ký: đồng chí Phạm Thị Hằng, Đảng uỷ viên, Văn phòng Đảng uỷ.

NỘI DUNG HỘI NGHỊ

1. Đồng chí Phó Bí thư Đảng uỷ trình bày báo cáo sơ kết 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2001.

2. Hội nghị thảo luận, có 08 ý kiến. Các ý kiến nhất trí với báo cáo.

3. Hội nghị biểu quyết nhất trí 13/13 đồng chí có mặt thông qua Nghị quyết sơ kết.

Hội nghị kết thúc lúc 11 giờ 15 phút cùng ngày./.

      THƯ KÝ HỘI NGHỊ                                   CHỦ TRÌ HỘI NGHỊ
                                                          BÍ THƯ ĐẢNG UỶ



      Phạm Thị Hằng                                       Lê Đình Tuấn
"""

# Minutes of a cell's monthly meeting, 2019: the roll is called in part I, the chair signs "T/M
# CHI ỦY" beside the secretary.
BB_CHI_BO = """\
     ĐẢNG BỘ XÃ TÂN PHÚ                               ĐẢNG CỘNG SẢN VIỆT NAM
     CHI BỘ ẤP TÂN LẬP
             *                                Tân Phú, ngày 05 tháng 3 năm 2019

                                  BIÊN BẢN
                 họp chi bộ định kỳ tháng 3 năm 2019
                                    -----

Vào lúc 08 giờ 00 phút, ngày 05 tháng 3 năm 2019, tại Nhà văn hóa ấp Tân Lập, Chi bộ ấp Tân Lập tiến hành họp định kỳ tháng 3 năm 2019.

I. THÀNH PHẦN
- Tổng số đảng viên của chi bộ: 17 đồng chí.
- Có mặt: 15/17 đảng viên.
- Vắng: 2 (có lý do).
- Chủ trì: đồng chí Võ Văn Hùng, Bí thư Chi bộ.
- Thư ký: đồng chí Nguyễn Thị Lan, Chi ủy viên.
- Dự họp có đồng chí Trần Minh Đức, Đảng ủy viên, phụ trách chi bộ.

II. NỘI DUNG
1. Đồng chí Võ Văn Hùng thông qua báo cáo kết quả thực hiện nhiệm vụ tháng 02 năm 2019.
2. Chi bộ thảo luận, có 06 ý kiến phát biểu.

Cuộc họp kết thúc lúc 11 giờ cùng ngày. Biên bản đã được đọc lại trước chi bộ, các đảng viên dự họp nhất trí./.

            THƯ KÝ                                        T/M CHI ỦY
                                                             BÍ THƯ



        Nguyễn Thị Lan                                    Võ Văn Hùng
"""


# --- biên bản: two signatures side by side, the roll call --------------------------------------

def test_minutes_signed_side_by_side_without_a_prefix() -> None:
    """"THƯ KÝ HỘI NGHỊ | CHỦ TRÌ HỘI NGHỊ" over "BÍ THƯ ĐẢNG UỶ": the heads' line was read as a
    body part ("THƯ KÝ HỘI NGHỊ CHỦ TRÌ HỘI NGHỊ"), the footer started at "BÍ THƯ ĐẢNG UỶ" with the
    secretary as its signer, the chair's name went to unplaced and the closing was lost."""
    d = tbparse.parse_dict(BB_HOI_NGHI)
    sig = d["signature"]
    assert (sig["authority"], sig["position"], sig["signer"]) == ([], "THƯ KÝ HỘI NGHỊ", "Phạm Thị Hằng")
    assert [(c["position"], c["signer"]) for c in sig["cosigners"]] == [("CHỦ TRÌ HỘI NGHỊ BÍ THƯ ĐẢNG UỶ", "Lê Đình Tuấn")]
    assert d["closing"] == "Hội nghị kết thúc lúc 11 giờ 15 phút cùng ngày./."
    assert d["unplaced"] == []
    assert [s["title"] for s in d["sections"]] == ["NỘI DUNG HỘI NGHỊ"]  # (its one caps heading, audit 16)


def test_minutes_signed_side_by_side_in_a_web_copy() -> None:
    """A web copy's cells ("|" / "THƯ KÝ" / "Nguyễn Thị Lan" / "|" / "T/M CHI ỦY" / …): the footer
    started at the chair's "T/M", leaving the secretary's cell and the closing in the body."""
    want = tbparse.parse_dict(BB_CHI_BO)
    got = tbparse.parse_dict(LAYOUTS["web"](BB_CHI_BO))
    assert want["signature"]["position"] == "THƯ KÝ" and want["signature"]["cosigners"][0]["signer"] == "Võ Văn Hùng"
    assert got["signature"] == want["signature"]
    assert got["closing"] == want["closing"] and got["closing"].startswith("Cuộc họp kết thúc lúc 11 giờ")


def test_the_minutes_roll_call_names_the_chair_and_the_guests() -> None:
    """"I. THÀNH PHẦN" / "- Chủ trì: đồng chí Võ Văn Hùng, Bí thư Chi bộ." — the meeting had no
    chair and no attendee: only the preamble was read, and a "- " entry never opened attendance.
    The count present ("- Có mặt: 15/17 đảng viên.") is an attendee, as "Dự họp có 21/24 đảng
    viên" is; who was absent ("- Vắng: 2 (có lý do).", "; vắng 2 đồng chí …") is not."""
    d = tbparse.parse_dict(BB_CHI_BO)
    assert d["meeting"]["date"] == "2019-03-05"
    assert d["meeting"]["chair"] == [{"name": "Võ Văn Hùng", "title": "Bí thư Chi bộ"}]
    assert d["attendees"] == ["15/17 đảng viên", "đồng chí Trần Minh Đức, Đảng ủy viên, phụ trách chi bộ"]
    d = tbparse.parse_dict(BB_HOI_NGHI)  # the same entries in the preamble
    assert d["meeting"]["chair"] == [{"name": "Lê Đình Tuấn", "title": "Bí thư Đảng uỷ"}]
    assert d["attendees"] == ["13/15 đồng chí Đảng uỷ viên",
                              "đồng chí Nguyễn Văn Thành, Huyện uỷ viên, phụ trách xã",
                              "các đồng chí bí thư chi bộ trực thuộc"]


@pytest.mark.parametrize(("roll", "want"), [
    ("- Có mặt: 15/17 đảng viên.\n- Vắng: 2 đồng chí (có lý do).", ["15/17 đảng viên"]),
    ("- Vắng: 2 đồng chí (có lý do).\n- Có mặt: 15/17 đảng viên.", ["15/17 đảng viên"]),
    ("- Có mặt 15/17 đảng viên, vắng 2 đồng chí (có lý do).", ["15/17 đảng viên"]),
    ("- Có mặt đầy đủ 17/17 đảng viên.", ["17/17 đảng viên"]),
    ("- Dự họp có 15/17 đảng viên; vắng 2 đồng chí (có lý do).", ["15/17 đảng viên"]),
    ("- Vắng: 2 đồng chí (có lý do).", []),
    ("- Có mặt tại hội trường từ 07 giờ 30 phút.", []),
], ids=["present", "absent-first", "comma", "all", "du-hop", "absent-only", "no-count"])
def test_the_count_present_is_the_attendee_and_the_absent_are_not(roll: str, want: list[str]) -> None:
    text = BB_CHI_BO.replace("- Có mặt: 15/17 đảng viên.\n- Vắng: 2 (có lý do).\n", roll + "\n").replace(
        "- Dự họp có đồng chí Trần Minh Đức, Đảng ủy viên, phụ trách chi bộ.\n", "")
    assert roll in text
    d = tbparse.parse_dict(text)
    assert d["attendees"] == want
    assert d["meeting"]["chair"] == [{"name": "Võ Văn Hùng", "title": "Bí thư Chi bộ"}]


def test_the_count_present_inside_the_meeting_sentence() -> None:
    """Export 43: "… họp phiên thường kỳ tháng 11. Có mặt 38/42 đảng viên; vắng 4 đồng chí (có lý
    do). Đồng chí Đỗ Văn Lâm, Bí thư Chi bộ chủ trì." gave no attendee (its "Dự họp có …" twin did)."""
    d = _doc("43-chi-bo-nghi-quyet-can-cu-2022.txt")
    assert d["attendees"] == ["38/42 đảng viên"]
    assert d["meeting"]["chair"] == [{"name": "Đỗ Văn Lâm", "title": "Bí thư Chi bộ"}]


def test_a_comrades_title_after_a_comma_stays_his_in_any_attendance_list() -> None:
    """"Dự họp có đồng chí Trần Minh Đức, Đảng ủy viên, phụ trách chi bộ" gave three attendees; a
    second comrade and the bodies after him are still entries of their own."""
    text = BB_CHI_BO.replace(
        "- Dự họp có đồng chí Trần Minh Đức, Đảng ủy viên, phụ trách chi bộ.",
        "- Dự họp có đồng chí Trần Minh Đức, Đảng ủy viên, đồng chí Lê Văn Sáu, Phó Chủ tịch Ủy ban nhân dân xã, Ban Tổ chức Đảng ủy.",
    )
    assert tbparse.parse_dict(text)["attendees"] == [
        "15/17 đảng viên",  # (the roll call's "- Có mặt: 15/17 đảng viên.")
        "đồng chí Trần Minh Đức, Đảng ủy viên", "đồng chí Lê Văn Sáu, Phó Chủ tịch Ủy ban nhân dân xã", "Ban Tổ chức Đảng ủy"]


# --- signer's names of the Central Highlands -----------------------------------------------------

def test_a_signer_named_with_an_apostrophe() -> None:
    """"Rmah H'Lan" under "PHÓ BÍ THƯ" went to unplaced and the signature had no signer (TB028)."""
    d = _doc("47-dang-uy-xa-bao-cao-so-ket-2026.txt")
    assert d["signature"]["signer"] == "Rmah H'Lan"
    assert d["unplaced"] == [] and d["warnings"] == []
    typed = _read("47-dang-uy-xa-bao-cao-so-ket-2026.txt").replace("Rmah H'Lan", "Rmah H’Lan")
    assert tbparse.parse_dict(typed)["signature"]["signer"] == "Rmah H’Lan"


# --- giấy giới thiệu: no trích yếu, no "Nơi nhận" -------------------------------------------------

def test_a_letter_of_introduction_lacks_no_subject_and_no_recipients() -> None:
    """A giấy giới thiệu is a form (whom, where to, about what, until when) with neither a trích
    yếu nor a "Nơi nhận" list: the parse warned no-subject and no-recipients, the linter gave
    TB020, TB034 and TB038 errors on a correct paper."""
    text = _read("48-btc-tu-giay-gioi-thieu-1998.txt")
    d = tbparse.parse_dict(text)
    assert (d["doc_type"], d["subject"], d["recipients"]) == ("GIẤY GIỚI THIỆU", None, [])
    assert d["closing"] == "Giấy có giá trị đến hết ngày 30 tháng 4 năm 1998./."
    assert d["warnings"] == []
    assert not _codes(text) & {"TB020", "TB034", "TB038"}
    # a notice with neither is still short of both
    notice = text.replace("GIẤY GIỚI THIỆU", "THÔNG BÁO").replace("37-GGT/BTCTU", "37-TB/BTCTU")
    assert {"no-subject", "no-recipients"} <= {w["code"] for w in tbparse.parse_dict(notice)["warnings"]}
    assert {"TB020", "TB034", "TB038"} <= _codes(notice)


# --- references and people: grassroots names, a preamble's verb ----------------------------------

def test_the_issuer_of_a_cited_plan_stops_before_the_clause_that_follows() -> None:
    """"Thực hiện Kế hoạch số 42-KH/TU … của Ban Thường vụ Tỉnh uỷ, Ban Thường vụ Đảng uỷ Khối
    Doanh nghiệp xây dựng kế hoạch như sau:" gave the issuer "Ban Thường vụ Tỉnh uỷ, Ban Thường vụ
    Đảng uỷ Khối Doanh nghiệp xây": "xây dựng" counted as words of a body's name."""
    refs = {r["number"]: r for r in _doc("49-dang-uy-khoi-ke-hoach-2003.txt")["references"]}
    assert refs["42-KH/TU"]["issuer"] == "Ban Thường vụ Tỉnh uỷ"


def test_a_cell_named_by_its_hamlet_is_the_issuer_whole() -> None:
    """"Tờ trình số 03-TTr/CB … của Chi bộ ấp Phú Hòa và đề nghị …" gave the issuer "Chi bộ"."""
    refs = {r["number"]: r for r in _doc("50-dang-uy-xa-quyet-dinh-chuan-y-2020.txt")["references"]}
    assert refs["03-TTr/CB"]["issuer"] == "Chi bộ ấp Phú Hòa"


def test_titles_of_cells_centres_and_departments() -> None:
    """"Chi ủy viên" was no title; "Giám đốc Trung tâm" and "Phó Trưởng phòng Tổ chức cơ sở đảng"
    were cut at their first small word ("Giám đốc Trung", "Phó Trưởng phòng Tổ chức")."""
    titles = {p["name"]: p["title"] for p in _doc("50-dang-uy-xa-quyet-dinh-chuan-y-2020.txt")["people"]}
    assert titles["Lê Văn Tám"] == "Chi ủy viên"
    titles = {p["name"]: p["title"] for p in _doc("54-dang-uy-khoi-quyet-dinh-thanh-lap-2008.txt")["people"]}
    assert titles["Hoàng Văn Quyết"] == "Giám đốc Trung tâm"
    titles = {p["name"]: p["title"] for p in _doc("48-btc-tu-giay-gioi-thieu-1998.txt")["people"]}
    assert titles["Phan Văn Lực"] == "Phó Trưởng phòng Tổ chức cơ sở đảng"


# --- quyết định in a PDF's text: the enacting formula ---------------------------------------------

def test_the_enacting_formula_stands_alone_in_a_pdf() -> None:
    """"- Xét … đề nghị của Ban Tổ chức Đảng ủy," / "BAN THƯỜNG VỤ ĐẢNG ỦY XÃ QUYẾT ĐỊNH" with no
    blank line: the formula ran into the ground above it (the line ends on a comma)."""
    for name in ("50-dang-uy-xa-quyet-dinh-chuan-y-2020.txt", "54-dang-uy-khoi-quyet-dinh-thanh-lap-2008.txt"):
        text = _read(name)
        want = [p["text"] for p in tbparse.parse_dict(text)["preamble"]]
        assert want[-1] in ("BAN THƯỜNG VỤ ĐẢNG ỦY XÃ QUYẾT ĐỊNH", "QUYẾT ĐỊNH")
        for layout in ("pdf", "pdf-wrapped"):
            assert [p["text"] for p in tbparse.parse_dict(LAYOUTS[layout](text))["preamble"]] == want


# --- the linter on correct documents --------------------------------------------------------------

def test_tb003_reads_no_body_in_the_date_lines_place() -> None:
    """"Vũ Thư, ngày 20 tháng 01 năm 2010" (the place reads "vu …", as "VỤ …" opens a body): TB003
    asked for «VŨ THƯ, NGÀY 20 THÁNG 01 NĂM 2010» in capitals. A body in small letters still fails."""
    text = _read("53-huyen-uy-huong-dan-2010.txt")
    assert "TB003" not in _codes(text)
    assert "TB003" in _codes(text.replace("HUYỆN UỶ VŨ THƯ", "Huyện uỷ Vũ Thư"))


def test_tb011_a_boards_own_committee_gives_its_code() -> None:
    """"ỦY BAN KIỂM TRA HUYỆN ỦY QUỲNH LƯU" under "ĐẢNG BỘ TỈNH NGHỆ AN", number "46-QĐ/UBKTHU":
    TB011 expected UBKTTU (the parent's province). The province's code there is still wrong."""
    text = _read("51-ubkt-hu-quyet-dinh-ky-luat-2015.txt")
    assert "TB011" not in _codes(text)
    assert "TB011" in _codes(text.replace("46-QĐ/UBKTHU", "46-QĐ/UBKTTU"))


def test_tb022_each_phan_numbers_its_parts_from_i() -> None:
    """An đề án's "Phần thứ hai" starts its Roman parts at I again: TB022 said "part I after II:
    expected III". Going on ("III." after "II.") is right too; a part out of order still fails."""
    text = _read("52-tu-de-an-2017.txt")
    assert "TB022" not in _codes(text)
    on = text.replace("I. MỤC TIÊU", "III. MỤC TIÊU").replace("II. NHIỆM VỤ VÀ GIẢI PHÁP", "IV. NHIỆM VỤ VÀ GIẢI PHÁP")
    assert "TB022" not in _codes(on)
    assert "TB022" in _codes(text.replace("II. CĂN CỨ XÂY DỰNG ĐỀ ÁN", "IV. CĂN CỨ XÂY DỰNG ĐỀ ÁN"))
