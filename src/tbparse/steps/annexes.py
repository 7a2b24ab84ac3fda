"""Read what a document carries under its signature: appendices and footnotes.

A plan or report often ends with a "PHỤ LỤC" (a table of classes, a list of cadres) attached to
it, and a text that cites a decree or names a company explains it in footnotes ("(2) Nghị định
số 168/2016/NĐ-CP ngày 27/12/2016 của Chính phủ …" for the body's "Nghị định số 168/2016/NĐ-CP(2)").
The footer step leaves every line under the signature it cannot read in ``unplaced``, so an
ordinary plan with an appendix came out with a dozen ``unplaced-text`` warnings (``--strict``
failed it, a batch report flagged it) and its appendix had no shape.

This step takes them out of ``unplaced`` into two fields, each key present only when the document
has one (every other output stays as it was):

- ``appendices``: ``{label, title, attached, line, paragraphs}`` per appendix — its label line
  ("PHỤ LỤC", "PHỤ LỤC II", "Phụ lục số 02"; "DANH SÁCH …", "BIỂU …" only with a "(Kèm theo …)"
  line under it), the capitals title under the label, the "Kèm theo Kế hoạch số … ngày …" note
  without its parentheses, and the rest one paragraph a line (a hard-wrapped line joined to the one
  it goes on from);
- ``footnotes``: ``{mark, line, text}`` per note — a run "(1) …", "(2) …" (or "[1]", "¹") whose
  marks the body carries right after a word ("Phước An(1)", "NĐ-CP[2]"), and a custom mark's note
  "(*) …", "(**) …" (or "* …") for the body's "Phước An(*)" (mark "*", "**"); a mark alone on its
  line with its text on the next ("(1)" / "Công ty TNHH …", as a PDF's note column prints it; "*" /
  "Công ty …" for a body's "(*)") is one note too, at the mark's line; in a .docx, each real
  footnote or endnote, which the reader prints after everything as "(1) …" (its lines carry
  ``fmt["note"]``: the reader knows they are notes, even one with a custom mark "(*) …").

Only lines under the footer's start are read, never a certified copy's block (``copy``) nor what
the furniture step took out (page numbers, web chrome, a second document).
"""
from __future__ import annotations

from typing import Callable

from ..fold import fold
from ..lazyre import lazy_re
from ..state import State
from ..vocab import is_caps
from .paragraphs import MARKER, PAGE_NO

# An appendix's label, alone or with its title after a separator (folded): "phu luc", "phu luc
# ii", "phu luc so 02", "phu luc 1: danh sach …", "phu luc i. ket qua …"
_LABEL = lazy_re(r"phu\s*luc(?:\s+(?:so\s*)?(?:[ivxlc]{1,5}|\d{1,2}|[a-z]))?\b\s*(?:[.:\-–]\s*)?")
# A list or table attached by a "(Kèm theo …)" line under it (folded): "danh sach can bo …",
# "bieu tong hop …", "bang phan cong …", "mau so 01 …"
_LISTED = lazy_re(r"(?:danh sach|bieu|bang|mau)\b")
# The note tying it to the document (folded): "(kem theo ke hoach so 48-kh/btctu ngay …)",
# "(ban hanh kem theo quyet dinh so …)"
_ATTACHED = lazy_re(r"\(?\s*(?:ban\s+hanh\s+)?kem\s+theo\b")
# A footnote's mark at the start of its line: "(1) ", "[2] ", "³ "; a custom mark "(*) ", "(**) ",
# or a bare "* " (only for a body's "(*)": see _note); or the mark alone on its line, "(1)", "(*)",
# "*", its text on the next line (a bare "*" only over a sentence: see _alone_text)
_NOTE = lazy_re(r"(?:\((\d{1,2})\)|\[(\d{1,2})\]|([\u00b9\u00b2\u00b3\u2074-\u2079])|\((\*{1,2})\)|(\*)(?=\s+\S|\s*$))"
                r"\s*(?=\S|$)")
_SUPERSCRIPT = {"\u00b9": 1, "\u00b2": 2, "\u00b3": 3, **{chr(0x2070 + k): k for k in range(4, 10)}}

# what ends a sentence (not a clause's ";" or ","): "… tháng 5/2021.", "… như sau:", "… ?"
_FULL_STOP = (".", ":", "!", "?", ".”", '."')


