"""Signature block missing, or without an authority/position line or a signer's name.

The footer's right column holds the signature: the authority line ("T/L BAN THƯỜNG VỤ", "T/M TỈNH
ỦY") and/or the position ("PHÓ CHÁNH VĂN PHÒNG", "TRƯỞNG BAN"), the space for signature and seal —
in a transcription a note such as "(đã ký)" — and the signer's name (66-QĐ/TW Điều 15(7);
36-HD/VPTW §II.1.7 — format-rules.md §4, §9 TB028).

Fails::

    Nơi nhận:                                   T/L BAN THƯỜNG VỤ
    - Thường trực Tỉnh ủy,
    - Lưu Văn phòng Tỉnh ủy.

Passes::

    Nơi nhận:                                   T/L BAN THƯỜNG VỤ
    - Thường trực Tỉnh ủy,                      PHÓ CHÁNH VĂN PHÒNG
    - Lưu Văn phòng Tỉnh ủy.
                                                Huỳnh Đa Trung

A draft ("DỰ THẢO" in the header, or a number left blank) is signed only when it is issued: its
missing name is info, like TB006's blank number.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from ...vocab import is_name
from ..parts import is_draft, name_placeholders
from ..tables import SIGNER_TITLE

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB028"
NAME = "signature"
SEVERITY = "error"
ERA = ("2004", "2018", "2026")
CHECKS = "text"


def _last_text_line(ctx) -> int:
    for no in range(ctx.last_line, 0, -1):
        ln = ctx.line(no)
        if ln is not None and ln.text:
            return no
    return 1


def _name_below(ctx, lay) -> bool:
    """A name under the block that the parser did not take as the signer: an unterminated last
    recipient ("- Lưu Văn phòng Tỉnh ủy" without ".") swallows the name on the next line, and a
    name with a title ("TS. Nguyễn Văn An") is left unplaced."""
    start = max([x for x in [lay.get("position_line"), *(lay.get("authority_lines") or [])] if x] or [0])
    if not start:
        return False
    for ln in ctx.lines(start + 1, ctx.last_line):
        for fr in ln.frags:
            m = SIGNER_TITLE.match(fr.text)  # "TS. Nguyễn Văn An": a name, with a title TB032 reports
            if is_name(fr.text[m.end():] if m else fr.text) and (m or len(ln.frags) == 1):
                return True
    return False


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    sig = notice.get("signature")
    lay = (ctx.layout.get("signature") or {})
    if not sig:
        yield ctx.hit(ctx.footer_first or _last_text_line(ctx), "no signature block (authority, position and signer's name) in the footer")
        return
    auth_lines = lay.get("authority_lines") or []
    anchor = (auth_lines[0] if auth_lines else None) or lay.get("position_line") or lay.get("signer_line") or ctx.footer_first
    if not sig.get("authority") and not sig.get("position"):
        yield ctx.hit(anchor, "the signature block has no authority line (\"T/M …\", \"T/L …\") or position line")
    if not sig.get("signer") and not sig.get("note") and not _name_below(ctx, lay):
        if lay.get("position_line") and sig.get("position"):
            line, text = lay["position_line"], sig["position"]
        else:
            first = sig["authority"][0] if sig.get("authority") else None
            line, text = anchor, (f"{first['mode']} {first['body']}" if first else None)
        blank = lay.get("signer_blank")
        words = name_placeholders(ctx)
        if blank:  # "……………" where the name goes
            yield ctx.hit(blank["line"], "the signer's name is left blank (a draft): add it when the document is signed",
                          find=blank["text"], severity="info")
        elif words:  # "Họ và tên" where the name goes (TB033 names the placeholder)
            ln, fr = words[0]
            yield ctx.hit(ln.no, "the signer's name is not filled in yet (a draft): add it when the document is signed",
                          find=fr.text, severity="info")
        elif is_draft(ctx):
            yield ctx.hit(line, "no signer's name under the signature block (a draft): add it when the document is signed",
                          find=text, severity="info")
        else:
            yield ctx.hit(line, "no signer's name under the signature block", find=text)
    yield from _cosigners(sig, lay, ctx)


def _cosigners(sig: dict, lay: dict, ctx) -> Iterator[Finding]:
    """A joint document's other blocks ("TRƯỞNG BAN TỔ CHỨC" beside "TRƯỞNG BAN DÂN VẬN") each
    need their signer's name too."""
    for co, clay in zip(sig.get("cosigners") or [], lay.get("cosigners") or []):
        if co.get("signer") or co.get("note"):
            continue
        first = co["authority"][0] if co.get("authority") else None
        text = co.get("position") or (f"{first['mode']} {first['body']}" if first else None)
        line = clay.get("position_line") or (clay.get("authority_lines") or [None])[0]
        sev = "info" if is_draft(ctx) else None
        yield ctx.hit(line, "no signer's name under the co-signer's signature block", find=text, severity=sev)
