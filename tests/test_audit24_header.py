"""Header defects from audit 24 (the header: issuer, party line, number, place and date, type and
subject, markings, copy notes) — each test parses a small realistic document that showed one.
"""
from __future__ import annotations

import pytest

import tbparse
from tbparse.lines import strip_emphasis

BODY = """
Ngày 14/5/2008, Thường trực Tỉnh ủy làm việc với Đảng ủy khối Doanh nghiệp.

1. Đảng ủy khối tập trung lãnh đạo công tác xây dựng Đảng.

2. Các cơ quan liên quan phối hợp thực hiện.

Văn phòng Tỉnh ủy thông báo để các cơ quan biết, thực hiện./.

Nơi nhận:                                   T/L BAN THƯỜNG VỤ
- Đảng ủy khối Doanh nghiệp,                 CHÁNH VĂN PHÒNG
- Lưu Văn phòng Tỉnh ủy.
                                             Nguyễn Văn A
"""
TOP = ("TỈNH ỦY BÌNH THUẬN                          ĐẢNG CỘNG SẢN VIỆT NAM\n"
       "        {star}                                   {mark}\n")
NUMBER = "Số {no}                                Phan Thiết, ngày 16 tháng 5 năm 2008\n"
TITLE = "\nTHÔNG BÁO\nkết luận của Thường trực Tỉnh ủy\n"


def notice(star: str = "*", mark: str = "") -> dict:
    return tbparse.parse_dict(TOP.format(star=star, mark=mark) + NUMBER.format(no="503-TB/TU") + TITLE + BODY)


def letter(tail: str) -> dict:
    """A công văn whose header ends with *tail* (its "V/v …" line and what stands by it)."""
    return tbparse.parse_dict(TOP.format(star="*", mark="") + NUMBER.format(no="245-CV/TU") + tail + BODY)


@pytest.mark.parametrize("tail, subject, first", [
    ("V/v triển khai Chỉ thị số 05-CT/TW          Kính gửi: Các huyện ủy, thị ủy, thành ủy\n",
     "V/v triển khai Chỉ thị số 05-CT/TW", "Kính gửi: Các huyện ủy, thị ủy, thành ủy"),
    ("V/v triển khai Chỉ thị số 05-CT/TW\tKính gửi: Ban Thường vụ các huyện ủy\n",  # tab-separated
     "V/v triển khai Chỉ thị số 05-CT/TW", "Kính gửi: Ban Thường vụ các huyện ủy"),
    ("V/v triển khai Chỉ thị số 05-CT/TW          KÍNH GỬI: BAN THƯỜNG VỤ CÁC HUYỆN ỦY\n",
     "V/v triển khai Chỉ thị số 05-CT/TW", "KÍNH GỬI: BAN THƯỜNG VỤ CÁC HUYỆN ỦY"),
    # on the subject's wrapped second line
    ("V/v triển khai thực hiện Chỉ thị\nsố 05-CT/TW của Bộ Chính trị                Kính gửi: Các huyện ủy\n",
     "V/v triển khai thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị", "Kính gửi: Các huyện ủy"),
    ("V/v đề nghị bổ sung biên chế                Kính trình: Ban Thường vụ Tỉnh ủy\n",
     "V/v đề nghị bổ sung biên chế", "Kính trình: Ban Thường vụ Tỉnh ủy"),
    # both columns wrapped: the subject's tail left, the addressee's right
    ("V/v triển khai thực hiện                      Kính gửi: Các huyện ủy, thị ủy,\n"
     "Chỉ thị số 05-CT/TW                                     thành ủy trực thuộc Tỉnh ủy\n",
     "V/v triển khai thực hiện Chỉ thị số 05-CT/TW", "Kính gửi: Các huyện ủy, thị ủy, thành ủy trực thuộc Tỉnh ủy"),
    # just under it (already read as the body's first line: the same output)
    ("V/v triển khai Chỉ thị số 05-CT/TW\n              Kính gửi: Các huyện ủy, thị ủy, thành ủy\n",
     "V/v triển khai Chỉ thị số 05-CT/TW", "Kính gửi: Các huyện ủy, thị ủy, thành ủy"),
])
def test_addressee_beside_the_subject_is_the_bodys_first_line(tail, subject, first) -> None:
    # "Kính gửi: …" on the "V/v …" line was unplaced (TB000)
    d = letter(tail)
    assert d["subject"] == subject
    assert d["unplaced"] == []
    assert d["preamble"][0]["text"] == first
    assert d["preamble"][1]["text"].startswith("Ngày 14/5/2008")


