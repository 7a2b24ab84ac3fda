"""Bytes → NFC text, whatever the archive did to it, with a record of what was done.

The parser never sees bytes: every input goes through :func:`decode_bytes`, which records where the
text came from (``Decoded.encoding``) and, when mojibake inside Unicode text was undone, what it
had been (``Decoded.repaired_from``) so that outputs can say so.

Order of the checks (``docs/vietnamese-text.md`` §1.6):

1. known binary signatures (PNG, ZIP, PDF, …) → :class:`UndecodableInput` with the format's name;
2. BOM (UTF-8, UTF-16, UTF-32);
3. UTF-16 without BOM (a NUL in every other byte);
4. strict UTF-8;
5. otherwise the legacy 8-bit encodings (TCVN3, VNI, VISCII, VPS, cp1258), each decoded and
   scored by Vietnamese syllable validity (:mod:`tbparse.vnsyllable`); per line when a document
   mixes fonts;
6. Unicode text is then checked for mojibake — legacy bytes once shown as cp1252 and saved as
   Unicode (``TØNH ñY``, ``§¶NG``), or double-encoded UTF-8 (``Tá»‰nh``) — and repaired by
   :func:`repair_text`. A cheap gate keeps genuine Unicode out of the expensive path.

Text read as TCVN3 (and only that) then gets back the "ư" a dropped soft hyphen took — TCVN3's
plain "ư" is 0xAD, which converters drop (:func:`tbparse.legacy.restore_lost_u`), with the warning
``lost-soft-hyphen``.

Text is otherwise untouched: NFC only; whitespace, line ends and the number of lines are kept.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

from .errors import InputError, UndecodableInput
from .legacy import (LEGACY_ENCODINGS, decode_legacy, decode_legacy_run, lost_u_evidence, lost_u_message,
                     restore_lost_u, restore_tcvn3_capitals)
from .legacy import to_legacy_bytes as _cp1252_bytes
from .lazyre import lazy_re
from .recache import compile as _compile

if TYPE_CHECKING:
    from .vnsyllable import Score

__all__ = ["Decoded", "decode_bytes", "repair_text", "decode_legacy_run"]


class Decoded:
    """Decoded text plus its provenance (``encoding`` and, if the text was repaired, ``repaired_from``).

    ``warnings`` are (code, line, message) for the parse's warnings: a file whose lines were read
    in different encodings (``mixed-encoding``) says which lines, since nothing in the text shows it;
    TCVN3 text whose "ư" (0xAD, the soft hyphen) a converter dropped and that was put back
    (``lost-soft-hyphen``) says how many words.
    """

    __slots__ = ("text", "encoding", "repaired_from", "warnings")

    def __init__(self, text: str, encoding: str, repaired_from: str | None = None,
                 warnings: tuple[tuple[str, int | None, str], ...] = ()) -> None:
        self.text = text
        self.encoding = encoding
        self.repaired_from = repaired_from
        self.warnings = warnings

    def __repr__(self) -> str:
        return f"Decoded(encoding={self.encoding!r}, repaired_from={self.repaired_from!r}, chars={len(self.text)})"


# --- binary inputs ---------------------------------------------------------------------------

# Leading bytes of formats people drop on a text tool by mistake, and what to call them.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"%PDF-", "a PDF file (extract its text first)"),
    (b"PK\x03\x04", "a ZIP archive (a .docx file must have a .docx name)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Word 97-2003 .doc file (save it as .docx or text)"),
    (b"{\\rtf", "an RTF file (save it as .docx or text)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "an executable"),
)

# Control characters that never occur in text files. Word's text export does use \x0b (manual
# line break), \x0c, \x1e (non-breaking hyphen) and \x1f (optional hyphen); DOS editors \x1a.
#   "\x03\x01\x7f" in random bytes
_CONTROL = lazy_re(r"[\x00-\x08\x0e-\x19\x1b-\x1d\x7f]")


# Stream names in an OLE compound file's directory (UTF-16): what kind of Office file it is
_OLE_STREAMS: tuple[tuple[bytes, str], ...] = (
    ("EncryptionInfo".encode("utf-16-le"),
     "a password-protected Word (or Office) file; remove the password (File → Info → Protect Document) and save it"),
    ("WordDocument".encode("utf-16-le"), "a Word 97-2003 .doc file (save it as .docx or text)"),
    ("Workbook".encode("utf-16-le"), "an Excel 97-2003 workbook, not a document"),
    ("PowerPoint Document".encode("utf-16-le"), "a PowerPoint 97-2003 presentation, not a document"),
)


def ole_kind(data: bytes) -> str:
    """What an OLE compound file (first bytes D0 CF 11 E0) is: a Word 97-2003 .doc, a .docx
    saved with a password (Word encrypts it into an OLE file), another Office file."""
    for name, what in _OLE_STREAMS:
        if name in data:
            return what
    return "a Word 97–2003 or password-protected file; save it as .docx (without a password) first"


def _signature(data: bytes) -> str | None:
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return ole_kind(data)
    for magic, what in _SIGNATURES:
        if data.startswith(magic):
            if magic == b"MZ" and b"This program" not in data[:512]:
                continue  # "MZ" also starts ordinary text
            return what
    return None


@lru_cache(maxsize=None)
def _not_control_bytes() -> bytes:
    return bytes(b for b in range(256) if not _CONTROL.match(chr(b)))


def _too_many_control_bytes(data: bytes) -> bool:
    """:func:`_too_many_controls` for ASCII-compatible bytes (UTF-8), ten times faster."""
    n = len(data.translate(None, _not_control_bytes()))
    return n > 0 and (b"\x00" in data or n >= 4 and n > 0.01 * len(data))


def _too_many_controls(text: str) -> bool:
    """Binary data that happens to decode: more than 1 % stray control characters."""
    if not _CONTROL.search(text):
        return False
    if "\x00" in text:
        return True
    n = len(_CONTROL.findall(text))
    return n >= 4 and n > 0.01 * len(text)


# --- Unicode forms ---------------------------------------------------------------------------

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)


def _utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when NULs sit in every other byte (ASCII-heavy UTF-16), else None.
    An odd last byte (a file cut short) is left out of the count."""
    data = data[: len(data) - len(data) % 2]
    if len(data) < 4:
        return None
    even, odd = data[0::2], data[1::2]
    n = len(odd)
    z_even, z_odd = even.count(0), odd.count(0)
    if z_odd > 0.4 * n and z_even < 0.05 * n:
        return "utf-16-le"
    if z_even > 0.4 * n and z_odd < 0.05 * n:
        return "utf-16-be"
    return None


def _nfc(text: str) -> str:
    # normalize() returns its argument untouched when the quick check says NFC, so there is no
    # point in calling is_normalized() first (that would normalize NFD text twice).
    out = unicodedata.normalize("NFC", text)
    if out is not text and ("\u0302" in out or "\u0306" in out):
        return tone_after_hat(out)
    return out


# A tone typed before the hat it sits on: "e" + acute + circumflex for "ế" (a tool that writes the
# tone first, a hand-built decomposition). Both marks have combining class 230, so NFC keeps
# their order and makes "é" + a stray circumflex ("Só̂", "KIÉ̂N"). In NFD text: "e\u0301\u0302"
_TONE_BEFORE_HAT = lazy_re("(?<=[aeoAEO])([\u0300\u0301\u0303\u0309])(\u0302)|(?<=[aA])([\u0300\u0301\u0303\u0309])(\u0306)")


def tone_after_hat(text: str) -> str:
    """NFC *text* with each Vietnamese letter whose tone was typed before its hat composed ("ế",
    not "é" + U+0302); *text* itself when none was. Called only for text that was not NFC and
    still holds a combining circumflex or breve after NFC."""
    nfd = unicodedata.normalize("NFD", text)
    fixed = _TONE_BEFORE_HAT.sub(lambda m: m.group(2) + m.group(1) if m.group(1) else m.group(4) + m.group(3), nfd)
    return unicodedata.normalize("NFC", fixed) if fixed != nfd else text


# --- forced encodings ------------------------------------------------------------------------

_ALIASES = {
    "tcvn3": "tcvn3", "tcvn": "tcvn3", "abc": "tcvn3", "vn3": "tcvn3", "vntime": "tcvn3",
    "vni": "vni", "vni-win": "vni", "vni-windows": "vni", "vni-times": "vni",
    "viscii": "viscii", "viscii1.1": "viscii", "viscii-1.1": "viscii",
    "vps": "vps",
}


