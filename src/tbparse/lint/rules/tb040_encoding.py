"""Text not clean Unicode: legacy font encoding, repaired mojibake, decomposed (non-NFC) text, control or invisible characters.

Party documents use the Vietnamese Unicode character set of TCVN 6909:2001, precomposed (NFC);
text typed in the old TCVN3 (.VnTime) or VNI fonts, or such text saved as Unicode ("Ban ChÊp hµnh"),
breaks searching, sorting and copying, and so do control characters and invisible characters
inside a word — a zero-width space, a soft hyphen, a byte-order mark or a direction mark pasted
from the web ("Kiện to<U+200B>àn" is not found by a search for "Kiện toàn") (36-HD/VPTW
[second-hand]; NĐ 30/2020 §I.4 — format-rules.md §8, §9 TB040). tbparse reads all of these; this
rule says the file should be re-saved. Legacy encodings are only info for documents of the 2004
era, when they were the norm; an invisible character prints nothing, so it is a warning.

Fails::

    TØNH ñY B×NH THUËN        (TCVN3 bytes shown as Windows-1252 and saved as Unicode)

Passes::

    TỈNH ỦY BÌNH THUẬN
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from ...lazyre import lazy_re
from ...legacy import decode_legacy, to_legacy_bytes
from ...vnsyllable import is_syllable

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB040"
NAME = "encoding"
SEVERITY = "error"
ERA = ("2004", "2018", "2026")
CHECKS = "text"

LEGACY = ("tcvn3", "vni", "viscii", "vps", "cp1258", "cp1252")
# C0/C1 controls other than tab and form feed (the page break pdftotext writes between a PDF's
# pages, read by the furniture step), and the replacement character "�" left by a failed decode
_CONTROL = lazy_re(r"[\x00-\x08\x0b\x0d-\x1f\x7f-\x9f\ufffd]")
# Latin-1 letters and signs Vietnamese never uses (Vietnamese shares À Á Â Ã È É Ê Ì Í Ò Ó Ô Õ Ù Ú Ý
# with Latin-1, so "ChÊp" is not caught); next to a letter they are legacy-font text: "hµnh",
# "TØNH", "Ñaûng", "¬ng"
_LEGACY_CHARS = (
    "[\u00a1-\u00ac\u00ae-\u00bf\u00c4-\u00c7\u00cb\u00ce\u00cf\u00d0\u00d1\u00d6-\u00d8\u00db\u00dc\u00de\u00df"
    "\u00e4-\u00e7\u00eb\u00ee\u00ef\u00f0\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff]"
)
_MOJIBAKE = lazy_re(rf"(?<=[^\W\d_]){_LEGACY_CHARS}|{_LEGACY_CHARS}(?=[^\W\d_])")
# … only a candidate: Vietnamese documents write "320 m²", "25°C", "«Nông thôn mới»", "5 µm". The
# word around it decides (_legacy_word). Its edges lose ASCII punctuation, never a Latin-1 sign,
# which may be a legacy letter ("«ng" is TCVN3 for "ông"): "(ViÖt," → "ViÖt"
_WORD_EDGE = "()[]{},.;:!?\"'"
_LEGACY_READINGS = ("tcvn3", "vni")
# the micro sign before an SI unit: "5 µm", "µg/m³" — "µm" would read "àm" in TCVN3
_MICRO_UNIT = lazy_re(r"µ(?:m|g|l|L|s|V|A|W|F|K|mol|Pa|Hz)(?![^\W\d_])")
# Invisible format characters: soft hyphen, combining grapheme joiner, Mongolian vowel separator,
# zero-width space/non-joiner/joiner, direction marks and embeddings, word joiner and invisible
# operators, isolates, and a byte-order mark past the start of the file
_INVISIBLE_CHARS = "[\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
# one inside a word, a letter or digit on either side: "Kiện to\u200bàn", "Tỉnh\u00adủy"
_INVISIBLE = lazy_re(rf"(?<=\w){_INVISIBLE_CHARS}+(?=\w)")
# any legacy or invisible character at all: a plain class scans the whole text fast
_SUSPECT = lazy_re(rf"{_LEGACY_CHARS}|{_INVISIBLE_CHARS}")
_NAMES = {"\t": "tab", "\ufffd": "replacement character U+FFFD"}
_INVISIBLE_NAMES = {"\u00ad": "soft hyphen", "\u200b": "zero-width space", "\u200c": "zero-width non-joiner",
                    "\u200d": "zero-width joiner", "\u200e": "left-to-right mark", "\u200f": "right-to-left mark",
                    "\u2060": "word joiner", "\ufeff": "zero-width no-break space (byte-order mark)"}


def _legacy_word(line: str, at: int) -> bool:
    """Whether the Latin-1 sign at *at* belongs to a word typed in a legacy font: the word around
    it, its characters taken back to the bytes the font stored, reads in TCVN3 or VNI as
    Vietnamese — every sign become a letter, every word a well-formed syllable ("ViÖt" → "Việt",
    "hµnh" → "hành", "Vieät" → "Việt", "TØNH" → "TỈNH"). A sign no font uses for a letter
    ("m²", "25°C", "±5%") stays a sign; a word holding a letter no legacy font can show as
    Latin-1 ("mới»") is Unicode already; "«Nông" reads as nonsense either way; a word with a
    figure in it is a size or a unit."""
    start, end = at, at + 1
    while start > 0 and not line[start - 1].isspace():
        start -= 1
    while end < len(line) and not line[end].isspace():
        end += 1
    word = line[start:end].strip(_WORD_EDGE)
    if not word or _MICRO_UNIT.search(word) or any(c.isdigit() for c in word):
        return False  # a word has no figures; a size or a unit has: "3m×4m" ("3mì4m" in TCVN3), "m²"
    data = to_legacy_bytes(word)
    if data is None:
        return False
    for enc in _LEGACY_READINGS:
        text = decode_legacy(data, enc)
        if _SUSPECT.search(text):
            continue  # a sign is left over: not a word of that font
        tokens = [t for t in _LETTERS.findall(text) if not t.isascii()]
        # TCVN3 capitals are its small letters in a capitals font: "TØNH" reads "TỉNH"
        if tokens and all(is_syllable(t) or is_syllable(t.lower()) and _caps_ascii(t) for t in tokens):
            return True
    return False


def _caps_ascii(token: str) -> bool:
    """The ASCII letters of *token* are all capitals ("TỉNH"): a TCVN3 heading, not a misreading."""
    ascii_letters = [c for c in token if c.isascii()]
    return bool(ascii_letters) and all(c.isupper() for c in ascii_letters)


# a run of letters, no digits: "ViÖt" and "Nam" in "ViÖt Nam 2008"
_LETTERS = lazy_re(r"[^\W\d_]+")


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    enc = source.encoding
    mixed = next((w for w in source.warnings if w[0] == "mixed-encoding"), None)
    if source.repaired_from and mixed is not None:
        # only some lines were legacy bytes or mojibake (a Unicode template over an old body): name
        # them where they start — "line 1" would point at the header that is fine
        yield ctx.hit(mixed[1] or 1, f"{mixed[2]} — convert those lines to Unicode and re-save the file as UTF-8",
                      col=1, end_col=1)
    elif source.repaired_from and source.kind == "docx":
        yield ctx.hit(1, f"text is typed in legacy fonts ({source.repaired_from}); convert it to Unicode "
                         "(e.g. UniKey's converter) and use Times New Roman", col=1, end_col=1)
    elif source.repaired_from:
        yield ctx.hit(1, f"the text is mojibake ({source.repaired_from}): legacy-font text saved as Unicode; "
                         "tbparse repaired it — re-save the file as Unicode (UTF-8)", col=1, end_col=1)
    elif enc in LEGACY:
        sev = "info" if ctx.era == "2004" else None
        yield ctx.hit(1, f"the file is in the legacy {enc.upper()} encoding; save it as Unicode (TCVN 6909:2001, UTF-8)",
                      col=1, end_col=1, severity=sev)
    bad = ctx.facts.get("not_nfc_line")
    if bad:
        yield ctx.hit(bad, "decomposed Unicode (tone marks as separate characters): save the text in NFC (dựng sẵn)")
    if not _CONTROL.search(source.text) and not _SUSPECT.search(source.text):
        return
    reported = 0
    for ln in source.lines:
        for m in _CONTROL.finditer(ln.raw):
            ch = m.group()
            name = _NAMES.get(ch, f"control character U+{ord(ch):04X}")
            yield ctx.hit(ln.no, f"{name} in the text", col=m.start() + 1, end_col=m.end() + 1)
            reported += 1
        m = _INVISIBLE.search(ln.raw)
        if m:
            ch = m.group()[0]
            name = _INVISIBLE_NAMES.get(ch, "invisible character")
            yield ctx.hit(ln.no, f"{name} U+{ord(ch):04X} inside a word: delete it (the word is not found by a search)",
                          col=m.start() + 1, end_col=m.end() + 1, severity="warning")  # prints right
            reported += 1
        if not source.repaired_from:
            m = next((m for m in _MOJIBAKE.finditer(ln.raw) if _legacy_word(ln.raw, m.start())), None)
            if m:
                yield ctx.hit(ln.no, f"«{m.group()}» inside a word: legacy-font text (TCVN3/VNI) not converted to Unicode",
                              col=m.start() + 1, end_col=m.end() + 1)
                reported += 1
        if reported >= 20:
            return
