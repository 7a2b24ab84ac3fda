"""Read a certified copy's block: the copying office's own header and footer under the original.

Archives keep copies, not originals: under the original's signature and "Nơi nhận" the copying
office types a label ("SAO Y BẢN CHÍNH", "SAO LỤC", "TRÍCH SAO", format-rules §4.4), its own
issuer, number ("Số 12-SY/VPHU"), place and date, a signature ("T/L BAN THƯỜNG VỤ" / "CHÁNH VĂN
PHÒNG" / name) and a "Nơi nhận" list. zones.py stops the original's footer above the label
(``st.copy``); this step reads the block into ``copy`` with the header and footer steps' own
readers, run on a scratch state whose zones are the block's two halves — so a copy's number,
date line and signature are understood in every layout the document's own are. The label also
stays in ``markings`` (a copy note, as "BẢN SAO" in the header is).

The key is left out when there is no copy: every other output stays as it was.
"""
from __future__ import annotations

from ..lines import Line
from ..state import State
from . import footer, header, zones


def run(st: State) -> None:
    a, b = st.copy
    if a >= b:
        return
    label = st.lines[a]
    k = zones.label_cell(label) or 0
    text = label.frags[k].text if label.frags else label.text.strip()
    st.out["markings"].append(text)
    office = st.footer[1] if st.footer[1] < a else None  # "VĂN PHÒNG HUYỆN ỦY" above the label (zones.copy_office)
    sub = _read(st, a, b, k) if len(label.frags) > 1 else _read(st, a, b, office=office) if office is not None else _read(st, a + 1, b)
    o = sub.out
    blk = _footer(st, sub)
    copy = {
        "label": text,
        "party": o["party"],
        "issuer": o["issuer"],
        "number": o["number"],
        "place": o["place"],
        "date": o["date"],
        "signature": footer._signature(blk) if blk and footer._signed(blk) else None,
        "recipients": [footer.entry_text(r) for r in blk["recipients"]] if blk else [],
        "line": label.no,
    }
    # what the block's header holds beside those fields is kept, never dropped: a copy note
    # ("BẢN SAO") is a marking; a subject has no place in ``copy``
    st.out["markings"].extend(o["markings"])
    if o["subject"]:
        st.unplaced(label.no, o["subject"])
    st.out["unplaced"].extend(o["unplaced"])
    st.out["warnings"].extend(o["warnings"])  # "mistyped-number", "invalid-date" of the copy's lines
    st.out["layout"]["copy"] = {"label_line": label.no, **o["layout"]}
    st.insert_after("recipients", "copy", copy)


def _read(st: State, lo: int, hi: int, label: int | None = None, office: int | None = None) -> State:
    """A scratch state over the block: lines ``lo:hi`` split into its header (issuer, number,
    date) and footer ("Nơi nhận", signature) where zones.py would split a document's tail, read
    by header.run and the footer's reader. Its ``frame`` and State evidence stay there: a copy
    neither makes nor unmakes the document's Party frame. *label*: the label's cell when it shares
    line *lo* with the block's header ("ĐẢNG ỦY XÃ EA NGAI    SAO Y BẢN CHÍNH"): the line is read
    without it. *office*: the copying office's line printed above the label (a PDF's cell before
    the label's, zones.copy_office): read as the block's first header line, in the label's place."""
    sub = State(st.src)
    lines = sub.lines = st.lines  # (the document's lines: furniture.py may have taken some out)
    if office is not None:
        lines = sub.lines = list(lines)
        lines[lo] = lines[office]
    if label is not None:
        ln = lines[lo]
        rest = tuple(fr for x, fr in enumerate(ln.frags) if x != label)
        lines = sub.lines = list(lines)
        lines[lo] = Line(ln.no, ln.raw, " ".join(fr.text for fr in rest), rest, bold=ln.bold, sep=ln.sep, fmt=ln.fmt)
    fs = zones._row_top(lines, zones._footer_start(lines[:hi], lo), lo)
    sub.header = (lo, fs)
    sub.footer = (fs, hi)
    header.run(sub)
    return sub


def _footer(st: State, sub: State) -> dict | None:
    """The block's recipients and signature (footer._read); side-by-side blocks beyond the first
    have no field in ``copy``, so their cells go to ``unplaced``."""
    frags, others = footer._frags(sub)
    blk = footer._read(sub, frags) if frags else None
    for fs in others:
        for fr in fs:
            sub.unplaced(fr.no, fr.text)
    if blk is not None:
        lay = sub.out["layout"]
        if blk["recipients"]:
            lay["recipients"] = [{"line": r["line"], "raw": " ".join(r["raw"])} for r in blk["recipients"]]
        if blk["label_line"] is not None:
            lay["recipients_label"] = blk["label_line"]
        # a label typed otherwise than "Nơi nhận:" and a "Đồng gửi:" have no field in ``copy``:
        # unplaced, as the block's party line is (they were dropped)
        if blk["label_text"] is not None:
            sub.unplaced(blk["label_line"], blk["label_text"])
        if blk["cc_label"] is not None:
            sub.unplaced(blk["cc_label"]["line"], blk["cc_label"]["text"])
        if footer._signed(blk):
            lay["signature"] = footer._sig_layout(blk)
    return blk

