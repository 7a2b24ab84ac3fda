"""The closing sentence and the section roles (audit round 4, items 1, 14, 13).

Each case is a short notice, plan or quy chế with one ending or one part title changed.
"""
from __future__ import annotations

import tbparse
from tbparse.lint import lint_text
from tests.notices import QUY_CHE_HEAD

HEAD = """TỈNH ỦY LẠNG SƠN                                    ĐẢNG CỘNG SẢN VIỆT NAM
        *
  Số 1024-TB/TU                                 Lạng Sơn, ngày 18 tháng 8 năm 2021

THÔNG BÁO
kết luận của Ban Thường vụ Tỉnh ủy về công tác phòng, chống dịch Covid-19
-----

Ngày 17/8/2021, Ban Thường vụ Tỉnh ủy họp nghe báo cáo tình hình phòng, chống dịch. Ban Thường vụ Tỉnh ủy kết luận:

1. Các cấp ủy, chính quyền tiếp tục thực hiện nghiêm Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ.

"""
FOOT = """
Nơi nhận:                                           T/L BAN THƯỜNG VỤ
- Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy,        CHÁNH VĂN PHÒNG
- Lưu Văn phòng Tỉnh ủy.                                  (Đã ký)

                                                    Hoàng Văn Nghiệm
"""


def notice(ending: str) -> str:
    """The notice with *ending* (from line 12 on) as the last of its body."""
    return HEAD + ending + "\n" + FOOT


def items(d: dict) -> list[tuple[str, int, str]]:
    return [(i["number"], i["line"], i["text"]) for i in d["sections"][0]["items"]]


# --- item 1: a marked last item is never the closing -------------------------------------------------

LAST_ITEM = (
    "2. Ban cán sự đảng Ủy ban nhân dân tỉnh chỉ đạo tăng cường kiểm soát tại các cửa khẩu; "
    "đề nghị Bộ Chỉ huy Bộ đội Biên phòng tỉnh phối hợp để thực hiện./."
)


def test_last_numbered_item_stays_an_item_and_tb026_fires():
    text = notice(LAST_ITEM)
    d = tbparse.parse_dict(text)
    assert d["closing"] is None
    assert "closing_line" not in d["layout"] or d["layout"]["closing_line"] is None
    assert items(d) == [
        ("1", 11, "Các cấp ủy, chính quyền tiếp tục thực hiện nghiêm Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ."),
        ("2", 13, LAST_ITEM[3:]),
    ]
    assert [(f.code, f.line) for f in lint_text(text, path="t.txt") if f.code == "TB026"] == [("TB026", 13)]


QUY_CHE = QUY_CHE_HEAD + """Điều 1. Quy chế này quy định trách nhiệm, quyền hạn và chế độ làm việc của Chi bộ Ấp 3.

Chương II
NHIỆM VỤ, QUYỀN HẠN

Điều 2. Nhiệm vụ của Chi bộ

1. Lãnh đạo thực hiện nhiệm vụ chính trị của ấp.

2. Sinh hoạt chi bộ định kỳ vào ngày 03 hằng tháng.

Chương III
ĐIỀU KHOẢN THI HÀNH

{last}

                                                   T/M CHI BỘ
Nơi nhận:                                           BÍ THƯ
- Đảng ủy xã (để b/c),
- Lưu Chi bộ.                                   Nguyễn Văn Bảy
"""


def test_last_article_is_not_the_closing():
    last = "Điều 3. Quy chế này có hiệu lực kể từ ngày ký. Trong quá trình thực hiện nếu có vướng mắc, đảng viên phản ánh với chi ủy để xem xét, sửa đổi./."
    d = tbparse.parse_dict(QUY_CHE.format(last=last))
    assert d["closing"] is None
    chapter3 = d["sections"][2]
    assert [(i["number"], i["line"], i["text"]) for i in chapter3["items"]] == [("Điều 3", 27, last[len("Điều 3. "):])]


