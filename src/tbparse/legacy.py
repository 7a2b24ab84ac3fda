"""Legacy Vietnamese 8-bit encodings → Unicode: TCVN3 (ABC), VNI-Windows, VISCII, VPS, cp1258.

Archived notices were typed before Unicode, in fonts whose byte values mean Vietnamese letters
(``.VnTime`` = TCVN3, ``VNI-Times`` = VNI, …). Python has a codec only for cp1258, so the tables
for the others live here (Appendix A of ``docs/vietnamese-text.md``: UniKey's TCVN3 and VNI tables,
VISCII = RFC 1456 as in glibc, VPS = GNU recode + 0x99 Ỗ). Bytes that are not letters keep their
cp1252 meaning — the ``.Vn*`` and VNI fonts are Western fonts, so ``“ ” –`` stay punctuation.

The same legacy bytes also reach us as *characters*: a ``.VnTime`` document saved as Unicode text
holds ``§¶ng`` (the cp1252 glyphs of the bytes). :func:`to_legacy_bytes` undoes that view so the
decoders here can run on it; a Word run in a legacy font is handled by :func:`decode_legacy_run`.

Tables are parsed on first use (``lru_cache``); importing this module does no work.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from functools import lru_cache

from .vnsyllable import is_syllable
from .lazyre import lazy_re
from .recache import compile as _compile

LEGACY_ENCODINGS = ("tcvn3", "vni", "viscii", "vps", "cp1258")

# The 134 Vietnamese letters, capital and small on one row, with their bytes (hex) in
# TCVN3, VNI-Windows, VISCII and VPS. TCVN3 has no toned capitals: they share the small letter's
# byte. VNI writes most letters as base letter + mark byte ("61F9" = "a" + "ù" = á).
_TABLE = """
Áá  B8 B8  41D9 61F9  C1 E1  C1 E1
Àà  B5 B5  41D8 61F8  C0 E0  80 E0
Ảả  B6 B6  41DB 61FB  C4 E4  81 E4
Ãã  B7 B7  41D5 61F5  C3 E3  82 E3
Ạạ  B9 B9  41CF 61EF  80 D5  02 E5
Ââ  A2 A9  41C2 61E2  C2 E2  C2 E2
Ấấ  CA CA  41C1 61E1  84 A4  83 C3
Ầầ  C7 C7  41C0 61E0  85 A5  84 C0
Ẩẩ  C8 C8  41C5 61E5  86 A6  85 C4
Ẫẫ  C9 C9  41C3 61E3  06 E7  1C C5
Ậậ  CB CB  41C4 61E4  87 A7  03 C6
Ăă  A1 A8  41CA 61EA  C5 E5  88 E6
Ắắ  BE BE  41C9 61E9  81 A1  8D A1
Ằằ  BB BB  41C8 61E8  82 A2  8E A2
Ẳẳ  BC BC  41DA 61FA  02 C6  8F A3
Ẵẵ  BD BD  41DC 61FC  05 C7  F0 A4
Ặặ  C6 C6  41CB 61EB  83 A3  04 A5
Đđ  A7 AE  D1 F1      D0 F0  F1 C7
Éé  D0 D0  45D9 65F9  C9 E9  C9 E9
Èè  CC CC  45D8 65F8  C8 E8  D7 E8
Ẻẻ  CE CE  45DB 65FB  CB EB  DE C8
Ẽẽ  CF CF  45D5 65F5  88 A8  FE EB
Ẹẹ  D1 D1  45CF 65EF  89 A9  05 CB
Êê  A3 AA  45C2 65E2  CA EA  CA EA
Ếế  D5 D5  45C1 65E1  8A AA  90 89
Ềề  D2 D2  45C0 65E0  8B AB  93 8A
Ểể  D3 D3  45C5 65E5  8C AC  94 8B
Ễễ  D4 D4  45C3 65E3  8D AD  95 CD
Ệệ  D6 D6  45C4 65E4  8E AE  06 8C
Íí  DD DD  CD ED      CD ED  B4 ED
Ìì  D7 D7  CC EC      CC EC  B5 EC
Ỉỉ  D8 D8  C6 E6      9B EF  B7 CC
Ĩĩ  DC DC  D3 F3      CE EE  B8 EF
Ịị  DE DE  D2 F2      98 B8  10 CE
Óó  E3 E3  4FD9 6FF9  D3 F3  B9 F3
Òò  DF DF  4FD8 6FF8  D2 F2  BC F2
Ỏỏ  E1 E1  4FDB 6FFB  99 F6  BD D5
Õõ  E2 E2  4FD5 6FF5  A0 F5  BE F5
Ọọ  E4 E4  4FCF 6FEF  9A F7  11 86
Ôô  A4 AB  4FC2 6FE2  D4 F4  D4 F4
Ốố  E8 E8  4FC1 6FE1  8F AF  96 D3
Ồồ  E5 E5  4FC0 6FE0  90 B0  97 D2
Ổổ  E6 E6  4FC5 6FE5  91 B1  98 B0
Ỗỗ  E7 E7  4FC3 6FE3  92 B2  99 87
Ộộ  E9 E9  4FC4 6FE4  93 B5  12 B6
Ơơ  A5 AC  D4 F4      B4 BD  F7 D6
Ớớ  ED ED  D4D9 F4F9  95 BE  9D A7
Ờờ  EA EA  D4D8 F4F8  96 B6  9E A9
Ởở  EB EB  D4DB F4FB  97 B7  9F AA
Ỡỡ  EC EC  D4D5 F4F5  B3 DE  A6 AB
Ợợ  EE EE  D4CF F4EF  94 FE  13 AE
Úú  F3 F3  55D9 75F9  DA FA  DA FA
Ùù  EF EF  55D8 75F8  D9 F9  A8 F9
Ủủ  F1 F1  55DB 75FB  9C FC  D1 FB
Ũũ  F2 F2  55D5 75F5  9D FB  AC DB
Ụụ  F4 F4  55CF 75EF  9E F8  14 F8
Ưư  A6 AD  D6 F6      BF DF  D0 DC
Ứứ  F8 F8  D6D9 F6F9  BA D1  AD D9
Ừừ  F5 F5  D6D8 F6F8  BB D7  AF D8
Ửử  F6 F6  D6DB F6FB  BC D8  B1 BA
Ữữ  F7 F7  D6D5 F6F5  FF E6  1D BB
Ựự  F9 F9  D6CF F6EF  B9 F1  15 BF
Ýý  FD FD  59D9 79F9  DD FD  DD 9A
Ỳỳ  FA FA  59D8 79F8  9F CF  B2 FF
Ỷỷ  FB FB  59DB 79FB  14 D6  FD 9B
Ỹỹ  FC FC  59D5 79F5  19 DB  B3 CF
Ỵỵ  FE FE  CE EE      1E DC  19 9C
"""

# VNI spellings UniKey never writes but other converters and typists do (viparse accepts them):
# i/I + tone mark instead of the single-byte ì í, and y/Y + dot instead of ỵ.
_VNI_EXTRA = {
    b"i\xf8": "ì", b"i\xf9": "í", b"i\xfb": "ỉ", b"i\xf5": "ĩ", b"i\xef": "ị",
    b"I\xd8": "Ì", b"I\xd9": "Í", b"I\xdb": "Ỉ", b"I\xd5": "Ĩ", b"I\xcf": "Ị",
    b"y\xef": "ỵ", b"Y\xcf": "Ỵ",
}


@lru_cache(maxsize=None)
def _rows() -> list[tuple[str, tuple[bytes, bytes, bytes, bytes]]]:
    """(letter, (tcvn3, vni, viscii, vps)) for each of the 134 letters, in table order."""
    rows = []
    for line in _TABLE.strip().splitlines():
        letters, *cols = line.split()
        for k, letter in enumerate(letters):
            codes = tuple(bytes.fromhex(cols[2 * i + k]) for i in range(4))
            rows.append((letter, codes))
    return rows


@lru_cache(maxsize=None)
def _cp1252_table() -> list[str]:
    """byte → its cp1252 character; the five undefined bytes (81 8D 8F 90 9D) → the C1 control."""
    out = []
    for b in range(256):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return out


@lru_cache(maxsize=None)
def _charmap(encoding: str) -> str:
    """A 256-character decoding table for ``codecs.charmap_decode`` (tcvn3, viscii, vps)."""
    col = {"tcvn3": 0, "viscii": 2, "vps": 3}[encoding]
    table = list(_cp1252_table())
    for letter, codes in _rows():
        # TCVN3 capitals reuse the small letter's byte; rows list the capital first, so the small
        # letter overwrites it and only the seven distinct capital codes (Ă Â Đ Ê Ô Ơ Ư) remain.
        table[codes[col][0]] = letter
    return "".join(table)


@lru_cache(maxsize=None)
def _vni() -> tuple[re.Pattern[str], dict[str, str]]:
    """VNI: a regex matching a letter's byte pair or single byte (as latin-1 chars) and its map."""
    mapping: dict[str, str] = {}
    for letter, codes in _rows():
        code = codes[1]
        if len(code) == 2 or code[0] >= 0x80:
            mapping[code.decode("latin-1")] = letter
    for code, letter in _VNI_EXTRA.items():
        mapping[code.decode("latin-1")] = letter
    pairs: dict[str, set[str]] = {}
    singles = []
    for k in mapping:
        if len(k) == 2:
            pairs.setdefault(k[0], set()).add(k[1])
        else:
            singles.append(k)
    # One alternative per base letter, longest (pair) first so "ôù" (ớ) wins over "ô" (ơ):
    #   "n\xf6\xf4\xf9c" (nöôùc) → "n" "ư" "ớ" "c"
    alts = [re.escape(base) + "[" + "".join(sorted(marks)) + "]" for base, marks in sorted(pairs.items())]
    alts.append("[" + "".join(sorted(singles)) + "]")
    return _compile("|".join(alts)), mapping


