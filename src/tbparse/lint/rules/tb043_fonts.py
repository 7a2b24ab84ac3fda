"""Font, size or style of a header, title, body or footer part differs from Phụ lục 3 (.docx only).

36-HD/VPTW (2018) Phụ lục 3 sets Times New Roman throughout and, per part: the Party heading 15 pt
bold; the parent body 14 pt not bold; the issuing body 14 pt bold; "Số …" 14 pt upright; place and
date 14 pt italic; the document type 15–16 pt bold; the subject 14–15 pt bold (a công văn's, under
its number: 12 pt italic, not bold); the body 14–15 pt;
the authority line 14 pt bold, the position 14 pt, the signer's name 14 pt bold; "Nơi nhận:" 14 pt
underlined and its entries 12 pt (format-rules.md §7, §9 TB043). Fonts and sizes exist only in a
Word file, so the rule runs on .docx input; capitals are checked on text by TB001/TB003/TB019.
Each part is judged by its own runs: the issuer and the heading typed on one tabbed line, or
"Nơi nhận:" beside the authority line, each keep their own size and style.
A wrong font is reported once, at its first use, naming every part set in it; a wrong body size
once, at the first paragraph that has it.

Fails::

    ĐẢNG CỘNG SẢN VIỆT NAM      (Arial 13 pt, regular)
    Phan Thiết, ngày 16 tháng 5 năm 2019      (upright)

Passes::

    ĐẢNG CỘNG SẢN VIỆT NAM      (Times New Roman 15 pt, bold)
    Phan Thiết, ngày 16 tháng 5 năm 2019      (italic)
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from ._docx_parts import body_lines, locate

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB043"
NAME = "fonts"
SEVERITY = "warning"
ERA = ("2018", "2026")
CHECKS = "docx"
OPTIONS = {"font": ("Times New Roman", "the typeface every part must be set in")}

# part → allowed sizes (pt) and required styles (True: must have it, False: must not)
SPEC: dict[str, dict] = {
    "heading": {"size": (15,), "bold": True},
    "parent": {"size": (14,), "bold": False},
    "issuer": {"size": (14,), "bold": True},
    "number": {"size": (14,), "italic": False},
    "date": {"size": (14,), "italic": True},
    "doc_type": {"size": (15, 16), "bold": True},
    "subject": {"size": (14, 15), "bold": True},
    # a công văn's trích yếu, under its number (no type line): normal, 12 pt, italic (format-rules §7)
    "subject_cv": {"size": (12,), "bold": False, "italic": True},
    "authority": {"size": (14,), "bold": True},
    "position": {"size": (14,)},
    "signer": {"size": (14,), "bold": True},
    "recipients_label": {"size": (14,), "underline": True},
    "recipient": {"size": (12,)},
}
BODY_SIZES = (14, 15)

_STYLE_WORDS = {"bold": "bold", "italic": "in italics", "underline": "underlined"}


def _sizes(sizes: tuple) -> str:
    return "–".join(f"{s:g}" for s in sizes) + " pt"


def _font_ok(font: str | None, want: str) -> bool:
    return font is None or font.strip().lower() == want.strip().lower()


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    want_font = ctx.opt("font")
    guide = f"{ctx.guide} Phụ lục 3"
    wrong_fonts: dict[str, list[tuple[int, str]]] = {}  # font → [(line, what)], reported together
    seen: set[tuple[str, str]] = set()  # (part, fault): a list or a wrapped name is reported once
    cong_van = not notice.get("doc_type") and (notice.get("number") or {}).get("type_code") == "CV"
    for part in locate(notice, source, ctx):
        spec = SPEC.get("subject_cv" if part.key == "subject" and cong_van else part.key)
        if spec is None:
            continue
        fmt = part.fmt
        if not _font_ok(fmt.get("font"), want_font):
            wrong_fonts.setdefault(fmt["font"], []).append((part.no, part.label))
        faults = []
        size = fmt.get("size")
        if size is not None and size not in spec["size"]:
            faults.append(("size", f"{part.label} is {size:g} pt; {guide} sets {_sizes(spec['size'])}"))
        for style, words in _STYLE_WORDS.items():
            want = spec.get(style)
            if want is None or fmt.get(style) is None or fmt.get(style) == want:
                continue
            faults.append((style, f"{part.label} {'should be' if want else 'should not be'} {words} ({guide})"))
        for fault, message in faults:
            if (part.key, fault) not in seen:
                seen.add((part.key, fault))
                yield ctx.hit(part.no, message, find=part.text)
    body_sizes: dict[float, list[int]] = {}
    for ln in body_lines(ctx):
        fmt = ln.fmt or {}
        font, size = fmt.get("font"), fmt.get("size")
        if not _font_ok(font, want_font):
            wrong_fonts.setdefault(font, []).append((ln.no, "the body text"))
        if size is not None and size not in BODY_SIZES:
            body_sizes.setdefault(size, []).append(ln.no)
    for size, nos in body_sizes.items():
        more = f" ({len(nos)} paragraphs)" if len(nos) > 1 else ""
        yield ctx.hit(nos[0], f"the body text is {size:g} pt; {guide} sets {_sizes(BODY_SIZES)}{more}")
    for font, where in wrong_fonts.items():
        where.sort(key=lambda x: x[0])
        yield ctx.hit(where[0][0], f"set in {font}, not {want_font}: {_what(where)}")


def _what(where: list[tuple[int, str]]) -> str:
    """ "the Party heading, the number line and the body text (28 paragraphs)" """
    counts: dict[str, int] = {}
    for _, label in where:
        counts[label] = counts.get(label, 0) + 1
    names = [f"{label} ({n} paragraphs)" if n > 1 and label == "the body text" else label for label, n in counts.items()]
    if len(names) > 5:
        names = names[:4] + [f"{len(names) - 4} more parts"]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
