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


# ---------------------------------------------------------------------------- Word files

import io  # noqa: E402
import zipfile  # noqa: E402

from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls, qn  # noqa: E402

from tbparse.errors import InputError  # noqa: E402
from tbparse.source import from_bytes, from_docx_bytes  # noqa: E402

from .docx_builders import borderless_table, new_doc, number, para, to_bytes  # noqa: E402


def _tcvn3(text: str) -> str:
    """What Word stores for *text* typed in .VnTime: the cp1252 characters of its TCVN3 bytes."""
    return as_cp1252_text(encode(text, "tcvn3"))


def _run(p, text: str, fonts: dict[str, str] | None = None) -> None:
    """A run of *text* in paragraph *p*, its rFonts attributes as given ({"ascii": …, "hAnsi": …})."""
    from xml.sax.saxutils import escape

    attrs = " ".join(f'w:{k}="{v}"' for k, v in (fonts or {}).items())
    rpr = f"<w:rPr><w:rFonts {attrs}/></w:rPr>" if fonts else ""
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'))


def _legacy_notice(fonts: dict[str, str], caps_fonts: dict[str, str], body=None) -> bytes:
    """A short notice typed in TCVN3: capitals in .VnTimeH typed as small letters, the rest in
    .VnTime, each run's fonts as given."""
    d = new_doc()
    left, right = borderless_table(d).rows[0].cells

    def typed(container, text, first=False):
        p = container.paragraphs[0] if first else container.add_paragraph()
        caps = text.isupper()
        _run(p, _tcvn3(text.lower() if caps else text), caps_fonts if caps else fonts)
        return p

    typed(left, "HUYỆN ỦY ĐỨC TRỌNG", True)
    para(left, "*")
    typed(left, "Số 214-TB/HU")
    typed(right, "ĐẢNG CỘNG SẢN VIỆT NAM", True)
    typed(right, "Đức Trọng, ngày 07 tháng 4 năm 2014")
    typed(d, "THÔNG BÁO")
    typed(d, "về tình hình thực hiện nhiệm vụ quý I năm 2014")
    if body:
        body(d, typed)
    typed(d, "Ban Thường vụ Huyện ủy thông báo để các cấp ủy, tổ chức đảng biết và thực hiện./.")
    left, right = borderless_table(d).rows[0].cells
    typed(left, "Nơi nhận:", True)
    typed(left, "- Lưu Văn phòng Huyện ủy.")
    typed(right, "T/M BAN THƯỜNG VỤ", True)
    typed(right, "BÍ THƯ")
    typed(right, "Nguyễn Thị Thủy")
    return to_bytes(d)


LEGACY_LINES = ["HUYỆN ỦY ĐỨC TRỌNG", "*", "Số 214-TB/HU", "ĐẢNG CỘNG SẢN VIỆT NAM",
                "Đức Trọng, ngày 07 tháng 4 năm 2014", "THÔNG BÁO", "về tình hình thực hiện nhiệm vụ quý I năm 2014"]


# Word draws the characters above ASCII — every TCVN3 letter — in the run's high-ANSI font
# (w:hAnsi); a run whose w:ascii was another font was left as "®¶ng céng s¶n viÖt nam" and the
# notice refused as not a Party document.
@pytest.mark.parametrize(
    "fonts, caps",
    [
        ({"ascii": "Times New Roman", "hAnsi": ".VnTime"}, {"ascii": "Times New Roman", "hAnsi": ".VnTimeH"}),
        ({"ascii": ".VnTime", "hAnsi": ".VnTime"}, {"ascii": ".VnTimeH", "hAnsi": ".VnTimeH"}),
        ({"ascii": ".VnTime"}, {"ascii": ".VnTimeH"}),
    ],
    ids=["hansi-only", "both", "ascii-only"],
)
def test_docx_legacy_letters_are_read_in_the_high_ansi_font(fonts, caps) -> None:
    src = from_docx_bytes(_legacy_notice(fonts, caps), path="x.docx")
    assert [ln.text for ln in src.lines[: len(LEGACY_LINES)]] == LEGACY_LINES
    assert src.repaired_from == ".VnTime, .VnTimeH"
    d = tbparse.parse_bytes(_legacy_notice(fonts, caps), path="x.docx").to_dict()
    assert d["party"] == "ĐẢNG CỘNG SẢN VIỆT NAM" and d["signature"]["position"] == "BÍ THƯ"


