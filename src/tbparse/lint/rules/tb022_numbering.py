"""Parts and items not numbered in sequence, or one level mixing punctuation styles ("I-" and "II.").

Parts take Roman numerals, items Arabic ones, points letters: I, II, III …; 1, 2, 3 …; a), b), c)
…, each strictly in sequence (items may restart in each part or run on). The older Party style
writes "I-", "1-", the newer and the State's "I.", "1." — either is accepted, but one level keeps
one style throughout (66-QĐ/TW and 36-HD/VPTW own text; NĐ 30/2020 §II.6 — format-rules.md §6.1,
§9 TB022). Chapters ("Chương I", "Chương II" …) follow in sequence too, and articles ("Điều 1.")
run on through chapters. Part numerals are capitals: "ii." or "iii-" typed in lower case is
reported (a lone "i)" or "v." among lettered points is a point, not a part), and so is an item
"1." typed or OCR'd with the letter l or a capital I ("l." or an untitled "I." before "2.": the
item 1, named, not a broken run). One misplaced number is one finding: "Điều 1, Điều 4, Điều 3" reports
the 4, not the 3 that follows where the 4 should have been. In a .docx, a paragraph numbered
twice — Word's automatic "2." and a number of the same kind typed after it, as text pasted from a
typed list into a numbered one prints "2. 2. Nhiệm vụ …" — is reported at the typed number.

Fails::

    I- Đánh giá tình hình
    …
    III. Nhiệm vụ thời gian tới

Passes::

    I- Đánh giá tình hình
    …
    II- Nhiệm vụ thời gian tới
"""
from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING, Iterator

from ...fold import fold
from ...lazyre import lazy_re
from ...numerals import roman, to_roman
from ..tables import POINT_LETTERS

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB022"
NAME = "numbering"
SEVERITY = "warning"
ERA = ("2004", "2018", "2026")
CHECKS = "text"

# the number as typed at the start of its line, after emphasis: "I- ", "**II. " (a part) …
_PART = lazy_re(r"^[\s*_]*(?P<num>[IVXLC]{1,6})\s*(?P<p>[-.)–:])?")
# … "1- ", "1.1. " (an item) …
_ITEM = lazy_re(r"^[\s*_]*(?P<num>\d{1,3}(?:\.\d{1,3})*)(?P<p>\s*[-.)–])?")
# … "a) ", "b- " (a point)
_POINT = lazy_re(r"^[\s*_]*(?P<num>[a-zđ])\s*(?P<p>[).\-–])")
# a lettered part of a typewriter notice, "A- ĐÁNH GIÁ CHUNG" … "C- KIẾN NGHỊ" (not the Roman hundred)
_LETTER_PART = lazy_re(r"^[\s*_]*(?P<num>[A-ZĐ])\s*(?P<p>[-.)/–:])?")
# a part heading in the body: "III- Nhiệm vụ …", "**IV. KIẾN NGHỊ**" (not "V. I. Lênin": a capital word follows)
_PART_LINE = lazy_re(r"^[\s*_]*([IVX]{1,5})\s*[-.)–]\s*[*_]*[A-ZĐÀ-Ỹ][^\s.]")
# the same in lower case: "ii. Nhiệm vụ …", "iii- Kiến nghị" — a part typed without capitals
_LOWER_PART_LINE = lazy_re(r"^[\s*_]*([ivx]{1,5})\s*[-.)–]\s*[*_]*[A-ZĐÀ-Ỹ][^\s.]")
# a part number the parser read with "l" for "I": "Il", "ll", "IIl"
_OCR_PART = lazy_re(r"[IVXl]*l[IVXl]*")
_CHAPTER = lazy_re(r"^[\s*_]*(?:Chương|CHƯƠNG|Phần|PHẦN)\b")  # "**Chương II**", "PHẦN I"
# a number typed after Word's automatic one, by the label's kind: "2. 2. Nhiệm vụ", "a) b) Rà soát",
# "II- II. KIẾN NGHỊ" (a letter after it, so "1. 3 - 5 ngày" is no number)
_TYPED_AFTER = {
    "arabic": lazy_re(r"\d{1,3}(?:\.\d{1,3})*\s*[-.)–]\s+(?=[^\W\d_])"),
    "letter": lazy_re(r"[a-zđ]\s*[).\-–]\s+(?=[^\W\d_])"),
    "roman": lazy_re(r"[IVXLC]{1,6}\s*[-.)–]\s+(?=[^\W\d_])"),
}
# a chapter's number as the parser gives it: "Chương IV", "Phần 2", "CHƯƠNG III"
_CHAPTER_NO = lazy_re(r"(Chương|CHƯƠNG|Phần|PHẦN)\s+([IVXLC]{1,6}|\d{1,3})$")


