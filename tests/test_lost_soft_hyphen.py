"""TCVN3 text whose "ư" a converter dropped: 0xAD, TCVN3's plain small "ư", is the soft hyphen of
cp1252/Latin-1, and Word exports and converters drop it. Such a file decoded to "Thờng vụ", "nớc",
"Trung ơng", "nhng", "Lu VT" — words broken and nothing said. The lost letter is put back where the
word cannot be read without it, and, in a text that clearly lost its ư, in the genre's words that
read otherwise without it; the parse gets the warning ``lost-soft-hyphen``.

Fixtures are made with the test-side TCVN3 encoder (``encode_helpers``), then every 0xAD dropped.
"""
from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

import pytest

import tbparse
from tbparse.decode import decode_bytes, repair_text
from tbparse.legacy import decode_legacy, decode_legacy_run, lost_u_evidence, restore_lost_u
from tbparse.output import to_json
from tbparse.source import from_docx_bytes

from .conftest import SEED
from .encode_helpers import as_cp1252_text, encode_tcvn3

SEED_TEXT = SEED.read_text(encoding="utf-8")
EXPORTS = sorted((Path(__file__).resolve().parent / "data" / "exports").glob("*.txt"))
SHY = b"\xad"


def _lost(data: bytes) -> bytes:
    return data.replace(SHY, b"")


def _warning(dec) -> tuple[str, int | None, str]:
    found = [w for w in dec.warnings if w[0] == "lost-soft-hyphen"]
    assert len(found) == 1, dec.warnings
    return found[0]


def _count(message: str) -> int:
    m = re.match(r"(\d+) words? had lost", message)
    assert m, message
    return int(m.group(1))


def _first_shy_line(text: str) -> int:
    """The line of the first word that loses a byte: the first line whose TCVN3 holds 0xAD."""
    return next(no for no, line in enumerate(text.split("\n"), 1) if SHY in encode_tcvn3(line))


def _seed_words_lost() -> int:
    return sum(1 for w in re.findall(r"[^\W\d_]+", SEED_TEXT) if SHY in encode_tcvn3(w))


# ---------------------------------------------------------------------------- the regression


def test_seed_in_tcvn3_without_its_soft_hyphens_reads_as_the_seed() -> None:
    data = _lost(encode_tcvn3(SEED_TEXT))
    assert data != encode_tcvn3(SEED_TEXT)
    dec = decode_bytes(data)
    assert dec.encoding == "tcvn3"
    assert dec.text == SEED_TEXT
    _, line, message = _warning(dec)
    assert line == _first_shy_line(SEED_TEXT)
    assert _count(message) == _seed_words_lost()
    first = next(w for w in re.findall(r"[^\W\d_]+", SEED_TEXT) if SHY in encode_tcvn3(w))
    assert f"put back: {_without_u(first)} → {first}, " in message


def test_the_words_the_brief_names() -> None:
    text = "Ban Thường vụ Tỉnh ủy, Ban Chấp hành Trung ương, nước ngoài, nhưng phải lưu ý.\n"
    data = _lost(encode_tcvn3(text))
    assert as_cp1252_text(data).startswith("Ban Thêng vô")
    assert decode_legacy(data, "tcvn3").startswith("Ban Thờng vụ")  # what it read before
    dec = decode_bytes(data)
    assert dec.text == text
    assert _warning(dec)[:2] == ("lost-soft-hyphen", 1)
    assert _count(_warning(dec)[2]) == 5


def test_forced_tcvn3_is_repaired_too() -> None:
    dec = decode_bytes(_lost(encode_tcvn3(SEED_TEXT)), encoding="tcvn3")
    assert dec.text == SEED_TEXT
    assert _count(_warning(dec)[2]) == _seed_words_lost()


def test_tcvn3_mojibake_saved_as_unicode_is_repaired() -> None:
    """".VnTime" text saved as Unicode (the cp1252 glyphs of its bytes), soft hyphens gone."""
    shown = as_cp1252_text(_lost(encode_tcvn3(SEED_TEXT)))
    dec = decode_bytes(shown.encode("utf-8"))
    assert (dec.text, dec.repaired_from) == (SEED_TEXT, "tcvn3-as-cp1252")
    assert _count(_warning(dec)[2]) == _seed_words_lost()
    assert repair_text(shown) == (SEED_TEXT, "tcvn3-as-cp1252")


