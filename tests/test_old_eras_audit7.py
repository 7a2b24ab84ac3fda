"""Regression tests for audit 7: the parser on documents of the 1990s and early 2000s (typewriter
originals retyped, old Word files converted) and on every numbering family of format-rules.md §6.1.

Each input is a realistic document of the era, as small as shows the defect; asserts are exact.
"""
from __future__ import annotations

import tbparse

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