def decode_legacy(data: bytes, encoding: str) -> str:
    """Decode *data* in one of :data:`LEGACY_ENCODINGS` to NFC text (never raises on any byte).

    TCVN3 output is left exactly as the bytes say (small toned letters); see
    :func:`restore_tcvn3_capitals` for headings.
    """
    if encoding == "cp1258":
        text = data.decode("cp1258", errors="replace")
    elif encoding == "vni":
        regex, mapping = _vni()
        text = data.decode("latin-1")
        text = regex.sub(lambda m: mapping[m.group()], text)
        text = text.translate(_c1_to_cp1252())
    elif encoding in ("tcvn3", "viscii", "vps"):
        text = codecs.charmap_decode(data, "strict", _charmap(encoding))[0]
    else:
        raise ValueError(f"not a legacy encoding: {encoding!r}")
    return unicodedata.normalize("NFC", text)  # returns *text* itself when it is already NFC


@lru_cache(maxsize=None)
def _c1_to_cp1252() -> dict[int, str]:
    """U+0080–U+009F → the cp1252 punctuation of the same byte (for VNI, after the letter pass)."""
    table = _cp1252_table()
    return {b: table[b] for b in range(0x80, 0xA0) if table[b] != chr(b)}


@lru_cache(maxsize=None)
def _to_byte(symbol_font: bool = False) -> dict[int, int]:
    """Character → byte for undoing a cp1252 (or latin-1) view of legacy bytes."""
    out = {b: b for b in range(256)}  # ASCII, latin-1 letters, C1 controls kept by a latin-1 reader
    for b, ch in enumerate(_cp1252_table()):
        out[ord(ch)] = b
    out[0x2212] = 0xAD  # a PDF text layer shows TCVN3 ư (0xAD, the soft hyphen) as a minus sign
    if symbol_font:
        out.update({0xF000 + b: b for b in range(256)})
    return out


