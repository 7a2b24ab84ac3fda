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


# --- 2. what was not flagged -------------------------------------------------------------------

def test_tb022_a_part_numeral_in_lower_case():
    t = variant("II- Nhiệm vụ", "ii- Nhiệm vụ")
    found = only(t, [(18, 1, "TB022")])
    assert found[0].message == 'write part numerals in capitals: "II", not "ii"'
    t = variant("I- Đánh giá tình hình", "i. Đánh giá tình hình")
    t = variant("II- Nhiệm vụ", "ii. Nhiệm vụ", t)
    only(t, [(14, 1, "TB022"), (18, 1, "TB022")])  # "i." next to "ii." is a part too


def test_tb022_a_lower_case_part_keeps_the_sequence():
    # "I-", "ii-", "III-": one finding on "ii-", not also "III after I: expected II"
    t = variant("II- Nhiệm vụ", "ii- Nhiệm vụ")
    t = variant("2- Chuẩn bị tốt Hội nghị giữa nhiệm kỳ.\n",
                "2- Chuẩn bị tốt Hội nghị giữa nhiệm kỳ.\n\nIII- Kiến nghị\n\nĐề nghị Tỉnh ủy quan tâm.\n", t)
    only(t, [(18, 1, "TB022")])
    t = variant("II- Nhiệm vụ", "ii- Nhiệm vụ")
    t = variant("2- Chuẩn bị tốt Hội nghị giữa nhiệm kỳ.\n",
                "2- Chuẩn bị tốt Hội nghị giữa nhiệm kỳ.\n\niii- Kiến nghị\n\nĐề nghị Tỉnh ủy quan tâm.\n", t)
    only(t, [(18, 1, "TB022"), (28, 1, "TB022")])


def test_tb022_a_lone_lower_case_i_is_a_lettered_point():
    t = variant("+ Khảo sát", "i) Khảo sát")
    found = only(t, [(22, 1, "TB022")])
    assert "point i first: expected a" in found[0].message  # the points' sequence, not a part in lower case


def test_tb023_a_bullet_glued_to_its_text():
    t = variant("+ Kiện toàn", "+Kiện toàn")
    found = only(t, [(24, 1, "TB023")])
    assert found[0].message == 'put a space after the bullet "+"' and found[0].end_column == 2
    t = variant("+ Khảo sát", "- Khảo sát")
    t = variant("+ Kiện toàn", "-Rà soát, kiện toàn", t)
    only(t, [(24, 1, "TB023")])


def test_tb023_a_wrong_marker_glued_to_its_text_is_one_finding():
    t = variant("+ Khảo sát", "•Khảo sát")
    found = only(t, [(22, 1, "TB023")])
    assert "not \"•\"" in found[0].message


def test_tb040_an_invisible_character_inside_a_word():
    for ch, name in (("\u200b", "zero-width space U+200B"), ("\u00ad", "soft hyphen U+00AD"),
                     ("\ufeff", "U+FEFF"), ("\u200e", "left-to-right mark U+200E")):
        t = variant("Kiện toàn các", f"Kiện to{ch}àn các")
        found = only(t, [(24, col(t, 24, ch), "TB040")])
        assert name in found[0].message and found[0].severity == "warning"
        assert "legacy" not in found[0].message  # a soft hyphen is no TCVN3 letter


def test_tb040_an_invisible_character_between_words_is_left_alone():
    passes(variant("Kiện toàn các", "Kiện toàn\u200b các"), "TB040")


def test_tb024_a_doubled_dot_before_the_end_mark():
    t = variant("biết, thực hiện./.", "biết, thực hiện../.")
    found = only(t, [(28, col(t, 28, "../."), "TB024")])
    assert found[0].message == 'one full stop before "/.": end the body with "./.", not "../."'
    passes(variant("biết, thực hiện./.", "biết, thực hiện.../."), "TB024")  # an ellipsis is no doubled dot


# --- 3. "-" then "+": nesting, not a mix ---------------------------------------------------------

BULLETS = "+ Khảo sát, đánh giá tình hình tổ chức cơ sở đảng.\n\n+ Kiện toàn các chi bộ trực thuộc."


def test_tb023_a_plus_list_under_a_dash_entry_is_nested_not_mixed():
    # format-rules.md §6.1: bullets "-", then "+" — the parser nests the "+" entries
    t = variant(BULLETS, "- Khảo sát.\n\n+ Kiện toàn chi bộ A.\n\n+ Kiện toàn chi bộ B.\n\n- Rà soát.")
    only(t, [])


def test_tb023_a_dash_among_plus_entries_is_one_mix():
    # "+", "-", "+": the "-" breaks the "+" list (the "+" after it nests under it) — one finding
    t = variant(BULLETS, "+ Khảo sát.\n\n- Kiện toàn chi bộ A.\n\n+ Rà soát.")
    found = only(t, [(24, 1, "TB023")])
    assert "one list, one marker" in found[0].message
