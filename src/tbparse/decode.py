"""Bytes → NFC text. Placeholder: UTF-8/UTF-16 only; the legacy-encoding layer replaces the internals.

The parser never sees bytes: every input goes through :func:`decode_bytes`, which records where the
text came from so that outputs can say which encoding a file was in.
"""
from __future__ import annotations

import codecs
import unicodedata

from .errors import InputError, UndecodableInput


class Decoded:
    """Decoded text plus its provenance (``encoding`` and, if the text was repaired, ``repaired_from``)."""

    __slots__ = ("text", "encoding", "repaired_from")

    def __init__(self, text: str, encoding: str, repaired_from: str | None = None) -> None:
        self.text = text
        self.encoding = encoding
        self.repaired_from = repaired_from

    def __repr__(self) -> str:
        return f"Decoded(encoding={self.encoding!r}, repaired_from={self.repaired_from!r}, chars={len(self.text)})"


def decode_bytes(data: bytes, *, encoding: str | None = None, path: str | None = None) -> Decoded:
    """Decode *data*; raise :class:`UndecodableInput` when it is not text."""
    if not data:
        raise InputError("empty input", path=path)
    if encoding:
        try:
            return Decoded(unicodedata.normalize("NFC", data.decode(encoding)), encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise UndecodableInput(f"cannot decode as {encoding}: {exc}", path=path) from None
    if data.startswith(codecs.BOM_UTF8):
        return Decoded(unicodedata.normalize("NFC", data[3:].decode("utf-8", "replace")), "utf-8-sig")
    if data.startswith(codecs.BOM_UTF16_LE):
        return Decoded(unicodedata.normalize("NFC", data[2:].decode("utf-16-le", "replace")), "utf-16-le")
    if data.startswith(codecs.BOM_UTF16_BE):
        return Decoded(unicodedata.normalize("NFC", data[2:].decode("utf-16-be", "replace")), "utf-16-be")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise UndecodableInput("not UTF-8 text", path=path) from None
    if "\x00" in text:
        raise UndecodableInput("binary data (NUL bytes)", path=path)
    return Decoded(unicodedata.normalize("NFC", text), "utf-8")