@lru_cache(maxsize=None)
def _cp1258_to_byte() -> dict[int, int]:
    """Character → byte for undoing a cp1258 view (a Vietnamese-locale Windows' ANSI code page):
    "Ă" is C3 there, not "Ã"; U+0301 is EC, not "ì". Its undefined bytes (81 8A 8D 8E 8F 90 9A 9D
    9E) survive as C1 controls."""
    out = {b: b for b in range(256)}
    for b in range(256):
        try:
            out[ord(bytes([b]).decode("cp1258"))] = b
        except UnicodeDecodeError:
            pass
    return out


@lru_cache(maxsize=None)
def _cp1258_sign() -> re.Pattern[str]:
    """A sign that Unicode text is a cp1258 view of bytes — genuine Vietnamese, NFC, has none: a
    tone mark left standing alone ("b\u0303", "v\u0309"), a consonant NFC composed with one ("ḅ"
    from "b" + F2, VNI's "bị"), a capital Ă Đ Ơ Ư right after a small letter ("chƯnh", TCVN3 "chí")."""
    import unicodedata

    table = _cp1258_to_byte()
    composed = "".join(
        chr(c) for c in range(0xC0, 0x1F00)
        if c not in table and len(d := unicodedata.normalize("NFD", chr(c))) >= 2
        and "a" <= d[0].lower() <= "z" and d[0].lower() not in "aeiouy"
        and all(m in "\u0300\u0301\u0303\u0309\u0323" for m in d[1:])
    )
    return _compile(f"[\u0300\u0301\u0303\u0309\u0323{composed}]|(?<=[a-z])[\u0102\u0110\u01a0\u01af]")


@lru_cache(maxsize=4096)
def _cp1258_shown(cluster: str) -> str | None:
    """The characters of a cp1258 view that NFC composed into *cluster* (a letter and its marks):
    its base (with the marks cp1258 has a letter for, "ñ" F1) then the tone bytes that followed —
    "ṇ̃" (VNI "đị": F1 F2) → "ñ" + U+0323, "ỷ" (TCVN3 "yÒ": 79 D2) → "y" + U+0309. None if it
    is no such cluster."""
    from itertools import permutations

    table = _cp1258_to_byte()
    d = unicodedata.normalize("NFD", cluster)
    base, marks = d[0], d[1:]
    if not marks or not "a" <= base.lower() <= "z":
        return None
    for k in range(len(marks) - 1, -1, -1):
        for perm in permutations(marks):
            head = unicodedata.normalize("NFC", base + "".join(perm[:k]))
            if len(head) == 1 and ord(head) in table and all(ord(m) in table for m in perm[k:]):
                return head + "".join(perm[k:])
    return None


def to_legacy_bytes(text: str, *, symbol_font: bool = False, surface: str = "cp1252") -> bytes | None:
    """Undo "legacy bytes shown as cp1252/latin-1 characters"; None if *text* holds real Unicode.

    With ``symbol_font`` the private-use characters U+F000–U+F0FF (how Word stores the bytes of a
    symbol-charset font) count as their low byte. With ``surface="cp1258"`` the bytes were shown
    as cp1258 characters (Notepad's ANSI on a Vietnamese-locale Windows: "Ă" for C3).
    """
    table = _cp1258_to_byte() if surface == "cp1258" else _to_byte(symbol_font)
    try:
        return codecs.charmap_encode(text, "strict", table)[0]
    except UnicodeEncodeError:
        if surface != "cp1258" or not _cp1258_sign().search(text):
            return None
    # a cp1258 view that NFC composed: take the clusters (a letter and the marks after it) apart
    out = []
    for m in _CLUSTER.finditer(text):
        cluster = m.group()
        if all(ord(c) in table for c in cluster):
            out.append(cluster)
            continue
        shown = _cp1258_shown(cluster)
        if shown is None:
            return None
        out.append(shown)
    return codecs.charmap_encode("".join(out), "strict", table)[0]


# A character and the combining marks after it: "ṇ\u0303" (NFC of cp1258 "ñ" + U+0323)
_CLUSTER = lazy_re("(?s:.)[\u0300-\u036f]*")


# --- TCVN3 capitals --------------------------------------------------------------------------

# A small Vietnamese letter that TCVN3 could not write as a capital: "ỉ" in "TỉNH"
_SMALL_TONED = "áàảãạâấầẩẫậăắằẳẵặđéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵ"
# The seven letters TCVN3 *does* have capitals for (A1–A7): written small, they are evidence of
# lower-case text unless a word already shows the fragment in capitals ("VĂN", not "Văn").
_SMALL_HATTED = "âăđêôơư"


