"""Audit 21: archive layouts the parser had not met — notices (a convening one too), a KẾT LUẬN and a
BÁO CÁO of 1995–2026 from every level, as ``pdftotext -layout`` prints them, as old Word exports and
as web copies.

1. A web copy from an HTML-to-markdown converter escapes what it would read as markup: "1\\. Ban
   …", "\\- Thường trực …", the issuer's "\\*". The items were paragraphs, the recipients kept their
   "\\-", the "\\" of the star was unplaced (lines.py); a hard line break's "\\" at a line's end
   stayed in the text.
2. A web page's chrome around the document ("Cập nhật lúc 09:15 ngày 02/11/2015", "Tin liên quan" /
   "- Thông báo số 698-TB/TU …") is unplaced furniture, yet its dates and citations went into
   ``dates`` and ``references`` as the document's (steps/extract.py).
3. A portal that repeats the notice's title in capitals above the header ("THÔNG BÁO KẾT LUẬN CỦA
   THƯỜNG TRỰC TỈNH ỦY …" / "Ngày đăng: … | Lượt xem: …"): the title was read as the type line and
   subject, the whole header went to the preamble (steps/furniture.py: the chrome ran only to the
   first caps line).
4. ``pdftotext -layout`` ends and starts a page with blank lines: once the page number between them
   was out, they ended the paragraph mid-sentence ("… báo cáo Ban Thường vụ Tỉnh ủy trước ngày" /
   "15/11/2019." became a paragraph of its own, the item lost its deadline); and a running head
   with the page number in a column of its own ("Thông báo số 192-TB/HU        2") became the last
   item's paragraph (steps/furniture.py).
5. A notice that convenes a meeting ("THÔNG BÁO triệu tập Hội nghị …", "… về việc tổ chức Hội nghị
   …"): the contract's ``meeting`` is the meeting a notice reports, held (TB016 compares its day with
   the issue date) — there is no field for a meeting called, whose time and place stay its items'
   text and ``dates``. The convened meeting's day after its name ("triệu tập Hội nghị … vào ngày
   12/12/2024", "Ngày 12/12/2024, Ban Thường vụ sẽ tổ chức …") became ``meeting.date``, and TB016
   said the notice was issued before the meeting it reports; a cited plan's day ("Thực hiện Kế
   hoạch số 15-KH/TU ngày 30/01/2026 …, Ban Thường vụ thông báo tổ chức Hội nghị như sau:") became
   the meeting's (steps/meeting.py).
6. Bullet markers nested by a fixed order ("-" over "+" over "*"): the common "* Ưu điểm:" / "- …"
   / "* Hạn chế:" / "- …" made the "-" entries siblings of "* Ưu điểm:" and "* Hạn chế:" a bullet of
   the last "-"; "* Văn phòng:" / "+ …" / "+ …" / "* Các chi bộ …" alike. A "*" typed before any
   "-", "+" or "•" under the item or section heads its list; after one it stays the deepest
   (steps/structure.py).
7. ``pdftotext -layout`` text whose paragraphs are mostly one line (a convening notice's "1. Thời
   gian: …" / "2. Địa điểm: …"): a line set in after a finished sentence did not open a paragraph,
   so the closing "Đề nghị các đồng chí dự Hội nghị …./." was the last bullet's; a table row's cell
   wrapped onto the next line ("Đồng chí Phó Bí thư Thường" / "trực Huyện ủy") was a paragraph of
   its own (steps/paragraphs.py).
8. A PDF's table printed one cell a line with no number column ("Loại" / "Số lượng" / "Tỷ lệ" /
   "Trong sạch vững mạnh" / "412" / "66,8%" …, "Nội dung" / "Cơ quan chủ trì" / "Thời gian" / …)
   came out a paragraph a cell (steps/paragraphs.py).
9. ``pdftotext -layout`` leaves two or three spaces between a long recipient entry and the
   signature part beside it ("- Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy,   CHÁNH VĂN PHÒNG"):
   too narrow for a column, the position was read into the entry and lost (steps/footer.py). The
   other shapes of a signature and a list side by side with unequal heights (the signature
   starting lower or running longer, the name beside a wrapped entry, the list under the block,
   the lines interleaved in any order) read whole and unmixed already.
10. Attendees listed with ";" between groups of bodies ("Cùng dự có lãnh đạo các ban Đảng Tỉnh ủy,
   Văn phòng Tỉnh ủy; Sở Nông nghiệp và Phát triển nông thôn, Sở Tài nguyên và Môi trường."): the
   ";" rule, meant for "Nguyễn Văn A, Phó Bí thư; …", kept "Sở …, Sở …" whole (steps/meeting.py).
"""
from __future__ import annotations

import pytest

import tbparse
from tbparse.lint import lint_text
from tests.lossless import missing_words

# --- 1. markdown escapes ------------------------------------------------------------------------

