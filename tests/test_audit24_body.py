"""Audit 24: the body of notices — a paragraph weighing a list, the type line's author, rule lines.

Each test names the defect it guards against; the inputs are notices written for this audit.
"""
from __future__ import annotations

import tbparse
from tbparse.models import notice_from_dict

HEAD = """\
HUYỆN ỦY ĐỨC LINH                          ĐẢNG CỘNG SẢN VIỆT NAM
           *
    Số 112-TB/HU                          Đức Linh, ngày 12 tháng 3 năm 2021

THÔNG BÁO
kết luận của Ban Thường vụ Huyện ủy
về tình hình thực hiện nhiệm vụ quý I năm 2021

Ngày 10/3/2021, Ban Thường vụ Huyện ủy họp nghe Ủy ban nhân dân huyện báo cáo. Ban Thường vụ Huyện ủy kết luận như sau:

"""

TAIL = """
Văn phòng Huyện ủy thông báo để các cơ quan, đơn vị biết, thực hiện./.

Nơi nhận:                                       T/L BAN THƯỜNG VỤ
- Các đồng chí Huyện ủy viên,                   CHÁNH VĂN PHÒNG
- Lưu Văn phòng Huyện ủy.

                                                Nguyễn Văn Hùng
"""

PART_II = """
II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI

1. Ủy ban nhân dân huyện đẩy nhanh giải ngân vốn đầu tư công, hoàn thành trước ngày 30/6/2021.
2. Ban Tuyên giáo Huyện ủy tuyên truyền cuộc bầu cử đại biểu Quốc hội.
"""


def _parse(body: str) -> dict:
    return tbparse.parse_dict(HEAD + body + TAIL)


def _texts(node: dict) -> list[str]:
    return [p["text"][:20] for p in node["paragraphs"]]


# --- "Tuy nhiên, …" after a short list ------------------------------------------------------------

RESULTS = """I. ĐÁNH GIÁ CHUNG

Trong quý I, các cấp ủy, chính quyền đã tập trung lãnh đạo, đạt một số kết quả:
- Sản xuất vụ Đông Xuân bảo đảm tiến độ;
- Thu ngân sách đạt 32% dự toán;
- Công tác phòng, chống dịch được triển khai quyết liệt.

{contrast}
"""


def test_a_contrasting_paragraph_after_a_short_list_is_the_sections() -> None:
    # it was the last "- " entry's paragraph
    for contrast in ("Tuy nhiên, vẫn còn hạn chế: giải ngân vốn đầu tư công chậm.",
                     "Bên cạnh đó, công tác quản lý đất đai ở một số xã còn buông lỏng.",
                     "Bên cạnh những kết quả đạt được, vẫn còn một số tồn tại.",
                     "Song cũng còn một số vấn đề đáng quan tâm.",
                     "Nhìn chung, các chỉ tiêu cơ bản đạt kế hoạch."):
        d = _parse(RESULTS.format(contrast=contrast) + PART_II)
        sec = d["sections"][0]
        assert [i["text"][:12] for i in sec["items"]] == ["Sản xuất vụ ", "Thu ngân sác", "Công tác phò"]
        assert all(not i["paragraphs"] for i in sec["items"])
        assert _texts(sec) == ["Trong quý I, các cấp", contrast[:20]], contrast
        assert sec["role"] == "assessment" and d["sections"][1]["role"] == "directives"
        assert d["unplaced"] == []


def test_the_contrast_then_more_entries_keeps_every_entry() -> None:
    body = RESULTS.format(contrast="Tuy nhiên, vẫn còn một số hạn chế:") + (
        "- Giải ngân vốn đầu tư công chậm;\n- Quản lý đất đai còn buông lỏng.\n") + PART_II
    sec = _parse(body)["sections"][0]
    assert [i["text"][:10] for i in sec["items"]] == ["Sản xuất v", "Thu ngân s", "Công tác p", "Giải ngân ", "Quản lý đấ"]
    assert _texts(sec) == ["Trong quý I, các cấp", "Tuy nhiên, vẫn còn m"]
    assert sec["paragraphs"][1]["line"] < sec["items"][3]["line"]


