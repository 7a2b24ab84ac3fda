"""Adversarial inputs, built at any scale: what a hostile or broken file can look like.

Shared by ``bench_adversarial.py`` (which times each at two sizes and prints the growth) and
``tests/test_robust_adversarial.py`` (which parses each once with a generous time guard). Each
builder takes a scale factor ``k`` (1.0 = the size the issue names) and returns bytes, because
the CLI and ``tbparse.parse_bytes`` see bytes; the text cases are UTF-8.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from tbparse.numerals import to_roman

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "seed-503-tb-tu.txt"

_WORDS = "Ban Thường vụ Tỉnh uỷ giao Đảng uỷ khối Doanh nghiệp chỉ đạo thực hiện tốt nhiệm vụ "


def _n(k: float, full: int) -> int:
    return max(1, int(full * k))


def _seed_header() -> str:
    """The seed's first lines (party line, issuer, number, date, type, subject): a real frame."""
    return "\n".join(SEED.read_text(encoding="utf-8").split("\n")[:14]) + "\n"


def long_line(k: float) -> bytes:
    """One 10 MB line of Vietnamese words, no newline at all."""
    n = _n(k, 10_000_000)
    unit = _WORDS.encode()
    return (unit * (n // len(unit) + 1))[:n].rsplit(b" ", 1)[0]


def spaces(k: float) -> bytes:
    """1 MB of spaces (a gap that never ends)."""
    return b" " * _n(k, 1_000_000)


def spaces_then_tab(k: float) -> bytes:
    """Runs of spaces each ended by a tab, on one line: worst case for the column-gap regex."""
    return (b" " * 997 + b"\tx") * _n(k, 1_000)


def plus_lines(k: float) -> bytes:
    """100,000 lines of "+" (bullet markers with nothing after them)."""
    return _seed_header().encode() + b"+\n" * _n(k, 100_000)


def roman_headings(k: float) -> bytes:
    """100,000 "I-" headings (a part number that never advances)."""
    return _seed_header().encode() + b"I- \xc4\x90\xc3\xa1nh gi\xc3\xa1\n" * _n(k, 100_000)


def roman_sequence(k: float) -> bytes:
    """Parts numbered I, II, III … far past any real document (long Roman numerals)."""
    out = []
    for i in range(1, _n(k, 20_000) + 1):
        out.append(f"{to_roman(i % 3999 + 1)}. Phần {i}\n")
    return _seed_header().encode() + "".join(out).encode()


def deep_numbering(k: float) -> bytes:
    """Item numbers 1., 1.1., 1.1.1. … each one level deeper than the last (deep nesting)."""
    n = _n(k, 3_000)
    lines = [".".join(["1"] * d) + ". Nội dung mục." for d in range(1, n + 1)]
    return (_seed_header() + "\n\n".join(lines) + "\n").encode()


def deep_number_line(k: float) -> bytes:
    """One item number 100,000 levels deep: "1.1.1.1…"."""
    return (_seed_header() + ".".join(["1"] * _n(k, 100_000)) + ". Nội dung\n").encode()


def dash_line(k: float) -> bytes:
    """One line of 100,000 "-" (a rule that never ends)."""
    return _seed_header().encode() + b"-" * _n(k, 100_000) + b"\n"


def stars_and_underscores(k: float) -> bytes:
    """Emphasis markers without end: "**" toggles, "__" and "*" runs on every line."""
    return _seed_header().encode() + b"** __ * Ban ** __ *** x\n" * _n(k, 50_000)


def nul_bytes(k: float) -> bytes:
    """NUL bytes in the middle of a notice (binary, or UTF-16 gone wrong)."""
    seed = SEED.read_bytes()
    return seed[:2000] + b"\x00" * _n(k, 10_000) + seed[2000:]


def invalid_utf8(k: float) -> bytes:
    """Invalid UTF-8 in the middle: stray continuation bytes, an encoded surrogate, a lone lead."""
    seed = SEED.read_bytes()
    bad = b"\x80\xbf\xed\xa0\x80\xc3(\xff\xfe"
    return seed[:3000] + bad * _n(k, 1_000) + seed[3000:]


def many_number_lines(k: float) -> bytes:
    """A header of 100,000 "Số …" lines and date lines."""
    unit = "Số 503-TB/TU\nPhan Thiết, ngày 16 tháng 5 năm 2008\n"
    return ("ĐẢNG CỘNG SẢN VIỆT NAM\n" + unit * _n(k, 50_000)).encode()


def many_recipients(k: float) -> bytes:
    """A footer of 100,000 "Nơi nhận" entries and signature-like lines."""
    unit = "- Các đồng chí Ủy viên Ban Thường vụ,\nT/L BAN THƯỜNG VỤ\n"
    return (_seed_header() + "Nơi nhận:\n" + unit * _n(k, 50_000)).encode()


def many_comrades(k: float) -> bytes:
    """A preamble paragraph naming 100,000 "đồng chí" (the meeting step reads names)."""
    unit = "đồng chí Lê Văn An – Phó Bí thư, "
    return (_seed_header() + "Ngày 14/5/2008, " + unit * _n(k, 100_000) + "đã có buổi làm việc.\n").encode()


def closing_bait(k: float) -> bytes:
    """A last paragraph full of "thông báo … để" near-misses for the closing formula."""
    unit = "thông báo để thông báo đề nghị yêu cầu "
    return (_seed_header() + "1- Nội dung.\n\n" + unit * _n(k, 25_000) + "\n").encode()


def many_columns(k: float) -> bytes:
    """Lines of dozens of column cells (tabs and space runs)."""
    unit = "\t".join(["TỈNH ỦY", "    ĐẢNG CỘNG SẢN VIỆT NAM"] * 20)
    return ((unit + "\n") * _n(k, 5_000)).encode()


def crlf_mix(k: float) -> bytes:
    """Every kind of line end, mixed: CRLF, lone CR, LF, VT, FF, NEL, LS, PS."""
    unit = "Dòng một\r\nDòng hai\rDòng ba\nDòng bốn\x0bDòng năm\x0cDòng sáu\x85Dòng bảy\u2028Dòng tám\u2029"
    return (_seed_header() + unit * _n(k, 50_000)).encode()


def many_attendees(k: float) -> bytes:
    """An attendance sentence listing 100,000 bodies joined by "và"."""
    unit = "Ban Tổ chức và "
    return (_seed_header() + "Tham dự buổi làm việc có: " + unit * _n(k, 100_000) + "Tỉnh Đoàn.\n").encode()


def wrapped_recipient(k: float) -> bytes:
    """One recipient entry continued over 100,000 lower-case lines (no terminator)."""
    return (_seed_header() + "Nơi nhận:\n- Các đồng chí\n" + "các huyện ủy thị ủy\n" * _n(k, 100_000)).encode()


def caps_after_authority(k: float) -> bytes:
    """An authority line followed by 100,000 capitals lines (the signature block never ends)."""
    return (_seed_header() + "Nơi nhận:\nT/L BAN THƯỜNG VỤ\n" + "CHÁNH VĂN PHÒNG\n" * _n(k, 100_000)).encode()


def closing_worst(k: float) -> bytes:
    """Last paragraphs of ≤ 900 characters built to make the closing regex try every split."""
    unit = ("thong bao " + "de " * 120 + "x " * 60).strip()[:890]
    para = "Văn phòng " + unit + "\n\n"
    return (_seed_header() + "1- Nội dung.\n\n" + para * max(1, _n(k, 1))).encode()


def caps_header_line(k: float) -> bytes:
    """A 1 MB capitals line above the type line: the header step reads it as a cell."""
    return ("TỈNH ỦY " + "A " * _n(k, 500_000) + "\nTHÔNG BÁO\nkết luận về công tác\n").encode()


# --- what an archive does to a notice: page furniture, web chrome, several documents, appendices
# and footnotes under the signature (steps/furniture.py, steps/annexes.py)

_FOOTER = ("Nơi nhận:\t\t\t\tT/L BAN THƯỜNG VỤ\n- Như trên;\t\t\t\tCHÁNH VĂN PHÒNG\n- Lưu VP.\n\n"
           "\t\t\t\tNguyễn Văn An\n\n")
_SIGNED = "1- Ban Thường vụ Tỉnh uỷ giao Đảng uỷ khối chỉ đạo thực hiện tốt nhiệm vụ.\n\n" + _FOOTER


def page_furniture(k: float) -> bytes:
    """30,000 pages of a PDF's text: each page's number in one of its forms ("- 2 -", "Trang 2/5",
    "Page 2") and a running head (the party line, the number with its page)."""
    text = "Ban Thường vụ Tỉnh uỷ giao Đảng uỷ khối chỉ đạo thực hiện tốt nhiệm vụ\n" * 3
    forms = ("- {} -", "Trang {}/999", "Page {}")
    pages = (f"{text}{forms[i % 3].format(i % 999 + 1)}\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 503-TB/TU - Trang {i % 999 + 1}\n"
             for i in range(_n(k, 30_000)))
    return (_seed_header() + "".join(pages)).encode()


def page_figures_far_apart(k: float) -> bytes:
    """100,000 bare page figures far apart, every "3" above every "2" (a "2" is a page number when
    a "3" stands far below it: a scan of all the "3"s per "2" was quadratic)."""
    n = _n(k, 50_000)
    return (_seed_header() + "Nội dung.\n" * 8 + ("\n" * 8 + "3\n") * n + ("\n" * 8 + "2\n") * n).encode()


def cited_note_marks(k: float) -> bytes:
    """A body citing " (1)" 50,000 times (never right after a word) over 50,000 "(1) …" lines
    under the signature: the body was searched again for each line."""
    n = _n(k, 50_000)
    return (_seed_header() + "1- Công ty Phước An" + " (1) và" * n + ".\n\n" + _FOOTER + "(1) Ghi chú.\n" * n).encode()


def footnote_marks_only(k: float) -> bytes:
    """A file of nothing but footnote marks: "(1) (2) [3] (*) (**) ¹" on 100,000 lines."""
    return "(1) (2) [3] (*) (**) \u00b9\n".encode() * _n(k, 100_000)


def appendix_labels(k: float) -> bytes:
    """10,000 "PHỤ LỤC" labels and "DANH SÁCH … (Kèm theo …" heads under the signature."""
    return (_seed_header() + _SIGNED + "PHỤ LỤC\nDANH SÁCH CÁN BỘ\n(Kèm theo Kế hoạch số 48\n" * _n(k, 10_000)).encode()


def wrapped_appendix(k: float) -> bytes:
    """An appendix paragraph hard-wrapped over 100,000 lower-case lines (each line was joined to
    all the lines before it to test whether it goes on)."""
    return (_seed_header() + _SIGNED + "PHỤ LỤC\nDANH SÁCH\n\nNguyễn Văn A, cán bộ\n"
            + "các huyện ủy thị ủy\n" * _n(k, 100_000)).encode()


def notices_in_one_file(k: float) -> bytes:
    """5,000 notices pasted one under another (a second document from the second on)."""
    return ((_seed_header() + _SIGNED) * _n(k, 5_000)).encode()


def web_chrome(k: float) -> bytes:
    """A web page's chrome under the signature: 50,000 "Tin liên quan" and their links."""
    return (_seed_header() + _SIGNED + "Tin liên quan\n- Thông báo kết luận\n" * _n(k, 50_000)).encode()


def heading_then_spaces(k: float) -> bytes:
    """A markdown heading whose text ends after 100,000 spaces (the closing-"#" search)."""
    return ("# THÔNG BÁO" + " " * _n(k, 100_000) + "kết luận\n").encode() + SEED.read_bytes()


def label_then_dashes(k: float) -> bytes:
    """"Nơi nhận" followed by 100,000 dashes and a word (the label's tail)."""
    return SEED.read_text(encoding="utf-8").replace("Nơi nhận:", "Nơi nhận" + "-" * _n(k, 100_000) + "x", 1).encode()


def signed_note_openings(k: float) -> bytes:
    """One line of 20,000 "(đã ký" that never close (the copy note "(đã ký)")."""
    return (SEED.read_text(encoding="utf-8") + "\n" + "(đã ký " * _n(k, 20_000) + "\n").encode()


def vote_words(k: float) -> bytes:
    """A paragraph repeating "biểu quyết" 20,000 times, never "thông qua" (a vote adopting it)."""
    return (_seed_header() + "\nI- Kết quả\n- Chi bộ " + "biểu quyết " * _n(k, 20_000) + "\n").encode()


CASES: dict[str, Callable[[float], bytes]] = {
    "10 MB single line": long_line,
    "1 MB of spaces": spaces,
    "space runs ending in tabs": spaces_then_tab,
    "100,000 lines of +": plus_lines,
    "100,000 I- headings": roman_headings,
    "20,000 Roman parts I, II, III…": roman_sequence,
    "deep numbering 1. 1.1. 1.1.1. …": deep_numbering,
    "one number 1.1.1.1… 100,000 deep": deep_number_line,
    "a line of 100,000 -": dash_line,
    "unbalanced ** __ * emphasis": stars_and_underscores,
    "NUL bytes in the middle": nul_bytes,
    "invalid UTF-8 in the middle": invalid_utf8,
    "100,000 number/date header lines": many_number_lines,
    "100,000 recipient/authority lines": many_recipients,
    "100,000 comrades in one paragraph": many_comrades,
    "closing-formula near misses": closing_bait,
    "lines of 40 column cells": many_columns,
    "every kind of line end": crlf_mix,
    "100,000 attendees joined by và": many_attendees,
    "one recipient wrapped over 100,000 lines": wrapped_recipient,
    "100,000 capitals lines after T/L": caps_after_authority,
    "closing-formula worst case (900 chars)": closing_worst,
    "a 1 MB capitals line in the header": caps_header_line,
    "30,000 pages' numbers and running heads": page_furniture,
    "100,000 bare page figures far apart": page_figures_far_apart,
    "50,000 cited (1) over 50,000 (1) notes": cited_note_marks,
    "100,000 lines of footnote marks only": footnote_marks_only,
    "10,000 PHỤ LỤC and DANH SÁCH heads": appendix_labels,
    "an appendix paragraph wrapped 100,000 times": wrapped_appendix,
    "5,000 notices in one file": notices_in_one_file,
    "50,000 web chrome links": web_chrome,
    "# heading, 100,000 spaces": heading_then_spaces,
    "Nơi nhận + 100,000 dashes": label_then_dashes,
    "20,000 unclosed (đã ký": signed_note_openings,
    "biểu quyết × 20,000": vote_words,
}
