"""Test-side encoders for every legacy Vietnamese encoding, to build round-trip fixtures.

Deliberately *not* built from ``tbparse.legacy``'s byte tables, so a wrong table entry cannot
round-trip unnoticed: TCVN3, VISCII and VPS use the cp1252 *views* of the bytes (the backtick
column of Appendix A in ``docs/vietnamese-text.md``); VNI is composed from its rules (base letter
+ one mark byte per hat/tone); cp1258 uses the stdlib codec with the tone split off.
"""
from __future__ import annotations

import unicodedata

LETTERS = "ÁáÀàẢảÃãẠạÂâẤấẦầẨẩẪẫẬậĂăẮắẰằẲẳẴẵẶặĐđÉéÈèẺẻẼẽẸẹÊêẾếỀềỂểỄễỆệÍíÌìỈỉĨĩỊịÓóÒòỎỏÕõỌọÔôỐốỒồỔổỖỗỘộƠơỚớỜờỞởỠỡỢợÚúÙùỦủŨũỤụƯưỨứỪừỬửỮữỰựÝýỲỳỶỷỸỹỴỵ"
# How each letter's byte looks when read as cp1252 (C0/C1 controls and holes as \x escapes).
TCVN3_VIEW = "¸¸µµ¶¶··¹¹¢©ÊÊÇÇÈÈÉÉËË¡¨¾¾»»¼¼½½ÆÆ§®ÐÐÌÌÎÎÏÏÑÑ£ªÕÕÒÒÓÓÔÔÖÖÝÝ××ØØÜÜÞÞããßßááââää¤«èèååææççéé¥¬ííêêëëììîîóóïïññòòôô¦\xadøøõõöö÷÷ùùýýúúûûüüþþ"
VISCII_VIEW = "ÁáÀàÄäÃã€ÕÂâ„¤…¥†¦\x06ç‡§Åå\x81¡‚¢\x02Æ\x05Çƒ£ÐðÉéÈèËëˆ¨‰©ÊêŠª‹«Œ¬\x8d\xadŽ®ÍíÌì›ïÎî˜¸ÓóÒò™ö\xa0õš÷Ôô\x8f¯\x90°‘±’²“µ´½•¾–¶—·³Þ”þÚúÙùœü\x9dûžø¿ßºÑ»×¼Øÿæ¹ñÝýŸÏ\x14Ö\x19Û\x1eÜ"
VPS_VIEW = "Áá€à\x81ä‚ã\x02åÂâƒÃ„À…Ä\x1cÅ\x03Æˆæ\x8d¡Ž¢\x8f£ð¤\x04¥ñÇÉé×èÞÈþë\x05ËÊê\x90‰“Š”‹•Í\x06Œ´íµì·Ì¸ï\x10Î¹ó¼ò½Õ¾õ\x11†Ôô–Ó—Ò˜°™‡\x12¶÷Ö\x9d§ž©Ÿª¦«\x13®Úú¨ùÑû¬Û\x14øÐÜ\xadÙ¯Ø±º\x1d»\x15¿Ýš²ÿý›³Ï\x19œ"

TONES = {"\u0301": 0, "\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0323": 4}  # sắc huyền hỏi ngã nặng

# Characters VISCII and VPS cannot hold (their 0x80–0x9F are letters): what a converter writes.
ASCII_FALLBACK = {"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u2013": "-", "\u2014": "-",
                  "\u2026": "...", "\u2022": "*", "\u00a0": " "}


def view_byte(ch: str) -> int:
    """The byte whose cp1252 (or, for holes and controls, latin-1) view is *ch*."""
    try:
        return ch.encode("cp1252")[0]
    except UnicodeEncodeError:
        return ord(ch)


def _table_encoder(view: str, name: str):
    table = {letter: view_byte(v) for letter, v in zip(LETTERS, view)}

    def encode(text: str) -> bytes:
        out = bytearray()
        for ch in unicodedata.normalize("NFC", text):
            if ch in table:
                out.append(table[ch])
            elif ord(ch) < 0x80:
                out.append(ord(ch))
            else:
                # cp1252 punctuation is kept by TCVN3; VISCII/VPS have letters there: refuse.
                b = ch.encode("cp1252")[0] if name == "tcvn3" else None
                if b is None or any(view_byte(v) == b for v in view):
                    raise ValueError(f"{name} cannot encode {ch!r}")
                out.append(b)
        return bytes(out)

    return encode


