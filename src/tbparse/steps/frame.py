"""Decide whether this is a Party document at all, and warn about missing parts.

A State document (national motto, "380/NQ-CP" numbers, "TM."/"KT." signatures), another
organisation's document (the Youth Union's "ĐOÀN TNCS HỒ CHÍ MINH") or a text with no Party frame
(a news article about a notice) is rejected with the strongest reason found. A Party document with
parts missing (a draft without a header) is kept, with a warning for each missing part.
"""
from __future__ import annotations

from ..state import State
from ..vocab import is_paper
from .annexes import join_wrapped


def rejection(st: State) -> str | None:
    """The one-line reason this is not a Party document, or None."""
    ev = st.state_evidence
    has_party = "party" in st.frame
    numbers = [e for e in ev if e.startswith("State number")]
    motto = [e for e in ev if e.startswith("State motto")]
    if motto:
        return numbers[0] if numbers else motto[0]
    if ev and not has_party and "number" not in st.frame:
        return numbers[0] if numbers else ev[0]
    if st.other_org and not has_party:
        return f"issued by another organisation: {st.other_org}"
    if has_party or "number" in st.frame:
        return None
    if "doc_type" in st.frame and any(x in st.frame for x in ("authority", "recipients_label", "closing", "date")):
        return None
    return "no Party-document frame (no party line, Party number, document type with signature or recipients)"


_PARTS = (
    ("party", "no-party-line", "no party line \"ĐẢNG CỘNG SẢN VIỆT NAM\" in the header"),
    ("issuer", "no-issuer", "no issuing body in the header"),
    ("number", "no-number", "no document number (\"Số …\")"),
    ("date", "no-date", "no place and date line (\"…, ngày … tháng … năm …\")"),
    ("doc_type", "no-doc-type", "no document type line (\"THÔNG BÁO\", …)"),
    ("subject", "no-subject", "no subject (trích yếu) under the document type"),
    ("signature", "no-signature", "no signature block"),
    ("recipients", "no-recipients", "no recipients (\"Nơi nhận\")"),
)


def _blanks(lay: dict) -> dict[str, tuple[int, str]]:
    """What the header step found left blank for the registry to fill: ``{part: (line, message)}``."""
    out: dict[str, tuple[int, str]] = {}
    if lay.get("number_blank"):
        out["number"] = (lay["number_blank"]["line"], "the number is left blank (a draft)")
    dl = lay.get("date_line") or {}
    if dl.get("month"):  # "Quảng Ngãi, tháng 9 năm 2020": a congress document's date, no day
        out["date"] = (dl["line"], f"the date line gives a month, no day ({dl['month']})")
    if dl.get("blank"):
        parts = " and ".join(dl["blank"])
        out["date"] = (dl["line"], f"the {parts} of the date {'is' if len(dl['blank']) == 1 else 'are'} left blank (a draft)")
    return out


def run(st: State) -> None:
    st.out["layout"]["rejected"] = rejection(st)
    o = st.out
    o["unplaced"] = join_wrapped(o["unplaced"])  # an unread appendix's or note's wrapped lines
    is_cong_van = bool(o["number"]) and o["number"]["type_code"] == "CV"  # a công văn has no type line
    paper = is_paper(o["doc_type"])  # a "GIẤY GIỚI THIỆU" has no subject and no "Nơi nhận"
    blanks = _blanks(o["layout"])
    for key, code, msg in _PARTS:
        if key == "doc_type" and is_cong_van or paper and key in ("subject", "recipients"):
            continue
        if not o[key]:
            if key in blanks:  # a draft's placeholder ("Số     -TB/TU", "ngày    tháng 02 năm 2026")
                code = "date-month-only" if key == "date" and (o["layout"].get("date_line") or {}).get("month") else f"{key}-blank"
                st.warn(code, blanks[key][1], blanks[key][0])
            else:
                st.warn(code, msg)
    for u in o["unplaced"]:
        if u["line"] not in st.furniture:  # (page furniture, web chrome, a second document: placed as such)
            st.warn("unplaced-text", f"text the parser could not place: {u['text'][:80]}", u["line"])
