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
    return re.compile("|".join(alts)), mapping


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


def to_legacy_bytes(text: str, *, symbol_font: bool = False) -> bytes | None:
    """Undo "legacy bytes shown as cp1252/latin-1 characters"; None if *text* holds real Unicode.

    With ``symbol_font`` the private-use characters U+F000–U+F0FF (how Word stores the bytes of a
    symbol-charset font) count as their low byte.
    """
    try:
        return codecs.charmap_encode(text, "strict", _to_byte(symbol_font))[0]
    except UnicodeEncodeError:
        return None


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
        re.compile(r"(\t|[ \u00a0]{4,}|\||<[bB][rR]\s*/?>)"),
        # A word: letters only. "TỉNH", "ủY", "Số"
        re.compile(r"[^\W\d_]+"),
        re.compile(f"[{_SMALL_TONED}]"),
        re.compile(f"[{_SMALL_HATTED}]"),
        # A word of 2+ letters standing alone, not part of a code: "BAN", "THƯ" in "T/L BAN Bí THƯ";
        # not "TB", "TU" in "503-TB/TU".
        re.compile(r"(?<![\w/-])[^\W\d_]{2,}(?![\w/-])"),
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


def _small_letters(frag: str) -> bool:
    return any(c.isalpha() for c in frag) and not any(c.isupper() for c in frag)


def _small_typed_headings(lines: list[str]) -> list[str]:
    """Headings typed in small letters in the capitals font (.VnTimeH drew "®¶ng céng s¶n viÖt
    nam" as ĐẢNG CỘNG SẢN VIỆT NAM): when a cell reads the Party heading all in small letters, the
    document's headings were typed so, and the parts the genre prints in capitals that are all in
    small letters get their capitals back — the Party heading, the header's cells above the "*"
    (or the number line), the type name alone on its line, a part's heading under a Roman numeral,
    an authority line ("t/m ban thường vụ") and the position under it ("bí thư"). The subject,
    which may be either, is left as typed."""
    from .fold import fold
    from .vocab import AUTHORITY, PARTY_LINE, POSITION_START, TYPE_NAMES

    gap = _caps_re()[0]

    def folded(frag: str) -> str:
        return " ".join(fold(frag).split())

    cells = [gap.split(line) for line in lines]
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
                    or k == 0 and _ROMAN_HEADING.match(frag) is not None)
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


def decode_legacy_run(text: str, font_name: str | None) -> str | None:
    """Unicode text of a .docx run typed in a legacy font; None if the font is not a legacy font.

    Word stores each byte of a legacy (Western-charset) font as the cp1252 character of that byte,
    or as U+F0xx for a symbol-charset font. A run in the TCVN3 capitals font (``.VnTimeH``) is
    returned in capitals, as it was displayed. Text that already holds real Unicode letters (the
    document was converted but kept its font name) is returned as is, in NFC.
    """
    font = legacy_font(font_name)
    if font is None:
        return None
    encoding, capitals = font
    data = to_legacy_bytes(text, symbol_font=True)
    if data is None:
        return unicodedata.normalize("NFC", text)
    out = decode_legacy(data, encoding)
    return out.upper() if capitals else out