encode_tcvn3 = _table_encoder(TCVN3_VIEW, "tcvn3")
encode_viscii = _table_encoder(VISCII_VIEW, "viscii")
encode_vps = _table_encoder(VPS_VIEW, "vps")

# VNI marks by (hat, tone index or None): lower-case bytes; capitals are these minus 0x20.
_VNI_TONE = [0xF9, 0xF8, 0xFB, 0xF5, 0xEF]
_VNI_CIRC = [0xE1, 0xE0, 0xE5, 0xE3, 0xE4]  # after a/e/o with a circumflex; bare circumflex E2
_VNI_BREVE = [0xE9, 0xE8, 0xFA, 0xFC, 0xEB]  # after a with a breve; bare breve EA
_VNI_I = {"i": [0xED, 0xEC, 0xE6, 0xF3, 0xF2], "I": [0xCD, 0xCC, 0xC6, 0xD3, 0xD2]}


def encode_vni(text: str) -> bytes:
    """VNI-Windows as UniKey writes it: ơ ư đ and toned i, ỵ as one byte, the rest base + mark."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ch == "đ":
            out.append(0xF1)
            continue
        if ch == "Đ":
            out.append(0xD1)
            continue
        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], d[1:]
        if not marks and ord(ch) >= 0x80:
            out += ch.encode("cp1252")  # punctuation: VNI keeps cp1252 there
            continue
        if not marks:
            out.append(ord(ch))
            continue
        upper = base.isupper()
        tone = next((TONES[m] for m in marks if m in TONES), None)
        hat = next((m for m in marks if m not in TONES), None)
        if hat not in (None, "\u0302", "\u0306", "\u031b") or base.lower() not in "aeiouy":
            raise ValueError(f"vni cannot encode {ch!r}")
        shift = 0x20 if upper else 0
        if base in "iI" and tone is not None:
            out.append(_VNI_I[base][tone])
            continue
        if base in "yY" and tone == 4:
            out.append(0xCE if upper else 0xEE)
            continue
        if hat == "\u031b":  # horn: ơ ư are single bytes that take the tone mark after them
            out.append({"o": 0xF4, "u": 0xF6, "O": 0xD4, "U": 0xD6}[base])
            if tone is not None:
                out.append(_VNI_TONE[tone] - shift)
            continue
        out.append(ord(base))
        if hat == "\u0302":
            out.append((0xE2 if tone is None else _VNI_CIRC[tone]) - shift)
        elif hat == "\u0306":
            out.append((0xEA if tone is None else _VNI_BREVE[tone]) - shift)
        elif tone is not None:
            out.append(_VNI_TONE[tone] - shift)
    return bytes(out)


def encode_cp1258(text: str, *, precomposed: bool = True) -> bytes:
    """cp1258 as Word writes it: hats precomposed, tone as a combining byte (when needed).

    With ``precomposed=False`` every tone is written as a combining byte (fully decomposed).
    """
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if precomposed:
            try:
                out.append(ch.encode("cp1258"))
                continue
            except UnicodeEncodeError:
                pass
        d = unicodedata.normalize("NFD", ch)
        tone = "".join(c for c in d if c in TONES)
        rest = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
        out.append((rest + tone).encode("cp1258"))
    return b"".join(out)


ENCODERS = {
    "tcvn3": encode_tcvn3,
    "vni": encode_vni,
    "viscii": encode_viscii,
    "vps": encode_vps,
    "cp1258": encode_cp1258,
}


def encode(text: str, encoding: str, *, ascii_fallback: bool = False) -> bytes:
    """Encode *text* in a legacy or Python encoding; ``ascii_fallback`` replaces “ ” – first."""
    if ascii_fallback:
        text = "".join(ASCII_FALLBACK.get(c, c) for c in text)
    if encoding in ENCODERS:
        return ENCODERS[encoding](text)
    return text.encode(encoding)


def as_cp1252_text(data: bytes) -> str:
    """What a program showed for legacy *data* read as cp1252 (holes as latin-1 C1 controls)."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)


def fallback_text(text: str) -> str:
    return "".join(ASCII_FALLBACK.get(c, c) for c in text)
