"""Files whose encoding changes inside them: a new template's Unicode header over an old .doc body
pasted in a legacy font, or a file an archive tool re-saved in part.

Every document of ``tests/data/exports`` is cut after its subject (the header a new template
brings) and rebuilt four ways per legacy encoding:

* ``utf8-head``: UTF-8 bytes of the header, then the body in legacy bytes;
* ``legacy-head``: the header in legacy bytes, then the body in UTF-8;
* ``mojibake-body``: UTF-8 text whose body is legacy bytes shown as cp1252 (mojibake);
* ``mojibake-head``: the same with the header as mojibake and the body genuine.

Each must decode to the true text — a TCVN3 part to what decoding the whole file as TCVN3 gives
(TCVN3 has no toned capitals: ``Tết Ất Tỵ`` comes back ``Tết ất Tỵ`` from TCVN3 alone) — say
``mixed-encoding`` once, at the first line read otherwise, and parse as that text does.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

import tbparse
from tbparse.decode import decode_bytes, repair_text
from tbparse.output import to_json
from tbparse.parser import parse_source
from tbparse.source import from_bytes, from_text

from .conftest import SEED
from .encode_helpers import as_cp1252_text, encode, fallback_text

EXPORTS = sorted((Path(__file__).resolve().parent / "data" / "exports").glob("*.txt"))
ENCODINGS = ("tcvn3", "vni", "cp1258", "viscii", "vps")
BYTES = ("utf8-head", "legacy-head")
TEXT = ("mojibake-body", "mojibake-head")
SEED_TEXT = SEED.read_text(encoding="utf-8")


def _base(path: Path, enc: str) -> str:
    text = path.read_text(encoding="utf-8")
    return fallback_text(text) if enc in ("viscii", "vps") else text  # they cannot hold “ ” –


def _legacy(text: str, enc: str) -> bytes:
    return encode(text, enc)


@lru_cache(maxsize=None)
def _header_lines(path: Path) -> int:
    """How many lines the header takes: through the subject (or the document type), read from the
    clean parse — where a new template's header ends."""
    lay = tbparse.parse_dict(path.read_text(encoding="utf-8"), reject=False)["layout"]
    k = lay.get("subject_rule") or max(lay.get("subject_lines") or [0]) or lay.get("doc_type_line")
    assert k, path.name
    return k


def _variant(path: Path, enc: str, form: str) -> tuple[bytes, str, list[bool]]:
    """(the file's bytes, the text it must decode to, which lines were in the legacy encoding)."""
    text = _base(path, enc)
    lines = text.split("\n")
    k = _header_lines(path)
    head, body = "\n".join(lines[:k]) + "\n", "\n".join(lines[k:])
    in_legacy = [(j >= k) == form.endswith("body") if form.startswith("mojibake") else (j >= k) == (form == "utf8-head")
                 for j in range(len(lines))]
    data = {
        "utf8-head": head.encode() + _legacy(body, enc),
        "legacy-head": _legacy(head, enc) + body.encode(),
        "mojibake-body": (head + as_cp1252_text(_legacy(body, enc))).encode(),
        "mojibake-head": (as_cp1252_text(_legacy(head, enc)) + body).encode(),
    }[form]
    # what the legacy lines read as when the whole file is in that encoding (TCVN3 capitals)
    whole = decode_bytes(_legacy(text, enc)).text.split("\n")
    want = "\n".join(whole[j] if in_legacy[j] else lines[j] for j in range(len(lines)))
    return data, want, in_legacy


def _first_read_otherwise(path: Path, enc: str, form: str, in_legacy: list[bool]) -> int:
    """The line the warning must name: the first legacy line whose bytes (or mojibake) differ
    from UTF-8's — "BÁO CÁO" as cp1258 mojibake is "BÁO CÁO" still."""
    lines = _base(path, enc).split("\n")
    for j, line in enumerate(lines):
        if not in_legacy[j] or line.isascii():
            continue
        if form in BYTES or as_cp1252_text(_legacy(line, enc)) != line:
            return j + 1
    raise AssertionError("no legacy line")


def _params(forms: tuple[str, ...]) -> list:
    """Every export in the brief's three encodings; VISCII and VPS (rarer, and their control-byte
    capitals: VPS "\\x14" is "Ụ") on every fourth."""
    return [pytest.param(p, enc, form, id=f"{p.stem[:2]}-{enc}-{form}")
            for k, p in enumerate(EXPORTS) for enc in ENCODINGS for form in forms
            if enc in ("tcvn3", "vni", "cp1258") or k % 4 == 0]