def _forced(data: bytes, name: str, path: str | None) -> Decoded:
    key = name.strip().lower().replace("_", "-")
    legacy = _ALIASES.get(key)
    if legacy:
        dec = _lone_cr_as_lf(data, lambda b: _decode_whole(b, legacy))
        text, label, warnings = dec.text, legacy, dec.warnings
    else:
        try:
            label = codecs.lookup(key).name
        except LookupError:
            raise UndecodableInput(f"unknown encoding {name!r}", path=path) from None
        if label == "utf-8" and data.startswith(codecs.BOM_UTF8):
            label = "utf-8-sig"  # a BOM is not text; "utf-16"/"utf-32" drop theirs the same way
        elif label in ("utf-16", "utf-32") and _bom_label(data, label) == label:
            # no BOM: Python's codec would take the machine's order and read UTF-16-BE "Tỉnh"
            # (00 54 1E C9 …) as "吀짞…" without an error; the NULs tell the order, as detection does
            if label == "utf-16":
                label = _utf16_without_bom(data) or "utf-16-le"
            else:
                label = "utf-32-be" if data[:2] == b"\x00\x00" else "utf-32-le"
        elif label in ("utf-16-le", "utf-16-be") and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            order = _utf16_without_bom(data)  # the other order reads as CJK characters, no error
            if order and order != label:
                raise UndecodableInput(f"cannot decode as {name}: the bytes are {order} (a NUL byte "
                                       f"{'after' if order == 'utf-16-le' else 'before'} each ASCII letter); "
                                       f"use --encoding utf-16", path=path)
        try:
            text = data.decode(label)
        except UnicodeDecodeError as exc:
            raise UndecodableInput(
                f"cannot decode as {name}: byte 0x{data[exc.start]:02x} at offset {exc.start}", path=path
            ) from None
        if label in ("utf-16", "utf-32"):
            label = _bom_label(data, label)
        warnings = ()
    if "\x00" in text:
        raise UndecodableInput(f"not text: NUL characters after decoding as {name}", path=path)
    return Decoded(_nfc(text), label, warnings=warnings)


def _decode_whole(data: bytes, encoding: str) -> Decoded:
    """A whole file in a legacy encoding, TCVN3 with the "ư" a dropped soft hyphen took put back."""
    if encoding != "tcvn3":
        return Decoded(_decode_as(data, encoding), encoding)
    text, fixes = _decode_tcvn3(data)
    return Decoded(text, encoding, warnings=_lost_u_warning(text, fixes))


def _bom_label(data: bytes, family: str) -> str:
    for bom, _, label in _BOMS:
        if label.startswith(family) and data.startswith(bom):
            return label
    return family


# --- decode_bytes ----------------------------------------------------------------------------

def decode_bytes(data: bytes, *, encoding: str | None = None, path: str | None = None) -> Decoded:
    """Decode *data* to NFC text; raise :class:`UndecodableInput` when it is not text.

    *encoding* forces one encoding: ``tcvn3``, ``vni``, ``viscii``, ``vps`` or any Python codec
    name (``utf-8``, ``utf-16-le``, ``cp1258`` …); no detection or repair is done then.
    """
    if not data:
        raise InputError("empty input", path=path)
    if encoding:
        data, pad = _nul_padding(data, 4 if "32" in encoding else 2 if "16" in encoding else None)
        dec = _forced(data, encoding, path)
        if pad:
            dec.warnings += _padding_warning(dec.text, pad)
        return dec
    what = _signature(data)
    if what:
        raise UndecodableInput(f"not text: this is {what}", path=path)
    data, pad = _nul_padding(data)
    dec = _detect(data, path)
    if pad:
        dec.warnings += _padding_warning(dec.text, pad)
    return dec


def _nul_padding(data: bytes, unit: int | None = None) -> tuple[bytes, int]:
    """(*data* without the NUL bytes padding its end, how many): a text file copied from a disk
    image, a tape's fixed-size records or a C program's buffer ends in a run of NULs. Only when
    the rest holds a line end (a Word lock file's name over NULs stays binary); UTF-16/UTF-32 keep
    the NULs their last character needs ("\n" is 0A 00 in UTF-16-LE): *unit*, the code unit's
    size, when the encoding is forced."""
    if not data.endswith(b"\x00"):
        return data, 0
    core = data.rstrip(b"\x00")
    if b"\n" not in core and b"\r" not in core:
        return data, 0
    if unit is None:  # a UTF-32 text without a BOM is only read when forced (*unit* 4)
        unit = 4 if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)) else 2 if b"\x00" in core else 1
    keep = len(core) + (-len(core)) % unit
    if len(data) - keep < unit:  # half a UTF-16 "\n" (00 0A cut to 00): a file cut short, not padded
        return data, 0
    return data[:keep], len(data) - keep


def _padding_warning(text: str, pad: int) -> tuple[tuple[str, int | None, str], ...]:
    """The ``nul-padding`` warning for a file whose trailing NUL bytes were left out."""
    if not pad:
        return ()
    what = "1 NUL byte" if pad == 1 else f"{pad:,} NUL bytes"
    return (("nul-padding", _last_line_no(text.rstrip()), f"the file ends in {what} (padding, not text): left out"),)


def _detect(data: bytes, path: str | None) -> Decoded:
    """:func:`decode_bytes` once the encoding is not forced and *data* is no known binary format."""
    found = _unicode_form(data, path)
    if found is None:
        if data.startswith(codecs.BOM_UTF8):
            # a UTF-8 BOM over bytes that are not all UTF-8: Notepad's UTF-8 header over a body
            # pasted in TCVN3 bytes, a stray cp1252 quote, a legacy file a tool gave a BOM
            dec = _lone_cr_as_lf(data[len(codecs.BOM_UTF8):], lambda b: _decode_8bit(b, path))
            if dec.encoding == "utf-8":
                dec.encoding = "utf-8-sig"
            return dec
        return _lone_cr_as_lf(data, lambda b: _decode_8bit(b, path))
    text, label, cut = found
    if label in ("utf-8", "utf-8-sig"):
        binary = _too_many_control_bytes(data)
    else:
        binary = _too_many_controls(text)
    if binary:
        raise UndecodableInput("not text: binary data (control characters)", path=path)

    def repair(t: str) -> Decoded:
        fixed, repaired_from, reread, lost = _repair(t)
        return Decoded(fixed, label, repaired_from,
                       _mixed_warning(fixed, reread, repaired_from, mojibake=True) + _lost_u_warning(fixed, lost))

    dec = _lone_cr_as_lf(_nfc(text), repair)
    if cut:
        dec.warnings += _truncated_warning(dec.text, cut, label)
    return dec


# A line end typed as a lone CR (classic Mac OS, and some archive tools), as bytes or as text
_LONE_CR = lazy_re("\r(?!\n)")
_LONE_CR_BYTES = lazy_re(b"\r(?!\n)")
_LINE_END = lazy_re("\r(?!\n)|\n")
_LINE_END_BYTES = lazy_re(b"\r(?!\n)|\n")


def _lone_cr_as_lf(src, decode) -> Decoded:
    """``decode(src)`` for a text or bytes whose lines may end in a lone CR: the line-by-line work
    (mixed fonts, TCVN3 capitals, mojibake repaired line by line) splits lines at "\\n", so a
    file saved with CR line ends is decoded with "\\n" in their place, and its CRs are put back
    after (every decoder and repair keeps the line ends one for one)."""
    binary = isinstance(src, bytes)
    if not (_LONE_CR_BYTES if binary else _LONE_CR).search(src):
        return decode(src)
    lf = b"\n" if binary else "\n"
    ends = [m.group() != lf for m in (_LINE_END_BYTES if binary else _LINE_END).finditer(src)]
    dec = decode((_LONE_CR_BYTES if binary else _LONE_CR).sub(lf, src))
    parts = dec.text.split("\n")
    if len(parts) == len(ends) + 1:
        dec.text = parts[0] + "".join(("\r" if cr else "\n") + p for cr, p in zip(ends, parts[1:]))
    return dec


def _truncated_warning(text: str, cut: int, label: str) -> tuple[tuple[str, int | None, str], ...]:
    """The ``truncated`` warning for a Unicode file that ends inside a character."""
    last = _last_line_no(text)
    what = "1 byte" if cut == 1 else f"{cut} bytes"
    return (("truncated", last, f"the file was cut short inside its last character ({label}): "
             f"that character's {what} left out"),)


