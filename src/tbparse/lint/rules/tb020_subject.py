"""Subject (trích yếu) missing under the document type, longer than three lines, or (2018+) in capitals.

The type line is followed by the subject — what the document is about — in one to three lines;
a công văn, which has no type line, carries it under its number ("về báo cáo kết quả …").
Since 36-HD/VPTW (2018) it is written in normal case, bold ("về quy hoạch cán bộ lãnh đạo, quản
lý", Phụ lục 3); under 11-HD/VPTW (2004) capitals were common and are not flagged. A missing
subject is an error, the others warnings (66-QĐ/TW Điều 15(5); 36-HD/VPTW Phụ lục 3 —
format-rules.md §6.2, §9 TB020). A subject ends with no full stop: a lower-case line under the type
ending with "." (over the dash rule, or read as body text for want of one) is the subject so typed,
a warning at the stop — not a missing subject.

Fails (a notice of 2019)::

    THÔNG BÁO
    Ý KIẾN KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY

Passes::

    THÔNG BÁO
    ý kiến kết luận của Thường trực Tỉnh ủy
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from ...fold import fold
from ...lazyre import lazy_re
from ...vocab import RULE, is_caps, is_paper
from ..parts import stopped_subject

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB020"
NAME = "subject"
SEVERITY = "warning"
ERA = ("2004", "2018", "2026")
CHECKS = "text"
OPTIONS = {"max-lines": (3, "most lines a subject may take")}

_CAPS_ERAS = ("2018", "2026")
# a subject never ends a sentence: "… với Đảng ủy khối Doanh nghiệp." is the first body paragraph
_SENTENCE = lazy_re(r"[^./][.:;]$")


# Central documents name their issuer under the type: "NGHỊ QUYẾT" / "CỦA BỘ CHÍNH TRỊ" / "về …" (folded)
_OF_ISSUER = lazy_re(r"cua (?:bo chinh tri|ban bi thu|ban chap hanh trung uong(?: dang)?|hoi nghi\b.*)$")


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    lay = ctx.layout
    type_line = lay.get("doc_type_line")
    if not type_line:
        number = notice.get("number") or {}
        number_line = (lay.get("number_line") or {}).get("line")
        if number.get("type_code") == "CV" and not notice.get("subject") and number_line:
            # a công văn has no type line: its subject stands under the number ("về …", "V/v …")
            yield ctx.hit(number_line, "no subject (trích yếu) under the công văn's number (\"về …\")",
                          severity="error", find=number.get("raw"))
        return
    if not notice.get("subject"):
        if is_paper(notice.get("doc_type")):
            return  # a "GIẤY GIỚI THIỆU" is a form: no trích yếu under its name
        stopped = stopped_subject(ctx)
        if stopped is not None:  # "kết luận của … Tỉnh ủy." read as body text (audit 23)
            end = len(ctx.raw(stopped.no).rstrip(" *_\t"))
            yield ctx.hit(stopped.no, f"end the subject (trích yếu) without \"{stopped.text.strip(' *_')[-1]}\"",
                          col=end, end_col=end + 1)
            return
        yield ctx.hit(type_line, f"no subject (trích yếu) under «{notice.get('doc_type')}»", severity="error",
                      find=notice.get("doc_type"))
        return
    lines = [ln for ln in ctx.lines(type_line + 1, ctx.title_last) if ln.text and not ln.sep and not RULE.match(ln.text)]
    author = (lay.get("author_line") or {}).get("line")
    if len(lines) > 1 and (lines[0].no == author or _OF_ISSUER.match(fold(lines[0].text)) and is_caps(lines[0].text)):
        # "NGHỊ QUYẾT" / "CỦA BỘ CHÍNH TRỊ" / "về …": the issuer's line belongs to the type name (and
        # so does any body the parser reads there as the author: "CỦA BAN THƯỜNG VỤ TỈNH ỦY", audit 24)
        lines = lines[1:]
    rule = lay.get("subject_rule")
    if lines and rule and rule > lines[-1].no and _SENTENCE.search(lines[-1].text):
        # the rule closing the title block is under it: the subject, typed with a full stop (audit 23)
        end = len(ctx.raw(lines[-1].no).rstrip())
        yield ctx.hit(lines[-1].no, f"end the subject (trích yếu) without \"{lines[-1].text[-1]}\"", col=end, end_col=end + 1)
    elif len(lines) == 1 and _SENTENCE.search(lines[0].text) and len(lines[0].text.split()) >= 12:
        yield ctx.hit(type_line, f"no subject (trích yếu) under «{notice.get('doc_type')}»: the line under it is body text",
                      severity="error", find=notice.get("doc_type"))
        return
    limit = ctx.opt("max-lines")
    if len(lines) > limit:
        yield ctx.hit(lines[limit].no, f"the subject runs over {len(lines)} lines (at most {limit})")
    if ctx.era in _CAPS_ERAS:
        for ln in lines:
            if is_caps(ln.text) and len(ln.text.split()) >= 2:
                yield ctx.hit(ln.no, f"write the subject in normal case ({ctx.guide}): «{ln.text[:50]}»", find=ln.text)
                break