@lru_cache(maxsize=None)
def _caps_re() -> tuple[re.Pattern[str], ...]:
    """(column gap, word, small toned letter, small hatted letter, standalone word), compiled
    on first use."""
    return (
        # A column gap inside a line (tab, 4+ spaces, a markdown cell border): headings and
        # signature titles share a line with the left column.
        #   "TỉNH ủY BìNH THUậN          §ảNG CộNG SảN VIệT NAM" → two fragments
        #   "| Nơi nhận: | T/L BAN THƯờNG Vụ |"                    → "Nơi nhận:", "T/L BAN THƯờNG Vụ"
        #   "| ĐảNG CộNG SảN VIệT NAM<br>Quỳnh Lưu, ngày … |": a web cell's lines break at "<br>"
        _compile(r"(\t|[ \u00a0]{4,}|\||<[bB][rR]\s*/?>)"),
        # A word: letters only. "TỉNH", "ủY", "Số"
        _compile(r"[^\W\d_]+"),
        _compile(f"[{_SMALL_TONED}]"),
        _compile(f"[{_SMALL_HATTED}]"),
        # A word of 2+ letters standing alone, not part of a code: "BAN", "THƯ" in "T/L BAN Bí THƯ";
        # not "TB", "TU" in "503-TB/TU".
        _compile(r"(?<![\w/-])[^\W\d_]{2,}(?![\w/-])"),
    )


@lru_cache(maxsize=None)
def _upper_table() -> dict[int, str]:
    return {ord(c): c.upper() for c in _SMALL_TONED}


def _caps_fragment(frag: str) -> str:
    """Upper-case the Vietnamese letters of a fragment typed in capitals, else return it as is.

    A fragment with a small ASCII letter is never in capitals. Otherwise it counts as typed in
    capitals when either

    * a word shows a capital ASCII letter after its first letter and a small toned letter
      ("TỉNH", "ủY", "BáO", "PHó"), or
    * its only small letters are toned vowels TCVN3 has no capital for (not ``â ă đ ê ô ơ ư``,
      which have capital codes) and some standalone word of 2+ letters is a capital Vietnamese
      syllable — "Bí THƯ", "K/T Bí THƯ", "T/L BAN Bí THƯ": "BÍ" (like "VỤ", "SỐ") ends on its
      toned letter, so only the neighbouring "THƯ"/"BAN" can show the fragment is capitals.

    "Số 503-TB/TU" stays: "Số" is a capitalised word and "TB"/"TU" are parts of a code, not
    words. "Bí thư Tỉnh ủy" stays: it has small ASCII letters.
    """
    _, word, small_toned, small_hatted, standalone = _caps_re()
    if not small_toned.search(frag) or any("a" <= c <= "z" for c in frag):
        return frag
    for w in word.findall(frag):
        if small_toned.search(w) and any("A" <= c <= "Z" for c in w[1:]):
            return frag.translate(_upper_table())
    if small_hatted.search(frag):
        return frag
    for w in standalone.findall(frag):
        if w.isupper() and is_syllable(w):
            return frag.translate(_upper_table())
    return frag


def restore_tcvn3_caps_fragments(text: str) -> str:
    """The capitals of the column fragments of *text* typed in capitals in the normal TCVN3 font
    (``.VnTime``, not ``.VnTimeH``), which has no toned capitals: a Word run "TØNH ñY B×NH THUËN"
    decodes "TỉNH ủY BìNH THUậN" → "TỈNH ỦY BÌNH THUẬN", as :func:`restore_tcvn3_capitals` does for
    a TCVN3 text file (without its sentence rule: a run need not open its sentence). Length is
    unchanged."""
    gap, _, small_toned, *_ = _caps_re()
    if not small_toned.search(text) or not any("A" <= c <= "Z" for c in text):
        return text
    parts = gap.split(text)
    return "".join(p if i % 2 else _caps_fragment(p) for i, p in enumerate(parts))


# A small toned vowel opening a sentence, which TCVN3 could not write as a capital: "… họp. |ủy ban
# nhân dân …", a paragraph's "|ủy ban …" (after its indent and an item number "1. ", "a) ")
_SENTENCE_OPEN = lazy_re(
    r"(?:^[ \t]*(?:\d{1,3}[.)-]\s+|[a-z][)]\s+)?|(?<=[.!?] ))(?=[áàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ])",
)


def restore_tcvn3_capitals(text: str) -> str:
    """Make TCVN3 capitals capitals again: ``TỉNH ủY`` (as decoded) → ``TỈNH ỦY``.

    TCVN3 has no toned capitals (``.VnTimeH`` drew the small letters' codes as capitals), so
    decoded text has small toned letters inside words typed in capitals. Column fragments
    (cells split at tabs, wide gaps, markdown ``|`` and ``<br>``) whose ASCII letters are all
    capitals are upper-cased (see :func:`_caps_fragment`). A sentence's first letter is a
    capital too: after ". " and at the start of a paragraph (a line after a blank line or after
    a line ending with a full stop, past an item number) "ủy ban" is "Ủy ban". Lines that go on
    with a sentence (hard-wrapped copies) keep their small letter. Length is unchanged.
    """
    gap, _, small_toned, *_ = _caps_re()
    if not small_toned.search(text):
        return text
    out = []
    prev = ""
    for line in text.split("\n"):
        if any("A" <= c <= "Z" for c in line) and small_toned.search(line):
            parts = gap.split(line)
            line = "".join(p if i % 2 else _caps_fragment(p) for i, p in enumerate(parts))
        if small_toned.search(line):
            starts = not prev.strip() or prev.rstrip().endswith((".", "./.")) or _heading(prev)
            line = _sentence_caps(line, starts)
        out.append(line)
        prev = line
    return "\n".join(_small_typed_headings(out))


# A part's heading under a Roman numeral, typed in small letters: "i. đánh giá kết quả", "ii- nhiệm vụ"
_ROMAN_HEADING = lazy_re(r"\s*[ivx]{1,4}[.\-]\s+\S")


