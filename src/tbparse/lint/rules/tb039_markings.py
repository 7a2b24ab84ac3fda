"""Secrecy, urgency or draft marking malformed or outside the header.

Optional markings stand in the header zone: secrecy "MẬT", "TỐI MẬT", "TUYỆT MẬT"; urgency
"KHẨN", "THƯỢNG KHẨN", "HỎA TỐC", "HỎA TỐC HẸN GIỜ" — in capitals; the draft note "Dự thảo" (or
"Dự thảo lần 2") in normal case (66-QĐ/TW Điều 16; 36-HD/VPTW [second-hand] — format-rules.md
§1.1, §7, §9 TB039). A marking on its own line in the body or footer is misplaced. A công văn has
no type line: its header is the left column down to the "V/v …" subject, and the marking stands
right under the number (format-rules.md §1.2 boxes 3, 5b, 10). The marking is the word alone, as
the stamp prints it: "(MẬT)" or "[KHẨN]" typed in brackets, or after the State's label "Độ mật: MẬT",
"Độ khẩn: HỎA TỐC", is reported with the form to write.

Fails::

    TỈNH ỦY BÌNH THUẬN                 ĐẢNG CỘNG SẢN VIỆT NAM
             *                         Khẩn

Passes::

    TỈNH ỦY BÌNH THUẬN                 ĐẢNG CỘNG SẢN VIỆT NAM
             *                         KHẨN
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from ...fold import fold
from ...lazyre import lazy_re
from ...vocab import MARK_LABEL, MARKING

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB039"
NAME = "markings"
SEVERITY = "warning"
ERA = ("2004", "2018", "2026")
CHECKS = "text"

# a fragment that is a marking, folded: "mat", "toi mat", "hoa toc hen gio", "du thao lan 2", "khan!"
_MARK = lazy_re(MARKING)  # the parser's definition (vocab.py): one list of markings
_STRAY = lazy_re(r"[\s!.:;,*_]+$")  # "khan!", "mat:"
_LONGEST = 40  # "**HỎA TỐC HẸN GIỜ**", "Dự thảo (lần 2)": markings are short
# a cheap look before folding: how markings start ("MẬT", "TỐI MẬT", "TUYỆT MẬT", "KHẨN",
# "THƯỢNG KHẨN", "HỎA TỐC", "Dự thảo", the State's "Độ mật:"), after web emphasis or a bracket
_HINT = lazy_re(r"^[\s*_(\[\"“]*(?:m|t[ốôo]i|tuy|kh|th[ưu]|h[ỏoảọ]|d[ựu]|đ[ộo])", re.I)
_CLOSE = {"(": ")", "[": "]", '"': '"', "“": "”"}


def _marking(text: str) -> tuple[str, str, bool, str | None] | None:
    """``(core, text, draft, wrapper)`` when a fragment is a marking: "HỎA TỐC", "Mật:", "**Dự
    thảo**"; *wrapper* is what stands around the word that the stamp does not print: the State's
    label ("Độ mật:") or brackets ("(MẬT)"), else None."""
    if len(text) > _LONGEST or not _HINT.search(text):
        return None
    text = text.strip(" *_")
    inner, wrapper = text, None
    lab = MARK_LABEL.match(fold(inner)) if inner[:1] in "ĐđDd" else None
    if lab:
        inner, wrapper = inner[lab.end():].strip(" *_"), inner[: lab.end()].strip()
    if inner[:1] in _CLOSE and inner.endswith(_CLOSE[inner[:1]]) and len(inner) > 2:
        inner, wrapper = inner[1:-1].strip(" *_"), wrapper or inner[0] + inner[-1]
    f = _STRAY.sub("", fold(inner))
    m = _MARK.fullmatch(f)
    if not m:
        return None
    draft = m.group(1).startswith("du thao")
    if draft and wrapper is not None and not lab:
        return inner[: len(f)], inner, draft, None  # "(Dự thảo)": the draft note is no stamp; left as typed
    return inner[: len(f)], text, draft, wrapper


def _header_end(ctx) -> int:
    """Last line where a marking may stand. Without a type line (a công văn) the parser's header
    ends at the number, yet the left column goes on: the marking right under "Số 11997-CV/VPTW",
    then the "V/v …" subject — so markings, blank lines and the subject after the number count."""
    last = max(ctx.header_last, 0)
    lay = ctx.layout
    nl = lay.get("number_line")
    if lay.get("doc_type_line") or not nl:
        return last
    first, final = lay.get("subject_lines") or (0, -1)
    no = end = nl["line"]
    while no < ctx.last_line:
        no += 1
        ln = ctx.line(no)
        if first <= no <= final or (ln is not None and ln.frags and all(_marking(t) for fr in ln.frags for _, t in _pieces(fr))):
            end = no
        elif ln is not None and ln.text:
            break
    return max(last, end)


# Two markings typed on one line, "MẬT - KHẨN", "Mật, Khẩn", "TỐI MẬT/HỎA TỐC", "MẬT KHẨN": where
# they part — a space only where a run of spaces starts, and never inside "Tối mật", "Tuyệt mật",
# "Thượng khẩn", "Hỏa tốc" ("Tối mật - Khẩn" was cut "Tối" | "mật" | "Khẩn", no marking, no finding)
_JOINER = lazy_re(r"\s*(?:[-–—,;/+&]|\bvà\b)\s*|(?<!\s)(?<!t[ốôo]i)(?<!tuy[ệe]t)(?<!th[ưu][ợo]ng)(?<!h[ỏo]a)"
                  r"\s+(?=(?:t[ốôo]i |tuy[ệe]t |th[ưu][ợo]ng |h[ỏo]a )?(?:m[ậa]t|kh[ẩa]n|t[ốo]c)\b)", re.I)


def _pieces(fr) -> list[tuple[int, str]]:
    """``(column, text)`` of each marking a fragment may hold: itself, or the markings typed on one
    line (audit 24: the parser reads "MẬT - KHẨN" as two; TB039 looked at neither)."""
    if _marking(fr.text) is not None or len(fr.text) > _LONGEST or not _HINT.search(fr.text):
        return [(fr.col, fr.text)]
    out, pos = [], 0
    for m in _JOINER.finditer(fr.text):
        if m.start() > pos:
            out.append((fr.col + pos, fr.text[pos:m.start()]))
        pos = m.end()
    out.append((fr.col + pos, fr.text[pos:]))
    if len(out) < 2 or not all(t and _marking(t) is not None for _, t in out):
        return [(fr.col, fr.text)]
    return out


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    header_last = _header_end(ctx)
    for ln in ctx.source.lines:
        for col, piece in (p for fr in ln.frags for p in _pieces(fr)):
            mk = _marking(piece)
            if mk is None:
                continue
            core, text, draft, wrapper = mk
            if ln.no > header_last:
                if len(ln.frags) == 1 and (draft or core.isupper()) and wrapper is None:
                    yield ctx.hit(ln.no, f"the marking «{core}» belongs in the header", find=core, start=col)
                continue
            if wrapper is not None:
                what = "the State's label" if wrapper[-1:] == ":" else "brackets" if wrapper[:1] in "([" else "quotes"
                yield ctx.hit(ln.no, f"write the marking alone, as the stamp prints it: «{core if draft else core.upper()}» "
                                     f"(not {what} «{wrapper}»)", find=text, start=col)
                continue
            if core != text:
                yield ctx.hit(ln.no, f"write the marking without punctuation: «{core}»", find=text, start=col)
            if draft:
                if core.islower():
                    yield ctx.hit(ln.no, f"write the draft note as \"{core[:1].upper() + core[1:]}\"", find=core, start=col)
            elif not core.isupper():
                yield ctx.hit(ln.no, f"write the marking in capitals: \"{core.upper()}\"", find=core, start=col)
