"""Time ``decode_bytes`` on the seed in every form, against a floor measured in the same run.

Floor = what any decoder must do for genuine UTF-8: ``data.decode('utf-8')`` +
``unicodedata.normalize('NFC', …)``. Prints µs per decode and the ratio to the floor; the goal is
that genuine UTF-8 costs well under 1 ms and only a small multiple of the floor (the mojibake gate
must make it nearly free), while legacy detection may cost milliseconds.

    .venv/bin/python benchmarks/bench_decode.py [--quick]
"""
from __future__ import annotations

import codecs
import sys
import timeit
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from tbparse.decode import decode_bytes  # noqa: E402
from tests.encode_helpers import as_cp1252_text, encode  # noqa: E402


def best_us(fn, number: int, repeat: int) -> float:
    return min(timeit.repeat(fn, number=number, repeat=repeat)) / number * 1e6


def main() -> None:
    quick = "--quick" in sys.argv
    seed = (ROOT / "fixtures" / "seed-503-tb-tu.txt").read_text(encoding="utf-8")
    utf8 = seed.encode("utf-8")
    n_fast, n_slow, rep = (200, 5, 3) if quick else (2000, 30, 5)

    cases: list[tuple[str, bytes, int]] = [
        ("utf-8 (genuine seed)", utf8, n_fast),
        ("utf-8 with BOM", codecs.BOM_UTF8 + utf8, n_fast),
        ("utf-16-le with BOM", codecs.BOM_UTF16_LE + seed.encode("utf-16-le"), n_fast),
        ("utf-16-le, no BOM", seed.encode("utf-16-le"), n_fast),
        ("utf-8, NFD (Mac export)", unicodedata.normalize("NFD", seed).encode("utf-8"), n_fast // 4),
    ]
    for enc in ("tcvn3", "vni", "viscii", "vps", "cp1258"):
        data = encode(seed, enc, ascii_fallback=enc in ("viscii", "vps"))
        cases.append((f"{enc} bytes", data, n_slow))
    for enc in ("tcvn3", "vni", "utf-8"):
        raw = seed.encode("utf-8") if enc == "utf-8" else encode(seed, enc)
        cases.append((f"{enc} mojibake in utf-8", as_cp1252_text(raw).encode("utf-8"), n_slow))
    # a new template's UTF-8 header over an old body (the first 14 lines: through the subject)
    lines = seed.split("\n")
    head, body = "\n".join(lines[:14]) + "\n", "\n".join(lines[14:])
    cases.append(("utf-8 head + tcvn3 body bytes", head.encode("utf-8") + encode(body, "tcvn3"), n_slow))
    cases.append(("utf-8 head + tcvn3 mojibake body", (head + as_cp1252_text(encode(body, "tcvn3"))).encode("utf-8"),
                  n_slow))

    floor = best_us(lambda: unicodedata.normalize("NFC", utf8.decode("utf-8")), n_fast, rep)
    nfd = unicodedata.normalize("NFD", seed).encode("utf-8")
    nfd_floor = best_us(lambda: unicodedata.normalize("NFC", nfd.decode("utf-8")), n_fast // 4, rep)
    print(f"seed: {len(utf8):,} bytes UTF-8, {len(seed):,} chars; Python {sys.version.split()[0]}")
    print(f"{'floor: decode(utf-8) + NFC':34} {floor:10.1f} µs   1.0×")
    print(f"{'floor for NFD input (NFC is work)':34} {nfd_floor:10.1f} µs {nfd_floor / floor:6.1f}×")
    for name, data, number in cases:
        dec = decode_bytes(data)  # warm-up (lazy tables) and sanity check
        assert dec.text.replace('"', "“").count("\n") == seed.count("\n"), name
        t = best_us(lambda: decode_bytes(data), number, rep)
        label = dec.encoding + (f" ({dec.repaired_from})" if dec.repaired_from else "")
        print(f"{name:34} {t:10.1f} µs {t / floor:6.1f}×   → {label}")


if __name__ == "__main__":
    main()
