"""Notice without its closing formula "… thông báo … để … biết, thực hiện./.".

A last sentence of another kind ("Đề nghị các cấp ủy tổ chức thực hiện./.") is reported too: it
closes the body, but it is not the formula.

A notice that convenes a meeting (its subject opens "triệu tập …", "về việc tổ chức Hội nghị …",
"mời …", or the type line reads "THÔNG BÁO TRIỆU TẬP") notifies no conclusions to carry out: it
closes with its call to attend, "Đề nghị các đồng chí dự Hội nghị đầy đủ, đúng giờ./.", "Kính mời
các đồng chí về dự …", which is accepted there; a closing of another kind is still reported.

A THÔNG BÁO ends its body by saying who notifies whom, and what for: "Văn phòng Tỉnh uỷ xin thông
báo ý kiến kết luận của Thường trực Tỉnh uỷ để Đảng uỷ khối Doanh nghiệp biết và triển khai thực
hiện./." (genre practice, the reference notice — format-rules.md §6.2(7), §9 TB026).

Fails::

    2- Chuẩn bị tốt Hội nghị giữa nhiệm kỳ./.

    Nơi nhận:

Passes::

    2- Chuẩn bị tốt Hội nghị giữa nhiệm kỳ.

    Văn phòng Tỉnh ủy thông báo ý kiến kết luận của Thường trực Tỉnh ủy để Đảng ủy khối Doanh nghiệp biết, thực hiện./.

    Nơi nhận:

A notice the Politburo, the Secretariat or the Central Committee signs itself ("T/M BỘ CHÍNH TRỊ",
"T/M BAN BÍ THƯ" over a "-TB/TW" number) sets out its own conclusions and closes on the last of
them ("… báo cáo Ban Bí thư./."): the formula is the practice of notices an office issues for a
standing committee (the reference notice [E]; central practice [K]), not asked there (audit 24).

Passes, in a notice "triệu tập Hội nghị Ban Chấp hành Đảng bộ huyện …"::

    Đề nghị các đồng chí dự Hội nghị đầy đủ, đúng giờ./.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from ...fold import fold
from ...lazyre import lazy_re
from ...steps.meeting import CONVENES

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB026"
NAME = "closing-formula"
SEVERITY = "warning"
ERA = ("2004", "2018", "2026")
CHECKS = "text"


# The formula (folded): "… (xin) thông báo … để … biết (và triển khai) thực hiện"
_FORMULA = lazy_re(r"\bthong bao\b.*\bde\b.*\b(?:biet|thuc hien)\b")
# A convening notice's call to attend (folded): "đề nghị các đồng chí |dự hội nghị| đầy đủ, đúng
# giờ./.", "kính mời các đồng chí |về dự| …", "đề nghị … |tham dự| đúng thành phần", "yêu cầu các
# đồng chí |có mặt| …", "đề nghị các đồng chí |dự đầy đủ|" — not "đề nghị … nghiên cứu dự thảo"
_ATTEND = lazy_re(r"(?<![a-z])(?:de nghi|moi|yeu cau|trieu tap)(?![a-z]).*?(?<![a-z])"
                  r"(?:(?:tham|ve|den)\s+du|co mat|du\s+(?:hoi nghi|hoi thao|phien hop|cuoc hop|k[yi] hop|hop|le"
                  r"|buoi|lop|dai hoi|day du|dung))(?![a-z])")


def _convening(notice: dict) -> bool:
    """The notice calls a meeting: "THÔNG BÁO" / "triệu tập Hội nghị …" (or "THÔNG BÁO TRIỆU TẬP",
    whose subject the parser opens "TRIỆU TẬP …"), "… về việc tổ chức Hội nghị …", "mời …"."""
    return CONVENES.match(fold(notice.get("subject") or "")) is not None


# the central collectives that sign a notice of their own conclusions (folded authority body)
_CENTRAL = ("bo chinh tri", "ban bi thu", "ban chap hanh trung uong")


def _central_own(notice: dict) -> bool:
    """Signed T/M the Politburo, the Secretariat or the Central Committee, under a "/TW" number."""
    if (notice.get("number") or {}).get("issuer_code") != "TW":
        return False
    auths = (notice.get("signature") or {}).get("authority") or []
    return any(a.get("mode") == "T/M" and " ".join(fold(a.get("body") or "").split()) in _CENTRAL for a in auths)


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    if not fold(notice.get("doc_type") or "").startswith("thong bao") or _central_own(notice):
        return
    closing = notice.get("closing")
    if closing:
        f = fold(closing)
        if not _FORMULA.search(f) and not (_convening(notice) and _ATTEND.search(f)):
            # the body ends with a sentence of its own ("Đề nghị … tổ chức thực hiện./."), not the formula
            line = notice["layout"].get("closing_line") or ctx.last_body_line
            yield ctx.hit(line, "the closing sentence is not the notice's formula (\"<Văn phòng …> thông báo … để … "
                                "biết, thực hiện./.\")")
        return
    no = ctx.last_body_line
    if no is None or no <= ctx.title_last:
        return
    yield ctx.hit(no, "no closing formula (\"<Văn phòng …> thông báo … để … biết, thực hiện./.\") at the end of the body")
