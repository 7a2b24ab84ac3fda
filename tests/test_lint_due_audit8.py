"""Audit 8 of the linter and the deadline reader: what the last lint and parser audits found but
left open — one finding of the right rule on the right line and column for each mistake, nothing
for what the format rules allow, and a recurring deadline's ``due``.

Built like tests/test_lint_rules.py: the clean notice with one part changed (``variant``), the
findings checked exactly (``only``: this mistake gives nothing else; ``check``: the codes named).
"""
from __future__ import annotations

from .test_lint_rules import col, findings, only, passes, variant


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


# --- 4. recurring deadlines: the next one due, as "hằng năm" already was -------------------------

def due(text: str, not_before: str | None = "2019-05-16", year: int | None = 2019):
    from tbparse.extract import find_due

    return find_due(text, line=1, default_year=year, not_before=not_before)


def test_due_a_day_of_every_month_is_the_next_such_day():
    assert due("Báo cáo kết quả trước ngày 25 hằng tháng.") == {"text": "trước ngày 25 hằng tháng", "by": "2019-05-25"}
    assert due("Báo cáo trước ngày 10 hàng tháng về Ban.") == {"text": "trước ngày 10 hàng tháng", "by": "2019-06-10"}
    assert due("trước ngày 10 hằng tháng", not_before="2019-12-16")["by"] == "2020-01-10"  # over the year's end
    assert due("trước ngày 31 hằng tháng", not_before="2019-02-10")["by"] == "2019-02-28"  # a shorter month
    assert due("trước ngày 25 hằng tháng", not_before=None) == {"text": "trước ngày 25 hằng tháng", "by": None}
    assert due("Báo cáo ngày 25 hằng tháng.") is None  # no trigger, as for any other day


def test_due_a_yearly_day_is_unchanged():
    assert due("Báo cáo trước ngày 15/12 hằng năm.") == {"text": "trước ngày 15/12 hằng năm", "by": "2019-12-15"}
    assert due("Báo cáo trước ngày 15/01 hằng năm.")["by"] == "2020-01-15"


def test_due_a_recurring_period_ends_with_the_current_one():
    assert due("Báo cáo định kỳ hằng quý.") == {"text": "định kỳ hằng quý", "by": "2019-06-30"}
    assert due("Định kỳ hằng tháng báo cáo Thường trực.") == {"text": "Định kỳ hằng tháng", "by": "2019-05-31"}
    assert due("Các chi bộ sinh hoạt; định kỳ hằng năm báo cáo Ban.") == {"text": "định kỳ hằng năm", "by": "2019-12-31"}
    assert due("Thời gian: hằng quý") == {"text": "hằng quý", "by": "2019-06-30"}
    assert due("định kỳ hằng quý", not_before="2019-12-16")["by"] == "2019-12-31"
    assert due("định kỳ hằng quý", not_before=None)["by"] is None


def test_due_a_recurrence_that_sets_no_deadline():
    # a noun phrase and how often a task recurs (corpus 006_hd-45-btctw), a plain "Hằng năm, …"
    assert due("trên cơ sở kết quả đánh giá cán bộ định kỳ hằng năm của cấp có thẩm quyền") is None
    assert due("rà soát, bổ sung quy hoạch nhiệm kỳ 2025-2030, 2026-2031 định kỳ hằng năm theo đúng quy định.") is None
    assert due("Hằng năm, tổ chức sơ kết việc thực hiện.") is None
    assert due("Ngân hàng tỉnh bảo đảm vốn cho mỗi tháng đầu năm.") is None


def test_due_in_a_parse_and_the_monthly_day_in_dates():
    import tbparse

    t = variant("2- Chuẩn bị tốt Hội nghị giữa nhiệm kỳ.",
                "2- Báo cáo kết quả về Văn phòng Tỉnh ủy trước ngày 25 hằng tháng.\n\n"
                "3- Định kỳ hằng quý báo cáo Thường trực Tỉnh ủy.")
    d = tbparse.parse_dict(t)
    items = d["sections"][1]["items"]
    assert items[1]["due"] == {"text": "trước ngày 25 hằng tháng", "by": "2019-05-25"}
    assert items[2]["due"] == {"text": "Định kỳ hằng quý", "by": "2019-06-30"}
    assert {"text": "ngày 25 hằng tháng", "date": None, "start": None, "end": None, "line": 26} in d["dates"]
    tbparse.parse(t)  # the models take it


def test_due_a_recurring_period_without_a_date_in_a_parse():
    # "báo cáo định kỳ hằng tháng" holds no date the dates pass finds: "hằng" opens the gate too
    import tbparse

    t = variant("2- Chuẩn bị tốt Hội nghị giữa nhiệm kỳ.",
                "2- Các chi bộ báo cáo định kỳ hằng tháng về Đảng ủy khối.")
    items = tbparse.parse_dict(t)["sections"][1]["items"]
    assert items[1]["due"] == {"text": "định kỳ hằng tháng", "by": "2019-05-31"}  # the variant is dated 16/5/2019