def test_addressee_list_under_its_label_beside_the_subject() -> None:
    d = letter("V/v triển khai Chỉ thị số 05-CT/TW          Kính gửi:\n"
               "                                              - Các huyện ủy, thị ủy, thành ủy;\n"
               "                                              - Các đảng ủy trực thuộc Tỉnh ủy.\n")
    assert d["unplaced"] == []
    assert [p["text"] for p in d["preamble"][:3]] == [
        "Kính gửi:", "- Các huyện ủy, thị ủy, thành ủy;", "- Các đảng ủy trực thuộc Tỉnh ủy."]


@pytest.mark.parametrize("mark, want", [
    ("MẬT - KHẨN", ["MẬT", "KHẨN"]),
    ("MẬT, KHẨN", ["MẬT", "KHẨN"]),
    ("MẬT – HỎA TỐC", ["MẬT", "HỎA TỐC"]),
    ("TỐI MẬT/THƯỢNG KHẨN", ["TỐI MẬT", "THƯỢNG KHẨN"]),
    ("MẬT và KHẨN", ["MẬT", "KHẨN"]),
    ("MẬT KHẨN", ["MẬT", "KHẨN"]),
    ("(MẬT - KHẨN)", ["MẬT", "KHẨN"]),
    ("Mật - Khẩn", ["Mật", "Khẩn"]),  # as typed: TB039 asks for capitals
    ("MẬT - Dự thảo", ["MẬT", "Dự thảo"]),
    ("KHẨN", ["KHẨN"]),
])
def test_two_markings_on_one_line(mark, want) -> None:
    d = notice(mark=mark)
    assert d["markings"] == want
    assert d["unplaced"] == []


def test_lower_case_words_beside_the_star_are_no_markings() -> None:
    d = notice(mark="mật - khẩn")
    assert d["markings"] == []
    assert d["unplaced"] == [{"line": 2, "text": "mật - khẩn"}]


@pytest.mark.parametrize("star", ["★", "☆", "*  *  *", "* * *", "***", "✩", "-*-", "~ * ~", "—★—", "(*)"])
def test_star_ornaments_under_the_issuer_are_its_star(star) -> None:
    d = notice(star=star)
    assert d["unplaced"] == []
    assert d["layout"]["star_line"] == 2
    assert d["issuer"] == {"name": "TỈNH ỦY BÌNH THUẬN", "parent": None}


@pytest.mark.parametrize("head, issuer, raw, place", [
    ("ĐẢNG CỘNG SẢN VIỆT NAM * TỈNH ỦY BÌNH THUẬN * Số 503-TB/TU * Phan Thiết, ngày 16 tháng 5 năm 2008",
     {"name": "TỈNH ỦY BÌNH THUẬN", "parent": None}, "503-TB/TU", "Phan Thiết"),
    ("BAN CHẤP HÀNH TRUNG ƯƠNG VĂN PHÒNG * Số 36-HD/VPTW ĐẢNG CỘNG SẢN VIỆT NAM Hà Nội, ngày 03 tháng 4 năm 2018",
     {"name": "VĂN PHÒNG", "parent": "BAN CHẤP HÀNH TRUNG ƯƠNG"}, "36-HD/VPTW", "Hà Nội"),
    ("ĐẢNG BỘ TỈNH BÌNH THUẬN HUYỆN ỦY TUY PHONG * Số 50-TB/HU ĐẢNG CỘNG SẢN VIỆT NAM Tuy Phong, ngày 3 tháng 4 năm 2018",
     {"name": "HUYỆN ỦY TUY PHONG", "parent": "ĐẢNG BỘ TỈNH BÌNH THUẬN"}, "50-TB/HU", "Tuy Phong"),
    ("ĐẢNG CỘNG SẢN VIỆT NAM ★ HUYỆN ỦY ĐỊNH HÓA ★ Số 12-TB/HU ★ Định Hóa, ngày 5 tháng 1 năm 2021",
     {"name": "HUYỆN ỦY ĐỊNH HÓA", "parent": None}, "12-TB/HU", "Định Hóa"),
    ("TỈNH ỦY BÌNH THUẬN *\nSố 503-TB/TU ĐẢNG CỘNG SẢN VIỆT NAM Phan Thiết, ngày 16 tháng 5 năm 2008",
     {"name": "TỈNH ỦY BÌNH THUẬN", "parent": None}, "503-TB/TU", "Phan Thiết"),
])
def test_run_on_header_keeps_its_star(head, issuer, raw, place) -> None:
    # " * " between the fields was read as markdown emphasis and removed: no star line (TB004)
    d = tbparse.parse_dict(head + "\n" + TITLE + BODY)
    assert d["party"] == "ĐẢNG CỘNG SẢN VIỆT NAM"
    assert d["issuer"] == issuer
    assert d["number"]["raw"] == raw
    assert d["place"] == place
    assert d["layout"]["star_line"] == 1
    assert d["unplaced"] == []