def _head_body() -> tuple[str, str, int]:
    lines = SEED_TEXT.split("\n")
    k = next(i for i, ln in enumerate(lines) if ln.strip() == "THÔNG BÁO")
    return "\n".join(lines[:k]) + "\n", "\n".join(lines[k:]), k


def test_utf8_header_over_a_tcvn3_body_that_lost_its_soft_hyphens() -> None:
    head, body, k = _head_body()
    dec = decode_bytes(head.encode() + _lost(encode_tcvn3(body)))
    assert dec.text == SEED_TEXT
    assert dec.repaired_from == "tcvn3-bytes-in-utf-8"
    assert [w[0] for w in dec.warnings] == ["mixed-encoding", "lost-soft-hyphen"]
    _, line, message = _warning(dec)
    assert line == k + _first_shy_line(body)
    assert _count(message) == sum(1 for w in re.findall(r"[^\W\d_]+", body) if SHY in encode_tcvn3(w))


def test_unicode_header_over_a_mojibake_body_that_lost_its_soft_hyphens() -> None:
    """Line-by-line repair: the body's lines re-read as TCVN3, the evidence judged on all of them."""
    head, body, k = _head_body()
    dec = decode_bytes((head + as_cp1252_text(_lost(encode_tcvn3(body)))).encode())
    assert dec.text == SEED_TEXT
    assert dec.repaired_from == "tcvn3-as-cp1252"
    assert [w[0] for w in dec.warnings] == ["mixed-encoding", "lost-soft-hyphen"]
    assert _warning(dec)[1] == k + _first_shy_line(body)


def test_parse_is_the_intact_files_but_for_the_warning() -> None:
    data = encode_tcvn3(SEED_TEXT)

    def view(d: dict) -> dict:
        d = json.loads(to_json(d))
        d.pop("source")
        return d

    intact = view(tbparse.parse_bytes(data, path="tb.txt").to_dict())
    lost = view(tbparse.parse_bytes(_lost(data), path="tb.txt").to_dict())
    warned = [w for w in lost["warnings"] if w["code"] == "lost-soft-hyphen"]
    assert len(warned) == 1 and warned[0]["line"] == _first_shy_line(SEED_TEXT)
    lost["warnings"] = [w for w in lost["warnings"] if w["code"] != "lost-soft-hyphen"]
    assert lost == intact


@pytest.mark.parametrize("path", EXPORTS, ids=lambda p: p.stem[:2])
def test_exports_never_get_a_wrong_word(path: Path) -> None:
    """Every export in TCVN3 without its soft hyphens: each word comes back as the intact file
    reads it, or (a word that reads as another without its ư, in a text with too little to tell)
    still without its ư — never anything else; the intact file is left exactly as it was."""
    data = encode_tcvn3(path.read_text(encoding="utf-8"))
    intact = decode_bytes(data)
    assert not [w for w in intact.warnings if w[0] == "lost-soft-hyphen"]
    if SHY not in data:
        return
    got = decode_bytes(_lost(data))
    want_words, got_words = intact.text.split(), got.text.split()
    assert len(want_words) == len(got_words)
    for want, word in zip(want_words, got_words):
        assert word == want or word == _without_u(want), (path.name, want, word)


def _without_u(word: str) -> str:
    return word.replace("ư", "", 1)


def test_exports_get_nearly_every_word_back() -> None:
    lost = back = 0
    for path in EXPORTS:
        text = path.read_text(encoding="utf-8")
        data = encode_tcvn3(text)
        want_words = decode_bytes(data).text.split()
        got_words = decode_bytes(_lost(data)).text.split()
        for source, want, word in zip(text.split(), want_words, got_words):
            if SHY in encode_tcvn3(source):
                lost += 1
                back += word == want
    assert lost > 800
    assert back >= 0.98 * lost, (back, lost)


# ---------------------------------------------------------------------------- .docx in .VnTime