ESCAPED = """|
**TỈNH ỦY BẮC GIANG**
\\*
Số 1021-TB/TU
|
**ĐẢNG CỘNG SẢN VIỆT NAM**
*Bắc Giang, ngày 10 tháng 3 năm 2022*
|

**THÔNG BÁO**

**Kết luận của Thường trực Tỉnh ủy về công tác chuyển đổi số**

Ngày 08/3/2022, Thường trực Tỉnh ủy họp nghe Ban cán sự đảng UBND tỉnh báo cáo. Đồng chí Dương Văn \\
Thái - Bí thư Tỉnh ủy chủ trì hội nghị. Thường trực Tỉnh ủy kết luận như sau:

1\\. Ban cán sự đảng UBND tỉnh chỉ đạo hoàn thành Đề án chuyển đổi số trước ngày 30/4/2022.

2\\. Các huyện ủy, thành ủy:

\\- Quán triệt Nghị quyết số 05\\-NQ/TU của Ban Chấp hành Đảng bộ tỉnh;

\\+ Báo cáo kết quả trước ngày 15/6/2022 \\(qua Văn phòng Tỉnh ủy\\).

Văn phòng Tỉnh ủy thông báo để các cơ quan, đơn vị biết, thực hiện./.

|
**Nơi nhận:**
\\- Thường trực Tỉnh ủy,
\\- Các huyện ủy, thành ủy,
\\- Lưu Văn phòng Tỉnh ủy.
|
**T/L BAN THƯỜNG VỤ**
**CHÁNH VĂN PHÒNG**
\\(Đã ký\\)
Nguyễn Văn Giang
|
"""


def test_markdown_escapes_read_as_their_characters():
    d = tbparse.parse_dict(ESCAPED)
    assert d["issuer"] == {"name": "TỈNH ỦY BẮC GIANG", "parent": None}
    assert d["layout"]["star_line"] == 3
    items = d["sections"][0]["items"]
    assert [(i["number"], i["text"]) for i in items] == [
        ("1", "Ban cán sự đảng UBND tỉnh chỉ đạo hoàn thành Đề án chuyển đổi số trước ngày 30/4/2022."),
        ("2", "Các huyện ủy, thành ủy:")]
    assert [(b["marker"], b["text"]) for b in items[1]["bullets"]] == [
        ("-", "Quán triệt Nghị quyết số 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh;")]
    assert [(b["marker"], b["text"]) for b in items[1]["bullets"][0]["bullets"]] == [
        ("+", "Báo cáo kết quả trước ngày 15/6/2022 (qua Văn phòng Tỉnh ủy).")]
    assert [r["number"] for r in d["references"]] == ["05-NQ/TU"]
    assert d["recipients"] == ["Thường trực Tỉnh ủy", "Các huyện ủy, thành ủy", "Lưu Văn phòng Tỉnh ủy"]
    assert d["signature"]["note"] == "(Đã ký)" and d["signature"]["signer"] == "Nguyễn Văn Giang"
    assert d["unplaced"] == [] and d["warnings"] == []
    # a backslash before a letter is no escape: a hard line break's "\" at a line's end stays
    assert d["preamble"][0]["text"].startswith("Ngày 08/3/2022, Thường trực Tỉnh ủy họp nghe")


def test_escapes_in_a_table_row_with_line_breaks():
    text = ESCAPED.replace("|\n**TỈNH ỦY BẮC GIANG**\n\\*\nSố 1021-TB/TU\n|\n**ĐẢNG CỘNG SẢN VIỆT NAM**\n"
                           "*Bắc Giang, ngày 10 tháng 3 năm 2022*\n|\n",
                           "| TỈNH ỦY BẮC GIANG<br>\\*<br>Số 1021\\-TB/TU | ĐẢNG CỘNG SẢN VIỆT NAM<br>"
                           "*Bắc Giang, ngày 10 tháng 3 năm 2022* |\n|---|---|\n")
    d = tbparse.parse_dict(text)
    assert d["issuer"]["name"] == "TỈNH ỦY BẮC GIANG" and d["number"]["raw"] == "1021-TB/TU"
    assert d["date"] == "2022-03-10" and d["unplaced"] == []


def test_text_without_escapes_is_untouched():
    # "T\\M" (an OCR'd "T/M") keeps its backslash: only markup characters are escaped
    text = ESCAPED.replace("**T/L BAN THƯỜNG VỤ**", "**T\\M BAN THƯỜNG VỤ**")
    d = tbparse.parse_dict(text)
    assert d["signature"]["authority"] == [{"mode": "T/M", "body": "BAN THƯỜNG VỤ"}]
    assert not missing_words(text.replace("\\-", "-").replace("\\+", "+").replace("\\(", "(")
                             .replace("\\)", ")").replace("\\.", ".").replace("\\*", "*"), d)


# --- 2. a web page's chrome cites nothing ---------------------------------------------------------

