"""Parent-body line missing above a body that needs one, or present above a provincial committee.

The direct superior's name stands above the issuing body when the issuer is below the provincial
level or is an advisory body ("ĐẢNG BỘ TỈNH THÁI NGUYÊN / HUYỆN ỦY ĐỊNH HÓA", "BAN CHẤP HÀNH TRUNG
ƯƠNG / VĂN PHÒNG"); a provincial or municipal committee directly under the Central Committee, and
the Central Committee itself, carry none (36-HD/VPTW §II.1.2 and Phụ lục 3 — format-rules.md §1.3,
§9 TB005).

Fails::

    BAN TỔ CHỨC                        ĐẢNG CỘNG SẢN VIỆT NAM
         *

Passes::

    TỈNH ỦY BÌNH THUẬN                 ĐẢNG CỘNG SẢN VIỆT NAM
    BAN TỔ CHỨC
         *
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from ...fold import fold

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB005"
NAME = "parent-body"
SEVERITY = "warning"
ERA = ("2004", "2018", "2026")
CHECKS = "text"

# bodies that never carry a parent line (folded name starts)
_TOP = ("tinh uy", "ban chap hanh trung uong", "bo chinh tri", "ban bi thu")
# bodies that always do: below the province, or advisory/support bodies
_NEEDS = (
    "huyen uy", "quan uy", "thi uy", "dang uy", "chi bo", "chi uy", "van phong", "uy ban kiem tra",
    "ban to chuc", "ban tuyen giao", "ban dan van", "ban noi chinh", "ban kinh te", "ban doi ngoai",
    "ban can su dang", "dang doan",
)


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    issuer = notice.get("issuer")
    if not issuer:
        return
    name = " ".join(fold(issuer["name"]).split())
    lines = ctx.layout.get("issuer_lines") or [1]
    if "trung uong" in name and name.startswith("dang uy"):
        return  # party committees directly under the Central Committee
    if name.startswith(_TOP):
        if issuer.get("parent"):
            yield ctx.hit(lines[0], f"«{issuer['name']}» is directly under the Central Committee: no parent-body line above it",
                          find=issuer["parent"].split()[0])
        return
    if name.startswith(_NEEDS) and not issuer.get("parent"):
        yield ctx.hit(lines[-1], f"«{issuer['name']}» needs its parent body on the line above (e.g. \"TỈNH ỦY …\", \"ĐẢNG BỘ TỈNH …\")",
                      find=issuer["name"].split()[0])
