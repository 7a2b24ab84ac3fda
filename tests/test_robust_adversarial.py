"""Adversarial inputs (benchmarks/adversarial.py): documented outcomes, lossless, linear time.

Each case is built at two sizes, 8× apart (a few percent of the sizes the issue names — the full
sizes are timed by ``benchmarks/bench_adversarial.py``). The larger one must satisfy every
property of ``test_robust_properties.check_bytes``; and its parse may take at most 30× the
smaller one's (linear is 8×, quadratic 64×): a generous guard against catastrophic backtracking
and quadratic loops, not a benchmark. The same-run baseline keeps it independent of machine speed.
"""
from __future__ import annotations

import gc
import sys
import time

import pytest

import tbparse
from tbparse.output import to_json
from tbparse.parser import parse_source
from tbparse.source import from_bytes

from .conftest import ROOT
from .test_robust_properties import check_bytes, one_line

sys.path.insert(0, str(ROOT / "benchmarks"))
from adversarial import CASES  # noqa: E402

SMALL = 0.01
GROWTH_LIMIT = 30.0
SLACK = 0.05  # seconds: timer noise on the tiny cases


def _parse_seconds(data: bytes) -> float:
    gc.collect()
    t0 = time.perf_counter()
    try:
        to_json(parse_source(from_bytes(data)))
    except tbparse.TbparseError as err:
        one_line(err)
    return time.perf_counter() - t0


@pytest.mark.parametrize("name", list(CASES))
def test_adversarial_input(name: str) -> None:
    build = CASES[name]
    small, big = build(SMALL), build(8 * SMALL)
    t_small = min(_parse_seconds(small) for _ in range(2))
    t_big = _parse_seconds(big)
    if t_big > GROWTH_LIMIT * t_small + SLACK:
        # a neighbour's burst on a shared machine lands on one run; real quadratic growth on all
        t_big = min(t_big, *(_parse_seconds(big) for _ in range(2)))
    assert t_big <= GROWTH_LIMIT * t_small + SLACK, (
        f"{name}: {len(small):,} B in {t_small * 1e3:.1f} ms but {len(big):,} B in {t_big * 1e3:.1f} ms"
    )
    check_bytes(big)


def test_full_size_ten_megabyte_line_is_refused_or_parsed_quickly_enough() -> None:
    """The one full-size case worth running here: 10 MB in one line, through the size limit path."""
    data = CASES["10 MB single line"](1.0)
    assert len(data) < 20 * 1024 * 1024  # under the default --max-size: it is parsed
    with pytest.raises(tbparse.InputTooLarge) as exc:
        from_bytes(data, max_size=1_000_000)
    one_line(exc.value)
    assert "over the --max-size limit" in str(exc.value)