def test_docx_run_setting_only_its_ascii_font_keeps_the_styles_legacy_high_ansi_font() -> None:
    d = new_doc()
    rf = d.styles["Normal"].element.get_or_add_rPr().get_or_add_rFonts()
    rf.set(qn("w:ascii"), ".VnTime")
    rf.set(qn("w:hAnsi"), ".VnTime")
    _run(para(d), _tcvn3("Đảng ủy Khối"), {"ascii": "Arial"})  # hAnsi inherited: .VnTime
    assert [ln.text for ln in from_docx_bytes(to_bytes(d)).lines] == ["Đảng ủy Khối"]


def _numbered(d, typed, lvl_text: str, lvl_font: str | None, para_font: str | None = None) -> None:
    numbering = d.part.numbering_part.element
    rpr = f'<w:rPr><w:rFonts w:ascii="{lvl_font}" w:hAnsi="{lvl_font}"/></w:rPr>' if lvl_font else ""
    numbering.append(parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="77"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        f'<w:numFmt w:val="decimal"/><w:lvlText w:val="{lvl_text}"/>{rpr}</w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="77"><w:abstractNumId w:val="77"/></w:num>'))
    for text in ("Các tổ chức cơ sở đảng thực hiện.", "Văn phòng Huyện ủy theo dõi."):
        p = typed(d, text)
        number(p, "77")
        if para_font:  # the paragraph mark's font: the label's when its level sets none
            p._p.get_or_add_pPr().append(parse_xml(
                f'<w:rPr {nsdecls("w")}><w:rFonts w:ascii="{para_font}" w:hAnsi="{para_font}"/></w:rPr>'))


# A list label typed in the legacy font ("§iÒu %1." for "Điều 1.") was printed undecoded: the
# articles of a Quy định read "§iÒu 1. …".
@pytest.mark.parametrize(
    "lvl_text, lvl_font, para_font",
    [
        (_tcvn3("Điều") + " %1.", ".VnTime", None),
        (_tcvn3("Điều") + " %1.", None, ".VnTime"),
        ("Điều %1.", ".VnTime", None),  # Unicode in a legacy font's level: left as it is
    ],
    ids=["level-font", "paragraph-mark-font", "unicode-label"],
)
def test_docx_list_label_typed_in_a_legacy_font_is_decoded(lvl_text, lvl_font, para_font) -> None:
    fonts, caps = {"ascii": ".VnTime", "hAnsi": ".VnTime"}, {"ascii": ".VnTimeH", "hAnsi": ".VnTimeH"}
    data = _legacy_notice(fonts, caps, lambda d, typed: _numbered(d, typed, lvl_text, lvl_font, para_font))
    texts = [ln.text for ln in from_docx_bytes(data).lines]
    assert "Điều 1. Các tổ chức cơ sở đảng thực hiện." in texts
    assert "Điều 2. Văn phòng Huyện ủy theo dõi." in texts


def _with_main_type(data: bytes, content_type: str) -> bytes:
    zin = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zout:
        for name in zin.namelist():
            part = zin.read(name)
            if name == "[Content_Types].xml":
                part = part.replace(
                    b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                    content_type.encode())
            zout.writestr(name, part)
    return buf.getvalue()


# A macro-enabled document or a template given a .docx name (or read as .docm/.dotx) was
# "not a valid .docx: file '<_io.BytesIO object at 0x…>' is not a Word file, content type is …".
@pytest.mark.parametrize("content_type", [
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
], ids=["docm", "dotx", "dotm"])
def test_docm_and_templates_are_read_like_a_docx(content_type: str) -> None:
    data = _legacy_notice({"ascii": ".VnTime", "hAnsi": ".VnTime"}, {"ascii": ".VnTimeH", "hAnsi": ".VnTimeH"})
    want = tbparse.parse_bytes(data, path="x.docx").to_dict()
    got = tbparse.parse_bytes(_with_main_type(data, content_type), path="x.docx").to_dict()
    assert {k: v for k, v in got.items() if k != "source"} == {k: v for k, v in want.items() if k != "source"}


def _strict(data: bytes) -> bytes:
    zin = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zout:
        for name in zin.namelist():
            zout.writestr(name, zin.read(name).replace(
                b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                b"http://purl.oclc.org/ooxml/officeDocument/relationships"))
    return buf.getvalue()


