"""Recipients label "Nơi nhận:" missing from the footer, written without its colon, or garbled.

The footer's left column opens with "Nơi nhận:" and lists who receives the document
(66-QĐ/TW Điều 15(9); 36-HD/VPTW §II.1.9 [second-hand] — format-rules.md §5, §9 TB034).
A missing label or list is an error, and so is another label in its place ("Nơi gửi:", "Kính gửi:") —
but for "Nơi gửi:" in a document older than 31-QĐ/TW (01/10/1997), the first Party regulation on
format: the typewriter notices of those years labelled their list so (format-rules.md §0.1);
a missing colon, "Noi nhan" without its tone marks or "nơi nhận:" in lower case, a warning. So is
the label as typos and OCR leave it, which the parser still reads as the label: a tone mark wrong
("Nơi nhân:"), a letter or space off ("Nơinhận:", "Nơi nbận:"), another mark for the colon
("Nơi nhận;", "Nơi nhận.") or one too many ("Nơi nhận::") — the finding spells the label.
The label in capitals or title case ("NƠI NHẬN:", "Nơi Nhận:") or with a space before its colon
("Nơi nhận :") is info.
A tờ trình of the 2026 era addressed "Kính gửi:" is info: 05-HD/VPTW is reported (second-hand) to
have it say "Kính trình:" (format-rules.md §5); no earlier guide read says which, so "Kính trình:"
before 2026 is not reported.
A biên bản signed by its minute-taker beside the chair ("THƯ KÝ" / "CHỦ TRÌ") is kept with the
meeting's file and often has no list (Hướng dẫn 16-HD/VPTW, 2023, on minutes [2]): info, not an error.

Fails::

                                                T/L BAN THƯỜNG VỤ
    - Thường trực Tỉnh ủy,                      PHÓ CHÁNH VĂN PHÒNG
    - Lưu Văn phòng Tỉnh ủy.

Passes::

    Nơi nhận:                                   T/L BAN THƯỜNG VỤ
    - Thường trực Tỉnh ủy,                      PHÓ CHÁNH VĂN PHÒNG
    - Lưu Văn phòng Tỉnh ủy.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from ...fold import fold
from ...lazyre import lazy_re
from ...vocab import is_paper, recipients_label
from ..era import FIRST_RULES
from ..parts import signed_minutes

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB034"
NAME = "recipients-label"
SEVERITY = "error"
ERA = ("2004", "2018", "2026")
CHECKS = "text"

# "Nơi nhận:", "Nơi nhận :", "__Nơi nhận__:" (folded text of a fragment)
_LABEL = lazy_re(r"^noi nhan(\s*:)?")
# marks typed after the label's colon: "Nơi nhận::", "Nơi nhận:;" (the fragment's text after the colon)
_EXTRA = lazy_re(r"[:;.,]+")
# a mark typed for the colon: "Nơi nhận;", "Nơi nhận.", "Nơi nhận -" (the text after "Nơi nhận")
_FOR_COLON = lazy_re(r"\s*([;.,\-–]+)\s*$")
_SPELLING = "Nơi nhận"
# the filing entry, last in a list: "Lưu Văn phòng Tỉnh ủy." (folded, without its "- "); not a
# body's note "- Lưu ý: cán bộ trực báo cáo …" ending a list above the signature (audit 24)
_LUU = lazy_re(r"luu\b(?! y\b)")


def _label_faults(ctx, label: int, fr, m: re.Match) -> Iterator[Finding]:
    """What is wrong in a cell the parser read as the label "Nơi nhận:" (*m*: ``_LABEL`` on its
    folded text): the colon missing or another mark for it, a mark too many after it, the words
    typed without tone marks, with one wrong ("Nơi nhân:"), or in lower case."""
    word = fr.text[:8]
    if not m.group(1):
        mark = _FOR_COLON.match(fr.text, 8)
        if mark:  # "Nơi nhận;": point at the mark typed for the colon
            yield ctx.hit(label, f"write \"Nơi nhận:\" with a colon, not «{fr.text.strip(' *_')}»",
                          find=mark.group(1), start=fr.col + 8, severity="warning")
        else:
            yield ctx.hit(label, "write \"Nơi nhận:\" with a colon", find=word, start=fr.col, severity="warning")
    else:
        extra = _EXTRA.match(fr.text, m.end())
        if extra:  # "Nơi nhận::"
            yield ctx.hit(label, f"write \"Nơi nhận:\" with one colon, not «{fr.text[: extra.end()]}»",
                          find=extra.group(), start=fr.col + m.end(), severity="warning")
        elif m.group(1)[:1].isspace():  # "Nơi nhận :" (audit 23)
            yield ctx.hit(label, "no space before the colon: \"Nơi nhận:\"", find=m.group(1), start=fr.col + 8,
                          severity="info")
    if word.isascii():  # "Noi nhan:" typed without a Vietnamese keyboard
        yield ctx.hit(label, f"write \"Nơi nhận\" with its tone marks, not \"{word}\"", find=word,
                      start=fr.col, severity="warning")
    elif word.lower() != _SPELLING.lower():  # "Nơi nhân:": a tone mark wrong
        yield ctx.hit(label, f"write \"{_SPELLING}:\", not «{fr.text[: m.end()].strip()}»", find=word, start=fr.col,
                      severity="warning")
    elif fr.text.lstrip(" *_")[:1].islower():  # "nơi nhận:"
        yield ctx.hit(label, "write \"Nơi nhận:\" with a capital N", find=fr.text.lstrip(" *_")[:8], start=fr.col,
                      severity="warning")
    elif word != _SPELLING:  # "NƠI NHẬN:", "Nơi Nhận:" (audit 23)
        yield ctx.hit(label, f"write \"Nơi nhận:\" in normal case, not «{word}»", find=word, start=fr.col, severity="info")


def _other_label(ctx, no: int | None):
    """A short left cell ending with ":" on line *no* — a label, but not "Nơi nhận:" ("Nơi gửi:",
    "Kính gửi:") — or None."""
    ln = ctx.line(no)
    if ln is None or not ln.frags:
        return None
    fr = ln.frags[0]
    text = fr.text.strip(" *_")
    if text.endswith(":") and len(text.split()) <= 3 and not _LABEL.match(fold(text)):
        return fr
    return None


# the typewriter label of the years before 31-QĐ/TW: "Nơi gửi:" (folded, emphasis stripped)
_OLD_LABEL = lazy_re(r"^noi gui\s*:$")


def _older_form(ctx, fr) -> bool:
    """Is the other label *fr* "Nơi gửi:" in a document issued before the first Party rules on format?"""
    return ctx.issued_before(FIRST_RULES) and _OLD_LABEL.match(fold(fr.text.strip(" *_"))) is not None


def _label_above(ctx, no: int):
    """``(line, fragment)`` of another label a few lines above the list's first entry — a PDF may
    print the signature's lines between ("Kính gửi:" / "PHÓ CHÁNH VĂN PHÒNG" / "- Thường trực …")."""
    for k in range(no - 1, max(0, no - 4), -1):
        fr = _other_label(ctx, k)
        if fr is not None:
            return k, fr
    return None


