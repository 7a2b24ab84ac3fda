"""Read the title zone: the type name as printed ("THÔNG BÁO") and the subject (trích yếu).

The subject may share the type line ("THÔNG BÁO KẾT LUẬN CỦA …") or follow it over several lines,
blank lines between; its lines are joined with single spaces, the dash rule under it dropped.
"""
from __future__ import annotations

from ..fold import fold
from ..state import State
from ..vocab import MARKINGS, is_caps
from .header import DATE_LINE, NOTE, parse_date
from .zones import rule_line, type_name_end


def _header_date(st: State, x) -> bool:
    """Read line *x* of the title zone as the header's date line when the header had none and the
    whole line is one ("Hà Giang, ngày 30 tháng 7 năm 2018"): pdftotext without -layout may print
    the right column's date after the title block, where it ran into the subject (audit 24)."""
    if st.out["date"] is not None or "date_line" in st.out["layout"] or len(x.frags) != 1 or len(x.text) > 80:
        return False
    f = fold(x.text)
    m = DATE_LINE.fullmatch(f.rstrip(" ."))
    if m is None or not m.group("place") or "," not in f[m.end("place"): m.start("d")]:
        return False  # (with its comma: "Hội nghị ngày 18/3/2021" is a subject's wrapped line)
    parse_date(st, x.text, x.no)
    return True


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
    parts: list[tuple[int, str]] = []  # (line, text) of the subject's lines
    # "THÔNG BÁO. KẾT LUẬN …": punctuation after the name is no part of the subject
    rest = ln.text[end:].strip(" .:-–")
    if MARKINGS.fullmatch(fold(rest).strip("()[]*_ ")):
        st.out["markings"].append(rest)  # "THÔNG BÁO (Dự thảo)": a marking, not the subject
        rest = ""
    if rest:
        parts.append((ln.no, rest))
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
        if len(x.text) <= 40 and NOTE.fullmatch(fold(x.text).strip("()[]*_ ")):
            # "(Lưu hành nội bộ)", "TÀI LIỆU HỘI NGHỊ" under the subject: a circulation note, as it
            # is in the header's corner (audit 24: it ran into the subject)
            st.out["markings"].append(x.text)
            continue
        if x.text[:1].isupper() and _header_date(st, x):
            continue
        parts.append((x.no, x.text))
    if len(parts) > 1 and _author_line(parts[0][1]):
        # "KẾT LUẬN" / "CỦA BỘ CHÍNH TRỊ" / "về …": the type line's author, not the subject
        no, text = parts.pop(0)
        st.insert_after("subject", "author", text.split(None, 1)[1])
        st.out["layout"]["author_line"] = {"line": no, "text": text}  # as printed, "CỦA" kept
    if parts:
        if st.out["subject"]:  # a "V/v …" subject from the header: keep its text
            st.unplaced(st.out["layout"]["subject_lines"][0], st.out["subject"])
        st.out["subject"] = " ".join(t for _, t in parts)
        st.out["layout"]["subject_lines"] = [parts[0][0], parts[-1][0]]


# What the body named after "CỦA" holds when the line goes on into the subject: "CỦA BAN THƯỜNG VỤ
# TỈNH ỦY VỀ CÔNG TÁC CÁN BỘ", "CỦA THƯỜNG TRỰC TỈNH ỦY TẠI BUỔI LÀM VIỆC …" (folded)
_TOPIC_WORDS = (" ve ", " tai ", " doi voi ", " trong ", " nhan ", " voi ")


def _author_line(text: str) -> bool:
    """A line naming only the body a central (or provincial) document is of, typed under its type
    name and over its subject: "CỦA BỘ CHÍNH TRỊ", "CỦA BAN BÍ THƯ", "CỦA BAN THƯỜNG VỤ TỈNH ỦY",
    "CỦA ĐỒNG CHÍ CHÁNH VĂN PHÒNG TRUNG ƯƠNG ĐẢNG" — caps, short, no topic after the body (audit 24:
    it opened the subject, "CỦA BỘ CHÍNH TRỊ về tiếp tục …")."""
    if text[:3] not in ("CỦA", "CUẢ") or len(text) > 90 or not is_caps(text):
        return False
    f = " ".join(fold(text).split()) + " "
    return f.startswith("cua ") and len(f.split()) >= 3 and not any(w in f for w in _TOPIC_WORDS)