RTF = rb"{\rtf1\ansi\ansicpg1258\deff0{\fonttbl{\f0 Times New Roman;}}\f0 TH\u212?NG B\u193?O\par}"


# What an archive holds under a .docx name, each one line that names it (they said "not a zip
# archive", or for a Strict Open XML file "no relationship of type 'http://…' in collection").
@pytest.mark.parametrize(
    "data, message",
    [
        (RTF, "this is an RTF file; open it in Word and save it as .docx"),
        (b'<?xml version="1.0"?>\n<?mso-application progid="Word.Document"?>\n<w:wordDocument '
         b'xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"/>',
         "this is a Word 2003 XML document; open it in Word and save it as .docx"),
        (b"<!DOCTYPE html><html><body><p>TH\xc3\x94NG B\xc3\x81O</p></body></html>",
         "this is a web page (HTML); open it in Word and save it as .docx"),
        (NOTICE.encode("utf-8"), "this is a text file, not a Word file; give it a .txt name"),
        (b"", "the file is empty"),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "this is a PDF file (extract its text first)"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "a damaged zip archive (cut short?)"),
        (_strict(to_bytes(new_doc())), 'saved as Strict Open XML, which cannot be read; save it in Word as '
                                       '"Word Document (*.docx)"'),
    ],
    ids=["rtf", "word-2003-xml", "html", "text", "empty", "pdf", "cut-zip", "strict"],
)
def test_what_is_not_a_docx_is_named_in_one_line(data: bytes, message: str, tmp_path) -> None:
    with pytest.raises(InputError) as exc:
        from_docx_bytes(data, path="old.docx")
    assert str(exc.value) == f"old.docx: not a valid .docx: {message}"
    f = tmp_path / "old.docx"
    f.write_bytes(data)
    p = subprocess.run([sys.executable, "-m", "tbparse", str(f), "--json"], capture_output=True)
    assert p.returncode == 2 and p.stdout == b""
    assert p.stderr.decode().splitlines() == [f"tbparse: {f}: not a valid .docx: {message}"]


def test_rtf_read_as_text_is_refused_with_one_line() -> None:
    with pytest.raises(UndecodableInput, match=r"^x\.txt: not text: this is an RTF file \(save it as \.docx or text\)$"):
        from_bytes(RTF, path="x.txt")


# ---------------------------------------------------------------------------- UTF-8 shown as cp1252


def _shown_as_cp1252(text: str, hole: str | None) -> str:
    """*text*'s UTF-8 bytes as a cp1252 program showed them; the five bytes cp1252 lacks (81 8D 8F
    90 9D) become *hole* ("" dropped, "?" or U+FFFD), or their C1 control when None."""
    out = []
    for b in text.encode("utf-8"):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b) if hole is None else hole)
    return "".join(out)


# "Đ" is C4 90, "ờ ề ọ ỏ" are E1 BB 9D/81/8D/8F, "Í" C3 8D: a converter that showed UTF-8 as cp1252
# dropped those bytes or wrote "?" / U+FFFD for them ("Ä?áº¢NG"), and every line holding one stayed
# mojibake ("Äáº¢NG Cá»˜NG Sáº¢N", "BÃ THÆ¯") — the frame lost while the label said it was repaired.
@pytest.mark.parametrize("hole", [None, "", "?", "\ufffd"], ids=["c1-kept", "dropped", "question-mark", "fffd"])
def test_utf8_shown_as_cp1252_with_its_lost_bytes_is_repaired(hole: str | None) -> None:
    data = _shown_as_cp1252(NOTICE, hole).encode("utf-8")
    dec = decode_bytes(data)
    assert (dec.encoding, dec.repaired_from) == ("utf-8", "utf-8-as-cp1252")
    assert dec.text == NOTICE
    assert _fields(tbparse.parse_bytes(data, path="x.txt").to_dict()) == BASE


@pytest.mark.parametrize(
    "line",
    [
        "Ban Thường vụ họp về việc học tập; mọi người đều dự.",  # ờ ọ ề: the word and the genre's words decide
        "T/L BAN THƯỜNG VỤ — CHÁNH VĂN PHÒNG — K/T BÍ THƯ — MỤC ĐÍCH, Ý KIẾN — QUỐC",  # Á Í Ý Ố in capitals
        "Trưởng phòng Chính trị, Văn phòng Tỉnh ủy và trường học",
        "THÔNG BÁO\nÝ kiến kết luận của Thường trực Huyện ủy",  # a word at a line's start: "Ý", not "Á"
    ],
)
def test_lost_bytes_are_chosen_by_syllable_phrase_and_document(line: str) -> None:
    text = f"{line}\n{NOTICE}"
    for hole in ("", "?"):
        assert decode_bytes(_shown_as_cp1252(text, hole).encode("utf-8")).text == text


