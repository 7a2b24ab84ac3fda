"""Property tests (hypothesis): whatever the input, a Notice or a documented one-line error.

Inputs: random Unicode text, random "notice-like" token soup, and random mutations of every
fixture (delete, duplicate, swap and truncate lines; insert random bytes; re-encode; glue lines;
strip blank lines; CRLF). For each, through the library (``parse_bytes``/``parse_dict``):

* the outcome is a Notice, or ``InputError``/``UndecodableInput``/``InputTooLarge``/
  ``NotPartyDocument`` with a one-line message — nothing else escapes;
* every successful parse is lossless (``tests/lossless.py``): no word of the decoded text is
  missing from the output. Zero-width characters and soft hyphens are removed from text values
  by design ("Đả\\u00adng" → "Đảng"), so the oracle sees the text without them;
* the JSON output is strict UTF-8 JSON.

The helpers here (:func:`check_bytes`, :func:`check_text`) are shared by the other
``test_robust_*`` modules. A handful of mutated inputs also go through the CLI (subprocess).
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import tbparse
from tbparse.fold import fold
from tbparse.output import to_json
from tbparse.parser import parse_source
from tbparse.source import from_bytes, from_text
from tbparse.vocab import authority, recipients_label

from .conftest import FIXTURES
from .encode_helpers import encode
from .lossless import missing_words, words

# what tbparse drops from text values by design (lines.clean)
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
# The recipients label is layout, matched on the folded text at the start of a cell, so
# "NÔi nhận:" is the label too; tests/lossless.py excludes only the exact spelling "nơi nhận".
_LABEL = re.compile(r"(?:^|\t|    )[ \t*_|]*(noi\s+nhan)(?![^\W_])", re.M)  # (not "Nơi nhận숺": a word)
# ... and so is the label garbled by one letter or space, alone in its cell with its colon
# ("Nơinhận:", "Nơi nbận:", "N�i nhAn:"), which vocab.recipients_label reads (audit 8)
_GARBLED_LABEL = re.compile(r"(?:^|\t|    )[ \t*_|]*(n[^\t\n|]{4,12}:)[ \t*_|]*(?=\t|    |$)", re.M)


# A signature's authority prefix typed otherwise than the mode the parser reads from it — garbled
# ("I/M", "T/N", "TM BAN …") or glued to the body ("T/MBAN …", "T/LTỈNH ỦY …") — is given as that
# mode ("T/M", "T/L") with the body as typed (README, footer): the prefix as typed is layout, as a
# garbled label is — on the lines the parse read as authority lines only (the same "T/LTỈNH ỦY …"
# above the type line is the issuer's cell, kept whole). A cell: a line's text between tabs, runs
# of two spaces or more, and "|".
_CELL = re.compile(r"[^\t|]+?(?=[\t|]|  |\Z)")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|\Z)")  # a line as lines.split_lines numbers it


def _authority_lines(d: dict | None) -> set[int]:
    """The lines the parse read a signature's authority from (the document's and a copy's)."""
    lay = (d or {}).get("layout") or {}
    out: set[int] = set()
    for sig in (lay.get("signature"), (lay.get("copy") or {}).get("signature")):
        for s in (sig, *((sig or {}).get("cosigners") or ())):
            out.update((s or {}).get("authority_lines") or ())
    return out


def _authority_spans(text: str, lines: set[int]) -> list[tuple[int, int]]:
    spans = []
    for no, line in enumerate(_LINE.finditer(text), 1):
        if no not in lines:
            continue
        for m in _CELL.finditer(line.group().rstrip("\r\n")):
            cell = m.group().lstrip(" *_")
            a = authority(cell) if cell[:1] in "TtIiKkQq" else None
            if a is not None and (words(cell[: a[1]]) != words(a[0]) or cell[a[1] - 1: a[1] + 1].isalnum()):
                start = line.start() + m.end() - len(cell)
                spans.append((start, start + a[1]))
    return spans


def oracle_text(text: str, d: dict | None = None) -> str:
    """*text* as the lossless oracle should see it: without what tbparse drops by design. With
    *d*, the parse of *text*: what it read as a signature's authority prefix is layout too."""
    text = text.translate(INVISIBLE)
    folded = fold(text)
    if len(folded) != len(text):
        return text
    lines = _authority_lines(d)
    spans = _authority_spans(text, lines) if lines else []
    if "noi" in folded or ":" in folded:
        spans += [m.span(1) for m in _LABEL.finditer(folded)]
        spans += [m.span(1) for m in _GARBLED_LABEL.finditer(folded) if recipients_label(m.group(1)) is not None
                  and not _LABEL.match(folded, m.start())]
    return _blank_spans(text, sorted(spans)) if spans else text


def _blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    out, pos = [], 0
    for a, b in spans:
        out.append(text[pos:a])
        out.append(" " * (b - a))
        pos = b
    out.append(text[pos:])
    return "".join(out)