PORTAL = """Trang chủ > Văn bản > Văn bản của Trung ương

Cập nhật lúc 09:15 ngày 02/11/2015

| BAN CHẤP HÀNH TRUNG ƯƠNG<br>VĂN PHÒNG<br>\\* | ĐẢNG CỘNG SẢN VIỆT NAM |
|---|---|
| Số 225-TB/VPTW | *Hà Nội, ngày 28 tháng 10 năm 2015* |

**THÔNG BÁO**

**KẾT LUẬN CỦA BAN BÍ THƯ**

**về Đề án "Tăng cường công tác giáo dục lý luận chính trị cho thế hệ trẻ"**

Ngày 20/10/2015, Ban Bí thư đã nghe Ban Tuyên giáo Trung ương báo cáo Đề án. Sau khi thảo luận, Ban Bí thư
kết luận như sau:

**1.** Giao Ban Tuyên giáo Trung ương hoàn chỉnh Đề án, ban hành trong tháng 12/2015.

**2.** Ban cán sự đảng Bộ Giáo dục và Đào tạo báo cáo Ban Bí thư trước ngày 30/6/2016.

Văn phòng Trung ương Đảng xin thông báo để các cơ quan biết, thực hiện.

| Nơi nhận:<br>- Các tỉnh ủy, thành ủy,<br>- Lưu Văn phòng Trung ương Đảng. | T/L BAN BÍ THƯ<br>PHÓ CHÁNH VĂN PHÒNG<br><br>(Đã ký)<br><br>Nguyễn Văn Tuyến |
|---|---|

Nguồn: Báo điện tử Đảng Cộng sản Việt Nam

Tin liên quan
- Thông báo số 698-TB/TU ngày 12/10/2015 kết luận của Thường trực Tỉnh ủy
"""


def test_chrome_gives_no_dates_and_no_references():
    d = tbparse.parse_dict(PORTAL)
    chrome = {1, 3, 27, 29, 30}
    assert {u["line"] for u in d["unplaced"]} == chrome == set(d["layout"]["furniture"])
    assert [x["text"] for x in d["dates"]] == ["Ngày 20/10/2015", "tháng 12/2015", "ngày 30/6/2016"]
    assert d["references"] == []
    assert d["signature"]["signer"] == "Nguyễn Văn Tuyến" and d["warnings"] == []


# --- 3. a portal's caps title above the header ----------------------------------------------------

TITLED = """Trang chủ » Văn bản chỉ đạo

THÔNG BÁO KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY TẠI BUỔI LÀM VIỆC VỚI BAN THƯỜNG VỤ HUYỆN ỦY ĐỨC THỌ

Ngày đăng: 16/04/2018 | Lượt xem: 1.245

TỈNH ỦY HÀ TĨNH
*
Số 712-TB/TU

ĐẢNG CỘNG SẢN VIỆT NAM

Hà Tĩnh, ngày 13 tháng 4 năm 2018

**THÔNG BÁO**

**Kết luận của Thường trực Tỉnh ủy tại buổi làm việc**
**với Ban Thường vụ Huyện ủy Đức Thọ**

Ngày 10/4/2018, đồng chí Trần Tú Anh, Phó Bí thư Thường trực Tỉnh ủy đã có buổi làm việc với Ban Thường vụ
Huyện ủy Đức Thọ. Thường trực Tỉnh ủy kết luận như sau:

1. Tập trung chỉ đạo sản xuất vụ Xuân, phòng chống dịch bệnh trên đàn gia súc, gia cầm.

2. Đẩy nhanh tiến độ giải phóng mặt bằng Dự án đường Quốc lộ 8A, hoàn thành trước ngày 30/6/2018.

Văn phòng Tỉnh ủy thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.

**Nơi nhận:**
- Thường trực Tỉnh ủy;
- Lưu Văn phòng Tỉnh ủy.

**T/L BAN THƯỜNG VỤ**
**CHÁNH VĂN PHÒNG**

Trần Tiến Thành
"""


def test_a_caps_title_above_the_header_is_chrome():
    d = tbparse.parse_dict(TITLED)
    assert d["party"] == "ĐẢNG CỘNG SẢN VIỆT NAM" and d["issuer"]["name"] == "TỈNH ỦY HÀ TĨNH"
    assert d["number"]["raw"] == "712-TB/TU" and d["date"] == "2018-04-13"
    assert d["subject"] == "Kết luận của Thường trực Tỉnh ủy tại buổi làm việc với Ban Thường vụ Huyện ủy Đức Thọ"
    assert d["meeting"]["date"] == "2018-04-10" and [p["line"] for p in d["preamble"]] == [20]
    assert [u["line"] for u in d["unplaced"]] == [1, 3, 5] == d["layout"]["furniture"]
    assert d["warnings"] == [] and d["references"] == []
    assert "2018-04-16" not in {x["date"] for x in d["dates"]}


def test_a_caps_title_without_chrome_is_the_text():
    # no chrome sign anywhere above the header: nothing is taken for a web page's
    text = TITLED.replace("Trang chủ » Văn bản chỉ đạo\n\n", "").replace("Ngày đăng: 16/04/2018 | Lượt xem: 1.245\n\n", "")
    d = tbparse.parse_dict(text)
    assert d["layout"].get("furniture") is None


# --- 4. a pdftotext -layout page break ----------------------------------------------------------

