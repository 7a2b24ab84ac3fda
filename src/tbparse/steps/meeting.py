"""Read the opening of a conclusions notice: when the meeting was, who chaired, with whom, who attended.

"Ngày 14/5/2008, đồng chí Lê Tiến Phương – Phó Bí thư Thường trực Tỉnh uỷ đã có buổi làm việc với
Đảng uỷ khối Doanh nghiệp." / "Tham dự buổi làm việc có …: Ban Tổ chức, Ban Tuyên giáo, … và Tỉnh
Đoàn." The preamble paragraphs stay as they are; this step only derives fields from them.
"""
from __future__ import annotations

import datetime as _dt
import re

from ..fold import fold
from ..state import State

# "ngày 14/5/2008", "ngày 26-11-2025", "ngày 18 tháng 11 năm 2025" (folded)
#   also "Sáng 14/5/2008", "Chiều ngày 14-5-2008"
MEETING_DATE = re.compile(
    r"(?:ngay|sang|chieu|toi|trua)\s+(?:ngay\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})"
    r"|ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})"
)
MEETING_WORDS = re.compile(r"buoi lam viec|hoi nghi|phien hop|cuoc hop|chu tri|lam viec voi|ky hop|hop\b|lam viec tai")
# "đồng chí Lê Tiến Phương – Phó Bí thư …", "Đồng chí Phạm Gia Túc, Uỷ viên …" (folded)
COMRADE = re.compile(r"\bdong chi\s+")
# where a title stops: "… Tỉnh uỷ đã có buổi làm việc", "… chủ trì", "… kết luận"
TITLE_END = re.compile(
    r"\s(?:da|chu tri|co buoi|lam viec|du va|du,|ket luan|phat bieu|thay mat|dong chu tri)\b|[.;:(]"
)
WITH = re.compile(r"lam viec voi\s+")
WITH_END = re.compile(r"\s(?:ve|tai|de|nham|nhu sau)\b|[.,;:(]")
ATTEND = re.compile(r"^(?:cung )?(?:tham du|du buoi|du hoi nghi|cung du|tham gia buoi|tham gia hoi nghi)")
_SPLIT = re.compile(r"\s*[,;]\s*|\s+va\s+")
# when the list is ";"-separated, commas are inside entries: "Nguyễn Văn A, Phó Bí thư Tỉnh ủy; …"
_SPLIT_SEMI = re.compile(r"\s*;\s*|\s+va\s+")
_TITLE_WORDS = frozenset(
    "pho bi thu chu tich truong chanh uy vien giam doc tong thuong ban tinh thanh huyen dong".split()
)


# "và" inside the names of State departments: word before / word after (folded)
_COMPOUNDS = frozenset({
    ("nghiep", "phat"), ("nuoi", "thu"), ("binh", "xa"), ("thao", "du"), ("nguyen", "moi"), ("duc", "dao"),
    ("tin", "truyen"), ("hoc", "cong"), ("hoach", "dau"), ("nghiep", "moi"), ("cong", "thuong"), ("thong", "van"),
})


def _compound(fb: str, start: int, end: int) -> bool:
    # the words either side, found in place (slicing the rest of the text at every "và" made a
    # list of 100,000 bodies quadratic)
    before = fb[fb.rfind(" ", 0, start) + 1 : start]
    j = fb.find(" ", end)
    after = fb[end : j if j >= 0 else len(fb)]
    return (before, after) in _COMPOUNDS


def _name_at(text: str, folded: str, pos: int) -> tuple[str, int] | None:
    """The capitalised words of a name starting at ``pos``; returns (name, end offset)."""
    words = []
    i = pos
    n = len(text)
    while i < n and len(words) < 5:
        j = i
        while j < n and (text[j].isalpha()):
            j += 1
        w = text[i:j]
        if not w or not w[0].isupper() or (len(w) > 1 and not w[1:].islower()):
            break
        if words and fold(w) in _TITLE_WORDS:
            break
        words.append(w)
        i = j
        if i < n and text[i] == " ":
            i += 1
        else:
            break
    if len(words) < 2:
        return None
    name = " ".join(words)
    return name, pos + len(name)


# the dash or comma between a name and its title: "Lê Tiến Phương – Phó Bí thư"
_TITLE_SEP = re.compile(r"\s*[–—,-]\s*")
_TITLE_MAX = 300  # a title never runs longer; bounds the search for its end


def chair_in(text: str) -> list[dict]:
    """People introduced as "đồng chí <Name> – <title>" in one paragraph."""
    f = fold(text)
    out = []
    for m in COMRADE.finditer(f):
        got = _name_at(text, f, m.end())
        if not got:
            continue
        name, end = got
        title = None
        sep = _TITLE_SEP.match(text, end)
        if sep:
            start = sep.end()
            # searched in a window, not to the end of the paragraph: a paragraph naming many
            # comrades with no title end would make every search run to the end (quadratic)
            tm = TITLE_END.search(f, start, start + _TITLE_MAX)
            if tm:
                stop = tm.start()
            elif len(text) - start <= _TITLE_MAX:
                stop = len(text)
            else:
                stop = text.rfind(" ", start, start + _TITLE_MAX)
                stop = stop if stop > start else start + _TITLE_MAX
            title = text[start:stop]
            # a title's comma-separated parts are capitalised ("Uỷ viên …, Chánh Văn phòng …");
            # ", nghe …" / ", đã …" goes on with the sentence
            cut = re.search(r",\s+(?=[a-zđà-ỹ])", title)
            if cut:
                title = title[: cut.start()]
            title = title.strip(" ,–-") or None
        out.append({"name": name, "title": title})
    return out


def _date(m: re.Match) -> str | None:
    d, mo, y = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
    try:
        return _dt.date(int(y), int(mo), int(d)).isoformat()
    except ValueError:
        return None


def run(st: State) -> None:
    pre = st.out["preamble"]
    if not pre:
        return
    meeting: dict | None = None
    chairs: list[dict] = []
    for k, p in enumerate(pre[:6]):
        text = p["text"]
        f = fold(text)
        if ATTEND.match(f):
            body = text[text.index(":") + 1 :] if ":" in text else text[f.find(" co ") + 4 :] if " co " in f else ""
            body = body.strip().rstrip(".;")
            if body:
                fb = fold(body)
                parts = []
                pos = 0
                for sm in (_SPLIT_SEMI if ";" in body else _SPLIT).finditer(fb):
                    if sm.group().strip() == "va" and _compound(fb, sm.start(), sm.end()):
                        continue  # "Nông nghiệp và Phát triển nông thôn" is one body
                    parts.append(body[pos : sm.start()])
                    pos = sm.end()
                parts.append(body[pos:])
                st.out["attendees"] = [x.strip() for x in parts if x.strip()]
            continue
        if meeting is None and MEETING_WORDS.search(f):
            dm = MEETING_DATE.search(f)
            wm = WITH.search(f)
            with_ = None
            if wm:
                we = WITH_END.search(f, wm.end())
                with_ = text[wm.end() : we.start() if we else len(text)].strip() or None
            if dm or wm or COMRADE.search(f):
                meeting = {"date": _date(dm) if dm else None, "chair": [], "with": with_, "line": p["line"]}
                chairs.extend(chair_in(text))
                continue
        if meeting is not None and "ket luan" in f and COMRADE.search(f):
            chairs.extend(chair_in(text))
    if meeting is not None:
        seen = set()
        for c in chairs:
            if c["name"] not in seen:
                seen.add(c["name"])
                meeting["chair"].append(c)
        st.out["meeting"] = meeting