def _view(d: dict) -> dict:
    """The parse without its provenance and the decoding's own warning."""
    d = json.loads(to_json(d))
    d.pop("source")
    d["warnings"] = [w for w in d["warnings"] if w["code"] != "mixed-encoding"]
    return d


def _check(path: Path, enc: str, form: str, label: str) -> None:
    data, want, in_legacy = _variant(path, enc, form)
    src = from_bytes(data, path="mixed.txt")
    assert src.text == want, _first_diff(src.text, want)
    assert (src.encoding, src.repaired_from) == ("utf-8", label)
    d = parse_source(src, reject=False)
    mixed = [w for w in d["warnings"] if w["code"] == "mixed-encoding"]
    assert len(mixed) == 1 and mixed[0]["line"] == _first_read_otherwise(path, enc, form, in_legacy), mixed
    assert label in mixed[0]["message"]
    assert _view(d) == _view(parse_source(from_text(want), reject=False))
    if enc != "tcvn3":  # the true text, so the clean parse
        assert want == _base(path, enc)


def _first_diff(a: str, b: str) -> str:
    for no, (x, y) in enumerate(zip(a.split("\n"), b.split("\n")), 1):
        if x != y:
            return f"line {no}: {x!r} != {y!r}"
    return f"line counts {a.count(chr(10))} vs {b.count(chr(10))}"


def test_the_exports_are_there() -> None:
    assert len(EXPORTS) >= 40


# --- legacy bytes in a UTF-8 file ----------------------------------------------------------------

@pytest.mark.parametrize("path, enc, form", _params(BYTES))
def test_utf8_file_with_legacy_lines(path: Path, enc: str, form: str) -> None:
    _check(path, enc, form, f"{enc}-bytes-in-utf-8")


def test_the_tcvn3_part_reads_as_the_whole_file_in_tcvn3_would() -> None:
    """Capitals come back in the context of the lines above, UTF-8 ones included: 'ủy ban …' under
    a blank line opens a paragraph; a TCVN3 line never becomes lower case for being alone."""
    data = "ĐẢNG CỘNG SẢN VIỆT NAM\n\n".encode() + encode("ủy ban kiểm tra huyện ủy\nTỈNH ỦY BÌNH THUẬN", "tcvn3")
    dec = decode_bytes(data)
    assert dec.text == "ĐẢNG CỘNG SẢN VIỆT NAM\n\nỦy ban kiểm tra huyện ủy\nTỈNH ỦY BÌNH THUẬN"
    assert dec.repaired_from == "tcvn3-bytes-in-utf-8"


def test_a_cell_in_legacy_bytes_beside_a_utf8_cell() -> None:
    """A Word export's header line whose right cell was pasted from a .VnTime document: each cell
    in its own encoding."""
    lines = SEED_TEXT.split("\n")
    left, gap, right = lines[0].partition("          ")
    assert gap and right.strip() == "ĐẢNG CỘNG SẢN VIỆT NAM"
    data = "\n".join([left + gap]).encode() + encode(right, "tcvn3") + ("\n" + "\n".join(lines[1:])).encode()
    dec = decode_bytes(data)
    assert dec.text == SEED_TEXT
    assert (dec.encoding, dec.repaired_from) == ("utf-8", "tcvn3-bytes-in-utf-8")
    assert [w[:2] for w in dec.warnings] == [("mixed-encoding", 1)]


@pytest.mark.parametrize("enc", ENCODINGS)
def test_a_legacy_file_is_not_mixed(enc: str) -> None:
    """Legacy bytes alone never form a Vietnamese UTF-8 letter: the whole file is read in its
    encoding, without a warning (VISCII and VPS bytes do form Cyrillic and N'Ko letters)."""
    for path in EXPORTS[:12]:
        text = _base(path, enc)
        dec = decode_bytes(encode(text, enc))
        assert (dec.encoding, dec.repaired_from, dec.warnings) == (enc, None, ())


