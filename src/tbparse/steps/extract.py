"""Fill what the text cites, who it names, its dates and abbreviations, and each directive's deadline.

The extractors (:mod:`tbparse.extract`) work on plain paragraphs; this step hands them the subject
and the body (preamble, sections, closing) — not the header, whose number and date are the
document's own — and puts a ``due`` on every item, bullet or section paragraph that states a deadline.
"""
from __future__ import annotations

import re
from functools import partial
from typing import Callable

from ..fold import fold
from ..state import State
from ..lazyre import lazy_re


def _finder(texts) -> "Callable[[str], bool]":  # noqa: ANN001
    """``t -> any(x in t for x in texts)``, without its quadratic cost on long documents.

    Every node was checked against every date text: the seed's body repeated 100 times spent
    0.26 s of the step's 0.58 there, and 100,000 directives with distinct dates would take hours.
    Repeated texts count once; with many distinct ones, each length's substrings of *t* are
    looked up in a set instead (date texts are short, so few lengths).
    """
    unique = list(dict.fromkeys(texts))
    if len(unique) <= 64:
        return lambda t: any(x in t for x in unique)
    by_len: dict[int, set[str]] = {}
    for x in unique:
        by_len.setdefault(len(x), set()).add(x)

    def contains(t: str) -> bool:
        n = len(t)
        return any(t[i : i + k] in xs for k, xs in by_len.items() for i in range(n - k + 1))

    return contains


# The words of a deadline that holds no date the dates pass reads (it starts from figures and from
# "quý I"–"quý IV"): "định kỳ hằng tháng", "định kỳ mỗi năm", "từ nay đến cuối năm", "định kỳ 6
# tháng" (a half-year's figure is no date). Each is one search of a directive's text (~6 instructions
# a character), so case variants share one where the shorter form is still rare: "ỗi" (mỗi, Mỗi),
# "ịnh k" (định kỳ, định kì); a word let through only costs find_due's own cheap test
_NO_DATE_DUE = ("hằng", "Hằng", "hàng", "Hàng", "ỗi", "uối năm", "iữa năm", "ịnh k")


# The genres that set rules, whose recurring days are a timetable (folded type names)
_RULES = ("quy che", "quy dinh", "noi quy")


# Which congress or plenum a title names: "… lần thứ XXVII", "… lần thứ 5" (folded)
_ORDINAL = lazy_re(r"lan thu [ivxlc]+\b|lan thu \d+\b")


def _subject_pieces(st: State) -> list[tuple[int, str]]:
    """The type line and the subject (trích yếu) under it, as (line, text) pieces."""
    a, b = st.title
    subject = [(ln.no, ln.text) for ln in st.lines[a + 1 : b] if ln.text]
    if st.type_idx is not None:
        head = st.lines[st.type_idx]
        subject.insert(0, (head.no, head.text))
    sl = st.out["layout"].get("subject_lines")
    if not subject and sl and st.out["subject"]:
        # a công văn's "V/v triển khai Chỉ thị số 35-CT/TW" sits in the header, under its number
        subject = [(sl[0], st.out["subject"])]
    return subject


def _body_pieces(st: State) -> list[list[tuple[int, str]]]:
    paras: list[list[tuple[int, str]]] = []
    subject = _subject_pieces(st)
    if subject:
        paras.append(subject)
    paras.extend(p.pieces() for p in st.paras)
    if st.closing_para is not None:
        paras.append(st.closing_para.pieces())
    paras.extend(st.annex_pieces)
    paras.extend(_unplaced_pieces(st))
    return paras


def _unplaced_pieces(st: State) -> list[list[tuple[int, str]]]:
    """The document's own text that no field holds — under the signature, beside the appendices and
    footnotes (``st.annex_pieces``: "(2) Nghị định số 168/2016/NĐ-CP ngày 27/12/2016 của Chính phủ
    quy định …" is where a citation marked "Nghị định số 168/2016/NĐ-CP(2)" in the body gets its
    issuer and date; "PHỤ LỤC … tháng 5/2021" holds dates). One paragraph a line. What a certified copy's block
    leaves unplaced is the copy's, not the document's: it is left out, and so is a second
    document pasted into the same file, and a page's furniture or a web page's chrome around the
    document ("Cập nhật lúc 09:15 ngày 02/11/2015", "Tin liên quan" / "- Thông báo số 698-TB/TU …":
    audit 21, their dates and citations were the document's) (steps/furniture.py)."""
    lay = st.out["layout"]
    copy, other = lay.get("copy"), lay.get("another_document")
    stop = min((x for x in (copy and copy["label_line"], other and other["line"]) if x), default=None)
    return [[(u["line"], u["text"])] for u in st.out["unplaced"]
            if (stop is None or u["line"] < stop) and u["line"] not in st.furniture]


def _assessed(sections: list[dict], year: int | None) -> list[tuple[int, int, int]]:
    """``(first line, last line, year)`` of each assessment section: where a report on the year
    before tells what was done (its later sections plan the issue year)."""
    if year is None:
        return []
    out = []
    for k, s in enumerate(sections):
        if s["role"] == "assessment":
            end = sections[k + 1]["line"] - 1 if k + 1 < len(sections) else _last_line(s)
            out.append((s["line"], end, year))
    return out


