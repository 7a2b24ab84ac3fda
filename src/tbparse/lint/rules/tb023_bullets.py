"""Bullet other than "-", "+", "*", or two markers mixed in one list.

Below numbered items, lists use "-", then "+"; "*" marks short labelled points ("* Thời gian: …").
Other marks ("•", "–") come from word processors; whatever the marker, one list keeps one
(practice — format-rules.md §6.1, §9 TB023). Different markers in different lists are fine.

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


def _group(ctx, nodes: list[tuple[str, int]], out: list) -> None:
    """nodes: (marker, line) of one list's entries."""
    if not nodes:
        return
    for mk, line in nodes:
        if mk not in ALLOWED:
            out.append(ctx.hit(line, f"use \"-\", \"+\" or \"*\" for bullets, not \"{mk}\"", find=mk))
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
