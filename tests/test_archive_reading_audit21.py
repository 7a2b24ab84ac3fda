"""Archive files never seen before (audit 21): line ends, files cut short, legacy fonts in Word.

Each input is built here from a notice typed for this audit (a Word export with its two-column
header flattened with spaces) and must decode to that notice's text exactly, or fail with one
line naming what the file is.
"""
from __future__ import annotations

import codecs
import json
import subprocess
import sys

import pytest

import tbparse
from tbparse.decode import decode_bytes
from tbparse.errors import UndecodableInput

from .encode_helpers import as_cp1252_text, encode

NOTICE = """\
ĐẢNG BỘ TỈNH LÂM ĐỒNG                                   ĐẢNG CỘNG SẢN VIỆT NAM
HUYỆN ỦY ĐỨC TRỌNG
         *                                         Đức Trọng, ngày 07 tháng 4 năm 2014
  Số 214-TB/HU

THÔNG BÁO
KẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY
về tình hình thực hiện nhiệm vụ quý I năm 2014
-----

Ngày 03/4/2014, Ban Thường vụ Huyện ủy họp dưới sự chủ trì của đồng chí Nguyễn Thị Thủy - Bí thư Huyện ủy.

Sau khi nghe báo cáo, đồng chí Bí thư Huyện ủy kết luận như sau:

I- NHIỆM VỤ TRỌNG TÂM
Ủy ban nhân dân huyện tập trung thu ngân sách, giải phóng mặt bằng trước ngày 30/6/2014.

Ban Thường vụ Huyện ủy thông báo để các cấp ủy, tổ chức đảng biết và thực hiện./.

Nơi nhận:                                                    T/M BAN THƯỜNG VỤ
- Thường trực Tỉnh ủy (b/c);                                         BÍ THƯ
- Các tổ chức cơ sở đảng;
- Lưu Văn phòng Huyện ủy.                                        Nguyễn Thị Thủy
"""
HEAD, BODY = NOTICE.split("\n\nNgày 03/4", 1)
BODY = "\n\nNgày 03/4" + BODY


def _cr(text: str) -> str:
    return text.replace("\n", "\r")


def _fields(d: dict) -> dict:
    return {k: d[k] for k in ("party", "issuer", "number", "place", "date", "doc_type", "subject",
                              "signature", "recipients")}


BASE = _fields(tbparse.parse(NOTICE).to_dict())


# ---------------------------------------------------------------------------- lone CR line ends

# A file saved with classic Mac line ends (a lone CR) was one line to the line-by-line work: TCVN3
# capitals were not restored ("THÔNG BáO", "Bí THƯ") and a file mixing fonts was not read line by
# line, so the type name, or the whole frame, was lost.
@pytest.mark.parametrize(
    "data, encoding, repaired",
    [
        (encode(_cr(NOTICE), "tcvn3"), "tcvn3", None),
        (as_cp1252_text(encode(_cr(NOTICE), "tcvn3")).encode("utf-8"), "utf-8", "tcvn3-as-cp1252"),
        (_cr(HEAD).encode("utf-8") + encode(_cr(BODY), "tcvn3"), "utf-8", "tcvn3-bytes-in-utf-8"),
        ((_cr(HEAD) + as_cp1252_text(encode(_cr(BODY), "tcvn3"))).encode("utf-8"), "utf-8", "tcvn3-as-cp1252"),
    ],
    ids=["tcvn3-bytes", "tcvn3-mojibake", "utf8-head-tcvn3-body", "utf8-head-mojibake-body"],
)
def test_lone_cr_line_ends_are_decoded_line_by_line(data: bytes, encoding: str, repaired: str | None) -> None:
    dec = decode_bytes(data)
    assert (dec.encoding, dec.repaired_from) == (encoding, repaired)
    assert dec.text == _cr(NOTICE)  # capitals back, and every CR kept where it was
    assert _fields(tbparse.parse_bytes(data, path="x.txt").to_dict()) == BASE


def test_forced_tcvn3_with_lone_cr_line_ends() -> None:
    assert decode_bytes(encode(_cr(NOTICE), "tcvn3"), encoding="tcvn3").text == _cr(NOTICE)


def test_lone_cr_among_crlf_line_ends_stays_where_it_was() -> None:
    text = NOTICE.replace("\n", "\r\n", 3)
    text = text[: text.index("THÔNG BÁO") - 1] + "\r" + text[text.index("THÔNG BÁO"):]
    assert decode_bytes(encode(text, "tcvn3")).text == text


# ---------------------------------------------------------------------------- files cut short