# The header's lines, at most, and its number line as folded: "so 214-tb/hu", "so:   -tb/tu"
_HEADER_LINES = 8
_NUMBER_LINE = lazy_re(r"so\b\s*:?\s*[\d.…_-]")


# The title under the type name that names the body it reports ("kết luận của thường trực huyện
# uỷ", folded): typed all in small letters, a body's name too, it was typed in the capitals font —
# in the normal font the body's name has its capitals ("kết luận của Ban Thường vụ Huyện ủy")
_TITLE_OF_BODY = lazy_re(
    r"(?:ket luan|y kien|y kien ket luan|y kien chi dao|noi dung|ket qua|lich cong tac|chuong trinh) cua "
    r"(?:thuong truc|ban |tinh uy|thanh uy|huyen uy|quan uy|thi uy|dang uy|chi bo|chi uy|bo chinh tri|"
    r"dang doan|hoi nghi|dong chi)"
)


def _small_letters(frag: str) -> bool:
    return any(c.isalpha() for c in frag) and not any(c.isupper() for c in frag)


def _small_typed_headings(lines: list[str]) -> list[str]:
    """Headings typed in small letters in the capitals font (.VnTimeH drew "®¶ng céng s¶n viÖt
    nam" as ĐẢNG CỘNG SẢN VIỆT NAM): when a cell reads the Party heading all in small letters, the
    document's headings were typed so, and the parts the genre prints in capitals that are all in
    small letters get their capitals back — the Party heading, the header's cells above the "*"
    (or the number line), the type name alone on its line, a part's heading under a Roman numeral,
    an authority line ("t/m ban thường vụ") and the position under it ("bí thư"), and the title
    under the type name that names a body ("kết luận của thường trực huyện uỷ": in the normal font
    the body's name has capitals). The rest of the subject, which may be either, is left as typed."""
    from .fold import fold
    from .vocab import AUTHORITY, PARTY_LINE, POSITION_START, TYPE_NAMES

    gap = _caps_re()[0]

    def folded(frag: str) -> str:
        return " ".join(fold(frag).split())

    cells = [gap.split(line) for line in lines]
    under_type = False  # the line after the type name alone on its line
    if not any(_small_letters(p) and folded(p) == PARTY_LINE for parts in cells for p in parts[::2]):
        return lines
    out = list(lines)
    header = True  # above the "*", the number line or the type name, within the first lines
    seen_lines = 0
    position_near: tuple[int, float] | None = None  # (lines left, centre) under an authority line
    for i, parts in enumerate(cells):
        changed = False
        col = 0
        if lines[i].strip():
            seen_lines += 1
            header = header and seen_lines <= _HEADER_LINES
        for k, frag in enumerate(parts):
            start, col = col, col + len(frag)
            if k % 2:
                continue
            f = folded(frag)
            if f == "*" or _NUMBER_LINE.match(f) or f in TYPE_NAMES:
                header = False
            if not _small_letters(frag):
                continue
            centre = start + (len(frag) - len(frag.lstrip())) + len(frag.strip()) / 2
            alone = sum(1 for p in parts[::2] if p.strip()) == 1
            caps = (header or f == PARTY_LINE or alone and f in TYPE_NAMES
                    or k == 0 and _ROMAN_HEADING.match(frag) is not None
                    or under_type and alone and _TITLE_OF_BODY.match(f) is not None)
            if AUTHORITY.match(f):
                caps = True
                position_near = (3, centre)
            elif position_near and abs(position_near[1] - centre) <= 15 and POSITION_START.match(f):
                caps = True
                position_near = None
            if caps:
                parts[k] = frag.upper()
                changed = True
        if changed:
            out[i] = "".join(parts)
        if lines[i].strip():
            alone_cells = [folded(p) for p in parts[::2] if p.strip()]
            under_type = len(alone_cells) == 1 and alone_cells[0] in TYPE_NAMES
        if position_near and lines[i].strip():
            position_near = (position_near[0] - 1, position_near[1]) if position_near[0] > 1 else None
    return out


# A numbered heading in capitals: "I. ĐÁNH GIÁ KẾT QUẢ", "II- NHIỆM VỤ", "2. NHIỆM VỤ TRỌNG TÂM"
_NUMBERED_HEADING = lazy_re(r"\s*(?:[IVXLC]+|\d{1,2})[.\-)/]\s+\S")


def _heading(line: str) -> bool:
    """A numbered heading in capitals ("I. ĐÁNH GIÁ KẾT QUẢ") or a rule ("-----" under the
    subject): the line under it opens a paragraph. Not the type name alone ("THÔNG BÁO"): the
    subject under it opens in lower case as often as not ("kết luận của …", "ý kiến của …")."""
    t = line.strip()
    if any(c.isalpha() for c in t):
        return not any(c.islower() for c in t) and _NUMBERED_HEADING.match(t) is not None
    return len(t) >= 3 and not t.strip("-_=~")


# The genre's two commonest names that open on a toned capital, mid-sentence: "Ủy ban nhân dân",
# "Ủy ban Kiểm tra", "Ủy viên Ban Thường vụ" / "Ủy viên Bộ Chính trị" (a title before a body's
# name) — not "cấp ủy viên" (a common noun) or "các ủy viên của …"
_UY = lazy_re(r"(?<!cấp )(?<!\w)[ủu](?=[ỷy] ban\b|[ỷy] viên [A-ZĐÂ])")


