"""Where a document's lines come from: a path, bytes, text or a Word file → :class:`Source`.

This is the only place that touches files. It enforces the size limit before reading, hashes the
exact input bytes (so a batch can tell a changed input from an unchanged one), hands bytes to the
decoding layer and text to the line splitter. Everything downstream works on ``Source.lines``.
"""
from __future__ import annotations

import os
import stat

from .errors import InputError, InputTooLarge
from .lines import Line, split_lines
from .lazyre import lazy_re

# A lone surrogate code point, as in "x\udc80y" (decoded bytes never contain one)
_SURROGATE = lazy_re("[\ud800-\udfff]")


def sha256_hex(data: bytes) -> str:
    """SHA-256 of *data* in hex, by hashlib (OpenSSL), imported on first use.

    OpenSSL's libcrypto costs ~3 ms to load, once per process; the interpreter's builtin
    ``_sha256`` loads for free but hashes a 12 KB notice in ~58 µs against OpenSSL's ~12 µs —
    every file of a batch and every warm parse pays that, so OpenSSL it is.
    """
    from hashlib import sha256

    return sha256(data).hexdigest()


DEFAULT_MAX_SIZE = 20 * 1024 * 1024  # far above any real notice (the seed is 12 KB)


class Source:
    """The input of one parse: provenance plus the lines every step reads."""

    __slots__ = ("path", "encoding", "repaired_from", "sha256", "text", "lines", "kind", "page", "warnings")

    def __init__(
        self,
        *,
        path: str | None,
        encoding: str,
        sha256: str,
        text: str,
        lines: list[Line],
        repaired_from: str | None = None,
        kind: str = "text",
        page: dict | None = None,
        warnings: tuple[tuple[str, int | None, str], ...] = (),
    ) -> None:
        self.path = path
        self.encoding = encoding
        self.repaired_from = repaired_from
        self.sha256 = sha256
        self.text = text
        self.lines = lines
        self.kind = kind
        self.page = page  # .docx page setup (size and margins in mm), None for text
        self.warnings = warnings  # (code, line, message) found while decoding: "mixed-encoding"


def from_text(text: str, *, path: str | None = None) -> Source:
    """A Source for text already in memory (``tbparse.parse(text)``); sha256 of its UTF-8 bytes."""
    import unicodedata

    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
        if "\u0302" in text or "\u0306" in text:  # a tone typed before its hat: "e\u0301\u0302"
            from .decode import tone_after_hat

            text = tone_after_hat(text)
    try:
        raw = text.encode("utf-8")
    except UnicodeEncodeError:
        # Lone surrogates ("\ud800"): only str input can carry them, and no UTF-8 output can.
        # Hash the text as given, then replace them with U+FFFD so JSON, YAML and the model's
        # model_dump_json all stay valid UTF-8.
        raw = text.encode("utf-8", "surrogatepass")
        text = _SURROGATE.sub("\ufffd", text)
    digest = sha256_hex(raw)
    return Source(path=path, encoding="utf-8", sha256=digest, text=text, lines=split_lines(text))


def from_bytes(data: bytes, *, path: str | None = None, encoding: str | None = None,
               max_size: int = DEFAULT_MAX_SIZE) -> Source:
    """Decode *data* (detecting its encoding unless *encoding* is given) and split it into lines."""
    if len(data) > max_size:
        raise InputTooLarge(f"input is {len(data):,} bytes, over the --max-size limit of {max_size:,}", path=path)
    if data[:4] == b"PK\x03\x04" and (path and path.lower().endswith(".docx") or b"word/document" in data):
        return from_docx_bytes(data, path=path)  # a Word file, also when piped on stdin
    from .decode import decode_bytes

    dec = decode_bytes(data, encoding=encoding, path=path)
    if not dec.text.strip():
        raise InputError("no text: the input is empty or only whitespace", path=path)
    return Source(
        path=path,
        encoding=dec.encoding,
        repaired_from=dec.repaired_from,
        sha256=sha256_hex(data),
        text=dec.text,
        lines=split_lines(dec.text),
        warnings=dec.warnings,
    )


def from_docx_bytes(data: bytes, *, path: str | None = None) -> Source:
    """Word files are read by the .docx reader, which builds the same lines from paragraphs."""
    from .docx_reader import read_docx  # python-docx is a dependency: an ImportError here is a bug

    got = read_docx(data, path=path)
    return Source(
        path=path,
        encoding="docx",
        sha256=sha256_hex(data),
        text="\n".join(ln.raw for ln in got.lines),
        lines=got.lines,
        repaired_from=got.legacy_fonts,
        kind="docx",
        page=got.page,
        warnings=got.warnings,
    )


_WORD_LEGACY = {".doc": "Word 97–2003", ".odt": "OpenDocument"}


def read_stdin(max_size: int = DEFAULT_MAX_SIZE) -> bytes:
    """Up to *max_size* + 1 bytes of standard input; a closed one (``tbparse - <&-``, a service
    started without one) is an input error, not "NoneType has no attribute 'buffer'"."""
    import sys

    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise InputError("standard input is closed", path=None)
    try:
        return stream.read(max_size + 1)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=None) from None


def read_path(path: str, *, encoding: str | None = None, max_size: int = DEFAULT_MAX_SIZE) -> Source:
    """Read a file (``-`` for standard input) with clear one-line errors for every way it can fail."""
    if path == "-":
        data = read_stdin(max_size)
        return from_bytes(data, path=None, encoding=encoding, max_size=max_size)
    ext = os.path.splitext(path)[1].lower()
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise InputError("no such file", path=path) from None
    except PermissionError:
        raise InputError("permission denied", path=path) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=path) from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError("is a directory", path=path)  # parse adds its hint; batch and check walk folders
    if st.st_size > max_size:
        raise InputTooLarge(f"file is {st.st_size:,} bytes, over the --max-size limit of {max_size:,}", path=path)
    try:
        with open(path, "rb") as fh:
            data = fh.read(max_size + 1)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=path) from None
    if ext == ".docx":
        return from_docx_bytes(data, path=path)
    if ext in _WORD_LEGACY:
        if data[:4] == b"PK\x03\x04" and b"word/document" in data:
            return from_docx_bytes(data, path=path)  # a .docx given an old name: it reads as one
        raise InputError(
            f"{_WORD_LEGACY[ext]} files cannot be read; convert first: libreoffice --headless --convert-to docx {path}",
            path=path,
        )
    return from_bytes(data, path=path, encoding=encoding, max_size=max_size)