LAYOUT_HEAD = """          TỈNH ỦY QUẢNG NGÃI                              ĐẢNG CỘNG SẢN VIỆT NAM
                   *
           Số 1245-TB/TU                            Quảng Ngãi, ngày 12 tháng 9 năm 2019


                                            THÔNG BÁO
                       kết luận của Ban Thường vụ Tỉnh ủy về tình hình thực hiện
                  nhiệm vụ phát triển kinh tế - xã hội 8 tháng đầu năm 2019
                                                -----

        Ngày 06/9/2019, Ban Thường vụ Tỉnh ủy họp nghe Ban cán sự đảng Ủy ban nhân dân tỉnh
báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 8 tháng đầu năm 2019. Đồng chí
Lê Viết Chữ - Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì hội nghị. Sau khi nghe báo cáo và ý
kiến thảo luận, Ban Thường vụ Tỉnh ủy kết luận như sau:
        1. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo quyết liệt các giải pháp thúc đẩy
giải ngân vốn đầu tư công, phấn đấu đến ngày 31/12/2019 giải ngân đạt trên 90% kế hoạch vốn.
        2. Chỉ đạo các ngành chức năng tăng cường công tác quản lý nhà nước về tài nguyên, khoáng
sản; kiên quyết xử lý các trường hợp khai thác cát, sỏi trái phép trên các sông Trà Khúc, sông
Vệ. Giao Ban Nội chính Tỉnh ủy theo dõi, đôn đốc, báo cáo Ban Thường vụ Tỉnh ủy trước ngày
{page}15/11/2019.
        3. Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy tập trung lãnh đạo chuẩn bị
tốt các điều kiện tổ chức đại hội đảng bộ cấp cơ sở nhiệm kỳ 2020 - 2025.
        Văn phòng Tỉnh ủy thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.


Nơi nhận:                                                         T/L BAN THƯỜNG VỤ
- Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy,                      CHÁNH VĂN PHÒNG
- Các huyện ủy, thị ủy, thành ủy,                                     (Đã ký)
  đảng ủy trực thuộc Tỉnh ủy,
- Lưu Văn phòng Tỉnh ủy.                                        Võ Thanh Quang
"""

ITEM_2 = ("Chỉ đạo các ngành chức năng tăng cường công tác quản lý nhà nước về tài nguyên, khoáng sản; kiên "
          "quyết xử lý các trường hợp khai thác cát, sỏi trái phép trên các sông Trà Khúc, sông Vệ. Giao Ban Nội "
          "chính Tỉnh ủy theo dõi, đôn đốc, báo cáo Ban Thường vụ Tỉnh ủy trước ngày 15/11/2019.")


@pytest.mark.parametrize("page", [
    "\n\n                                                 2\n\n",          # blank lines around it
    "\n\n\n\f                                                 2\n\n",   # a form feed before it
    "\n\fThông báo số 1245-TB/TU                                               2\n\n",  # a running head
    "\n\n\f2                                       Số 1245-TB/TU\n\n",
    "\n\n                                                - 2 -\n\n",
])
def test_a_sentence_goes_on_across_a_layout_page_break(page):
    text = LAYOUT_HEAD.replace("{page}", page)
    d = tbparse.parse_dict(text)
    items = d["sections"][0]["items"]
    assert [i["number"] for i in items] == ["1", "2", "3"]
    assert items[1]["text"] == ITEM_2 and items[1]["paragraphs"] == []
    assert items[1]["due"] == {"text": "trước ngày 15/11/2019", "by": "2019-11-15"}
    no = text.split("\n").index(next(x for x in page.split("\n") if x.strip())) + 1
    assert [u["line"] for u in d["unplaced"]] == [no] == d["layout"]["furniture"]
    assert d["warnings"] == [] and d["signature"]["signer"] == "Võ Thanh Quang"
    assert d["recipients"][-1] == "Lưu Văn phòng Tỉnh ủy"


def test_blank_lines_after_a_finished_sentence_still_part_paragraphs():
    # the page broke after "… đại hội đảng bộ cấp cơ sở nhiệm kỳ 2020 - 2025." — the closing after
    # the page number is a paragraph of its own, not the item's
    text = LAYOUT_HEAD.replace("{page}", "").replace(
        "nhiệm kỳ 2020 - 2025.\n", "nhiệm kỳ 2020 - 2025.\n\n\n                                  2\n\n")
    d = tbparse.parse_dict(text)
    assert d["closing"] == "Văn phòng Tỉnh ủy thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./."
    assert d["sections"][0]["items"][-1]["paragraphs"] == []


# --- 5. a notice that convenes a meeting reports none -------------------------------------------