def _decode_cut(data: bytes, codec: str) -> tuple[str, int]:
    """*data* decoded strictly, or — when only its end is an incomplete character (a file cut short:
    a lone byte of UTF-16, a UTF-8 sequence or a surrogate pair begun) — all but that end, and how
    many bytes were left out. Raises UnicodeDecodeError for any other invalid data."""
    try:
        return data.decode(codec), 0
    except UnicodeDecodeError as exc:
        if exc.end != len(data) or exc.reason not in ("unexpected end of data", "truncated data"):
            raise
        return data[: exc.start].decode(codec), len(data) - exc.start


def _unicode_form(data: bytes, path: str | None) -> tuple[str, str, int] | None:
    """(text, label, bytes cut off its end) by BOM, then UTF-16 without BOM, then strict UTF-8;
    None for 8-bit data. A file cut short inside its last character is read without it."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                text, cut = _decode_cut(data[len(bom):], codec)
            except UnicodeDecodeError:
                if codec == "utf-8":
                    return None  # read as 8-bit bytes, the BOM left out (decode_bytes)
                raise UndecodableInput(f"not text: starts with a {label} BOM but is not {codec}", path=path) from None
            return text, label, cut
    if b"\x00" in data:
        codec = _utf16_without_bom(data)
        if codec:
            try:
                text, cut = _decode_cut(data, codec)
                return text, codec, cut
            except UnicodeDecodeError:
                pass
        raise UndecodableInput("not text: binary data (NUL bytes)", path=path)
    try:
        return data.decode("utf-8"), "utf-8", 0
    except UnicodeDecodeError as exc:
        # a UTF-8 file cut short inside its last letter: all of it is UTF-8 but that sequence
        if exc.end == len(data) and exc.reason == "unexpected end of data" and not data[: exc.start].isascii():
            return data[: exc.start].decode("utf-8"), "utf-8", len(data) - exc.start
        return None


# --- choosing among re-readings --------------------------------------------------------------

_MIN_GAIN = 0.15  # a repair must beat the text as it is by this much (doc §1.6)
_MIN_SCORE = 0.7  # and read as Vietnamese: "§ 3 … © 2024" → "ớ 3 … ờ 2024" scores only 0.33


class _Reading:
    """One candidate text for a block, with its encoding and score."""

    __slots__ = ("text", "encoding", "score")

    def __init__(self, text: str, encoding: str, score: Score) -> None:
        self.text = text
        self.encoding = encoding
        self.score = score

    @property
    def strong(self) -> bool:
        """Enough evidence to pick an encoding for this block on its own."""
        return self.score.valid >= 3 and self.score.value >= _MIN_SCORE

    @property
    def clear_cut(self) -> bool:
        """A short block that still leaves no doubt: two or more accented words, all valid."""
        return self.score.valid >= 2 and self.score.value >= 1.0


def _score(text: str) -> Score:
    """Vietnamese-ness of *text*; the scorer is imported only when a text needs it."""
    from .vnsyllable import score

    return score(text)


def _rank(readings: list[_Reading], prefer: str | None) -> list[_Reading]:
    """Best first: score, then the document's encoding on ties, then evidence, then table order.
    Readings tied at the top are ordered by the genre's common words they hold first: a short
    text reads as valid syllables in two encodings ("ngày 25 tháng 3 năm" in VISCII is TCVN3
    "ngày 25 thỏng 3 nồm"), and only the words tell."""
    order = {enc: i for i, enc in enumerate(_ORDER)}
    ranked = sorted(
        readings,
        key=lambda r: (-r.score.value, r.encoding != prefer, -r.score.valid, order[r.encoding]),
    )
    if len(ranked) > 1 and ranked[1].score.value == ranked[0].score.value:
        top = ranked[0]
        n = 1
        while (n < len(ranked) and ranked[n].score.value == top.score.value
               and (ranked[n].encoding != prefer) == (top.encoding != prefer)):
            n += 1
        if n > 1:
            ranked[:n] = sorted(ranked[:n], key=lambda r: -_common_words(r.text))  # stable
    return ranked


# The genre's commonest words that hold a letter beyond ASCII: a reading that holds them is the
# one meant when two read as well ("tháng", not "thỏng"; "năm", not "nồm" or "nóm")
_COMMON_WORDS = frozenset(
    "ngày tháng năm số về việc của các và được với trong những đã có không này theo cho tại đồng "
    "chí thường vụ tỉnh huyện ủy uỷ đảng bộ hội nghị thông báo kết luận thực hiện công tác quy "
    "định đề chỉ đạo lãnh nhiệm kế hoạch phó bí thư nơi nhận lưu văn phòng xã phường cấp cơ sở".split()
)
_WORD_RE = lazy_re(r"[^\W\d_]+")


def _common_words(text: str) -> int:
    return sum(1 for w in _WORD_RE.findall(text.lower()) if w in _COMMON_WORDS)


def _decode_as(data: bytes, encoding: str) -> str:
    """Legacy bytes → text as they were meant; TCVN3 headings get their capitals back."""
    text = decode_legacy(data, encoding)
    return restore_tcvn3_capitals(text) if encoding == "tcvn3" else text


# --- TCVN3 "ư" lost with the soft hyphen -----------------------------------------------------
#
# Only the text finally read as TCVN3 is examined (never the trial readings that choose the
# encoding, never Unicode text): :func:`tbparse.legacy.restore_lost_u` on the table's output, before
# the capitals are restored. A repair is (line index, word as it was, word repaired).

Fix = tuple[int, str, str]


def _decode_tcvn3(data: bytes, keep: str | None = None) -> tuple[str, list[Fix]]:
    """TCVN3 bytes → :func:`_decode_as`'s text with the "ư" a dropped soft hyphen took put back,
    and the repairs. *keep*: that text, when already made (returned as it is when nothing lost)."""
    raw = decode_legacy(data, "tcvn3")
    fixed, found = restore_lost_u(raw)
    if not found:
        return (keep if keep is not None else restore_tcvn3_capitals(raw)), []
    return restore_tcvn3_capitals(fixed), _fix_lines(raw, found)


def _fix_lines(text: str, found: list[tuple[int, str, str]]) -> list[Fix]:
    """restore_lost_u's repairs (offsets in *text*) with the line index of each."""
    out = []
    k = at = 0
    for pos, was, now in found:
        k += text.count("\n", at, pos)
        at = pos
        out.append((k, was, now))
    return out


def _lost_u_warning(text: str, fixes: list[Fix]) -> tuple[tuple[str, int | None, str], ...]:
    """The ``lost-soft-hyphen`` warning for a text whose lost "ư" were put back; () when none were."""
    if not fixes:
        return ()
    return (("lost-soft-hyphen", _line_numbers(text)[min(fixes)[0]], lost_u_message(fixes)),)


def _poor(text: str) -> bool:
    """A line with something that is not Vietnamese in it (and enough letters to tell)."""
    s = _score(text)
    return s.evidence >= 2 and s.value < 1.0


def _mixed_fonts(src: list, out: list[str], chosen: str, readings,
                 enc_out: dict[int, str] | None = None) -> dict[str, int]:
    """Re-read the lines that the document's encoding leaves unreadable (a heading typed in
    another font); *readings(line, prefer)* ranks a source line's readings. Edits *out* in
    place and returns how many lines each other encoding took; *enc_out*, when given, gets
    each lettered line's encoding."""
    enc_of: dict[int, str] = {}  # line → encoding, for the lines that carry letters
    for i, line in enumerate(src):
        if line.isascii():
            continue
        enc_of[i] = chosen
        if not _poor(out[i]):
            continue
        ranked = readings(line, chosen)
        top = ranked[0] if ranked else None
        if top is None or top.encoding == chosen or not (top.strong or top.clear_cut):
            continue
        if top.score.value >= _score(out[i]).value + _MIN_GAIN:
            out[i] = top.text
            enc_of[i] = top.encoding
    # A line that reads well either way ("THÔNG BÁO" is also valid VNI, as "THƠNG BÁO") follows
    # its neighbours when both (or the only one, at the start) were re-read the same other way.
    rows = list(enc_of)
    for k, i in enumerate(rows):
        if enc_of[i] != chosen:
            continue
        above = enc_of[rows[k - 1]] if k else None
        below = enc_of[rows[k + 1]] if k + 1 < len(rows) else None
        other = below if above is None else above
        if other is None or other == chosen or below not in (other, None):
            continue
        alt = next((r for r in readings(src[i], other) if r.encoding == other), None)
        if alt is not None and alt.score.value >= _score(out[i]).value:
            out[i] = alt.text
            enc_of[i] = other
    if enc_out is not None:
        enc_out.update(enc_of)
    taken: dict[str, int] = {}
    for enc in enc_of.values():
        if enc != chosen:
            taken[enc] = taken.get(enc, 0) + 1
    return taken