def goes_on(a: dict, b: dict) -> bool:
    """Is unplaced line *b* the rest of *a*, cut by a hard wrap? Text after the signature (an
    appendix, footnotes) is unplaced line by line, and a PDF or web copy wraps it: "(2) Nghị định
    số 168/2016/NĐ-CP … khoán rừng, vườn" / "cây và diện tích mặt nước." (audit 11). The next
    line, *a* unfinished, *b* going on in lower case or on a figure that is no number of its own
    ("… 150 học viên; tháng" / "6/2021.", not "2. Lớp thứ hai …" nor a page number "3"); a
    semicolon ends a clause, not the sentence ("… doanh nghiệp;" / "150 học viên; …")."""
    t = b["text"]
    if b["line"] != a["line"] + 1 or a["text"].endswith(_FULL_STOP) or not t:
        return False
    return t[0].islower() or t[0].isdigit() and not MARKER.match(t) and not PAGE_NO.match(t)


def wrapped_groups(entries: list[dict]) -> list[list[dict]]:
    """*entries* (``{line, text}``) grouped into the lines each hard-wrapped paragraph spans
    (:func:`goes_on`)."""
    out: list[list[dict]] = []
    for u in entries:
        if out and goes_on(out[-1][-1], u):  # (the group's last line: its text ends as the group's does)
            out[-1].append(u)
        else:
            out.append([u])
    return out


def join_wrapped(entries: list[dict]) -> list[dict]:
    """*entries* with each line joined to the one it goes on from; a joined entry keeps its first line."""
    return [{**g[0], "text": " ".join(e["text"] for e in g)} for g in wrapped_groups(entries)]


def label_line(t: str) -> bool:
    """*t* is an appendix's label line: "PHỤ LỤC", "Phụ lục số 01", "PHỤ LỤC 1: DANH SÁCH …" (its
    title in capitals after it, if any) — what the footer stops reading its list at."""
    if len(t) > 200 or t[:1] not in ("P", "p"):
        return False
    m = _LABEL.match(fold(t))
    if m is None:
        return False
    rest = t[m.end():].strip()
    return not rest or is_caps(rest)


def _label(entries: list[dict], k: int) -> tuple[str, str | None] | None:
    """``(label, title on the label's line)`` when ``entries[k]`` opens an appendix, else None."""
    t = entries[k]["text"]
    if len(t) > 200 or t[:1] not in ("P", "p", "D", "B", "M"):
        return None
    f = fold(t)
    m = _LABEL.match(f)
    if m is not None:
        rest = t[m.end():].strip()
        if rest and not is_caps(rest):
            return None  # "Phụ lục kèm theo gồm 3 biểu" is a sentence, not a label
        return t[: m.end()].rstrip(" .:-–"), rest or None
    # a caps list or table only with its "(Kèm theo …)" note right under it (or under its title)
    if is_caps(t) and _LISTED.match(f) and any(
            _ATTACHED.match(fold(e["text"])) for e in entries[k + 1: k + 4]):
        return t, None
    return None


def _marked(body: str, n: int | str, typed: str) -> bool:
    """Whether the body carries footnote mark *n* (typed *typed*: "1", "01") right after a word:
    "Phước An(1)", "NĐ-CP[2]", "An²"; a custom mark ("*", "**") in parentheses only: "Phước An(*)"."""
    if isinstance(n, str):
        needles: tuple[str, ...] = (f"({n})",)
    else:  # (a superscript is the figure's own mark: "(01)" in the body is not "¹")
        needles = (f"({typed})", f"[{typed}]", *(s for s, v in _SUPERSCRIPT.items() if v == n and typed == str(n)))
    for needle in needles:
        i = body.find(needle)
        while i >= 0:
            if i > 0 and not body[i - 1].isspace():
                return True
            i = body.find(needle, i + 1)
    return False


def _note(text: str) -> tuple[int | str, int, str] | None:
    """``(mark, where the note's text starts, the mark as the output gives it)`` of a footnote
    line, else None: a number for a numbered note (its figures as typed: "1", "01"; "1" for "¹"),
    the stars of a custom mark ("*" for "(*) …" and "* …", "**" for "(**) …"). Where the mark
    stands alone ("(1)"), the text starts at the line's end: it is on the next line."""
    if text[:1] not in "([*\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079":
        return None
    m = _NOTE.match(text)
    if m is None:
        return None
    g = m.group(1) or m.group(2)
    if g:
        return int(g), m.end(), g
    if m.group(3):
        n = _SUPERSCRIPT[m.group(3)]
        return n, m.end(), str(n)
    stars = m.group(4) or m.group(5)
    return stars, m.end(), stars


def _alone_text(entries: list[dict], k: int, mark_line: int, bare: bool = False) -> bool:
    """Whether ``entries[k]`` is the text of a mark typed alone on line *mark_line*: the very next
    line, neither a note's mark of its own nor an appendix's label. Under a bare "*" (*bare*),
    only a line in normal case: a caps line or a number under a star is a heading's ("TỈNH ỦY …" /
    "*" / "Số …", an appendix typed with the issuer's header)."""
    t = entries[k]["text"]
    if bare and (is_caps(t) or fold(t[:3]) == "so "):
        return False
    return entries[k]["line"] == mark_line + 1 and _note(t) is None and _label(entries, k) is None


