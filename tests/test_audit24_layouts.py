"""Audit 24: whole documents end to end, in the layouts archives hold them — where the header,
title, body and footer meet (a subject left in the body, a heading run into its paragraph, a
wrapped "V/v" line read as body text, web-page chrome read as the document's).

The inputs are documents written for this audit (Word exports flattened into space-padded lines,
web copies, pdftotext with and without -layout), each test naming the defect it guards against.
"""
from __future__ import annotations

import tbparse

FOOT = """
Nơi nhận:
- Các huyện ủy, thành ủy, đảng ủy trực thuộc,
- Lưu Văn phòng Tỉnh ủy.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Trần Hồng Quảng
"""

WEB_HEAD = """\
TỈNH ỦY NINH BÌNH
*
Số 198-KH/TU

ĐẢNG CỘNG SẢN VIỆT NAM
Ninh Bình, ngày 28 tháng 4 năm 2020

KẾ HOẠCH
{subject}

I. MỤC ĐÍCH, YÊU CẦU

1. Quán triệt sâu sắc nội dung Chỉ thị số 42-CT/TW đến cán bộ, đảng viên, đoàn viên, thanh niên.

II. TỔ CHỨC THỰC HIỆN

1. Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Tỉnh đoàn hướng dẫn, theo dõi việc thực hiện Kế hoạch.
"""


# --- the subject under the type name -------------------------------------------------------------

def test_a_subject_opening_with_thuc_hien_in_lower_case_is_the_subject() -> None:
    # "KẾ HOẠCH" / "thực hiện Chỉ thị số 42-CT/TW …": the subject went to the preamble (a body opens
    # "Thực hiện …" capitalised; the subject in normal case was taken for it), with a no-subject
    # warning and TB020/TB038 errors on a correct plan
    subject = "thực hiện Chỉ thị số 42-CT/TW ngày 24/3/2020 của Ban Bí thư"
    d = tbparse.parse_dict(WEB_HEAD.format(subject=subject) + FOOT)
    assert d["subject"] == subject
    assert d["preamble"] == []
    assert "no-subject" not in [w["code"] for w in d["warnings"]]


def test_a_web_copys_long_subject_on_one_line_is_the_subject() -> None:
    # a portal sets the whole trích yếu in one <p>: over 200 characters, lower-case-led, no full
    # stop — it went to the body as its first paragraph
    subject = ("thực hiện Chỉ thị số 42-CT/TW ngày 24/3/2020 của Ban Bí thư về tăng cường sự lãnh đạo của "
               "Đảng đối với công tác giáo dục lý tưởng cách mạng, đạo đức, lối sống văn hóa cho thế hệ trẻ "
               "giai đoạn 2020 - 2030")
    assert len(subject) > 200
    d = tbparse.parse_dict(WEB_HEAD.format(subject=subject) + FOOT)
    assert d["subject"] == subject
    assert [s["title"] for s in d["sections"]] == ["MỤC ĐÍCH, YÊU CẦU", "TỔ CHỨC THỰC HIỆN"]


def test_a_capitalised_opening_under_the_type_name_stays_the_body() -> None:
    # the guard the fix keeps: "Thực hiện Kết luận …, Ban Thường vụ …" right under "THÔNG BÁO"
    # (no subject typed) opens the body
    opening = ("Thực hiện Kết luận số 12-KL/TU ngày 02/3/2020 của Ban Thường vụ Tỉnh ủy, Ban Tuyên giáo "
               "Tỉnh ủy thông báo như sau:")
    d = tbparse.parse_dict(WEB_HEAD.format(subject=opening).replace("KẾ HOẠCH", "THÔNG BÁO") + FOOT)
    assert d["subject"] is None
    assert d["preamble"][0]["text"] == opening


# --- pdftotext -layout: a caps heading over its first paragraph ----------------------------------