def test_a_contrast_under_an_items_bullets_is_the_items() -> None:
    body = """I. ĐÁNH GIÁ CHUNG

1. Về kinh tế: đạt một số kết quả:
- Giá trị sản xuất nông nghiệp tăng 4,2%;
- Thu ngân sách đạt 32% dự toán.
Tuy nhiên, giải ngân vốn đầu tư công còn chậm.
2. Về xây dựng Đảng: chất lượng sinh hoạt chi bộ được nâng lên.
""" + PART_II
    sec = _parse(body)["sections"][0]
    one, two = sec["items"]
    assert [b["text"][:10] for b in one["bullets"]] == ["Giá trị sả", "Thu ngân s"]
    assert all(not b["paragraphs"] for b in one["bullets"])
    assert _texts(one) == ["Tuy nhiên, giải ngân"]
    assert two["text"].startswith("Về xây dựng Đảng") and not sec["paragraphs"]


def test_a_contrast_under_a_nested_list_goes_to_the_entry_that_announced_it() -> None:
    body = """I. ĐÁNH GIÁ CHUNG

- Về kinh tế: tăng trưởng khá:
+ GRDP tăng 7,1%;
+ Thu ngân sách đạt 105% dự toán.
Tuy nhiên, một số chỉ tiêu chưa đạt.
- Về văn hóa - xã hội: an sinh xã hội được bảo đảm.
""" + PART_II
    sec = _parse(body)["sections"][0]
    eco, soc = sec["items"]
    assert [b["text"][:8] for b in eco["bullets"]] == ["GRDP tăn", "Thu ngân"]
    assert _texts(eco) == ["Tuy nhiên, một số ch"] and not eco["bullets"][1]["paragraphs"]
    assert soc["text"].startswith("Về văn hóa")


def test_a_contrast_that_is_an_entrys_own_text_stays_there() -> None:
    # numbered items have paragraphs of their own; an entry that already has one goes on; a
    # paragraph typed under the entry's text is its own; an unfinished entry goes on
    body = """I. ĐÁNH GIÁ CHUNG

1. Về kinh tế: tăng trưởng đạt 7,1%.
Tuy nhiên, thu ngân sách chưa đạt.
2. Về xã hội: an sinh được bảo đảm.
"""
    sec = _parse(body + PART_II)["sections"][0]
    assert _texts(sec["items"][0]) == ["Tuy nhiên, thu ngân "] and not sec["paragraphs"]
    body = """I. ĐÁNH GIÁ CHUNG

- Về kinh tế: tăng trưởng đạt 7,1%.
   Tuy nhiên, thu ngân sách chưa đạt.
- Về xã hội: an sinh được bảo đảm.
"""
    sec = _parse(body + PART_II)["sections"][0]
    assert _texts(sec["items"][0]) == ["Tuy nhiên, thu ngân "] and not sec["paragraphs"]
    body = """I. ĐÁNH GIÁ CHUNG

- Về kinh tế: tăng trưởng đạt 7,1%, vượt kế hoạch

Tuy nhiên thu ngân sách chưa đạt.
"""
    sec = _parse(body + PART_II)["sections"][0]
    assert _texts(sec["items"][0]) == ["Tuy nhiên thu ngân s"] and not sec["paragraphs"]


# --- "KẾT LUẬN" / "CỦA BỘ CHÍNH TRỊ" ----------------------------------------------------------------

CENTRAL = """\
BAN CHẤP HÀNH TRUNG ƯƠNG                    ĐẢNG CỘNG SẢN VIỆT NAM
            *
      Số 70-KL/TW                           Hà Nội, ngày 31 tháng 01 năm 2024

{title}
-----

Tại phiên họp ngày 18/01/2024, Bộ Chính trị kết luận như sau:

1. Các cấp ủy, tổ chức đảng tiếp tục quán triệt quan điểm của Đảng.

2. Ban Tuyên giáo Trung ương theo dõi, đôn đốc việc thực hiện Kết luận này./.

                                        T/M BỘ CHÍNH TRỊ
Nơi nhận:                               THƯỜNG TRỰC BAN BÍ THƯ
- Các tỉnh ủy, thành ủy,
- Lưu Văn phòng Trung ương Đảng.        Trương Thị Mai
"""