DOCUMENTED = (tbparse.InputError, tbparse.NotPartyDocument)  # InputError covers its subclasses
FIXTURE_FILES = sorted(FIXTURES.glob("*.txt"))
FIXTURE_BYTES = [p.read_bytes() for p in FIXTURE_FILES]


def one_line(err: Exception) -> None:
    msg = str(err)
    assert msg and "\n" not in msg and "\r" not in msg, f"{type(err).__name__}: {msg!r}"


def check_parsed(src) -> dict:
    """Parse *src* without rejecting: valid JSON, lossless; return the contract dict."""
    d = parse_source(src, reject=False)
    out = to_json(d)
    out.encode("utf-8")  # strict: a lone surrogate would raise
    assert json.loads(out)["schema_version"] == "1"
    lost = missing_words(oracle_text(src.text, d), d)
    assert not lost, f"lossless failure: {lost.most_common(8)}"
    return d


def check_bytes(data: bytes) -> str:
    """The outcome name for *data* through ``tbparse.parse_bytes``, after checking all properties."""
    try:
        src = from_bytes(data)
    except tbparse.InputError as err:
        one_line(err)
        with_api = _api_bytes(data)
        assert with_api == type(err).__name__, (with_api, err)
        return with_api
    d = check_parsed(src)
    outcome = _api_bytes(data)
    assert (outcome == "NotPartyDocument") == bool(d["layout"]["rejected"]), (outcome, d["layout"]["rejected"])
    return outcome


def _api_bytes(data: bytes) -> str:
    try:
        doc = tbparse.parse_bytes(data)
    except DOCUMENTED as err:
        one_line(err)
        return type(err).__name__
    assert doc.schema_version == "1"
    json.loads(doc.model_dump_json(by_alias=True))
    return "Notice"


def check_text(text: str) -> str:
    """The outcome name for *text* through ``tbparse.parse``, after checking all properties."""
    d = check_parsed(from_text(text))
    try:
        doc = tbparse.parse(text)
    except tbparse.NotPartyDocument as err:
        one_line(err)
        assert d["layout"]["rejected"]
        return "NotPartyDocument"
    assert not d["layout"]["rejected"]
    json.loads(doc.model_dump_json(by_alias=True))
    return "Notice"


# --- strategies --------------------------------------------------------------------------------

# Pieces of notices: keywords, markers and layout that steer the parser into its branches.
TOKENS = [
    "ĐẢNG CỘNG SẢN VIỆT NAM", "TỈNH ỦY BÌNH THUẬN", "BAN CHẤP HÀNH TRUNG ƯƠNG", "VĂN PHÒNG", "*",
    "Số 503-TB/TU", "Số: 12/QĐ-UBND", "Phan Thiết, ngày 16 tháng 5 năm 2008", "ngày 14/5/2008",
    "THÔNG BÁO", "KẾT LUẬN", "QUY ĐỊNH", "kết luận của Thường trực", "-----", "I-", "II.", "1-", "1.1.",
    "a)", "-", "+", "•", "Điều 1.", "Chương I", "đồng chí Lê Văn An – Phó Bí thư", "Tham dự có:",
    "Ban Tổ chức", "và", "Nơi nhận:", "- Như trên;", "- Lưu VP.", "T/L BAN THƯỜNG VỤ", "K/T CHÁNH",
    "CHÁNH VĂN PHÒNG", "Lê Văn Bình", "(đã ký)", "thông báo để các đơn vị biết, thực hiện./.",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "**", "__", "|", "V/v",
    "MẬT", "KHẨN", "Dự thảo", "uỷ", "ủy", "hoà", "\t", "    ", "\u00a0", "\u00ad", "\u200b", "–", "./.",
    # citations: "Nghị quyết Hội nghị Trung ương" with no number crashed the plenum key
    "Nghị quyết", "Hội nghị", "Trung ương", "lần thứ", "khóa", "XIII", "6", "Chỉ thị số 20-CT/TU",
    "ngày 30/5/2019", "của", "Bộ Chính trị,", "trước ngày 30/6/2024", "<br>", "# ", "|---|---|",
]
SEPARATORS = ["\n", "\n\n", " ", "", "\r\n", "\t\t", "   "]

token_soup = st.lists(
    st.tuples(st.sampled_from(TOKENS), st.sampled_from(SEPARATORS)), min_size=1, max_size=60
).map(lambda xs: "".join(a + b for a, b in xs))

# any code point, lone surrogates included (only str input can carry them)
any_text = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=400)

ENCODINGS = ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1258", "tcvn3", "vni", "viscii",
             "vps", "cp1252", "latin-1"]


def _lines(data: bytes) -> list[bytes]:
    return data.split(b"\n")


def _delete(draw, data: bytes) -> bytes:
    ls = _lines(data)
    i = draw(st.integers(0, len(ls) - 1))
    return b"\n".join(ls[:i] + ls[i + 1 :])


