"""Read the title zone: the type name as printed ("THÔNG BÁO") and the subject (trích yếu).

The subject may share the type line ("THÔNG BÁO KẾT LUẬN CỦA …") or follow it over several lines,
blank lines between; its lines are joined with single spaces, the dash rule under it dropped.
"""
from __future__ import annotations

from ..fold import fold
from ..state import State
from ..vocab import RULE, TYPE_LINE


def run(st: State) -> None:
    if st.type_idx is None:
        return
    ln = st.lines[st.type_idx]
    m = TYPE_LINE.match(fold(ln.text))
    if not m:  # pragma: no cover - zones only picks lines that match
        return
    st.out["doc_type"] = ln.text[: m.end()]
    st.frame.append("doc_type")
    st.out["layout"]["doc_type_line"] = ln.no
    parts = []
    rest = ln.text[m.end() :].strip()
    if rest:
        parts.append(rest)
    first_line = ln.no if rest else None
    last_line = first_line
    a, b = st.title
    for x in st.lines[a + 1 : b]:
        if x.blank or x.sep:
            continue
        if RULE.match(x.text):
            st.out["layout"]["subject_rule"] = x.no
            continue
        if first_line is None:
            first_line = x.no
        last_line = x.no
        parts.append(x.text)
    if parts:
        if st.out["subject"]:  # a "V/v …" subject from the header: keep its text
            st.unplaced(st.out["layout"]["subject_lines"][0], st.out["subject"])
        st.out["subject"] = " ".join(parts)
        st.out["layout"]["subject_lines"] = [first_line, last_line]