def test_a_stray_cp1252_byte_is_not_a_legacy_part() -> None:
    """A curly quote pasted from a cp1252 editor is cp1252 in a UTF-8 file, as before."""
    data = SEED_TEXT.encode("utf-8").replace("“".encode("utf-8"), b"\x93", 1)
    dec = decode_bytes(data)
    assert (dec.text, dec.encoding, dec.repaired_from, dec.warnings) == (
        SEED_TEXT, "utf-8", "cp1252-bytes-in-utf-8", ())


def test_a_clean_file_says_nothing() -> None:
    d = tbparse.parse_bytes(SEED_TEXT.encode("utf-8"), path="seed.txt").to_dict()
    assert not [w for w in d["warnings"] if w["code"] == "mixed-encoding"]
    assert (d["source"]["encoding"], d["source"]["repaired_from"]) == ("utf-8", None)


# --- mojibake in part of a Unicode file ------------------------------------------------------------

@pytest.mark.parametrize("path, enc, form", _params(TEXT))
def test_unicode_file_with_mojibake_lines(path: Path, enc: str, form: str) -> None:
    _check(path, enc, form, f"{enc}-as-cp1252")


def test_a_line_that_reads_as_well_both_ways_follows_its_block() -> None:
    """'nãm 2017' (cp1258 'năm') and 'Soá' (VNI 'Số') are well-formed syllables as they are: the
    lines around them, re-read, decide — not the genuine text beyond a blank line."""
    head = "kết quả hoạt động của Hội đồng nhân dân tỉnh\nnăm 2017\n-----\n\n"
    body = "Kính gửi: Ban Thường vụ Tỉnh ủy"
    fixed, label = repair_text(as_cp1252_text(encode(head, "cp1258")) + body)
    assert (fixed, label) == (head + body, "cp1258-as-cp1252")
    head = "ĐẢNG BỘ TỈNH NGHỆ AN\nSố 87-TB/HU\nHUYỆN ỦY NGHI LỘC\n\n"
    fixed, label = repair_text(as_cp1252_text(encode(head, "vni")) + body)
    assert (fixed, label) == (head + body, "vni-as-cp1252")


def test_a_genuine_line_between_repaired_blocks_stays() -> None:
    """A genuine line with only Latin-1 letters is not re-read for standing after mojibake: it
    must read clearly better re-read, or lie between two re-read lines of one block."""
    body = "Tôi là ai? Bà tôi có cái áo màu nâu."
    head = as_cp1252_text(encode("ĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY BÌNH THUẬN\n\n", "tcvn3"))
    fixed, _ = repair_text(head + body + "\n\nĐảng ủy khối")
    assert fixed.endswith("\n\n" + body + "\n\nĐảng ủy khối")


def test_a_cell_of_mojibake_beside_a_genuine_cell() -> None:
    """A Word export's header line whose right cell was typed in .VnTime and saved as Unicode."""
    lines = SEED_TEXT.split("\n")
    left, gap, right = lines[0].partition("          ")
    garbled = left + gap + as_cp1252_text(encode(right, "tcvn3"))
    assert garbled != lines[0]
    dec = decode_bytes(("\n".join([garbled] + lines[1:])).encode())
    assert (dec.text, dec.repaired_from) == (SEED_TEXT, "tcvn3-as-cp1252")
    assert [w[:2] for w in dec.warnings] == [("mixed-encoding", 1)]


def test_whole_mojibake_is_not_mixed() -> None:
    for enc in ("tcvn3", "vni"):
        dec = decode_bytes(as_cp1252_text(encode(SEED_TEXT, enc)).encode())
        assert (dec.text, dec.repaired_from, dec.warnings) == (SEED_TEXT, f"{enc}-as-cp1252", ())


@pytest.mark.parametrize("enc", ["tcvn3", "vni"])
def test_check_names_the_legacy_lines_not_line_one(enc: str, tmp_path: Path) -> None:
    """TB040 on a mixed file points at the first line read in the legacy encoding and names the
    lines, as the parse warning does — "line 1 is mojibake" pointed at a header that is fine."""
    from tbparse.lint import lint_path

    path = EXPORTS[0]
    data, _text, in_legacy = _variant(path, enc, "utf8-head")
    f = tmp_path / "mixed.txt"
    f.write_bytes(data)
    first = _first_read_otherwise(path, enc, "utf8-head", in_legacy)
    tb040 = [x for x in lint_path(str(f)) if x.code == "TB040"]
    assert tb040 and tb040[0].line == first > 1
    assert enc.upper() in tb040[0].message.upper() and "convert those lines" in tb040[0].message