# --- legacy 8-bit detection ------------------------------------------------------------------

_ORDER = ("utf-8",) + LEGACY_ENCODINGS  # tie-break order: the more common encodings first
_SAMPLE = 64 * 1024  # detection reads at most this much; the winner decodes everything


def _byte_readings(data: bytes, prefer: str | None = None) -> list[_Reading]:
    readings = []
    for enc in LEGACY_ENCODINGS:
        text = _decode_as(data, enc)
        readings.append(_Reading(text, enc, _score(text)))
    return _rank(readings, prefer)


def _utf8_with_stray_bytes(text: str) -> str | None:
    """UTF-8 with a few invalid bytes (a cp1252 byte pasted in): decode those as cp1252.

    *text* is the file decoded with ``surrogateescape``. Only when the valid multi-byte
    sequences outnumber the invalid bytes ten to one.
    """
    stray = sum(1 for c in text if "\udc80" <= c <= "\udcff")
    multibyte = sum(1 for c in text if c > "\x7f") - stray
    if not stray or multibyte < 10 * stray:
        return None
    return re.sub(
        "[\udc80-\udcff]",
        lambda m: bytes([ord(m.group()) - 0xDC00]).decode("cp1252", errors="replace"),
        text,
    )


def _readable(s: Score) -> bool:
    """Enough Vietnamese in a legacy reading to take it (else: not Vietnamese 8-bit text)."""
    return s.value >= 0.6 and s.valid >= 2 or s.value == 1.0 and s.valid == 1


# A Vietnamese letter (precomposed, or a combining tone of decomposed text) that only a valid UTF-8
# sequence gives once bytes are read with surrogateescape: "Đ" of "ĐẢNG" from C4 90. Legacy bytes
# never form one by chance in the exports or the corpus (VISCII and VPS do form Cyrillic or N'Ko).
_UTF8_LETTER = lazy_re("[\u00c0-\u01b0\u0300-\u0323\u1ea0-\u1ef9]")
# A byte that is not UTF-8, as surrogateescape shows it: "\udcd8" for the Ø (0xD8) of "TØNH"
_ESCAPED = lazy_re("[\udc80-\udcff]")
# A run of ASCII and undecodable bytes: a legacy segment when it holds one of the latter —
# "B\udce9 T\udcd8NH NGH\udcd6 AN" (TCVN3 "Bé TØNH NGHÖ AN") is one run.
_NOT_UTF8_RUN = lazy_re("[\x00-\x7f\udc80-\udcff]+")


@lru_cache(maxsize=None)
def _c0_letters(encoding: str) -> re.Pattern[str] | None:
    """The control bytes that are letters in *encoding* (VISCII and VPS: VPS "\\x14" is "Ụ", so
    "PH\\x14 L\\x14C" is an ASCII line of legacy bytes); None for the others. "vps|viscii": in
    either."""
    found = "".join(chr(b) for b in range(32)
                    if any(decode_legacy(bytes([b]), enc).isalpha() for enc in encoding.split("|")))
    return re.compile(f"[{re.escape(found)}]") if found else None


def _escaped_bytes(s: str) -> bytes:
    return s.encode("utf-8", "surrogateescape")


def _utf8_with_legacy_lines(s: str) -> Decoded | None:
    """A UTF-8 file with lines (or cells) in a legacy 8-bit encoding: a new template's Unicode
    header over an old .doc body pasted in TCVN3, or a file an archive tool re-saved in part.

    *s* is the file decoded with ``surrogateescape``. The bytes that are not UTF-8 are ranked as
    one legacy text (their runs joined); each line then keeps its valid UTF-8 letters and has
    its other runs read in that encoding — unless the line reads better wholly in it (legacy
    bytes that happen to form a UTF-8 sequence). None when the file has no UTF-8 letter, no
    readable legacy part, or no line left in UTF-8 (a legacy file: :func:`_decode_8bit` reads it).
    """
    if not _UTF8_LETTER.search(s):
        return None
    lines = s.split("\n")
    runs = [m.group() for line in lines if _ESCAPED.search(line)
            for m in _NOT_UTF8_RUN.finditer(line) if _ESCAPED.search(m.group())]
    sample = _escaped_bytes("\n".join(runs))[:_SAMPLE]
    best = _byte_readings(sample)[0]
    if not _readable(best.score) or _score(sample.decode("cp1252", "replace")).value >= best.score.value:
        return None  # stray bytes, not a legacy text: cp1252 (_utf8_with_stray_bytes) or binary
    enc = best.encoding
    # TCVN3 that lost its "ư" with the soft hyphen: judged on all the legacy runs
    doc_lost = enc == "tcvn3" and lost_u_evidence(decode_legacy(sample, enc))
    run_lost: list[tuple[str, str]] = []  # the line's runs' lost "ư" put back

    def legacy_run(m: re.Match[str]) -> str:
        run = m.group()
        if not _ESCAPED.search(run):
            return run
        text = decode_legacy(_escaped_bytes(run), enc)
        if enc == "tcvn3":
            text, found = restore_lost_u(text, lost=doc_lost)
            run_lost.extend((was, now) for _, was, now in found)
        return text

    lost: list[Fix] = []
    out: list[str] = []
    encs: dict[int, str] = {}  # lines with legacy bytes read → their encoding
    whole: list[int] = []  # lines read wholly as legacy bytes
    utf8_kept = False  # some line keeps UTF-8 letters
    c0 = _c0_letters(enc)
    for i, line in enumerate(lines):
        if line.isascii() and not (c0 and c0.search(line)):
            out.append(line)
            continue
        escaped = _ESCAPED.search(line) is not None
        letters = _UTF8_LETTER.search(line) is not None
        as_legacy = decode_legacy(_escaped_bytes(line), enc)
        run_lost.clear()
        as_utf8 = _NOT_UTF8_RUN.sub(legacy_run, line) if escaped else line
        if escaped and not letters or _score(as_legacy).value > _score(as_utf8).value:
            whole.append(i)
            out.append(as_legacy)
            encs[i] = enc
        else:
            out.append(as_utf8)
            lost.extend((i, was, now) for was, now in run_lost)
            utf8_kept = utf8_kept or letters
            if escaped:
                encs[i] = enc
    if not utf8_kept:
        return None
    if len(whole) > 1:  # a legacy part in more than one font
        got: dict[int, str] = {}
        part = [out[i] for i in whole]
        _mixed_fonts([_escaped_bytes(lines[i]) for i in whole], part, enc,
                     lambda line, e: _byte_readings(line, e), got)
        for k, i in enumerate(whole):
            out[i] = part[k]
            encs[i] = got.get(k, enc)
    for i in whole if enc == "tcvn3" else ():  # still as the TCVN3 table decoded it
        if encs[i] == "tcvn3":
            out[i], found = restore_lost_u(out[i], lost=doc_lost)
            lost.extend((i, was, now) for _, was, now in found)
    if "tcvn3" in encs.values():  # capitals back, each line in its context (the lines above)
        restored = restore_tcvn3_capitals("\n".join(out)).split("\n")
        for i, e in encs.items():
            if e == "tcvn3":
                out[i] = restored[i]
    text = "\n".join(out)
    if _too_many_controls(text):
        return None
    counts: dict[str, int] = {}
    for e in encs.values():
        counts[e] = counts.get(e, 0) + 1
    label = "+".join(f"{e}-bytes-in-utf-8" for e in sorted(counts, key=lambda e: -counts[e]))
    fixed, repaired, reread, lost_more = _repair(_nfc(text))
    warnings = _mixed_warning(fixed, sorted(encs), label, mojibake=False)
    if repaired:
        label += f"+{repaired}"
        warnings += _mixed_warning(fixed, reread, repaired, mojibake=True)
    return Decoded(fixed, "utf-8", label, warnings + _lost_u_warning(fixed, sorted(lost + lost_more)))


