"""Audit 17: notices as web copies and PDF/OCR text give them (not Word exports).

1. A web copy printing the signer's name before the position ("Nguyễn Hoàng Trung" / "Bí thư Đảng
   ủy phường" / "(đã ký)"), with or without an authority line or "Nơi nhận" after it: no signature,
   and the closing and the block went into the last item (steps/zones.py, steps/footer.py).
2. A portal's "Nguồn: Cổng thông tin điện tử …" under the list raised an ``unplaced-text`` warning
   (steps/furniture.py).
3. A PDF line broken after a word's own hyphen ("tiêm vắc-" / "xin", "Kết luận số 21-" / "KL/TW")
   read "vắc- xin", and a short such line ended its item (state.py, steps/paragraphs.py).
4. "Nơi nhận: - A; - B; - C." run into one line was one recipient (steps/footer.py).
5. A weekly schedule's unnumbered day headings ("Thứ Hai (14/10/2024)" over "- 7 giờ 30: …") left
   the whole schedule in the preamble and made an entry the meeting; in a PDF the title's
   "(Từ ngày 14/10 đến ngày 20/10/2024)" went to the preamble (steps/structure.py, zones.py).
"""
from __future__ import annotations

import tbparse
from tests.lossless import missing_words

# A ward committee's notice (2026, after the district level was dissolved) as a portal prints it:
# header cells between lone "|" lines, the subject run into the type line, the name over its title.
WARD = """\
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
|
ĐẢNG ỦY PHƯỜNG BA ĐÌNH
|
*
|
Số 15-TB/ĐU
|
ĐẢNG CỘNG SẢN VIỆT NAM
|
Hà Nội, ngày 5-3-2026

**THÔNG BÁO KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG tại phiên họp ngày 03/3/2026**

Ngày 03/3/2026, Ban Thường vụ Đảng ủy phường họp dưới sự chủ trì của đồng chí Bí thư Đảng ủy phường Nguyễn Hoàng Trung. Sau khi nghe các báo cáo, Ban Thường vụ Đảng ủy phường kết luận:

*1. Về công tác chuẩn bị bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031*

Giao Đảng ủy Ủy ban nhân dân phường chỉ đạo hoàn thành việc niêm yết danh sách cử tri trước ngày 14/3/2026.

*2. Về công tác kiểm tra, giám sát năm 2026*

Ủy ban Kiểm tra Đảng ủy phường triển khai Chương trình kiểm tra, giám sát năm 2026; báo cáo kết quả quý I trước ngày 31/3/2026.

Văn phòng Đảng ủy thông báo để các chi bộ, đảng bộ trực thuộc biết, thực hiện./.

{block}
Nơi nhận:
- Ban Thường vụ Thành ủy (để b/c);
- Các chi bộ, đảng bộ trực thuộc;
- Lưu VP.
"""
CLOSING = "Văn phòng Đảng ủy thông báo để các chi bộ, đảng bộ trực thuộc biết, thực hiện./."
RECIPIENTS = ["Ban Thường vụ Thành ủy (để b/c)", "Các chi bộ, đảng bộ trực thuộc", "Lưu VP"]


def _last_item_texts(d: dict) -> list[str]:
    return [p["text"] for p in d["sections"][-1]["items"][-1]["paragraphs"]]


def _check_ward(d: dict, text: str) -> None:
    assert d["closing"] == CLOSING
    assert _last_item_texts(d) == [
        "Ủy ban Kiểm tra Đảng ủy phường triển khai Chương trình kiểm tra, giám sát năm 2026; báo cáo kết quả quý I "
        "trước ngày 31/3/2026."]
    assert d["unplaced"] == [] and not [w for w in d["warnings"] if w["code"] != "no-recipients"]
    assert not missing_words(text, d)


def test_name_before_plain_position_and_note():
    text = WARD.format(block="Nguyễn Hoàng Trung\nBí thư Đảng ủy phường\n(đã ký)\n")
    d = tbparse.parse_dict(text)
    assert d["signature"] == {"authority": [], "position": "Bí thư Đảng ủy phường", "signer": "Nguyễn Hoàng Trung",
                              "note": "(đã ký)"}
    assert d["recipients"] == RECIPIENTS
    _check_ward(d, text)


