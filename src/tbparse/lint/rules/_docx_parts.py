"""Where the parts of a .docx notice sit and how each is formatted — shared by TB042–TB045.

The parser's ``layout`` gives the paragraph number of each header and footer part. A paragraph may
hold several parts: a header cell typed "TỈNH ỦY …⏎*⏎Số 503-TB/TU" with manual line breaks gives
several lines that share its number, and a tabbed line "TỈNH ỦY …⇥ĐẢNG CỘNG SẢN VIỆT NAM" several
fragments. Each part is matched to its fragment and takes that fragment's own formatting and
position (``Line.fmt["frags"]``). Computed once per document into ``ctx.memo``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterator

from ...fold import fold
from ...lazyre import lazy_re
from ...lines import Line

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx

# The Party heading on a folded fragment: "ĐẢNG CỘNG SẢN VIỆT NAM" → "dang cong san viet nam"
_HEADING = lazy_re(r"dang\s+cong\s+san")
# A dash rule line under the subject: "-------", "–––"
_RULE = lazy_re(r"^[-–—_=~*.· ]{3,}$")
_HEADING_SCAN = 20

LABELS = {
    "heading": "the Party heading",
    "parent": "the parent body's name",
    "issuer": "the issuing body's name",
    "number": "the number line",
    "date": "the place and date line",
    "doc_type": "the document type",
    "subject": "the subject (trích yếu)",
    "body": "the body text",
    "authority": "the authority line",
    "position": "the position line",
    "signer": "the signer's name",
    "recipients_label": "\"Nơi nhận:\"",
    "recipient": "the recipients list",
}


@dataclass
class Part:
    """One located part: what it is, its paragraph, its text and the formatting of that text."""

    key: str
    line: Line
    text: str
    fmt: dict[str, Any]
    index: int  # position of its fragment in the paragraph (0 = first)

    @property
    def label(self) -> str:
        return LABELS[self.key]

    @property
    def no(self) -> int:
        return self.line.no


def _fmt_of(line: Line, index: int) -> dict[str, Any]:
    """The formatting of fragment *index* of *line*: the paragraph's keys with the fragment's own
    run properties and position (``x_mm``, ``anchor``); the line's when the reader kept none."""
    fmt = line.fmt or {}
    frags = fmt.get("frags")
    if not frags or index >= len(frags):
        return fmt
    merged = {k: v for k, v in fmt.items() if k != "frags"}
    merged.update(frags[index])
    return merged