def _note_below(entries: list[dict], j: int) -> bool:
    """Does the "(Kèm theo …)" note follow ``entries[j]`` within a title's lines?"""
    return any(_ATTACHED.match(fold(e["text"])) for e in entries[j + 1: j + 3])


def _appendix(entries: list[dict], k: int, label: str, title: str | None) -> tuple[dict, int]:
    """The appendix opening at ``entries[k]`` and the index after its head (label, title, note)."""
    titles = [title] if title else []
    attached = None
    j = k + 1
    while j < len(entries):
        t = entries[j]["text"]
        f = fold(t)
        if attached is None and _ATTACHED.match(f):
            note = t.strip()
            j += 1
            # a wrapped note goes on to its closing parenthesis: "(Ban hành kèm theo Quyết định số
            # … ngày 23/6/2026" / "của Ủy ban nhân dân tỉnh Lào Cai)"
            while note.startswith("(") and ")" not in note and j < len(entries) and j - k < 6 \
                    and entries[j]["line"] - entries[j - 1]["line"] <= 1:
                note += " " + entries[j]["text"].strip()
                j += 1
            attached = note.removeprefix("(").removesuffix(")").strip()
            continue
        cell = entries[j - 1]["line"] == entries[j]["line"] or (
            j + 1 < len(entries) and entries[j + 1]["line"] == entries[j]["line"])
        if attached is None and not MARKER.match(t) and len(titles) < 3 and not cell and (
                is_caps(t) or not t.endswith((".", ";", ":")) and _note_below(entries, j)):
            # (not a table's header cell: "| STT | Nội dung | Thời gian |" is a row, not the title;
            # a title in normal case only over the "(Kèm theo …)" note: "DANH SÁCH" / "Đoàn kiểm
            # tra việc thực hiện Chỉ thị số 05-CT/TW" / "(Kèm theo Quyết định số …)" — audit 24)
            titles.append(t)
            j += 1
            continue
        break
    return {"label": label, "title": " ".join(titles) or None, "attached": attached,
            "line": entries[k]["line"], "paragraphs": [], "head": entries[k:j]}, j


def _rows(entries: list[dict]) -> list[dict]:
    """The cells of one table row (entries on one line: "| 1 | Hội diễn văn nghệ … | Tháng 8/2019 |")
    joined into one entry, cells parted by spaces, as a row in the body is one paragraph (audit 23:
    an appendix's table came out a paragraph a cell)."""
    out: list[dict] = []
    for e in entries:
        if out and out[-1]["line"] == e["line"]:
            out[-1] = {**out[-1], "text": out[-1]["text"] + " " + e["text"], "row": True}
        else:
            out.append(e)
    return out


def _run(entries: list[dict], k: int, goes: "Callable[[dict, dict], bool]") -> int:
    """Index after ``entries[k]`` and the entries after it that *goes* (previous, next) carries on."""
    j = k + 1
    while j < len(entries) and goes(entries[j - 1], entries[j]):
        j += 1
    return j