def _last_line(node: dict) -> int:
    """The last line a section or item reaches (its own, or its last paragraph's, item's or bullet's)."""
    last = node.get("line", 0)
    for key in ("paragraphs", "items", "bullets"):
        for x in node.get(key, ()):
            last = max(last, _last_line(x))
    return last


def _due(nodes: list[dict], year: int | None, date: str | None, find_due, has_date) -> None:  # noqa: ANN001
    """Set ``due`` on directives that state a deadline.

    ``has_date(node)`` is a cheap gate from the dates already found, so the deadline
    reader runs on the few directives that mention a date at all. *date* is the notice's own:
    nothing is due before it.
    """
    for n in nodes:
        due = None
        if has_date(n):
            due = find_due(n["text"], line=n["line"], default_year=year, not_before=date)
        if due is None:
            for p in n.get("paragraphs", ()):
                if has_date(p):
                    due = find_due(p["text"], line=p["line"], default_year=year, not_before=date)
                    if due:
                        break
        if due:
            n["due"] = due
        _due(n.get("bullets", []), year, date, find_due, has_date)
        _due(n.get("items", []), year, date, find_due, has_date)


def run(st: State) -> None:
    from ..extract import Doc, extract_abbreviations, extract_dates, extract_people, extract_references, find_due
    from ..extract.dates import period_years

    o = st.out
    pieces = _body_pieces(st)
    if not pieces:
        return
    paras = Doc(pieces)  # joined and indexed once for all the extractors
    own = o["number"]["raw"] if o["number"] else None
    # the default year of the body's yearless dates: the issue year, or the next year a plan issued
    # in December names for its period ("CHƯƠNG TRÌNH công tác năm 2013" dated 20/12/2012); a report
    # on the year before ("tổng kết năm 2012" dated 01/2013) reports that year in its assessment
    year, past = period_years(" ".join(t for _, t in _subject_pieces(st)), int(o["date"][:4]) if o["date"] else None)
    refs, warns = extract_references(paras, own_number=own)
    if st.type_idx is not None and o["doc_type"]:
        # the document's own title read as a named resolution: "NGHỊ QUYẾT" / "Đại hội đại biểu Đảng
        # bộ huyện … lần thứ XXVII" (audit 6) — a document never cites itself
        type_no, kind = st.lines[st.type_idx].no, o["doc_type"].lower()
        # … and its later mentions by the same congress or plenum: "thực hiện Nghị quyết Đại hội … lần
        # thứ XXVII" in that congress's own resolution
        m = _ORDINAL.search(fold(o["subject"] or ""))
        mine = re.compile(re.escape(m.group()) + r"\b") if m else None  # "xxvi" is not "xxvii"

        def own_title(r: dict) -> bool:
            if r["number"] is not None or r["kind"].lower() != kind:
                return False
            return r["lines"][0] == type_no or mine is not None and mine.search(fold(r["text"])) is not None

        refs = [r for r in refs if not own_title(r)]
    o["references"] = refs
    for w in warns:
        st.warn("mistyped-reference", w["message"], w.get("line"))
    if fold(o["doc_type"] or "").startswith(_RULES):
        # a rule's "Chi bộ sinh hoạt vào ngày 10 hằng tháng" is its timetable, not a deadline
        find_due = partial(find_due, rule=True)
    o["people"] = extract_people(paras)
    o["dates"] = extract_dates(paras, default_year=year, years=_assessed(o["sections"], past) if past != year else ())
    # recipient lists are full of abbreviations ("LĐLĐ tỉnh", "UVBTV"): scan the footer too
    fa, fb = st.footer
    footer = [[(ln.no, ln.text)] for ln in st.lines[fa:fb] if ln.text]
    o["abbreviations"] = extract_abbreviations(paras.plus(footer))
    # a node can hold a deadline only if a date was found in its text ("… trong quý I" is one: the
    # dates pass reads a quarter without figures), or one of _NO_DATE_DUE: "hằng"/"hàng"/"mỗi" of a
    # recurring period ("báo cáo định kỳ hằng tháng", "định kỳ mỗi năm"), "định kỳ 6 tháng" …
    contains_date = _finder(d["text"] for d in o["dates"])

    def has_date(node: dict) -> bool:
        t = node["text"]
        return any(w in t for w in _NO_DATE_DUE) or contains_date(t)

    for s in o["sections"]:
        if s["role"] != "assessment":  # section I reports what was done; nothing there is due
            _due(s["items"], year, o["date"], find_due, has_date)
            # a section's own paragraph carries its deadline itself: a request after the list
            # ("Đề nghị … gửi về Văn phòng trước 16 giờ 00 ngày 12/10/2024."), an older notice's
            # numbered paragraph ("III- Giao Ban Tuyên giáo … hoàn thành trước ngày 30/6/1997.")
            for p in s["paragraphs"]:
                if has_date(p):
                    due = find_due(p["text"], line=p["line"], default_year=year, not_before=o["date"])
                    if due:
                        p["due"] = due