def test_decomposed_text_shown_as_cp1252_keeps_its_acute_accents() -> None:
    import unicodedata

    nfd = unicodedata.normalize("NFD", NOTICE)  # the acute is CC 81: a lost byte in every "á"
    dec = decode_bytes(_shown_as_cp1252(nfd, "").encode("utf-8"))
    assert dec.text == NOTICE and dec.repaired_from == "utf-8-as-cp1252"


def test_genuine_text_with_question_marks_and_replacement_characters_is_left_alone() -> None:
    text = NOTICE + "Ä? Bạn có hỏi gì không? \ufffd\n"
    assert decode_bytes(text.encode("utf-8")).text == text
    latin = "Ärger? Straße, Größe und Übermaß – Äpfel? Ö\n" * 3
    assert decode_bytes(latin.encode("utf-8")).text == latin


# ---------------------------------------------------------------------------- a UTF-8 BOM over other bytes

# Notepad saved UTF-8 with a BOM; a header saved so, with a body pasted in TCVN3 bytes after it (or
# a legacy file a tool gave a BOM, or one cp1252 quote) was refused: "not text: starts with a
# utf-8-sig BOM but is not utf-8".
@pytest.mark.parametrize(
    "data, encoding, repaired",
    [
        (codecs.BOM_UTF8 + HEAD.encode("utf-8") + encode(BODY, "tcvn3"), "utf-8-sig", "tcvn3-bytes-in-utf-8"),
        (codecs.BOM_UTF8 + HEAD.encode("utf-8") + encode(BODY, "vni"), "utf-8-sig", "vni-bytes-in-utf-8"),
        (codecs.BOM_UTF8 + encode(NOTICE, "tcvn3"), "tcvn3", None),
        (codecs.BOM_UTF8 + encode(NOTICE, "cp1258"), "cp1258", None),
    ],
    ids=["utf8-head-tcvn3-body", "utf8-head-vni-body", "tcvn3", "cp1258"],
)
def test_a_utf8_bom_over_bytes_that_are_not_all_utf8(data: bytes, encoding: str, repaired: str | None) -> None:
    dec = decode_bytes(data)
    assert (dec.encoding, dec.repaired_from, dec.text) == (encoding, repaired, NOTICE)
    assert _fields(tbparse.parse_bytes(data, path="x.txt").to_dict()) == BASE


def test_a_utf8_bom_with_one_cp1252_quote() -> None:
    text = NOTICE.replace("Số 214", "Số “214”")
    data = codecs.BOM_UTF8 + text.encode("utf-8").replace("“".encode(), b"\x93").replace("”".encode(), b"\x94")
    dec = decode_bytes(data)
    assert (dec.encoding, dec.repaired_from, dec.text) == ("utf-8-sig", "cp1252-bytes-in-utf-8", text)


def test_a_utf8_bom_over_binary_data_is_still_refused() -> None:
    with pytest.raises(UndecodableInput, match="not text"):
        decode_bytes(codecs.BOM_UTF8 + bytes(range(256)) * 4)


# ---------------------------------------------------------------------------- .VnTimeH in small letters


def _vntimeh(text: str) -> str:
    """*text* with its lines in capitals typed as .VnTimeH was mostly typed: in small letters (the
    font drew them as capitals); a plain-text export keeps the small letters."""
    out = []
    for line in text.split("\n"):
        letters = [c for c in line if c.isalpha()]
        out.append(line.lower() if letters and all(c.isupper() for c in letters) else line)
    return "\n".join(out)


