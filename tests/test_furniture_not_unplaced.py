"""Page furniture and web chrome stay in ``unplaced`` (nothing is lost) but are placed — as
furniture, listed in ``layout.furniture`` — so they raise no ``unplaced-text`` warning (``--strict``
failed every paged PDF for its page numbers) and no TB000 (every page of a PDF's text was a
finding); a second document pasted under the first is one TB000 at its first line."""
from __future__ import annotations

from pathlib import Path

import pytest

import tbparse
from tbparse.lint import lint_text

from .test_archive_layouts_audit13 import CHROME_BOTTOM, CHROME_TOP, PAGED, web_page

EXPORTS = Path(__file__).parent / "data" / "exports"
SEED = Path(__file__).parent.parent / "fixtures" / "seed-503-tb-tu.txt"
PLAN = (EXPORTS / "09-btc-tu-ke-hoach-2016.txt").read_text(encoding="utf-8")


def _unplaced_warnings(d: dict) -> list[int]:
    return [w["line"] for w in d["warnings"] if w["code"] == "unplaced-text"]


@pytest.mark.parametrize("kind", ["number-on-top", "dashed-number-under", "trang-k-of-n-form-feed",
                                  "party-line-running-head"])
def test_a_paged_pdfs_furniture_is_placed_not_warned(kind: str) -> None:
    text = PAGED[kind](SEED.read_text(encoding="utf-8"))
    d = tbparse.parse_dict(text)
    furniture = d["layout"]["furniture"]
    assert furniture and set(furniture) <= {u["line"] for u in d["unplaced"]}  # still kept
    assert not set(_unplaced_warnings(d)) & set(furniture)
    assert [f for f in lint_text(text, path="x.txt") if f.code == "TB000" and f.line in furniture] == []


def test_a_web_pages_chrome_is_placed_not_warned() -> None:
    text = web_page(PLAN, CHROME_TOP)
    d = tbparse.parse_dict(text)
    chrome = {i + 1 for i, ln in enumerate(text.splitlines()) if ln.strip() in {c for c in CHROME_TOP + CHROME_BOTTOM if c}}
    assert chrome and chrome <= set(d["layout"]["furniture"])
    assert _unplaced_warnings(d) == []
    assert [f for f in lint_text(text, path="x.txt") if f.code == "TB000"] == []


def test_a_second_document_is_one_finding_and_one_warning() -> None:
    first = SEED.read_text(encoding="utf-8")
    text = first + "\n" + PLAN
    d = tbparse.parse_dict(text)
    start = d["layout"]["another_document"]["line"]
    assert [w["code"] for w in d["warnings"]].count("another-document") == 1
    assert not [n for n in _unplaced_warnings(d) if n >= start]
    assert "furniture" not in d["layout"] or all(n < start for n in d["layout"]["furniture"])
    tb000 = [f for f in lint_text(text, path="x.txt") if f.code == "TB000"]
    assert [(f.line, "another document starts here" in f.message) for f in tb000] == [(start, True)]


def test_text_really_unplaced_is_still_warned_and_reported() -> None:
    lines = SEED.read_text(encoding="utf-8").split("\n")
    lines.insert(2, "Ghi chú: bản in thử")
    text = "\n".join(lines)
    d = tbparse.parse_dict(text)
    assert 3 in _unplaced_warnings(d)
    assert 3 in [f.line for f in lint_text(text, path="x.txt") if f.code == "TB000"]
