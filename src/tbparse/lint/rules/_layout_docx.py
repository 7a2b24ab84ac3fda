"""TB042 on a .docx: each header and footer part on its side of the page, judged exactly.

Not a rule module of its own (TB042 is ``tb042_layout.py``, which approximates the layout on plain
text); that rule hands a .docx source to :func:`check_docx`::

    if source.kind == "docx":
        from ._layout_docx import check_docx
        yield from check_docx(notice, source, ctx)
        return

The layout scheme of 36-HD/VPTW (sơ đồ bố trí; format-rules.md §1.2, §9 TB042) puts the Party
heading top right, the issuing body (with its parent and the "*") top left, the number left under
it and the place and date right, level with it; at the foot the signature block is right and
"Nơi nhận" with its list left. In a .docx the side is exact: the column of the header or footer
table a part is in, or else its position across the page from the paragraph's indents, tab stops
and alignment (a date on a tab stop at 11.5 cm is right; a part centred across the whole page is
in neither half).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from ._docx_parts import locate, side

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

# part → the side it belongs on
WANT = {
    "heading": "right",
    "parent": "left",
    "issuer": "left",
    "number": "left",
    "date": "right",
    "authority": "right",
    "position": "right",
    "signer": "right",
    "recipients_label": "left",
    "recipient": "left",
}
_SIGNATURE_PARTS = ("authority", "position", "signer")
_SIDE_WORDS = {"left": "on the left", "right": "on the right", "center": "centred across the page"}
_HALF = {"left": "the left half", "right": "the right half"}


def check_docx(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    """Findings of the running rule (TB042) for parts on the wrong side of a .docx page."""
    reported: set[str] = set()  # one finding per part (the recipients list, a wrapped name)
    # A joint document's signature blocks stand side by side across the page, one per body
    # ("TRƯỞNG BAN DÂN VẬN | TRƯỞNG BAN TỔ CHỨC"): the left one is as right as the other, and the
    # rules give no side to each body's block, so only the other parts are placed.
    joint = bool((notice.get("signature") or {}).get("cosigners"))
    for part in locate(notice, source, ctx):
        want = WANT.get(part.key)
        if want is None or part.key in reported or joint and part.key in _SIGNATURE_PARTS:
            continue
        got = side(part)
        if got is None or got == want:
            continue
        reported.add(part.key)
        label = part.label[0].upper() + part.label[1:]
        yield ctx.hit(part.no, f"{label} is {_SIDE_WORDS[got]}; it belongs in {_HALF[want]} of the page",
                      find=part.text)