WEB = """\
ĐẢNG BỘ TỈNH QUẢNG NGÃI
ĐẢNG ỦY KHỐI CƠ QUAN TỈNH
*
Số: 86-TB/ĐUK

ĐẢNG CỘNG SẢN VIỆT NAM
Quảng Ngãi, ngày 25 tháng 11 năm 2011

THÔNG BÁO
kết luận của Thường trực Đảng ủy Khối tại buổi làm việc với Đảng ủy Sở Giáo dục và Đào tạo

Ngày 18/11/2011, đồng chí Phạm Ngọc Dũng, Phó Bí thư Thường trực Đảng ủy Khối đã làm việc với Đảng ủy Sở.

I. ĐÁNH GIÁ KẾT QUẢ
Đảng ủy Sở đã lãnh đạo cơ quan hoàn thành tốt nhiệm vụ chính trị.

II. NHIỆM VỤ THỜI GIAN TỚI
Tiếp tục nâng cao chất lượng sinh hoạt chi bộ./.

T/L BAN THƯỜNG VỤ
CHÁNH VĂN PHÒNG
Lê Thị Hương Giang

Nơi nhận:
- Đảng ủy Sở GD&ĐT;
- Lưu VP.
"""


# A TCVN3 notice whose headings were typed in small letters in .VnTimeH read "đảng cộng sản việt
# nam", "thông báo", "t/m ban thường vụ", and was refused: "not a Party document".
@pytest.mark.parametrize("text", [NOTICE, WEB], ids=["word-export", "web-copy"])
@pytest.mark.parametrize("form", ["bytes", "mojibake", "crlf"])
def test_tcvn3_headings_typed_in_small_letters_get_their_capitals(text: str, form: str) -> None:
    small = _vntimeh(text)
    data = {"bytes": encode(small, "tcvn3"), "mojibake": as_cp1252_text(encode(small, "tcvn3")).encode("utf-8"),
            "crlf": encode(small.replace("\n", "\r\n"), "tcvn3")}[form]
    dec = decode_bytes(data)
    # the title under the type name gets its capitals too, since the body's name in it is small
    # ("kết luận của ban thường vụ huyện ủy"; typed in the normal font it reads "… Ban Thường vụ …",
    # as WEB's does, and stays): audit 23
    assert dec.text == (text.replace("\n", "\r\n") if form == "crlf" else text)
    d = tbparse.parse_bytes(data, path="x.txt").to_dict()
    assert d["party"] == "ĐẢNG CỘNG SẢN VIỆT NAM" and d["doc_type"] == "THÔNG BÁO"
    assert d["issuer"]["name"] in ("HUYỆN ỦY ĐỨC TRỌNG", "ĐẢNG ỦY KHỐI CƠ QUAN TỈNH")
    assert d["signature"]["position"] in ("BÍ THƯ", "CHÁNH VĂN PHÒNG") and d["warnings"] == []


def test_tcvn3_small_letters_stay_small_without_a_small_party_heading() -> None:
    # the body's own "thông báo" line, and a lower-case header, when nothing shows .VnTimeH
    text = NOTICE.replace("ĐẢNG CỘNG SẢN VIỆT NAM", "Đảng Cộng sản Việt Nam").replace(
        "Ban Thường vụ Huyện ủy thông báo", "thông báo\nBan Thường vụ Huyện ủy thông báo")
    assert decode_bytes(encode(text, "tcvn3")).text == text


@pytest.mark.parametrize("hole", ["", "?"], ids=["dropped", "question-mark"])
def test_double_encoded_utf8_whose_first_showing_lost_bytes(hole: str) -> None:
    # shown as cp1252 by a program that dropped (or wrote "?" for) the bytes it lacks, saved, then
    # shown and saved again: "Ã„Ã¡ÂºÂ¢NG" for "ĐẢNG" — the second layer peeled, the first read
    # with its lost bytes put back (it stayed half repaired)
    twice = _shown_as_cp1252(_shown_as_cp1252(NOTICE, hole), None)
    dec = decode_bytes(twice.encode("utf-8"))
    assert (dec.text, dec.repaired_from) == (NOTICE, "utf-8-as-cp1252-x2")


def test_tcvn3_small_headings_of_a_draft_without_star_or_number_stop_at_the_type_name() -> None:
    # a draft: no "*" and a blank number; the header ends at the type name, so the body's
    # hard-wrapped lines in small letters stay small
    text = NOTICE.replace("         *      ", "                ").replace("Số 214-TB/HU", "Số     -TB/HU")
    text = text.replace("Huyện ủy họp dưới sự chủ trì", "Huyện ủy họp\ndưới sự chủ trì")
    small = _vntimeh(text)
    assert decode_bytes(encode(small, "tcvn3")).text == text  # the title under the type name too (audit 23)