PDF = """\
      ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH                     ĐẢNG CỘNG SẢN VIỆT NAM
                      *
               Số 156-TB/ĐUK                        Vĩnh Yên, ngày 20 tháng 7 năm 2017

                                        THÔNG BÁO
                     kết luận của Ban Thường vụ Đảng ủy Khối tại Hội nghị
                               sơ kết công tác 6 tháng đầu năm 2017
                                          -----

       Ngày 18/7/2017, Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh tổ chức Hội nghị sơ kết
công tác xây dựng Đảng 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2017. Sau khi nghe
báo cáo và ý kiến thảo luận, Ban Thường vụ Đảng ủy Khối kết luận như sau:

       I. {head}
       Các cấp ủy đã tập trung quán triệt, triển khai Nghị quyết Trung ương 4 khóa XII gắn với
Chỉ thị số 05-CT/TW của Bộ Chính trị; kết nạp được 87 đảng viên mới, đạt 58% kế hoạch năm.
       Tuy nhiên, chất lượng sinh hoạt chi bộ ở một số nơi chưa cao; việc tự kiểm tra của một số
chi bộ còn hình thức.

       II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2017
       1. Tiếp tục triển khai thực hiện có hiệu quả Nghị quyết Trung ương 4 khóa XII; chỉ đạo các
tổ chức cơ sở đảng hoàn thành việc xây dựng kế hoạch khắc phục hạn chế, khuyết điểm.
       2. Làm tốt công tác phát triển đảng viên, phấn đấu kết nạp đạt 100% kế hoạch năm.
       Ban Thường vụ Đảng ủy Khối yêu cầu các tổ chức cơ sở đảng nghiêm túc triển khai thực
hiện./.

 Nơi nhận:                                                    T/M BAN THƯỜNG VỤ
 - Các đảng bộ, chi bộ cơ sở,                                       BÍ THƯ
 - Lưu VP.
                                                             Hoàng Văn Minh
"""


def test_a_pdf_layout_heading_over_a_paragraph_set_in_on_its_indent() -> None:
    # "       I. ĐÁNH GIÁ KẾT QUẢ …" / "       Các cấp ủy đã …" (the first paragraph's first-line
    # indent under the heading's, no blank line): the heading ran into the paragraph, the part had
    # no title and the assessment's role was lost
    for head in ("ĐÁNH GIÁ KẾT QUẢ 6 THÁNG ĐẦU NĂM 2017", "Đánh giá kết quả 6 tháng đầu năm 2017"):
        d = tbparse.parse_dict(PDF.format(head=head))
        first = d["sections"][0]
        assert (first["number"], first["title"], first["role"]) == ("I", head, "assessment")
        assert [p["line"] for p in first["paragraphs"]] == [15, 17]
        assert first["paragraphs"][0]["text"].startswith("Các cấp ủy đã tập trung")
        assert [i["number"] for i in d["sections"][1]["items"]] == ["1", "2"]


def test_a_pdf_layout_paragraph_wrapped_under_its_indent_stays_one() -> None:
    # the guard: a paragraph's first line that stops short then goes on at the margin is one paragraph
    d = tbparse.parse_dict(PDF.format(head="ĐÁNH GIÁ KẾT QUẢ"))
    texts = [p["text"] for p in d["sections"][0]["paragraphs"]]
    assert texts[1] == ("Tuy nhiên, chất lượng sinh hoạt chi bộ ở một số nơi chưa cao; việc tự kiểm tra của "
                        "một số chi bộ còn hình thức.")


# --- a công văn's "V/v" subject centred in its column -------------------------------------------

CV = """\
  TỈNH ỦY LÂM ĐỒNG                                  ĐẢNG CỘNG SẢN VIỆT NAM
    BAN TUYÊN GIÁO
          *                                         Đà Lạt, ngày 02 tháng 6 năm 2025
   Số 1187-CV/BTGTU
V/v tuyên truyền kỷ niệm 100 năm Ngày
 Báo chí cách mạng Việt Nam (21/6/1925 -
              21/6/2025)

          Kính gửi: Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy.

     Ban Tuyên giáo Tỉnh ủy đề nghị các cơ quan, đơn vị báo cáo kết quả trước ngày 30/6/2025.

 Nơi nhận:                                                   K/T TRƯỞNG BAN
 - Như trên,                                                 PHÓ TRƯỞNG BAN
 - Lưu VT.
                                                             Trần Minh Hoàng
"""


def test_a_centred_short_last_line_of_a_vv_subject_is_its_tail() -> None:
    # Word centres the subject in the left column: its short last line "21/6/2025)" stands well in
    # from the "V/v" line's left edge, and went to the body as its first paragraph
    d = tbparse.parse_dict(CV)
    assert d["subject"] == ("V/v tuyên truyền kỷ niệm 100 năm Ngày Báo chí cách mạng Việt Nam (21/6/1925 - "
                            "21/6/2025)")
    assert [p["text"][:9] for p in d["preamble"]] == ["Kính gửi:", "Ban Tuyên"]


