"""Authority prefix in the State's dot form ("TM.", "KT.", "TL.", "TUQ."), as "T/UQ", or garbled ("T\\M", "KT/").

Party signatures write the prefix with a slash, in capitals: T/M (thay mặt), K/T (ký thay), T/L
(thừa lệnh), and Q. (quyền). The dot forms TM., KT., TL., TUQ. are the State's (NĐ 30/2020 §II.7);
"thừa ủy quyền" has no Party form at all (36-HD/VPTW §II.1.7.1 — format-rules.md §4.1, §9 TB029).
The Party letters with dots ("T.L", "K.T") or a dot after the slash ("T/M.") are flagged too, and
so is a prefix the parser read as a reader does though it is garbled — a backslash ("T\\M"), a
letter misread ("T/N", "I/M", "K/I"), the slash moved ("KT/"), or glued to the body ("T/MBAN THƯỜNG
VỤ", "K/TBÍ THƯ"): the typed form on an authority line is compared with the mode read
(``signature.authority[].mode``).

A document issued before Quyết định 31-QĐ/TW (01/10/1997), the first Party regulation on format, is
not held to the slash form (with ``--era auto``): its typewriter wrote the prefix as the office was
used to — "TL.", "T.L", "T/L.", "T/l", "T/UQ" — and none of these is reported there; a prefix
garbled as a reader would not write it ("T\\M", "T/N", "T/MBAN …") is reported in any era.

Fails::

    Nơi nhận:                                   TM. BAN THƯỜNG VỤ

Passes::

    Nơi nhận:                                   T/M BAN THƯỜNG VỤ
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from ...lazyre import lazy_re
from ...vocab import authority
from ..era import FIRST_RULES
from ..parts import signature_blocks

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB029"
NAME = "authority-prefix"
SEVERITY = "error"
ERA = ("2004", "2018", "2026")
CHECKS = "text"

# "TM. BAN THƯỜNG VỤ", "KT.CHÁNH VĂN PHÒNG", "TL BAN THƯỜNG VỤ", "TUQ. …" (a fragment's start)
_DOT = lazy_re(r"^(TM|KT|TL|TUQ)(?:\s*\.\s*|\s+)(?=[A-ZĐÀ-Ỹ]{2})")
# "T/UQ …"
_TUQ = lazy_re(r"^T\s*/\s*UQ\b", re.I)
# "T/m Ban …", "k/t …", "T / M …": the Party prefixes typed loosely
_LOOSE = lazy_re(r"^(t\s*/\s*m|k\s*/\s*t|t\s*/\s*l)\b(?=\s)", re.I)
# "T.L BAN THƯỜNG VỤ", "K.T BÍ THƯ": the letters of a Party prefix with a dot for its slash
_DOTTED = lazy_re(r"^(T\s?\.\s?M|K\s?\.\s?T|T\s?\.\s?L)\.?\s+(?=[A-ZĐÀ-Ỹ]{2})")
# "T/M. BAN THƯỜNG VỤ": the slash form with the State's dot after it
_SLASH_DOT = lazy_re(r"^(T/M|K/T|T/L)\s*\.")
PARTY = {"TM": "T/M", "KT": "K/T", "TL": "T/L"}
_SCAN_TAIL = 40


def _modes(notice: dict, ctx: Ctx) -> dict[int, set[str]]:
    """The modes the parser read on each authority line: {18: {"T/M"}, 19: {"K/T"}}."""
    out: dict[int, set[str]] = {}
    for block, lay in signature_blocks(notice, ctx):
        for entry, no in zip(block.get("authority") or [], lay.get("authority_lines") or []):
            if no:
                out.setdefault(no, set()).add(entry["mode"])
    return out


def _garbled(t: str, modes: set[str]) -> tuple[str, str] | None:
    """``(typed, message)`` when the prefix opening the authority cell *t* is not typed as the mode
    the parser read from it: "T\\M", "T/N", "I/M", "KT/", "K/I" (→ "T/M", "K/T"), or glued to
    the body ("T/MBAN THƯỜNG VỤ"). None when it is typed right ("T/M BAN THƯỜNG VỤ")."""
    got = authority(t)
    if got is None or got[0] not in modes:
        return None
    mode, end = got
    typed = t[:end].rstrip()
    if typed != mode:
        return typed, f"write the authority prefix \"{mode}\", not «{typed}»"
    if end == len(mode) and t[end:end + 1].isalpha():  # "T/MBAN THƯỜNG VỤ"
        glued = t.split()[0]
        return glued, f"write a space after the authority prefix: \"{mode} {t[end:]}\""
    return None


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    # from the line above the footer: a PDF prints the authority above "Nơi nhận:", and one the
    # parser did not know ("T.L BAN THƯỜNG VỤ") was left as the body's last line
    first = max(ctx.body_first, ctx.footer_first - 1) if ctx.footer_first else max(1, ctx.last_line - _SCAN_TAIL)
    modes = _modes(notice, ctx)
    old = ctx.issued_before(FIRST_RULES)
    for ln in ctx.lines(first, ctx.last_line):
        for fr in ln.frags:
            t = fr.text.lstrip("*_ ")
            m = _DOT.match(t)
            if old and (m or _DOTTED.match(t) or _SLASH_DOT.match(t) or _TUQ.match(t) or _LOOSE.match(t)):
                continue  # before 31-QĐ/TW (1997) the prefix was typed as the office's typewriter habit was
            if m:
                code = m.group(1)
                fix = f"write \"{PARTY[code]}\"" if code in PARTY else "the Party has no \"thừa ủy quyền\" form"
                yield ctx.hit(ln.no, f"\"{m.group().strip()}\" is the State's authority prefix: {fix}",
                              find=m.group().strip(), start=fr.col)
                continue
            m = _DOTTED.match(t) or _SLASH_DOT.match(t)
            if m:
                typed = m.group(1)
                want = re.sub(r"[\s.]", "", typed)
                want = want if "/" in want else f"{want[0]}/{want[1]}"
                yield ctx.hit(ln.no, f"write the authority prefix \"{want}\", not «{m.group().strip()}»",
                              find=m.group().strip(), start=fr.col)
                continue
            if _TUQ.match(t):
                yield ctx.hit(ln.no, "\"T/UQ\" (thừa ủy quyền) is not a Party authority form (T/M, K/T, T/L, Q.)",
                              find=t[:4], start=fr.col)
                continue
            m = _LOOSE.match(t)
            if m and m.group(1) != m.group(1).upper().replace(" ", "") and ln.no >= first:
                want = re.sub(r"\s+", "", m.group(1)).upper()
                yield ctx.hit(ln.no, f"write the authority prefix \"{want}\" in capitals without spaces", find=m.group(1), start=fr.col)
                continue
            typo = _garbled(t.rstrip("*_ "), modes[ln.no]) if ln.no in modes else None
            if typo is not None:
                yield ctx.hit(ln.no, typo[1], find=typo[0], start=fr.col)