def _duplicate(draw, data: bytes) -> bytes:
    ls = _lines(data)
    i = draw(st.integers(0, len(ls) - 1))
    n = draw(st.integers(1, 5))
    return b"\n".join(ls[: i + 1] + [ls[i]] * n + ls[i + 1 :])


def _swap(draw, data: bytes) -> bytes:
    ls = _lines(data)
    i, j = draw(st.integers(0, len(ls) - 1)), draw(st.integers(0, len(ls) - 1))
    ls[i], ls[j] = ls[j], ls[i]
    return b"\n".join(ls)


def _truncate(draw, data: bytes) -> bytes:
    return data[: draw(st.integers(0, len(data)))]  # may cut a UTF-8 sequence in two


def _insert_bytes(draw, data: bytes) -> bytes:
    i = draw(st.integers(0, len(data)))
    return data[:i] + draw(st.binary(min_size=1, max_size=16)) + data[i:]


def _glue(draw, data: bytes) -> bytes:
    ls = _lines(data)
    if len(ls) < 2:
        return data
    i = draw(st.integers(0, len(ls) - 2))
    sep = draw(st.sampled_from([b"", b" ", b"    ", b"\t"]))
    return b"\n".join(ls[:i] + [ls[i] + sep + ls[i + 1]] + ls[i + 2 :])


def _strip_blank(draw, data: bytes) -> bytes:
    return b"\n".join(x for x in _lines(data) if x.strip())


def _crlf(draw, data: bytes) -> bytes:
    return data.replace(b"\n", draw(st.sampled_from([b"\r\n", b"\r"])))


def _reencode(draw, data: bytes) -> bytes:
    text = data.decode("utf-8", errors="replace")
    enc = draw(st.sampled_from(ENCODINGS))
    try:
        return encode(text, enc, ascii_fallback=True)
    except (UnicodeEncodeError, KeyError, ValueError):
        return text.encode(enc if enc.startswith("utf") else "cp1252", errors="replace")


MUTATIONS = [_delete, _duplicate, _swap, _truncate, _insert_bytes, _glue, _strip_blank, _crlf, _reencode]


@st.composite
def mutated_fixture(draw) -> bytes:
    data = draw(st.sampled_from(FIXTURE_BYTES))
    for op in draw(st.lists(st.sampled_from(MUTATIONS), min_size=1, max_size=4)):
        data = op(draw, data)
    return data


SETTINGS = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
# TBPARSE_PROPERTY_SCALE=50 runs fifty times the examples (a local bug hunt; CI keeps it short)
SCALE = max(1, int(os.environ.get("TBPARSE_PROPERTY_SCALE", "1")))


def n(examples: int) -> int:
    return examples * SCALE


# --- tests -------------------------------------------------------------------------------------

@settings(max_examples=n(150), **SETTINGS)
@given(mutated_fixture())
def test_mutated_fixtures(data: bytes) -> None:
    check_bytes(data)


@settings(max_examples=n(120), **SETTINGS)
@given(token_soup)
def test_notice_like_token_soup(text: str) -> None:
    check_text(text)
    check_bytes(text.encode("utf-8"))


@settings(max_examples=n(120), **SETTINGS)
@given(any_text)
def test_random_unicode_text(text: str) -> None:
    check_text(text)


@settings(max_examples=n(80), **SETTINGS)
@given(st.binary(max_size=2000))
def test_random_bytes(data: bytes) -> None:
    check_bytes(data)


def test_every_fixture_as_is() -> None:
    for data in FIXTURE_BYTES:
        assert check_bytes(data) == "Notice"


def test_outcomes_are_really_reached() -> None:
    """The properties above are not vacuous: each documented outcome occurs for some input."""
    seen = {
        check_bytes(FIXTURE_BYTES[0]),
        check_bytes(b""),
        check_bytes(b"\x89PNG\r\n\x1a\n\x00\x00"),
        check_text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/QĐ-UBND\nQUYẾT ĐỊNH\n"),
    }
    assert seen == {"Notice", "InputError", "UndecodableInput", "NotPartyDocument"}


# --- the CLI, as a subprocess, on a few mutated inputs ------------------------------------------

@settings(max_examples=6, **SETTINGS)
@given(data=mutated_fixture())
def test_cli_on_mutated_fixtures(tmp_path_factory, data: bytes) -> None:
    path = tmp_path_factory.mktemp("cli") / "notice.txt"
    path.write_bytes(data)
    assume(data)  # an empty file is tested in test_cli.py
    r = subprocess.run([sys.executable, "-m", "tbparse", str(path), "--json"], capture_output=True, timeout=60)
    assert b"Traceback" not in r.stderr
    if r.returncode == 0:
        json.loads(r.stdout.decode("utf-8"))  # strict UTF-8
        assert r.stderr == b""
    else:
        assert r.returncode in (1, 2), r.stderr
        assert r.stdout == b""
        assert r.stderr.count(b"\n") == 1 and r.stderr.startswith(b"tbparse: ")