def test_a_line_far_right_of_a_vv_subject_is_not_its_tail() -> None:
    # the guard: the other column's cell on the next line (centred elsewhere) is no tail
    text = CV.replace("              21/6/2025)", "                                            (Lưu hành nội bộ)")
    d = tbparse.parse_dict(text)
    assert d["subject"] == "V/v tuyên truyền kỷ niệm 100 năm Ngày Báo chí cách mạng Việt Nam (21/6/1925 -"


# --- a web page's chrome around the document -----------------------------------------------------

WEB_NQ = """\
Trang chủ / Tin hoạt động / Xây dựng Đảng

Chi bộ Trường THCS Lê Lợi ra Nghị quyết tháng 10/2024

(Đăng ngày 07/10/2024 - 14:32)

ĐẢNG BỘ XÃ HÒA BÌNH

CHI BỘ TRƯỜNG THCS LÊ LỢI

*

Số 10-NQ/CB

ĐẢNG CỘNG SẢN VIỆT NAM

Hòa Bình, ngày 05 tháng 10 năm 2024

NGHỊ QUYẾT

Hội nghị chi bộ tháng 10 năm 2024

Ngày 05/10/2024, Chi bộ Trường THCS Lê Lợi họp đánh giá kết quả thực hiện nhiệm vụ tháng 9 và đề ra
nhiệm vụ tháng 10 năm 2024. Có mặt 11/12 đảng viên.

CHI BỘ QUYẾT NGHỊ:

1. Tổ chức tốt các hoạt động chào mừng ngày Phụ nữ Việt Nam 20/10.

2. Hoàn thành thu đảng phí quý IV trước ngày 25/10/2024.

Nghị quyết được 11/11 đảng viên dự họp biểu quyết thông qua.

T/M CHI BỘ

BÍ THƯ

Nguyễn Thị Thu Hà

Nơi nhận:

- Đảng ủy xã (b/c);

- Lưu.

Bài viết khác:

Chi bộ tổ chức sinh hoạt chuyên đề quý III/2024

Tổng số lượt truy cập: 125.698
"""


def test_a_portals_other_posts_and_visit_counter_under_the_document_are_chrome() -> None:
    # "Bài viết khác:" and its links, "Tổng số lượt truy cập: …": three unplaced-text warnings (and
    # TB000) on a clean web copy
    d = tbparse.parse_dict(WEB_NQ)
    assert d["recipients"] == ["Đảng ủy xã (b/c)", "Lưu"]
    assert d["warnings"] == []
    assert set(d["layout"]["furniture"]) == {1, 3, 5, 46, 48, 50}


def test_a_lower_case_body_word_in_the_chrome_above_the_header_is_no_issuer_fault() -> None:
    # the page's title "Chi bộ Trường THCS Lê Lợi ra Nghị quyết …" above the header (set aside by the
    # parser as chrome) gave TB003 "write the issuing body in capitals" — an error on a clean copy
    from tbparse.lint import lint_text

    d = tbparse.parse_dict(WEB_NQ)
    assert 3 in d["layout"]["furniture"]
    rules = [f.code for f in lint_text(WEB_NQ)]
    assert "TB003" not in rules


def test_a_lower_case_issuer_under_its_parent_is_still_reported() -> None:
    # the guard: a body's name typed in normal case in the header itself stays TB003's
    from tbparse.lint import lint_text

    text = WEB_NQ.replace("CHI BỘ TRƯỜNG THCS LÊ LỢI\n", "Chi bộ Trường THCS Lê Lợi\n")
    assert "TB003" in [f.code for f in lint_text(text)]


# --- pdftotext without -layout: the date line printed after the title ----------------------------

RAW = """\
BAN CHẤP HÀNH ĐẢNG BỘ TỈNH HÀ GIANG
*
Số 233-TB/TU
ĐẢNG CỘNG SẢN VIỆT NAM
THÔNG BÁO
kết luận Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 19
{date}
Ngày 27/7/2018, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 19 để thảo luận,
cho ý kiến vào các nội dung quan trọng. Sau khi thảo luận, Hội nghị kết luận như sau:
1. Thống nhất đánh giá kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2018.
2. Thông qua Đề án phát triển du lịch tỉnh Hà Giang.
Ban Chấp hành Đảng bộ tỉnh yêu cầu các cấp ủy, tổ chức đảng nghiêm túc thực hiện./.
Nơi nhận:
- Các đồng chí Tỉnh ủy viên,
- Lưu VPTU.
T/M TỈNH ỦY
BÍ THƯ
Triệu Tài Vinh
"""