def _decode_8bit(data: bytes, path: str | None) -> Decoded:
    """Bytes that are not UTF-8: UTF-8 with legacy lines, UTF-8 with a stray cp1252 byte, or
    the legacy encoding whose text reads as Vietnamese."""
    escaped = data.decode("utf-8", errors="surrogateescape")
    mixed = _utf8_with_legacy_lines(escaped)
    if mixed is not None:
        return mixed
    mixed_utf8 = _utf8_with_stray_bytes(escaped)
    if mixed_utf8 is not None and not _too_many_controls(mixed_utf8):
        fixed, label, _, lost = _repair(_nfc(mixed_utf8))
        return Decoded(fixed, "utf-8", "cp1252-bytes-in-utf-8" + (f"+{label}" if label else ""),
                       warnings=_lost_u_warning(fixed, lost))

    sample = data
    if len(data) > _SAMPLE:
        cut = data.rfind(b"\n", 0, _SAMPLE)
        sample = data[: cut if cut > 0 else _SAMPLE]
    best = _byte_readings(sample)[0]
    if not _readable(best.score):
        western = data.decode("cp1252", errors="replace")
        if not _too_many_controls(western) and "\ufffd" not in western:
            return Decoded(_nfc(western), "cp1252")  # not Vietnamese: a Western 8-bit text
        raise UndecodableInput("not text: no encoding gives readable text (binary data?)", path=path)
    text = best.text if sample is data else _decode_as(data, best.encoding)
    lost: list[Fix] = []
    if best.encoding == "tcvn3":
        text, lost = _decode_tcvn3(data, text)
    if b"\n" in data:
        out = text.split("\n")  # every decoder keeps "\n" one for one
        encs: dict[int, str] = {}
        if _mixed_fonts(data.split(b"\n"), out, best.encoding, lambda line, enc: _byte_readings(line, enc), encs):
            text = "\n".join(out)
            lost = [f for f in lost if encs.get(f[0], best.encoding) == best.encoding]
    return Decoded(text, best.encoding, warnings=_lost_u_warning(text, lost))


# --- string-level repair ---------------------------------------------------------------------

class _GateRe:
    """The gate's patterns, compiled on first use so that importing this module stays cheap."""

    def __init__(self) -> None:
        vn = "\u1ea0-\u1ef9\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0"
        # Letters only Vietnamese uses: "ỉ ủ Đ ơ ư ă ĩ ũ".
        self.vn_specific = _compile(f"[{vn}]")
        # Any other non-ASCII letter: "á" in "Tá»‰nh", "Ø" in "TØNH", "é" in "été".
        self.other_letter = _compile(f"(?![{vn}])[^\\W\\d_\x00-\x7f]")
        # A character that a cp1252 view of legacy bytes or of UTF-8 produces but Vietnamese text
        # does not: C1 controls, cp1252 symbols, and Latin-1 except the letters Vietnamese shares
        # with it. Matches "Ø" in "TØNH", "»" in "Tá»‰nh"; nothing in "Tỉnh uỷ Bình Thuận".
        self.marker = _compile(
            "[\x80-\x9f\u20ac\u201a\u0192\u201e\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u02dc"
            "\u2122\u0161\u203a\u0153\u017e\u0178\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce\u00cf\u00d0"
            "\u00d1\u00d6-\u00d8\u00db\u00dc\u00de\u00df\u00e4-\u00e7\u00eb\u00ee\u00ef\u00f0\u00f1"
            "\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff]"
        )
        # cp1258 seen as cp1252 can avoid all markers ("TiÒnh uÒy"): its tone bytes Ì ì Ò ò
        # follow a vowel, which never happens in Vietnamese. The tone character comes first in the
        # pattern so that scanning stays fast.
        self.cp1258_tone = _compile(
            "[\u00cc\u00ec\u00d2\u00f2]"
            "(?<=[aeiouyAEIOUY\u00e2\u00ea\u00f4\u00e3\u00f5\u00fd\u00c2\u00ca\u00d4\u00c3\u00d5\u00dd].)"
        )
        # VNI seen as cp1252 without any marker ("THOÂNG BAÙO"): a mark byte that is also a
        # Latin-1 vowel, right after "a"/"e" (Vietnamese never has a second toned vowel there)
        # or "Â" after "o".
        self.vni_mark = _compile(
            "[\u00c0-\u00c3\u00c8-\u00ca\u00cc\u00cd\u00d2-\u00d5\u00d9\u00da\u00dd"
            "\u00e0-\u00e3\u00e8-\u00ea\u00ec\u00ed\u00f2-\u00f5\u00f9\u00fa\u00fd](?<=[aAeE].)"
            "|[\u00c2\u00e2](?<=[oO].)"
        )
        # A C1 control that a cp1252 reader would have shown as a symbol: "\x80" (cp1252: "€");
        # the five bytes cp1252 leaves undefined (81 8D 8F 90 9D) show as C1 either way.
        self.latin1_only = _compile("[\x80\x82-\x8c\x8e\x91-\x9c\x9e\x9f]")


@lru_cache(maxsize=None)
def _gate_re() -> _GateRe:
    return _GateRe()


def _might_be_mojibake(text: str) -> bool:
    """The fast check: a mojibake character; or, in text without any Vietnamese-only letter,
    cp1258 tone bytes or VNI mark bytes after a vowel, or "Ã" + NBSP (UTF-8 "à").

    On genuine Vietnamese text this is one scan that finds nothing plus one search that stops
    at the first "ỉ" or "ư".
    """
    g = _gate_re()
    if g.marker.search(text):
        return True
    if g.vn_specific.search(text):
        return False
    return (g.cp1258_tone.search(text) is not None or g.vni_mark.search(text) is not None
            or "\u00c3\u00a0" in text)  # UTF-8 "à" (C3 A0) shown as cp1252, all "ngÃ\xa0y" shows


def _genuine(text: str) -> bool:
    """The gate: Vietnamese-only letters outnumber the other non-ASCII letters."""
    g = _gate_re()
    return len(g.vn_specific.findall(text)) > len(g.other_letter.findall(text))


def _surface(text: str) -> str:
    """How the legacy bytes were shown: "cp1258" if only a cp1258 view gives them, "latin-1" if
    C1 controls survive, else "cp1252"."""
    t = text.replace("\ufffd", "\x00")  # a byte the view lacked, written as U+FFFD
    if _cp1252_bytes(t) is None and to_legacy_bytes(t) is not None:
        return "cp1258"
    return "latin-1" if _gate_re().latin1_only.search(text) else "cp1252"


def to_legacy_bytes(text: str) -> bytes | None:
    """The bytes a cp1252 (or latin-1) view of legacy bytes or UTF-8 showed as *text*, or a cp1258
    view (a Vietnamese-locale Windows' Notepad: "THĂ”NG BĂ\x81O" for UTF-8 "THÔNG BÁO"); None if
    *text* holds real Unicode. A cp1258 view is taken only as shown — every character one byte
    of it — so genuine Vietnamese ("Tỉnh", with "ỉ" no cp1258 byte) stays None."""
    data = _cp1252_bytes(text)
    return data if data is not None or text.isascii() else _cp1252_bytes(text, surface="cp1258")


def _text_readings(text: str, prefer: str | None = None) -> tuple[Score, list[_Reading]] | None:
    """(score of *text* as it is, its re-readings best first); None if it holds real Unicode."""
    data = _cp1252_bytes(text)
    holes = _HOLES
    if data is None and not text.isascii():  # a cp1258 view lacks other bytes (Ê is C3 8A)
        data, holes = _cp1252_bytes(text, surface="cp1258"), _HOLES_CP1258
    if data is None:
        # UTF-8 shown as cp1252 by a converter that wrote U+FFFD for the bytes cp1252 lacks
        # ("Ä\ufffdẢNG" for "ĐẢNG"): only a UTF-8 reading can undo it
        lost = to_legacy_bytes(text.replace("\ufffd", "\x00")) if "\ufffd" in text else None
        if lost is not None and _cp1252_bytes(text.replace("\ufffd", "\x00")) is None:
            holes = _HOLES_CP1258
        cand = _utf8_lost_bytes(lost, holes) if lost is not None else None
        if cand is None:
            return None
        cand = _nfc(cand)
        return _score(text), [_Reading(cand, "utf-8", _score(cand))]
    readings = []
    for enc in _ORDER:
        cand = _read_as(data, enc, holes)
        if cand is not None:
            readings.append(_Reading(cand, enc, _score(cand)))  # unchanged text too: it can win
    return _score(text), _rank(readings, prefer)


def _read_as(data: bytes, encoding: str, holes: tuple[int, ...] | None = None) -> str | None:
    """The text that *data* (legacy bytes recovered from mojibake) meant in *encoding*; *holes*:
    the bytes the view lacked, when not cp1252's."""
    if encoding != "utf-8":
        return _decode_as(data, encoding)
    try:
        return _nfc(data.decode("utf-8"))
    except UnicodeDecodeError:
        lost = _utf8_lost_bytes(data, holes or _HOLES)
        return _nfc(lost) if lost is not None else None


