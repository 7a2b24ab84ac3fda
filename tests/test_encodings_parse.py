"""Every encoding family parses to the same structure as the clean UTF-8 seed, field for field."""
from __future__ import annotations

import codecs
import re
import unicodedata

import pytest

import tbparse

from .conftest import SEED
from .encode_helpers import as_cp1252_text, encode, fallback_text

TEXT = SEED.read_text(encoding="utf-8")


def _fields(d: dict) -> dict:
    out = {k: v for k, v in d.items() if k not in ("source",)}
    return out


def _parse(data: bytes, **kw) -> dict:
    return tbparse.parse_bytes(data, path="seed.txt", **kw).to_dict()


BASE = _fields(_parse(TEXT.encode("utf-8")))
BASE_ASCII = _fields(_parse(fallback_text(TEXT).encode("utf-8")))  # VISCII/VPS cannot hold “ ” –


@pytest.mark.parametrize("enc", ["tcvn3", "vni", "viscii", "vps", "cp1258"])
def test_legacy_bytes(enc: str) -> None:
    fb = enc in ("viscii", "vps")
    data = encode(TEXT, enc, ascii_fallback=fb)
    d = _parse(data)
    assert d["source"]["encoding"] == enc
    assert _fields(d) == (BASE_ASCII if fb else BASE)


@pytest.mark.parametrize(
    "label, data, encoding",
    [
        ("utf-8-sig", codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        ("utf-16-le bom", codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le"),
        ("utf-16-be bom", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
        ("utf-16-le", TEXT.encode("utf-16-le"), "utf-16-le"),
        ("utf-16-be", TEXT.encode("utf-16-be"), "utf-16-be"),
        ("nfd", unicodedata.normalize("NFD", TEXT).encode("utf-8"), "utf-8"),
        ("crlf", TEXT.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
    ],
)
def test_unicode_forms(label: str, data: bytes, encoding: str) -> None:
    d = _parse(data)
    assert d["source"]["encoding"] == encoding
    assert _fields(d) == BASE


def test_tabs_instead_of_space_runs() -> None:
    tabbed = re.sub(r" {4,}", "\t\t", TEXT)
    assert _fields(_parse(tabbed.encode("utf-8"))) == BASE


@pytest.mark.parametrize("enc", ["tcvn3", "vni"])
def test_mojibake_saved_as_utf8(enc: str) -> None:
    garbled = as_cp1252_text(encode(TEXT, enc))
    d = _parse(garbled.encode("utf-8"))
    assert d["source"]["repaired_from"] == f"{enc}-as-cp1252"
    assert _fields(d) == BASE


def test_double_encoded_utf8() -> None:
    garbled = as_cp1252_text(TEXT.encode("utf-8"))  # holes of cp1252 kept as C1 controls
    d = _parse(garbled.encode("utf-8"))
    assert d["source"]["repaired_from"] and d["source"]["repaired_from"].startswith("utf-8-as")
    assert _fields(d) == BASE


def test_forced_encoding() -> None:
    d = _parse(encode(TEXT, "vni"), encoding="vni")
    assert d["source"]["encoding"] == "vni" and _fields(d) == BASE
