"""TB039 on two markings typed on one line: each is judged, and "Tối mật", "Tuyệt mật", "Thượng
khẩn", "Hỏa tốc" are never cut inside ("Tối mật - Khẩn" was cut "Tối" | "mật" | "Khẩn": no marking
found, no finding)."""
from __future__ import annotations

import pytest

import tbparse

from .conftest import SEED

TEXT = SEED.read_text(encoding="utf-8")


def _tb039(marking: str) -> list[str]:
    t = TEXT.replace("                 *\n", "                 *\n" + marking + "\n", 1)
    assert tbparse.parse_dict(t)["markings"], marking
    return [f.message for f in tbparse.lint(t) if f.code in ("TB039", "TB000")]


@pytest.mark.parametrize("typed, wanted", [
    ("Tối mật - Khẩn", ["TỐI MẬT", "KHẨN"]),
    ("Tối mật  Khẩn", ["TỐI MẬT", "KHẨN"]),
    ("Hỏa tốc, Mật", ["HỎA TỐC", "MẬT"]),
    ("Thượng khẩn / Tuyệt mật", ["THƯỢNG KHẨN", "TUYỆT MẬT"]),
    ("Mật Khẩn", ["MẬT", "KHẨN"]),
])
def test_each_marking_on_the_line_is_asked_for_capitals(typed: str, wanted: list[str]) -> None:
    assert _tb039(typed) == [f'write the marking in capitals: "{w}"' for w in wanted]


@pytest.mark.parametrize("typed", ["TỐI MẬT KHẨN", "THƯỢNG KHẨN - TỐI MẬT", "HỎA TỐC", "MẬT, KHẨN"])
def test_capitals_pass(typed: str) -> None:
    assert _tb039(typed) == []
