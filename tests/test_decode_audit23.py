"""Archive files never seen before (audit 23): NUL padding, marks typed in odd orders, .VnTimeH titles.

Each input is built here from a notice typed for this audit and must decode to that notice's text
exactly (or fail with one line naming what the file is), with the warnings that say what was done.
"""
from __future__ import annotations

import codecs
import subprocess
import sys
import unicodedata

import pytest

import tbparse
from tbparse.decode import decode_bytes
from tbparse.errors import UndecodableInput

from .encode_helpers import as_cp1252_text, encode

NOTICE = """\
ĐẢNG BỘ TỈNH THANH HOÁ                                 ĐẢNG CỘNG SẢN VIỆT NAM
   HUYỆN UỶ QUẢNG XƯƠNG
          *                                  Quảng Xương, ngày 12 tháng 8 năm 2003
    Số 87-TB/HU

THÔNG BÁO
KẾT LUẬN CỦA THƯỜNG TRỰC HUYỆN UỶ
về công tác phòng, chống lụt bão năm 2003

Ngày 08/8/2003, Thường trực Huyện uỷ họp nghe Ban Chỉ huy phòng chống lụt bão huyện báo cáo tình hình chuẩn bị. Sau khi nghe báo cáo, đồng chí Lê Văn Thuỷ, Phó Bí thư Thường trực Huyện uỷ kết luận như sau:

1. Uỷ ban nhân dân huyện chỉ đạo các xã ven biển kiểm tra toàn bộ hệ thống đê, kè, cống; hoàn thành việc gia cố trước ngày 25/8/2003.

2. Các xã Quảng Thạch, Quảng Hoà chuẩn bị đủ vật tư, phương tiện theo phương châm "bốn tại chỗ"; tổ chức diễn tập phương án sơ tán dân khi có bão mạnh.

Thường trực Huyện uỷ thông báo để các cấp uỷ, chính quyền, đoàn thể biết, thực hiện./.

Nơi nhận:                                              T/M HUYỆN UỶ
- Thường trực Tỉnh uỷ (b/c);                            PHÓ BÍ THƯ THƯỜNG TRỰC
- Các chi, đảng bộ cơ sở;
- Lưu Văn phòng Huyện uỷ.                                  Lê Văn Thuỷ
"""


def _fields(d: dict) -> dict:
    return {k: d[k] for k in ("party", "issuer", "number", "place", "date", "doc_type", "subject",
                              "signature", "recipients", "sections")}


BASE = _fields(tbparse.parse(NOTICE).to_dict())


# ---------------------------------------------------------------------------- NUL padding

# A text file copied out of a disk image, a tape's fixed-size records or a C buffer ends in a run
# of NUL bytes. Every such file was refused "not text: binary data (NUL bytes)" (UTF-8, legacy)
# or "(control characters)" (UTF-16 with a BOM), whatever came before the padding.
def _pad(data: bytes, block: int = 512) -> bytes:
    return data + b"\x00" * (block - len(data) % block)


