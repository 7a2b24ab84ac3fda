"""Signer's name with an academic or military title, or typed in capitals.

The name under the signature is written in ordinary capitalisation, 2–6 syllables, without
titles such as "TS.", "ThS.", "GS.", "PGS.", "Đại tá" (36-HD/VPTW [second-hand]; NĐ 30/2020 —
format-rules.md §4.2, §9 TB032).

Fails::

                                                PHÓ CHÁNH VĂN PHÒNG
                                                TS. Huỳnh Đa Trung

Passes::

                                                PHÓ CHÁNH VĂN PHÒNG
                                                Huỳnh Đa Trung
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from ...fold import fold
from ...vocab import AUTHORITY, POSITION_START, RECIPIENTS_LABEL, is_caps
from ..tables import SIGNER_TITLE

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB032"
NAME = "signer-name"
SEVERITY = "warning"
ERA = ("2004", "2018", "2026")
CHECKS = "text"

_TITLE = SIGNER_TITLE  # "TS. Nguyễn Văn A", "PGS.TS Lê B", "Đại tá Trần C" (tables.py)


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    first = ctx.footer_first
    if first is None:
        return
    sig = notice.get("signature") or {}
    lay = ctx.layout.get("signature") or {}
    start = max([x for x in [lay.get("position_line"), *(lay.get("authority_lines") or [])] if x] or [first])
    last_frag = None
    for ln in ctx.lines(start, ctx.last_line):
        for fr in ln.frags:
            m = _TITLE.match(fr.text)
            if m:
                yield ctx.hit(ln.no, f"no titles before the signer's name: «{fr.text[m.end():]}», not «{fr.text}»",
                              find=m.group().strip(), start=fr.col)
                return
            if not fr.text.startswith(("-", "–", "+", "(", "[")):
                last_frag = (ln.no, fr)
    # a name the parser took as the signer although typed in capitals ("NGUYỄN PHÚ TRỌNG"), in
    # the block or a joint document's co-signer's block
    for block, blay in [(sig, lay), *zip(sig.get("cosigners") or [], lay.get("cosigners") or [])]:
        name = block.get("signer")
        if name and is_caps(name) and blay.get("signer_line"):
            yield ctx.hit(blay["signer_line"], f"write the signer's name in ordinary capitalisation: «{name.title()}»", find=name)
    if sig.get("signer") or last_frag is None:
        return
    no, fr = last_frag
    words = fr.text.split()
    f = fold(fr.text)
    if (is_caps(fr.text) and 2 <= len(words) <= 6 and all(w.isalpha() for w in words)
            and not POSITION_START.match(f) and not AUTHORITY.match(f) and not RECIPIENTS_LABEL.match(f)
            and no > (lay.get("position_line") or 0)):
        yield ctx.hit(no, f"write the signer's name in ordinary capitalisation: «{fr.text.title()}»", find=fr.text, start=fr.col)