def test_a_date_line_printed_after_the_title_is_the_headers_date() -> None:
    # the right column's date serialised after the title block ran into the subject ("… lần thứ 19
    # Hà Giang, ngày 30 tháng 7 năm 2018"), and the header had no date (no-date; TB014/TB038 errors)
    d = tbparse.parse_dict(RAW.format(date="Hà Giang, ngày 30 tháng 7 năm 2018"))
    assert d["subject"] == "kết luận Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 19"
    assert (d["place"], d["date"]) == ("Hà Giang", "2018-07-30")
    assert d["layout"]["date_line"] == {"line": 7, "text": "Hà Giang, ngày 30 tháng 7 năm 2018"}
    assert d["warnings"] == []
    assert [p["line"] for p in d["preamble"]] == [8]


def test_a_subject_line_naming_a_day_without_a_place_stays_the_subject() -> None:
    # the guard: "Hội nghị ngày 18/7/2018" wrapped under the subject is no date line (no comma, no place)
    d = tbparse.parse_dict(RAW.format(date="tại Hội nghị ngày 18/7/2018"))
    assert d["subject"] == "kết luận Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 19 tại Hội nghị ngày 18/7/2018"
    assert d["date"] is None


# --- a circulation note under the subject --------------------------------------------------------

NOTE_DOC = """\
   TỈNH ỦY THANH HÓA                                    ĐẢNG CỘNG SẢN VIỆT NAM
          *
   Số 2145-TB/TU                                     Thanh Hóa, ngày 09 tháng 01 năm 2024
       KHẨN

                                    THÔNG BÁO
               kết luận của Ban Thường vụ Tỉnh ủy về công tác bảo đảm an ninh,
                      trật tự dịp Tết Nguyên đán Giáp Thìn năm 2024
                                {note}
                                     -----

     Ngày 05/01/2024, Ban Thường vụ Tỉnh ủy họp nghe Đảng ủy Công an tỉnh báo cáo. Ban Thường vụ Tỉnh ủy kết luận:

     1. Đảng ủy Công an tỉnh lãnh đạo triển khai đồng bộ các biện pháp nắm tình hình.

     Ban Thường vụ Tỉnh ủy thông báo để các cơ quan, đơn vị biết, thực hiện./.

 Nơi nhận:                                                    T/M BAN THƯỜNG VỤ
 - Đảng ủy Công an tỉnh,                                         PHÓ BÍ THƯ
 - Lưu Văn phòng Tỉnh ủy.                                    Lại Thế Nguyên
"""


def test_a_circulation_note_under_the_subject_is_a_marking() -> None:
    # "(Lưu hành nội bộ)" centred under the subject ran into it as its parenthesised tail
    subject = ("kết luận của Ban Thường vụ Tỉnh ủy về công tác bảo đảm an ninh, trật tự dịp Tết Nguyên đán "
               "Giáp Thìn năm 2024")
    for note in ("(Lưu hành nội bộ)", "TÀI LIỆU HỘI NGHỊ"):
        d = tbparse.parse_dict(NOTE_DOC.format(note=note))
        assert d["subject"] == subject
        assert d["markings"] == ["KHẨN", note]
        assert d["layout"]["subject_lines"] == [7, 8]


def test_a_parenthesised_tail_of_the_subject_stays_the_subjects() -> None:
    # the guard: "(khóa XIX, nhiệm kỳ 2020 - 2025)" goes on with the subject
    d = tbparse.parse_dict(NOTE_DOC.format(note="(khóa XIX, nhiệm kỳ 2020 - 2025)"))
    assert d["subject"].endswith("năm 2024 (khóa XIX, nhiệm kỳ 2020 - 2025)")
    assert d["markings"] == ["KHẨN"]


def test_a_breadcrumb_parted_by_single_guillemets_is_chrome() -> None:
    # "Tin tức › Văn bản" above the header: no chrome sign (only ">" and "»" were), so it stayed
    # the document's line with an unplaced-text warning
    text = WEB_NQ.replace("Trang chủ / Tin hoạt động / Xây dựng Đảng", "Tin tức › Hoạt động › Xây dựng Đảng")
    d = tbparse.parse_dict(text)
    assert d["warnings"] == []
    assert 1 in d["layout"]["furniture"]
    assert d["issuer"] == {"name": "CHI BỘ TRƯỜNG THCS LÊ LỢI", "parent": "ĐẢNG BỘ XÃ HÒA BÌNH"}


