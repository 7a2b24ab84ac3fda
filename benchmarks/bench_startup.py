"""Start-up cost of the command line, as whole processes, against the imports it cannot avoid.

Targets ("Fast" issue, 3 and 4):

* ``tbparse --help`` and ``tbparse --version`` ≤ 1.2 × ``python -c "import click"``;
* ``tbparse notice.txt --json`` (cold process) ≤ 1.4 × ``python -c "import click, pydantic"``.

``tbparse check DRAFT`` (a cold lint of one draft, fixtures/lint/draft-many-faults.txt) is timed
too, for information: it pays for the parse chain and every rule module on top of click.

Compiled regex programs are kept between runs (``tbparse.recache``, as ``.pyc`` files keep bytecode):
the script gives tbparse a cache directory of its own, which the warm-up run fills, so the timed
runs are what every run after a user's first costs. ``FILE --json, no regex cache``
(``TBPARSE_NO_CACHE=1``) is what the very first run of an install costs, or every run where no
cache can be written; it is printed beside, with no target.

Each command runs once to warm the file cache, then the median of many interleaved runs is kept,
of wall time and of CPU time (user + system: the steadier figure when the machine is busy).
The tbparse commands run through the installed console script (what a user types) when it sits
next to this interpreter, else ``python -m tbparse``. The heavy modules each command imported are
listed too (``-X importtime``): --help/--version must load none of pydantic, rich, yaml, regex.

Usage: ``python benchmarks/bench_startup.py [FILE] [--draft DRAFT] [--runs N]``
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile

from _timing import SEED, machine, median_wall, verdict

HEAVY = ("pydantic", "rich", "yaml", "regex", "docx", "lxml")


def tbparse_cmd() -> list[str]:
    script = os.path.join(os.path.dirname(sys.executable), "tbparse")
    return [script] if os.path.exists(script) else [sys.executable, "-m", "tbparse"]


def heavy_imports(argv: list[str]) -> list[str]:
    """Top-level packages among HEAVY that the command imported."""
    env = dict(os.environ, PYTHONPROFILEIMPORTTIME="1")
    r = subprocess.run(argv, capture_output=True, env=env)
    seen = set()
    for line in r.stderr.decode(errors="replace").splitlines():
        if line.startswith("import time:") and "|" in line:
            name = line.rsplit("|", 1)[1].strip().split(".")[0]
            if name in HEAVY:
                seen.add(name)
    return sorted(seen)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("file", nargs="?", default=str(SEED))
    ap.add_argument("--draft", default=str(SEED.parent / "lint" / "draft-many-faults.txt"))
    ap.add_argument("--runs", type=int, default=21)
    args = ap.parse_args()

    py = sys.executable
    tb = tbparse_cmd()
    cases = {
        "python -c pass": [py, "-c", "pass"],
        "python -c 'import click'": [py, "-c", "import click"],
        "python -c 'import click, pydantic'": [py, "-c", "import click, pydantic"],
        "tbparse --help": [*tb, "--help"],
        "tbparse --version": [*tb, "--version"],
        "tbparse FILE --json": [*tb, args.file, "--json"],
        "tbparse FILE --json, no regex cache": [*tb, args.file, "--json"],
        "tbparse check DRAFT": [*tb, "check", args.draft, "--exit-zero"],
    }
    cache = tempfile.mkdtemp(prefix="tbparse-bench-cache-")
    try:
        os.environ["TBPARSE_CACHE_DIR"] = cache
        res = median_wall(cases, runs=args.runs, extra_env={"tbparse FILE --json, no regex cache": {"TBPARSE_NO_CACHE": "1"}})
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    print(f"bench_startup: {' '.join(tb)} — {machine()}, median of {args.runs} runs (wall / CPU ms)")
    for name, (wall, cpu) in res.items():
        print(f"  {name:40s} {wall:7.1f} {cpu:7.1f}")

    def ratio(name: str, base: str, limit: float) -> None:
        rw, rc = res[name][0] / res[base][0], res[name][1] / res[base][1]
        heavy = heavy_imports(cases[name])
        ok = verdict(rw, limit) if rw <= limit else f"{verdict(rw, limit)} on wall, {verdict(rc, limit)} on CPU"
        print(f"  {name} / {base:34s} wall {rw:5.2f}  CPU {rc:5.2f}  target ≤ {limit} [{ok}]"
              f"  heavy imports: {', '.join(heavy) or 'none'}")

    ratio("tbparse --help", "python -c 'import click'", 1.2)
    ratio("tbparse --version", "python -c 'import click'", 1.2)
    ratio("tbparse FILE --json", "python -c 'import click, pydantic'", 1.4)
    rw, rc = (res["tbparse FILE --json, no regex cache"][k] / res["python -c 'import click, pydantic'"][k] for k in (0, 1))
    print(f"  tbparse FILE --json, no regex cache / python -c 'import click, pydantic'  wall {rw:5.2f}  CPU {rc:5.2f}"
          "  (a first run: no target)")
    rw, rc = (res["tbparse check DRAFT"][k] / res["python -c 'import click, pydantic'"][k] for k in (0, 1))
    print(f"  tbparse check DRAFT / python -c 'import click, pydantic'  wall {rw:5.2f}  CPU {rc:5.2f}  (no target)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