def _title(title: str) -> dict:
    return tbparse.parse_dict(CENTRAL.format(title=title))


def test_the_issuers_line_under_the_type_name_is_its_author_not_the_subject() -> None:
    # "CỦA BỘ CHÍNH TRỊ" opened the subject
    for title in ("KẾT LUẬN\nCỦA BỘ CHÍNH TRỊ\nvề phát triển thể dục, thể thao giai đoạn 2023 - 2030",
                  "KẾT LUẬN\n\nCỦA BỘ CHÍNH TRỊ\n\nvề phát triển thể dục, thể thao giai đoạn 2023 - 2030",
                  "KẾT LUẬN CỦA BỘ CHÍNH TRỊ\nvề phát triển thể dục, thể thao giai đoạn 2023 - 2030",
                  "**KẾT LUẬN**\n**CỦA BỘ CHÍNH TRỊ**\n**về phát triển thể dục, thể thao giai đoạn 2023 - 2030**"):
        d = _title(title)
        assert (d["doc_type"], d["author"], d["subject"]) == (
            "KẾT LUẬN", "BỘ CHÍNH TRỊ", "về phát triển thể dục, thể thao giai đoạn 2023 - 2030"), title
        assert list(d)[list(d).index("subject") + 1] == "author"
        author = d["layout"]["author_line"]
        assert author["text"] == "CỦA BỘ CHÍNH TRỊ"
        assert d["layout"]["subject_lines"][0] == author["line"] + (2 if "\n\n" in title else 1) \
            or author["line"] == d["layout"]["doc_type_line"]
        assert notice_from_dict(d).to_dict()["author"] == "BỘ CHÍNH TRỊ"
    d = _title("THÔNG BÁO\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nVỀ CÔNG TÁC CÁN BỘ")
    assert (d["doc_type"], d["author"], d["subject"]) == ("THÔNG BÁO", "BAN THƯỜNG VỤ TỈNH ỦY", "VỀ CÔNG TÁC CÁN BỘ")


def test_a_subject_that_names_its_body_keeps_it() -> None:
    # a notice's subject says whose conclusions it notifies; a "CỦA …" line that goes on into the
    # topic, or is all there is under the type, is the subject
    for title, subject in (
            ("THÔNG BÁO\nKẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề công tác cán bộ",
             "KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY về công tác cán bộ"),
            ("KẾT LUẬN\nCỦA BỘ CHÍNH TRỊ VỀ PHÁT TRIỂN THỂ DỤC, THỂ THAO",
             "CỦA BỘ CHÍNH TRỊ VỀ PHÁT TRIỂN THỂ DỤC, THỂ THAO"),
            ("KẾT LUẬN\nCỦA BỘ CHÍNH TRỊ", "CỦA BỘ CHÍNH TRỊ"),
            ("THÔNG BÁO\nCỦA THƯỜNG TRỰC TỈNH ỦY TẠI BUỔI LÀM VIỆC\nvới Đảng ủy khối Doanh nghiệp",
             "CỦA THƯỜNG TRỰC TỈNH ỦY TẠI BUỔI LÀM VIỆC với Đảng ủy khối Doanh nghiệp")):
        d = _title(title)
        assert d["subject"] == subject and "author" not in d, title
        assert "author" not in notice_from_dict(d).to_dict()


def test_tb019_leaves_the_author_on_the_type_line() -> None:
    from tbparse.lint import lint_text

    t = CENTRAL.format(title="KẾT LUẬN CỦA BỘ CHÍNH TRỊ\nvề phát triển thể dục, thể thao")
    assert not [f for f in lint_text(t) if f.code == "TB019"]
    t = CENTRAL.format(title="KẾT LUẬN về phát triển thể dục, thể thao")
    assert [f.message for f in lint_text(t) if f.code == "TB019"] == [
        "put the subject on its own line under «KẾT LUẬN»"]


# --- a line of underscores is a rule ------------------------------------------------------------