def _label(kind: str, v: int) -> str:
    if kind == "roman":
        return to_roman(v) if v > 0 else str(v)
    if kind == "letter":
        return POINT_LETTERS[v - 1] if 0 < v <= len(POINT_LETTERS) else "?"
    return str(v)


class _Run:
    """A numbered run: which values may come next, so that one misplaced number is one finding.

    After a number that breaks the run, the next may follow either the number as typed (a gap:
    1, 2, 4, 5) or the number it should have been (a typo: 1, 4, 3; a swap: 1, 2, 4, 3, 5).
    """

    def __init__(self, first_ok: tuple[int, ...]) -> None:
        self.want = set(first_ok)
        self.first = first_ok[0]
        self.prev: int | None = None
        self.high = 0
        self.missed: int | None = None  # what the last reported number should have been

    def step(self, val: int) -> int | None:
        """Take *val*; return the value expected instead when it breaks the run, else None."""
        exp = None
        if val in self.want:
            nxt = {val + 1}
            if val == self.missed:  # the swap's other half: go on from the higher of the two
                nxt.add(self.high + 1)
            self.missed = None
        else:
            exp = self.first if self.prev is None else self.prev + 1
            self.missed = exp
            nxt = {val + 1, exp, exp + 1}
        self.want, self.prev, self.high = nxt, val, max(self.high, val)
        return exp


class _Walk:
    def __init__(self, ctx) -> None:
        self.ctx = ctx
        self.found: list = []
        self.ocr_one: list[int] = []  # lines of an item 1 typed "I." (read as a part or as text)
        self.styles: dict[str, list[tuple[str, int, str]]] = {}
        self.article = _Run((1,))  # articles run on through chapters

    def style(self, level: str, line: int, pattern: re.Pattern) -> None:
        m = pattern.match(self.ctx.raw(line))
        if m:
            p = (m.group("p") or "").strip() or "none"
            self.styles.setdefault(level, []).append((p, line, m.group("num")))

    def sequence(self, nodes: list[tuple[int, int, str]], kind: str, what: str, first_ok=(1,)) -> None:
        """nodes: (value, line, typed number). Report each number that breaks the run."""
        run = _Run(first_ok)
        for val, line, typed in nodes:
            if val <= 0:
                continue
            prev, exp = run.prev, run.step(val)
            if exp is not None:
                after = f"after {_label(kind, prev)}" if prev is not None else "first"
                self.found.append(self.ctx.hit(line, f"{what} {typed} {after}: expected {_label(kind, exp)}", find=typed))

    def chapters(self, sections: list[dict]) -> None:
        """"Chương I", "Chương IV", "Chương III": each word ("Chương", "Phần") its own run."""
        runs: dict[str, _Run] = {}
        for s in sections:
            m = _CHAPTER_NO.match(s.get("number") or "")
            if not m:
                continue
            word, typed = m.group(1), m.group(2)
            val = int(typed) if typed.isdigit() else roman(typed)
            run = runs.setdefault(word.lower(), _Run((1,)))
            prev, exp = run.prev, run.step(val)
            if exp is not None:
                kind = "arabic" if typed.isdigit() else "roman"
                after = f"after {word} {_label(kind, prev)}" if prev is not None else "first"
                self.found.append(self.ctx.hit(s["line"], f"{word} {typed} {after}: expected {word} {_label(kind, exp)}",
                                               find=typed))

    def items(self, items: list[dict], parent: str | None, depth: int, run_on: int) -> int:
        """Check sibling items; returns the last simple item value (for run-on numbering)."""
        simple, articles, nested, paren, letters = [], [], [], [], []
        for it in items:
            num = it["number"]
            if num.startswith("Điều"):
                articles.append(it)
            elif num.startswith("("):
                paren.append((int(num.strip("()")), it["line"], num))
            elif num[0].isdigit() and "." in num:
                nested.append(it)
            elif num.isdigit():
                simple.append((int(num), it["line"], num))
                self.style(f"item{depth}", it["line"], _ITEM)
            elif num == "l" and not any(x["number"][:1].isalpha() and x["number"] != "l" for x in items):
                # the parser read "l." before "2." as item 1 (OCR, or a typist's small L): in the
                # run as 1, and named — not a point "l" out of place
                simple.append((1, it["line"], num))
                self.found.append(self.ctx.hit(it["line"], "item number «l» is typed with the letter l: write \"1\"",
                                               find="l"))
            elif num[0].isalpha() and num[0] in POINT_LETTERS:
                letters.append((POINT_LETTERS.index(num[0]) + 1, it["line"], num[0]))
                self.style("point", it["line"], _POINT)
        if simple and simple[0][0] == 2:
            # "I. …" / "2. …": the item 1 typed with a capital I, named where it was read
            first = simple[0][1]
            before = [ln for ln in self.ocr_one if first - _OCR_ONE_AHEAD <= ln < first]
            if before:
                simple.insert(0, (1, before[-1], "I"))
        self.sequence(simple, "arabic", "item", first_ok=(1, run_on + 1) if run_on else (1,))
        self.sequence(paren, "arabic", "item", first_ok=(1,))
        self.sequence(letters, "letter", "point")
        for it in articles:
            n = int(it["number"].split()[1])
            prev, exp = self.article.prev, self.article.step(n)
            if exp is not None:
                self.found.append(self.ctx.hit(it["line"], f"Điều {n} after Điều {prev or 0}: expected Điều {exp}",
                                               find=f"{n}"))
        if nested:
            groups: dict[str, list] = {}
            for it in nested:
                head, _, last = it["number"].rpartition(".")
                groups.setdefault(head, []).append((int(last), it["line"], it["number"]))
                self.style(f"nested{it['number'].count('.')}", it["line"], _ITEM)
            for head, nodes in groups.items():
                if parent is not None and head != parent:
                    line, typed = nodes[0][1], nodes[0][2]
                    self.found.append(self.ctx.hit(line, f"item {typed} under item {parent}: expected {parent}.1", find=typed))
                    continue
                self.sequence(nodes, "arabic", "item")
        for it in items:
            self.items(it.get("items") or [], it["number"] if it["number"][0].isdigit() else None, depth + 1, 0)
            self.bullets(it.get("bullets") or [])
        return simple[-1][0] if simple else run_on

    def bullets(self, bullets: list[dict]) -> None:
        points = []
        for b in bullets:
            mk = b["marker"]
            if mk[:1].isalpha():
                if mk[0] in POINT_LETTERS:
                    points.append((POINT_LETTERS.index(mk[0]) + 1, b["line"], mk[0]))
                    self.style("point", b["line"], _POINT)
            self.bullets(b.get("bullets") or [])
        self.sequence(points, "letter", "point")


