"""Adversarial inputs parse in time linear in their size.

Each case of ``adversarial.py`` is parsed (bytes → detect → parse → JSON, as the CLI does) at a
tenth of its size and at full size (the sizes the "Hard to break" issue names). Printed: bytes,
time, the outcome (parsed, or which documented error), the growth factor between the two sizes —
about 10 when the cost is linear, 100 when quadratic — and the cost per byte relative to the seed
notice's, measured in the same run.

Usage: ``python benchmarks/bench_adversarial.py [--scale K] [--only SUBSTRING]``
(``--scale 0.1`` runs everything at a tenth: 0.01× and 0.1×).
"""
from __future__ import annotations

import argparse
import gc
import sys
import time

from _timing import SEED, best_of, machine
from adversarial import CASES


def parse_once(data: bytes) -> tuple[float, str]:
    """(seconds, outcome) of one bytes → JSON run; documented errors are outcomes, not failures."""
    import tbparse
    from tbparse.output import to_json
    from tbparse.parser import parse_source
    from tbparse.source import from_bytes

    gc.collect()
    t0 = time.perf_counter()
    try:
        to_json(parse_source(from_bytes(data), reject=True))
        outcome = "parsed"
    except tbparse.TbparseError as err:
        outcome = type(err).__name__
    return time.perf_counter() - t0, outcome


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--only", default="")
    args = ap.parse_args()

    import tbparse
    from tbparse.output import to_json

    seed = SEED.read_bytes()
    seed_text = seed.decode()
    seed_ms = best_of({"seed": lambda: to_json(tbparse.parse_dict(seed_text))}, rounds=7)["seed"]
    seed_ns_b = seed_ms * 1e6 / len(seed)
    print(f"bench_adversarial — {machine()}; seed notice {seed_ms:.2f} ms = {seed_ns_b:.0f} ns/byte")
    print(f"  {'case':42s} {'bytes':>12s} {'time':>9s}  {'×seed/byte':>10s}  growth  outcome")
    worst = 0.0
    for name, build in CASES.items():
        if args.only not in name:
            continue
        small, big = build(0.1 * args.scale), build(args.scale)
        t_small, _ = parse_once(small)
        t_big, outcome = parse_once(big)
        growth = t_big / t_small if t_small > 0 else float("nan")
        size_growth = len(big) / len(small)
        per_byte = t_big * 1e9 / len(big) / seed_ns_b
        worst = max(worst, growth / size_growth)
        print(f"  {name:42s} {len(big):>12,} {t_big * 1e3:8.1f}ms  {per_byte:10.2f}  {growth:6.1f}  {outcome}"
              + (f"  (input grew {size_growth:.1f}×)" if abs(size_growth - 10) > 1 else ""))
    print(f"  worst growth / input growth: {worst:.2f} (1 = linear; a quadratic case shows ~10)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