def _cut_inside_last_letter(data: bytes) -> bytes:
    """*data* (UTF-8) cut after the lead byte of its last multi-byte letter."""
    k = max(i for i, b in enumerate(data) if b >= 0xC0)
    return data[: k + 1]


# A UTF-8 file cut inside its last letter was read as a legacy or cp1252 file ("vni-bytes-in-utf-8",
# a mixed-encoding warning, "Lưu VP" → "LỈ"); a UTF-16 file with an odd byte count was refused
# ("starts with a utf-16-le BOM but is not utf-16-le", or "binary data (NUL bytes)" without a BOM).
@pytest.mark.parametrize(
    "data, encoding, cut",
    [
        (_cut_inside_last_letter(NOTICE.rstrip().encode("utf-8")), "utf-8", 1),  # "Thủy" → "Th" + E1
        (codecs.BOM_UTF16_LE + NOTICE.encode("utf-16-le")[:-1], "utf-16-le", 1),
        (codecs.BOM_UTF16_BE + NOTICE.encode("utf-16-be")[:-1], "utf-16-be", 1),
        (NOTICE.encode("utf-16-le")[:-1], "utf-16-le", 1),
        (codecs.BOM_UTF16_LE + (NOTICE + "\U0001f4c4").encode("utf-16-le")[:-2], "utf-16-le", 2),
    ],
    ids=["utf-8", "utf-16-le-bom", "utf-16-be-bom", "utf-16-le", "utf-16-half-surrogate-pair"],
)
def test_a_file_cut_inside_its_last_character_is_read_with_a_warning(data: bytes, encoding: str, cut: int) -> None:
    dec = decode_bytes(data)
    assert (dec.encoding, dec.repaired_from) == (encoding, None)
    assert dec.text == (NOTICE.rstrip()[:-2] if encoding == "utf-8" else NOTICE[:-1] if cut == 1 else NOTICE)
    last = len(dec.text.split("\n"))
    assert dec.warnings == (("truncated", last, f"the file was cut short inside its last character ({encoding}): "
                             f"that character's {cut} byte{'s' if cut > 1 else ''} left out"),)
    d = tbparse.parse_bytes(data, path="x.txt").to_dict()
    assert [w["code"] for w in d["warnings"]] == ["truncated"]
    assert d["number"] == BASE["number"] and d["signature"]["authority"] == BASE["signature"]["authority"]


def test_invalid_utf16_inside_the_file_is_still_refused() -> None:
    data = codecs.BOM_UTF16_LE + "Số 12\n".encode("utf-16-le") + b"\x00\xdc" + "tiếp".encode("utf-16-le")
    with pytest.raises(UndecodableInput, match="BOM but is not"):
        decode_bytes(data)


def test_an_ascii_file_ending_in_a_high_byte_is_not_a_cut_utf8_file() -> None:
    dec = decode_bytes(b"Hello world, this is an ordinary text\xe9")
    assert dec.encoding == "cp1252" and dec.warnings == ()


def test_cli_names_the_cut_file_and_strict_fails_on_it(tmp_path) -> None:
    f = tmp_path / "cut.txt"
    f.write_bytes(codecs.BOM_UTF16_LE + NOTICE.encode("utf-16-le")[:-1])
    p = subprocess.run([sys.executable, "-m", "tbparse", str(f), "--json"], capture_output=True)
    assert p.returncode == 0
    d = json.loads(p.stdout)
    assert d["source"]["encoding"] == "utf-16-le" and d["warnings"][0]["code"] == "truncated"
    p = subprocess.run([sys.executable, "-m", "tbparse", str(f), "--json", "--strict"], capture_output=True)
    assert p.returncode == 1 and p.stderr.decode().strip().endswith("1 parse warning (--strict)")


# ---------------------------------------------------------------------------- TCVN3 capitals


def test_tcvn3_paragraph_under_a_numbered_heading_opens_with_a_capital() -> None:
    # "I- NHIỆM VỤ TRỌNG TÂM" / "Ổn định …": TCVN3 has no "Ổ", the line under a numbered heading
    # in capitals opens a paragraph (it stayed "ổn định")
    text = NOTICE.replace("Ủy ban nhân dân huyện tập trung", "Ổn định tình hình, tập trung")
    assert decode_bytes(encode(text, "tcvn3")).text == text


def test_tcvn3_subject_under_the_type_name_keeps_its_small_letter() -> None:
    # the subject under "THÔNG BÁO" opens in lower case as often as not: it is left as typed
    text = NOTICE.replace("KẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY\n", "ý kiến của Ban Thường vụ Huyện ủy\n")
    assert decode_bytes(encode(text, "tcvn3")).text == text
