"""Notice of conclusions missing the genre's skeleton: meeting opening, "… kết luận:", numbered parts.

A "thông báo kết luận" opens with when the meeting was and who chaired it ("Ngày 14/5/2008, đồng chí
Lê Tiến Phương – Phó Bí thư Thường trực Tỉnh uỷ đã có buổi làm việc với …"), leads into the
conclusions with "… đồng chí … đã kết luận:" and sets them out in numbered parts or items (genre
practice, the reference notice — format-rules.md §6.2, §9 TB025); a collective agreeing ("Ban Thường vụ
thống nhất như sau:") or the chair's "có ý kiến (chỉ đạo) như sau:" leads in too. Applies to THÔNG BÁO whose subject
mentions "kết luận". A collective body's meeting ("Ngày 01/3/2024, Ban Bí thư họp …") names no chair.
A draft's opening with the meeting's day left blank ("Ngày    /3/2026, …") says when, to be filled in.

Fails::

    THÔNG BÁO
    kết luận của Thường trực Tỉnh ủy
    -----
    Đảng ủy khối cần tập trung lãnh đạo thực hiện nhiệm vụ.

Passes::

    THÔNG BÁO
    kết luận của Thường trực Tỉnh ủy
    -----
    Ngày 14/5/2019, đồng chí Nguyễn Văn An - Phó Bí thư Thường trực Tỉnh ủy đã có buổi làm việc với …
    Sau khi nghe báo cáo …, đồng chí Nguyễn Văn An đã kết luận:
    1- …
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from ...fold import fold
from ...lazyre import lazy_re
from ..parts import is_draft

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB025"
NAME = "conclusion-skeleton"
SEVERITY = "warning"
ERA = ("2004", "2018", "2026")
CHECKS = "text"

# the lead-in to the conclusions: "… đã kết luận:", "… kết luận như sau:", "… ý kiến kết luận như sau" (folded);
# a collective agrees, or the chair gives his view: "Ban Thường vụ Tỉnh ủy thống nhất như sau:",
# "… thống nhất:", "đồng chí Bí thư có ý kiến (chỉ đạo) như sau:" (audit 23)
_LEAD_IN = lazy_re(r"ket luan(?: nhu sau)?\s*:|ket luan nhu sau|ket luan mot so noi dung|ket luan cac noi dung"
                   r"|thong nhat(?: nhu sau)?\s*:|thong nhat nhu sau|y kien(?: chi dao)? nhu sau")


# A collective body meets and concludes as one, with no chair named: "Ngày 01/3/2024, Ban Bí thư
# họp …", "Bộ Chính trị đã họp, cho ý kiến về …" (central conclusion notices) (folded)
#   also "Ủy ban Kiểm tra Tỉnh ủy họp xem xét …", "Đảng ủy xã họp …", "Chi bộ họp …" (format-rules §4),
#   and the meeting named first: "Tại kỳ họp ngày 22/5/2018, Ủy ban Kiểm tra Tỉnh ủy kết luận:" (audit 24)
_BODIES = (r"(?:bo chinh tri|ban bi thu|ban chap hanh|ban thuong vu|thuong truc|uy ban kiem tra|dang uy"
           r"|chi bo|dang doan|ban can su dang|cap uy)\b")
_COLLECTIVE = lazy_re(_BODIES + r"[^.;:]{0,80}?\bhop\b|\b(?:k[yi]|phien|cuoc) hop\b[^.;:]{0,80}?\b" + _BODIES)


def _collective(notice, line: int | None) -> bool:
    for p in notice.get("preamble") or []:
        if line is None or p["line"] == line:
            return _COLLECTIVE.search(fold(p["text"])) is not None
    return False


# a meeting's day left blank in a draft's opening (folded): "ngày    /3/2026", "ngày …… tháng 3 năm 2026"
_BLANK_DAY = lazy_re(r"(?:^|\s)ngay\s*[_.…\s]*(?:/\s*\d{1,2}\s*/\s*(?:19|20)\d\d|thang\s+\d{1,2}\s+nam\s+(?:19|20)\d\d)")


def _blank_day(notice) -> bool:
    pre = notice.get("preamble") or []
    return bool(pre) and _BLANK_DAY.search(fold(pre[0]["text"][:200])) is not None


def _applies(notice) -> bool:
    return fold(notice.get("doc_type") or "").startswith("thong bao") and "ket luan" in fold(notice.get("subject") or "")


def _numbered(marker: str) -> bool:
    """An item's number, not a dash list's marker: "1", "a", "Điều 2", "(1)" (an item the parser
    reads from "(1) Ủy ban nhân dân phường …") — but not "-" or "+"."""
    return marker.lstrip("(")[:1].isalnum()


def _first_body_line(ctx) -> int:
    for ln in ctx.body_lines():
        if ln.text and not ln.sep:
            return ln.no
    return ctx.body_first


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    if not _applies(notice):
        return
    first = _first_body_line(ctx)
    meeting = notice.get("meeting")
    if (not meeting or not meeting.get("date")) and is_draft(ctx) and _blank_day(notice):
        pass  # a draft's "Ngày    /3/2026, …": the day is filled in when the meeting is held (as TB014's)
    elif not meeting or not meeting.get("date"):
        yield ctx.hit(first, "the opening should say when the meeting was (\"Ngày 14/5/2019, đồng chí … đã có buổi làm việc với …\")")
    elif not meeting.get("chair") and not _collective(notice, meeting.get("line")):
        yield ctx.hit(meeting.get("line") or first, "the opening should name who chaired (\"đồng chí <Họ tên> - <chức vụ>\")")
    preamble = notice.get("preamble") or []
    if not any(_LEAD_IN.search(fold(p["text"])) for p in preamble):
        anchor = preamble[-1]["line"] if preamble else first
        yield ctx.hit(anchor, "no lead-in to the conclusions (\"…, đồng chí … đã kết luận:\")")
    sections = notice.get("sections") or []
    numbered = any(s.get("number") for s in sections) or any(_numbered(it["number"]) for s in sections for it in s.get("items") or [])
    if not numbered:
        yield ctx.hit(first, "set the conclusions out in numbered parts or items (\"I- …\", \"1- …\")")
