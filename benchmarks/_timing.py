"""Timing helpers shared by the benchmark scripts.

Every script compares tbparse with a baseline measured in the same run, interleaving the cases
round by round and keeping each case's best round, so a neighbour's load on a 2-core machine
shifts both sides alike. Figures are per call, in milliseconds.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "seed-503-tb-tu.txt"


def per_call(fn: Callable[[], object], *, budget: float = 0.05) -> int:
    """How many calls of *fn* fill about *budget* seconds (at least 1)."""
    fn()
    t0 = time.perf_counter()
    fn()
    one = max(time.perf_counter() - t0, 1e-7)
    return max(1, int(budget / one))


def best_of(cases: dict[str, Callable[[], object]], *, rounds: int = 15, budget: float = 0.05,
            between: Callable[[], None] | None = None) -> dict[str, float]:
    """Best per-call time (ms) of each case over *rounds* interleaved rounds; *between* (a case
    timed elsewhere, e.g. in another interpreter) runs one round of its own in each round too."""
    loops = {name: per_call(fn, budget=budget) for name, fn in cases.items()}
    best = {name: float("inf") for name in cases}
    for _ in range(rounds):
        if between is not None:
            between()
        for name, fn in cases.items():
            n = loops[name]
            t0 = time.perf_counter()
            for _ in range(n):
                fn()
            dt = (time.perf_counter() - t0) / n
            if dt < best[name]:
                best[name] = dt
    return {k: v * 1e3 for k, v in best.items()}


def run_wall(argv: list[str], *, env: dict | None = None) -> tuple[float, float]:
    """(wall ms, CPU ms) of one subprocess run, output discarded; raises if it fails.

    CPU time (user + system, from ``wait4``) hardly moves when other processes load the machine,
    while wall time does: on a busy 2-core box both are worth reading.
    """
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    assert proc.stderr is not None
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    dt = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    proc.stderr.close()
    if proc.returncode != 0:
        raise RuntimeError(f"{argv} exited {proc.returncode}: {err.decode(errors='replace')[-300:]}")
    return dt * 1e3, (usage.ru_utime + usage.ru_stime) * 1e3


def median_wall(cases: dict[str, list[str]], *, runs: int = 21,
                extra_env: dict[str, dict[str, str]] | None = None) -> dict[str, tuple[float, float]]:
    """Median (wall ms, CPU ms) of each command over *runs* interleaved runs, after a warm-up each.

    *extra_env* gives a case variables of its own (``{"name": {"TBPARSE_NO_CACHE": "1"}}``)."""
    env = dict(os.environ)
    env.pop("PYTHONSTARTUP", None)
    # A user's install has bytecode caches (pip writes them for site-packages; Python writes them
    # for an editable checkout on first run). With PYTHONDONTWRITEBYTECODE set — as in some
    # sandboxes — every run would recompile tbparse from source (~0.2 s) but not click.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    envs = {k: dict(env, **(extra_env or {}).get(k, {})) for k in cases}
    for name, argv in cases.items():
        run_wall(argv, env=envs[name])
    walls: dict[str, list[float]] = {k: [] for k in cases}
    cpus: dict[str, list[float]] = {k: [] for k in cases}
    for _ in range(runs):
        for name, argv in cases.items():
            w, c = run_wall(argv, env=envs[name])
            walls[name].append(w)
            cpus[name].append(c)
    return {k: (statistics.median(walls[k]), statistics.median(cpus[k])) for k in cases}


def machine() -> str:
    """One line naming the interpreter and the machine, for the figures table."""
    return f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}"


def verdict(value: float, limit: float) -> str:
    return "ok" if value <= limit else "OVER"
