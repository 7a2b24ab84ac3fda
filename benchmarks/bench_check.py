"""``tbparse check`` on 1,000 generated notices against parsing the same notices, in the same run.

The notices are the clean template of the lint tests (fixtures/lint/clean-2019.txt) and the
reference notice, varied (number, date, signer, recipients) and with one fault of a rotating set
injected in most of them, so every rule has work. Checking parses each notice once and then runs
every rule; the ratio check/parse says what the rules add on top of the parse.

    .venv/bin/python benchmarks/bench_check.py [--n 1000] [--rounds 5]
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from tbparse.lint.engine import lint_source  # noqa: E402
from tbparse.parser import parse_source  # noqa: E402
from tbparse.source import from_text  # noqa: E402

TEMPLATE = (ROOT / "fixtures" / "lint" / "clean-2019.txt").read_text(encoding="utf-8")
SEED = (ROOT / "fixtures" / "seed-503-tb-tu.txt").read_text(encoding="utf-8")

# (old, new) faults injected one per notice, in rotation; None = a clean notice
FAULTS = [
    None,
    ("Số 05-TB/TU", "Số: 05/TB-TU"),
    ("ngày 16 tháng 5", "ngày 16  tháng 05"),
    ("ĐẢNG CỘNG SẢN VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("T/L BAN THƯỜNG VỤ", "TL. BAN THƯỜNG VỤ"),
    ("- Đảng ủy khối Doanh nghiệp,", "- Đảng ủy khối Doanh nghiệp"),
    ("thực hiện./.", "thực hiện."),
    ("2- Chuẩn bị", "3- Chuẩn bị"),
    ("Chỉ thị số 20-CT/TU", "Chỉ thị số 20/CT-TU"),
    ("- Lưu Văn phòng Tỉnh ủy.", "- Lưu: VT."),
    ("\nkết luận của Thường trực Tỉnh ủy\n", "\nKẾT LUẬN CỦA THƯỜNG TRỰC TỈNH UỶ\n"),
]
SIGNERS = ["Huỳnh Đa Trung", "Nguyễn Văn An", "Lê Thị Bích Hạnh", "Trần Quốc Toản", "Phạm Minh"]


def notices(n: int, seed: int = 7) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        if i % 10 == 9:
            out.append(SEED)  # a long real notice every tenth
            continue
        t = TEMPLATE.replace("Số 05-TB/TU", f"Số {rnd.randint(1, 999):02d}-TB/TU")
        t = t.replace("ngày 16 tháng 5 năm 2019", f"ngày {rnd.randint(15, 28)} tháng {rnd.randint(3, 12)} năm {rnd.randint(2019, 2025)}")
        t = t.replace("Huỳnh Đa Trung", rnd.choice(SIGNERS))
        extra = "".join(f"- Ban {k} Tỉnh ủy,\n" for k in range(rnd.randint(0, 6)))
        t = t.replace("- Lưu Văn phòng", extra + "- Lưu Văn phòng")
        fault = FAULTS[i % len(FAULTS)]
        if fault and fault[0] in t:
            t = t.replace(fault[0], fault[1], 1)
        out.append(t)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    texts = notices(args.n)
    sources = [from_text(t) for t in texts]
    lint_source(sources[0])  # discover and import the rules outside the timing

    def parse_all() -> int:
        return sum(len(parse_source(s, reject=False)["warnings"]) for s in sources)

    def check_all() -> int:
        return sum(len(lint_source(s)) for s in sources)

    wall = {"parse": float("inf"), "check": float("inf")}
    cpu = dict(wall)
    findings = 0
    for _ in range(args.rounds):  # interleaved rounds, best of each: a busy machine slows both alike
        for name, fn in (("parse", parse_all), ("check", check_all)):
            t0, c0 = time.perf_counter(), time.process_time()
            got = fn()
            wall[name] = min(wall[name], time.perf_counter() - t0)
            cpu[name] = min(cpu[name], time.process_time() - c0)
            if name == "check":
                findings = got
    n = len(sources)
    print(f"{n} notices, {findings} findings, best of {args.rounds} interleaved rounds (wall / CPU)")
    for name in ("parse", "check"):
        print(f"  {name:<6} {wall[name] * 1e3:8.1f} / {cpu[name] * 1e3:8.1f} ms total   "
              f"{wall[name] / n * 1e3:6.3f} / {cpu[name] / n * 1e3:6.3f} ms per notice")
    print(f"  check / parse   {wall['check'] / wall['parse']:5.2f}x wall   {cpu['check'] / cpu['parse']:5.2f}x CPU"
          f"   (the rules add {(cpu['check'] - cpu['parse']) / n * 1e3:.3f} ms CPU per notice)")


if __name__ == "__main__":
    main()
