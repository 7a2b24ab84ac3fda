"""Audit 7 of the linter: one realistic drafting mistake per draft must give one finding, of the
right rule, on the right line — no miss, and no second rule firing for the same mistake.

Built like tests/test_lint_rules.py: the clean notice with one part changed (``variant``), the
findings of the codes named checked exactly (``check``). ``only`` asserts the mistake gives
nothing else at all.
"""
from __future__ import annotations

from .test_lint_rules import TEMPLATE, check, col, findings, passes, variant


def only(text: str, expected: list[tuple[int, int, str]], **kw) -> list:
    """Exactly these findings and no other (TB038, the summary of missing parts, aside)."""
    got = sorted((f.line, f.column, f.code) for f in findings(text, **kw) if f.code != "TB038")
    assert got == sorted(expected)
    return [f for f in findings(text, **kw) if f.code != "TB038"]


# --- one mistake, one finding: text another rule names is not "unplaced" too ------------------

def test_tb000_is_quiet_where_another_rule_names_the_same_text():
    t = variant("TỈNH ỦY BÌNH THUẬN", "Tỉnh ủy Bình Thuận")
    only(t, [(1, 1, "TB003")])
    t = variant("         *\n", "         *                                    Khẩn\n")
    only(t, [(2, col(t, 2, "Khẩn"), "TB039")])


def test_tb024_is_quiet_where_tb026_asks_for_the_whole_closing_formula():
    closing = [ln for ln in TEMPLATE.split("\n") if ln.startswith("Văn phòng Tỉnh ủy thông báo")][0]
    t = variant(closing + "\n\n", "")
    only(t, [(26, 1, "TB026")])