def test_docx_runs_in_vntime_that_lost_their_soft_hyphens() -> None:
    from .docx_builders import seed_notice

    data = seed_notice(legacy="tcvn3")
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            part = zin.read(item)
            if item.filename == "word/document.xml":
                dropped = part.count("\u00ad".encode())
                part = part.replace("\u00ad".encode(), b"")
            zout.writestr(item, part)
    assert dropped > 50
    intact, lost = from_docx_bytes(data), from_docx_bytes(out.getvalue())
    assert lost.text == intact.text
    assert intact.warnings == ()
    code, line, message = lost.warnings[0]
    # the first paragraph with a plain ư is the subject, typed in .VnTimeH ("BAN THƯỜNG VỤ")
    assert code == "lost-soft-hyphen" and line == next(ln.no for ln in intact.lines if "Ư" in ln.text)
    assert _count(message) == dropped  # every one, a word has one plain ư at most


def test_docx_run_decoder_judges_with_the_runs_before() -> None:
    from tbparse.legacy import LostU

    state = LostU()
    body = as_cp1252_text(_lost(encode_tcvn3("Ban Thường vụ Huyện ủy thống nhất phương hướng, "
                                             "nhiệm vụ trước mắt.")))
    foot = as_cp1252_text(_lost(encode_tcvn3("- Lưu Văn phòng.")))
    assert decode_legacy_run(foot, ".VnTime") == "- Lu Văn phòng."  # alone: "Lu" might be a name
    assert decode_legacy_run(body, ".VnTime", lost_u=state) == ("Ban Thường vụ Huyện ủy thống nhất "
                                                                "phương hướng, nhiệm vụ trước mắt.")
    assert decode_legacy_run(foot, ".VnTime", lost_u=state) == "- Lưu Văn phòng."
    assert [now for _, _, now in state.found] == ["Thường", "phương", "hướng", "trước", "Lưu"]


# ---------------------------------------------------------------------------- guards


def test_tcvn3_with_its_soft_hyphens_is_unchanged() -> None:
    data = encode_tcvn3(SEED_TEXT)
    assert SHY in data
    dec = decode_bytes(data)
    assert (dec.text, dec.warnings) == (SEED_TEXT, ())
    dec = decode_bytes(as_cp1252_text(data).encode())
    assert (dec.text, dec.warnings) == (SEED_TEXT, ())


def test_unicode_text_with_horn_o_words_is_unchanged() -> None:
    text = ("Kính mời các đồng chí dự họp. Niềm vui sáng ngời, lợi ích, thời gian, tới nơi, "
            "mười người, Trung ương, Thường vụ, cha mẹ, tối đa, điểm c) và d), T/L BAN THƯỜNG VỤ.\n")
    dec = decode_bytes(text.encode())
    assert (dec.text, dec.warnings) == (text, ())
    assert repair_text(text) == (text, None)


def test_tcvn3_words_that_read_as_others_are_left_without_evidence() -> None:
    """A text that kept its ư, or says too little: "ngời", "mời", "lu", "cha", "th" are left."""
    text = "sáng ngời, kính mời, cha mẹ, chữ th, cái lu, tối đa"
    assert restore_lost_u(text) == (text, [])
    assert not lost_u_evidence(text)
    # the same words in a text that lost its ư elsewhere ("thờng", "nớc", "ơng"): "mời", "cha mẹ",
    # "tối đa" stay (words of their own), the others come back
    lost = "Ban Thờng vụ, nớc, Trung ơng: ngời dân, kính mời, cha mẹ, Bí th, lu ý, tối đa, đa ra"
    assert lost_u_evidence(lost)
    fixed, found = restore_lost_u(lost)
    assert fixed == ("Ban Thường vụ, nước, Trung ương: người dân, kính mời, cha mẹ, Bí thư, lưu ý, "
                     "tối đa, đưa ra")
    assert [(lost[pos:pos + len(was)], was) for pos, was, _ in found] == [(was, was) for _, was, _ in found]
    # a plain "ư" anywhere: the text kept its soft hyphens, only the unreadable words are repaired
    kept = "Ban Thờng vụ, nớc, Trung ơng: ngời dân, lưu ý, lu"
    assert restore_lost_u(kept)[0] == "Ban Thường vụ, nước, Trung ương: ngời dân, lưu ý, lu"


def test_codes_and_capitals_are_not_words() -> None:
    text = "T/L BAN Bí THƯ; LNG, CNG; www.abc.th; Th.S; d) và c); ThS"
    assert restore_lost_u(text, lost=True) == (text, [])