def run(st: State) -> None:
    fa = st.footer[0]
    if fa >= len(st.lines) or not st.out["unplaced"]:
        return
    top = st.lines[fa].no
    ca, cb = st.copy
    copy_lines = range(st.lines[ca].no, st.lines[cb - 1].no + 1) if ca < cb else range(0)
    mine = [u for u in st.out["unplaced"]
            if u["line"] >= top and u["line"] not in copy_lines and u["line"] not in st.furniture]
    if not mine:
        return
    body = " ".join(p.text for p in st.paras)
    if st.closing_para is not None:
        body += " " + st.closing_para.text
    # a bare "*" alone on its line is no unplaced text (state.unplaced keeps no line of marks), but
    # over the note's text it is the mark of the body's "Phước An(*)" ("*" / "Công ty …"): read
    # here with the rest, and never kept when it heads no note
    stars = [{"line": ln.no, "text": "*"} for ln in st.lines[fa:] if ln.text == "*"
             and ln.no not in copy_lines and ln.no not in st.furniture] if "(*)" in body else []
    star_ids = set()
    if stars and _marked(body, "*", "*"):
        mine += stars
        star_ids = {id(x) for x in stars}
    mine.sort(key=lambda u: u["line"])
    # a .docx's own footnotes and endnotes, printed at the end by the reader: line → mark
    word_notes = {ln.no: ln.fmt["note"] for ln in st.lines[fa:] if ln.fmt is not None and "note" in ln.fmt} \
        if st.src.kind == "docx" else {}
    seen: dict[tuple[int | str, str], bool] = {}

    def marked(n: int | str, typed: str) -> bool:  # (once per mark: the body is read once, not per note line)
        if (n, typed) not in seen:
            seen[n, typed] = _marked(body, n, typed)
        return seen[n, typed]

    appendices: list[dict] = []
    footnotes: list[dict] = []
    taken: set[int] = set()  # id() of the entries moved out of unplaced
    k = 0
    while k < len(mine):
        u = mine[k]
        skip = 1  # the note's lines its "first" text covers (the mark's; and the next, for a mark alone)
        mark = word_notes.get(u["line"]) if word_notes else None
        if mark is not None:
            lead = f"({mark})"
            first = u["text"][len(lead):].lstrip() if u["text"].startswith(lead) else u["text"]
            # (ASCII figures only: a custom mark "²" is a digit to str.isdigit, not to int)
            seq = int(mark) if mark.isascii() and mark.isdigit() else footnotes[-1]["mark_n"] if footnotes else 0
            # a line break typed in the note: its other pieces stand on the same line
            end = _run(mine, k, lambda a, b: b["line"] == u["line"])
        else:
            note = _note(u["text"])
            last_n = footnotes[-1]["mark_n"] if footnotes else 0
            if note is None or not (
                    # numbered notes in sequence; a custom mark once, anywhere among them ("Phước An(*)" /
                    # "(*) Công ty …", or "* Công ty …" as a web copy prints it)
                    note[0] == last_n + 1 if isinstance(note[0], int) else all(f["mark"] != note[0] for f in footnotes)
            ) or not marked(*note[::2]):
                end = k
            elif note[1] < len(u["text"]):
                mark, first = note[2], u["text"][note[1]:]
                seq = note[0] if isinstance(note[0], int) else last_n
                # its wrapped lines ("… khoán rừng, vườn" / "cây và diện tích mặt nước.")
                end = _run(mine, k, goes_on)
            elif k + 1 < len(mine) and _alone_text(mine, k + 1, u["line"], u["text"] == "*"):
                # the mark alone on its line, the note's text on the next ("(1)" / "Công ty TNHH …")
                mark, first, skip = note[2], mine[k + 1]["text"], 2
                seq = note[0] if isinstance(note[0], int) else last_n
                end = _run(mine, k + 1, goes_on)
            else:
                end = k
        if end > k:
            footnotes.append({"mark": mark, "line": u["line"], "first": first, "mark_n": seq, "pieces": mine[k:end],
                              "skip": skip})
            taken.update(id(e) for e in mine[k:end])
            k = end
            continue
        head = _label(mine, k)
        if head is not None:
            start = k
            app, k = _appendix(mine, k, *head)
            appendices.append(app)
            taken.update(id(e) for e in mine[start:k])
            continue
        if id(u) in star_ids:
            pass  # a bare "*" heading no note: a line of marks, as state.unplaced has it
        elif appendices and (not footnotes or footnotes[-1]["line"] < appendices[-1]["line"]):
            appendices[-1]["paragraphs"].append(u)  # the appendix's text, up to its next label or note
            taken.add(id(u))
        k += 1
    if not appendices and not footnotes:
        return
    st.out["unplaced"] = [u for u in st.out["unplaced"] if id(u) not in taken]
    extra: dict = {}
    pieces = st.annex_pieces  # for the extractors: each paragraph with its physical lines
    if appendices:
        for a in appendices:
            pieces.append([(e["line"], e["text"]) for e in a.pop("head")])  # label, title, note: their own lines
            groups: list[list[dict]] = []
            for e in _rows(a["paragraphs"]):  # (a row ends where it ends: the next row is no wrapped line of it)
                if groups and "row" not in e and "row" not in groups[-1][-1] and goes_on(groups[-1][-1], e):
                    groups[-1].append(e)
                else:
                    groups.append([e])
            pieces.extend([(e["line"], e["text"]) for e in g] for g in groups)
            a["paragraphs"] = [{"line": g[0]["line"], "text": " ".join(e["text"] for e in g)} for g in groups]
        extra["appendices"] = appendices
    if footnotes:
        extra["footnotes"] = [{"mark": n["mark"], "line": n["line"],
                               "text": " ".join([n["first"], *(e["text"] for e in n["pieces"][n["skip"]:])])} for n in footnotes]
        pieces.extend([(e["line"], e["text"]) for e in n["pieces"]] for n in footnotes)
    out: dict = {}
    for key, v in st.out.items():
        if key == "references":  # right before what the text cites: the contract's order
            out.update(extra)
        out[key] = v
    st.out = out
