"""Signature placeholder left from a template, or a copy note not in brackets.

Transcriptions mark the absent signature and seal with a note in brackets — "(đã ký)", "(Đã ký)",
"(đã ký và đóng dấu)", "(Ký tên, đóng dấu)" — which is recognised and fine (the seal cannot be
checked on text). A template's placeholder ("(Ký, ghi rõ họ tên)", "(Chữ ký)", "Người ký" where the
name goes) means the block was never filled in, and a bare "Đã ký" line reads as part of the name
block (practice — format-rules.md §4.4, §9 TB033). "ký" is also spelt "kí" (the older orthography
many typists keep: "(Đã kí)", "(kí, ghi rõ họ tên)", "Người kí"): both are read.

Fails::

                                                PHÓ CHÁNH VĂN PHÒNG
                                                (Ký, ghi rõ họ tên)

Passes::

                                                PHÓ CHÁNH VĂN PHÒNG
                                                (đã ký)
                                                Huỳnh Đa Trung
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from ...fold import fold
from ...lazyre import lazy_re
from ..parts import name_placeholders

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB033"
NAME = "copy-marker"
SEVERITY = "info"
ERA = ("2004", "2018", "2026")
CHECKS = "text"

# template placeholders (folded; "ký" or "kí"): "(ky, ghi ro ho ten)", "(chu ky)", "(ki va ghi ro ho
# ten)", "(chu ky, dau)"
_PLACEHOLDER = lazy_re(r"^[(\[]\s*(?:chu k[yi]\b|k[yi]\b[^)\]]*\b(?:ghi ro|ho ten|ho va ten))[^)\]]*[)\]]")
# a copy note without brackets: "Đã ký", "đã kí và đóng dấu"
_BARE = lazy_re(r"^da k[yi](?: va dong dau)?\.?$")


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    first = ctx.footer_first
    if first is None:
        return
    blanks = {id(fr) for _, fr in name_placeholders(ctx)}
    for ln in ctx.lines(first, ctx.last_line):
        for fr in ln.frags:
            f = fold(fr.text)
            if _PLACEHOLDER.match(f):
                yield ctx.hit(ln.no, f"template placeholder left in the signature block: «{fr.text}»", find=fr.text, start=fr.col)
            elif id(fr) in blanks:
                yield ctx.hit(ln.no, f"template placeholder left where the signer's name goes: «{fr.text}»", find=fr.text, start=fr.col)
            elif _BARE.match(f):
                yield ctx.hit(ln.no, f"put the copy note in brackets: \"({fr.text.rstrip('.')})\"", find=fr.text, start=fr.col)