def test_name_before_caps_position_under_authority():
    text = WARD.format(block="T/M BAN THƯỜNG VỤ\nNguyễn Hoàng Trung\nBÍ THƯ\n(đã ký)\n")
    d = tbparse.parse_dict(text)
    assert d["signature"] == {"authority": [{"mode": "T/M", "body": "BAN THƯỜNG VỤ"}], "position": "BÍ THƯ",
                              "signer": "Nguyễn Hoàng Trung", "note": "(đã ký)"}
    _check_ward(d, text)


def test_name_before_position_without_note_or_authority():
    d = tbparse.parse_dict(WARD.format(block="Nguyễn Hoàng Trung\nBÍ THƯ\n"))
    assert (d["signature"]["signer"], d["signature"]["position"]) == ("Nguyễn Hoàng Trung", "BÍ THƯ")
    assert d["closing"] == CLOSING


def test_name_before_position_after_the_list_and_with_no_list():
    # the block typed after "Nơi nhận" (a PDF's footer order), and a copy that dropped the list
    after = WARD.format(block="").rstrip("\n") + "\n\nNguyễn Hoàng Trung\nBí thư Đảng ủy phường\n(đã ký)\n"
    d = tbparse.parse_dict(after)
    assert (d["signature"]["signer"], d["signature"]["position"]) == ("Nguyễn Hoàng Trung", "Bí thư Đảng ủy phường")
    assert d["recipients"] == RECIPIENTS
    _check_ward(d, after)
    alone = WARD.format(block="Nguyễn Hoàng Trung\nBí thư Đảng ủy phường\n(đã ký)\n").split("Nơi nhận:")[0]
    d = tbparse.parse_dict(alone)
    assert (d["signature"]["signer"], d["signature"]["position"], d["signature"]["note"]) == (
        "Nguyễn Hoàng Trung", "Bí thư Đảng ủy phường", "(đã ký)")
    assert [w["code"] for w in d["warnings"]] == ["no-recipients"]
    _check_ward(d, alone)


def test_position_over_name_reads_as_before():
    # the usual order, position over the name, still reads the same
    text = WARD.format(block="T/M BAN THƯỜNG VỤ\nBÍ THƯ\n(đã ký)\nNguyễn Hoàng Trung\n")
    d = tbparse.parse_dict(text)
    assert d["signature"]["position"] == "BÍ THƯ" and d["signature"]["signer"] == "Nguyễn Hoàng Trung"
    _check_ward(d, text)


# --- 2. a portal's source line under the document -----------------------------------------------

PORTAL = """\
Trang chủ > Văn bản > Thông báo
**TỈNH ỦY QUẢNG NINH** | **ĐẢNG CỘNG SẢN VIỆT NAM**
***
Số 412-TB/TU | Hạ Long, ngày 5-3-2019

**THÔNG BÁO ý kiến chỉ đạo của Thường trực Tỉnh ủy về công tác chuẩn bị Đại hội Đảng bộ các cấp**

Ngày 01/3/2019, đồng chí Nguyễn Văn Đọc, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì buổi làm việc với Ban Tổ chức Tỉnh ủy. Dự buổi làm việc có các đồng chí: Đặng Huy Hậu, Phó Bí thư Thường trực Tỉnh ủy; Nguyễn Văn Thắng, Trưởng Ban Tổ chức Tỉnh ủy.

**1. Ban Tổ chức Tỉnh ủy** tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch tổ chức đại hội đảng bộ cấp cơ sở; hoàn thành trước ngày 30/4/2019.

**2. Văn phòng Tỉnh ủy** theo dõi, đôn đốc việc thực hiện thông báo này.

Văn phòng Tỉnh ủy thông báo để các cơ quan, đơn vị biết, thực hiện./.

**T/M BAN THƯỜNG VỤ**
**PHÓ BÍ THƯ THƯỜNG TRỰC**
(Đã ký)
**Đặng Huy Hậu**

**Nơi nhận:**
- Thường trực Tỉnh ủy;
- Các huyện ủy, thị ủy, thành ủy;
- Lưu VPTU.

{source}
"""


