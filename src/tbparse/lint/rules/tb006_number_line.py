"""Number line "Số N-XX/YY" missing or not understood.

Every Party document carries its number and symbol — "Số 503-TB/TU": the word "Số", the number,
a hyphen, the type code, a slash, the issuing body's code — at the left under the "*"
(66-QĐ/TW Điều 15(3); 36-HD/VPTW §II.1.3 — format-rules.md §2, §9 TB006). A draft whose number is
left blank for the registry to fill in ("Số     -TB/TU") is reported as info.

Fails::

    TỈNH ỦY BÌNH THUẬN                 ĐẢNG CỘNG SẢN VIỆT NAM
             *
                                       Phan Thiết, ngày 16 tháng 5 năm 2019

"So 05-TB/TU" (typed without a Vietnamese keyboard), "05-TB/TU" (no "Số") and "Số 12 TB/TU" /
"Số 12TB/TU" (the hyphen between the number and the type code left out, as typewriter copies of
the 1990s do — the syntax of §2.1 puts one there) are warnings: the number is still read. So is a
separator mistyped — "Số 12-TB.TU", "Số 12 TB-TU", "Số 12-TB-TU", "Số 12.TB/TU", "Số 12/TB/TU":
the parser reads the number a reader reads (its ``mistyped-number`` warning) and keeps ``raw`` as
typed, so the finding names each wrong separator and the number as it should be written. The
State's order "12/TB-TU" is TB007's. "số 05-TB/TU", "SỐ 05-TB/TU" (the number line is typed in
normal case, Phụ lục 3 — format-rules.md §7) or "Sô 05-TB/TU" is a warning too.

Passes::

    TỈNH ỦY BÌNH THUẬN                 ĐẢNG CỘNG SẢN VIỆT NAM
             *
    Số 05-TB/TU                        Phan Thiết, ngày 16 tháng 5 năm 2019
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from ...fold import fold
from ...lazyre import lazy_re
from ...steps.zones import BLANK_NUMBER
from ..era import FIRST_RULES

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB006"
NAME = "number-line"
SEVERITY = "error"
ERA = ("2004", "2018", "2026")
CHECKS = "text"

# a number left blank in a draft: "Số     -TB/TU", "Số: ....-TB/TU", "Số   /TB-TU" (folded)
_BLANK = BLANK_NUMBER  # one definition with the parser: "Số     -TB/TU", "Số …-TB/TU" (folded)


# "So 157-TB/HU": the word typed without its tone mark (no Vietnamese keyboard)
_SO_PLAIN = lazy_re(r"\b(?:So|SO|so)\b(?=\s*[:.]?\s*\d)")
# the body code typed in lower case, which the parser does not take: "05-TB/tu" (on the number's text)
_LOWER_BODY = lazy_re(r"(\d{1,6}\s*-\s*[A-Za-zĐđ]{1,5}\s*/\s*)([a-zđ][A-Za-zĐđ]*)\b")
# the number typed without its hyphen, on the line as typed: "12 TB/TU", "12TB/TU" (group 1: the gap)
_NO_HYPHEN = r"(?<!\d){seq}(\s*){type}\s*/"
# the word opening the number's text as typed: "Số", or "số"/"SỐ" (the number line is typed in normal
# case, 36-HD/VPTW Phụ lục 3 — format-rules.md §7), "Sô"/"Sồ" (a tone mark wrong) when it folds to "so"
_SO_WORD = lazy_re(r"[\s*_]*([^\W\d_]+)")
# the number cell opens with "Số" ("Số 05-TB/TU", "Số: 05-TB/TU"); a clerk may leave it out: "05-TB/TU" (folded)
_SO_FIRST = lazy_re(r"[\s*_]*so\b")


# The separators of a Party number as the parser keeps it in ``raw``: "12-TB/TU" (right), "12 TB/TU"
# (hyphen left out), "12-TB.TU", "12 TB-TU", "12/TB/TU" (mistyped) — the type code is filled in
_SEPARATORS = r"(\d+)([-./ ]?)({type})([-./])(\S+)"
# The same number on the line as typed, with spaces and en dashes around the separators:
# "Số 12 - TB . TU" (groups 1 and 2: the separators with their spaces)
_TYPED = r"(?<!\d){seq}(\s*[-–./]?\s*){type}(\s*[-–./]\s*){body}(?![\w/])"


def _digits(raw: str) -> int:
    """How many digits open the number as typed: 2 for "12 TB/TU"."""
    return len(raw) - len(raw.lstrip("0123456789"))


def _unhyphened(raw: str) -> int:
    """Where the hyphen is missing in a Party number as the parser keeps it ("12 TB/TU", "12TB/TU":
    2), or 0 ("12-TB/TU", and a State number "380/NQ-CP", which TB007 reports)."""
    k = _digits(raw)
    nxt = raw[k:k + 1]
    return k if k and (nxt == " " or nxt.isalpha()) else 0


def _written(number: dict) -> str:
    """The number as it should be written: "12 TB/TU" and "12TB/TU" with their hyphen, "12-TB/TU"."""
    raw = number["raw"]
    k = _unhyphened(raw)
    if not k:
        return raw
    return f"{raw[:k]}-{raw[k:].lstrip()}"


def _hyphen(number: dict, line: int, ctx: Ctx) -> Iterator[Finding]:
    """The hyphen between the number and the type code left out ("Số 12 TB/TU"): the parser keeps
    ``raw`` as typed, so a raw whose digits run on into a space or the type code lacks it. The
    finding points at the gap (a space) or, where the two are glued ("12TB/TU"), at the type code."""
    raw = number["raw"]
    k = _unhyphened(raw)
    if not k or ctx.issued_before(FIRST_RULES):
        return  # before 31-QĐ/TW (1997) no rule fixed the symbol: a typewriter's "Số 12 TB/TU" stands
    pat = _NO_HYPHEN.format(seq=re.escape(raw[:k]), type=re.escape(number["type_code"]))
    m = re.search(pat, ctx.raw(line))
    if m is None:
        return
    a, b = m.span(1)
    yield ctx.hit(line, f"write a hyphen between the number and the type code: \"Số {_written(number)}\"",
                  col=a + 1, end_col=(b if b > a else a + 1) + 1, severity="warning")


def _mistyped(number: dict, line: int, ctx: Ctx) -> Iterator[Finding]:
    """A separator mistyped ("12-TB.TU", "12 TB-TU", "12/TB/TU"): one finding over the wrong
    separators, naming each and the number as written ("Số 12-TB/TU"). Right ones ("12-TB/TU"), the
    hyphen left out ("12 TB/TU", :func:`_hyphen`) and the State's order ("12/TB-TU", TB007) pass."""
    m = re.fullmatch(_SEPARATORS.format(type=re.escape(number["type_code"])), number["raw"])
    if m is None:
        return
    seq, sep1, code, sep2, body = m.groups()
    wrong1, wrong2 = sep1 != "-", sep2 != "/"
    if not wrong2 and sep1 in ("", " ") or sep1 == "/" and sep2 == "-":
        return  # "12 TB/TU": the hyphen left out (_hyphen); "12/TB-TU": the State's order (TB007)
    if not (wrong1 or wrong2):
        return
    body_pat = r"\s*[-–]\s*".join(re.escape(p) for p in body.split("-"))
    typed = re.search(_TYPED.format(seq=re.escape(seq), type=re.escape(code), body=body_pat), ctx.raw(line))
    if typed is None:
        return
    spans, what = [], []
    for k, (bad, want, where) in enumerate(((wrong1, "a hyphen", "after the number"),
                                            (wrong2, "a slash", "before the body code")), 1):
        if not bad:
            continue
        a, b = typed.span(k)
        mark = typed.group(k).strip()
        if mark:  # point at the mark, not the spaces around it
            a += typed.group(k).index(mark)
            b = a + len(mark)
        spans.append((a, max(b, a + 1)))
        typo = f"not «{mark}»" if mark else "not a space" if typed.group(k) else "left out"
        what.append(f"{want} {where}, {typo}")
    yield ctx.hit(line, f"write \"Số {seq}-{code}/{body}\": {'; '.join(what)}",
                  col=spans[0][0] + 1, end_col=spans[-1][1] + 1, severity="warning")