def test_a_body_list_ending_lưu_y_above_the_signature_is_no_unlabelled_recipient_list() -> None:
    # "- Lưu ý: cán bộ trực báo cáo …" closing the body's list right above "T/M BAN THƯỜNG VỤ" (no
    # "Nơi nhận" at all): TB034 took the list for recipients typed without their label ("- Lưu …"
    # read as the filing entry) and pointed at the body; the parser kept it the body's
    from tbparse.lint import lint_text

    text = """\
ĐẢNG ỦY PHƯỜNG AN HÒA

*

Số 52-TB/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM

An Hòa, ngày 02 tháng 4 năm 2022

THÔNG BÁO

Phân công nhiệm vụ trực Tết Độc lập

Ban Thường vụ Đảng ủy phường phân công trực như sau:

- Ngày 01/9/2022: đồng chí Lê Văn Nam, Bí thư Đảng ủy;

- Ngày 02/9/2022: đồng chí Trần Thị Mỹ, Phó Bí thư Thường trực Đảng ủy;

- Lưu ý: cán bộ trực báo cáo tình hình về Văn phòng Đảng ủy trước 16 giờ hằng ngày.

T/M BAN THƯỜNG VỤ

BÍ THƯ

Lê Văn Nam
"""
    d = tbparse.parse_dict(text)
    assert d["recipients"] == [] and len(d["sections"][0]["items"]) == 3
    tb034 = [f for f in lint_text(text) if f.code == "TB034"]
    assert [(f.line, f.message) for f in tb034] == [(23, 'no "Nơi nhận:" list of recipients in the footer')]


def test_a_portals_keywords_comments_and_visitor_count_under_the_document_are_chrome() -> None:
    # "Từ khóa: …", "Ý kiến bạn đọc", "Tin đã đưa", "Đang truy cập: 25" under the signature, each
    # alone with a link under it: unplaced-text warnings (TB000) on a clean web copy
    for chrome in ("Từ khóa: thông báo, kết luận, chi bộ", "Ý kiến bạn đọc", "Tin đã đưa", "Đang truy cập: 25",
                   "Bình luận (0)", "Tags: Nghị quyết, Chi bộ"):
        text = WEB_NQ.split("Bài viết khác:")[0] + chrome + "\n\nChi bộ tổ chức sinh hoạt chuyên đề quý III/2024\n"
        d = tbparse.parse_dict(text)
        assert d["warnings"] == [], chrome
        assert d["recipients"] == ["Đảng ủy xã (b/c)", "Lưu"]
        assert set(d["layout"]["furniture"]) == {1, 3, 5, 46, 48}, chrome


# --- an appendix's title in normal case over its "(Kèm theo …)" note -----------------------------

def test_an_appendix_title_in_normal_case_over_its_note_is_its_title() -> None:
    # "DANH SÁCH" / "Đoàn kiểm tra việc thực hiện …" / "(Kèm theo Quyết định số …)": the title (typed
    # in bold, normal case) and the note went to the appendix's paragraphs, title and attached null
    text = """\
  HUYỆN ỦY GIA LÂM                                 ĐẢNG CỘNG SẢN VIỆT NAM
        *
   Số 1250-QĐ/HU                                 Gia Lâm, ngày 21 tháng 6 năm 2022

                                QUYẾT ĐỊNH
             về việc thành lập Đoàn kiểm tra việc thực hiện Chỉ thị số 05-CT/TW
                                  -----

     Điều 1. Thành lập Đoàn kiểm tra việc thực hiện Chỉ thị số 05-CT/TW (có danh sách kèm theo).

     Điều 2. Văn phòng Huyện ủy và các đồng chí có tên tại Điều 1 thi hành Quyết định này.

 Nơi nhận:                                                T/M BAN THƯỜNG VỤ
 - Như Điều 2,                                                 PHÓ BÍ THƯ
 - Lưu VP.                                                  Nguyễn Việt Hà


                                   {label}
                    Đoàn kiểm tra việc thực hiện Chỉ thị số 05-CT/TW
         (Kèm theo Quyết định số 1250-QĐ/HU ngày 21/6/2022 của Ban Thường vụ Huyện ủy)

     1. Đồng chí Lê Thị Thu Hà, Trưởng Ban Tuyên giáo Huyện ủy - Trưởng đoàn.
     2. Đồng chí Nguyễn Văn Minh, Phó Trưởng Ban Tuyên giáo Huyện ủy - Phó Trưởng đoàn.
"""
    for label in ("DANH SÁCH", "PHỤ LỤC"):
        d = tbparse.parse_dict(text.replace("{label}", label))
        (a,) = d["appendices"]
        assert (a["label"], a["title"]) == (label, "Đoàn kiểm tra việc thực hiện Chỉ thị số 05-CT/TW")
        assert a["attached"] == "Kèm theo Quyết định số 1250-QĐ/HU ngày 21/6/2022 của Ban Thường vụ Huyện ủy"
        assert [p["line"] for p in a["paragraphs"]] == [22, 23]
        assert d["recipients"] == ["Như Điều 2", "Lưu VP"]