# The bytes cp1252 leaves undefined: a program showing UTF-8 as cp1252 drops them, or writes "?"
# or U+FFFD, so "Đ" (C4 90) comes back "Ä", "Ä?" or "Ä\ufffd" — and "ờ ề ọ ỏ Ố" (E1 BB 9D, 81,
# 8D, 8F, 90), "Á Í Ý" (C3 81, 8D, 9D), the combining acute of decomposed text (CC 81), "”" (E2 80 9D)
_HOLES = (0x81, 0x8D, 0x8F, 0x90, 0x9D)
# ... and those cp1258 leaves undefined (a Vietnamese-locale Windows' view): also "Ê Ú" (C3 8A,
# 9A) and "Ị Ỏ Ớ Ở" (E1 BB 8A, 8E, 9A, 9E)
_HOLES_CP1258 = (0x81, 0x8A, 0x8D, 0x8E, 0x8F, 0x90, 0x9A, 0x9D, 0x9E)
# Which lost letter to prefer when several make a valid syllable ("v?" is "về", "vờ", "vọ", "vỏ"):
# the word the rest of the document writes intact (lower-case "bí thư" for a "B?" of "BÍ THƯ": only
# the capitals Á Í Ý and the small ề ờ ọ ỏ lose a byte), then a common word of the genre, most
# common first, then this order
_HOLE_RANK = "ềờọỏỐÁÍĐ\u0301”ÝÊỚỊỞỎÚ"
_HOLE_WORDS = (
    "về thường đề điều thời học họp trọng truyền phường trường quyền người cường mọi nhiều đường "
    "đọc gọi chọn giờ đời nhờ nhỏ lời mời tờ vọng ngọc đọng gọn thọ họ nghề tiền miền chiều đều "
    "liền nền bền kiềm tiềm điền mềm kề vườn tường dời mười chờ bờ trời ngờ sườn mờ ngọ mọc ngọt "
    "trọn bọn dọn ngọn chọc lọc bọc lỏng khỏi hỏng giỏi mỏ hỏa bỏ tỏ hỏi cỏ đỏ thỏa khỏe "
    # cp1258's: "Ê", "Ớ Ở Ỏ Ị" (capitals)
    "viên xuyên tiêu biên kiên nghị chị khối với mới tới lớn lớp ở bởi sở"
)
# ... and before that, a phrase of the genre the word and its neighbour make: "BÍ THƯ" (not "BÁ"),
# "CHÁNH VĂN PHÒNG" beside "CHÍNH TRỊ", "MỤC ĐÍCH"
_HOLE_PHRASES = (
    "bí thư|chánh văn|phó chánh|chính trị|chính quyền|chính sách|chính phủ|hành chính|tài chính|"
    "chủ chính|mục đích|kinh phí|chi phí|ý kiến|về việc|vấn đề|đề nghị|đề án|đề ra|điều kiện|"
    "điều chỉnh|điều hành|thường trực|thường vụ|thường xuyên|quan trọng|trọng tâm|trọng điểm|"
    "cuộc họp|học tập|mọi mặt|mọi người|nhờ đó|và nhỏ|nhỏ và|kính mời|mời dự|cờ đỏ|giờ ngày|"
    "gian tới|buổi tối|bộ khối|ủy khối|uỷ khối|hội nghị|đề nghị|nghị quyết|đảng viên|ủy viên|uỷ viên|thường xuyên"
)


# Bytes shaped as UTF-8 (what they decode to is checked after): ASCII and whole sequences
_UTF8_RUN = lazy_re(b"(?:[\\x00-\\x7f]|[\\xc2-\\xdf][\\x80-\\xbf]|[\\xe0-\\xef][\\x80-\\xbf]{2}"
                    b"|[\\xf0-\\xf4][\\x80-\\xbf]{3})+")
# The words before and after the hole's word: "BÍ" is decided by "THƯ" after it
_PREV_WORD = lazy_re(r"([^\W\d_]+)\s+\Z")
_NEXT_WORD = lazy_re(r"\s+([^\W\d_]+)")
# The letters of a word around a hole: "Tr" before "?ng", "ng" after it (combining tones too)
_WORD_END = lazy_re(r"[^\W\d_]*\Z")
_WORD_START = lazy_re("(?:[^\\W\\d_]|[\u0300-\u036f])*")


@lru_cache(maxsize=None)
def _hole_words() -> dict[str, int]:
    """Common words with a letter that may lose a byte → their rank (0 = most common)."""
    return {w: k for k, w in enumerate(_HOLE_WORDS.split())}


@lru_cache(maxsize=None)
def _hole_phrases() -> frozenset[str]:
    return frozenset(_HOLE_PHRASES.split("|"))


def _utf8_lost_bytes(data: bytes, lacked: tuple[int, ...] = _HOLES) -> str | None:
    """*data* (UTF-8 recovered from mojibake) read with the continuation bytes it lost put back,
    each chosen among *lacked* (the five cp1252 holes) so that its word is a Vietnamese syllable; None
    unless every invalid spot is one multi-byte sequence short of its last byte (a "?" or NUL —
    U+FFFD — standing in its place is taken out)."""
    pieces: list[str] = []
    holes: list[tuple[int, list[str]]] = []  # (index in pieces, candidates)
    buf = bytearray()
    i, n = 0, len(data)
    while i < n:
        m = _UTF8_RUN.match(data, i)  # the well-formed run up to the next hole, at C speed
        if m is not None:
            buf += m.group()
            i = m.end()
            if i >= n:
                break
        b = data[i]
        need = 1 if 0xC2 <= b <= 0xDF else 2 if 0xE0 <= b <= 0xEF else 3 if 0xF0 <= b <= 0xF4 else 0
        if not need:
            return None
        k = 0
        while k < need and i + 1 + k < n and 0x80 <= data[i + 1 + k] <= 0xBF:
            k += 1
        if k != need - 1:
            return None
        head = data[i : i + 1 + k]
        cands = []
        for h in lacked:
            try:
                cands.append((head + bytes([h])).decode("utf-8"))
            except UnicodeDecodeError:
                pass
        if not cands:
            return None
        try:
            pieces.append(buf.decode("utf-8"))
        except UnicodeDecodeError:
            return None
        buf = bytearray()
        holes.append((len(pieces), cands))
        pieces.append(cands[0])
        i += 1 + k
        if i < n and data[i] in (0x3F, 0x00):
            i += 1
    if not holes:
        return None
    try:
        pieces.append(buf.decode("utf-8"))
    except UnicodeDecodeError:
        return None
    from .vnsyllable import is_syllable

    # the document's own words, the holes left out: evidence for what a hole's word is
    seen: dict[str, int] = {}
    hole_at = {at for at, _ in holes}
    for w in re.findall(r"[^\W\d_]+", "".join("\x00" if k in hole_at else p for k, p in enumerate(pieces)).lower()):
        seen[w] = seen.get(w, 0) + 1
    common, phrases = _hole_words(), _hole_phrases()

    def near(at: int, step: int) -> str:
        """Up to 60 characters of the text before (*step* -1) or after (+1) piece *at*."""
        got, k, size = [], at + step, 0
        while 0 <= k < len(pieces) and size < 60:
            got.append(pieces[k])
            size += len(pieces[k])
            k += step
        return "".join(reversed(got))[-60:] if step < 0 else "".join(got)[:60]

    chosen: dict[tuple, str] = {}  # a word met again in the same context is decided once
    for at, cands in holes:
        before, after = near(at, -1), near(at, 1)
        stem = _WORD_END.search(before).group()  # type: ignore[union-attr]
        tail = _WORD_START.match(after).group()  # type: ignore[union-attr]
        prev = _PREV_WORD.search(before, 0, len(before) - len(stem))
        nxt = _NEXT_WORD.match(after, len(tail))
        pw = prev.group(1).lower() if prev else ""
        nw = nxt.group(1).lower() if nxt else ""
        key = (stem, tail, pw, nw, tuple(cands))
        hit = chosen.get(key)
        if hit is None:
            rank = ("Ý" + _HOLE_RANK) if not (stem or tail) else _HOLE_RANK
            pool = [c for c in cands if c in rank] or cands
            pool = [c for c in pool if is_syllable(_nfc(stem + c + tail))] or pool

            def prior(c: str) -> tuple[bool, int, int, int]:
                w = _nfc(stem + c + tail).lower()
                phrase = pw and f"{pw} {w}" in phrases or nw and f"{w} {nw}" in phrases
                return (not phrase, -seen.get(w, 0), common.get(w, len(common)),
                        rank.find(c) if c in rank else len(rank))

            hit = chosen[key] = min(pool, key=prior)
        pieces[at] = hit
    return "".join(pieces).replace("\x00", "\ufffd")