CONVENE_HEAD = """ĐẢNG BỘ TỈNH NGHỆ AN                              ĐẢNG CỘNG SẢN VIỆT NAM
HUYỆN ỦY NGHI LỘC
         *                                   Nghi Lộc, ngày 05 tháng 12 năm 2024
  Số 412-TB/HU

                                  THÔNG BÁO
{subject}

{opening}
1. Thời gian: 01 ngày, khai mạc lúc 07 giờ 30 phút, ngày 12/12/2024 (thứ Năm).
2. Địa điểm: Hội trường Trung tâm Chính trị huyện.
3. Thành phần: các đồng chí Ủy viên Ban Chấp hành Đảng bộ huyện.
Đề nghị các đồng chí dự Hội nghị đầy đủ, đúng thời gian./.

Nơi nhận:                                          T/M BAN THƯỜNG VỤ
- Như thành phần,                                         BÍ THƯ
- Lưu Văn phòng Huyện ủy.
                                                     Hoàng Nghĩa Hiếu
"""
CALLED = "triệu tập Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 28"


@pytest.mark.parametrize("subject, opening", [
    (CALLED, "Ban Thường vụ Huyện ủy triệu tập Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 28 vào ngày "
             "12/12/2024 tại Hội trường Trung tâm Chính trị huyện, cụ thể như sau:"),
    (CALLED, "Ngày 12/12/2024, Ban Thường vụ Huyện ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 28. "
             "Đồng chí Hoàng Nghĩa Hiếu - Bí thư Huyện ủy chủ trì Hội nghị. Cụ thể như sau:"),
    ("về việc tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 28",
     "Thực hiện Kế hoạch số 15-KH/TU ngày 30/11/2024 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy "
     "thông báo tổ chức Hội nghị như sau:"),
    # a conclusions notice may say what is to come: "sẽ tổ chức" is no meeting held
    ("kết luận của Ban Thường vụ Huyện ủy",
     "Ngày 12/12/2024, Ban Thường vụ Huyện ủy sẽ tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 28, "
     "cụ thể như sau:"),
])
def test_a_meeting_called_is_no_meeting(subject, opening):
    text = CONVENE_HEAD.format(subject=subject, opening=opening)
    d = tbparse.parse_dict(text)
    assert d["meeting"] is None
    assert "2024-12-12" in {x["date"] for x in d["dates"]}  # its day is still read
    assert [f.code for f in lint_text(text, path="t.txt") if f.code == "TB016"] == []


def test_a_meeting_held_before_it_is_called_stays():
    text = CONVENE_HEAD.format(subject=CALLED, opening=(
        "Ngày 01/12/2024, Ban Thường vụ Huyện ủy đã họp, thống nhất triệu tập Hội nghị Ban Chấp hành Đảng "
        "bộ huyện lần thứ 28 vào ngày 12/12/2024, cụ thể như sau:"))
    m = tbparse.parse_dict(text)["meeting"]
    assert (m["date"], m["line"]) == ("2024-12-01", 9)


def test_a_cited_documents_day_is_not_the_meetings():
    text = CONVENE_HEAD.format(subject="kết luận của Ban Thường vụ Huyện ủy", opening=(
        "Thực hiện Kế hoạch số 15-KH/TU ngày 30/11/2024 của Ban Thường vụ Tỉnh ủy, ngày 02/12/2024, Ban "
        "Thường vụ Huyện ủy họp, đồng chí Hoàng Nghĩa Hiếu - Bí thư Huyện ủy chủ trì hội nghị."))
    m = tbparse.parse_dict(text)["meeting"]
    assert m["date"] == "2024-12-02" and m["chair"] == [{"name": "Hoàng Nghĩa Hiếu", "title": "Bí thư Huyện ủy"}]


# --- 6. a "*" heading a list ----------------------------------------------------------------------

def _tree(node: dict) -> list:
    out = []
    for key in ("items", "bullets"):
        for x in node.get(key, []):
            out.append((x.get("number") or x.get("marker"), x["text"][:12], _tree(x)))
    return out


STARRED = """ĐẢNG BỘ HUYỆN ĐÔNG ANH                    ĐẢNG CỘNG SẢN VIỆT NAM
   ĐẢNG UỶ XÃ VÂN NỘI
            *
    Số 27-TB/ĐU                      Vân Nội, ngày 18 tháng 4 năm 2003

                                   THÔNG BÁO
        Kết luận của Ban Thường vụ Đảng uỷ tại hội nghị giao ban quý I năm 2003

Ngày 15 tháng 4 năm 2003, Ban Thường vụ Đảng uỷ xã họp giao ban. Đồng chí Nguyễn Văn Thịnh - Bí thư Đảng uỷ chủ trì hội nghị.

I- Về kết quả quý I năm 2003:

* Ưu điểm:
- Đón Tết Nguyên đán vui tươi, an toàn.
- Hoàn thành gieo cấy vụ chiêm xuân.
* Hạn chế:
- Quản lý đất đai còn buông lỏng.

II- Nhiệm vụ trọng tâm quý II năm 2003:

1- Tổ chức thực hiện:
* Văn phòng Đảng uỷ:
+ Chuẩn bị tài liệu;
+ Tổng hợp danh sách.
* Các chi bộ thông báo đến đảng viên.
2- Về kinh tế:
- Chăm sóc lúa chiêm xuân:
+ Phòng trừ sâu bệnh;
* Lưu ý: phun thuốc đúng quy trình.
- Chuẩn bị vụ mùa.
+ Cày ải;
- Làm thủy lợi nội đồng.
3- Về văn hóa:
+ Tuyên truyền;
- Xây dựng đời sống văn hóa.

Ban Thường vụ Đảng uỷ yêu cầu các chi bộ nghiêm túc thực hiện./.

Nơi nhận:                                  T/M BAN THƯỜNG VỤ ĐẢNG UỶ
- Các chi bộ trực thuộc                             BÍ THƯ
- Lưu VP Đảng uỷ
                                              Nguyễn Văn Thịnh
"""


