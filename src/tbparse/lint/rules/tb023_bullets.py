"""Bullet other than "-", "+", "*", two markers mixed in one list, or no space after the marker.

Below numbered items, lists use "-", then "+"; "*" marks short labelled points ("* Thời gian: …").
Other marks ("•", "–") come from word processors; whatever the marker, one list keeps one
(practice — format-rules.md §6.1, §9 TB023). Different markers in different lists are fine, and
so is a "+" list under a "-" entry (the order of §6.1: the parser reads it as nested). A marker
glued to its text ("+Kiện toàn …", "-Rà soát …") is reported too: the marker is a line-start
token followed by a space (§10.3: a marker, then white space).

Fails::

    1- Khẩn trương triển khai kế hoạch:
    + Khảo sát, đánh giá tình hình;
    • Chỉ đạo các tổ chức cơ sở đảng.

Passes::

    1- Khẩn trương triển khai kế hoạch:
    + Khảo sát, đánh giá tình hình;
    + Chỉ đạo các tổ chức cơ sở đảng.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from ...lazyre import lazy_re

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB023"
NAME = "bullets"
SEVERITY = "info"
ERA = ("2004", "2018", "2026")
CHECKS = "text"

ALLOWED = ("-", "+", "*")
# a marker glued to the word after it, at the start of the line as typed: "+Kiện toàn", "**-Rà soát"
_GLUED = lazy_re(r"^[\s_]*(?:\*\*)?([-+*])(?=[^\W\d_])")


def _glued(ctx, mk: str, line: int, out: list) -> None:
    """No space between the marker and its text: "+Kiện toàn các chi bộ" (the parser still reads it)."""
    m = _GLUED.match(ctx.raw(line))
    if m and m.group(1) == mk:
        out.append(ctx.hit(line, f"put a space after the bullet \"{mk}\"", col=m.start(1) + 1, end_col=m.end(1) + 1))


def _group(ctx, nodes: list[tuple[str, int]], out: list) -> None:
    """nodes: (marker, line) of one list's entries."""
    if not nodes:
        return
    for mk, line in nodes:
        if mk not in ALLOWED:
            out.append(ctx.hit(line, f"use \"-\", \"+\" or \"*\" for bullets, not \"{mk}\"", find=mk))
        else:
            _glued(ctx, mk, line, out)
    first = nodes[0][0]
    for mk, line in nodes[1:]:
        if mk != first and mk in ALLOWED and first in ALLOWED:
            out.append(ctx.hit(line, f"one list, one marker: this entry uses \"{mk}\", the list above \"{first}\"", find=mk))


def _walk_bullets(ctx, bullets: list[dict], out: list) -> None:
    _group(ctx, [(b["marker"], b["line"]) for b in bullets if not b["marker"][:1].isalnum()], out)
    for b in bullets:
        _walk_bullets(ctx, b.get("bullets") or [], out)


def _walk_items(ctx, items: list[dict], out: list) -> None:
    _group(ctx, [(it["number"], it["line"]) for it in items if not it["number"][:1].isalnum() and not it["number"].startswith("(")], out)
    for it in items:
        _walk_items(ctx, it.get("items") or [], out)
        _walk_bullets(ctx, it.get("bullets") or [], out)


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    out: list = []
    for s in notice.get("sections") or []:
        _walk_items(ctx, s.get("items") or [], out)
    yield from out