def test_a_line_of_underscores_is_a_rule_not_emphasis_around_nothing() -> None:
    from tbparse.lines import split_lines

    got = [(ln.text, ln.blank) for ln in split_lines("______\n   ___  ___\n__x__\nHọ tên __Nam__\n")]
    assert got == [("______", False), ("___ ___", False), ("x", False), ("Họ tên Nam", False)]


def _no_lines(x):
    if isinstance(x, dict):
        return {k: _no_lines(v) for k, v in x.items() if k != "line"}
    if isinstance(x, list):
        return [_no_lines(v) for v in x]
    return x


def test_an_underscore_rule_under_the_subject_and_in_the_body() -> None:
    base = HEAD.replace("năm 2021\n\nNgày", "năm 2021\n-----\n\nNgày") + RESULTS.format(contrast="") + PART_II + TAIL
    assert tbparse.parse_dict(base)["layout"]["subject_rule"] == 8
    # under the subject: the subject's rule (it was a blank line: no rule at all)
    t = base.replace("\n-----\n", "\n______________\n")
    assert tbparse.parse_dict(t)["layout"]["subject_rule"] == 8
    want = tbparse.parse_dict(base)
    for rule in ("______________", "_____ _____", "--------------", "=========="):
        # between the parts, and between the closing and the footer: a separator, no paragraph,
        # no "-" bullet of dashes, and the closing still the closing
        t = base.replace("\nII. NHIỆM VỤ", f"\n{rule}\n\nII. NHIỆM VỤ").replace(
            "thực hiện./.\n", f"thực hiện./.\n\n{rule}\n")
        d = tbparse.parse_dict(t)
        for key in ("preamble", "sections", "closing", "signature", "recipients", "unplaced", "meeting"):
            assert _no_lines(d[key]) == _no_lines(want[key]), (rule, key)
        assert [len(s["items"]) for s in d["sections"]] == [3, 2]
        assert d["closing"].endswith("thực hiện./.") and d["unplaced"] == []


# --- lists counted in words: "Một là, …", "Thứ nhất, …" ------------------------------------------

def test_a_list_counted_in_words_is_a_list() -> None:
    # they were plain paragraphs: the preamble's, or the part's, with no list at all
    body = """Công tác cải cách hành chính có chuyển biến. Tuy nhiên, còn một số hạn chế chủ yếu:

Một là, thủ tục hành chính ở một số lĩnh vực còn rườm rà.

Hai là, tỷ lệ hồ sơ trực tuyến còn thấp.

Để khắc phục những hạn chế trên, Thường trực Tỉnh ủy yêu cầu:

Thứ nhất, Ban cán sự đảng UBND tỉnh chỉ đạo rà soát thủ tục hành chính.

Thứ hai: các sở, ngành nâng tỷ lệ hồ sơ trực tuyến trước ngày 31/12/2021.
"""
    d = _parse(body)
    assert [p["text"][:22] for p in d["preamble"]] == ["Ngày 10/3/2021, Ban Th", "Công tác cải cách hành"]
    (sec,) = d["sections"]
    assert [(i["number"], i["text"][:12]) for i in sec["items"]] == [
        ("Một là", "thủ tục hành"), ("Hai là", "tỷ lệ hồ sơ "), ("Thứ nhất", "Ban cán sự đ"), ("Thứ hai", "các sở, ngàn")]
    # the sentence announcing the second list is the section's, not "Hai là"'s
    assert _texts(sec) == ["Để khắc phục những h"] and not sec["items"][1]["paragraphs"]
    assert sec["items"][3]["due"]["by"] == "2021-12-31"