_OCR_ONE_AHEAD = 40  # lines searched after an "I." for the item "2." that makes it the item 1


def _two_next(ctx, line: int) -> bool:
    """Whether the next numbered line after *line* is the item "2." / "2-" (before any part)."""
    for ln in ctx.lines(line + 1, line + _OCR_ONE_AHEAD):
        if _PART_LINE.match(ln.raw):
            return False
        m = _ITEM.match(ln.raw)
        if m and m.group("p"):
            return m.group("num") == "2"
    return False


def _ocr_one(w: _Walk, line: int, typed: str) -> None:
    w.ocr_one.append(line)
    w.found.append(w.ctx.hit(line, f"item number «{typed}» is typed with the letter {typed}: write \"1\"", find=typed))


def _lower_parts(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The lower-case part numerals among *found* (value, line, typed): "ii", "iii", "iv" … are no
    letters, so they are parts; a single "i", "v" or "x" only next to its neighbour in the run
    ("i." before "ii."), for alone it is a lettered point ("h) …", "i) …", "k) …")."""
    values = {v for v, _, _ in found}
    return [p for p in found if len(p[2]) > 1 or p[0] - 1 in values or p[0] + 1 in values]


def _lettered(sections: list[dict]) -> bool:
    """Parts lettered "A-", "B-", "C-" (1990s typewriter notices): the parser opens them only at
    "A" and goes on only to the next letter, so their run is in sequence — and "C" is no Roman 100."""
    first = next((s["number"] for s in sections if s.get("number")), None)
    return first == "A"


def _label_kind(label: str) -> str | None:
    """"2." → arabic, "a)" → letter, "II-" → roman; None for a bullet or anything else."""
    core = label.rstrip("-.)–: \t")
    if core.replace(".", "").isdigit():
        return "arabic"
    if len(core) == 1 and core in POINT_LETTERS:
        return "letter"
    return "roman" if core and roman(core) else None


def _numbered_twice(source: Source, ctx: Ctx) -> Iterator[Finding]:
    """Paragraphs of a .docx with an automatic number and a number of the same kind typed after it."""
    for ln in source.lines:
        label = (ln.fmt or {}).get("numbering")
        kind = _label_kind(label) if label else None
        if kind is None:
            continue
        raw = ln.raw.lstrip()
        if not raw.startswith(label):
            continue
        rest = raw[len(label):].lstrip()
        m = _TYPED_AFTER[kind].match(rest)
        if m:
            typed = m.group(0).strip()
            yield ctx.hit(ln.no, f"numbered twice: Word's automatic «{label}» and the typed «{typed}»; "
                                 "delete the typed number", find=typed, start=ln.raw.find(label) + len(label))


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    yield from _numbered_twice(source, ctx)
    w = _Walk(ctx)
    parts = []
    lettered = _lettered(notice.get("sections") or [])
    for s in notice.get("sections") or []:
        num = s.get("number")
        if not num:
            continue
        if lettered and len(num) == 1 and num.isupper():
            w.style("part", s["line"], _LETTER_PART)  # "A-" and "B." still mix styles
        elif num.isdigit():
            parts.append((int(num), s["line"], num))
            w.style("heading", s["line"], _ITEM)
        elif num == "I" and not s.get("title") and any(v == 1 for v, _, _ in parts) and _two_next(ctx, s["line"]):
            _ocr_one(w, s["line"], "I")  # part I stands above: an untitled "I." before "2." is item 1
        elif roman(num):
            parts.append((roman(num), s["line"], num))
            w.style("part", s["line"], _PART)
        elif _OCR_PART.fullmatch(num) and roman(num.replace("l", "I")):
            # the parser read "Il." / "ll." as part II (OCR or a typist's lower-case L)
            fixed = num.replace("l", "I")
            parts.append((roman(fixed), s["line"], num))
            w.found.append(ctx.hit(s["line"], f"part number «{num}» is typed with the letter l: write \"{fixed}\"",
                                   find=num))
    untitled = {s["line"] for s in notice.get("sections") or [] if s.get("number") == "I" and not s.get("title")}
    romans = [p for p in parts if p[2] == "I" and p[1] in untitled]
    if len(romans) == 1 and len(parts) == 1 and _two_next(ctx, romans[0][1]):
        # the only part is "I." with "2." under it: the item 1 typed with a capital I (OCR, a typist)
        parts.clear()
        _ocr_one(w, romans[0][1], "I")
    kind = "arabic" if parts and parts[0][2].isdigit() else "roman"
    if kind == "roman" and not any(_CHAPTER.match(ctx.raw(line)) for _, line, _ in parts):
        # the parser starts a part only at the next numeral in sequence ("III-" after "I-" is body
        # text to it), so look for the others in the body lines themselves
        known = {line for _, line, _ in parts}
        lower = []
        for ln in ctx.body_lines():
            m = _PART_LINE.match(ln.raw)
            if m and ln.no not in known and m.group(1) == "I" and any(v == 1 and line < ln.no for v, line, _ in parts) \
                    and _two_next(ctx, ln.no):
                _ocr_one(w, ln.no, "I")  # part I already stands above: "I." before "2." is item 1
            elif m and ln.no not in known and roman(m.group(1)):
                parts.append((roman(m.group(1)), ln.no, m.group(1)))
                w.style("part", ln.no, _PART)
            elif ln.no not in known:
                m = _LOWER_PART_LINE.match(ln.raw)
                if m and roman(m.group(1).upper()):
                    lower.append((roman(m.group(1).upper()), ln.no, m.group(1)))
        for part in _lower_parts(lower):
            parts.append(part)  # in the sequence as the numeral it stands for: "I-", "ii-", "III-" runs on
            val, line, typed = part
            w.found.append(ctx.hit(line, f"write part numerals in capitals: \"{typed.upper()}\", not \"{typed}\"",
                                   find=typed))
        parts.sort(key=lambda p: p[1])
    # a "Phần" above the Roman parts ("Phần thứ hai" / "I. MỤC TIÊU"): each Phần's parts start again
    # at I, or go on from the last one ("VII." after VI), as an Đề án numbers them either way
    heads = [s["line"] for s in notice.get("sections") or [] if fold(s.get("number") or "").startswith("phan ")]
    start = 0
    for k in range(1, len(parts) + 1):
        if k == len(parts) or any(parts[k - 1][1] < h < parts[k][1] for h in heads):
            first_ok = (1,) if not start else (1, parts[start - 1][0] + 1)
            w.sequence(parts[start:k], kind, "part", first_ok)
            start = k
    w.chapters(notice.get("sections") or [])
    run_on = 0
    for s in notice.get("sections") or []:
        run_on = w.items(s.get("items") or [], None, 0, run_on)
    for level, seen in w.styles.items():
        counts = Counter(p for p, _, _ in seen)
        if len(counts) < 2:
            continue
        major = counts.most_common(1)[0][0]
        for p, line, num in seen:
            if p != major:
                shown = "no mark" if p == "none" else f"\"{num}{p}\""
                w.found.append(ctx.hit(line, f"{shown} breaks this level's style: the others write \"{num}{'' if major == 'none' else major}\"",
                                       find=num))
    yield from w.found
