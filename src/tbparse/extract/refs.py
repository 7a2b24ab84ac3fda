"""Documents a text cites: "Chỉ thị số 20-CT/TU", "Nghị định số 87/2007/NĐ-CP", "Nghị quyết Trung ương 6".

Numbers are found on the original text (they are ASCII plus ``Đ``, and ``Ư`` of an old "TƯ") with
one regex that knows both systems: Party ``N-TYPE/BODY`` and State ``N/YYYY/TYPE-BODY`` or
``N/TYPE-BODY``. Everything around a number — the kind keyword before it ("Chỉ thị số", "Luật Đầu
tư số"), "ngày <date>" and "của <issuer>" after it, a list it belongs to ("các Kết luận số 187,
188-KL/TW") — is read on a folded window so tone placement, case and dashes do not matter.
Unnumbered references are the few forms Party texts use for plenum and congress resolutions and
for campaigns in quotes.

Each distinct document becomes one entry (keyed by system, number, type, issuer and, for the
State, year); ``lines`` collects every line it is cited on, including short re-mentions such as
"Quy định 377" after "Quy định số 377-QĐ/TW … (sau đây gọi tắt là Quy định 377)".
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Sequence

from . import SUPERSCRIPTS, Doc, as_doc, Joined, Para, lazy_re, sparse_fold
from ..fold import fold
from .dates import parse_date
from .people import chain_end

_D = "\\-\u2010-\u2015\u2212"  # hyphen, the Unicode dashes, minus

# A document number, Party or State, as printed (spaces around separators tolerated):
#   "20-CT/TU"  "08-QĐi/TW"  "269- KL/TU"  "05-QC/BTCTU-BDVTU"  "15-CT/TƯ" (party; "TƯ" in the 1990s)
#   "87/2007/NĐ-CP"  "72/2025/QH15"  "2179/QĐ-TTg"  "2170 /QĐ - UBND"  (state)
#   "87/2007-NĐ-CP"  (a mistyped State number: year joined by a hyphen)
#   "18-NQ-TW"  (a mistyped Party number: a dash for the slash)
# Dates ("14/5/2008"), phones ("0898.129.994"), "Điều 9, 10" and "6/2022" have no letter code;
# nor has an item typed "1/ Ban Tuyên giáo …", "2/ Minh …": a capital and small letters is a word
_NUMBER = lazy_re(
    # (the figures may hold an OCR's letter for a figure, "l8-NQ/TW", "O5-CT/TW", "2O-CT/TU": see _OCR_FIGURES)
    # and a letter after them, as numbers of the 1990s have: "8A-NQ/HNTW", "8b-NQ/TW", "68a-QĐ/TU"
    r"(?<![\w/.,-])(?P<seq>\d[\dlIO]{0,4}|[lIO]\d[\dlIO]{0,3})(?P<sfx>[a-dA-D])?(?:"
    rf"(?P<p>\s?[{_D}]\s?(?P<ptype>[A-ZĐ][A-Za-zĐđ]{{1,4}})\s?/\s?"
    rf"(?P<piss>[A-ZĐƯ][A-ZĐƯa-z]*(?:[{_D}][A-ZĐƯ][A-ZĐƯa-z]*)*))"
    # "18-NQ-TW": a Party number with a dash for its slash (only a Party type and body's codes)
    rf"|(?P<pd>\s?[{_D}]\s?(?P<pdtype>NQ|CT|KL|QĐi|QĐ|HD|TB|KH|CTr|QC|TT|CV|BC)[{_D}]"
    r"(?P<pdiss>[A-ZĐ]*(?:TW|TƯ|TU|HU|QU|ĐU|ThU|TXU)|ĐUK))"
    # "09 NQ/TW": a Party number with a space for its hyphen, as typewritten copies have it (only a
    # Party type and body's codes)
    r"|(?P<ps>\s(?P<pstype>NQ|CT|KL|QĐi|QĐ|HD|TB|KH|CTr|QC|TT|CV|BC)\s?/\s?"
    r"(?P<psiss>[A-ZĐ]*(?:TW|TƯ|TU|HU|QU|ĐU|ThU|TXU)|ĐUK))"
    rf"|(?P<s>\s?/\s?(?:(?P<year>(?:19|20)\d\d)\s?(?P<ysep>[/{_D}])\s?)?"
    rf"(?![A-ZĐ][a-zđ]{{2}})(?P<scode>[A-ZĐ][A-Za-zĐđ0-9]+(?:[{_D}][A-ZĐ][A-Za-zĐđ0-9]*|(?:\s[{_D}]\s?|[{_D}]\s)[A-ZĐ][A-ZĐ0-9]*(?![^\W_]))*))"
    # the number ends before a letter or figure — not before a note mark, which stays off it:
    # "18-NQ/TW¹", "15/2020/NĐ-CP²", and a Party body's code with the mark's figure glued on by a
    # PDF extraction that lost the superscript, "18-NQ/TW1 ngày …" (no Party body's code ends in
    # a figure; a State code may: "72/2025/QH15")
    rf")(?(p)(?:(?![^\W_{SUPERSCRIPTS}])|(?<=[WUƯ])(?=\d{{1,2}}(?![^\W_{SUPERSCRIPTS}])))|(?![^\W_{SUPERSCRIPTS}]))"
)
# The dash between a code's parts, spaced or not: "QĐ - UBND" → "QĐ", "UBND"; "BTCTU-BDVTU"
_SPLIT_CODE = lazy_re(rf"\s?[{_D}]\s?")
# The list numbers before a shared code: "187", "188" in "các Kết luận số 187, 188-KL/TW"
_DIGITS = lazy_re(r"\d{1,5}")

PARTY_TYPES = {
    "NQ": "Nghị quyết", "QĐ": "Quyết định", "QĐi": "Quy định", "CT": "Chỉ thị", "KL": "Kết luận",
    "QC": "Quy chế", "TT": "Thông tri", "HD": "Hướng dẫn", "TB": "Thông báo", "BC": "Báo cáo",
    "KH": "Kế hoạch", "CTr": "Chương trình", "TTr": "Tờ trình", "CV": "Công văn", "BB": "Biên bản",
    "ĐA": "Đề án", "PA": "Phương án", "DA": "Dự án", "BS": "Bản sao", "QH": "Quy hoạch",
}
STATE_TYPES = {
    "NĐ": "Nghị định", "QĐ": "Quyết định", "NQ": "Nghị quyết", "TT": "Thông tư", "TTLT": "Thông tư liên tịch",
    "CT": "Chỉ thị", "BC": "Báo cáo", "TB": "Thông báo", "KH": "Kế hoạch", "HD": "Hướng dẫn",
    "CĐ": "Công điện", "TTr": "Tờ trình", "QyĐ": "Quy định", "QC": "Quy chế", "KL": "Kết luận",
    "CTr": "Chương trình", "ĐA": "Đề án", "PA": "Phương án", "BB": "Biên bản", "L": "Luật",
    "PL": "Pháp lệnh", "NQLT": "Nghị quyết liên tịch", "HĐ": "Hợp đồng", "GM": "Giấy mời",
}
# Issuer codes that make a "N/TYPE-BODY" number a Party number typed in the State form.
_PARTY_BODY = lazy_re(r"^(?:[A-ZĐ]*(?:TW|TU|HU|QU|ĐU|ThU|TXU)|ĐUK|CB|ĐĐ|BCSĐ)$")

# Kind keywords (folded) → the kind as Party texts spell it; longest first where one contains another.
_KINDS = {
    "thong bao ket luan": "Thông báo", "thong tu lien tich": "Thông tư liên tịch",
    "nghi quyet lien tich": "Nghị quyết liên tịch", "nghi quyet": "Nghị quyết", "chi thi": "Chỉ thị",
    "ket luan": "Kết luận", "ke hoach": "Kế hoạch", "quy dinh": "Quy định", "quyet dinh": "Quyết định",
    "thong bao": "Thông báo", "huong dan": "Hướng dẫn", "nghi dinh": "Nghị định", "bo luat": "Bộ luật",
    "luat": "Luật", "thong tu": "Thông tư", "cong van": "Công văn", "van ban": "Văn bản",
    "quy che": "Quy chế", "thong tri": "Thông tri", "bao cao": "Báo cáo", "to trinh": "Tờ trình",
    "chuong trinh": "Chương trình", "de an": "Đề án", "cong dien": "Công điện", "phap lenh": "Pháp lệnh",
    "quy hoach": "Quy hoạch", "thong cao": "Thông cáo", "bien ban": "Biên bản", "hien phap": "Hiến pháp",
}
_GENERIC = {"Văn bản"}
# A kind's abbreviation before a number, in capitals: "NQ số 18-NQ/TW", "CT 05-CT/TW" (not QĐ, TT:
# each abbreviates two kinds — the number's code tells which)
_ABBR_KINDS = {"NQ": "Nghị quyết", "CT": "Chỉ thị", "KL": "Kết luận", "HD": "Hướng dẫn", "KH": "Kế hoạch",
               "TB": "Thông báo", "NĐ": "Nghị định", "QĐi": "Quy định"}
_KW = "|".join(sorted(_KINDS, key=len, reverse=True))
# Kind keywords by their last word, longest first: "luan" → ("thong bao ket luan", "ket luan")
_BY_LAST_WORD: dict[str, tuple[str, ...]] = {}
for _k in sorted(_KINDS, key=len, reverse=True):
    _BY_LAST_WORD[_k.rsplit(" ", 1)[-1]] = _BY_LAST_WORD.get(_k.rsplit(" ", 1)[-1], ()) + (_k,)
del _k
# A law's name between the keyword and the number: "Luật Tổ chức chính quyền địa phương số |72/2025/QH15"
_LAW_BEFORE = lazy_re(r"(?P<kw>bo luat|luat|phap lenh)\s+(?P<name>[a-z][^;:,.()\"\d]{0,70}?)\s+so\s*:?\s*$")
# Numbers sharing the code of the next one: "các Kết luận số 187, |188- KL/TW"
_LIST_BEFORE = lazy_re(r"so\s*:?\s*((?:\d{1,5}\s*(?:,|va)\s*)+)$")
# (Possessive whitespace runs here and below: sparse_fold leaves long runs of spaces, and the
# backtracking forms were polynomial on them — _DATE_LEAD took 389 s on 3,000 spaces.)
# Between two numbers of one list: "Chỉ thị số 10-CT/TW|, |20-CT/TU"
_LIST_GAP = lazy_re(r"\s*+(?:,|;|va|hoac)\s*+(?:so\s*+:?+\s*+)?$")
# "… ngày 25/10/2017", "…, ngày 18 tháng 7 năm 2025", "(ban hành) ngày …" after the number
_DATE_LEAD = lazy_re(r"\s*+\(?+\s*+,?+\s*+(?:ban hanh\s++)?(?=ngay\s)")
# "… của Ban Thường vụ Tỉnh ủy"
_OF = lazy_re(r"\s*+,?+\s*+cua\s+")
# A plenum right after a cited number's date, its issuer with no "của": "ngày 29/12/1997| Hội nghị lần thứ tư"
_PLENUM_AFTER = lazy_re(r"\s*+,?+\s*+(?=hoi nghi lan thu\s)")
# The ordinal after "Hội nghị" or "Đại hội" in an issuer: "của Hội nghị| lần thứ bảy |Ban Chấp hành …"
_NTH = lazy_re(r" lan thu (?:\d{1,2}|[ivxlc]{1,5}|nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi(?: [a-z]+)?)(?![a-z0-9]) ?")

# Unnumbered references are found near cheap anchors — "quy" of "Nghị quyết" after "ngh" (a
# literal search in three letter cases), and opening quotes for campaigns — then read on the
# folded copy, so "NGHỊ QUYẾT", "nghi quyet" and "Nghị quyết" all count.
_ORD = r"(?:\d{1,2}|[ivxlc]{1,5}|nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi(?:\s+(?:mot|hai|ba|bon|lam|sau|bay|tam|chin))?)"
_ROMAN = r"[ivxlc]{1,6}"
#   "Nghị quyết Hội nghị lần thứ 6 Ban Chấp hành Trung ương"   "Nghị quyết Trung ương 6"
#   "Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII"   "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI"
#   "Nghị quyết Đại hội lần thứ XIII của Đảng"
_NQ = lazy_re(
    r"nghi quyet\s+(?:cua\s+)?(?:"
    rf"hoi nghi(?:\s+lan thu\s+{_ORD})?(?:\s+(?:ban chap hanh|bch))?\s+trung uong(?:\s+dang)?"
    rf"(?:\s+(?:lan thu\s+{_ORD}|\d{{1,2}}|{_ROMAN})(?![a-z0-9]))?"
    rf"|trung uong\s+(?:lan thu\s+{_ORD}|\d{{1,2}}|{_ROMAN})(?![a-z0-9])"
    rf"|dai hoi\s+(?:dai bieu\s+)?(?:toan quoc|dang(?:\s+bo)?(?:\s+toan quoc)?(?:\s+[a-z]+){{0,4}}?)"
    rf"\s+lan thu\s+{_ORD}(?![a-z0-9])(?:\s+cua dang)?"
    rf"|dai hoi\s+(?:dang\s+)?(?:toan quoc\s+)?{_ROMAN}(?![a-z0-9])(?:\s+cua dang)?"
    # "Nghị quyết Đại hội lần thứ XIII của Đảng", "… Đại hội lần thứ XX Đảng bộ tỉnh" (the Party
    # named after the ordinal: alone, "Đại hội lần thứ XX" may be any congress)
    rf"|dai hoi\s+lan thu\s+{_ORD}\s+(?:cua\s+)?dang"
    rf"(?:\s+bo(?:\s+(?:tinh|huyen|thanh pho|quan|thi xa|xa|phuong|thi tran|khoi))?)?(?![a-z0-9])"
    rf")(?:\s*,?\s*\(?khoa\s+{_ROMAN}\)?(?![a-z0-9]))?"
)
#   Cuộc vận động “Học tập và làm theo tấm gương đạo đức Hồ Chí Minh”
_CAMPAIGN = lazy_re(r"cuoc van dong\s*\"([^\"]{2,200}?)\"")
_NQ_THEN_NUMBER = lazy_re(r"\s*+,?+\s*+(?:so\s*+:?+\s*+)?$")

# Short re-mentions of a cited document: "Quy định 377", "Chỉ thị số 45", "Nghị quyết 347".
_UNITS = r"(?i:\s*%|\s+(?:năm|tháng|ngày|tuần|giờ|người|lần|tỷ|triệu|nghìn|ha|km)(?!\w))"
# A bare number is "Quy định 377 (Điều 9, 10…)", not "377-QĐ/TW", "377/…", "3770", "377,5", "5 năm".
_NOT_BEFORE_BARE = "/.,-_"
_NOT_AFTER_BARE = lazy_re(rf"[^\W{SUPERSCRIPTS}]|/|\s?[{_D}/]\s?\w|[.,]\d|{_UNITS}")
_ALIAS_BEFORE = lazy_re(rf"(?<![a-z])(?P<kw>{_KW})\s+(?:so\s*:?\s*)?(?:\d{{1,5}}\s*(?:,|va)\s*)*$")


class _Num:
    """A parsed document number (canonical parts plus what was wrong with how it was typed)."""

    __slots__ = ("system", "seq", "sfx", "type_code", "issuer_code", "year", "number", "fault")

    def __init__(self, system: str, seq: str, type_code: str | None, issuer_code: str, year: int | None,
                 fault: str | None, sfx: str = "") -> None:
        self.system = system
        self.seq = seq  # the figures ("8" of "8A-NQ/HNTW"; ``seq`` in the output is their value)
        self.sfx = sfx  # a letter after them, in capitals: "A"
        self.type_code = type_code
        self.issuer_code = issuer_code
        self.year = year
        self.fault = fault
        if system == "party":
            self.number = f"{seq}{sfx}-{type_code}/{issuer_code}"
        else:
            code = f"{type_code}-{issuer_code}" if type_code else issuer_code
            self.number = f"{seq}{sfx}/{year}/{code}" if year else f"{seq}{sfx}/{code}"

    @property
    def key(self) -> tuple:
        if self.system == "party":
            return ("party", int(self.seq), self.type_code, self.issuer_code) + ((self.sfx,) if self.sfx else ())
        return ("state", int(self.seq), self.type_code, self.issuer_code, self.year) + ((self.sfx,) if self.sfx else ())


# An OCR's (or a typist's) letters for figures in a number's sequence: "l8-NQ/TW", "O5-CT/TW"
_OCR_FIGURES = str.maketrans("lIO", "110")


def _num(m: re.Match) -> _Num:
    typed = m.group("seq")
    seq = typed if typed.isdigit() else typed.translate(_OCR_FIGURES)
    sfx = (m.group("sfx") or "").upper()
    printed = m.group(0)
    spaced = " " in printed  # paragraph text is whitespace-collapsed
    if m.group("p"):
        issuer = "-".join(_SPLIT_CODE.split(m.group("piss")))
        n = _Num("party", seq, m.group("ptype"), issuer, None, None, sfx)
        if seq != typed:
            n.fault = f"letters for figures in the number {printed!r}; write {n.number}"
        elif spaced:
            n.fault = f"spaces inside the number {printed!r}; write {n.number}"
        return n
    if m.group("pd"):
        n = _Num("party", seq, m.group("pdtype"), m.group("pdiss"), None, None, sfx)
        n.fault = f"Party number {printed!r} has a dash for its slash; write {n.number}"
        return n
    if m.group("ps"):
        n = _Num("party", seq, m.group("pstype"), m.group("psiss"), None, None, sfx)
        n.fault = f"Party number {printed!r} has a space for its hyphen; write {n.number}"
        return n
    parts = _SPLIT_CODE.split(m.group("scode"))
    year = m.group("year")
    if year is None and len(parts) == 2 and parts[0] in PARTY_TYPES and _PARTY_BODY.match(parts[1]):
        n = _Num("party", seq, parts[0], parts[1], None, None, sfx)
        n.fault = f"Party number {printed!r} is written in the State form; write {n.number}"
        return n
    if len(parts) >= 2 and parts[0] in STATE_TYPES:
        type_code, issuer = parts[0], "-".join(parts[1:])
    else:
        type_code, issuer = None, "-".join(parts)
    n = _Num("state", seq, type_code, issuer, int(year) if year else None, None, sfx)
    if m.group("ysep") and m.group("ysep") != "/":
        n.fault = f"State number {printed!r} joins the year with a hyphen; write {n.number}"
    elif seq != typed:
        n.fault = f"letters for figures in the number {printed!r}; write {n.number}"
    elif spaced:
        n.fault = f"spaces inside the number {printed!r}; write {n.number}"
    return n


def parse_number(s: str) -> dict | None:
    """Parse one document number ("20-CT/TU", "87/2007-NĐ-CP", "2170 /QĐ - UBND") or return None.

    ``number`` is the canonical spelling; used for ``own_number`` and the ``--cite`` filter.
    """
    s = s.strip()
    m = _NUMBER.match(s)
    if m is None or m.end() != len(s):
        return None
    n = _num(m)
    return {"number": n.number, "system": n.system, "seq": int(n.seq), "type_code": n.type_code,
            "issuer_code": n.issuer_code, "year": n.year}


def number_at(text: str, pos: int = 0) -> str | None:
    """The canonical number written at *pos* of *text* ("Số 503-TB/TU Phan Thiết…", pos 4), or None."""
    m = _NUMBER.match(text, pos)
    return _num(m).number if m is not None else None


def number_key(s: str) -> tuple | None:
    """The identity of a number for comparisons ("08-QĐi/TW" and "8 - QĐi/TW" are one key)."""
    s = s.strip()
    m = _NUMBER.match(s)
    if m is None or m.end() != len(s):
        return None
    return _num(m).key


class _Hit:
    """One citation in one paragraph, before merging into the per-document list."""

    __slots__ = ("a", "na", "nb", "b", "kind", "num", "date", "issuer", "key", "text_key", "lines", "lead")

    def __init__(self) -> None:
        self.lead: _Hit | None = None  # a list member's last number: "số 18|, 19-NQ/TW …|" (18's lead is 19)
        self.a = self.na = self.nb = self.b = 0
        self.kind: str | None = None
        self.num: _Num | None = None
        self.date: str | None = None
        self.issuer: str | None = None
        self.key: tuple = ()
        self.lines: list[int] = []


def _kind_at_end(folded: str, lo: int, end: int) -> int | None:
    """Start of the kind keyword that ends exactly at *end* ("… chi thi|"), or None."""
    k = folded.rfind(" ", lo, end) + 1
    if k == 0:
        k = lo
    for kw in _BY_LAST_WORD.get(folded[k:end], ()):
        a = end - len(kw)
        if a >= lo and folded.startswith(kw, a) and (a == 0 or not folded[a - 1].isalpha()):
            return a
    return None


def _kind_before(folded: str, t: str, pos: int) -> tuple[int, str] | None:
    """The kind keyword ending right before *pos* and where it starts (its "số" included).

    "Chỉ thị số |", "Nghị định |", "Báo cáo thẩm định số |" (up to two lowercase qualifiers) and
    "Luật Tổ chức chính quyền địa phương số |" (a capitalised name between). Reads the folded
    window backwards with ``str`` methods: a regex anchored at the end would be tried at every
    position of the window.
    """
    lo = max(0, pos - 110)
    end = pos
    while end > lo and folded[end - 1] == " ":
        end -= 1
    had_so = False
    if folded.endswith(("so:", "so."), lo, end) or folded.endswith("so", lo, end):
        cut = end - (3 if folded[end - 1] in ":." else 2)  # "Số:", "Số." (OCR, typing) and "số"
        if cut == lo or folded[cut - 1] == " ":
            had_so = True
            end = cut
            while end > lo and folded[end - 1] == " ":
                end -= 1
    k = t.rfind(" ", lo, end) + 1 or lo
    if t[k:end] in _ABBR_KINDS and (k == 0 or not t[k - 1].isalnum()):
        return k, _ABBR_KINDS[t[k:end]]  # "NQ số |18-NQ/TW", "CT |05-CT/TW"
    for _ in range(3):  # the keyword itself, then past one and two lowercase qualifiers
        a = _kind_at_end(folded, lo, end)
        if a is not None:
            return a, _KINDS[folded[a:end]]
        k = folded.rfind(" ", lo, end)
        if k < lo or not folded[k + 1: end].isalpha() or any(c.isupper() for c in t[k + 1: end]):
            break
        end = k
    if had_so:
        for law in ("luat ", "phap lenh "):
            k = folded.rfind(law, lo, pos)
            if k >= 0:
                if k >= 3 and folded.startswith("bo ", k - 3):
                    k -= 3
                m = _LAW_BEFORE.match(folded, k, pos)
                if m is not None and t[m.start("kw")].isupper() and t[m.start("name")].isupper():
                    return m.start("kw"), _KINDS[m.group("kw")]
    return None


# A note mark after a number or its date (folded): "18-NQ/TW|(1)| ngày …", "…/TW|[2]|", "…/TW|¹|",
# "… 25/10/2017|*| của …", "…/TW| (3)| của …", and the figure glued on by a PDF that lost the
# superscript, "18-NQ/TW|1| ngày" (see _NUMBER)
_NOTE_MARK = lazy_re(rf"\s?(?:\(\d{{1,3}}\)|\[\d{{1,3}}\]|\(\*{{1,3}}\))|[{SUPERSCRIPTS}]{{1,3}}|\*{{1,3}}|\d{{1,2}}(?!\d)")


_MARK_FIGURES = frozenset("\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079")


def _past_mark(folded: str, pos: int) -> int:
    """*pos*, or the end of the note mark that starts there."""
    if pos < len(folded) and (folded[pos] in " ([*0123456789" or folded[pos] in _MARK_FIGURES):
        m = _NOTE_MARK.match(folded, pos)
        if m is not None:
            return m.end()
    return pos


def _tail(j: Joined, folded: str, h: _Hit, pos: int) -> None:
    """Read "ngày <date>" and "của <issuer>" after a number; extend the hit's text over them (and
    over a note mark between: "Nghị quyết số 18-NQ/TW(1) ngày 25/10/2017¹ của Bộ Chính trị")."""
    t = j.text
    dm = _DATE_LEAD.match(folded, _past_mark(folded, pos))
    if dm is not None:
        r = parse_date(folded, dm.end())
        if r is not None:
            h.date = r[0]
            pos = h.b = r[1]
    om = _OF.match(folded, _past_mark(folded, pos))
    if om is None and h.date is not None:
        # the 1990s' "Nghị quyết số 04-NQ/HNTW ngày 29/12/1997 |Hội nghị lần thứ tư Ban Chấp hành
        # Trung ương …": a plenum named right after the date, with no "của"
        om = _PLENUM_AFTER.match(folded, pos)
        if om is not None and not t[om.end()].isupper():
            om = None
    if om is not None:
        end = chain_end(t, om.end())
        if end > om.end():
            h.issuer = t[om.end(): end].rstrip(",;. ")
            end = om.end() + len(h.issuer)
            if folded.endswith(("hoi nghi", "dai hoi"), om.end(), end):
                # a plenum or congress named by its ordinal: "của Hội nghị| lần thứ bảy Ban Chấp
                # hành Trung ương Đảng (khóa X)" — the name goes on past the lowercase ordinal
                lm = _NTH.match(folded, end)
                if lm is not None:
                    end = max(chain_end(t, lm.end()), lm.end())
                    end = om.end() + len(t[om.end(): end].rstrip(",;. "))
            km = _KHOA_AFTER.match(folded, end)
            if km is not None and "(" in folded[end: km.end()]:
                end = km.end()  # "… của Bộ Chính trị (khóa VIII)", as "Ban Bí thư khóa XI" is read
            h.issuer = t[om.end(): end]
            h.b = end


def _wrapped_only(j: Joined, m: re.Match) -> bool:
    """Whether every space inside the number *m* is where two lines were joined — a copy hard-wrapped
    at its slash ("Chỉ thị số 05-CT/" / "TW ngày …"), not a space the typist put there."""
    a, b = m.span()
    k = m.string.find(" ", a, b)
    while k >= 0:
        i = bisect_right(j.starts, k + 1) - 1
        if i < 0 or j.starts[i] != k + 1:
            return False
        k = m.string.find(" ", k + 1, b)
    return True


def _kind_for(num: _Num, kw_kind: str | None) -> str:
    """The document kind: the text's own keyword ("Quy định số 377-QĐ/TW" is a Quy định even though
    QĐ also codes Quyết định), else the type code's kind ("Văn bản số 1591-CV/ĐU" → Công văn,
    bare "18-NQ/TW" → Nghị quyết), else the generic keyword, else Công văn (State numbers without
    a type code, "750/BQL-QHXD") or Văn bản."""
    types = PARTY_TYPES if num.system == "party" else STATE_TYPES
    code_kind = types.get(num.type_code or "")
    if kw_kind and kw_kind not in _GENERIC:
        return kw_kind
    if code_kind:
        return code_kind
    if kw_kind:
        return kw_kind
    return "Công văn" if num.system == "state" else "Văn bản"


def _numbered(j: Joined, folded: str, matches: list[re.Match], warnings: list[dict],
              own: tuple | None) -> list[_Hit]:
    """One hit per number in a paragraph (plus list members sharing its code), with kind, date,
    issuer and lines; a number typed in the wrong form adds a TB027 warning (not for *own*)."""
    t = j.text
    hits: list[_Hit] = []
    prev: _Hit | None = None
    for m in matches:
        num = _num(m)
        h = _Hit()
        h.num = num
        h.na, h.nb = m.span()
        h.a, h.b = h.na, h.nb
        found = _kind_before(folded, t, h.na)
        if found is None and m.group("ps"):
            continue  # "09 NQ/TW" is a number only after its kind: "Nghị quyết 09 NQ/TW", not "năm 2019 NQ/TW"
        kw_kind = None
        extra: list[tuple[str, int]] = []  # (seq, end offset) of list members sharing this code
        if found is not None:
            h.a, kw_kind = found
        elif num.system == "party":
            lm = _LIST_BEFORE.search(folded, max(0, h.na - 60), h.na)
            if lm is not None:
                extra = [(d.group(), d.end()) for d in _DIGITS.finditer(folded, lm.start(1), lm.end(1))]
                found = _kind_before(folded, t, lm.start())
                if found is not None:
                    h.a, kw_kind = found
                else:
                    h.a = lm.start(1)
        if kw_kind is None and prev is not None and prev.num is not None and prev.num.system == num.system and \
                (prev.num.type_code == num.type_code or {prev.num.type_code, num.type_code} <= _QD_CODES):
            # "các Quy định số 37-QĐi/TW, 41-QĐ/TW": QĐ also codes a Quy định (format-rules §2.2)
            gap_from = prev.nb if _LIST_GAP.fullmatch(folded, prev.nb, h.na) else prev.b
            if _LIST_GAP.fullmatch(folded, gap_from, h.na):
                kw_kind = prev.kind
        h.kind = _kind_for(num, kw_kind)
        _tail(j, folded, h, h.nb)
        h.lines = j.lines_in(h.a, h.nb)
        h.key = num.key
        if num.fault and num.key != own and not (num.fault.startswith("spaces") and _wrapped_only(j, m)):
            warnings.append({"code": "TB027", "line": j.line_at(h.na), "message": num.fault})
        for seq, end in extra:
            e = _Hit()
            e.num = _Num("party", seq, num.type_code, num.issuer_code, None, None)
            e.a = e.na = h.a
            e.nb = e.b = end
            e.kind, e.date, e.issuer = h.kind, h.date, h.issuer
            e.lead = h
            e.key = e.num.key
            e.lines = h.lines
            hits.append(e)
        hits.append(h)
        prev = h
    return hits


def _unnumbered_anchors(doc: Doc) -> dict[int, list[int]]:
    """Where an unnumbered reference may start, per paragraph: a little before each "quyết" that
    follows "ngh…" (any case or spelling) and before each opening quote."""
    out: dict[int, list[int]] = {}
    big = doc.text
    for stem in ("quy", "Quy", "QUY"):
        for a in doc.find_all(stem):
            if "ngh" in big[max(0, a - 8): a].lower():  # "nghị quyết", not "quyết định", "giải quyết"
                i, off = doc.locate(a)
                out.setdefault(i, []).append(max(0, off - 8))
    for q in ('"', "\u201c"):
        for pos in doc.find_all(q):
            i, off = doc.locate(pos)
            out.setdefault(i, []).append(max(0, off - 18))
    for v in out.values():
        v.sort()
    return out


# Unnumbered documents cited by title — the Party's charter, a committee's working rules, the
# Constitution, a law — are anchored on a literal piece of their keyword (its first letter's case
# is checked on the paragraph): the offset of the keyword's first letter, per paragraph.
_TITLE_STEMS = (("iều lệ", 1), ("uy chế làm việc", 1), ("iến pháp", 1), ("Luật ", 0), ("ộ luật ", 1))


def _titled_anchors(doc: Doc) -> dict[int, list[int]]:
    """Where "Điều lệ", "Quy chế làm việc", "Hiến pháp", "Luật " or "Bộ luật " starts, per paragraph."""
    out: dict[int, list[int]] = {}
    for stem, back in _TITLE_STEMS:
        for pos in doc.find_all(stem):
            if pos >= back:
                i, off = doc.locate(pos - back)
                out.setdefault(i, []).append(off)
    for v in out.values():
        v.sort()
    return out


# The plenum a resolution is named by, in its two spellings (folded, whitespace collapsed):
#   "nghi quyet hoi nghi lan thu 6 ban chap hanh trung uong"  "nghi quyet trung uong 6 khoa x"
_PLENUM = lazy_re(rf"nghi quyet (?:hoi nghi (?:lan thu (?P<a>{_ORD}) )?(?:(?:ban chap hanh|bch) )?trung uong(?: dang)?"
                  rf"(?: (?:lan thu )?(?P<b>{_ORD}))?|trung uong (?:lan thu )?(?P<c>{_ORD}))(?![a-z0-9])")
_KHOA = lazy_re(rf"khoa ({_ROMAN})\b")
_ORD_WORDS = {"nhat": 1, "mot": 1, "hai": 2, "ba": 3, "tu": 4, "bon": 4, "nam": 5, "lam": 5, "sau": 6, "bay": 7,
              "tam": 8, "chin": 9}
_ROMAN_VAL = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def _ordinal(s: str) -> int | None:
    """6, "vi", "sau", "muoi hai" → the number; None for no number ("Nghị quyết Hội nghị Trung ương")."""
    if not s:
        return None
    if s.isdigit():
        return int(s)
    words = s.split()
    if words[0] == "muoi":
        return 10 + (_ORD_WORDS.get(words[1], 0) if len(words) > 1 else 0)
    if s in _ORD_WORDS:
        return _ORD_WORDS[s]
    total = 0
    for i, ch in enumerate(s):
        v = _ROMAN_VAL.get(ch, 0)
        total += -v if i + 1 < len(s) and _ROMAN_VAL.get(s[i + 1], 0) > v else v
    return total or None


def plenum_key(named: str) -> tuple | None:
    """("plenum", number, khoá or None) for a resolution named by its Central Committee plenum:
    "Nghị quyết Hội nghị lần thứ 6 Ban Chấp hành Trung ương" and "Nghị quyết Trung ương 6" are one
    document; None for any other name (a congress, a campaign)."""
    m = _PLENUM.match(named)
    if m is None:
        return None
    n = _ordinal(m.group("a") or m.group("b") or m.group("c") or "")
    if n is None:
        return None
    k = _KHOA.search(named, m.end())
    return ("plenum", n, _ordinal(k.group(1)) if k else None)


# The national congress a resolution is named by (folded, whitespace collapsed): "nghi quyet dai hoi
# ix", "… dai hoi ix cua dang", "… dai hoi dang toan quoc lan thu ix", "… dai hoi dai bieu toan quoc
# lan thu ix cua dang" — not a local one ("dai hoi dai bieu dang bo tinh lan thu xv")
_CONGRESS = lazy_re(rf"nghi quyet dai hoi (?:dai bieu )?(?:dang )?(?:toan quoc )?(?:lan thu )?(?P<n>{_ORD})"
                    rf"(?: cua dang)?$")


def congress_key(named: str) -> tuple | None:
    """("congress", number) for a resolution of a national Party congress, in any of its spellings:
    "Nghị quyết Đại hội IX của Đảng" and "Nghị quyết Đại hội IX" are one document (audit 7)."""
    m = _CONGRESS.match(named)
    n = _ordinal(m.group("n")) if m is not None else None
    return ("congress", n) if n is not None else None


# The keys of documents cited by name, with no number a short re-mention could repeat ("Nghị quyết
# Trung ương 6", "Nghị quyết Đại hội IX"): _aliases has nothing to look for in them
_UNNUMBERED = ("named", "plenum", "congress", "titled")


def _merge_plenums(refs: dict[tuple, dict]) -> None:
    """A plenum resolution cited once with its khoá and once without is one document when the
    text names that plenum of only one khoá ("Nghị quyết Trung ương 6 khóa X" … "Nghị quyết Trung
    ương 6"); the entry cited first keeps its text, the other's lines join it."""
    by_n: dict[int, list[tuple]] = {}
    for key in refs:
        if key[0] == "plenum":
            by_n.setdefault(key[1], []).append(key)
    for keys in by_n.values():
        if len(keys) < 2 or len({k[2] for k in keys if k[2] is not None}) > 1:
            continue
        first = refs[keys[0]]
        for k in keys[1:]:
            other = refs.pop(k)
            first["lines"] = sorted(set(first["lines"]) | set(other["lines"]))


def _unnumbered(j: Joined, folded: str, anchors: list[int]) -> list[_Hit]:
    """Resolutions named by their plenum or congress, and quoted campaigns, near *anchors*."""
    hits: list[_Hit] = []
    seen: set[int] = set()
    for a0 in anchors:
        for word, rx, kind in (("nghi quyet", _NQ, "Nghị quyết"), ("cuoc van dong", _CAMPAIGN, "Cuộc vận động")):
            k = folded.find(word, a0, a0 + 26)
            if k < 0 or k in seen or k and folded[k - 1].isalpha():
                continue
            m = rx.match(folded, k)
            if m is None:
                continue
            seen.add(k)
            h = _Hit()
            h.a, h.b = m.span()
            h.na = h.nb = h.b
            h.kind = kind
            named = " ".join(folded[h.a: h.b].split()).replace("nghi quyet cua ", "nghi quyet ")
            h.key = plenum_key(named) or congress_key(named) or ("named", named)
            h.lines = j.lines_in(h.a, h.b)
            hits.append(h)
    return hits


# A title inside another document's name, not a citation of its own: "Quy định … thi hành |Điều lệ
# Đảng", "Nghị định quy định chi tiết |Luật …", "góp ý Dự thảo |Luật …", "Luật sửa đổi, bổ sung |Luật
# …"; nor is an article's or a chapter's ("khoản 1 Điều 47 |Luật Đầu tư", "Chương VII và Chương VIII
# |Điều lệ Đảng": article numbers are not references) (folded text before the title). "sửa đổi" as
# the verb it is elsewhere cites the law it amends: "chỉ đạo sửa đổi |Luật Thanh niên" (audit 22)
_INSIDE_NAME = lazy_re(r"(?:thi hanh|huong dan(?: thuc hien)?|chi tiet|mot so dieu cua|du thao|du an"
                       r"|(?:luat|nghi dinh|nghi quyet|phap lenh|thong tu|quyet dinh)\s+(?:sua doi|bo sung)"
                       r"(?:\s*+,?+\s*+(?:sua doi|bo sung))?"
                       r"|dieu \d{1,3}[a-z]?|chuong [ivxlc]{1,6}|chuong \d{1,2})"
                       r"\s*+,?+\s*+$")
#   "Điều lệ Đảng"   "Điều lệ Đảng Cộng sản Việt Nam"  (not "Điều lệ Hội …", nor "Điều lệnh")
_CHARTER = lazy_re(r"dieu le\s+dang(?:\s+cong san viet nam)?(?![a-z0-9])(?!\s+bo(?![a-z]))")
#   "Quy chế làm việc của |Ban Chấp hành Đảng bộ tỉnh khóa XVII, nhiệm kỳ 2025 - 2030"
_RULES = lazy_re(r"quy che lam viec\s+cua\s+")
# (possessive: on a sparse fold's run of spaces "\s*,?\s*" tried every split of the run — 4,000
# spaces took 0.4 s at one position, quadratic; regex_audit.py: x-inf)
_KHOA_AFTER = lazy_re(rf"\s*+,?\s*+(?:\(\s*+)?khoa\s+({_ROMAN})(?![a-z0-9])(?:\s*\))?")
_TERM_AFTER = lazy_re(rf"\s*+,?\s*+nhiem ky\s+((?:19|20)\d\d)\s*[{_D}]\s*((?:19|20)\d\d)(?!\d)")
#   "Hiến pháp"   "Hiến pháp năm 2013"   "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013"
_CONSTITUTION = lazy_re(r"hien phap(?![a-z])(?:\s+nuoc\s+cong hoa xa hoi chu nghia viet nam)?"
                        r"(?:\s+nam\s+((?:19|20)\d\d)(?!\d))?")
# A law's name ends before these words: "Luật Cán bộ, công chức| và …", "Luật Đất đai| đã …" (on the
# text itself: folded, "về" would stop "Bảo vệ"), and before "quy định", "hiện hành", "sửa đổi", "có hiệu lực"
_LAW_STOP = frozenset({"số", "ngày", "của", "và", "hoặc", "đã", "được", "đang", "để", "về", "cho", "tại",
                       "theo", "như", "thì", "là", "này", "với", "khi", "từ", "đến", "nhằm", "các", "những",
                       "một", "trong", "mà", "bằng", "sau", "trước", "trên", "dưới"})
_LAW_STOP_PAIRS = ("quy định", "hiện hành", "sửa đổi", "có hiệu lực")
#   a word of the name, its year, or the comma of "Luật Cán bộ, công chức", "Luật Phòng, chống tham nhũng"
_LAW_TOKEN = lazy_re(r"\s+nam\s+(?P<y>(?:19|20)\d\d)(?!\d)|\s*+(,)?\s*+([^\W\d_]+)")


def _law_name(t: str, folded: str, pos: int) -> tuple[int, str, int | None] | None:
    """End, folded name and year of the law whose name starts at *pos* ("Cán bộ, công chức", "Đất đai
    năm 2024"); None unless the name opens with a capital ("Luật sư" is a lawyer, "luật" a word)."""
    words: list[str] = []
    end = pos
    year = None
    while len(words) < 9:
        m = _LAW_TOKEN.match(folded, end)
        if m is None:
            break
        if m.group("y"):
            if words:
                year, end = int(m.group("y")), m.end()
            break
        w = m.group(3)
        first = t[m.start(3)]
        if not words and not first.isupper():
            return None
        low = t[m.start(3): m.end()].lower()
        if low == "của" and words and not m.group(2) and t[m.end(): m.end() + 1] == " " \
                and t[m.end() + 1: m.end() + 2].islower():
            # "Luật Phòng, chống tác hại |của| thuốc lá": "của" before a small word is in the name;
            # before a capital it names the issuer ("… của Quốc hội")
            words.append(w)
            end = m.end()
            continue
        if words and (low in _LAW_STOP or first.isupper() and m.group(2)
                      or any(t.startswith(p, m.start(3)) for p in _LAW_STOP_PAIRS)):
            break
        if m.group(2) and not (len(words) <= 2 and first.islower() or w == "chong"):
            break  # "Luật Đất đai, các văn bản …": the comma ends it
        words.append(("," if m.group(2) else "") + w)
        end = m.end()
    if not words:
        return None
    return end, " ".join(words).replace(" ,", ","), year


_STATE_TITLES = {"Hiến pháp", "Luật", "Bộ luật"}  # the State's; a charter and a committee's working rules are the Party's


def _titled_at(j: Joined, folded: str, off: int) -> _Hit | None:
    """The unnumbered document whose title starts at *off* (see :data:`_TITLE_STEMS`), or None."""
    t = j.text
    if off >= len(t) or not t[off].isupper() or off + 1 < len(t) and t[off + 1].isupper():
        return None  # "theo quy chế", "thực hiện đúng luật", an all-caps heading (the document's own title)
    if off and (t[off - 1].isalnum() or _INSIDE_NAME.search(folded, max(0, off - 30), off)):
        return None
    h = _Hit()
    h.a = off
    f = folded[off]
    if f == "d":
        m = _CHARTER.match(folded, off)
        if m is None:
            return None
        h.b, h.kind, h.key = m.end(), "Điều lệ", ("titled", "dieu le dang", None)
    elif f == "q":
        m = _RULES.match(folded, off)
        if m is None or (end := chain_end(t, m.end())) == m.end():
            return None
        k = folded.find(" khoa ", m.end(), end)  # chain_end reads "… Đảng bộ tỉnh khóa XVII" as one name
        body_end = k if k > 0 else end
        h.issuer = t[m.end(): body_end].rstrip(",;. ")
        name = "quy che lam viec cua " + " ".join(folded[m.end(): m.end() + len(h.issuer)].split())
        h.b = m.end() + len(h.issuer)
        km = _KHOA_AFTER.match(folded, h.b)
        if km is not None:
            h.b = km.end()
            name += " khoa " + km.group(1)
        tm = _TERM_AFTER.match(folded, h.b)
        if tm is not None:
            h.b = tm.end()
            if km is None:
                name += f" nhiem ky {tm.group(1)}-{tm.group(2)}"
        h.kind, h.key = "Quy chế", ("titled", name, None)
    elif f == "h":
        m = _CONSTITUTION.match(folded, off)
        if m is None:
            return None
        year = int(m.group(1)) if m.group(1) else None
        h.b, h.kind, h.key = m.end(), "Hiến pháp", ("titled", "hien phap", year)
    else:
        # "Luật Cán bộ, công chức", "Bộ luật Lao động năm 2019" (a code: Bộ luật Hình sự, Dân sự …)
        word = "bo luat " if folded.startswith("bo luat ", off) else "luat " if folded.startswith("luat ", off) else None
        if word is None:
            return None
        law = _law_name(t, folded, off + len(word) - 1)
        if law is None:
            return None
        h.b, name, year = law
        h.kind, h.key = _KINDS[word.strip()], ("titled", word + name, year)
    if h.kind in _STATE_TITLES:
        # "Luật Tổ chức chính quyền địa phương| ngày 19 tháng 6 năm 2015": the day it was passed,
        # as a "Căn cứ" cites a law; its year tells the law from an older one of the same name
        dm = _DATE_LEAD.match(folded, h.b)
        r = parse_date(folded, dm.end()) if dm is not None else None
        if r is not None and r[0] is not None:
            h.date, h.b = r[0], r[1]
            if h.key[2] is None:
                h.key = (*h.key[:2], int(r[0][:4]))
    h.na = h.nb = h.b
    h.lines = j.lines_in(h.a, h.b)
    return h


def _titled(j: Joined, folded: str, anchors: list[int], numbered: list[_Hit]) -> list[_Hit]:
    """Documents cited by title alone near *anchors* — not one that a numbered citation's own text
    holds ("Luật Đầu tư số 61/2020/QH14")."""
    hits: list[_Hit] = []
    for off in anchors:
        if any(n.a <= off < n.nb for n in numbered):
            continue
        h = _titled_at(j, folded, off)
        if h is not None:
            hits.append(h)
    return hits


def _merge_titled(refs: dict[tuple, dict]) -> None:
    """A title cited once with its year and once without is one document when the text names only
    one year of it ("Hiến pháp năm 2013" … "Hiến pháp"); a law cited by title after its numbered
    citation ("Luật Đất đai số 31/2024/QH15" … "Luật Đất đai") joins that citation."""
    by_name: dict[str, list[tuple]] = {}
    for key in refs:
        if key[0] == "titled":
            by_name.setdefault(key[1], []).append(key)
    numbered_laws = [(fold(r["text"]), r) for k, r in refs.items() if k[0] not in _UNNUMBERED and r["kind"] == "Luật"]
    for name, keys in by_name.items():
        years = {k[2] for k in keys if k[2] is not None}
        if len(keys) > 1 and len(years) == 1:
            first = refs[keys[0]]
            for k in keys[1:]:
                first["lines"] = sorted(set(first["lines"]) | set(refs.pop(k)["lines"]))
            keys = keys[:1]
        if name.startswith("luat ") and len(keys) == 1:
            same = [r for f, r in numbered_laws if f.startswith(name + " ")]
            if len(same) == 1:
                same[0]["lines"] = sorted(set(same[0]["lines"]) | set(refs.pop(keys[0])["lines"]))


# A Party number typed with no slash, "18-NQ-TW": its type code between two hyphens, found from the
# hyphens (one search for a character; a regex scan of the whole text cost 12 % of the extractor)
_DASHED_CODES = frozenset({"NQ-", "CT-", "KL-", "QĐi-", "QĐ-", "HD-", "TB-", "KH-", "CV-", "BC-", "QC-", "TT-", "CTr-"})


def _numbers(t: str, dashed: list[int] = ()) -> list[re.Match]:
    """Every document number in *t*, searched only around its slashes (a regex over the whole
    paragraph costs more than the rest of the extraction) and the *dashed* codes' offsets."""
    out: list[re.Match] = []
    for k in dashed:
        m = _NUMBER.search(t, max(0, k - 8), k + 20)
        if m is not None and m.group("pd"):
            out.append(m)
    if out:
        return sorted(out + [m for m in _numbers(t) if all(m.end() <= d.start() or m.start() >= d.end() for d in out)],
                      key=lambda m: m.start())
    n = len(t)
    done = 0
    i = t.find("/")
    while i >= 0:
        stop = min(n, i + 60)
        m = _NUMBER.search(t, max(done, i - 16), stop)
        if m is not None and m.end() == stop < n:
            # the window cut the number: a date's slash before "Công văn số 11997-CV/VPTW" ended it
            # at "…/V"; read it again to its real end
            m = _NUMBER.match(t, m.start())
        if m is not None and m.end() > i:
            out.append(m)
            done = m.end()
            i = t.find("/", done)
        else:
            i = t.find("/", i + 1)
    return out


# Between two citations of one list: "Chỉ thị số 05-CT/TW ngày 28/9/2021| và |Kết luận số 01-KL/TW"
_AND = lazy_re(r"\s*+(?:,\s*+)?(?:va|cung)?\s*+")


_QD_CODES = {"QĐ", "QĐi"}


# An issuer that is one sitting (folded): "Hội nghị lần thứ tư Ban Chấp hành …", "Đại hội …"
_EVENT = lazy_re(r"(?:hoi nghi|dai hoi)\b")


def _share_list_tail(folded: str, hits: list[_Hit]) -> None:
    """Citations joined by "và" or "," share the issuer (and the date) written once after the last.

    "Chỉ thị số 05-CT/TW ngày 28/9/2021 và Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị":
    both are the Politburo's. "Nghị quyết số 18-NQ/TW và Nghị quyết số 19-NQ/TW ngày 25/10/2017":
    both of that day — a date is shared only with a citation that states neither date nor issuer.
    Walks back from the end so a list of three shares too.
    """
    for k in range(len(hits) - 2, -1, -1):
        h, nxt = hits[k], hits[k + 1]
        if h.num is None or nxt.num is None or h.b > nxt.a or h.num.issuer_code != nxt.num.issuer_code:
            continue  # "Luật … số 10/2022/QH15 và Nghị định số 59/2023/NĐ-CP … của Chính phủ": two issuers
        gap = _past_mark(folded, h.b)  # "Nghị quyết số 21-NQ/TW|(1)| và Chỉ thị số 28-CT/TW(2) của …"
        if not folded[gap: nxt.a].strip() or _AND.fullmatch(folded, gap, nxt.a) is None:
            continue  # nothing but spaces between them, or more than a joiner
        if h.date is None and h.issuer is None and nxt.date is not None:
            h.date = nxt.date
        if h.issuer is None and nxt.issuer is not None and not (
                h.date and nxt.date and h.date[:4] != nxt.date[:4] and _EVENT.match(fold(nxt.issuer))):
            # (a plenum or a congress sat in one year: "Nghị quyết số 18-NQ/TW ngày 25/10/2017 và
            # Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị lần thứ tư …" — not the 2017 one's)
            h.issuer = nxt.issuer
    for h in hits:  # "các Nghị quyết số 18, 19-NQ/TW … và …": 18 shares what 19 got
        if h.lead is not None:
            h.date = h.date or h.lead.date
            h.issuer = h.issuer or h.lead.issuer


def _ref_dict(h: _Hit, t: str) -> dict:
    """The output entry for a document's first citation."""
    n = h.num
    year = n.year if n is not None and n.year else (int(h.date[:4]) if h.date else None)
    if h.key and h.key[0] == "titled":
        year = h.key[2]  # "Hiến pháp năm 2013", "Luật Đất đai năm 2024"
    return {
        "text": t[h.a: max(h.b, h.nb)],
        "kind": h.kind,
        "system": n.system if n is not None else "state" if h.kind in _STATE_TITLES else "party",
        "number": n.number if n is not None else None,
        "seq": int(n.seq) if n is not None else None,
        "type_code": n.type_code if n is not None else None,
        "issuer_code": n.issuer_code if n is not None else None,
        "year": year,
        "date": h.date,
        "issuer": h.issuer,
        "lines": list(h.lines),
    }


def extract_references(paras: Sequence[Para], *, own_number: str | None = None) -> tuple[list[dict], list[dict]]:
    """Every document cited in *paras*, once each, in order of first citation; plus warnings.

    A reference is ``{text, kind, system, number, seq, type_code, issuer_code, year, date, issuer,
    lines}``; warnings (``{code, line, message}``, code ``TB027``) report numbers typed in the
    wrong form — "87/2007-NĐ-CP", "269- KL/TU" — which are still canonicalised. The document's own
    number (*own_number*) is never a reference.
    """
    own = number_key(own_number) if own_number else None
    refs: dict[tuple, dict] = {}
    warnings: list[dict] = []
    doc = as_doc(paras)
    unnumbered = _unnumbered_anchors(doc)
    titled = _titled_anchors(doc)
    slashed = {doc.locate(pos)[0] for pos in doc.find_all("/")}
    dashed: dict[int, list[int]] = {}
    big = doc.text
    for pos in doc.find_all("-"):  # "18-NQ-TW"
        k = big.find("-", pos + 3, pos + 6)
        if k > 0 and big[pos + 1: k + 1] in _DASHED_CODES:
            i, off = doc.locate(pos)
            dashed.setdefault(i, []).append(off)
    for i in sorted(slashed | dashed.keys() | unnumbered.keys() | titled.keys()):
        j = doc.paras[i]
        t = j.text
        nums = _numbers(t, dashed[i]) if i in dashed else _numbers(t) if i in slashed else []
        anchors = unnumbered.get(i, [])
        titles = titled.get(i, [])
        if not nums and not anchors and not titles:
            continue
        n = len(t)
        spans = sorted([(max(0, m.start() - 110), min(n, m.end() + 190)) for m in nums]
                       + [(a, min(n, a + 260)) for a in anchors]
                       + [(max(0, a - 30), min(n, a + 200)) for a in titles])
        merged: list[tuple[int, int]] = []
        for a, b in spans:
            if merged and a <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
            else:
                merged.append((a, b))
        folded = sparse_fold(t, merged)
        hits = _numbered(j, folded, nums, warnings, own)
        hits += _unnumbered(j, folded, anchors) + _titled(j, folded, titles, hits)
        hits.sort(key=lambda h: h.a)
        _share_list_tail(folded, hits)
        # "Nghị quyết Hội nghị Trung ương 8 khóa XIII số 44-NQ/TW" is one document, not two.
        keep: list[_Hit] = []
        for i, h in enumerate(hits):
            if h.num is None and i + 1 < len(hits) and hits[i + 1].num is not None and \
                    _NQ_THEN_NUMBER.fullmatch(folded, h.b, hits[i + 1].na):
                nxt = hits[i + 1]
                nxt.a = h.a
                nxt.kind = h.kind if nxt.num.type_code in (None, "NQ") else nxt.kind
                nxt.lines = sorted(set(nxt.lines) | set(h.lines))
                continue
            keep.append(h)
        for h in keep:
            if own is not None and h.key == own:
                continue
            r = refs.get(h.key)
            if r is None:
                refs[h.key] = _ref_dict(h, t)
                continue
            r["lines"] = sorted(set(r["lines"]) | set(h.lines))
            if r["date"] is None and h.date:
                r["date"] = h.date
                if r["year"] is None:
                    r["year"] = int(h.date[:4])
            if h.issuer and (r["issuer"] is None or r["issuer"].isupper() and not h.issuer.isupper()):
                r["issuer"] = h.issuer  # prefer "Bộ Chính trị" in the body to "BỘ CHÍNH TRỊ" in a title
    _merge_plenums(refs)
    _merge_titled(refs)
    if any(k[0] not in _UNNUMBERED for k in refs):
        _aliases(doc, refs)
    return list(refs.values()), warnings


def _aliases(doc: Doc, refs: dict[tuple, dict]) -> None:
    """Add the lines of short re-mentions ("Quy định 377") to the one document they can mean."""
    by_seq: dict[str, list[dict]] = {}
    for key, r in refs.items():
        if key[0] not in _UNNUMBERED:
            by_seq.setdefault(str(r["seq"]), []).append(r)
    big = doc.text
    for digits, cands in by_seq.items():
        # (only a number made of these digits can pass the checks below: doc.find_all(digits)
        # gave the same answers, at ~10 µs a search)
        for pos in doc.numbers_ending(digits):
            e = pos + len(digits)
            if e < len(big) and (big[e].isalnum() and big[e] not in _MARK_FIGURES or big[e] in "/-") or pos and big[pos - 1].isdigit() and \
                    big[pos - 1] != "0":
                continue  # inside a longer number or a coded number ("2008", "20-CT/TU")
            i, off = doc.locate(pos)
            j = doc.paras[i]
            t = j.text
            e = off + len(digits)
            a = off
            while a and t[a - 1] == "0":
                a -= 1
            if (a == 0 or t[a - 1] not in _NOT_BEFORE_BARE and not t[a - 1].isalnum()) \
                    and _NOT_AFTER_BARE.match(t, e) is None:
                _alias_at(j, a, cands)


def _alias_at(j: Joined, a: int, cands: list[dict]) -> None:
    t = j.text
    lo = max(0, a - 60)
    km = _ALIAS_BEFORE.search(sparse_fold(t[lo:a], [(0, a - lo)]))
    if km is None:
        return
    kind = _KINDS[km.group("kw")]
    hit = [r for r in cands if r["kind"] == kind]
    if len(hit) == 1:
        line = j.line_at(a)
        if line not in hit[0]["lines"]:
            hit[0]["lines"] = sorted(hit[0]["lines"] + [line])
