"""Audit 20: central-level Party documents (Bộ Chính trị, Ban Bí thư, Ban Chấp hành Trung ương and
its organs) in the web-copy layout of legal-document portals: header cells on their own lines,
markdown bold, hard-wrapped paragraphs, blank lines between paragraphs.

1. A legal-basis entry hard-wrapped at a comma ("- Căn cứ Quy chế làm việc của Ban Chấp hành Trung
   ương," / "Bộ Chính trị, Ban Bí thư khoá XIII;") was cut into two preamble paragraphs, and the
   reference to the Quy chế lost the rest of its issuer (steps/paragraphs.py).
2. "T/M BỘ CHÍNH TRỊ" over "THƯỜNG TRỰC BAN BÍ THƯ" gave the body "BỘ CHÍNH TRỊ THƯỜNG TRỰC BAN BÍ
   THƯ" and no position (vocab.POSITION_START).
"""
from __future__ import annotations

import pytest

import tbparse
from tests.lossless import missing_words

HEAD = """|
**BAN CHẤP HÀNH
TRUNG ƯƠNG**
*
|
**ĐẢNG CỘNG SẢN
VIỆT NAM**
---------------
|
|
Số {number}
|
*Hà Nội, ngày 14 tháng 02 năm 2026*
|


**{doc_type}**

{subject}

-----

"""

TAIL = """

|
Nơi nhận:
- Các tỉnh ủy, thành ủy,
- Các ban đảng, ban cán sự đảng, đảng đoàn,
đảng ủy trực thuộc Trung ương,
- Lưu Văn phòng Trung ương Đảng.
|
{signature}
|
"""

# a decision of the Bộ Chính trị: its basis entries parted by blank lines, one wrapped at a comma
DECISION = HEAD.format(number="1085-QĐ/TW", doc_type="QUYẾT ĐỊNH",
                       subject="VỀ VIỆC THÀNH LẬP BAN CHỈ ĐẠO TRUNG ƯƠNG VỀ PHÁT TRIỂN\nKHOA HỌC, CÔNG NGHỆ") + """\
- Căn cứ Điều lệ Đảng;

- Căn cứ Quy chế làm việc của Ban Chấp hành Trung ương,
Bộ Chính trị và Ban Bí thư khoá XIV;

- Xét đề nghị của Ban Tổ chức Trung ương,

BỘ CHÍNH TRỊ QUYẾT ĐỊNH

**Điều 1.** Thành lập Ban Chỉ đạo Trung ương về phát
triển khoa học, công nghệ do đồng chí Tổng Bí thư làm Trưởng Ban.

**Điều 2.** Quyết định này có hiệu lực từ ngày ký. Các
tỉnh ủy, thành ủy, các ban đảng thi hành Quyết định này.""" + TAIL.format(
    signature="**T/M BỘ CHÍNH TRỊ**\n**TỔNG BÍ THƯ**\nTô Lâm")


def test_a_basis_entry_wrapped_at_a_comma_is_one_paragraph():
    d = tbparse.parse_dict(DECISION)
    assert [p["text"] for p in d["preamble"]] == [
        "- Căn cứ Điều lệ Đảng;",
        "- Căn cứ Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư khoá XIV;",
        "- Xét đề nghị của Ban Tổ chức Trung ương,",
        "BỘ CHÍNH TRỊ QUYẾT ĐỊNH",
    ]
    quy_che = next(r for r in d["references"] if r["kind"] == "Quy chế")
    assert quy_che["issuer"] == "Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư"
    assert [it["number"] for it in d["sections"][0]["items"]] == ["Điều 1", "Điều 2"]
    assert d["signature"] == {"authority": [{"mode": "T/M", "body": "BỘ CHÍNH TRỊ"}], "position": "TỔNG BÍ THƯ",
                              "signer": "Tô Lâm", "note": None}
    assert not missing_words(DECISION, d)


# the same entries packed with no blank line between them (a typed or PDF text): the last entry ends
# on a comma and the enacting sentence still opens a paragraph of its own
PACKED = HEAD.format(number="24-QĐi/TW", doc_type="QUY ĐỊNH", subject="THI HÀNH ĐIỀU LỆ ĐẢNG") + """\
- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;
- Căn cứ Quy chế làm việc của Ban Chấp hành Trung ương khoá XIII,
Ban Chấp hành Trung ương quy định thi hành Điều lệ Đảng như sau:

**Chương I**

**ĐẢNG VIÊN**

**Điều 1. Tuổi đời của người vào Đảng**

Người vào Đảng phải đủ 18 tuổi đến đủ 60 tuổi.""" + TAIL.format(
    signature="**T/M BAN CHẤP HÀNH TRUNG ƯƠNG**\n**TỔNG BÍ THƯ**\nNguyễn Phú Trọng")


def test_packed_basis_entries_still_part_from_the_enacting_sentence():
    d = tbparse.parse_dict(PACKED)
    assert [p["text"] for p in d["preamble"]] == [
        "- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
        "- Căn cứ Quy chế làm việc của Ban Chấp hành Trung ương khoá XIII,",
        "Ban Chấp hành Trung ương quy định thi hành Điều lệ Đảng như sau:",
    ]
    assert d["number"]["type_code"] == "QĐi"
    assert (d["sections"][0]["number"], d["sections"][0]["title"]) == ("Chương I", "ĐẢNG VIÊN")
    assert d["signature"]["authority"] == [{"mode": "T/M", "body": "BAN CHẤP HÀNH TRUNG ƯƠNG"}]
    assert d["signature"]["position"] == "TỔNG BÍ THƯ"


CONCLUSION = HEAD.format(number="58-KL/TW", doc_type="KẾT LUẬN",
                         subject="CỦA BỘ CHÍNH TRỊ VỀ TIẾP TỤC THỰC HIỆN CHỈ THỊ SỐ 10-CT/TW") + """\
Sau khi nghe Ban cán sự đảng Bộ Giáo dục và Đào
tạo báo cáo, Bộ Chính trị kết luận như sau:

**1.** Tiếp tục quán triệt, thực hiện có hiệu quả Chỉ
thị số 10-CT/TW ngày 05/12/2011 của Ban Bí thư khoá XI.

**2.** Ban Tuyên giáo Trung ương theo dõi việc thực hiện Kết luận này.""" + TAIL


@pytest.mark.parametrize("signature, authority, position", [
    ("**T/M BỘ CHÍNH TRỊ**\n**THƯỜNG TRỰC BAN BÍ THƯ**", "BỘ CHÍNH TRỊ", "THƯỜNG TRỰC BAN BÍ THƯ"),
    ("**T/M BỘ CHÍNH TRỊ**\nTHƯỜNG TRỰC BAN BÍ THƯ", "BỘ CHÍNH TRỊ", "THƯỜNG TRỰC BAN BÍ THƯ"),
    # a body that wraps is still one body, with no position
    ("**T/M BAN CHẤP HÀNH**\n**TRUNG ƯƠNG**", "BAN CHẤP HÀNH TRUNG ƯƠNG", None),
    ("**T/M BAN BÍ THƯ**", "BAN BÍ THƯ", None),
])
def test_the_standing_secretary_under_the_politburo_is_the_position(signature, authority, position):
    d = tbparse.parse_dict(CONCLUSION.format(signature=signature + "\nTrần Quốc Vượng"))
    assert d["signature"] == {"authority": [{"mode": "T/M", "body": authority}], "position": position,
                              "signer": "Trần Quốc Vượng", "note": None}
    assert d["unplaced"] == []