# The addressee line of a tờ trình (box 9a), folded: "Kính gửi: Ban Thường vụ Tỉnh ủy."
_KINH_GUI = lazy_re(r"kinh\s*gui\b")


def _addressee(notice: dict, ctx: Ctx) -> Iterator[Finding]:
    """A 2026-era tờ trình addressed with "Kính gửi:" — 05-HD/VPTW's form is "Kính trình:" [second-hand]."""
    if ctx.era != "2026" or " ".join(fold(notice.get("doc_type") or "").split()) != "to trinh":
        return
    for item in notice.get("preamble") or ():
        text = item.get("text", "")
        if text[:1] in ("K", "k") and _KINH_GUI.match(fold(text)):
            yield ctx.hit(item["line"], f"a tờ trình is addressed \"Kính trình:\" under {ctx.guide} (reported second-hand), "
                                        f"not «{text[:9]}»", find=text[:9], severity="info")
            return


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    yield from _addressee(notice, ctx)
    lay = ctx.layout
    label = lay.get("recipients_label")
    entries = lay.get("recipients") or []
    if label:
        ln = ctx.line(label)
        found = False
        for fr in ln.frags if ln else ():
            m = _LABEL.match(fold(fr.text))
            if not m:
                typed = fr.text.strip(" *_")
                f = fold(typed)
                if recipients_label(f) is not None and not f.startswith("noi gui"):  # "Nơinhận:", "Nơi nbận:"
                    found = True
                    yield ctx.hit(label, f"write \"Nơi nhận:\", not «{typed}»", find=typed, start=fr.col, severity="warning")
                continue
            found = True
            yield from _label_faults(ctx, label, fr, m)
        other = None if found else _other_label(ctx, label)
        if other is not None and not _older_form(ctx, other):
            yield ctx.hit(label, f"the recipients' label is \"Nơi nhận:\", not «{other.text.strip(' *_')}»",
                          find=other.text.strip(" *_"), start=other.col)
        if not entries and not notice.get("recipients"):
            # "Nơi nhận:" over nothing — the list left out under its label was no finding (audit 24)
            yield ctx.hit(label, "no recipients listed under \"Nơi nhận:\"", find=ctx.line(label).text[:9])
        return
    if entries:
        got = _label_above(ctx, entries[0]["line"])
        if got is not None:  # "Nơi gửi:" / "Kính gửi:" over the list
            above, other = got
            if _older_form(ctx, other):
                return
            yield ctx.hit(above, f"the recipients' label is \"Nơi nhận:\", not «{other.text.strip(' *_')}»",
                          find=other.text.strip(" *_"), start=other.col)
            return
        yield ctx.hit(entries[0]["line"], "no \"Nơi nhận:\" label above the recipient list", find=entries[0]["raw"][:20])
        return
    unlabelled = _list_above_footer(ctx)
    if unlabelled is not None:
        yield ctx.hit(unlabelled, "no \"Nơi nhận:\" label above the recipient list", find=ctx.line(unlabelled).text[:20])
        return
    if is_paper(notice.get("doc_type")):
        return  # a "GIẤY GIỚI THIỆU" goes with its bearer: no list of recipients
    anchor = ctx.footer_first or ctx.last_body_line or ctx.last_line
    if signed_minutes(notice):
        yield ctx.hit(anchor, "no \"Nơi nhận:\" list: minutes signed by the minute-taker and the chair need one "
                              "only when they are sent", severity="info")
        return
    yield ctx.hit(anchor, "no \"Nơi nhận:\" list of recipients in the footer")


def _list_above_footer(ctx) -> int | None:
    """First line of an unlabelled list the parser left in the body: "- …" lines ending with "- Lưu …"
    right above the signature (a web copy's cell "- Thường trực Tỉnh ủy," … "- Lưu VP." between "|"
    lines), or None."""
    if ctx.footer_first is None:
        return None
    first = None
    for no in range(ctx.footer_first - 1, max(ctx.body_first, ctx.footer_first - 30) - 1, -1):
        ln = ctx.line(no)
        if ln is None or not ln.text or ln.sep:
            if first is None:
                continue
            break
        if not ln.text.startswith("- "):
            break
        if first is None and not _LUU.match(fold(ln.text[2:])):
            return None  # the list ends with the filing entry
        first = no
    return first
