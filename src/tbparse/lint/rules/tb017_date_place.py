"""Place in the date line not capitalised, not followed by a comma, or not the issuer's seat.

The place is the locality where the issuing body sits, capitalised, followed by a comma: Tỉnh ủy
Bình Thuận writes "Phan Thiết, ngày …", central bodies "Hà Nội, ngày …" (36-HD/VPTW §II.1.4
[second-hand]; Phụ lục 3 examples; NĐ 30/2020 — format-rules.md §3, §9 TB017). Seats other than
Hà Nội for central bodies are checked only when configured: ``seats = {"TỈNH ỦY BÌNH THUẬN" =
"Phan Thiết"}`` in ``[tool.tbparse]``; a board of a configured committee (its Ủy ban Kiểm tra,
Văn phòng, Ban Tổ chức …) sits where the committee does.

Fails::

    Số 05-TB/TU                        phan Thiết ngày 16 tháng 5 năm 2019

Passes::

    Số 05-TB/TU                        Phan Thiết, ngày 16 tháng 5 năm 2019
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from ...fold import fold
from ...vocab import is_caps
from ..parts import date_parts

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB017"
NAME = "date-place"
SEVERITY = "warning"
ERA = ("2004", "2018", "2026")
CHECKS = "text"


_CENTRAL = ("ban chap hanh trung uong", "bo chinh tri", "ban bi thu")
# local party committees (folded name starts): their seat is never the parent's
_LOCAL = ("tinh uy", "thanh uy", "huyen uy", "quan uy", "thi uy", "dang uy", "chi bo", "dang bo")


def _seat(notice, ctx) -> str | None:
    issuer = notice.get("issuer")
    if not issuer:
        return None
    seats = ctx.config.seats
    name = " ".join(fold(issuer["name"]).split())
    parent = " ".join(fold(issuer.get("parent") or "").split())
    for key in (f"{parent} {name}".strip(), name):
        if key in seats:
            return seats[key]
    if parent in seats and not name.startswith(_LOCAL):
        # a board of a configured committee sits where it does: "TỈNH ỦY KHÁNH HÒA" / "ỦY BAN KIỂM
        # TRA" (not a committee of its own under a "ĐẢNG BỘ TỈNH …" line: a huyện ủy sits at home)
        return seats[parent]
    number = notice.get("number") or {}
    # a central advisory body sits where its parent, the Central Committee, does; a local committee
    # typed under a stray "BAN CHẤP HÀNH TRUNG ƯƠNG" line (TB005 names it) still sits at home
    top = name if name.startswith(_LOCAL) and "trung uong" not in name else parent or name
    if top.startswith(_CENTRAL) or number.get("issuer_code", "").endswith("TW"):
        return "Hà Nội"
    return None


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    dp = date_parts(ctx)
    if dp is None or dp.place is None:
        return
    place = dp.place
    if is_caps(place.text) and len(place.text) > 3:
        yield ctx.hit(place.line, f"write the place in normal case: «{place.text.title()}»", col=place.col, end_col=place.end_col)
    elif not place.text[:1].isupper():
        yield ctx.hit(place.line, f"capitalise the place: «{place.text[:1].upper() + place.text[1:]}»", col=place.col, end_col=place.end_col)
    if dp.comma is None:
        yield ctx.hit(place.line, f"put a comma after the place: \"{place.text}, ngày …\"", col=place.end_col, end_col=place.end_col + 1)
    seat = _seat(notice, ctx)
    if seat and fold(" ".join(place.text.split())) != fold(seat):
        yield ctx.hit(place.line, f"the place should be where the issuer sits: \"{seat}\", not «{place.text}»",
                      col=place.col, end_col=place.end_col)