def test_an_appendix_sentence_with_no_note_below_stays_a_paragraph() -> None:
    # the guard: a normal-case line under "PHỤ LỤC" with no "(Kèm theo …)" note is its text
    text = """\
TỈNH ỦY X                                 ĐẢNG CỘNG SẢN VIỆT NAM
     *
Số 12-TB/TU                               X, ngày 02 tháng 3 năm 2020

THÔNG BÁO
kết luận của Ban Thường vụ Tỉnh ủy

1. Thống nhất các nội dung tại phụ lục kèm theo.

Ban Thường vụ Tỉnh ủy thông báo để các cấp ủy biết, thực hiện./.

Nơi nhận:                                 T/M BAN THƯỜNG VỤ
- Lưu VP.                                     BÍ THƯ
                                          Nguyễn Văn A

PHỤ LỤC
Danh sách các xã hoàn thành chỉ tiêu năm 2019
1. Xã Tân An.
"""
    d = tbparse.parse_dict(text)
    (a,) = d["appendices"]
    assert a["title"] is None
    assert [p["text"] for p in a["paragraphs"]][0] == "Danh sách các xã hoàn thành chỉ tiêu năm 2019"


# --- a directive's closing sentence with its end mark lost -----------------------------------------

CT_RAW = """\
BAN CHẤP HÀNH TRUNG ƯƠNG
*
Số 35-CT/TW
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Nội, ngày 30 tháng 5 năm 2014
CHỈ THỊ
CỦA BỘ CHÍNH TRỊ
về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XII của Đảng
Để chuẩn bị và tổ chức tốt đại hội đảng bộ các cấp, Bộ Chính trị yêu cầu:
1. Về chuẩn bị văn kiện
Báo cáo chính trị phải đánh giá đúng kết quả đạt được, hạn chế, yếu kém và nguyên nhân.
2. Về công tác nhân sự
a) Bảo đảm sự lãnh đạo tập trung, thống nhất của cấp ủy;
b) Thực hiện đúng quy trình giới thiệu nhân sự.
{last}
T/M BỘ CHÍNH TRỊ
TỔNG BÍ THƯ
Nơi nhận:
- Các tỉnh ủy, thành ủy,
- Lưu Văn phòng Trung ương Đảng.
Nguyễn Phú Trọng
"""


def test_a_directive_sent_down_to_the_cells_without_its_end_mark_is_the_closing() -> None:
    # "Chỉ thị này được phổ biến đến chi bộ." (the "./." lost in a PDF's text) was the last point's
    # paragraph, and the directive had no closing
    for last in ("Chỉ thị này được phổ biến đến chi bộ.", "Chỉ thị này phổ biến đến chi bộ"):
        d = tbparse.parse_dict(CT_RAW.format(last=last))
        assert d["closing"] == last
        b = d["sections"][0]["items"][1]["bullets"][1]
        assert (b["marker"], b["paragraphs"]) == ("b)", [])


def test_a_last_point_that_is_no_formula_stays_the_points() -> None:
    # the guard: a sentence about carrying out a task, under the last point, stays its paragraph
    d = tbparse.parse_dict(CT_RAW.format(last="Chỉ thị về công tác nhân sự được thực hiện ở mọi cấp."))
    assert d["closing"] is None
    b = d["sections"][0]["items"][1]["bullets"][1]
    assert [p["text"] for p in b["paragraphs"]] == ["Chỉ thị về công tác nhân sự được thực hiện ở mọi cấp."]


