"""Regression tests for audit 7: the parser on documents of the 1990s and early 2000s (typewriter
originals retyped, old Word files converted) and on every numbering family of format-rules.md §6.1.

Each input is a realistic document of the era, as small as shows the defect; asserts are exact.
"""
from __future__ import annotations

import tbparse

from .conftest import FIXTURES

# A provincial committee's notice of 1997 as retyped from the typewriter original: "Số 12 TB/TU"
# (no hyphen), parts "A-"/"B-", items "1/", points "a/", the signature before "Nơi nhận".
HEAD_1997 = """\
TỈNH ỦY QUẢNG NGÃI                         ĐẢNG CỘNG SẢN VIỆT NAM
        *
   Số 12 TB/TU                      Quảng Ngãi, ngày 25 tháng 3 năm 1997

                          THÔNG BÁO
         KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY
      VỀ CÔNG TÁC CHUẨN BỊ BẦU CỬ ĐẠI BIỂU QUỐC HỘI KHÓA X

Ngày 20 tháng 3 năm 1997, Ban Thường vụ Tỉnh ủy họp dưới sự chủ trì của đồng chí Nguyễn Văn Thanh, \
Bí thư Tỉnh ủy. Sau khi thảo luận, Ban Thường vụ Tỉnh ủy kết luận như sau:

"""
ITEMS_1997 = """\
1/ Ban Tuyên giáo Tỉnh ủy chủ trì đẩy mạnh tuyên truyền về cuộc bầu cử, chú ý:

a/ Tuyên truyền trên báo, đài của tỉnh;

b/ Tổ chức các đội thông tin lưu động xuống các xã vùng cao.

2/ Ban Tổ chức Tỉnh ủy hướng dẫn rà soát danh sách cử tri.

"""
FOOT_1997 = """\
Văn phòng Tỉnh ủy thông báo để các cấp ủy đảng, các ngành biết, thực hiện./.

                                        T/L BAN THƯỜNG VỤ TỈNH ỦY
                                             CHÁNH VĂN PHÒNG

                                              Trần Văn Lương

Nơi nhận:
- Các huyện ủy, thị ủy,
- Lưu VPTU.
"""


def _doc(head: str = HEAD_1997, body: str = ITEMS_1997, foot: str = FOOT_1997) -> dict:
    return tbparse.parse_dict(head + body + foot)


def _with_number(line: str) -> dict:
    return _doc(HEAD_1997.replace("Số 12 TB/TU", line))


def test_number_typed_with_a_space_for_the_hyphen() -> None:
    # typewriter copies: "Số 12 TB/TU" was "number line not understood", the number lost
    d = _doc()
    assert d["number"] == {"raw": "12 TB/TU", "seq": 12, "type_code": "TB", "issuer_code": "TU"}
    assert d["unplaced"] == []
    assert "unparsed-number" not in [w["code"] for w in d["warnings"]]


def test_number_typed_with_no_separator_and_the_old_central_code() -> None:
    assert _with_number("Số: 12TB/TU")["number"] == {"raw": "12TB/TU", "seq": 12, "type_code": "TB", "issuer_code": "TU"}
    # "TƯ" (Trung ương) of the 1990s: the "Ư" was cut off ("12-TB/T")
    assert _with_number("Số 12-TB/TƯ")["number"] == {"raw": "12-TB/TƯ", "seq": 12, "type_code": "TB", "issuer_code": "TƯ"}
    # stray spaces around the hyphen still go
    assert _with_number("Số 12 - TB/TU")["number"]["raw"] == "12-TB/TU"


def test_items_numbered_with_a_slash_are_no_state_numbers() -> None:
    # "1/ Ban Tuyên giáo …" was cited as a Công văn "1/Ban" with a mistyped-reference warning
    d = _doc()
    assert [r["text"] for r in d["references"]] == []
    assert [w["code"] for w in d["warnings"]] == []


def test_old_central_code_is_cited() -> None:
    d = _doc(body="1/ Các huyện ủy thực hiện Chỉ thị số 15-CT/TƯ của Bộ Chính trị.\n\n")
    assert [(r["number"], r["issuer"]) for r in d["references"]] == [("15-CT/TƯ", "Bộ Chính trị")]


PARTS_ABC = """\
A- ĐÁNH GIÁ CHUNG

Các cấp ủy đã triển khai Chỉ thị số 04-CT/TW của Bộ Chính trị kịp thời.

B- NHIỆM VỤ THỜI GIAN TỚI

""" + ITEMS_1997 + """\
C- KIẾN NGHỊ

Đề nghị Ủy ban bầu cử tỉnh bổ sung kinh phí.

D. TỔ CHỨC THỰC HIỆN

1/ Các ban đảng theo dõi, báo cáo Ban Thường vụ.

"""


