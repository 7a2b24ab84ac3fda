"""Audit 8 of the linter and the deadline reader: what the last lint and parser audits found but
left open — one finding of the right rule on the right line and column for each mistake, nothing
for what the format rules allow, and a recurring deadline's ``due``.

Built like tests/test_lint_rules.py: the clean notice with one part changed (``variant``), the
findings checked exactly (``only``: this mistake gives nothing else; ``check``: the codes named).
"""
from __future__ import annotations

from .test_lint_rules import check, col, findings, passes, variant


def only(text: str, expected: list[tuple[int, int, str]], **kw) -> list:
    """Exactly these findings and no other (TB038, the summary of missing parts, aside)."""
    got = [f for f in findings(text, **kw) if f.code != "TB038"]
    assert sorted((f.line, f.column, f.code) for f in got) == sorted(expected)
    return got


# --- 1. the number typed without its hyphen ----------------------------------------------------

def test_tb006_a_number_typed_without_its_hyphen():
    t = variant("Số 05-TB/TU", "Số 12 TB/TU")
    found = only(t, [(3, col(t, 3, " TB"), "TB006")])
    assert found[0].message == 'write a hyphen between the number and the type code: "Số 12-TB/TU"'
    assert found[0].severity == "warning" and found[0].end_column == found[0].column + 1


def test_tb006_a_number_glued_to_its_type_code():
    t = variant("Số 05-TB/TU", "Số 12TB/TU ")
    found = only(t, [(3, col(t, 3, "TB"), "TB006")])
    assert '"Số 12-TB/TU"' in found[0].message


def test_tb006_two_spaces_for_the_hyphen_are_one_mistake():
    t = variant("Số 05-TB/TU", "Số 12  TB/TU")
    only(t, [(3, col(t, 3, "  TB"), "TB006")])  # not TB018's double space too


def test_tb006_without_so_and_hyphen_suggests_the_whole_number():
    t = variant("Số 05-TB/TU", "12 TB/TU   ")
    found = only(t, [(3, 1, "TB006"), (3, col(t, 3, " TB"), "TB006")])
    assert all('"Số 12-TB/TU"' in f.message for f in found)


def test_tb006_a_hyphenated_or_state_number_gives_no_hyphen_finding():
    passes(variant("Số 05-TB/TU", "Số 12-TB/TU"), "TB006")
    t = variant("Số 05-TB/TU", "Số 05/TB-TU")
    assert not [f for f in findings(t) if f.code == "TB006"]  # TB007's
