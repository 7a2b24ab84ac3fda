"""Write the fuzzing seed corpus from ``fixtures/``: every notice as it is and re-encoded.

Seeds: each ``fixtures/*.txt`` (UTF-8), and each also as UTF-8 with BOM, UTF-16 (BOM), UTF-16-LE
without BOM, CRLF, cp1258, TCVN3, VNI, VISCII and VPS (the test-side encoders of
``tests/encode_helpers.py``), plus a few small inputs (empty, one line, a State header). Files
larger than ``--max-len`` are cut at a line end so libFuzzer keeps them whole.

Usage: ``python fuzz/make_seeds.py [OUT_DIR] [--max-len N]`` (default ``fuzz/corpus-work/seeds``)
"""
from __future__ import annotations

import argparse
import hashlib
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.encode_helpers import encode  # noqa: E402

VARIANTS = ("utf-8-sig", "utf-16", "utf-16-le", "cp1258", "tcvn3", "vni", "viscii", "vps")
SMALL = [
    b"",
    b"THONG BAO\n",
    "ĐẢNG CỘNG SẢN VIỆT NAM\n".encode(),
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/QĐ-UBND\n".encode(),
    "Nơi nhận:\n- Như trên;\n- Lưu VP.\n".encode(),
]


def cut(data: bytes, max_len: int) -> bytes:
    if len(data) <= max_len:
        return data
    end = data.rfind(b"\n", 0, max_len)
    return data[: end + 1 if end > 0 else max_len]


def seeds(max_len: int) -> list[bytes]:
    out = list(SMALL)
    for path in sorted((ROOT / "fixtures").glob("*.txt")):
        raw = path.read_bytes()
        text = raw.decode("utf-8")
        out.append(raw)
        out.append(text.replace("\n", "\r\n").encode())
        for enc in VARIANTS:
            try:
                out.append(encode(text, enc, ascii_fallback=enc in ("viscii", "vps")))
            except (UnicodeEncodeError, KeyError, ValueError):
                out.append(text.encode(enc if enc.startswith("utf") else "cp1252", errors="replace"))
    return [cut(s, max_len) for s in out]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", nargs="?", default=str(ROOT / "fuzz" / "corpus-work" / "seeds"))
    ap.add_argument("--max-len", type=int, default=16384)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    n = 0
    for data in seeds(args.max_len):
        name = hashlib.sha1(data).hexdigest()
        with open(os.path.join(args.out, name), "wb") as fh:
            fh.write(data)
        n += 1
    print(f"{n} seeds in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