def test_portal_source_line_is_chrome():
    for source in ("Nguồn: Cổng thông tin điện tử Tỉnh ủy Quảng Ninh", "Nguồn: https://quangninh.gov.vn",
                   "Nguồn: Báo điện tử Đảng Cộng sản Việt Nam", "Nguồn: dangcongsan.vn"):
        text = PORTAL.format(source=source)
        d = tbparse.parse_dict(text)
        assert d["unplaced"][-1] == {"line": text.splitlines().index(source) + 1, "text": source}
        assert d["warnings"] == [], source
        assert d["recipients"] == ["Thường trực Tỉnh ủy", "Các huyện ủy, thị ủy, thành ủy", "Lưu VPTU"]
        assert d["signature"]["signer"] == "Đặng Huy Hậu"


def test_source_of_a_figure_is_not_sure_chrome():
    # "Nguồn: Cục Thống kê tỉnh" may close an appendix's table: alone it stays unplaced text
    d = tbparse.parse_dict(PORTAL.format(source="Nguồn: Cục Thống kê tỉnh"))
    assert [w["code"] for w in d["warnings"]] == ["unplaced-text"]


# --- 3. a word broken at its hyphen in a PDF ----------------------------------------------------

PDF = """\
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
ĐẢNG CỘNG SẢN VIỆT NAM
QUẬN ỦY CẦU GIẤY
*
Hà Nội, ngày 25 tháng 01 năm 2022
Số 187-TB/QU
THÔNG BÁO
KẾT QUẢ HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ QUẬN
LẦN THỨ 14 (MỞ RỘNG)
Ngày 21/01/2022, Ban Chấp hành Đảng bộ quận Cầu Giấy khóa XXVII tổ chức Hội nghị lần thứ 14 (mở
rộng) để tổng kết công tác năm 2021, triển khai nhiệm vụ năm 2022. Đồng chí Nguyễn Đức Vinh,
Ủy viên Ban Thường vụ Thành ủy, Bí thư Quận ủy chủ trì Hội nghị.
I. NHIỆM VỤ NĂM 2022
1. Tiếp tục lãnh đạo thực hiện Kết luận số 21-
KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương; thực hiện các chỉ tiêu kinh tế -
xã hội năm 2022.
2. Thực hiện nghiêm các biện pháp phòng, chống dịch COVID-19; đẩy nhanh tiến độ tiêm vắc-
xin mũi 3 cho người dân trên địa bàn, hoàn thành trong quý I/2022.
Ban Thường vụ Quận ủy thông báo để các chi bộ, đảng bộ trực thuộc biết, thực hiện./.
T/M QUẬN ỦY
BÍ THƯ
Nguyễn Đức Vinh
Nơi nhận:
- Thành ủy (b/c),
- Lưu VP.
"""


def test_word_broken_at_its_hyphen_is_joined():
    d = tbparse.parse_dict(PDF)
    items = d["sections"][0]["items"]
    assert [i["text"] for i in items] == [
        "Tiếp tục lãnh đạo thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương; thực hiện "
        "các chỉ tiêu kinh tế - xã hội năm 2022.",
        "Thực hiện nghiêm các biện pháp phòng, chống dịch COVID-19; đẩy nhanh tiến độ tiêm vắc-xin mũi 3 cho "
        "người dân trên địa bàn, hoàn thành trong quý I/2022."]
    assert [i["paragraphs"] for i in items] == [[], []]
    assert [r["number"] for r in d["references"]] == ["21-KL/TW"]
    assert not missing_words(PDF, d)


def test_a_marker_alone_on_its_line_is_no_broken_word():
    # a typewriter's "I-" on its own line over the part's title keeps its space
    text = PDF.replace("I. NHIỆM VỤ NĂM 2022\n", "I-\nNHIỆM VỤ NĂM 2022\n")
    d = tbparse.parse_dict(text)
    assert (d["sections"][0]["number"], d["sections"][0]["title"]) == ("I", "NHIỆM VỤ NĂM 2022")


# --- 4. a recipients list run into one line -----------------------------------------------------