@pytest.mark.parametrize("text, want", [
    ("A * B", "A * B"),  # blanks both sides: no emphasis, as in markdown
    ("TỈNH ỦY X *", "TỈNH ỦY X *"),
    ("**VĂN PHÒNG**", "VĂN PHÒNG"),
    ("*Hà Nội, ngày 5*", "Hà Nội, ngày 5"),
    ("__Nơi nhận__:", "Nơi nhận:"),
])
def test_a_free_standing_star_is_no_emphasis(text, want) -> None:
    assert strip_emphasis(text) == want


@pytest.mark.parametrize("top, issuer", [
    ("Tỉnh ủy Bình Định\n", {"name": "Tỉnh ủy Bình Định", "parent": None}),
    ("Đảng bộ tỉnh Thái Nguyên\nHuyện ủy Định Hóa\n", {"name": "Huyện ủy Định Hóa", "parent": "Đảng bộ tỉnh Thái Nguyên"}),
    ("Đảng bộ Quận 3\nĐảng ủy Phường 12\n", {"name": "Đảng ủy Phường 12", "parent": "Đảng bộ Quận 3"}),
])
def test_issuer_lines_a_web_copy_lowered(top, issuer) -> None:
    # "Tỉnh ủy Bình Định" in normal case was unplaced and the issuer null
    d = tbparse.parse_dict(top + "*\nSố 400-TB/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nQuy Nhơn, ngày 12 tháng 5 năm 2016\n" + TITLE + BODY)
    assert d["issuer"] == issuer
    assert d["unplaced"] == []


def test_a_header_lowered_whole_with_no_type_line_is_still_read() -> None:
    d = tbparse.parse_dict("Tỉnh ủy Bình Thuận                            Đảng Cộng sản Việt Nam\n        *\n"
                           "Số 503-TB/TU                                  Phan Thiết, ngày 16 tháng 5 năm 2008\n\n"
                           "Thông báo\nkết luận của Thường trực Tỉnh ủy\n" + BODY)
    assert (d["party"], d["issuer"]["name"], d["number"]["raw"], d["date"]) == (
        "Đảng Cộng sản Việt Nam", "Tỉnh ủy Bình Thuận", "503-TB/TU", "2008-05-16")


def test_a_date_line_with_no_day_gives_its_place() -> None:
    # a congress document's "Quảng Ngãi, tháng 9 năm 2020" was unplaced, the place lost
    d = tbparse.parse_dict(TOP.format(star="*", mark="Quảng Ngãi, tháng 9 năm 2020") + TITLE + BODY)
    assert (d["place"], d["date"]) == ("Quảng Ngãi", None)
    assert d["layout"]["date_line"] == {"line": 2, "text": "Quảng Ngãi, tháng 9 năm 2020", "month": "2020-09"}
    assert d["unplaced"] == []
    assert [w["code"] for w in d["warnings"]] == ["no-number", "date-month-only"]


@pytest.mark.parametrize("tail", ["ngày 06/7/2022 của Bộ Chính trị", "ngày 25 tháng 10 năm 2021 của Bộ Chính trị",
                                  "thực hiện Quy định số 30-QĐ/TW"])
def test_a_wrapped_subject_line_citing_a_day_goes_on(tail) -> None:
    # a lower-case "ngày …"/"thực hiện …" under "V/v …" was read as a date line or a body opening
    d = letter("V/v triển khai Quy định số 69-QĐ/TW\n" + tail + "\n")
    assert d["subject"] == "V/v triển khai Quy định số 69-QĐ/TW " + tail
    assert d["date"] == "2008-05-16"
    assert d["preamble"][0]["text"].startswith("Ngày 14/5/2008")


@pytest.mark.parametrize("note", ["TÀI LIỆU PHỤC VỤ HỘI NGHỊ", "TÀI LIỆU THAM KHẢO", "Tài liệu sinh hoạt chi bộ",
                                  "(Tài liệu dùng trong hội nghị)", "BẢN SAO", "LƯU HÀNH NỘI BỘ"])
def test_a_papers_note_over_the_header_is_a_marking(note) -> None:
    # "TÀI LIỆU PHỤC VỤ HỘI NGHỊ" was the issuer's parent, "Tài liệu sinh hoạt chi bộ" unplaced
    d = tbparse.parse_dict(" " * 46 + note + "\n" + TOP.format(star="*", mark="") + NUMBER.format(no="503-TB/TU") + TITLE + BODY)
    assert d["markings"] == [note]
    assert d["issuer"] == {"name": "TỈNH ỦY BÌNH THUẬN", "parent": None}
    assert d["unplaced"] == []