def _accept(reading: _Reading, before: Score, min_valid: int = 2) -> bool:
    """A repair must read as Vietnamese, clearly better than before, and not as French/German."""
    s = reading.score
    return (
        s.value >= _MIN_SCORE
        and s.value >= before.value + _MIN_GAIN
        and s.valid >= min_valid
        and not s.foreign
    )


def repair_text(text: str) -> tuple[str, str | None]:
    """Undo mojibake in Unicode text; return (text, label of what it was) or (text, None).

    Labels: ``tcvn3-as-cp1252``, ``vni-as-cp1252``, ``viscii-as-cp1252``, ``vps-as-cp1252``,
    ``cp1258-as-cp1252``, ``utf-8-as-cp1252`` (double-encoded UTF-8); ``-as-latin-1`` when the C1
    controls of a latin-1 reader survived; several joined with ``+`` when a document mixes them.
    Genuine text is returned unchanged (the same object); the gate makes that nearly free.
    Line ends and line count are never changed. Text re-read as TCVN3 gets back the "ư" that a
    dropped soft hyphen took (``Thêng vô`` → ``Thường vụ``, not ``Thờng vụ``).
    """
    fixed, label, _, _ = _repair(text)
    return fixed, label


def _repair(text: str) -> tuple[str, str | None, list[int], list[Fix]]:
    """:func:`repair_text`, plus the indices of the lines re-read when the text mixes genuine
    Unicode lines and mojibake lines (empty otherwise), and the lost "ư" put back in what was
    re-read as TCVN3."""
    if text.isascii() or not _might_be_mojibake(text):
        return text, None, [], []
    if not _genuine(text):
        sample = text
        if len(text) > _SAMPLE:  # rank on the first 64K characters, then re-read everything
            cut = text.rfind("\n", 0, _SAMPLE)
            sample = text[: cut if cut > 0 else _SAMPLE]
        found = _text_readings(sample)
        if found is not None and found[1]:
            before, ranked = found
            best = ranked[0]
            if _accept(best, before):
                if sample is not text:
                    data = to_legacy_bytes(text)
                    full = _read_as(data, best.encoding) if data is not None else None
                    if full is None:
                        return _repair_lines(text)
                    best = _Reading(full, best.encoding, best.score)
                fixed, label, lost = _whole(text, best)
                return fixed, label, [], lost
        peeled = _peel_utf8(text)
        if peeled is not None:
            return (*peeled, [], [])
        western = _western_utf8(text)
        if western is not None:
            return western, f"utf-8-as-{_surface(text)}", [], []
    return _repair_lines(text)


def _western_utf8(text: str) -> str | None:
    """UTF-8 in another language shown as cp1252 and saved ("rÃ©union", "â€œnewâ€\x9d"): all of
    *text* turned back into bytes is strict UTF-8 with letters beyond ASCII. Genuine Western text
    never is ("Ã©" is no French); the Vietnamese readings, which come first, would not take it."""
    data = _cp1252_bytes(text)
    if data is None or data.isascii():
        return None
    try:
        out = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return None if _too_many_controls(out) else _nfc(out)


_MAX_LAYERS = 3


def _peel_utf8(text: str) -> tuple[str, str] | None:
    """UTF-8 mis-read as cp1252 more than once ("Ã„ÂÃ¡ÂºÂ¢NG" for "ĐẢNG": shown, saved, shown and
    saved again): peel layers while each still decodes as strict UTF-8, and accept the first
    one from the second on that reads as genuine Vietnamese. One layer is the readings' job.
    The innermost layer may have lost the bytes cp1252 lacks (:func:`_utf8_lost_bytes`): the
    first program dropped them, the second showed and saved what it got."""
    cur = text
    for k in range(1, _MAX_LAYERS + 1):
        data = to_legacy_bytes(cur)
        if data is None:
            return None
        try:
            cur = data.decode("utf-8")
        except UnicodeDecodeError:
            lost = _utf8_lost_bytes(data) if k >= 2 else None
            if lost is None or not _genuine(lost):
                return None
            cur = lost
        if k >= 2 and _genuine(cur):
            return _nfc(cur), f"utf-8-as-{_surface(text)}-x{k}"
    return None


def _whole(text: str, whole: _Reading) -> tuple[str, str | None, list[Fix]]:
    """The whole text re-read as *whole*, except lines that read clearly better in another
    encoding (a heading typed in another font); and the lost "ư" put back (TCVN3)."""
    surface = _surface(text)
    label = f"{whole.encoding}-as-{surface}"
    reread, lost = whole.text, []
    if whole.encoding == "tcvn3":
        data = to_legacy_bytes(text)
        if data is not None:
            reread, lost = _decode_tcvn3(data, reread)
    if "\n" not in text:
        return reread, label, lost
    out = reread.split("\n")  # every decoder keeps "\n" one for one
    encs: dict[int, str] = {}
    taken = _mixed_fonts(text.split("\n"), out, whole.encoding, _line_readings, encs)
    if not taken:
        return reread, label, lost
    labels = {label: len(out) - sum(taken.values())}
    labels.update({f"{enc}-as-{surface}": n for enc, n in taken.items()})
    lost = [f for f in lost if encs.get(f[0], whole.encoding) == whole.encoding]
    return "\n".join(out), "+".join(sorted(labels, key=lambda k: -labels[k])), lost


def _line_readings(line: str, prefer: str) -> list[_Reading]:
    found = _text_readings(line, prefer)
    return found[1] if found else []


def _repair_lines(text: str) -> tuple[str, str | None, list[int], list[Fix]]:
    """Per-line repair: documents where only some paragraphs are mojibake, or that mix fonts.

    Lines with enough evidence decide first and give the document's encoding (the hint); lines
    with little evidence, and those the gate let through ("NguyÔn TÊn Phóc", "Néi dung": no mark
    of mojibake alone), are then re-read in it when that reads clearly better; a line that reads
    as well either way ("Soá", "Rô") follows the lines above and below it when both were re-read
    alike. A line holding genuine Unicode and mojibake is read cell by cell (:func:`_repair_cells`).
    TCVN3 capitals are restored with each line's context, as for a whole file, and the "ư" a
    dropped soft hyphen took is put back (judged on all the text read as TCVN3).
    Returns the indices of the re-read lines when genuine Unicode lines stay beside them, and the
    lost "ư" put back.
    """
    lines = text.split("\n")
    decided: dict[int, _Reading] = {}
    pending: list[tuple[int, Score, list[_Reading]]] = []
    rows: list[int] = []  # lines with non-ASCII characters, in order
    quiet: list[int] = []  # ... that the gate let through
    split: list[int] = []  # ... that hold real Unicode and mojibake: read cell by cell
    votes: dict[str, int] = {}
    hint = None
    c0 = _c0_letters("vps|viscii")
    for i, line in enumerate(lines):
        if line.isascii() and not c0.search(line):
            continue
        rows.append(i)
        if not _might_be_mojibake(line):
            quiet.append(i)
            continue
        found = _text_readings(line)
        if found is None:  # real Unicode in it: maybe beside a cell of mojibake
            if _CELL_GAP.search(line):
                split.append(i)
            continue
        if not found[1]:
            continue
        before, ranked = found
        top = ranked[0]
        if top.strong and _accept(top, before):
            tied = [r.encoding for r in ranked if r.score.value == top.score.value and r.text != line]
            for enc in tied:
                votes[enc] = votes.get(enc, 0) + 1
            if len(tied) == 1:
                decided[i] = top
                continue
        pending.append((i, before, ranked))  # decided after the lines with more evidence
    if votes:
        # The document's encoding: the one that reads best on most lines. A short line often
        # reads as well in two ("Bùi Thiò Thu Hà": TCVN3 "Bựi Thiũ", cp1258 "Bùi Thị"), so
        # such a line votes for both and is read in the winner.
        order = {enc: k for k, enc in enumerate(_ORDER)}
        hint = min(votes, key=lambda e: (-votes[e], order[e]))
    for i, before, ranked in pending:
        pick = next((r for r in ranked if r.encoding == hint), None)
        if pick is not None and _accept(pick, before, min_valid=1):
            decided[i] = pick
        elif ranked[0].clear_cut and before.value <= 0.5 and _accept(ranked[0], before):
            decided[i] = ranked[0]
    cells = {i: fixed for i in split if (fixed := _repair_cells(lines[i], hint))}
    if not decided and not cells:
        return text, None, [], []
    for i in quiet if hint else ():  # a line of a repaired text that the gate alone could not tell
        found = _text_readings(lines[i], hint)  # None at once for a line with real Unicode
        if found is None:
            continue
        before, ranked = found
        pick = next((r for r in ranked if r.encoding == hint), None)
        if pick is not None and _accept(pick, before, min_valid=1):
            decided[i] = pick
    _follow_neighbours(lines, rows, decided, hint)
    # the text read as TCVN3, (line, cell start or -1 for the whole line) → as the table decodes it
    raws = {(i, -1): decode_legacy(to_legacy_bytes(lines[i]), "tcvn3")  # type: ignore[arg-type]
            for i, r in decided.items() if r.encoding == "tcvn3"}
    raws.update({(i, a): decode_legacy(to_legacy_bytes(lines[i][a:b]), "tcvn3")  # type: ignore[arg-type]
                 for i, fixed in cells.items() for a, b, r in fixed if r.encoding == "tcvn3"})
    doc_lost = bool(raws) and lost_u_evidence("\n".join(raws.values()))
    lost: list[Fix] = []

    def tcvn3_text(key: tuple[int, int]) -> str:
        fixed, found = restore_lost_u(raws[key], lost=doc_lost)
        lost.extend((key[0], was, now) for _, was, now in found)
        return fixed

    labels: dict[str, int] = {}
    tcvn3: list[tuple[int, int, int]] = []  # (line, start, end) of text read as TCVN3
    for i, r in decided.items():
        label = f"{r.encoding}-as-{_surface(lines[i])}"
        labels[label] = labels.get(label, 0) + 1
        if r.encoding == "tcvn3":
            lines[i] = tcvn3_text((i, -1))
            tcvn3.append((i, 0, len(lines[i])))
        else:
            lines[i] = r.text
    for i, fixed in cells.items():
        parts, end = [], 0
        for a, b, r in fixed:
            label = f"{r.encoding}-as-{_surface(lines[i][a:b])}"
            labels[label] = labels.get(label, 0) + 1
            parts.append(lines[i][end:a])
            start = sum(map(len, parts))
            if r.encoding == "tcvn3":
                parts.append(tcvn3_text((i, a)))
                tcvn3.append((i, start, start + len(parts[-1])))
            else:
                parts.append(r.text)
            end = b
        lines[i] = "".join(parts) + lines[i][end:]
    out = "\n".join(lines)
    if tcvn3:  # capitals back with each line's context, as _decode_as does for a whole text
        restored = restore_tcvn3_capitals(out).split("\n")
        for i, a, b in tcvn3:
            lines[i] = lines[i][:a] + restored[i][a:b] + lines[i][b:]
        out = "\n".join(lines)
    vn = _gate_re().vn_specific
    genuine = any(i not in decided and vn.search(lines[i]) for i in rows)
    reread = sorted({*decided, *cells})
    return out, "+".join(sorted(labels, key=lambda k: -labels[k])), reread if genuine else [], sorted(lost)


