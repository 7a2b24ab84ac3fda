"""Mandatory components missing (the nine of 66-QĐ/TW Điều 15; the seal cannot be seen on text).

A Party document must carry: (1) the heading "ĐẢNG CỘNG SẢN VIỆT NAM", (2) the issuing body,
(3) number and symbol, (4) place and date, (5) document type and subject, (6) content,
(7) authority, position, name and signature, (8) seal, (9) recipients (66-QĐ/TW Điều 15;
399-QĐ/TW; 36-HD/VPTW §I — format-rules.md §1.1, §9 TB038). This rule lists in one finding what
the document lacks; the rules for each part (TB001, TB003, TB006, TB014, TB019, TB020, TB028,
TB034) say where. A công văn has no type line, only its subject (under the number). The seal (8)
is not checkable on text. A draft's number or day left blank ("Số     -TB/TU", "ngày    tháng 02
năm 2026") is there, to be filled in
(TB006, TB014 say so as info). So is a type line the parser did not read because it is typed
wrong ("THÔNG BÁO:", "Thông báo"), as a number line not understood is: TB019 names its fault; and
so is an issuer typed in lower case ("Tỉnh ủy Bình Phước": TB003). A biên bản signed by its
minute-taker beside the chair needs no recipients (TB034 notes it as info).

Fails::

    THÔNG BÁO
    kết luận của Thường trực Tỉnh ủy
    …

Passes: the reference notice, or any notice with header, title, body, signature and recipients.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from ...vocab import is_paper
from ..parts import is_cong_van, lower_case_body, signed_minutes, stopped_subject, unread_type_line

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB038"
NAME = "mandatory-components"
SEVERITY = "error"
ERA = ("2004", "2018", "2026")
CHECKS = "text"


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    lay = ctx.layout
    missing = []
    if not notice.get("party"):
        missing.append("(1) Party heading")
    if not notice.get("issuer") and lower_case_body(ctx) is None:  # (one TB003 reports not in capitals is there)
        missing.append("(2) issuing body")
    if not notice.get("number") and not lay.get("number_line") and not lay.get("number_blank"):
        missing.append("(3) number")
    if not lay.get("date_line"):
        missing.append("(4) place and date")
    if is_cong_van(notice):
        if not notice.get("subject"):  # no type line, the subject under the number (TB020)
            missing.append("(5) subject")
    elif unread_type_line(ctx) is None:
        if not notice.get("doc_type"):
            missing.append("(5) document type")
        elif not notice.get("subject") and not is_paper(notice.get("doc_type")) and stopped_subject(ctx) is None:
            missing.append("(5) subject")
    if not (notice.get("sections") or notice.get("preamble") or notice.get("closing")):
        missing.append("(6) content")
    if not notice.get("signature"):
        missing.append("(7) signature block")
    if not (notice.get("recipients") or lay.get("recipients_label") or is_paper(notice.get("doc_type"))
            or signed_minutes(notice)):
        missing.append("(9) recipients")
    if missing:
        yield ctx.hit(1, f"mandatory components missing (66-QĐ/TW Điều 15): {', '.join(missing)}", col=1, end_col=1)
