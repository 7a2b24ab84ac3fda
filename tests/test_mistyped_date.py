"""A letter typed or OCR'd among a date line's figures ("năm 2O08", "ngày l6") is read as the
digit it stands for, with a ``mistyped-date`` warning; ``tbparse check`` still asks for figures
(TB014) — and checks the document against its own era, not the newest guide's."""
from __future__ import annotations

import pytest

import tbparse
from tbparse.lint import lint_text

from .conftest import SEED

TEXT = SEED.read_text(encoding="utf-8")
DATE = "ngày 16  tháng 5 năm 2008"


def _with(date: str) -> str:
    assert DATE in TEXT
    return TEXT.replace(DATE, date, 1)


@pytest.mark.parametrize("typed, slip", [("ngày 16  tháng 5 năm 2O08", "2O08"), ("ngày 16  tháng 5 năm 2OO8", "2OO8"),
                                         ("ngày l6  tháng 5 năm 2008", "l6"), ("ngày 16  tháng O5 năm 2008", "O5")])
def test_the_date_is_read_and_the_slip_named(typed: str, slip: str) -> None:
    d = tbparse.parse_dict(_with(typed))
    assert (d["date"], d["place"]) == ("2008-05-16", "Phan Thiết")
    assert [(w["line"], slip in w["message"]) for w in d["warnings"] if w["code"] == "mistyped-date"] == [(5, True)]
    assert "no-date" not in [w["code"] for w in d["warnings"]] and d["unplaced"] == []


def test_a_date_line_with_no_figure_at_all_is_still_no_date() -> None:
    d = tbparse.parse_dict(_with("ngày 16  tháng 5 năm ol"))
    assert d["date"] is None and "mistyped-date" not in [w["code"] for w in d["warnings"]]


def test_check_asks_for_figures_and_keeps_the_documents_era() -> None:
    clean = {(f.code, f.line, f.message) for f in lint_text(TEXT, path="x.txt")}
    typo = {(f.code, f.line, f.message) for f in lint_text(_with("ngày 16  tháng 5 năm 2O08"), path="x.txt")}
    added = typo - clean
    assert [(c, n) for c, n, _ in added] == [("TB014", 5)]
    assert "«2O08» holds a letter" in next(iter(added))[2]
    assert clean - typo == set()  # nothing else moves: no 2026-era findings, no TB016 'issued on 16/05/2'