def _sentence_caps(line: str, paragraph_start: bool) -> str:
    """*line* with the small toned vowel opening each of its sentences upper-cased (the one at the
    line's start only when *paragraph_start*), and "ủy" of "Ủy ban" and of the title "Ủy viên …"."""
    cuts = [m.end() for m in _SENTENCE_OPEN.finditer(line) if m.start() > 0 or paragraph_start]
    if "ủy" in line or "uỷ" in line:
        cuts += [m.start() for m in _UY.finditer(line)]
    if not cuts:
        return line
    chars = list(line)
    for k in cuts:
        chars[k] = chars[k].upper()
    return "".join(chars)


# --- TCVN3 "ư" lost with the soft hyphen -------------------------------------------------------

# TCVN3 writes the plain small "ư" as 0xAD, the soft hyphen of cp1252 and Latin-1, which Word's text
# export and many converters drop: an archived TCVN3 text can come back with every plain "ư" gone.
# The toned ones (ứ ừ ử ữ ự: F8 F5 F6 F7 F9) and the capital Ư (A6) are other bytes and survive, so
# only two kinds of word lose a letter:
#   * the ươ words — the tone sits on the ơ, the ư is always plain: "thường" → "thờng", "nước" →
#     "nớc", "Trung ương" → "Trung ơng", "rượu" → "rợu", "người" → "ngời";
#   * syllables whose only vowel is a plain ư: "nhưng" → "nhng", "thư" → "th", "lưu" → "lu",
#     "chưa" → "cha" ("những", "ứng", "sự" keep their toned ư).
# Vietnamese has no rhyme "ơng", "ơc" or "ơu" and no syllable without a vowel, so "thờng", "nớc",
# "rợu" and "nhng" cannot be read otherwise: they are repaired wherever they occur. The others read
# as syllables ("ngời", "lu", "cha", "th" is an abbreviation in some texts) and are repaired only
# when the text clearly lost its ư (:func:`lost_u_evidence`), from the genre's words below.

# The end of a word that cannot be read without its lost "ư": ơ + ng/c/u, not after ư or u ("thờng",
# "nớc", "ơng", "rợu"; not "thường", "thuở"), and a consonant + ng, which makes a word with no vowel
# at all ("nhng", "Hng")
_HORN_O_RHYME = lazy_re(r"[ơờớởỡợƠ](?<![ưƯuU].)(?:ng|NG|c|C|u|U)(?![^\W\d_])")
_LONE_NG = lazy_re(r"ng(?<=[bcdđghklmnprstvxBCDĐGHKLMNPRSTVX]ng)(?![^\W\d_])")
_LETTERS = lazy_re(r"[^\W\d_]+")
_HORN_O = "ơờớởỡợ"
# The ơ forms these ươ words take without their ư are syllables ("ngời", "vợt", "mơi") but no words
# of the genre, so a text that lost its ư gets them back. Not "mười"/"tưới"/"lười"/"bưởi"/"lượn"/
# "ươn": "mời", "tới", "lời", "bởi", "lợn", "ơn" are words of their own.
_UO_WORDS = frozenset(
    "người dưới mươi lưới tươi cười rưỡi vườn vươn mượn sườn lươn trườn ươm bướm gươm đượm "
    "cướp ướp mướp vượt lượt lướt trượt mượt".split()
)
# Syllables with a lone plain "ư" whose remains are no word of the genre ("lu", "hu", "th", "nh"):
# put back in a text that lost its ư wherever they stand (small letters or a capital first)
_LONE_ALWAYS = frozenset("lưu hưu thư như".split())
# ... and the phrases of the genre that tell the others ("t", "c", "cha", "ma", "đa" are words or
# letters of their own): "đầu t" is "đầu tư", "tham mu" "tham mưu", "đa ra" "đưa ra"
_LONE_PHRASES = (
    "đầu tư|thứ tư|thông tư|vật tư|tư tưởng|tư pháp|tư nhân|tư cách|tư vấn|tư liệu|tư duy|tư bản|"
    "tư hữu|tư lệnh|tư thục|tư chất|tư thế|tư sản|tư lợi|tư túi|ưu tiên|ưu đãi|ưu điểm|ưu thế|"
    "ưu tú|ưu việt|ưu khuyết|tham mưu|âm mưu|mưu đồ|mưu toan|mưu sinh|mưu cầu|dân cư|định cư|"
    "di cư|cư trú|cư dân|cư xử|dư luận|dư nợ|dư địa|dư thừa|số dư|thặng dư|hư hỏng|hư hại|"
    "giáo sư|luật sư|kỹ sư|kĩ sư|sư đoàn|sư phạm|mưa lũ|mưa bão|mưa lớn|mưa to|mưa đá|mùa mưa|"
    "đưa ra|đưa vào|đưa lên|đưa về|đưa đón|đưa tin|bưu điện|bưu chính|bưu cục|bưu phẩm|sưu tầm|"
    "sưu tập|ưng thuận|ưng ý|vô tư|ngư nghiệp|ngư dân|"
    # the always-repaired ones' phrases count as evidence that the text lost its ư
    "bí thư|văn thư|thư ký|thư viện|lưu trữ|lưu ý|lưu hành|lưu giữ|lưu động|lưu thông|lưu văn|"
    "lưu hồ|nghỉ hưu|hưu trí|như sau|như vậy|như trên|như điều|cũng như"
)
# "chưa" → "cha", a word of its own only beside these: "cha mẹ", "cha ông", "người cha"
_CHA_WORDS = frozenset("mẹ ông con xứ đẻ nuôi đạo cố già anh chồng vợ ruột người của bố là".split())
# Beside a lone word's remains, a character that makes it part of a code, an address or an
# abbreviation ("T/L", "www.abc.th", "Th.S"), or a list label ("d)") unless the word before tells
# ("đầu t)" is "đầu tư)")
_LONE_GUARD_BEFORE = "./@-_\\'’&"
_LONE_GUARD_AFTER = "/@-_\\'’&"