def test_an_l_for_a_capital_i_in_the_issuer_is_named_as_such() -> None:
    # "TỈNH ỦY THÁl BÌNH" (OCR, or a typo): TB003 said "write the issuing body in capitals:
    # «TỈNH ỦY THÁL BÌNH»" — a wrong fix; the letter is a capital I
    from tbparse.lint import lint_text

    text = """\
TỈNH ỦY THÁl BÌNH                              ĐẢNG CỘNG SẢN VIỆT NAM
         *
   Số 32-TB/TU                             Thái Bình, ngày 18 tháng 4 năm 2016

                         THÔNG BÁO
       ý kiến của Thường trực Tỉnh ủy về việc chuẩn bị Đại hội
                           -----

    1. Tiểu ban Văn kiện khẩn trương hoàn chỉnh dự thảo Báo cáo chính trị.

    Thường trực Tỉnh ủy thông báo để các tiểu ban biết, thực hiện./.

Nơi nhận:                                         T/L BAN THƯỜNG VỤ
- Các tiểu ban Đại hội,                            CHÁNH VĂN PHÒNG
- Lưu Văn phòng Tỉnh ủy.
                                                  Phạm Văn Sinh
"""
    assert tbparse.parse_dict(text)["issuer"]["name"] == "TỈNH ỦY THÁl BÌNH"
    tb003 = [f for f in lint_text(text) if f.code == "TB003"]
    assert [(f.line, f.column, f.message) for f in tb003] == [
        (1, 9, "write the capital «I», not «l», in the issuing body: «TỈNH ỦY THÁI BÌNH»")]
    lower = text.replace("TỈNH ỦY THÁl BÌNH   ", "Tỉnh ủy Thái Bình   ")
    assert [f.message for f in lint_text(lower) if f.code == "TB003"] == [
        "write the issuing body in capitals: «TỈNH ỦY THÁI BÌNH»"]


# --- a State document pasted under the Party one ---------------------------------------------------

PARTY_TB = """\
   ĐẢNG BỘ TỈNH QUẢNG NAM                              ĐẢNG CỘNG SẢN VIỆT NAM
   HUYỆN ỦY ĐẠI LỘC
             *                                   Đại Lộc, ngày 08 tháng 9 năm 2015
      Số 214-TB/HU

                                  THÔNG BÁO
          kết luận của Thường trực Huyện ủy tại buổi làm việc với Đảng ủy xã Đại Hiệp
                                    -----

     1. Thống nhất đánh giá kết quả nêu trong báo cáo của Đảng ủy xã.

     Thường trực Huyện ủy thông báo để Đảng ủy xã Đại Hiệp biết, thực hiện./.

 Nơi nhận:                                                   T/L BAN THƯỜNG VỤ
 - Đảng ủy xã Đại Hiệp,                                       CHÁNH VĂN PHÒNG
 - Lưu Văn phòng Huyện ủy.
                                                           Lê Minh Quang


ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH ĐỒNG NAI                                    Độc lập - Tự do - Hạnh phúc

Số: 1234/TB-UBND                              Đồng Nai, ngày 12 tháng 4 năm 2022

                                THÔNG BÁO
         Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp

     1. Các chủ đầu tư khẩn trương hoàn thiện thủ tục, đẩy nhanh tiến độ giải ngân.

     Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.

Nơi nhận:                                          TL. CHỦ TỊCH
- Các sở, ban, ngành;                              KT. CHÁNH VĂN PHÒNG
- Lưu: VT, KTN.                                    PHÓ CHÁNH VĂN PHÒNG
                                                      Nguyễn Văn A
"""


def test_a_state_document_pasted_under_a_party_notice_is_another_document() -> None:
    # the State notice under the Party one (no party line: the national motto heads it) was read as
    # the notice's tail: its closing, "TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG" signature and list
    # replaced the notice's, with no warning (and TB029 errors on its "TL."/"KT.")
    from tbparse.lint import lint_text

    d = tbparse.parse_dict(PARTY_TB)
    assert d["closing"] == "Thường trực Huyện ủy thông báo để Đảng ủy xã Đại Hiệp biết, thực hiện./."
    assert d["signature"]["authority"] == [{"mode": "T/L", "body": "BAN THƯỜNG VỤ"}]
    assert d["signature"]["signer"] == "Lê Minh Quang"
    assert d["recipients"] == ["Đảng ủy xã Đại Hiệp", "Lưu Văn phòng Huyện ủy"]
    assert d["layout"]["another_document"] == {"line": 20, "number": "Số: 1234/TB-UBND"}
    assert [w["code"] for w in d["warnings"]] == ["another-document"]
    findings = lint_text(PARTY_TB)
    assert not [f for f in findings if f.severity == "error"]
    assert [(f.code, f.line) for f in findings if f.line >= 20] == [("TB000", 20)]