def test_text_under_a_bare_article_heading_stays_in_the_article():
    last = "Điều 3. Hiệu lực thi hành\n\nQuy chế này có hiệu lực kể từ ngày ký./."
    d = tbparse.parse_dict(QUY_CHE.format(last=last))
    assert d["closing"] is None
    article = d["sections"][2]["items"][0]
    assert (article["number"], article["text"]) == ("Điều 3", "Hiệu lực thi hành")
    assert article["paragraphs"] == [{"line": 29, "text": "Quy chế này có hiệu lực kể từ ngày ký./."}]


# --- item 14: the last unmarked paragraph ending "./." is the closing ---------------------------------

def test_end_mark_sentence_after_bullets_is_the_closing():
    ending = (
        "2. Tổ chức thực hiện\n\n"
        "- Các huyện ủy, thành ủy tổ chức quán triệt Thông báo.\n\n"
        "- Ban Tuyên giáo Tỉnh ủy hướng dẫn tuyên truyền.\n\n"
        "Kết luận này được phổ biến đến chi bộ./."
    )
    d = tbparse.parse_dict(notice(ending))
    assert d["closing"] == "Kết luận này được phổ biến đến chi bộ./."
    assert d["layout"]["closing_line"] == 19
    item2 = d["sections"][0]["items"][1]
    assert [(b["line"], b["text"], b["paragraphs"]) for b in item2["bullets"]] == [
        (15, "Các huyện ủy, thành ủy tổ chức quán triệt Thông báo.", []),
        (17, "Ban Tuyên giáo Tỉnh ủy hướng dẫn tuyên truyền.", []),
    ]


def test_assignment_sentence_after_items_is_the_closing():
    ending = (
        "2. Ban Tuyên giáo Tỉnh ủy chủ trì tuyên truyền kết quả thực hiện.\n\n"
        "Giao Ban cán sự đảng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện Thông báo này./."
    )
    d = tbparse.parse_dict(notice(ending))
    assert d["closing"] == "Giao Ban cán sự đảng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện Thông báo này./."
    assert d["layout"]["closing_line"] == 15
    assert [(n, line) for n, line, _ in items(d)] == [("1", 11), ("2", 13)]
    assert d["sections"][0]["items"][1]["paragraphs"] == []


def test_formula_line_joined_to_the_last_item_is_split_off():
    # no blank line between the last item and the formula: one paragraph before the closing step
    ending = (
        "2. Sở Tài chính tham mưu điều chỉnh Quyết định số 123/QĐ-UBND.\n"
        "Văn phòng Tỉnh ủy thông báo để các cơ quan biết, thực hiện./."
    )
    d = tbparse.parse_dict(notice(ending))
    assert d["closing"] == "Văn phòng Tỉnh ủy thông báo để các cơ quan biết, thực hiện./."
    assert d["layout"]["closing_line"] == 14
    assert items(d)[1] == ("2", 13, "Sở Tài chính tham mưu điều chỉnh Quyết định số 123/QĐ-UBND.")


# --- item 13: section roles ---------------------------------------------------------------------------

PLAN = """  HUYỆN ỦY TAM ĐẢO                              ĐẢNG CỘNG SẢN VIỆT NAM
        *
  Số 45-KH/HU                                  Tam Đảo, ngày 05 tháng 01 năm 2024

KẾ HOẠCH
học tập, quán triệt Nghị quyết Hội nghị Trung ương 8 khóa XIII
-----

I. MỤC ĐÍCH, YÊU CẦU

Cán bộ, đảng viên nắm vững nội dung cơ bản của Nghị quyết.

II. NỘI DUNG

Nghị quyết số 44-NQ/TW về Chiến lược bảo vệ Tổ quốc trong tình hình mới.

III. TỔ CHỨC THỰC HIỆN

1. Ban Tuyên giáo Huyện ủy chủ trì tham mưu tổ chức hội nghị.

2. Các chi, đảng bộ cơ sở báo cáo kết quả về Ban Thường vụ Huyện ủy trước ngày 31/01/2024./.

                                                   T/M BAN THƯỜNG VỤ
Nơi nhận:                                        PHÓ BÍ THƯ THƯỜNG TRỰC
- Ban Tuyên giáo Tỉnh ủy,
- Lưu Văn phòng Huyện ủy.                         Nguyễn Văn Hòa
"""