@lru_cache(maxsize=None)
def _lone_phrases() -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], str]]:
    """(broken word, word after it) → the ư word, and (word before, broken word) → the ư word."""
    after: dict[tuple[str, str], str] = {}
    before: dict[tuple[str, str], str] = {}
    for phrase in _LONE_PHRASES.split("|"):
        a, b = phrase.split()
        if "ư" in a and "ươ" not in a:
            after[(a.replace("ư", "", 1), b)] = a
        if "ư" in b and "ươ" not in b:
            before[(a, b.replace("ư", "", 1))] = b
    return after, before


@lru_cache(maxsize=None)
def _lone_always() -> dict[str, str]:
    return {w.replace("ư", "", 1): w for w in _LONE_ALWAYS}


@lru_cache(maxsize=None)
def _lone_keys() -> frozenset[str]:
    """Every remains of a lone-ư word that may be repaired: "lu", "th", "t", "cha" …"""
    after, before = _lone_phrases()
    return frozenset([*_lone_always(), *(k for k, _ in after), *(k for _, k in before), "cha"])


def _with_u(word: str, at: int) -> str | None:
    """*word* with a small "ư" put back at *at*, if that makes a Vietnamese syllable."""
    fixed = word[:at] + "ư" + word[at:]
    return fixed if is_syllable(fixed.lower()) else None


def _unambiguous(text: str) -> dict[int, str]:
    """Start offset → the repaired word, for the words of *text* that cannot be read without a
    lost "ư" ("thờng" → "thường", "nhng" → "nhưng"). Words all in capitals are left: a capital Ư
    is a byte of its own (A6) and is never lost. Two searches for a rare ending, the words found
    read whole after (about 0.1 ms on a notice)."""
    out: dict[int, str] = {}
    for pattern in (_HORN_O_RHYME, _LONE_NG):
        for m in pattern.finditer(text):
            start = m.start()
            while start and text[start - 1].isalpha():
                start -= 1
            word = text[start : m.end()]
            if start in out or len(word) > 1 and word.isupper():
                continue
            at = m.start() - start if pattern is _HORN_O_RHYME else len(word) - 2
            fixed = _with_u(word, at)
            if fixed is not None:
                out[start] = fixed
    return out


def lost_u_evidence(text: str) -> bool:
    """True when TCVN3-decoded *text* clearly lost its "ư" to a dropped soft hyphen: no plain small
    "ư" anywhere, and at least three words that cannot be read without one — "thờng", "nớc",
    "nhng", or a phrase of the genre ("Bí th", "đầu t", "tham mu")."""
    if "ư" in text:
        return False
    sure = _unambiguous(text)
    return len(sure) >= 3 or len(sure) + _from_genre(text, sure)[1] >= 3


def restore_lost_u(text: str, *, lost: bool | None = None) -> tuple[str, list[tuple[int, str, str]]]:
    """Put back the "ư" a dropped soft hyphen (TCVN3 0xAD) took from TCVN3-decoded *text*.

    Returns the text and the repairs as (offset in *text*, word as it was, word repaired). Words that
    cannot be read otherwise ("thờng" → "thường", "nớc" → "nước", "Trung ơng" → "Trung ương", "nhng"
    → "nhưng") are always repaired; when the text lost its ư (*lost*; None: judged from *text* as
    :func:`lost_u_evidence` does) so are the genre's words that read as other syllables without it
    ("ngời" → "người", "vợt" → "vượt", "lu" → "lưu", "th" → "thư", "đầu t" → "đầu tư", "cha được" →
    "chưa được"). Valid text is returned as it is (the same object). Meant for text as the TCVN3
    table decodes it, before :func:`restore_tcvn3_capitals` (the ư put back is small, as 0xAD is).
    """
    fixed, found, _ = _restore(text, lost)
    return fixed, found


def _restore(text: str, lost: bool | None, prior: int = 0) -> tuple[str, list[tuple[int, str, str]], int]:
    """:func:`restore_lost_u`, with *prior* words of evidence found before *text* (in the runs
    before it), and the words of evidence *text* adds."""
    sure = _unambiguous(text)
    fixes = dict(sure)
    told = len(sure)
    if lost is not False and (lost or "ư" not in text):
        genre, phrases = _from_genre(text, sure)
        told += phrases
        if lost or prior + told >= 3:
            fixes.update(genre)
    if not fixes:
        return text, [], told
    out: list[str] = []
    done: list[tuple[int, str, str]] = []
    end = 0
    for start in sorted(fixes):
        fixed = fixes[start]
        stop = start + len(fixed) - 1
        out.append(text[end:start])
        out.append(fixed)
        done.append((start, text[start:stop], fixed))
        end = stop
    out.append(text[end:])
    return "".join(out), done, told


class LostU:
    """The "ư" put back run by run in one document (a .docx typed in ``.VnTime``): the evidence of
    the runs read so far decides for the runs after them ("Lu Văn phòng" at the foot of a body
    that lost its ư). ``found`` holds (``at``, word as it was, word repaired); the reader sets
    ``at`` (its paragraph number) before each run."""

    __slots__ = ("found", "at", "_told", "_intact")

    def __init__(self) -> None:
        self.found: list[tuple[int, str, str]] = []
        self.at = 0
        self._told = 0
        self._intact = False  # a plain "ư" was read: the document kept its soft hyphens

    def restore(self, raw: str) -> str:
        self._intact = self._intact or "ư" in raw
        lost = False if self._intact else True if self._told >= 3 else None
        fixed, done, told = _restore(raw, lost, self._told)
        self._told += told
        self.found.extend((self.at, was, now) for _, was, now in done)
        return fixed