def test_recipients_run_into_one_line():
    text = PORTAL.format(source="").replace(
        "**Nơi nhận:**\n- Thường trực Tỉnh ủy;\n- Các huyện ủy, thị ủy, thành ủy;\n- Lưu VPTU.",
        "**Nơi nhận:** - Thường trực Tỉnh ủy; - Ban Cán sự đảng Bộ Lao động - Thương binh và Xã hội; - Lưu VPTU.")
    d = tbparse.parse_dict(text)
    assert d["recipients"] == ["Thường trực Tỉnh ủy", "Ban Cán sự đảng Bộ Lao động - Thương binh và Xã hội",
                               "Lưu VPTU"]
    label = next(i for i, t in enumerate(text.splitlines(), 1) if t.startswith("**Nơi nhận"))
    assert {r["line"] for r in d["layout"]["recipients"]} == {label}


# --- 5. a weekly schedule's day headings --------------------------------------------------------

SCHEDULE = """\
TỈNH ỦY THÁI BÌNH
*
Số 1024-TB/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Thái Bình, ngày 11 tháng 10 năm 2024
THÔNG BÁO
LỊCH CÔNG TÁC CỦA THƯỜNG TRỰC TỈNH ỦY
(Từ ngày 14/10 đến ngày 20/10/2024)
{b}Thứ Hai (14/10/2024){b}
- 7 giờ 30: Đồng chí Bí thư Tỉnh ủy dự Hội nghị giao ban khối Nội chính quý III. Địa điểm: Hội trường Tỉnh ủy.
- 14 giờ 00: Thường trực Tỉnh ủy làm việc với Đảng ủy Công an tỉnh.
{b}Thứ Ba (15/10/2024){b}
- 8 giờ 00: Đồng chí Phó Bí thư Thường trực Tỉnh ủy dự Lễ kỷ niệm 94 năm Ngày thành lập Hội Nông dân Việt Nam.
{b}THỨ TƯ, NGÀY 16/10/2024:{b}
- Cả ngày: Ban Thường vụ Tỉnh ủy họp thường kỳ.
Đề nghị các cơ quan, đơn vị chuẩn bị nội dung, tài liệu gửi về Văn phòng Tỉnh ủy trước 16 giờ 00 ngày 12/10/2024./.
T/L BAN THƯỜNG VỤ
K/T CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG
(Đã ký)
Phạm Văn Thông
Nơi nhận:
- Thường trực Tỉnh ủy,
- Lưu VP.
"""


def test_schedule_days_are_sections():
    pdf = SCHEDULE.format(b="")
    web = "\n\n".join(SCHEDULE.format(b="**").split("\n"))  # a web copy: bold days, blank lines between
    for text in (pdf, web):
        d = tbparse.parse_dict(text)
        assert d["subject"] == "LỊCH CÔNG TÁC CỦA THƯỜNG TRỰC TỈNH ỦY (Từ ngày 14/10 đến ngày 20/10/2024)"
        assert d["preamble"] == [] and d["meeting"] is None
        assert [s["title"] for s in d["sections"]] == ["Thứ Hai (14/10/2024)", "Thứ Ba (15/10/2024)",
                                                        "THỨ TƯ, NGÀY 16/10/2024"]
        assert [[i["text"][:9] for i in s["items"]] for s in d["sections"]] == [
            ["7 giờ 30:", "14 giờ 00"], ["8 giờ 00:"], ["Cả ngày: "]]
        assert d["closing"].startswith("Đề nghị các cơ quan")
        assert d["signature"]["signer"] == "Phạm Văn Thông" and d["unplaced"] == []
        assert not missing_words(text, d)


def test_one_day_or_a_day_in_a_sentence_is_no_heading():
    # a single day line is no outline, and a sentence that opens on a day stays a paragraph
    text = SCHEDULE.format(b="").replace("Thứ Ba (15/10/2024)\n", "").replace(
        "THỨ TƯ, NGÀY 16/10/2024:\n", "Thứ Tư, ngày 16/10/2024, Ban Thường vụ Tỉnh ủy họp thường kỳ.\n")
    d = tbparse.parse_dict(text)
    assert d["sections"] == [] or all(s["title"] != "Thứ Hai (14/10/2024)" for s in d["sections"])