def _misspelt_so(text: str) -> str | None:
    """The word "Số" typed otherwise — "số", "SỐ", "Sô" — or None."""
    m = _SO_WORD.match(text)
    if m and m.group(1) != "Số" and fold(m.group(1)) == "so":
        return m.group(1)
    return None


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    lay = ctx.layout
    nl = lay.get("number_line")
    if notice.get("number"):
        if nl:
            m = _SO_PLAIN.search(ctx.raw(nl["line"]))
            if m:
                yield ctx.hit(nl["line"], f"write \"Số\" with its tone mark, not \"{m.group()}\"",
                              col=m.start() + 1, end_col=m.end() + 1, severity="warning")
            elif _misspelt_so(nl["text"]):
                word = _misspelt_so(nl["text"])
                yield ctx.hit(nl["line"], f"write \"Số\", not \"{word}\"", find=word,
                              start=max(0, ctx.raw(nl["line"]).find(nl["text"])), severity="warning")
            elif not _SO_FIRST.match(fold(nl["text"])):
                raw = _written(notice["number"])
                yield ctx.hit(nl["line"], f"write \"Số\" before the number: \"Số {raw}\"", find=nl["text"],
                              severity="warning")
            yield from _hyphen(notice["number"], nl["line"], ctx)
            yield from _mistyped(notice["number"], nl["line"], ctx)
        return
    if nl:
        low = _LOWER_BODY.search(nl["text"])
        if low:
            yield ctx.hit(nl["line"], f"write the body code in capitals: \"{low.group(1)}{low.group(2).upper()}\"",
                          find=low.group(2), start=max(0, ctx.raw(nl["line"]).find(nl["text"])))
            return
        yield ctx.hit(nl["line"], f"number not understood: «{nl['text']}» (expected \"Số N-XX/YY\", e.g. \"Số 05-TB/TU\")",
                      find=nl["text"])
        return
    for ln in ctx.lines(1, max(ctx.header_last, 1)):
        m = _BLANK.search(fold(ln.raw))
        if m:
            yield ctx.hit(ln.no, "the number is left blank (a draft): fill it in when the document is issued",
                          col=m.start() + 1, end_col=m.end() + 1, severity="info")
            return
    anchor = lay.get("star_line") or (lay.get("date_line") or {}).get("line") or 1
    yield ctx.hit(anchor, "no number line (\"Số N-XX/YY\", e.g. \"Số 05-TB/TU\") in the header", col=1, end_col=1)