def lost_u_message(fixes: list[tuple[int, str, str]]) -> str:
    """The ``lost-soft-hyphen`` warning's text for repairs (where, word as it was, word repaired)."""
    def shown(word: str) -> str:  # "THờNG" (a word typed in capitals) as it reads: "THỜNG"
        return word.upper() if any("A" <= c <= "Z" for c in word[1:]) else word

    n = len(fixes)
    pairs = list(dict.fromkeys((shown(was), shown(now)) for _, was, now in fixes))
    examples = ", ".join(f"{was} → {now}" for was, now in pairs[:3]) + (", …" if len(pairs) > 3 else "")
    what = "1 word had lost its" if n == 1 else f"{n} words had lost their"
    return f"{what} letter ư (TCVN3 byte 0xAD, a soft hyphen a converter dropped); put back: {examples}"


def _from_genre(text: str, sure: dict[int, str]) -> tuple[dict[int, str], int]:
    """The repairs that need the genre's words (see :func:`restore_lost_u`), and how many of them
    a phrase told ("Bí th", "đầu t": evidence that the text lost its ư); *sure* gives the
    neighbours already repaired ("t tởng" is "tư tưởng")."""
    words = [(m.start(), m.end(), m.group()) for m in _LETTERS.finditer(text)]
    after, before = _lone_phrases()
    always = _lone_always()
    lone = _lone_keys()
    out: dict[int, str] = {}
    phrases = 0

    def near(k: int, gap: str) -> str:
        """Word *k* as repaired by *sure*, in small letters, when only spaces stand in *gap*."""
        return "" if gap.strip() else sure.get(words[k][0], words[k][2]).lower()

    for k, (start, end, word) in enumerate(words):
        low = word.lower()
        fixed = None
        if low in lone:
            if not (word.islower() or word[1:].islower() or len(word) == 1):
                continue
            left, right = text[start - 1 : start], text[end : end + 2]
            if left and left in _LONE_GUARD_BEFORE or right[:1] and right[0] in _LONE_GUARD_AFTER \
                    or right[:1] == "." and right[1:].isalnum():
                continue
            prev = near(k - 1, text[words[k - 1][1] : start]) if k else ""
            nxt = near(k + 1, text[end : words[k + 1][0]]) if k + 1 < len(words) else ""
            full = before.get((prev, low))
            told = full is not None
            if full is None and right[:1] != ")":
                full = after.get((low, nxt))
                told = full is not None
                full = full or always.get(low)
                if full is None and low == "cha" and nxt and prev not in _CHA_WORDS and nxt not in _CHA_WORDS:
                    full = "chưa"
            if full is not None:
                at = full.index("ư")
                fixed = word[:at] + "ư" + word[at:]
                phrases += told
        elif len(low) > 1 and low[-2] in _HORN_O and low[-1] in "inmpt" and start not in sure:
            at = len(low) - 2
            if low[:at] + "ư" + low[at:] in _UO_WORDS and (word.islower() or word[1:].islower()):
                fixed = word[:at] + "ư" + word[at:]
        if fixed is not None and is_syllable(fixed.lower()):
            out[start] = fixed
    return out, phrases


# --- Word runs in legacy fonts ---------------------------------------------------------------

def legacy_font(font_name: str | None) -> tuple[str, bool] | None:
    """(encoding, capitals_font) for a legacy Vietnamese font name, None for any other font.

    ``.VnTime``/``.VnArial``… → TCVN3 (``.VnTimeH``, any ``.Vn`` name ending in ``H``, is the
    capitals font); ``VNI-Times``/``VNI-…`` → VNI; ``VPS …`` → VPS; ``…VISCII…`` → VISCII.
    """
    if not font_name:
        return None
    name = font_name.strip()
    low = name.lower()
    if low.startswith(".vn"):
        return "tcvn3", name.endswith("H")
    if low == "vni" or low.startswith(("vni-", "vni ")):
        return "vni", False
    if low.startswith("vps"):
        return "vps", False
    if "viscii" in low:
        return "viscii", False
    return None


def decode_legacy_run(text: str, font_name: str | None, *, lost_u: LostU | None = None) -> str | None:
    """Unicode text of a .docx run typed in a legacy font; None if the font is not a legacy font.

    Word stores each byte of a legacy (Western-charset) font as the cp1252 character of that byte,
    or as U+F0xx for a symbol-charset font. A run in the TCVN3 capitals font (``.VnTimeH``) is
    returned in capitals, as it was displayed. Text that already holds real Unicode letters (the
    document was converted but kept its font name) is returned as is, in NFC. TCVN3 text gets back
    the "ư" a dropped soft hyphen took (:func:`restore_lost_u`), judged on the run — or, given the
    document's *lost_u*, on the runs read so far too, and recorded there.
    """
    font = legacy_font(font_name)
    if font is None:
        return None
    encoding, capitals = font
    data = to_legacy_bytes(text, symbol_font=True)
    if data is None:
        return unicodedata.normalize("NFC", text)
    out = decode_legacy(data, encoding)
    if encoding == "tcvn3":
        out = lost_u.restore(out) if lost_u is not None else restore_lost_u(out)[0]
        if not capitals:
            out = restore_tcvn3_caps_fragments(out)
    return out.upper() if capitals else out
