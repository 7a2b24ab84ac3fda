"""The parse chain. Each step is ``run(state) -> None``; adding a step means adding a module here.

Order matters only where a step reads what an earlier one wrote: the archive's furniture (page
numbers, web chrome, a second document) out of the lines before anything reads them, zones next,
the header and title from their zones, the footer (and a certified copy's block under it, read
with the header's and footer's readers) before the closing formula is cut off the body, the body
tree after it, derived fields (meeting, references) from the tree, appendices and footnotes
out of what the footer left unplaced before the extractors read them, and the frame decision last.
"""
from __future__ import annotations

from typing import Callable

from ..state import State
from . import annexes, closing, copy, extract, footer, frame, furniture, header, meeting, paragraphs, structure, title, zones

Step = Callable[[State], None]

STEPS: tuple[tuple[str, Step], ...] = (
    ("furniture", furniture.run),
    ("zones", zones.run),
    ("header", header.run),
    ("title", title.run),
    ("footer", footer.run),
    ("copy", copy.run),
    ("paragraphs", paragraphs.run),
    ("closing", closing.run),
    ("structure", structure.run),
    ("meeting", meeting.run),
    ("annexes", annexes.run),
    ("extract", extract.run),
    ("frame", frame.run),
)