def test_a_list_counted_in_words_under_a_part_or_an_item() -> None:
    body = """I. ĐÁNH GIÁ CHUNG

Kinh tế tăng trưởng khá. Tuy nhiên, còn những hạn chế:

Một là, chuyển dịch cơ cấu kinh tế còn chậm.

Hai là, chất lượng nguồn nhân lực chưa đáp ứng yêu cầu.

II. NHIỆM VỤ

1. Thống nhất chủ trương sắp xếp đơn vị hành chính. Việc sắp xếp bảo đảm:
Thứ nhất, giữ ổn định an ninh, trật tự.
Thứ hai, bố trí cán bộ dôi dư hợp lý.
2. Ban Tổ chức Huyện ủy hướng dẫn thực hiện.
"""
    one, two = _parse(body)["sections"]
    assert [(i["number"], i["text"][:10]) for i in one["items"]] == [("Một là", "chuyển dịc"), ("Hai là", "chất lượng")]
    assert _texts(one) == ["Kinh tế tăng trưởng "] and one["role"] == "assessment"
    assert [(b["marker"], b["text"][:8]) for b in two["items"][0]["bullets"]] == [("Thứ nhất", "giữ ổn đ"), ("Thứ hai", "bố trí c")]
    assert two["items"][1]["number"] == "2"


def test_one_ordinal_word_alone_opens_no_list() -> None:
    # "Thứ nhất, …" with no "Thứ hai" is a sentence's opening word; "Thứ Năm, ngày 14/3" is a day
    body = """1. Việc giải quyết đơn thư đúng quy định.

Thứ nhất, cần lưu ý thời hạn trả lời công dân.

2. Lịch làm việc: Thứ Năm, ngày 14/3/2021 họp giao ban.

Thứ năm, ngày 18/3/2021: làm việc với Đảng ủy xã.
"""
    (sec,) = _parse(body)["sections"]
    assert [i["number"] for i in sec["items"]] == ["1", "2"]
    assert _texts(sec["items"][0]) == ["Thứ nhất, cần lưu ý "]
    assert _texts(sec["items"][1]) == ["Thứ năm, ngày 18/3/2"]


# --- a sentence broken by a blank line -------------------------------------------------------------

def test_a_web_copys_blank_line_inside_a_sentence_does_not_end_it() -> None:
    # a web copy with a blank line between every line: the entry's tail was its paragraph
    body = ("II. NHIỆM VỤ\n\n1. Nhiệm vụ thời gian tới:\n\n- Tập trung xây dựng xã đạt chuẩn nông thôn mới,\n\n"
            "hoàn thành trong năm 2021;\n\n- Kiện toàn tổ chức bộ máy, sắp xếp cán bộ\n\nkhông chuyên trách theo quy định.\n\n"
            "2. Ban Tổ chức Huyện ủy hướng dẫn.\n")
    (sec,) = _parse(body)["sections"]
    bullets = sec["items"][0]["bullets"]
    assert [(b["text"], b["paragraphs"]) for b in bullets] == [
        ("Tập trung xây dựng xã đạt chuẩn nông thôn mới, hoàn thành trong năm 2021;", []),
        ("Kiện toàn tổ chức bộ máy, sắp xếp cán bộ không chuyên trách theo quy định.", [])]
    assert bullets[0]["due"]["by"] == "2021-12-31"
    # a finished sentence, or a capital after the blank line, ends the paragraph as before
    body = body.replace("mới,\n\nhoàn", "mới.\n\nhoàn").replace("cán bộ\n\nkhông", "cán bộ\n\nKhông")
    bullets = _parse(body)["sections"][0]["items"][0]["bullets"]
    assert [len(b["paragraphs"]) for b in bullets] == [1, 1]