@pytest.mark.parametrize("mark", ["Bản số: 05", "Dự thảo ngày 12/3/2024", "DỰ THẢO LẦN 2"])
def test_a_copy_number_or_a_dated_draft_note_beside_the_star(mark) -> None:
    # "Dự thảo ngày 12/3/2024" was read as a date line (then displaced by the real one, unplaced)
    d = notice(mark=mark)
    assert d["markings"] == [mark]
    assert d["date"] == "2008-05-16"
    assert d["unplaced"] == []


@pytest.mark.parametrize("note", ["Tài liệu sinh hoạt chi bộ", "(Tài liệu dùng trong hội nghị)", "Bản số: 05",
                                  "Dự thảo", "Lưu hành nội bộ", "Mật"])
def test_a_cong_van_under_a_note_in_normal_case_is_still_read(note) -> None:
    # with no type line, the header ended at its first line: no party line, no number — rejected
    d = tbparse.parse_dict(" " * 46 + note + "\n" + TOP.format(star="*", mark="") + NUMBER.format(no="245-CV/TU")
                           + "V/v triển khai Chỉ thị số 05-CT/TW\n" + BODY)
    assert (d["party"], d["number"]["raw"], d["subject"]) == (
        "ĐẢNG CỘNG SẢN VIỆT NAM", "245-CV/TU", "V/v triển khai Chỉ thị số 05-CT/TW")
    assert d["markings"] == [note]


@pytest.mark.parametrize("doc_type, subject", [("HƯỚNG DẪN", "thực hiện Quy chế làm việc của Ban Chỉ đạo"),
                                               ("KẾ HOẠCH", "thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương")])
def test_a_subject_opening_in_lower_case_on_a_body_word(doc_type, subject) -> None:
    # "thực hiện …" under the type name was read as the body's opening: no subject
    d = tbparse.parse_dict(TOP.format(star="*", mark="") + NUMBER.format(no="03-HD/TU") + f"\n{doc_type}\n{subject}\n" + BODY)
    assert d["subject"] == subject
    assert d["preamble"][0]["text"].startswith("Ngày 14/5/2008")


@pytest.mark.parametrize("name, code", [("GIẤY CHỨNG NHẬN", "GCN"), ("PHIẾU GỬI", "PG"), ("GIẤY ĐI ĐƯỜNG", "GĐĐ"),
                                        ("GIẤY NGHỈ PHÉP", "GNP"), ("PHIẾU CHUYỂN", "PC")])
def test_the_other_administrative_papers_have_a_type_line(name, code) -> None:
    # format-rules §2.2's papers: the name was unplaced, doc_type null
    d = tbparse.parse_dict(TOP.format(star="*", mark="") + NUMBER.format(no=f"05-{code}/TU") + f"\n{name}\n" + BODY)
    assert (d["doc_type"], d["subject"], d["number"]["type_code"]) == (name, None, code)
    assert not any(w["code"] == "no-subject" for w in d["warnings"])


def test_a_cong_vans_header_run_into_one_long_line() -> None:
    # over 120 characters the line was body text (no header: rejected), and then the "V/v …" after
    # the number was unplaced
    d = tbparse.parse_dict("TỈNH ỦY BÌNH THUẬN * Số 245-CV/TU V/v triển khai Chỉ thị số 05-CT/TW ĐẢNG CỘNG SẢN VIỆT NAM "
                           "Phan Thiết, ngày 16 tháng 5 năm 2008\n" + BODY)
    assert (d["issuer"]["name"], d["number"]["raw"], d["subject"], d["place"], d["date"]) == (
        "TỈNH ỦY BÌNH THUẬN", "245-CV/TU", "V/v triển khai Chỉ thị số 05-CT/TW", "Phan Thiết", "2008-05-16")
    assert d["layout"]["star_line"] == 1
    assert d["unplaced"] == []


@pytest.mark.parametrize("mark, want", [
    ("MẬT - KHẨN", []),
    ("Mật - Khẩn", [(2, 45, 'write the marking in capitals: "MẬT"'), (2, 51, 'write the marking in capitals: "KHẨN"')]),
    ("MẬT, Khẩn", [(2, 50, 'write the marking in capitals: "KHẨN"')]),
])
def test_tb039_reads_each_marking_of_a_line(mark, want) -> None:
    # the parser reads "MẬT - KHẨN" as two markings; TB039 looked at neither ("Mật - Khẩn" passed)
    from tbparse.lint import lint_text
    text = TOP.format(star="*", mark=mark) + NUMBER.format(no="503-TB/TU") + TITLE + BODY
    got = [(f.line, f.column, f.message) for f in lint_text(text, path="t.txt") if f.code == "TB039"]
    assert got == want