def test_a_star_before_any_dash_heads_its_list():
    d = tbparse.parse_dict(STARRED)
    one, two = d["sections"]
    assert _tree(one) == [
        ("*", "Ưu điểm:", [("-", "Đón Tết Nguy", []), ("-", "Hoàn thành g", [])]),
        ("*", "Hạn chế:", [("-", "Quản lý đất ", [])]),
    ]
    assert _tree(two) == [
        ("1", "Tổ chức thực", [
            ("*", "Văn phòng Đả", [("+", "Chuẩn bị tài", []), ("+", "Tổng hợp dan", [])]),
            ("*", "Các chi bộ t", [])]),
        # each item's list afresh: "-" over "+" over "*" here, as ever
        ("2", "Về kinh tế:", [
            ("-", "Chăm sóc lúa", [("+", "Phòng trừ sâ", [("*", "Lưu ý: phun ", [])])]),
            ("-", "Chuẩn bị vụ ", [("+", "Cày ải;", [])]),
            ("-", "Làm thủy lợi", [])]),
        # "-" stays over "+" whichever comes first: "- …" after "+ …" is no bullet of it
        ("3", "Về văn hóa:", [("+", "Tuyên truyền", []), ("-", "Xây dựng đời", [])]),
    ]


# --- 7. pdftotext -layout: one-line paragraphs, a table row's wrapped cell -----------------------

CONVENING_LAYOUT = """         ĐẢNG BỘ TỈNH NGHỆ AN                              ĐẢNG CỘNG SẢN VIỆT NAM
         HUYỆN ỦY NGHI LỘC
                  *                                   Nghi Lộc, ngày 05 tháng 12 năm 2024
          Số 412-TB/HU


                                          THÔNG BÁO
                    triệu tập Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 28
                                               -----

        Thực hiện Quy chế làm việc của Ban Chấp hành Đảng bộ huyện khóa XXVIII, nhiệm kỳ 2020 -
2025; Ban Thường vụ Huyện ủy triệu tập Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 28, cụ thể
như sau:
        1. Thời gian: 01 ngày, khai mạc lúc 07 giờ 30 phút, ngày 12/12/2024 (thứ Năm).
        2. Địa điểm: Hội trường Trung tâm Chính trị huyện.
        3. Chương trình Hội nghị:

                 Thời gian                  Nội dung                          Người thực hiện
          07 giờ 30 - 08 giờ 00     Khai mạc Hội nghị                       Đồng chí Bí thư Huyện ủy
          08 giờ 00 - 10 giờ 30     Thông qua báo cáo chính trị,            Đồng chí Phó Bí thư Thường
                                    thảo luận                               trực Huyện ủy
          10 giờ 30 - 11 giờ 00     Bế mạc Hội nghị                         Đồng chí Bí thư Huyện ủy

        4. Tổ chức thực hiện:
        - Văn phòng Huyện ủy chuẩn bị tài liệu, gửi đến các đồng chí Ủy viên Ban Chấp hành trước
ngày 09/12/2024.
        - Các đồng chí Ủy viên Ban Chấp hành nghiên cứu tài liệu, chuẩn bị ý kiến tham gia.
        Đề nghị các đồng chí dự Hội nghị đầy đủ, đúng thời gian./.

                                                                  T/M BAN THƯỜNG VỤ
Nơi nhận:                                                             BÍ THƯ
- Như thành phần,
- Lưu Văn phòng Huyện ủy.
                                                                    (Đã ký)

                                                                 Hoàng Nghĩa Hiếu
"""


def test_a_line_set_in_after_a_finished_sentence_opens_a_paragraph():
    d = tbparse.parse_dict(CONVENING_LAYOUT)
    assert d["closing"] == "Đề nghị các đồng chí dự Hội nghị đầy đủ, đúng thời gian./."
    last = d["sections"][0]["items"][-1]
    assert [b["text"] for b in last["bullets"]] == [
        "Văn phòng Huyện ủy chuẩn bị tài liệu, gửi đến các đồng chí Ủy viên Ban Chấp hành trước ngày 09/12/2024.",
        "Các đồng chí Ủy viên Ban Chấp hành nghiên cứu tài liệu, chuẩn bị ý kiến tham gia."]
    # a wrapped line goes back to the margin: it stays its sentence's
    assert d["preamble"][0]["text"].endswith("lần thứ 28, cụ thể như sau:")


