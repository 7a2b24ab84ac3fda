"""Read the footer zone: the signature block (right) and the "Nơi nhận" list (left).

In Word exports the two columns interleave line by line; in PDF extractions their lines come in
any order; web copies put each column in its own cell and wrap long entries. So every fragment is
classified by content: a "- …" entry starts a recipient, an authority prefix starts the signature,
caps lines after it are the rest of the authority or the position, a parenthesised "(đã ký …)" is
the copy note, a capitalised name is the signer, and anything else continues an unfinished entry.
"""
from __future__ import annotations

import re

from ..fold import fold
from ..state import State
from ..vocab import AUTHORITY, POSITION_START, RECIPIENTS_LABEL, SIGNED_NOTE, is_caps, is_name

# A recipient entry: "- Thường trực Tỉnh uỷ;", "– Lưu VP.", "+ Như trên,", "• …"
ENTRY = re.compile(r"^[-–—+•·*]\s*")
_TERMINATORS = (";", ",", ".")
# academic and military titles typed before a signer's name: "TS. ", "PGS.TS. ", "Đại tá "
_TITLES = re.compile(r"^(?:(?:GS|PGS|TS|ThS|BS|KS|CN|NCS)\.\s*)+|^(?:Đại tá|Thượng tá|Trung tá|Thiếu tướng|Trung tướng)\s+")


class _Frag:
    __slots__ = ("no", "text", "bold", "fold")

    def __init__(self, no: int, text: str, bold: bool) -> None:
        self.no = no
        self.text = text
        self.bold = bold
        self.fold = fold(text)


def _frags(st: State) -> list[_Frag]:
    a, b = st.footer
    out = []
    for ln in st.lines[a:b]:
        for fr in ln.frags:
            out.append(_Frag(ln.no, fr.text, ln.bold))
    return out


def _wraps_entry(recipients: list[dict], t: str) -> bool:
    """A lower-case line under an entry ending with "," (or nothing) is its wrapped tail.

    "- Các ban đảng, ban cán sự đảng, đảng đoàn," / "  đảng ủy trực thuộc Trung ương,": the ","
    ends a list item, not the text, so the entry is still open for a line that cannot start one.
    """
    return bool(recipients) and t[:1].islower() and not recipients[-1]["text"][-1].endswith((";", "."))


def run(st: State) -> None:
    frags = _frags(st)
    if not frags:
        return
    recipients: list[dict] = []  # {"line", "text", "raw"}
    auths: list[dict] = []  # {"mode", "body", "line", "bold"}
    caps_after: list[_Frag] = []  # caps lines after the last authority line
    position: str | None = None
    position_line: int | None = None
    signer = note = None
    signer_line = label_line = None
    open_entry = False  # last recipient not yet terminated: a plain line continues it

    def settle_caps() -> None:
        nonlocal position, position_line
        if not caps_after:
            return
        lines = list(caps_after)
        caps_after.clear()
        # (index and join, not pop(0) and +=: linear when a block has thousands of lines)
        i = 0
        if auths:
            a = auths[-1]
            more = []
            # lines in the authority's own bold span belong to it ("**K/T CHÁNH" / "VĂN PHÒNG**")
            while i < len(lines) - 1 and a["bold"] and lines[i].bold:
                more.append(lines[i].text)
                i += 1
            if len(lines) - i == 1 and not POSITION_START.match(lines[i].fold) and position is None:
                more.append(lines[i].text)
                i += 1
            while len(lines) - i > 1:
                more.append(lines[i].text)
                i += 1
            if more:
                a["body"] += " " + " ".join(more)
        if i < len(lines):
            if position is None:
                position, position_line = lines[i].text, lines[i].no
            else:
                position += " " + lines[i].text
            if i + 1 < len(lines):
                position += " " + " ".join(x.text for x in lines[i + 1 :])

    for fr in frags:
        t = fr.text
        f = fr.fold
        m = RECIPIENTS_LABEL.match(f)
        if m:
            settle_caps()
            label_line = fr.no
            st.frame.append("recipients_label")
            rest = t[m.end() :].strip()
            if not rest:
                continue
            t, f = rest, fold(rest)
        if ENTRY.match(t) and not AUTHORITY.match(f):
            settle_caps()
            body = ENTRY.sub("", t, count=1)
            recipients.append({"line": fr.no, "text": [body], "raw": [t]})  # parts, joined at the end
            open_entry = not body.endswith(_TERMINATORS)
            continue
        am = AUTHORITY.match(f)
        if am and is_caps(t):
            settle_caps()
            mode = t[: am.end()].strip().upper()
            auths.append({"mode": mode, "body": t[am.end() :].strip(), "line": fr.no, "bold": fr.bold})
            open_entry = False
            continue
        if SIGNED_NOTE.search(f) and t.startswith(("(", "[")):
            settle_caps()
            if note is None:
                note = t
            else:  # a second copy note: kept as text, never dropped
                st.unplaced(fr.no, t)
            continue
        if signer is not None and not open_entry and not _wraps_entry(recipients, t):
            st.unplaced(fr.no, t)  # after the signer's name: an appendix or stray text, not the footer
            continue
        if is_caps(t) and (auths or POSITION_START.match(f) or caps_after) and not t.endswith((",", ";")):
            caps_after.append(fr)
            continue
        if signer is None and is_name(_TITLES.sub("", t)):
            # the signer, even right under an unterminated last recipient; "TS. Nguyễn Văn An" too
            settle_caps()
            signer, signer_line = t, fr.no
            open_entry = False
            continue
        if recipients and (open_entry or t[:1].islower()):  # a wrapped entry: "… các huyện ủy,\nthị ủy, thành ủy,"
            settle_caps()
            r = recipients[-1]
            r["text"].append(t)
            r["raw"].append(t)
            open_entry = not t.endswith(_TERMINATORS)
            continue
        if is_caps(t):
            caps_after.append(fr)
            continue
        st.unplaced(fr.no, t)
    settle_caps()

    if recipients:
        st.out["recipients"] = [" ".join(r["text"]).rstrip(";,. ") for r in recipients]
        st.out["layout"]["recipients"] = [{"line": r["line"], "raw": " ".join(r["raw"])} for r in recipients]
    if label_line is not None:
        st.out["layout"]["recipients_label"] = label_line
    if auths or position or signer or note:
        st.out["signature"] = {
            "authority": [{"mode": a["mode"], "body": a["body"]} for a in auths],
            "position": position,
            "signer": signer,
            "note": note,
        }
        st.out["layout"]["signature"] = {
            "authority_lines": [a["line"] for a in auths],
            "position_line": position_line,
            "signer_line": signer_line,
        }
        if auths:
            st.frame.append("authority")
            for a in auths:
                if a["mode"] in ("TM.", "KT.", "TL.", "TUQ."):
                    st.state_evidence.append(f"State signature {a['mode']} {a['body']}")
