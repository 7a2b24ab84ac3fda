"""Code review of the day's commits (since a84de94): what the review found wrong in the code,
pinned by a case that failed before its fix.

Built like tests/test_lint_due_audit8.py: the clean notice of 16/5/2019 with one item changed.
"""
from __future__ import annotations

import pytest

import tbparse

from .test_lint_rules import variant


@pytest.mark.parametrize("every, by", [("mỗi tháng", "2019-05-31"), ("mỗi năm", "2019-12-31"),
                                        ("hàng tháng", "2019-05-31")])
def test_a_recurring_period_opens_the_deadline_gate_in_any_spelling(every: str, by: str) -> None:
    # find_due reads "định kỳ mỗi tháng" (dates._EVERY takes "hằng", "hàng" and "mỗi"), but the
    # extract step's gate opened only on "quý", "hằng" and "hàng", so a parse never asked it
    t = variant("2- Chuẩn bị tốt Hội nghị giữa nhiệm kỳ.",
                f"2- Các chi bộ báo cáo định kỳ {every} về Đảng ủy khối.")
    items = tbparse.parse_dict(t)["sections"][1]["items"]
    assert items[1]["due"] == {"text": f"định kỳ {every}", "by": by}