def test_a_table_rows_wrapped_cells_join_the_cells_they_stand_under():
    d = tbparse.parse_dict(CONVENING_LAYOUT)
    rows = d["sections"][0]["items"][2]["paragraphs"]
    assert [(p["line"], p["text"]) for p in rows] == [
        (18, "Thời gian Nội dung Người thực hiện"),
        (19, "07 giờ 30 - 08 giờ 00 Khai mạc Hội nghị Đồng chí Bí thư Huyện ủy"),
        (20, "08 giờ 00 - 10 giờ 30 Thông qua báo cáo chính trị, thảo luận Đồng chí Phó Bí thư Thường trực "
             "Huyện ủy"),
        (22, "10 giờ 30 - 11 giờ 00 Bế mạc Hội nghị Đồng chí Bí thư Huyện ủy"),
    ]
    assert d["unplaced"] == [] and d["warnings"] == []
    assert not missing_words(CONVENING_LAYOUT, d)


# --- 8. a PDF's table one cell a line, no number column ----------------------------------------

REPORT_PDF = """TỈNH ỦY LÂM ĐỒNG
BAN TỔ CHỨC
*
Số 86-BC/BTCTU
ĐẢNG CỘNG SẢN VIỆT NAM
Đà Lạt, ngày 10 tháng 01 năm 2013
BÁO CÁO
kết quả công tác tổ chức xây dựng Đảng năm 2012,
phương hướng, nhiệm vụ năm 2013
Thực hiện Chương trình công tác năm 2012 của Ban Thường vụ Tỉnh ủy, Ban Tổ chức Tỉnh ủy báo
cáo kết quả công tác tổ chức xây dựng Đảng năm 2012, phương hướng, nhiệm vụ năm 2013 như sau:
I. KẾT QUẢ CÔNG TÁC NĂM 2012
1. Công tác xây dựng tổ chức cơ sở đảng
Kết quả phân tích chất lượng tổ chức cơ sở đảng năm 2012 như sau:
Loại
Số lượng
Tỷ lệ
Trong sạch vững mạnh
412
66,8%
Hoàn thành tốt nhiệm vụ
170
27,6%
Yếu kém
4
0,6%
2. Công tác đảng viên
Trong năm, toàn Đảng bộ kết nạp 1.856 đảng viên mới, đạt 103,1% kế hoạch.
II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2013
1. Phân công thực hiện một số nhiệm vụ trọng tâm:
Nội dung
Cơ quan chủ trì
Thời gian
Rà soát, bổ sung quy hoạch cán bộ
lãnh đạo, quản lý
Ban Tổ chức Tỉnh ủy
Quý II/2013
Kiểm điểm tự phê bình và phê bình
Các cấp ủy
Quý I/2013
Trên đây là báo cáo kết quả công tác tổ chức xây dựng Đảng năm 2012 của Ban Tổ chức Tỉnh ủy./.
Nơi nhận:
- Thường trực Tỉnh ủy (b/c),
- Lưu BTCTU.
TRƯỞNG BAN
Phạm Văn Lượng
"""


def test_a_table_without_a_number_column_gives_a_paragraph_a_row():
    d = tbparse.parse_dict(REPORT_PDF)
    one, two = d["sections"]
    assert [(p["line"], p["text"]) for p in one["items"][0]["paragraphs"]] == [
        (14, "Kết quả phân tích chất lượng tổ chức cơ sở đảng năm 2012 như sau:"),
        (15, "Loại Số lượng Tỷ lệ"),
        (18, "Trong sạch vững mạnh 412 66,8%"),
        (21, "Hoàn thành tốt nhiệm vụ 170 27,6%"),
        (24, "Yếu kém 4 0,6%"),
    ]
    assert [(p["line"], p["text"]) for p in two["items"][0]["paragraphs"]] == [
        (31, "Nội dung Cơ quan chủ trì Thời gian"),
        (34, "Rà soát, bổ sung quy hoạch cán bộ lãnh đạo, quản lý Ban Tổ chức Tỉnh ủy Quý II/2013"),
        (38, "Kiểm điểm tự phê bình và phê bình Các cấp ủy Quý I/2013"),
    ]
    assert d["closing"].startswith("Trên đây là báo cáo") and d["unplaced"] == []


def test_short_lines_of_text_alone_are_no_table():
    # names and titles one a line: no column keeps a kind of its own, nothing is joined
    text = REPORT_PDF.replace("Nội dung\nCơ quan chủ trì\nThời gian\nRà soát, bổ sung quy hoạch cán bộ\n"
                              "lãnh đạo, quản lý\nBan Tổ chức Tỉnh ủy\nQuý II/2013\nKiểm điểm tự phê bình và phê "
                              "bình\nCác cấp ủy\nQuý I/2013\n",
                              "Nguyễn Văn An\nTrưởng ban\nLê Thị Bình\nPhó Trưởng ban\nTrần Văn Cường\n"
                              "Chuyên viên\n")
    d = tbparse.parse_dict(text)
    texts = [p["text"] for p in d["sections"][1]["items"][0]["paragraphs"]]
    assert "Nguyễn Văn An Trưởng ban" not in " | ".join(texts)


# --- 9. a signature part two spaces from a recipient ------------------------------------------

