"""A quick mutation run without coverage: many more inputs a second than libFuzzer's instrumented runs.

Each input is a seed (``fuzz/corpus-work/seeds4k``, see make_seeds.py) changed a few times at
random: a dictionary token (``fuzz/tbparse.dict``) put in at a byte, a line of page furniture, web
chrome, an appendix or a footnote (``LINES``) put in at a line start, a range deleted or copied,
a piece of another seed put in, a byte changed. It goes through the byte path and the text path
with the properties of fuzz_parse.py (no exception, lossless against ``oracle_text``), and with
``--lint`` through every rule as well. A failing input is written to
``fuzz/corpus-work/findings/mutate-…`` and the run goes on.

On a loaded machine (libFuzzer at a few executions a second) this finds the shallow failures of new
code fast; libFuzzer's coverage finds the deep ones. Neither replaces the other.

Usage: ``python fuzz/mutate.py SECONDS [RANDOM_SEED] [--lint]``
"""
from __future__ import annotations

import ast
import os
import random
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

import tbparse  # noqa: E402
from tbparse.parser import parse_source  # noqa: E402
from tbparse.source import from_bytes, from_text  # noqa: E402

from tests.lossless import missing_words  # noqa: E402
from tests.test_robust_properties import oracle_text  # noqa: E402

WORK = os.path.join(ROOT, "fuzz", "corpus-work")
# whole lines an archive puts between a document's lines (steps/furniture.py, steps/annexes.py)
LINES = ["- 2 -", "- 3 -", "Trang 2/5", "Trang 3", "2", "3", "4", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 503-TB/TU - Trang 2",
         "PHỤ LỤC", "PHỤ LỤC I", "Phụ lục số 2: DANH SÁCH", "DANH SÁCH CÁN BỘ", "(Kèm theo Thông báo số 503-TB/TU",
         "ngày 16/5/2008)", "(1) Công ty TNHH.", "(2) Nghị định số 168/2016/NĐ-CP", "[1] Ghi chú", "¹ Ghi chú",
         "(*) Ghi chú", "* Ghi chú", "(**) Ghi", "Tin liên quan", "- Thông báo kết luận",
         "Nguồn: Cổng thông tin điện tử Tỉnh ủy", "Lượt xem: 12", "Trang chủ > Văn bản", "SAO Y BẢN CHÍNH",
         "Số 12-SY/VPTU", "Phan Thiết, ngày 3 tháng 6 năm 2008", "STT", "TT", "\f", "", "______________",
         "T/L BAN THƯỜNG VỤ", "Nơi nhận:", "Đồng gửi:", "./."]


def _tokens() -> list[bytes]:
    with open(os.path.join(ROOT, "fuzz", "tbparse.dict"), encoding="ascii") as fh:
        return [ast.literal_eval("b" + ln.strip()) for ln in fh if ln.startswith('"')]


def mutate(rnd: random.Random, data: bytes, seeds: list[bytes], tokens: list[bytes], max_len: int = 4096) -> bytes:
    b = bytearray(data)
    for _ in range(rnd.randint(1, 6)):
        op, n = rnd.randrange(8), len(b)
        if op == 0 and n:
            i = rnd.randrange(n)
            b[i:i] = rnd.choice(tokens)
        elif op == 1 and n > 2:
            i = rnd.randrange(n)
            del b[i: i + rnd.randint(1, 200)]
        elif op == 2 and n > 2:
            i, k = rnd.randrange(n), rnd.randrange(n)
            b[k:k] = b[i: i + rnd.randint(1, 300)]
        elif op == 3:
            other = rnd.choice(seeds)
            i, k = rnd.randrange(len(other)), rnd.randrange(n + 1)
            b[k:k] = other[i: i + rnd.randint(1, 800)]
        elif op == 4 and n:
            b[rnd.randrange(n)] = rnd.randrange(256)
        elif op == 5 and n:
            i = rnd.randrange(n)
            b[i:i] = rnd.choice([b"\n", b"\n\n", b"\t\t", b"    ", b" "])
        elif op in (6, 7):  # a whole line at a line start: a token, or furniture / annex / chrome
            starts = [i + 1 for i, c in enumerate(b) if c == 10] or [0]
            k = rnd.choice(starts)
            b[k:k] = (rnd.choice(tokens).strip() if op == 6 else rnd.choice(LINES).encode()) + b"\n"
    return bytes(b[:max_len])


def failure(data: bytes, lint: bool) -> str | None:
    """What is wrong with *data* through the byte and the text path, or None."""
    for mode in ("bytes", "text"):
        try:
            src = from_bytes(data) if mode == "bytes" else from_text(data.decode("utf-8", "replace"))
        except tbparse.InputError as err:
            if "\n" in str(err) or "\r" in str(err):
                return f"{mode}: {type(err).__name__} message is not one line"
            continue
        try:
            d = parse_source(src, reject=False)
            lost = missing_words(oracle_text(src.text, d), d)
            if lost:
                return f"{mode}: lossless failure, missing {lost.most_common(4)}"
            if lint:
                from tbparse.lint.engine import lint_source

                lint_source(src)
        except Exception as exc:  # noqa: BLE001 - every exception is a finding
            return f"{mode}: {type(exc).__name__}: {exc}"
    return None


def main() -> int:
    lint = "--lint" in sys.argv
    args = [a for a in sys.argv[1:] if a != "--lint"]
    seconds = float(args[0]) if args else 60.0
    rnd = random.Random(int(args[1]) if len(args) > 1 else None)
    seed_dir = os.path.join(WORK, "seeds4k")
    seeds = [s for s in (open(os.path.join(seed_dir, f), "rb").read() for f in sorted(os.listdir(seed_dir))) if s]
    tokens = _tokens()
    os.makedirs(os.path.join(WORK, "findings"), exist_ok=True)
    end, runs, found = time.time() + seconds, 0, 0
    while time.time() < end:
        data = mutate(rnd, rnd.choice(seeds), seeds, tokens)
        runs += 1
        why = failure(data, lint)
        if why:
            found += 1
            path = os.path.join(WORK, "findings", f"mutate-{found}-{os.urandom(4).hex()}")
            with open(path, "wb") as fh:
                fh.write(data)
            print(f"{why[:200]}  {path}", flush=True)
    print(f"{runs} inputs, {found} failing")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
