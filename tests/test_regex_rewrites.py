"""Patterns rewritten to run in linear time match what the old, backtracking forms matched.

The sixth session's regex review (fuzz/README.md) found five patterns quadratic on one long run:
each rewrite is checked here against the old pattern on many generated strings (the old pattern
is kept in the test only), and the growth on the hostile run is guarded — 8× the input may cost
at most 30× the time (linear is 8×, quadratic 64×).
"""
from __future__ import annotations

import random
import re
import time

import pytest

from tbparse.docx_reader import _VML_STYLE
from tbparse.lines import _HEADING_CLOSE
from tbparse.steps.structure import _adopts
from tbparse.vocab import SIGNED_NOTE, _LABEL_TAIL

OLD_VOTE = re.compile(r"Kết quả biểu quyết|\S[^.;:]*biểu quyết[^.;]*thông qua")
OLD_LABEL_TAIL = re.compile(r"(?:[\s:;.,_*]|[-–](?=[\s:;.,_*\-–]*$))*")
OLD_HEADING_CLOSE = re.compile(r"[ \t]+#+[ \t]*$")
OLD_VML_STYLE = re.compile(r"\s*([\w-]+)\s*:\s*([^;]*)")


def _strings(pieces: list[str], n: int = 3000, seed: int = 7) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12))) for _ in range(n)]


def test_vote_as_before() -> None:
    pieces = ["biểu quyết", "thông qua", "Kết quả biểu quyết", ".", ";", ":", " ", "Chi bộ", "x", "\t"]
    for s in _strings(pieces) + ["Hội nghị nhất trí biểu quyết thông qua Nghị quyết.",
                                 "Chi bộ biểu quyết 15/15 đồng ý.", "Kết quả biểu quyết: 15/15"]:
        assert _adopts(s) == (OLD_VOTE.match(s) is not None), s


def test_label_tail_as_before() -> None:
    pieces = [" ", ":", ";", ".", ",", "_", "*", "-", "–", "x", "\n", "Thường trực"]
    for s in _strings(pieces):
        for pos in range(0, min(len(s), 3) + 1):
            assert _LABEL_TAIL.match(s, pos).end() == OLD_LABEL_TAIL.match(s, pos).end(), (s, pos)


def test_heading_close_as_before() -> None:
    pieces = [" ", "\t", "#", "##", "x", "THÔNG BÁO", "\n"]
    for s in _strings(pieces):
        old, new = OLD_HEADING_CLOSE.search(s), _HEADING_CLOSE.search(s)
        assert (old and old.span()) == (new and new.span()), s


def test_vml_style_as_before() -> None:
    pieces = ["position", ":", "absolute", ";", " ", "margin-left", "250pt", "-", "mso_x", "\t"]
    for s in _strings(pieces) + ["position:absolute;margin-left:250pt;width:200pt", "  left: 3pt ; top:4pt"]:
        assert _VML_STYLE.findall(s) == OLD_VML_STYLE.findall(s), s


@pytest.mark.parametrize("note", ["(đã ký)", "(Đã ký và đóng dấu)", "[Đã ký]", "(Ký, ghi rõ họ tên)",
                                  "(ký tên, đóng dấu)", "(Chữ ký, dấu)", "(đã ký, đóng dấu) Nguyễn Văn A"])
def test_signed_note_still_found(note: str) -> None:
    from tbparse.fold import fold

    assert SIGNED_NOTE.search(fold(note)) is not None


def _growth(fn, make) -> tuple[float, float]:  # noqa: ANN001
    small, big = make(2_000), make(16_000)
    t = [0.0, 0.0]
    for k, s in enumerate((small, big)):
        t0 = time.perf_counter()
        fn(s)
        t[k] = time.perf_counter() - t0
    return t[0], t[1]


@pytest.mark.parametrize("name,fn,make", [
    ("vote", _adopts, lambda n: "Chi bộ " + "biểu quyết " * n),
    ("label tail", lambda s: _LABEL_TAIL.match(s, 0), lambda n: "-" * (10 * n) + "x"),
    ("heading close", _HEADING_CLOSE.search, lambda n: "# A" + " " * (10 * n) + "x"),
    ("vml style", _VML_STYLE.findall, lambda n: "a" * (10 * n)),
    ("signed note", SIGNED_NOTE.search, lambda n: "(da ky " * n),
])
def test_linear_on_the_hostile_run(name: str, fn, make) -> None:  # noqa: ANN001
    runs = [_growth(fn, make) for _ in range(5)]
    small, big = min(r[0] for r in runs), min(r[1] for r in runs)  # each size's best: load comes and goes
    assert big <= 30 * small + 0.01, f"{name}: {small * 1e3:.2f} ms then {big * 1e3:.2f} ms"
