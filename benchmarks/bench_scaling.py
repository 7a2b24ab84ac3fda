"""Parse cost grows linearly with input size: the seed with its body repeated 10× and 100×.

Target ("Fast" issue, 2): a notice 10× / 100× longer costs ≤ 11× / ≤ 110× the seed.
The header, title and footer stay single; only the body lines (between the subject and the
footer, as the zones step cuts them) are repeated, so every repetition is parsed as body text.

Usage: ``python benchmarks/bench_scaling.py [FILE] [--rounds N]``
"""
from __future__ import annotations

import argparse
import sys

from _timing import SEED, best_of, machine, verdict


def scaled(text: str, k: int) -> str:
    """*text* with its body lines repeated *k* times (header, title and footer kept once)."""
    from tbparse.source import from_text
    from tbparse.state import State
    from tbparse.steps import zones

    st = State(from_text(text))
    zones.run(st)
    a, b = st.body
    raw = text.split("\n")
    # Line objects are 1-based and map 1:1 to the physical lines of LF text
    head, body, tail = raw[:a], raw[a:b], raw[b:]
    return "\n".join(head + body * k + tail)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("file", nargs="?", default=str(SEED))
    ap.add_argument("--rounds", type=int, default=7)
    args = ap.parse_args()

    import tbparse
    from tbparse.output import to_json

    text = open(args.file, encoding="utf-8").read()
    texts = {k: scaled(text, k) for k in (1, 10, 100)}
    cases = {f"{k}x": (lambda t=t: to_json(tbparse.parse_dict(t))) for k, t in texts.items()}
    res = best_of(cases, rounds=args.rounds, budget=0.2)
    print(f"bench_scaling: {args.file} — {machine()}")
    base = res["1x"]
    for k, t in texts.items():
        ms = res[f"{k}x"]
        line = f"  body ×{k:<4d} {len(t.encode()):>10,} bytes {ms:9.2f} ms   {ms / base:7.1f} × the seed"
        if k > 1:
            limit = k * 1.1
            line += f"   target ≤ {limit:g} [{verdict(ms / base, limit)}]"
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