def test_a_pdf_line_set_in_less_than_a_hanging_list_leaves_it() -> None:
    # pdftotext -layout, no blank line: "   Tuy nhiên, …" at the paragraphs' first-line indent after a
    # bullet set in further was joined to the bullet's text
    text = """TỈNH ỦY QUẢNG NGÃI                                ĐẢNG CỘNG SẢN VIỆT NAM
           *
   Số 1130-TB/TU                          Quảng Ngãi, ngày 27 tháng 10 năm 2022
THÔNG BÁO
kết luận của Ban Thường vụ Tỉnh ủy
về công tác quy hoạch cán bộ
   Ngày 25/10/2022, Ban Thường vụ Tỉnh ủy họp nghe Ban Tổ chức Tỉnh ủy báo cáo. Ban
Thường vụ Tỉnh ủy kết luận như sau:
   1. Thống nhất danh sách quy hoạch Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2025 - 2030
gồm 85 đồng chí.
   2. Giao Ban Tổ chức Tỉnh ủy:
      - Hoàn chỉnh hồ sơ, báo cáo Ban Tổ chức Trung ương thẩm định trước
        ngày 15/11/2022;
      - Hướng dẫn các cấp ủy trực thuộc rà soát, bổ sung quy hoạch.
   Tuy nhiên, cần lưu ý cơ cấu cán bộ nữ, cán bộ trẻ.
   Văn phòng Tỉnh ủy thông báo để các cơ quan, đơn vị biết, thực hiện./.
Nơi nhận:                                         T/L BAN THƯỜNG VỤ
- Thường trực Tỉnh ủy,                            CHÁNH VĂN PHÒNG
- Lưu Văn phòng Tỉnh ủy.                          Trần Văn Minh
"""
    d = tbparse.parse_dict(text)
    two = d["sections"][0]["items"][1]
    assert [b["text"][-16:] for b in two["bullets"]] == ["ngày 15/11/2022;", " sung quy hoạch."]
    assert all(not b["paragraphs"] for b in two["bullets"])
    assert _texts(two) == ["Tuy nhiên, cần lưu ý"]
    assert d["closing"].startswith("Văn phòng Tỉnh ủy thông báo")


# --- a leader's working visit is a meeting -----------------------------------------------------------

def test_a_leaders_working_visit_is_the_meeting() -> None:
    for visit in ("đã đi kiểm tra tiến độ công trình hồ chứa nước Nước Trong",
                  "đến thăm và làm việc tại Đảng ủy xã Nam Thanh",
                  "đã đi khảo sát thực tế tại các xã vùng lũ"):
        head = HEAD.replace(
            "Ngày 10/3/2021, Ban Thường vụ Huyện ủy họp nghe Ủy ban nhân dân huyện báo cáo. Ban Thường vụ Huyện ủy kết luận như sau:",
            f"Ngày 07/3/2021, đồng chí Nguyễn Văn An, Tỉnh ủy viên, Bí thư Huyện ủy {visit}. Sau khi nghe báo cáo, "
            "đồng chí Bí thư Huyện ủy kết luận:")
        d = tbparse.parse_dict(head + PART_II + TAIL)
        m = d["meeting"]
        assert (m["date"], m["chair"]) == ("2021-03-07", [{"name": "Nguyễn Văn An", "title": "Tỉnh ủy viên, Bí thư Huyện ủy"}]), visit
        # the unit visited is whom it was with; a room it was held in is not
        assert m["with"] == ("Đảng ủy xã Nam Thanh" if "Nam Thanh" in visit else None), visit
    d = tbparse.parse_dict(HEAD.replace("họp nghe", "làm việc tại Hội trường Huyện ủy, nghe") + PART_II + TAIL)
    assert d["meeting"]["with"] is None


def test_tb020_leaves_a_provincial_author_line_out_of_the_subject() -> None:
    from tbparse.lint import lint_text

    t = CENTRAL.format(title="KẾT LUẬN\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề phát triển thể dục, thể thao")
    assert not [f for f in lint_text(t, era="2018") if f.code == "TB020"]
    t = CENTRAL.format(title="KẾT LUẬN\nCỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ PHÁT TRIỂN THỂ DỤC, THỂ THAO")
    assert [f.code for f in lint_text(t, era="2018") if f.code == "TB020"] == ["TB020"]


def test_a_contrast_after_the_last_of_short_numbered_items_is_the_sections() -> None:
    # "1. Kinh tế tăng trưởng 7,1%." / "2. …" / "3. …" / "Tuy nhiên, …" closing the part: item 3's before
    body = """I. ĐÁNH GIÁ

1. Kinh tế tăng trưởng 7,1%.
2. Thu ngân sách đạt 55% dự toán.
3. Quốc phòng, an ninh được giữ vững.

Tuy nhiên, giải ngân vốn đầu tư công còn chậm.
""" + PART_II
    sec = _parse(body)["sections"][0]
    assert _texts(sec) == ["Tuy nhiên, giải ngân"]
    assert all(not i["paragraphs"] for i in sec["items"]) and len(sec["items"]) == 3
    # one item followed by another keeps it: "1. Về kinh tế: …." / "Tuy nhiên, …" / "2. …" (above)