def _footer(block: str) -> dict:
    return tbparse.parse_dict(LAYOUT_HEAD.replace("{page}", "") .split("Nơi nhận:")[0] + block)


@pytest.mark.parametrize("block", [
    # two or three spaces between the entry and the block beside it
    """Nơi nhận:                                         T/L BAN THƯỜNG VỤ
- Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy,   CHÁNH VĂN PHÒNG
- Các huyện ủy, thị ủy, thành ủy, đảng ủy trực     (Đã ký)
  thuộc Tỉnh ủy,
- Lưu Văn phòng Tỉnh ủy.                          Võ Thanh Quang
""",
    """Nơi nhận:                                         T/L BAN THƯỜNG VỤ
- Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy,      CHÁNH VĂN PHÒNG
- Các huyện ủy, thị ủy, thành ủy, đảng ủy trực  (Đã ký)
  thuộc Tỉnh ủy,
- Lưu Văn phòng Tỉnh ủy.                          Võ Thanh Quang
""",
    # the block starting lower than the list, and running longer than it
    """Nơi nhận:
- Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy,
- Các huyện ủy, thị ủy, thành ủy, đảng ủy trực                  T/L BAN THƯỜNG VỤ
  thuộc Tỉnh ủy,                                                 CHÁNH VĂN PHÒNG
- Lưu Văn phòng Tỉnh ủy.
                                                                     (Đã ký)


                                                                Võ Thanh Quang
""",
])
def test_a_signature_beside_the_list_reads_whole_and_unmixed(block):
    d = _footer(block)
    assert d["signature"] == {"authority": [{"mode": "T/L", "body": "BAN THƯỜNG VỤ"}], "position": "CHÁNH VĂN PHÒNG",
                              "signer": "Võ Thanh Quang", "note": "(Đã ký)"}
    assert d["recipients"] == ["Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy",
                               "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", "Lưu Văn phòng Tỉnh ủy"]
    assert d["unplaced"] == [] and d["warnings"] == []


def test_two_spaces_inside_an_entry_elsewhere_stay_in_it():
    # a double space inside an entry, away from the block's column, is a typo: the entry keeps it all
    d = _footer("""Nơi nhận:                                                         T/L BAN THƯỜNG VỤ
- Ban Thường vụ  Huyện ủy Sơn Tịnh,                                CHÁNH VĂN PHÒNG
- Lưu Văn phòng Tỉnh ủy.                                          Võ Thanh Quang
""")
    assert d["recipients"] == ["Ban Thường vụ Huyện ủy Sơn Tịnh", "Lưu Văn phòng Tỉnh ủy"]
    assert d["signature"]["position"] == "CHÁNH VĂN PHÒNG"


# --- 10. ";" between groups of bodies --------------------------------------------------------------

def test_semicolons_between_groups_of_bodies():
    text = TITLED.replace("Huyện ủy Đức Thọ. Thường trực Tỉnh ủy kết luận như sau:",
                          "Huyện ủy Đức Thọ. Cùng dự có lãnh đạo các ban Đảng Tỉnh ủy, Văn phòng Tỉnh ủy; Sở Nông nghiệp và "
                          "Phát triển nông thôn, Sở Tài nguyên và Môi trường. Thường trực Tỉnh ủy kết luận như sau:")
    # ("lãnh đạo" spreads over its commas: the leaders of the boards and of the Office)
    assert tbparse.parse_dict(text)["attendees"] == [
        "lãnh đạo các ban Đảng Tỉnh ủy, Văn phòng Tỉnh ủy", "Sở Nông nghiệp và Phát triển nông thôn",
        "Sở Tài nguyên và Môi trường"]
    # a comrade's title after his name's comma stays his
    text = TITLED.replace("Huyện ủy Đức Thọ. Thường trực Tỉnh ủy kết luận như sau:",
                          "Huyện ủy Đức Thọ. Cùng dự có đồng chí Nguyễn Văn Hải, Trưởng Ban Tổ chức Tỉnh ủy; đồng chí "
                          "Lê Thị Mai, Chánh Văn phòng Tỉnh ủy. Thường trực Tỉnh ủy kết luận như sau:")
    assert tbparse.parse_dict(text)["attendees"] == [
        "đồng chí Nguyễn Văn Hải, Trưởng Ban Tổ chức Tỉnh ủy", "đồng chí Lê Thị Mai, Chánh Văn phòng Tỉnh ủy"]
    # titles with no name, and a group, stay whole too
    text = TITLED.replace("Huyện ủy Đức Thọ. Thường trực Tỉnh ủy kết luận như sau:",
                          "Huyện ủy Đức Thọ. Tham dự có các đồng chí: Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Nội chính "
                          "Tỉnh ủy; đại diện lãnh đạo Văn phòng Trung ương Đảng; một số ban, bộ, ngành Trung ương. Thường "
                          "trực Tỉnh ủy kết luận như sau:")
    assert tbparse.parse_dict(text)["attendees"] == [
        "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Nội chính Tỉnh ủy", "đại diện lãnh đạo Văn phòng Trung ương Đảng",
        "một số ban, bộ, ngành Trung ương"]