@pytest.mark.parametrize(
    "data, encoding",
    [
        (_pad(NOTICE.encode("utf-8")), "utf-8"),
        (_pad(encode(NOTICE, "tcvn3")), "tcvn3"),
        (_pad(encode(NOTICE, "vni")), "vni"),
        (_pad(codecs.BOM_UTF16_LE + NOTICE.encode("utf-16-le")), "utf-16-le"),
        (_pad(NOTICE.encode("utf-16-le")) + b"\x00" * 3, "utf-16-le"),  # "\n" is 0A 00: one NUL is text
        (_pad(NOTICE.encode("utf-16-be")), "utf-16-be"),
        (_pad(codecs.BOM_UTF32_LE + NOTICE.encode("utf-32-le")) + b"\x00", "utf-32-le"),
        (_pad(as_cp1252_text(encode(NOTICE, "tcvn3")).encode("utf-8")), "utf-8"),
    ],
    ids=["utf-8", "tcvn3", "vni", "utf-16-le-bom", "utf-16-le-odd-padding", "utf-16-be", "utf-32-le",
         "tcvn3-mojibake"],
)
def test_nul_padding_at_the_end_is_left_out_with_a_warning(data: bytes, encoding: str) -> None:
    dec = decode_bytes(data)
    assert dec.encoding == encoding and dec.text == NOTICE
    pad = len(data) - len(data.rstrip(b"\x00"))
    pad -= {"utf-16-le": 1, "utf-32-le": 3}.get(encoding, 0)  # the NULs of the last "\n"
    assert dec.warnings == (("nul-padding", 21, f"the file ends in {pad:,} NUL bytes (padding, not text): left out"),)
    d = tbparse.parse_bytes(data, path="x.txt").to_dict()
    assert _fields(d) == BASE
    assert [w["code"] for w in d["warnings"]] == ["nul-padding"]


def test_nul_padding_with_a_forced_encoding_and_on_the_command_line(tmp_path) -> None:
    data = _pad(encode(NOTICE, "tcvn3"))
    dec = decode_bytes(data, encoding="tcvn3")
    assert dec.text == NOTICE and [w[0] for w in dec.warnings] == ["nul-padding"]
    p = tmp_path / "old.txt"
    p.write_bytes(data)
    for extra in ([], ["--encoding", "tcvn3"]):
        r = subprocess.run([sys.executable, "-m", "tbparse", str(p), "--json", *extra], capture_output=True)
        assert r.returncode == 0, r.stderr
        assert b'"nul-padding"' in r.stdout and b'"tcvn3"' in r.stdout


@pytest.mark.parametrize(
    "data",
    [
        b"\x0bNguyen Van A" + b"\x00" * 150,  # Word's lock file "~$…": a name over NULs, no line
        b"\x00" * 64 + NOTICE.encode("utf-8"),  # NULs first: not padding
        NOTICE.encode("utf-8")[:300] + b"\x00" * 40 + NOTICE.encode("utf-8")[300:] + b"\x00" * 40,
        b"\n" + b"\x00" * 4096,
    ],
    ids=["lock-file", "leading-nuls", "nuls-inside", "only-padding"],
)
def test_nul_bytes_that_are_not_padding_are_still_refused(data: bytes) -> None:
    with pytest.raises(tbparse.InputError):
        tbparse.parse_bytes(data)


def test_a_utf16_file_cut_inside_its_last_newline_is_truncated_not_padded() -> None:
    # "\n" in UTF-16-BE is 00 0A: cut to 00 it is half a character, not padding
    dec = decode_bytes(codecs.BOM_UTF16_BE + NOTICE.encode("utf-16-be")[:-1])
    assert dec.text == NOTICE[:-1] and [w[0] for w in dec.warnings] == ["truncated"]


def test_truncated_warning_counts_lone_cr_line_ends() -> None:
    # a classic Mac file cut inside its last letter said "line 1": its lines are split at CR
    data = NOTICE.rstrip().replace("\n", "\r").encode("utf-8")[:-1]
    dec = decode_bytes(data)
    assert [(w[0], w[1]) for w in dec.warnings] == [("truncated", 21)]


# ---------------------------------------------------------------------------- marks in odd orders

