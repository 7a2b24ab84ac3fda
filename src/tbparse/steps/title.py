"""Read the title zone: the type name as printed ("THÔNG BÁO") and the subject (trích yếu).

The subject may share the type line ("THÔNG BÁO KẾT LUẬN CỦA …") or follow it over several lines,
blank lines between; its lines are joined with single spaces, the dash rule under it dropped.
"""
from __future__ import annotations

from ..fold import fold
from ..state import State
from ..vocab import MARKINGS
from .zones import rule_line, type_name_end


def run(st: State) -> None:
    if st.type_idx is None:
        return
    ln = st.lines[st.type_idx]
    end = type_name_end(ln)
    if end is None:  # pragma: no cover - zones only picks lines that have one
        return
    st.out["doc_type"] = ln.text[:end]
    st.frame.append("doc_type")
    st.out["layout"]["doc_type_line"] = ln.no
    parts = []
    # "THÔNG BÁO. KẾT LUẬN …": punctuation after the name is no part of the subject
    rest = ln.text[end:].strip(" .:-–")
    if MARKINGS.fullmatch(fold(rest).strip("()[]*_ ")):
        st.out["markings"].append(rest)  # "THÔNG BÁO (Dự thảo)": a marking, not the subject
        rest = ""
    if rest:
        parts.append(rest)
    first_line = ln.no if rest else None
    last_line = first_line
    a, b = st.title
    for x in st.lines[a + 1 : b]:
        if x.blank or x.sep:
            continue
        if rule_line(x.text):
            st.out["layout"]["subject_rule"] = x.no
            continue
        if x.text[:1] in "([" and MARKINGS.fullmatch(fold(x.text).strip("()[]*_ ")):
            st.out["markings"].append(x.text)  # "(Dự thảo)" under the subject: a marking (audit 13)
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
