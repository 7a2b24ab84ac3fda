"""stdlib ``re`` vs the ``regex`` package on tbparse's own patterns, over the seed's lines.

tbparse uses ``re`` only (``docs/vietnamese-text.md`` §3: faster to match, compile and import).
This checks that on the patterns the parser actually runs: every module-level pattern of the
parse steps, ``lines``, ``vocab`` and ``extract`` is compiled with both engines and searched over
every line of the seed (plain and folded); printed: the total time of each engine, the ratio, and
the patterns where ``regex`` would win. Compile and import times are printed too.

Note: ``header.DATE_LINE`` is searched here over whole body lines, which the parser never does (it
runs on short header cells); on long lines ``re`` tries its bounded place from every start.

Usage: ``python benchmarks/bench_regex.py [FILE]``
"""
from __future__ import annotations

import importlib
import re
import subprocess
import sys
import time

from _timing import SEED, machine

MODULES = ("tbparse.lines", "tbparse.vocab", "tbparse.steps.zones", "tbparse.steps.header",
           "tbparse.steps.footer", "tbparse.steps.paragraphs", "tbparse.steps.closing",
           "tbparse.steps.structure", "tbparse.steps.meeting", "tbparse.extract.refs",
           "tbparse.extract.dates", "tbparse.extract.people", "tbparse.extract.abbrev")


def collect() -> list[tuple[str, re.Pattern]]:
    from tbparse.extract import lazy_re

    out = []
    for name in MODULES:
        mod = importlib.import_module(name)
        for var, val in vars(mod).items():
            if isinstance(val, lazy_re):
                val = re.compile(*val._args)
            if isinstance(val, re.Pattern):
                out.append((f"{name.rsplit('.', 1)[1]}.{var}", val))
    return out


def timed(fn, loops: int = 20) -> float:
    best = float("inf")
    for _ in range(5):
        t0 = time.perf_counter()
        for _ in range(loops):
            fn()
        best = min(best, (time.perf_counter() - t0) / loops)
    return best


def main() -> int:
    try:
        import regex
    except ImportError:
        print("the regex package is not installed: nothing to compare")
        return 0
    from tbparse.fold import fold

    path = sys.argv[1] if len(sys.argv) > 1 else str(SEED)
    lines = [ln for ln in open(path, encoding="utf-8").read().split("\n") if ln.strip()]
    texts = lines + [fold(ln) for ln in lines]
    rows = []
    t_re = t_rx = c_re = c_rx = 0.0
    for name, p in collect():
        try:
            rp = regex.compile(p.pattern, p.flags & ~re.UNICODE | regex.VERSION0)
        except Exception as exc:  # noqa: BLE001
            print(f"  {name}: regex cannot compile it ({exc})")
            continue
        a = timed(lambda: [p.search(t) for t in texts])
        b = timed(lambda: [rp.search(t) for t in texts])
        t_re += a
        t_rx += b
        re.purge()
        t0 = time.perf_counter()
        re.compile(p.pattern, p.flags)
        c_re += time.perf_counter() - t0
        regex.purge()
        t0 = time.perf_counter()
        regex.compile(p.pattern, p.flags & ~re.UNICODE | regex.VERSION0)
        c_rx += time.perf_counter() - t0
        rows.append((b / a if a else 1.0, name, a, b))
    print(f"bench_regex: {len(rows)} patterns × {len(texts)} lines of {path} — {machine()}")
    print(f"  search, all patterns, all lines: re {t_re * 1e3:.2f} ms, regex {t_rx * 1e3:.2f} ms"
          f"  → regex/re {t_rx / t_re:.2f}")
    slowest = max(rows, key=lambda r: r[2])
    print(f"  without the slowest for re ({slowest[1]}): re {(t_re - slowest[2]) * 1e3:.2f} ms, "
          f"regex {(t_rx - slowest[3]) * 1e3:.2f} ms → regex/re {(t_rx - slowest[3]) / (t_re - slowest[2]):.2f}")
    ratios = sorted(r[0] for r in rows)
    print(f"  per pattern regex/re: median {ratios[len(ratios) // 2]:.2f}, "
          f"re faster on {sum(r > 1 for r in ratios)} of {len(ratios)}")
    print(f"  compile, all patterns: re {c_re * 1e3:.1f} ms, regex {c_rx * 1e3:.1f} ms")
    imp = {}
    for mod in ("re", "regex"):
        best = min(
            float(subprocess.run([sys.executable, "-X", "importtime", "-c", f"import {mod}"],
                                 capture_output=True, text=True).stderr.strip().splitlines()[-1].split("|")[1])
            for _ in range(5)
        )
        imp[mod] = best / 1e3
    print(f"  import (cumulative, best of 5): re {imp['re']:.1f} ms, regex {imp['regex']:.1f} ms")
    wins = [r for r in rows if r[0] < 0.9]
    print(f"  patterns where regex is faster by >10 %: {len(wins)}"
          + "".join(f"\n    {n}: {a * 1e6:.0f} → {b * 1e6:.0f} µs" for _, n, a, b in sorted(wins)[:8]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