def test_the_national_motto_alone_in_a_party_notices_body_is_no_second_document() -> None:
    # the guard: the motto with no State number and date near it (a quoted heading) starts nothing
    text = PARTY_TB.split("ỦY BAN NHÂN DÂN")[0].replace(
        "     1. Thống nhất", "     1. Mẫu biên bản ghi ở đầu trang: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM.\n\n     2. Thống nhất")
    d = tbparse.parse_dict(text)
    assert "another_document" not in d["layout"]
    assert [i["number"] for i in d["sections"][0]["items"]] == ["1", "2"]


def test_a_portals_lead_paragraph_above_the_header_goes_with_its_chrome() -> None:
    # "(CTTĐT) - Ngày 15/12/2024, Ban Thường vụ … trân trọng giới thiệu toàn văn Thông báo:" (over
    # 120 characters) under the breadcrumb: the whole lead was taken for the document's text, every
    # chrome line an unplaced-text warning
    lead = ("(CTTĐT) - Ngày 05/10/2024, Chi bộ Trường THCS Lê Lợi ban hành Nghị quyết số 10-NQ/CB về nhiệm "
            "vụ tháng 10 năm 2024. Cổng Thông tin điện tử trân trọng giới thiệu toàn văn Nghị quyết:")
    text = WEB_NQ.replace("(Đăng ngày 07/10/2024 - 14:32)\n", "(Đăng ngày 07/10/2024 - 14:32)\n\n" + lead + "\n")
    d = tbparse.parse_dict(text)
    assert d["warnings"] == []
    assert {1, 3, 5, 7} <= set(d["layout"]["furniture"])
    assert d["number"]["raw"] == "10-NQ/CB" and d["preamble"][0]["text"].startswith("Ngày 05/10/2024, Chi bộ")
    assert not [r for r in d["references"] if 7 in r["lines"]]


def test_a_long_first_paragraph_with_no_chrome_sign_stays_the_documents() -> None:
    # the guard: a draft opening with a long sentence above a caps line keeps it as its own text
    opening = ("Ban Thường vụ Đảng ủy phường thông báo kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ "
               "chức đảng và đảng viên năm 2024 của các chi bộ trực thuộc như sau, đề nghị các chi bộ lưu ý:")
    text = opening + "\n\nTHÔNG BÁO\n\n1. Chi bộ khu phố 1 hoàn thành tốt nhiệm vụ.\n\nNơi nhận:\n- Lưu.\n"
    d = tbparse.parse_dict(text)
    assert "furniture" not in d["layout"]
    assert any(u["text"] == opening for u in d["unplaced"]) or any(p["text"] == opening for p in d["preamble"])


def test_an_empty_recipients_list_under_its_label_is_reported() -> None:
    # "Nơi nhận:" over nothing (the list left out): the parser warned no-recipients but
    # `tbparse check` found nothing — TB038 counts the label, TB034 only judged its spelling
    from tbparse.lint import lint_text

    text = PARTY_TB.split("ỦY BAN NHÂN DÂN")[0].replace(
        " - Đảng ủy xã Đại Hiệp,                                       CHÁNH VĂN PHÒNG\n - Lưu Văn phòng Huyện ủy.\n",
        "                                                              CHÁNH VĂN PHÒNG\n\n")
    d = tbparse.parse_dict(text)
    assert d["recipients"] == [] and d["signature"]["signer"] == "Lê Minh Quang"
    tb034 = [(f.line, f.severity, f.message) for f in lint_text(text) if f.code == "TB034"]
    assert tb034 == [(14, "error", 'no recipients listed under "Nơi nhận:"')]
    assert not [f for f in lint_text(PARTY_TB.split("ỦY BAN NHÂN DÂN")[0]) if f.code == "TB034"]


def test_a_body_opening_in_lower_case_under_the_type_name_stays_the_body() -> None:
    # the guard of the "thực hiện …" subject: only that opening; "ngày 13/12/2022, Ban Thường vụ …"
    # typed in lower case (no subject above it) is still the body's first paragraph
    opening = "ngày 13/12/2022, Ban Thường vụ Huyện ủy họp nghe báo cáo"
    body = WEB_HEAD.format(subject=opening + "\nkế hoạch tổ chức Tết. Ban Thường vụ Huyện ủy kết luận:")
    d = tbparse.parse_dict(body.replace("KẾ HOẠCH", "THÔNG BÁO") + FOOT)
    assert d["subject"] is None
    assert d["preamble"][0]["text"].startswith(opening)