def _outline(d: dict) -> list[tuple]:
    return [(s["number"], s["title"], s["role"], [(i["number"], [b["marker"] for b in i["bullets"]]) for i in s["items"]])
            for s in d["sections"]]


def test_lettered_parts_and_slash_points() -> None:
    # "A-"/"B-" were preamble paragraphs; "C-" would read as the Roman hundred; "a/" points were
    # paragraphs of their item
    d = _doc(body=PARTS_ABC)
    assert [p["line"] for p in d["preamble"]] == [9]
    assert _outline(d) == [
        ("A", "ĐÁNH GIÁ CHUNG", "assessment", []),
        ("B", "NHIỆM VỤ THỜI GIAN TỚI", "directives", [("1", ["a/", "b/"]), ("2", [])]),
        ("C", "KIẾN NGHỊ", "other", []),
        ("D", "TỔ CHỨC THỰC HIỆN", "directives", [("1", [])]),
    ]
    b = d["sections"][1]["items"][0]["bullets"]
    assert [(x["line"], x["text"]) for x in b] == [(19, "Tuyên truyền trên báo, đài của tỉnh;"),
                                                  (21, "Tổ chức các đội thông tin lưu động xuống các xã vùng cao.")]


def test_a_letter_out_of_sequence_is_no_part() -> None:
    # "B. …" with no "A." before it opens no part
    d = _doc(body="B. Nguyễn Văn An phát biểu ý kiến.\n\n" + ITEMS_1997)
    assert d["preamble"][-1]["text"] == "B. Nguyễn Văn An phát biểu ý kiến."
    assert [s["number"] for s in d["sections"]] == [None]


CAPS_PARTS = """\
TÌNH HÌNH CHUNG

Công tác tuyên truyền 6 tháng đầu năm đã bám sát nhiệm vụ chính trị của tỉnh.

NHIỆM VỤ 6 THÁNG CUỐI NĂM

1) Tiếp tục tuyên truyền Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương khóa IX:
- Biên soạn tài liệu hỏi đáp;
- Tổ chức hội thi tìm hiểu.

2) Văn phòng Ban bảo đảm kinh phí.

"""


def test_unnumbered_caps_headings_are_the_sections() -> None:
    # the two caps headings were preamble paragraphs and the items one untitled section
    d = _doc(body=CAPS_PARTS)
    assert [p["line"] for p in d["preamble"]] == [9]
    assert _outline(d) == [
        (None, "TÌNH HÌNH CHUNG", "assessment", []),
        (None, "NHIỆM VỤ 6 THÁNG CUỐI NĂM", "directives", [("1", ["-", "-"]), ("2", [])]),
    ]
    assert d["sections"][0]["paragraphs"][0]["line"] == 13


def test_one_caps_line_is_no_outline() -> None:
    body = "HỌC TẬP VÀ LÀM THEO TẤM GƯƠNG ĐẠO ĐỨC HỒ CHÍ MINH\n\n" + ITEMS_1997
    d = _doc(body=body)
    assert d["preamble"][-1]["text"] == "HỌC TẬP VÀ LÀM THEO TẤM GƯƠNG ĐẠO ĐỨC HỒ CHÍ MINH"
    assert [(s["number"], s["title"]) for s in d["sections"]] == [(None, None)]


def test_typewriter_authority_and_recipients_label() -> None:
    # "T.L BAN THƯỜNG VỤ" was joined to the closing sentence and lost to the signature;
    # "Nơi gửi:" (the older label) was unplaced text
    foot = FOOT_1997.replace("T/L BAN", "T.L BAN").replace("Nơi nhận:", "Nơi gửi:")
    d = _doc(foot=foot)
    assert d["closing"] == "Văn phòng Tỉnh ủy thông báo để các cấp ủy đảng, các ngành biết, thực hiện./."
    assert d["signature"]["authority"] == [{"mode": "T.L", "body": "BAN THƯỜNG VỤ TỈNH ỦY"}]
    assert d["signature"]["position"] == "CHÁNH VĂN PHÒNG"
    assert d["signature"]["signer"] == "Trần Văn Lương"
    assert d["recipients"] == ["Các huyện ủy, thị ủy", "Lưu VPTU"]
    assert d["unplaced"] == []


def test_where_to_send_in_the_body_is_no_recipients_label() -> None:
    body = ITEMS_1997 + "3/ Các huyện ủy báo cáo kết quả trước ngày 15/5/1997.\n\nNơi gửi: Văn phòng Tỉnh ủy.\n\n"
    d = _doc(body=body, foot=FOOT_1997.split("\nNơi nhận:")[0])
    assert d["sections"][0]["items"][-1]["paragraphs"] == [{"line": 21, "text": "Nơi gửi: Văn phòng Tỉnh ủy."}]
    assert d["recipients"] == []


