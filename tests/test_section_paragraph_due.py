"""A deadline stated in a section's own paragraph is that paragraph's ``due`` — a request left
after a list ("Đề nghị … trước 16 giờ 00 ngày 12/10/2024.") has no item to carry it."""
from __future__ import annotations

from pathlib import Path

import tbparse

EXPORTS = Path(__file__).parent / "data" / "exports"
FIXTURES = Path(__file__).parent.parent / "fixtures"


def _section_dues(d: dict) -> list[tuple[int, str, str | None]]:
    return [(p["line"], p["due"]["text"], p["due"]["by"]) for s in d["sections"] for p in s["paragraphs"] if "due" in p]


def test_a_request_after_a_schedule_keeps_its_deadline() -> None:
    d = tbparse.parse_dict((EXPORTS / "42-quan-uy-tb-lich-cong-tac-dong-gui-2024.txt").read_text(encoding="utf-8"))
    assert _section_dues(d) == [(27, "trước 16 giờ 00 ngày 12/10/2024", "2024-10-12")]
    # and no bullet took it
    assert all("due" not in b for s in d["sections"] for i in s["items"] for b in i["bullets"])


def test_a_time_paragraph_under_a_bold_web_heading() -> None:
    d = tbparse.parse_dict((FIXTURES / "golden-web-bold-numbered.txt").read_text(encoding="utf-8"))
    assert _section_dues(d) == [(43, "trước ngày 31/3/2023", "2023-03-31")]


def test_no_due_in_the_assessment_nor_before_the_notice() -> None:
    text = (EXPORTS / "42-quan-uy-tb-lich-cong-tac-dong-gui-2024.txt").read_text(encoding="utf-8")
    d = tbparse.parse_dict(text.replace("ngày 12/10/2024", "ngày 12/10/2023"))  # before the notice's date
    assert _section_dues(d) == []
    seed = tbparse.parse_dict((FIXTURES / "seed-503-tb-tu.txt").read_text(encoding="utf-8"))
    assessment = [s for s in seed["sections"] if s["role"] == "assessment"]
    assert assessment and all("due" not in p for s in assessment for p in s["paragraphs"])


def test_the_model_keeps_and_drops_it_like_the_dict() -> None:
    text = (EXPORTS / "42-quan-uy-tb-lich-cong-tac-dong-gui-2024.txt").read_text(encoding="utf-8")
    out = tbparse.parse(text).to_dict()
    paras = [p for s in out["sections"] for p in s["paragraphs"]]
    assert [p["due"]["by"] for p in paras if "due" in p] == ["2024-10-12"]
    assert all("due" in p or set(p) == {"line", "text"} for p in paras)