def _find(ctx, no: int | None, key: str, pred) -> Part | None:
    """The first fragment satisfying *pred* among the lines numbered *no* (a paragraph with manual
    line breaks has several)."""
    if no is None:
        return None
    for line in ctx.lines(no, no):
        for i, fr in enumerate(line.frags):
            if pred(fr.text):
                return Part(key, line, fr.text, _fmt_of(line, i), i)
    return None


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def locate(notice: dict, source: Source, ctx: Ctx) -> list[Part]:
    """The header and footer parts found in a .docx source, in document order of discovery."""
    if "docx_parts" in ctx.memo:
        return ctx.memo["docx_parts"]
    lay = notice.get("layout") or {}
    out: list[Part] = []

    def add(p: Part | None) -> None:
        if p is not None:
            out.append(p)

    # heading: the first fragment near the top that spells the Party's name
    for no in range(1, max(ctx.header_last, _HEADING_SCAN) + 1):
        p = _find(ctx, no, "heading", lambda t: bool(_HEADING.search(fold(t))))
        if p:
            out.append(p)
            break
    issuer = notice.get("issuer") or {}
    name, parent = fold(issuer.get("name") or ""), fold(issuer.get("parent") or "")
    for no in lay.get("issuer_lines") or []:
        add(_find(ctx, no, "issuer", lambda t: bool(name) and fold(t) in name))
        add(_find(ctx, no, "parent", lambda t: bool(parent) and fold(t) in parent and not (name and fold(t) in name)))
    nl = lay.get("number_line")
    if nl:
        add(_find(ctx, nl["line"], "number", lambda t: _same(t, nl["text"])))
    dl = lay.get("date_line")
    if dl:
        add(_find(ctx, dl["line"], "date", lambda t: " ".join(t.split()) in " ".join(dl["text"].split())))
    if lay.get("doc_type_line") and notice.get("doc_type"):
        dt = fold(notice["doc_type"])
        add(_find(ctx, lay["doc_type_line"], "doc_type", lambda t: fold(t).startswith(dt)))
    sl = lay.get("subject_lines")
    if sl and sl[0]:
        dt = fold(notice.get("doc_type") or "")
        for ln in ctx.lines(sl[0], sl[1]):
            if ln.no == lay.get("doc_type_line") and fold(ln.text).startswith(dt):
                continue  # the type line (the subject may follow it in its paragraph, after a break)
            for i, fr in enumerate(ln.frags):
                if not _RULE.match(fr.text):
                    add(Part("subject", ln, fr.text, _fmt_of(ln, i), i))
                    break
    sig = lay.get("signature") or {}
    signature = notice.get("signature") or {}
    for no, auth in zip(sig.get("authority_lines") or [], signature.get("authority") or []):
        mode = fold(auth.get("mode") or "")
        add(_find(ctx, no, "authority", lambda t: fold(t).startswith(mode)))
    if sig.get("position_line") and signature.get("position"):
        pos = fold(signature["position"])
        add(_find(ctx, sig["position_line"], "position", lambda t: fold(t) in pos))
    if sig.get("signer_line") and signature.get("signer"):
        add(_find(ctx, sig["signer_line"], "signer", lambda t: _same(t, signature["signer"])))
    if lay.get("recipients_label"):
        add(_find(ctx, lay["recipients_label"], "recipients_label", lambda t: fold(t).startswith("noi nhan")))
    for r in lay.get("recipients") or []:
        add(_find(ctx, r["line"], "recipient", lambda t, raw=r["raw"]: _same(t, raw)))
    ctx.memo["docx_parts"] = out
    return out


def body_lines(ctx: Ctx) -> Iterator[Line]:
    """Non-blank body paragraphs of a .docx (between the title and the footer)."""
    for ln in ctx.body_lines():
        if ln.text and not _RULE.match(ln.text):
            yield ln


# Across the page, a part is in the left or right half when it sits clear of the middle fifth.
_LEFT, _RIGHT = 0.4, 0.6


def side(part: Part) -> str | None:
    """Where a part sits across the page: "left", "right" or "center" (None when unknown).

    In a table the cell decides (first column left, a column in the right half right). Otherwise
    the fragment's position across the page between the margins does: text set at a point (the
    indent, a left tab stop) by its start — a later column of a tabbed line also when it runs into
    the right half —, text centred on a tab stop or between its indents by its centre, text ending
    at a right tab stop or right-aligned by its end. A date on an 11.5 cm tab stop, or a signature
    centred under an 8 cm left indent, is right; a part centred between the margins is "center".
    """
    fmt = part.fmt
    cell = fmt.get("cell")
    if cell and cell.get("cols", 1) >= 2:
        col, cols = cell["col"], cell["cols"]
        if col == 0:
            return "left"
        return "right" if 2 * col >= cols else "center"
    width, x = fmt.get("width_mm"), fmt.get("x_mm")
    if not width or not x:
        return _side_of_align(fmt.get("align"))
    x0, x1 = x
    anchor = fmt.get("anchor")
    if anchor == "left":
        return "right" if x0 >= _LEFT * width or (part.index > 0 and x1 > _RIGHT * width) else "left"
    if anchor == "right" and x1 > _RIGHT * width:
        return "right"
    mid = (x0 + x1) / 2
    return "left" if mid < _LEFT * width else "right" if mid > _RIGHT * width else "center"


def _side_of_align(align: str | None) -> str | None:
    """The side a paragraph's alignment alone gives (no page width known)."""
    if align in ("left", "justify"):
        return "left"
    if align in ("right", "center"):
        return align
    return None