def _opening(text: str) -> dict:
    head = HEAD_1997.split("Ngày 20 tháng 3")[0]
    return _doc(head=head + text + "\n\n")


def test_a_comrade_in_the_attendance_sentence_did_not_chair() -> None:
    d = _opening(
        "Ngày 2/3/1997, Ban Thường vụ Tỉnh ủy tổ chức hội nghị giao ban quý I. Đồng chí Nguyễn Văn Thanh, "
        "Bí thư Tỉnh ủy chủ trì hội nghị. Tham dự hội nghị có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy; "
        "đồng chí Trần Thị Mai, Phó Trưởng ban Tổ chức Tỉnh ủy; Bí thư các huyện ủy, thị ủy.")
    assert d["meeting"]["chair"] == [{"name": "Nguyễn Văn Thanh", "title": "Bí thư Tỉnh ủy"}]
    assert d["attendees"] == ["các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy",
                              "đồng chí Trần Thị Mai, Phó Trưởng ban Tổ chức Tỉnh ủy", "Bí thư các huyện ủy, thị ủy"]


def test_a_group_of_bodies_is_one_attendee() -> None:
    # "Trưởng các ban, ngành, đoàn thể của huyện" was cut into "Trưởng các ban", "ngành", "đoàn thể …"
    d = _opening(
        "Ngày 20 tháng 3 năm 1997, Thường trực Tỉnh ủy chủ trì hội nghị sơ kết công tác quý I. Tham dự "
        "hội nghị có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng các ban, ngành, đoàn thể của tỉnh, "
        "lãnh đạo Sở Nội vụ và Bí thư các chi, đảng bộ cơ sở.")
    assert d["attendees"] == ["các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng các ban, ngành, đoàn thể của tỉnh",
                              "lãnh đạo Sở Nội vụ", "Bí thư các chi, đảng bộ cơ sở"]


def test_a_national_congress_resolution_is_one_reference_however_named() -> None:
    # "Nghị quyết Đại hội IX của Đảng" and "Nghị quyết Đại hội IX" were two references
    body = ("1/ Các chi bộ học tập Nghị quyết Đại hội IX của Đảng.\n\n"
            "2/ Ban Tuyên giáo biên soạn tài liệu về Nghị quyết Đại hội IX.\n\n"
            "3/ Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XV.\n\n")
    d = _doc(body=body)
    assert [(r["text"], r["lines"]) for r in d["references"]] == [
        ("Nghị quyết Đại hội IX của Đảng", [11, 13]),
        ("Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XV", [15]),
    ]


def test_no_blank_lines_typewriter_markers_open_paragraphs() -> None:
    # with no blank lines "A- …", "1/ …", "a/ …" were glued to the line before: part A and item 1 lost
    text = "\n".join(ln for ln in (HEAD_1997 + PARTS_ABC + FOOT_1997).splitlines() if ln.strip()) + "\n"
    d = tbparse.parse_dict(text)
    assert _outline(d) == [
        ("A", "ĐÁNH GIÁ CHUNG", "assessment", []),
        ("B", "NHIỆM VỤ THỜI GIAN TỚI", "directives", [("1", ["a/", "b/"]), ("2", [])]),
        ("C", "KIẾN NGHỊ", "other", []),
        ("D", "TỔ CHỨC THỰC HIỆN", "directives", [("1", [])]),
    ]


def test_word_file_saved_as_text_one_line_a_paragraph() -> None:
    # an old Word file saved as text: each paragraph one line on its first-line indent, no blank
    # lines, caps headings at the margin — was read as indented paragraphs wrapped over many
    # lines: the meeting and the conclusions' opening, each heading and the paragraph before it joined
    src = (FIXTURES / "golden-caps-headings-2001.txt").read_text(encoding="utf-8")
    d = tbparse.parse_dict("\n".join(ln for ln in src.splitlines() if ln.strip()) + "\n")
    golden = tbparse.parse_dict(src)
    assert [p["text"] for p in d["preamble"]] == [p["text"] for p in golden["preamble"]]
    assert [(s["title"], [p["text"] for p in s["paragraphs"]]) for s in d["sections"]] == [
        ("KẾT QUẢ QUÝ I NĂM 2001", [golden["sections"][0]["paragraphs"][0]["text"]]),
        ("NHIỆM VỤ QUÝ II NĂM 2001", []),
    ]
    assert d["closing"] == golden["closing"]