def _tone_first(text: str) -> str:
    """Each letter decomposed with its tone typed before its hat: "ế" → e + U+0301 + U+0302."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for ch in text:
        d = unicodedata.normalize("NFD", ch)
        if len(d) == 3 and d[2] in tones and d[1] in "\u0302\u0306":
            d = d[0] + d[2] + d[1]
        out.append(d)
    return "".join(out)


# A tone typed before the circumflex or breve it sits on: both have combining class 230, so NFC
# keeps their order and gives "é" + a stray U+0302 — "Só̂ 87-TB/HU", "KÉ̂T LUẬN": no number, no
# type name, no subject, and nothing said so.
@pytest.mark.parametrize("form", ["utf-8", "utf-16", "text"])
def test_a_tone_typed_before_its_hat_is_composed(form: str) -> None:
    odd = _tone_first(NOTICE)
    assert "\u0302" in unicodedata.normalize("NFC", odd)  # the input really is that odd
    if form == "text":
        d = tbparse.parse(odd).to_dict()
    else:
        data = odd.encode("utf-8") if form == "utf-8" else codecs.BOM_UTF16_LE + odd.encode("utf-16-le")
        assert decode_bytes(data).text == NOTICE
        d = tbparse.parse_bytes(data).to_dict()
    assert _fields(d) == BASE and d["warnings"] == []


def test_other_combining_marks_are_left_as_nfc_leaves_them() -> None:
    # a circumflex over a letter Vietnamese never gives one, after an acute: not a Vietnamese letter
    for text in ("x\u0301\u0302 y", "i\u0301\u0302", "o\u0301\u0306"):
        assert decode_bytes(text.encode("utf-8")).text == unicodedata.normalize("NFC", text)
    # a precomposed "é" before the circumflex is the same odd order
    assert decode_bytes("Ti\u00e9\u0302n".encode("utf-8")).text == "Tiến"


# ---------------------------------------------------------------------------- .VnTimeH titles

# A TCVN3 notice whose headings were typed in small letters in .VnTimeH got its heading, header,
# type name and signature's capitals back, but the title under the type name that names the body
# stayed "kết luận của thường trực huyện uỷ" (in the normal font that body's name has capitals).
def test_vntimeh_title_under_the_type_name_gets_its_capitals() -> None:
    def small(line: str) -> str:
        letters = [c for c in line if c.isalpha()]
        return line.lower() if letters and all(c.isupper() for c in letters) else line

    typed = "\n".join(small(x) for x in NOTICE.split("\n"))
    assert "kết luận của thường trực huyện uỷ" in typed
    for data in (encode(typed, "tcvn3"), as_cp1252_text(encode(typed, "tcvn3")).encode("utf-8")):
        assert decode_bytes(data).text == NOTICE
        assert _fields(tbparse.parse_bytes(data).to_dict()) == BASE


def test_a_title_typed_in_the_normal_font_stays_as_typed() -> None:
    # the body's name has capitals, or the line does not name a body: not .VnTimeH
    for title in ("kết luận của Thường trực Huyện uỷ", "về công tác phòng, chống lụt bão"):
        text = NOTICE.replace("ĐẢNG CỘNG SẢN VIỆT NAM", "đảng cộng sản việt nam").replace(
            "KẾT LUẬN CỦA THƯỜNG TRỰC HUYỆN UỶ", title)
        out = decode_bytes(encode(text, "tcvn3")).text
        assert f"\nTHÔNG BÁO\n{title}\n" in out


# ---------------------------------------------------------------------------- cp1258 views

def _cp1258_view(data: bytes, lacked: str | None = None) -> str:
    """What Notepad on a Vietnamese-locale Windows (ANSI = cp1258) showed for *data*: its undefined
    bytes (81 8A 8D 8E 8F 90 9A 9D 9E) as C1 controls, or dropped / written as *lacked*."""
    return "".join(bytes([b]).decode("cp1258", errors="ignore") or (chr(b) if lacked is None else lacked)
                   for b in data)


# UTF-8 (or .VnTime/VNI bytes) opened as "ANSI" on a Windows set to Vietnamese shows the cp1258
# characters — "THĂ”NG BĂ\x81O" for "THÔNG BÁO" (C3 is "Ă" there, not "Ã"), TCVN3 "chÝ" as "chƯ",
# VNI "bị" as "b" + a combining dot (NFC: "ḅ") — and was saved as Unicode. None of it could be
# turned back into bytes (only cp1252/latin-1 views were undone): whole lines stayed mojibake while
# the file was labelled repaired ("utf-8-as-cp1252+utf-8-as-latin-1"), the Party frame was lost.
@pytest.mark.parametrize(
    "source, label",
    [("utf-8", "utf-8-as-cp1258"), ("tcvn3", "tcvn3-as-cp1258"), ("vni", "vni-as-cp1258")],
)
@pytest.mark.parametrize("saved", ["utf-8", "utf-16"])
def test_a_cp1258_view_saved_as_unicode_is_repaired(source: str, label: str, saved: str) -> None:
    raw = NOTICE.encode("utf-8") if source == "utf-8" else encode(NOTICE, source)
    shown = _cp1258_view(raw)
    data = shown.encode("utf-8") if saved == "utf-8" else codecs.BOM_UTF16_LE + shown.encode("utf-16-le")
    dec = decode_bytes(data)
    assert (dec.text, dec.repaired_from) == (NOTICE, label)
    d = tbparse.parse_bytes(data).to_dict()
    assert _fields(d) == BASE and d["source"]["repaired_from"] == label


@pytest.mark.parametrize("lacked", ["", "?", "\ufffd"], ids=["dropped", "question-mark", "replacement"])
def test_a_cp1258_view_that_lost_its_undefined_bytes_is_repaired(lacked: str) -> None:
    # cp1258 lacks 8A 8E 9A 9E too: "XUYÊN" (C3 8A), "KHỐI"/"TỚI"/"NGHỊ" (E1 BB 90/9A/8A)
    text = NOTICE.replace("T/M HUYỆN UỶ", "T/M ĐẢNG UỶ KHỐI").replace(
        "- Các chi, đảng bộ cơ sở;", "- XÃ QUẢNG XUYÊN, HỘI NGHỊ THỜI GIAN TỚI;")
    dec = decode_bytes(_cp1258_view(text.encode("utf-8"), lacked).encode("utf-8"))
    assert (dec.text, dec.repaired_from) == (text, "utf-8-as-cp1258")


def test_a_vni_cluster_composed_by_nfc_is_taken_apart() -> None:
    # VNI "định" is F1 F2: cp1258 "ñ" + U+0323, which NFC makes "ṇ" + U+0303 (marks reordered)
    line = "Đề nghị thực hiện đúng quy định, đôn đốc, kiểm tra việc thi hành."
    shown = unicodedata.normalize("NFC", _cp1258_view(encode(line, "vni")))
    assert "\u1e47\u0303" in shown and "\u1e25" in shown  # "ṇ̃", "ḥ"
    assert decode_bytes(shown.encode("utf-8")).text == line


def test_genuine_vietnamese_and_western_text_are_not_read_as_a_cp1258_view() -> None:
    # every letter of these is a cp1258 character: they must stay as they are
    for text in ("Bà Đào ở Hà Nội đã về.\nCơ quan Ủy ban, năm 2020 – ½ ngày «họp».\n",
                 "Ăn uống: café, crème brûlée – 12,50 €.\n"):
        dec = decode_bytes(text.encode("utf-8"))
        assert (dec.text, dec.repaired_from) == (text, None)


# ---------------------------------------------------------------------------- forced UTF-16/32

# "--encoding utf-16" on a file without a BOM took the machine's byte order: a UTF-16-BE notice read
# as "吀䠀..." (CJK, no error) or failed on a chance surrogate; "utf-32" failed the same way (and
# its last "\n" lost NULs to the padding check). A forced order the bytes contradict read as CJK too.
@pytest.mark.parametrize("order", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_forced_utf16_and_utf32_without_a_bom_take_the_order_of_the_bytes(order: str) -> None:
    family = order[:6]
    for data in (NOTICE.encode(order), NOTICE.encode(order) + b"\x00" * 64):
        dec = decode_bytes(data, encoding=family)
        assert (dec.encoding, dec.text) == (order, NOTICE)
        assert [w[0] for w in dec.warnings] == (["nul-padding"] if len(data) > len(NOTICE.encode(order)) else [])


def test_forced_utf16_order_that_the_bytes_contradict_is_refused(tmp_path) -> None:
    with pytest.raises(UndecodableInput, match="the bytes are utf-16-be"):
        decode_bytes(NOTICE.encode("utf-16-be"), encoding="utf-16-le")
    p = tmp_path / "be.txt"
    p.write_bytes(NOTICE.encode("utf-16-be"))
    r = subprocess.run([sys.executable, "-m", "tbparse", str(p), "--json", "--encoding", "utf-16"], capture_output=True)
    assert r.returncode == 0 and b'"utf-16-be"' in r.stdout, r.stderr
    r = subprocess.run([sys.executable, "-m", "tbparse", str(p), "--json", "--encoding", "utf-16le"], capture_output=True)
    assert r.returncode == 2 and r.stderr.decode().count("\n") == 1 and "use --encoding utf-16" in r.stderr.decode()


# ---------------------------------------------------------------------------- Western mojibake

# UTF-8 in French or English shown as cp1252 and saved ("rÃ©union", "â€œnewâ€\x9d") was left as it
# was, with no word: the Vietnamese readings rightly refuse it, and nothing else undid it.
@pytest.mark.parametrize("text", [
    "Compte rendu de la réunion du comité\nLe 12 février 1998, à la préfecture. « Décision avant l'été », a dit Mme Dupré.\n",
    "Memo – 14 May 2002\nThe “new” filing system starts on Monday. Don’t leave boxes in the hall…\n",
])
def test_western_utf8_shown_as_cp1252_is_repaired_not_made_vietnamese(text: str) -> None:
    dec = decode_bytes(as_cp1252_text(text.encode("utf-8")).encode("utf-8"))
    assert (dec.text, dec.repaired_from) == (text, "utf-8-as-cp1252")
    for genuine in (text.encode("utf-8"), text.encode("cp1252")):  # as typed: left alone
        assert decode_bytes(genuine).text == text and decode_bytes(genuine).repaired_from is None


# ---------------------------------------------------------------------------- short files

# A short file reads as valid syllables in two encodings: the genre's date line in VISCII, VPS or
# cp1258 is TCVN3 "ngày 25 thỏng 3 nồm" / "nóm", and the table's first (TCVN3) won the tie — a
# wrong decode with nothing to show it. The genre's common words now break such ties.
@pytest.mark.parametrize("enc", ["viscii", "vps", "cp1258", "tcvn3", "vni"])
@pytest.mark.parametrize("text", [
    "Nha Trang, ngày 25 tháng 3 năm 2011",
    "Nghi Phong, ngày 28 tháng 11 năm 1997",
    "nghe Ban Chỉ huy phòng chống",
    "PHÓ BÍ THƯ - Ban Bí thư Trung",
])
def test_a_short_legacy_file_is_read_in_the_encoding_whose_words_are_the_genre_s(enc: str, text: str) -> None:
    dec = decode_bytes(encode(text, enc))
    assert dec.encoding == enc
    # TCVN3 has no toned capitals: "PHÓ BÍ THƯ" beside small letters in one cell stays "PHó Bí"
    assert dec.text.lower() == text.lower() if enc == "tcvn3" else dec.text == text


def test_utf8_a_with_grave_shown_as_cp1252_is_caught_by_the_gate() -> None:
    # "à" is C3 A0: "Ã" + NBSP, no other mark, in a line without another accented letter
    for text in ("ngày 22/3/2011, sau khi nghe", "Hoàn thành ngày 15/12/2020."):
        assert decode_bytes(as_cp1252_text(text.encode("utf-8")).encode("utf-8")).text == text
    assert decode_bytes("NGÃ\u00a0BA ĐỒNG LỘC".encode("utf-8")).text == "NGÃ\u00a0BA ĐỒNG LỘC"  # genuine
