"""How much a text looks like Vietnamese, judged by syllable phonotactics.

Detecting a legacy encoding means trying each decoder and keeping the result that reads as
Vietnamese. Counting "Vietnamese-looking letters" is not enough on short texts: a wrong decoder
still produces plenty of accented Latin letters. What a wrong decoder almost never produces is a
*well-formed syllable*: onset (b, ch, ngh, qu …) + one of the legal vowel clusters + coda (c, ch, m,
n, ng, nh, p, t; k in place names) + at most one tone, with stop codas only under the sắc/nặng
tones, and capitals only at the start of a word or throughout it. So :func:`score` rates a text by
the share of its accented words that are well-formed syllables, counting against it the characters
that never occur in Vietnamese text (C0/C1 controls, stray symbols such as ``§ ¶ µ``). Words that
cannot tell (ASCII, one letter, no vowel: ``QĐ``, ``đ)``) count neither way.

:func:`looks_foreign` is the guard against "repairing" genuine French or German text: those
languages use f/j/w/z and words longer than any Vietnamese syllable (7 letters: ``nghiêng``).

Everything is built on first use; importing this module costs only ``re`` and ``unicodedata``.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from .lazyre import lazy_re
from .recache import compile as _compile

# Combining tone marks: huyền, sắc, ngã, hỏi, nặng.
_GRAVE, _ACUTE, _TILDE, _HOOK, _DOT = "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"
_TONES = _GRAVE + _ACUTE + _TILDE + _HOOK + _DOT

# The 12 vowel letters and đ with their hats/horns, i.e. what is left once the tone is removed.
_BASE_LETTERS = "aăâeêioôơuưyđ"

# A word: a run of letters ("Tỉnh", "uỷ"); digits and "_" excluded.
_WORD = lazy_re(r"[^\W\d_]+")

# Vowel clusters (nucleus including glides) by whether a coda may follow.
_OPEN_ONLY = (
    "ai ao au ay âu ây eo êu ia iu oi ôi ơi ui ưi ưu ua ưa "
    "iêu yêu uôi ươi ươu oai oay oao oeo uây uyu uya uơ"
).split()
_CLOSED_ONLY = "ă â iê yê uô ươ oă uâ uyê oo".split()
_BOTH = "a e ê i o ô ơ u ư y oa oe uê uy".split()
# Codas "ch" and "nh" only follow these nuclei: "sách", "kênh", "tình", "hoạch", "huỳnh", "huếch",
# and "y" after the onset "qu": "Quỳnh", "quých".
_CH_NH_NUCLEI = frozenset(("a", "ê", "i", "y", "oa", "uy", "uê"))
# "k" closes syllables of Central Highlands place names: "Đắk Lắk", "Đắk Nông".
_STOP_CODAS = frozenset(("c", "ch", "k", "p", "t"))


def _alt(items: list[str]) -> str:
    return "|".join(sorted(items, key=len, reverse=True))


@lru_cache(maxsize=None)
def _syllable() -> re.Pattern[str]:
    """A toneless, lower-case syllable: onset? + (open-only nucleus | closed-only nucleus + coda |
    other nucleus + coda?). Matches "nghiêng" (ngh + iê + ng), "quyêt" (qu + yê + t), "giư"."""
    return _compile(
        r"(ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnprstvx])?"
        rf"(?:({_alt(_OPEN_ONLY)})|({_alt(_CLOSED_ONLY)})(ch|ng|nh|[cmnptk])|({_alt(_BOTH)})(ch|ng|nh|[cmnptk])?)"
    )


# A vowel letter in a lower-case word: abbreviations ("hđnd", "qđ"), list markers ("đ)") and
# symbols ("º") have none.
_HAS_VOWEL = lazy_re("[aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]")

# Characters that are neither ASCII nor Vietnamese letters but are normal in Vietnamese documents.
# "º" is written for degrees in coordinates ("104º45’").
_PUNCT_OK = frozenset("\u00a0\u201c\u201d\u2018\u2019\u2013\u2014\u2026\u2022\u2212\u00b0\u00ba\u00ab\u00bb")


@lru_cache(maxsize=None)
def _letter_parts() -> dict[str, tuple[str, str]]:
    """Every Vietnamese letter (both cases) → (toneless lower-case base, tone mark or "")."""
    parts: dict[str, tuple[str, str]] = {}
    for base in _BASE_LETTERS:
        for tone in ("",) + tuple(_TONES):
            if base == "đ" and tone:
                continue
            letter = unicodedata.normalize("NFC", unicodedata.normalize("NFD", base) + tone)
            if len(letter) != 1:
                continue
            parts[letter] = (base, tone)
            parts[letter.upper()] = (base, tone)
    for c in "bcdghklmnpqrstvx":
        parts[c] = parts[c.upper()] = (c, "")
    return parts


def is_syllable(word: str) -> bool:
    """True if *word* (any case, NFC) is a phonotactically valid Vietnamese syllable."""
    if not (word.islower() or word.isupper() or word[1:].islower()):
        return False  # "trĨ", "hÒ": a wrong decoder puts capitals inside words
    parts = _letter_parts()
    bases = []
    tone = ""
    for ch in word:
        p = parts.get(ch)
        if p is None:
            return False
        bases.append(p[0])
        if p[1]:
            if tone:
                return False  # two tone marks in one syllable
            tone = p[1]
    s = "".join(bases)
    m = _syllable().fullmatch(s)
    if m is None:
        return False
    onset, open_n, closed_n, closed_coda, both_n, both_coda = m.groups()
    nucleus = open_n or closed_n or both_n
    coda = closed_coda or both_coda
    if coda in ("ch", "nh") and nucleus not in _CH_NH_NUCLEI:
        return False
    if coda in _STOP_CODAS and tone not in (_ACUTE, _DOT):
        return False
    first = nucleus[0]
    if onset == "k" and first not in "eêiy":
        return False  # "ke", "kiến", "ký" but never "ka"
    if onset == "c" and first in "eêiy" or onset == "ng" and first in "eêi" or onset == "g" and first in "eê":
        return False  # written "k", "ngh", "gh" there: "céng", "ngiêng" are not Vietnamese
    if onset in ("gh", "ngh") and first not in "eêi":
        return False
    if onset == "qu" and first in "uưo":
        return False
    return True


class Score:
    """Evidence that a text is Vietnamese: well-formed accented words vs everything suspicious."""

    __slots__ = ("valid", "words", "bad", "foreign")

    def __init__(self, valid: int, words: int, bad: int, foreign: bool) -> None:
        self.valid = valid  # accented words that are valid syllables
        self.words = words  # accented words (words with a non-ASCII letter)
        self.bad = bad  # characters that never occur in Vietnamese text
        self.foreign = foreign

    @property
    def value(self) -> float:
        """Share of valid evidence, 0…1; 0 when there is no evidence at all."""
        n = self.words + self.bad
        return self.valid / n if n else 0.0

    @property
    def evidence(self) -> int:
        return self.words + self.bad

    def __repr__(self) -> str:
        return f"Score({self.value:.3f}, valid={self.valid}/{self.words}, bad={self.bad}, foreign={self.foreign})"


@lru_cache(maxsize=None)
def _bad_chars() -> re.Pattern[str]:
    """Characters that never occur in Vietnamese text: controls (but tab, line ends, form feed),
    DEL and C1, and anything non-ASCII that is neither a Vietnamese letter nor usual punctuation.
    Finds "Ö" and "§" in "ViÖt §¶ng"; nothing in "Việt “Đảng”"."""
    ok = "".join(sorted(set(_letter_parts()) | _PUNCT_OK))
    return _compile("[^\t\n\r\x0b\x0c\x20-\x7e" + re.escape(ok) + "]")


_LONG, _FOREIGN, _WORD_EVIDENCE, _VALID = 1, 2, 4, 8


def _word_flags(w: str) -> int:
    """What one word says about the language, as bit flags (cached per distinct word)."""
    flags = 0
    lw = w.lower()
    if not w.isupper():  # abbreviations ("TW", "BTCTW") say nothing about the language
        if len(w) > 7:
            flags |= _LONG
        if "f" in lw or "j" in lw or "w" in lw or "z" in lw:
            flags |= _FOREIGN
    # No evidence either way: ASCII; one letter ("© 2024" read as VISCII is "ẹ 2024");
    # no vowel ("QĐ", "đ)", "º").
    if not (w.isascii() or len(w) == 1 or not _HAS_VOWEL.search(lw)):
        flags |= _WORD_EVIDENCE
        if is_syllable(w):
            flags |= _VALID
    return flags


_FLAGS: dict[str, int] = {}  # word → _word_flags(word); Vietnamese has ~7 000 distinct syllables


def score(text: str) -> Score:
    """Rate *text* as Vietnamese (see the module docstring)."""
    valid = words = foreign_words = long_words = 0
    found = _WORD.findall(text)
    cache = _FLAGS
    if len(cache) > 50_000:  # bound the memory a stream of random inputs can take
        cache.clear()
    for w, n in Counter(found).items():
        f = cache.get(w)
        if f is None:
            f = cache[w] = _word_flags(w)
        if f:
            if f & _WORD_EVIDENCE:
                words += n
                if f & _VALID:
                    valid += n
            if f & _LONG:
                long_words += n
            if f & _FOREIGN:
                foreign_words += n
    total = len(found)
    bad = len(_bad_chars().findall(text))
    # viparse's thresholds (5 % f/j/w/z, 4 % long words), and at least two such words, so that
    # one "hydrogen" in a short Vietnamese paragraph does not make it foreign.
    foreign = (foreign_words >= 2 and foreign_words > 0.05 * total) or (long_words >= 2 and long_words > 0.04 * total)
    return Score(valid, words, bad, foreign)


def looks_foreign(text: str) -> bool:
    """True for text in a language written with f/j/w/z or long words (French, German, English)."""
    return score(text).foreign
