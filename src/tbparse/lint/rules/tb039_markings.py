"""Secrecy, urgency or draft marking malformed or outside the header.

Optional markings stand in the header zone: secrecy "MẬT", "TỐI MẬT", "TUYỆT MẬT"; urgency
"KHẨN", "THƯỢNG KHẨN", "HỎA TỐC", "HỎA TỐC HẸN GIỜ" — in capitals; the draft note "Dự thảo" (or
"Dự thảo lần 2") in normal case (66-QĐ/TW Điều 16; 36-HD/VPTW [second-hand] — format-rules.md
§1.1, §7, §9 TB039). A marking on its own line in the body or footer is misplaced.

Fails::

    TỈNH ỦY BÌNH THUẬN                 ĐẢNG CỘNG SẢN VIỆT NAM
             *                         Khẩn

Passes::

    TỈNH ỦY BÌNH THUẬN                 ĐẢNG CỘNG SẢN VIỆT NAM
             *                         KHẨN
"""
from __future__ import annotations

import re

from ...fold import fold

ID = "TB039"
NAME = "markings"
SEVERITY = "warning"
ERA = ("2004", "2018", "2026")
CHECKS = "text"

# a fragment that is a marking, folded: "mat", "toi mat", "hoa toc hen gio", "du thao lan 2", "khan!"
_MARK = re.compile(r"(tuyet mat|toi mat|mat|thuong khan|hoa toc(?: hen gio)?|khan|du thao(?:\s*\(?\s*lan\s*\w+\s*\)?)?)")
_STRAY = re.compile(r"[\s!.:;,*_]+$")  # "khan!", "mat:"
_LONGEST = 40  # "**HỎA TỐC HẸN GIỜ**", "Dự thảo (lần 2)": markings are short
# a cheap look before folding: how markings start ("MẬT", "TỐI MẬT", "TUYỆT MẬT", "KHẨN",
# "THƯỢNG KHẨN", "HỎA TỐC", "Dự thảo"), after web emphasis
_HINT = re.compile(r"^[\s*_]*(?:m|t[ốôo]i|tuy|kh|th[ưu]|h[ỏoảọ]|d[ựu])", re.I)


def check(notice, source, ctx):
    header_last = max(ctx.header_last, 0)
    for ln in ctx.source.lines:
        for fr in ln.frags:
            if len(fr.text) > _LONGEST or not _HINT.search(fr.text):
                continue
            text = fr.text.strip(" *_")
            f = fold(text)
            m = _MARK.fullmatch(_STRAY.sub("", f))
            if not m:
                continue
            core = text[: len(_STRAY.sub("", f))]
            draft = m.group(1).startswith("du thao")
            if ln.no > header_last:
                if len(ln.frags) == 1 and (draft or core.isupper()):
                    yield ctx.hit(ln.no, f"the marking «{core}» belongs in the header", find=core, start=fr.col)
                continue
            if core != text:
                yield ctx.hit(ln.no, f"write the marking without punctuation: «{core}»", find=text, start=fr.col)
            if draft:
                if core.islower():
                    yield ctx.hit(ln.no, f"write the draft note as \"{core[:1].upper() + core[1:]}\"", find=core, start=fr.col)
            elif not core.isupper():
                yield ctx.hit(ln.no, f"write the marking in capitals: \"{core.upper()}\"", find=core, start=fr.col)
