"""Citation written in the wrong system's form: "87/2007-NĐ-CP", "20/CT-TU", or a Party act without "số".

Party acts are cited "<Loại> số N-XX/YY" ("Chỉ thị số 20-CT/TU"), State acts "N/YYYY/XX-YY" or
"N/XX-YY" ("Nghị định số 87/2007/NĐ-CP") (36-HD/VPTW §II.1.3; NĐ 30/2020 — format-rules.md §6.2(9),
§9 TB027). The reference notice writes "Nghị định số 87/2007-NĐ-CP".

Fails::

    … theo tinh thần Nghị định số 87/2007-NĐ-CP của Chính phủ.

Passes::

    … theo tinh thần Nghị định số 87/2007/NĐ-CP của Chính phủ.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from ...lazyre import lazy_re

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB027"
NAME = "citations"
SEVERITY = "info"
ERA = ("2004", "2018", "2026")
CHECKS = "text"

_UP = "A-ZĐ"
# State act with a hyphen where the slash after the year belongs: "87/2007-NĐ-CP"
_STATE_HYPHEN = lazy_re(rf"(?<![\w/-])(\d{{1,5}})/(\d{{4}})-([{_UP}][A-Za-zĐđ]*)-([{_UP}][A-Za-zĐđ0-9]*)\b")
# Party act in the State's order: "20/CT-TU", "17/KL-TW" (Party body codes end in TW/TU/HU/QU/ĐU…)
_PARTY_AS_STATE = lazy_re(
    rf"(?<![\w/-])(\d{{1,5}})/([{_UP}][A-Za-zĐđ]{{0,4}})-((?:[{_UP}]*(?:TW|TU|HU|QU))|ĐU|ĐUK|CB)\b"
)
# "Chỉ thị 20-CT/TU" — a Party act named without "số" before its number ("Qui định", "Qui chế" as
# the older spelling has them)
_NO_SO = lazy_re(
    r"\b(Nghị quyết|Chỉ thị|Kết luận|Quyết định|Qu[yi] định|Hướng dẫn|Thông báo|Kế hoạch|Báo cáo|Thông tri|Chương trình|Qu[yi] chế)"
    rf"\s+(\d{{1,5}}-[A-Za-zĐđ]{{1,4}}/[{_UP}][A-Za-zĐđ]*)"
)


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    type_line = ctx.layout.get("doc_type_line")
    for ln in ctx.lines(type_line + 1 if type_line else ctx.body_first, ctx.body_last):
        raw = ln.raw
        if "/" not in raw:  # every form checked here has a slash; most lines have none
            continue
        for m in _STATE_HYPHEN.finditer(raw):
            good = f"{m.group(1)}/{m.group(2)}/{m.group(3)}-{m.group(4)}"
            yield ctx.hit(ln.no, f"State act numbers are written \"{good}\", not «{m.group()}»", col=m.start() + 1, end_col=m.end() + 1)
        for m in _PARTY_AS_STATE.finditer(raw):
            good = f"{m.group(1)}-{m.group(2)}/{m.group(3)}"
            yield ctx.hit(ln.no, f"Party act numbers are written \"{good}\", not «{m.group()}»", col=m.start() + 1, end_col=m.end() + 1)
        for m in _NO_SO.finditer(raw):
            yield ctx.hit(ln.no, f"cite Party acts as \"{m.group(1)} số {m.group(2)}\"", col=m.start() + 1, end_col=m.end() + 1)