# A gap between two columns of a flattened table: a tab, 4+ spaces, a markdown cell border, a web
# copy's "<br>" — "TỈNH ỦY BÌNH THUẬN          §¶NG CéNG S¶N VIÖT NAM" is two cells.
_CELL_GAP = lazy_re(r"\t|[ \u00a0]{4,}|\||<[bB][rR]\s*/?>")


def _repair_cells(line: str, hint: str | None) -> list[tuple[int, int, _Reading]]:
    """The cells of a line that holds genuine Unicode that are mojibake, each with its reading
    ((start, end, reading), left to right): a Word export's header line whose right cell was
    typed in .VnTime. A cell is re-read in the document's encoding when that reads clearly
    better, or else on its own evidence."""
    out = []
    start = 0
    for a, b in [*((m.start(), m.end()) for m in _CELL_GAP.finditer(line)), (len(line), len(line))]:
        cell, lo = line[start:a], start
        start = b
        if cell.isascii() or not _might_be_mojibake(cell):
            continue
        found = _text_readings(cell, hint)
        if found is None or not found[1]:
            continue
        before, ranked = found
        pick = next((r for r in ranked if r.encoding == hint), None)
        if pick is None or not _accept(pick, before, min_valid=1):
            pick = ranked[0] if ranked[0].strong or ranked[0].clear_cut else None
            if pick is None or not _accept(pick, before):
                continue
        out.append((lo, a, pick))
    return out


def _follow_neighbours(lines: list[str], rows: list[int], decided: dict[int, _Reading], hint: str | None) -> None:
    """A lettered line left as it is between two lines re-read in one encoding (or beside one, at
    either end) is re-read in it too when that reads at least as well: "Soá 87-TB/HU" (VNI "Số")
    and "Rô Mah Ngiu" (VNI "Rơ") are Vietnamese both ways. Lines that the document's encoding
    reads unchanged ("BÁO CÁO" in cp1258) stand between nothing. Decided from the lines' first
    reading, so a run of such lines does not spread into the genuine text after it."""
    status: dict[int, str] = {}  # row → its encoding, "" left as it is; neutral rows left out
    found_of: dict[int, tuple[Score, list[_Reading]] | None] = {}
    for i in rows:
        if i in decided:
            status[i] = decided[i].encoding
            continue
        found = found_of[i] = _text_readings(lines[i], hint) if hint else None
        same = found is not None and any(r.encoding == hint and r.text == lines[i] for r in found[1])
        if not same:
            status[i] = ""
    order = list(status)
    for k, i in enumerate(order):
        if status[i]:
            continue
        above = status[order[k - 1]] if k else None
        below = status[order[k + 1]] if k + 1 < len(order) else None
        other = below if above is None else above
        if not other or below not in (other, None):
            other = _block_of(lines, i, order, k, status)
            if not other:
                continue
        found = found_of.get(i)
        if found is None or other != hint:
            found = _text_readings(lines[i], other)
        if found is None:
            continue
        before, ranked = found
        pick = next((r for r in ranked if r.encoding == other), None)
        if pick is not None and pick.text != lines[i] and pick.score.value >= before.value:
            decided[i] = pick


def _block_of(lines: list[str], i: int, order: list[int], k: int, status: dict[int, str]) -> str:
    """At the edge of a re-read part: the encoding of the re-read line right above (or below) *i*
    when *i* ends (or opens) that line's block — a subject's last line "nãm 2017" (cp1258
    "năm") under its first, with a rule or a blank line under it. A paste that mixed a file
    took whole blocks, so the genuine text beyond the blank line says nothing against it."""
    def no_letters(j: int) -> bool:
        return not (0 <= j < len(lines)) or not any(c.isalpha() for c in lines[j])

    if k and order[k - 1] == i - 1 and status[i - 1] and no_letters(i + 1):
        return status[i - 1]
    if k + 1 < len(order) and order[k + 1] == i + 1 and status[i + 1] and no_letters(i - 1):
        return status[i + 1]
    return ""


def _last_line_no(text: str) -> int:
    """The editor line number of *text*'s last line (its line ends LF, CRLF or lone CR)."""
    return text.count("\n") + len(_LONE_CR.findall(text)) + 1


def _line_numbers(text: str) -> list[int]:
    """The 1-based editor line number of each ``split("\\n")`` line of *text* (a lone CR also
    ends a line, as in :func:`tbparse.lines.split_lines`)."""
    out = []
    no = 1
    for line in text.split("\n"):
        out.append(no)
        no += 1 + (line[:-1] if line.endswith("\r") else line).count("\r")
    return out


def _mixed_warning(text: str, reread: list[int], label: str | None, *, mojibake: bool
                   ) -> tuple[tuple[str, int | None, str], ...]:
    """The ``mixed-encoding`` warning for a text whose lines *reread* (split indices) were read
    otherwise than the rest; () when none were."""
    if not reread or not label:
        return ()
    nos = _line_numbers(text)
    lines = text.split("\n")
    spans: list[list[int]] = []
    last = -1
    for i in reread:  # one span over lines re-read or holding no letter between them
        if spans and all(not any(c.isalpha() for c in lines[j]) for j in range(last + 1, i)):
            spans[-1][1] = i
        else:
            spans.append([i, i])
        last = i
    shown = ", ".join(f"{nos[a]}" if a == b else f"{nos[a]}–{nos[b]}" for a, b in spans[:4])
    if len(spans) > 4:
        shown += ", …"
    what = ("mojibake (" + label + ") beside genuine Unicode lines; repaired line by line" if mojibake
            else "in a legacy encoding (" + label + ") in a UTF-8 file; each line read in its own encoding")
    noun = "line" if len(reread) == 1 else "lines"
    return (("mixed-encoding", nos[reread[0]], f"{noun} {shown}: {what}"),)
