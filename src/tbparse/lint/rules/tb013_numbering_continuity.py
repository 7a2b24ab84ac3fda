"""Numbers of one issuer and document type reused, or out of date order, across the checked files.

Why: a Party body numbers its documents from 01 for each document type within one term of its
committee (nhiệm kỳ), in the order they are issued; secret documents share the series; a joint
document continues the series of the lead body, whose code comes first ("05-QC/BTCTU-BDVTU" is in
the BTCTU series) — 36-HD/VPTW §II.1.3.1(a), format-rules.md §2.1 and §9 (TB013). The State
restarts its numbers every 1 January (NĐ 30), so a State-form number ("05/TB-TU") is compared only
with numbers of the same year.

This is a corpus rule: it compares the files of one ``tbparse check`` run (two or more), never one
file alone. A series is one issuer (its parent and name as printed, without regard to tone-mark
placement or case), its body code and the type code; documents without a number or a date are left
out, and the rest are taken in date order. It reports, on the number line:

- the same number on two different documents of one term (two copies of one document — the same
  bytes, or the same date and subject, such as a .docx and its .txt export — are one document);
- a number smaller than that of a document dated earlier in the same term (or larger than a later
  one): the documents that break the longest run in date order are named, not every one after
  them.

A new term is recognised where the numbers drop back: to 3 or less after passing 10, to a tenth or
less of the highest number so far, or after more than a year without a document of the series
(the archive may lack the new term's first numbers). Gaps in the numbers are not reported:
archives are incomplete.

Fails (two files of one run)::

    notes/a.txt:      Số 510-TB/TU      Phan Thiết, ngày 10 tháng 5 năm 2008
    notes/b.txt:      Số 503-TB/TU      Phan Thiết, ngày 16 tháng 5 năm 2008
    → notes/b.txt: 503-TB/TU dated 2008-05-16 comes after 510-TB/TU of 2008-05-10 (notes/a.txt:5)

    notes/tb-503.txt:  Số 503-TB/TU     Phan Thiết, ngày 16 tháng 5 năm 2008
    notes/tb-503b.txt: Số 503-TB/TU     Phan Thiết, ngày 20 tháng 5 năm 2008   (another subject)
    → each: number 503-TB/TU also used by the other file

Passes::

    notes/a.txt:      Số 503-TB/TU      Phan Thiết, ngày 16 tháng 5 năm 2008
    notes/b.txt:      Số 510-TB/TU      Phan Thiết, ngày 20 tháng 5 năm 2008
    notes/c.txt:      Số 02-TB/TU       Phan Thiết, ngày 12 tháng 11 năm 2010   (a new term)
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date as Date
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from ...fold import fold
from ...lazyre import lazy_re

if TYPE_CHECKING:
    from ..engine import CorpusCtx, CorpusDoc
    from ..finding import Finding

ID = "TB013"
NAME = "numbering-continuity"
SEVERITY = "info"
ERA = ("2004", "2018", "2026")
CHECKS = "corpus"

RESTART_MAX = 3  # a drop to 01–03 …
RESTART_AFTER = 10  # … once the series had passed 10 starts a new term
TERM_GAP_DAYS = 365  # a drop after a year without documents may be a new term whose start is missing

# "05/TB-TU": the State's order (number/type-body), numbered per calendar year
_STATE_FORM = lazy_re(r"^\d+\s*/")


@dataclass
class _Entry:
    """One numbered, dated document of a series."""

    doc: Any  # tbparse.lint.engine.CorpusDoc
    seq: int
    raw: str
    date: str  # "YYYY-MM-DD"
    day: int  # date as an ordinal, for gaps
    line: int
    same: str  # what makes two files one document: "sha:…" or the date and folded subject

    @property
    def where(self) -> str:
        return self.doc.where(self.line)


def _fold(text: str | None) -> str:
    return " ".join(fold(text or "").split())


def _entry(doc: Any) -> tuple[tuple, _Entry] | None:
    """``(series key, entry)`` of a document, or None when it has no usable number or date."""
    n = doc.notice
    num, when = n.get("number") or {}, n.get("date")
    if not (num.get("seq") and num.get("type_code") and num.get("issuer_code") and when):
        return None
    try:
        day = Date.fromisoformat(when).toordinal()
    except ValueError:
        return None
    line = ((n.get("layout") or {}).get("number_line") or {}).get("line") or 1
    raw = num.get("raw") or f"{num['seq']}-{num['type_code']}/{num['issuer_code']}"
    issuer = n.get("issuer") or {}
    codes = num["issuer_code"].split("-")
    year = when[:4] if _STATE_FORM.match(raw) else ""
    key = (_fold(issuer.get("parent")), _fold(issuer.get("name")), codes[0], num["type_code"], year, len(codes) > 1)
    subject = _fold(n.get("subject"))
    same = f"{when}\x1f{subject}" if subject else f"sha\x1f{doc.sha256}"
    return key, _Entry(doc, int(num["seq"]), raw, when, day, line, same)


def _series(docs: list) -> dict[tuple, list[_Entry]]:
    """Entries grouped by series; a joint document joins its lead body's series when one is found.

    The lead body's own documents print its name alone ("BAN TỔ CHỨC"); a joint one prints the
    bodies together ("BAN TỔ CHỨC - BAN DÂN VẬN"), so it joins the series of the same parent,
    lead code and type whose name its own begins with (the longest such name).
    """
    groups: dict[tuple, list[_Entry]] = {}
    joint: list[tuple[tuple, _Entry]] = []
    for doc in docs:
        got = _entry(doc)
        if got is None:
            continue
        key, e = got
        if key[-1]:
            joint.append((key, e))
        else:
            groups.setdefault(key[:-1], []).append(e)
    for key, e in joint:
        parent, name, lead, typ, year, _ = key
        homes = [k for k in groups if k[0] == parent and k[2:] == (lead, typ, year) and name.startswith(k[1])]
        home = max(homes, key=lambda k: len(k[1])) if homes else key[:-1]
        groups.setdefault(home, []).append(e)
    return groups


def _terms(entries: list[_Entry]) -> Iterator[list[_Entry]]:
    """Split a series (in date order) where the numbers start again: a new term (or year)."""
    term: list[_Entry] = []
    high: _Entry | None = None
    for e in entries:
        if high is not None and e.seq <= high.seq:
            late = e.day - high.day > TERM_GAP_DAYS
            drop = e.seq < high.seq and ((e.seq <= RESTART_MAX and high.seq > RESTART_AFTER) or e.seq * 10 <= high.seq)
            if drop or late:
                yield term
                term, high = [], None
        term.append(e)
        if high is None or e.seq > high.seq:
            high = e
    if term:
        yield term


def _reused(term: list[_Entry], ctx) -> Iterator:
    """One finding on each document whose number another document of the term also carries."""
    by_seq: dict[int, list[_Entry]] = {}
    for e in term:
        by_seq.setdefault(e.seq, []).append(e)
    for group in by_seq.values():
        for e in group:
            other = next((o for o in group if o.doc.sha256 != e.doc.sha256 and o.same != e.same), None)
            # (a copy — same bytes, or same date and subject — is the same document)
            if other is None:
                continue
            what = other.date if other.raw == e.raw else f"{other.raw}, {other.date}"
            yield ctx.hit(e.doc, e.line, f"number {e.raw} also used by {other.where} ({what})", find=e.raw)


def _longest_run(term: list[_Entry]) -> list[bool]:
    """Which entries form the longest run of non-decreasing numbers, preferring earlier documents.

    Lengths are computed from the end (the longest run starting at each entry, by bisection),
    then the run is picked from the front, so of "510 (10/5), 503 (16/5)" it is 503 that breaks
    the order, and of "500, 510, 503, 504, 505" it is 510.
    """
    n = len(term)
    starts = [0] * n
    tails: list[int] = []  # tails[k]: minus the largest number that starts a run of length k+1 so far
    for i in range(n - 1, -1, -1):
        x = -term[i].seq
        k = bisect_right(tails, x)
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
        starts[i] = k + 1
    keep = [False] * n
    need, last = len(tails), 0
    for i, e in enumerate(term):
        if need and starts[i] == need and e.seq >= last:
            keep[i], last, need = True, e.seq, need - 1
    return keep


def _out_of_order(term: list[_Entry], ctx) -> Iterator:
    """A finding on each document outside the longest run, naming the run's document it crosses.

    The run's numbers grow with its dates, so the run's last document dated before one holds
    the largest earlier number, and its first one dated after holds the smallest later number.
    """
    keep = _longest_run(term)
    run = [e for e, k in zip(term, keep) if k]
    days = [e.day for e in run]
    for e, k in zip(term, keep):
        if k:
            continue
        i = bisect_left(days, e.day)
        if i and run[i - 1].seq > e.seq:
            o, how = run[i - 1], "after"
        else:
            j = bisect_right(days, e.day)
            if j == len(run) or run[j].seq >= e.seq:
                continue
            o, how = run[j], "before"
        yield ctx.hit(e.doc, e.line, f"{e.raw} dated {e.date} comes {how} {o.raw} of {o.date} ({o.where}): "
                      "numbers run in date order within a term", find=e.raw)


def check_corpus(docs: Iterable[CorpusDoc], ctx: CorpusCtx) -> Iterator[Finding]:
    for entries in _series(list(docs)).values():
        if len(entries) < 2:
            continue
        entries.sort(key=lambda e: (e.day, e.seq, e.doc.path or ""))
        for term in _terms(entries):
            if len(term) < 2:
                continue
            yield from _reused(term, ctx)
            yield from _out_of_order(term, ctx)
