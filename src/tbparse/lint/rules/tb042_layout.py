"""Header or footer parts in the wrong column (approximated on plain text from column positions).

The layout diagram of 36-HD/VPTW puts the issuing body top left and the heading top right, the
number left and the date right on one line, the recipients bottom left and the signature bottom
right (36-HD/VPTW sơ đồ bố trí — format-rules.md §1.2, §9 TB042). On plain text this can only be
seen where two parts share a physical line (Word exports flatten the two columns onto one line);
one-part-per-line copies are not judged. On a .docx the side of each part is exact (table
column, or its position from indents, tab stops and alignment; ``_layout_docx.py``).

Fails::

    Phan Thiết, ngày 16 tháng 5 năm 2019          Số 05-TB/TU

Passes::

    Số 05-TB/TU                                   Phan Thiết, ngày 16 tháng 5 năm 2019
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from ...fold import fold
from ...vocab import AUTHORITY, RECIPIENTS_LABEL

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB042"
NAME = "layout"
SEVERITY = "warning"
ERA = ("2004", "2018", "2026")
CHECKS = "text"


def _frag(ln, pred):
    for k, fr in enumerate(ln.frags):
        if pred(fold(fr.text)):
            return k, fr
    return None


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    if source.kind == "docx":
        from ._layout_docx import check_docx

        yield from check_docx(notice, source, ctx)
        return
    lay = ctx.layout
    # heading: right column when it shares a line
    for ln in ctx.lines(1, max(ctx.header_last, 1)):
        if len(ln.frags) < 2:
            continue
        got = _frag(ln, lambda f: f.startswith("dang cong san"))
        if got and got[0] == 0:
            yield ctx.hit(ln.no, "the Party heading belongs in the right column", find=got[1].text, start=got[1].col)
        break
    # number left, date right
    nl, dl = lay.get("number_line"), lay.get("date_line")
    if nl and dl and nl["line"] == dl["line"]:
        ln = ctx.line(nl["line"])
        n = _frag(ln, lambda f: f.startswith("so"))
        d = _frag(ln, lambda f: "ngay" in f)
        if n and d and n[1].col > d[1].col:
            yield ctx.hit(ln.no, "the number belongs in the left column and the date in the right", find=n[1].text, start=n[1].col)
    # recipients left, signature right
    label = lay.get("recipients_label")
    for auth_line in (lay.get("signature") or {}).get("authority_lines") or []:
        if auth_line != label:
            continue
        ln = ctx.line(label)
        r = _frag(ln, lambda f: RECIPIENTS_LABEL.match(f) is not None)
        a = _frag(ln, lambda f: AUTHORITY.match(f) is not None)
        if r and a and r[1].col > a[1].col:
            yield ctx.hit(ln.no, "\"Nơi nhận:\" belongs in the left column and the signature in the right", find=r[1].text, start=r[1].col)