def test_plan_aims_are_other_and_its_assignments_directives():
    d = tbparse.parse_dict(PLAN)
    assert [(s["number"], s["title"], s["role"]) for s in d["sections"]] == [
        ("I", "MỤC ĐÍCH, YÊU CẦU", "other"),
        ("II", "NỘI DUNG", "other"),
        ("III", "TỔ CHỨC THỰC HIỆN", "directives"),
    ]


def test_implementation_part_in_prose_stays_other():
    ending = (
        "II. Tổ chức thực hiện\n\n"
        "Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Thông báo này.\n\n"
        "Văn phòng Tỉnh ủy thông báo để các cơ quan biết, thực hiện./."
    )
    text = HEAD.replace("\n1. Các cấp ủy", "\nI. Đánh giá chung\n\n1. Các cấp ủy") + ending + "\n" + FOOT
    d = tbparse.parse_dict(text)
    assert [(s["number"], s["title"], s["role"]) for s in d["sections"]] == [
        ("I", "Đánh giá chung", "assessment"),
        ("II", "Tổ chức thực hiện", "other"),
    ]


def test_chapters_of_a_quy_che_are_other():
    d = tbparse.parse_dict(QUY_CHE.format(last="Điều 3. Quy chế này có hiệu lực kể từ ngày ký./."))
    assert [(s["number"], s["title"], s["role"]) for s in d["sections"]] == [
        ("Chương I", "NHỮNG QUY ĐỊNH CHUNG", "other"),
        ("Chương II", "NHIỆM VỤ, QUYỀN HẠN", "other"),
        ("Chương III", "ĐIỀU KHOẢN THI HÀNH", "other"),
    ]


def test_a_guide_or_a_rule_has_no_assessment_part():
    """Audit 6: a Hướng dẫn's "I. VỀ KIỂM ĐIỂM TẬP THỂ, CÁ NHÂN" was an assessment, so its deadlines
    were dropped; a Quy định's "Chương III … KẾT QUẢ" likewise."""
    from tbparse.steps.structure import role_of

    assert role_of("VỀ KIỂM ĐIỂM TẬP THỂ, CÁ NHÂN") == "assessment"  # in a notice it would be
    assert role_of("THẨM QUYỀN, TRÌNH TỰ, THỦ TỤC LẤY PHIẾU VÀ SỬ DỤNG KẾT QUẢ", chapter=True) == "other"
    import tbparse

    from .conftest import FIXTURES

    d = tbparse.parse_dict((FIXTURES / "golden-web-bold-numbered.txt").read_text(encoding="utf-8"))
    assert d["doc_type"] == "HƯỚNG DẪN" and [s["role"] for s in d["sections"]] == ["other", "other"]


def test_a_chapter_title_in_its_own_paragraph():
    """Audit 6: "**Chương I**" / (blank) / "**NHỮNG QUY ĐỊNH CHUNG**" (web copies) lost the title."""
    import tbparse

    from .conftest import FIXTURES

    text = (FIXTURES / "golden-quy-dinh-chuong-dieu.txt").read_text(encoding="utf-8")
    d0 = tbparse.parse_dict(text)
    first = d0["sections"][0]
    split = text.replace("Chương I\nQUY ĐỊNH CHUNG\n", "Chương I\n\nQUY ĐỊNH CHUNG\n", 1)
    assert split != text
    d = tbparse.parse_dict(split)
    assert (d["sections"][0]["number"], d["sections"][0]["title"]) == (first["number"], first["title"])
    assert d["sections"][0]["paragraphs"] == first["paragraphs"]