def test_a_points_marker_loses_the_space_typed_in_it() -> None:
    body = "II. NHIỆM VỤ\n\n1 . Văn phòng Huyện ủy hướng dẫn nghiệp vụ:\na ) Mở sổ đăng ký văn bản;\nb - Lập hồ sơ công việc.\n"
    (sec,) = _parse(body)["sections"]
    assert sec["items"][0]["number"] == "1"
    assert [(b["marker"], b["text"]) for b in sec["items"][0]["bullets"]] == [
        ("a)", "Mở sổ đăng ký văn bản;"), ("b-", "Lập hồ sơ công việc.")]


def test_a_number_whose_stop_ocr_read_as_a_comma() -> None:
    # "II, NHIỆM VỤ" / "1, Ủy ban …": part II and its items were part I's paragraphs
    body = """I. ĐÁNH GIÁ

Công tác bảo vệ môi trường có chuyển biến.

II, NHIỆM VỤ

1, Ủy ban nhân dân huyện xử lý các điểm tập kết rác tự phát trước ngày 31/12/2021.
- Rà soát các điểm tập kết;
- Xử lý dứt điểm.

2, Các xã, thị trấn ra quân tổng vệ sinh môi trường hằng tháng.
"""
    one, two = _parse(body)["sections"]
    assert _texts(one) == ["Công tác bảo vệ môi "]
    assert (two["number"], two["title"], two["role"]) == ("II", "NHIỆM VỤ", "directives")
    assert [(i["number"], i["text"][:8], len(i["bullets"])) for i in two["items"]] == [("1", "Ủy ban n", 2), ("2", "Các xã, ", 0)]
    # not a count in a sentence, nor out of sequence
    body = "I. ĐÁNH GIÁ\n\n1. Kinh tế tăng trưởng.\n\n3, 4 tháng cuối năm cần tập trung.\n\nIV, V Đoàn công tác.\n"
    (sec,) = _parse(body)["sections"]
    assert [i["number"] for i in sec["items"]] == ["1"] and len(sec["items"][0]["paragraphs"]) == 2


def test_stars_spaced_out_are_a_rule_and_read_in_linear_time() -> None:
    import time

    from tbparse.lines import split_lines

    assert [ln.text for ln in split_lines("* * *\n*  *  *\n~ * ~\n* Nội dung\n")] == ["* * *", "* * *", "~ * ~", "* Nội dung"]
    body = RESULTS.format(contrast="").replace("\n\n\n", "\n\n* * *\n\n") + PART_II
    sec = _parse(body)["sections"][0]
    assert all(not i["paragraphs"] for i in sec["items"]) and len(sec["items"]) == 3
    for line in ("* " + " " * 40_000 + "x", "___ " + " " * 40_000 + "x"):
        t = time.perf_counter()
        split_lines(line)
        assert time.perf_counter() - t < 0.5  # (quadratic: 8 s)


def test_a_blank_line_after_a_word_no_paragraph_ends_on() -> None:
    # "… Nghị quyết của" / (blank) / "Ban Chấp hành …", "… tỷ lệ trên" / (blank) / "92% …"
    body = ("II. NHIỆM VỤ\n\n1. Các cấp ủy tiếp tục thực hiện Nghị quyết của\n\nBan Chấp hành Đảng bộ tỉnh.\n\n"
            "2. Phấn đấu tỷ lệ hộ dùng nước sạch đạt trên\n\n92% vào cuối năm 2021.\n\n"
            "3. Tổ chức sơ kết\n\nBan Tổ chức Huyện ủy chủ trì.\n")
    (sec,) = _parse(body)["sections"]
    assert [(i["text"], len(i["paragraphs"])) for i in sec["items"]] == [
        ("Các cấp ủy tiếp tục thực hiện Nghị quyết của Ban Chấp hành Đảng bộ tỉnh.", 0),
        ("Phấn đấu tỷ lệ hộ dùng nước sạch đạt trên 92% vào cuối năm 2021.", 0),
        ("Tổ chức sơ kết", 1)]
