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


# page numbers in the forms an archive's PDF text carries them (steps/furniture.py)
PAGE_FORMS = ("- {n} -", "Trang {n}/{m}", "{n}", "– {n} –", "Page {n}", "trang {n}", "{n}/{m}")
CHROME_ABOVE = "Trang chủ > Văn bản > Thông báo\nCập nhật lúc 08:30 12/05/2020\nLượt xem: 1234\n\n"
CHROME_UNDER = ("\n\nNguồn: Cổng thông tin điện tử Tỉnh ủy\nFile đính kèm:\nTin liên quan\n"
                "- Thông báo kết luận của Ban Thường vụ Tỉnh ủy\n- Kế hoạch tổ chức hội nghị\nChia sẻ\nIn bài\n")
FOOTER = ("Nơi nhận:\t\t\t\tT/L BAN THƯỜNG VỤ\n- Như trên;\t\t\t\tCHÁNH VĂN PHÒNG\n- Lưu VP.\n"
          "\t\t\t\t(đã ký)\n\n\t\t\t\tNguyễn Văn An\n\n")
ANNEX = ("PHỤ LỤC I\nDANH SÁCH CÁN BỘ THAM GIA\n(Kèm theo Thông báo số 503-TB/TU ngày 16/5/2008\n"
         "của Ban Thường vụ Tỉnh ủy)\n\n1. Đồng chí Nguyễn Văn A, Phó Bí thư Thường trực.\n"
         "2. Đồng chí Trần Thị B, Trưởng Ban Tổ chức; thời gian tháng\n6/2021.\n\n"
         "Phụ lục số 02: KINH PHÍ\nTổng kinh phí 350 triệu đồng.\n\nDANH SÁCH ĐẢNG VIÊN\n(Kèm theo Kế hoạch số 48-KH/BTCTU)\n\n"
         "______________\n(1) Công ty TNHH MTV Cà phê Phước An, trực thuộc Tổng công ty\n"
         "Cà phê Việt Nam.\n(2) Nghị định số 168/2016/NĐ-CP ngày 27/12/2016 của Chính phủ.\n"
         "[3] Quyết định số 12/QĐ-UBND.\n⁴ Kết luận số 21-KL/TW.\n(*) Doanh nghiệp nhà nước.\n(**) Theo số liệu.\n"
         "* Ghi chú thêm.\n")
MARKS = ("(1)", "(2)", "[3]", "⁴", "(*)", "(**)")


def archive_variants(text: str, other: str, max_len: int) -> list[str]:
    """*text* as an archive may hold it: page numbers (each form of PAGE_FORMS every 20 lines,
    with the party line or the number again as a running head), web chrome above and under it,
    *other* pasted under it, an appendix and footnotes (their marks put after body words) under
    a signature. Each kept under *max_len* bytes so the parts the new steps read stay in."""
    lines = text.split("\n")
    number = next((ln.strip() for ln in lines[:20] if ln.strip().startswith("Số")), "Số 503-TB/TU")
    out = []
    for k, form in enumerate(PAGE_FORMS):
        paged, page = [], 1
        for i, ln in enumerate(lines):
            if i and i % 20 == 0:
                page += 1
                paged += ["", form.format(n=page, m=page + 2)]
                paged.append("ĐẢNG CỘNG SẢN VIỆT NAM" if k % 2 else f"{number.split()[0]} {number.split()[-1]} - Trang {page}")
            paged.append(ln)
        out.append("\n".join(paged))
    out.append(CHROME_ABOVE + text[: max_len // 2] + CHROME_UNDER)
    half = max_len // 2 - 100
    out.append(text[:half].encode()[:half].decode(errors="ignore") + "\n\n" + other[:half])
    head = text[: max(200, max_len - len(ANNEX.encode()) - len(FOOTER.encode()) - 200)]
    cut_at = head.rfind("\n")
    head = head[:cut_at] if cut_at > 0 else head
    for mark in MARKS:  # the body carries each note's mark right after a word
        i = head.find(", ", len(head) // 3)
        if i > 0:
            head = head[:i] + mark + head[i:]
    out.append(head + "./.\n\n" + FOOTER + ANNEX)
    return out


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
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures").glob("*.txt"))]
    exports = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data" / "exports").glob("*.txt"))]
    out += [t.encode() for t in exports]
    both = texts + exports
    for i, text in enumerate(both):
        out += [v.encode() for v in archive_variants(text, both[(i + 7) % len(both)], max_len)]
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
