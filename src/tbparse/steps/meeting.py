"""Read the opening of a conclusions notice: when the meeting was, who chaired, with whom, who attended.

"Ngày 14/5/2008, đồng chí Lê Tiến Phương – Phó Bí thư Thường trực Tỉnh uỷ đã có buổi làm việc với
Đảng uỷ khối Doanh nghiệp." / "Tham dự buổi làm việc có …: Ban Tổ chức, Ban Tuyên giáo, … và Tỉnh
Đoàn." The preamble paragraphs stay as they are; this step only derives fields from them.
"""
from __future__ import annotations

import datetime as _dt
import re

from ..extract.dates import closes_range
from ..extract.people import TITLE_HEAD, chain_end, looks_like_name_start, name_words, next_word, title_ok
from ..fold import fold
from ..state import State
from ..vocab import BODY_COMPOUNDS
from ..lazyre import lazy_re

# "ngày 14/5/2008", "ngày 26-11-2025", "ngày 18 tháng 11 năm 2025" (folded)
#   also "Sáng 14/5/2008", "Chiều ngày 14-5-2008"; a session over several days names its first
#   day before the last: "(từ) ngày 18 đến ngày 20/7/2008", "ngày 18-20/7/2008", "ngày 18 và 19
#   tháng 7 năm 2008", "ngày 30/6 đến 02/7/2008" (groups first_d, first_m)
_FIRST_DAY = r"(?:(?P<first_d>\d{1,2})(?:\s*[/.-]\s*(?P<first_m>\d{1,2}))?\s*(?:den|-|va|,)\s*(?:ngay\s+)?)?"
MEETING_DATE = lazy_re(
    r"(?:ngay|sang|chieu|toi|trua)\s+(?:ngay\s+)?" + _FIRST_DAY
    + r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})"
    r"|ngay\s+" + _FIRST_DAY.replace("first_", "first2_")
    + r"(?P<d2>\d{1,2})\s+thang\s+(?P<m2>\d{1,2})\s+nam\s+(?P<y2>\d{4})"
)
# ... and a leader's working visit (audit 24: "đồng chí … đã đi kiểm tra tiến độ công trình …",
# "… đã đến thăm và làm việc tại …", "… đi khảo sát thực tế tại …" gave no meeting)
MEETING_WORDS = lazy_re(r"buoi lam viec|hoi nghi|phien hop|cuoc hop|chu tri|lam viec voi|k[yi] hop|hop\b|lam viec tai"
                        r"|di (?:kiem tra|khao sat)|kiem tra thuc te|khao sat thuc te|tham va lam viec|den tham\b")
# A meeting named as what a task serves is no meeting held: "chuẩn bị tài liệu phục vụ |Hội nghị
# Trung ương 8", "chuẩn bị cho |kỳ họp", "trình |Hội nghị" (folded, end-anchored before the word)
#   Nor a meeting a text cites: "Nghị quyết số 26-NQ/TW … |của |Hội nghị Trung ương 7", "kết quả |Hội
#   nghị lần thứ chín", "tinh thần |Hội nghị …" (audit 6: their dates became the meeting's)
_PURPOSE = lazy_re(r"(?<![a-z])(?:phuc vu|chuan bi|cho|trinh|de|cua|ket qua|tinh than|theo)\s+(?:(?:cac|mot)\s+)?$")
# What makes a date a deadline, right before it: "gửi về … |trước| ngày 25/9/2023", "chậm nhất là
# ngày …", "hạn chót ngày …", "đến hết ngày …" (folded, end-anchored before the date)
_DEADLINE = lazy_re(
    r"(?<![a-z])(?:truoc|den(?:\s+het)?|cham nhat(?:\s+la)?|muon nhat(?:\s+la)?|(?:thoi\s+)?han(?:\s+(?:chot|cuoi))?"
    r"(?:\s+la)?|xong)\s*:?\s*$"
)
# A date where a meeting sentence puts it: opening the sentence ("Ngày 14/5/2008, đồng chí …",
# "Chiều ngày 20/3/2023, Ban Thường vụ họp …") or naming the meeting's day ("Tại Hội nghị lần
# thứ 12 Ban Chấp hành Trung ương khóa XIII |ngày …", "phiên họp |ngày …") — folded, before the date
_SENTENCE_OPEN = lazy_re(r"(?:^|[.:;]\s*)(?:vao\s+)?$")
_AFTER_MEETING = lazy_re(r"(?:hoi nghi|phien hop|cuoc hop|buoi lam viec|k[yi] hop)(?:\s+[^\s,.;:]+){0,12}\s+$")
_LOOKBACK = 120  # characters before a date searched for its trigger or meeting noun
# A cited document's number right before a date, which is that document's day (folded): "Kế hoạch
# số |15-kh/tu |ngày 30/01/2026 …", "(Tờ trình số |142-ttr/btgtw, |ngày 05/10/2015)", "Nghị định
# |87/2007/nđ-cp |ngày …" (audit 21: a convening notice's cited plan dated the meeting)
_CITED = lazy_re(r"(?:\d+\s*-\s*[a-z]+/[a-z0-9/-]+|\d+/\d{4}/[a-z0-9-]+)\s*,?\s*$")
# A meeting called, not held (folded). The notice convenes it — its subject opens "triệu tập …",
# "về việc tổ chức Hội nghị …", "mời dự …" — or the sentence says it is to come: "… sẽ tổ chức
# Hội nghị …", "dự kiến tổ chức …". The contract's ``meeting`` is the meeting a notice reports
# (TB016 compares its day with the issue date); a convened one has no field: its time and place
# stay the items' text and ``dates``. TB026 reads the genre by it too (a convening notice closes
# with its call to attend).
CONVENES = lazy_re(r"(?:ve viec\s+|v/v\s+)?(?:trieu tap|to chuc|moi)(?![a-z])")
_TO_COME = lazy_re(r"(?<![a-z])(?:se|du kien)\s+(?:to chuc|hop|tien hanh|trieu tap)(?![a-z])")
# "đồng chí Lê Tiến Phương – Phó Bí thư …", "Đồng chí Phạm Gia Túc, Uỷ viên …" (folded)
COMRADE = lazy_re(r"\bdong chi\s+")
# where a title stops: "… Tỉnh uỷ đã có buổi làm việc", "… chủ trì", "… kết luận", "… Bí thư Tỉnh ủy
# và đồng chí Phạm Thành Khánh …" (a co-chair), "… Bí thư Huyện ủy đến thăm và làm việc tại …" (a visit)
TITLE_END = lazy_re(
    r"\s(?:da|chu tri|co buoi|lam viec|du va|du,|ket luan|phat bieu|thay mat|dong chu tri|va (?:cac )?dong chi"
    r"|den tham|di kiem tra|di khao sat|tham va lam viec)\b|[.;:(]"
)
# Whom the meeting was with (folded): "… đã có buổi |làm việc với |Đảng ủy khối Doanh nghiệp …"
# ... and the unit a leader's visit went to: "… đến thăm và |làm việc tại |Đảng ủy xã Nam Thanh", "…
# |kiểm tra tại |Công ty …" — a body, not a room or a building ("làm việc tại Hội trường Tỉnh ủy")
WITH = lazy_re(r"lam viec voi\s+|(?:tham va lam viec|den lam viec|kiem tra|khao sat)\s+tai\s+"
               r"(?=(?:dang uy|dang bo|chi bo|huyen uy|thi uy|thanh uy|ban |so |uy ban|cong ty|xa |phuong |huyen |thi tran))")
WITH_END = lazy_re(r"\s(?:ve|tai|de|nham|nhu sau)\b|[.,;:(]")
# "Tham dự buổi làm việc có …", "Cùng dự có …", "Dự họp có 21/24 đảng viên" (folded)
#   and a roll call's "Thành phần dự họp: …", "Thành phần tham dự: …"
_ATTEND_WORDS = (r"(?:cung )?(?:tham du|du buoi|du hoi nghi|cung du|tham gia buoi|tham gia hoi nghi|du hop|du cuoc hop"
                 r"|thanh phan (?:du|tham du|tham gia)\b[^:]{0,30}:)")
ATTEND = lazy_re("^" + _ATTEND_WORDS)
# the attendance sentence inside a longer paragraph: "… chủ trì cuộc họp. |Tham dự có các đồng chí: …",
# or a clause of the meeting sentence: "Chi bộ họp thường kỳ tháng 3, |dự họp có 23/25 đảng viên.",
# "… họp phiên thường kỳ tháng 11. |Có mặt 38/42 đảng viên; vắng 4 đồng chí (có lý do)."
_ATTEND_INSIDE = lazy_re(r"[.;,]\s+(" + _ATTEND_WORDS + r"\b|co mat(?=\s*:|\s+\d|\s+(?:day\s+)?du\b))")
# where an attendance sentence inside a paragraph ends: "… có 23/25 đảng viên|. Đồng chí …" (not "TP. Hồ")
_SENTENCE_END = lazy_re(r"(?<=[a-z)])\.\s+")
# how many attended, said the other way round in the meeting sentence (folded): "…, có |23/25 đảng
# viên| dự họp", "Có |13/15 đồng chí Đảng uỷ viên| dự hội nghị" — the count is the attendee, as in
# "Dự họp có 21/24 đảng viên"
_COUNT_ATTEND = lazy_re(
    r"(?<![a-z])co\s+(?P<n>\d{1,3}(?:\s*/\s*\d{1,3})?\s+(?:dang vien|dong chi|dai bieu|uy vien)"
    r"(?:\s+[^\s,.;:()]+){0,4}?)\s+(?:cung\s+)?(?:tham\s+)?du(?![a-z])"
)
# A roll call's count of those present (folded), as "Dự họp có 21/24 đảng viên" gives it: "|có mặt:
# |15/17 đảng viên.", "|có mặt |13/15 đồng chí …", "|có mặt đầy đủ |17/17 đảng viên" — not "có mặt tại …"
_PRESENT = lazy_re(r"co mat(?:\s*:|\s+(?=\d)|\s+(?:day\s+)?du\b\s*:?)\s*")
# where the attendance clause stops: "Dự họp có 21/24 đảng viên|; vắng 03 đồng chí (có lý do)." (folded)
ATTEND_END = lazy_re(r"\s*[;,.]\s*vang\b")
# a bullet of a list under "Tham dự hội nghị có các đồng chí:": "- Lê Văn Dũng, Phó Bí thư …;"
BULLET = lazy_re(r"[-+•–—*]\s+")
_SPLIT = lazy_re(r"\s*[,;]\s*|\s+va\s+")
# when the list is ";"-separated, commas are inside entries: "Nguyễn Văn A, Phó Bí thư Tỉnh ủy; …"
_SPLIT_SEMI = lazy_re(r"\s*;\s*|\s+va\s+")
_CHAIR_WINDOW = 6  # preamble paragraphs (not counting attendee bullets) searched for the meeting
# A roll call's line naming who chaired (folded, after a bullet): "Chủ trì: Đồng chí Nguyễn Văn Hùng,
# Phó Bí thư …", "- Chủ trì: đồng chí …", "Chủ trì:" over "- Đồng chí Hà Văn Tuyên, Bí thư Huyện ủy."
_CHAIR_LINE = lazy_re(r"(?:dong )?chu tri(?: hoi nghi| cuoc hop| buoi lam viec)?\s*:\s*")


def _compound(fb: str, start: int, end: int) -> bool:
    # the words either side, found in place (slicing the rest of the text at every "và" made a
    # list of 100,000 bodies quadratic)
    before = fb[fb.rfind(" ", 0, start) + 1 : start]
    j = fb.find(" ", end)
    after = fb[end : j if j >= 0 else len(fb)]
    return (before, after) in BODY_COMPOUNDS


def _title_starts(w: str, nxt: str) -> bool:
    """Whether ``w nxt`` opens a title: "Bí thư", "Thường trực", "Trưởng Ban" — not "Tổng chủ trì"."""
    if not nxt or not title_ok([w, nxt], 0):
        return False
    # a head that takes any second word ("Phó", "Tổng", "Trưởng") needs a capitalised one
    return TITLE_HEAD[w.lower()] is not None or nxt[0].isupper()


def _name_at(text: str, pos: int) -> tuple[str, int] | None:
    """The capitalised words of a name starting at ``pos``; returns (name, end offset).

    A word that can open a title ends the name only where a title really starts — a head and its
    second word ("Phó Bí thư", "Thường trực", "Chánh Văn phòng"), compared with their tones — so
    "Thanh", "Thương", "Trường", "Chánh" inside "Ngô Thị Thanh Hằng" or "Trần Văn Chánh" stay.
    """
    words = name_words(text, pos, 5)
    n = 0
    for k, (_a, b, w) in enumerate(words):
        if k and _title_starts(w, next_word(text, b)):
            break
        n = k + 1
    if n < 2:
        return None
    end = words[n - 1][1]
    return text[pos:end], end


# the dash or comma between a name and its title: "Lê Tiến Phương – Phó Bí thư"
_TITLE_SEP = lazy_re(r"\s*[–—,-]\s*")
# Where a title's list ends and the sentence goes on: "Chánh Văn phòng Tỉnh ủy|, nghe …"
_COMMA_LOWER = lazy_re(r",\s+(?=[a-zđà-ỹ])")
_TITLE_MAX = 300  # a title never runs longer; bounds the search for its end


def _title_after(text: str, f: str, start: int) -> str | None:
    """The title after the separator at ``start``: up to where the sentence goes on."""
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
    cut = _COMMA_LOWER.search(title)
    if cut:
        title = title[: cut.start()]
    return title.strip(" ,–-") or None


def _titled_name(text: str, pos: int) -> tuple[str | None, str, int] | None:
    """The name after "đồng chí" at ``pos`` with the title before it, if any: (title, name, end).

    "Đồng chí |Tổng Bí thư Nguyễn Phú Trọng chủ trì" → ("Tổng Bí thư", "Nguyễn Phú Trọng", …);
    "đồng chí |Trưởng Ban kết luận" names no one (no family name starts with a title head).
    """
    e = chain_end(text, pos, title=True)
    if e == pos:
        got = _name_at(text, pos)
        return (None, got[0], got[1]) if got else None
    got = _name_at(text, e + 1) if text.startswith(" ", e) else None
    return (text[pos:e], got[0], got[1]) if got else None


def chair_in(text: str, f: str | None = None) -> list[dict]:
    """People introduced as "đồng chí <Name> – <title>" or "đồng chí <title> <Name>" in one paragraph
    (*f*: its folded copy, when the caller has it)."""
    if f is None:
        f = fold(text)
    out = []
    for m in COMRADE.finditer(f):
        got = _titled_name(text, m.end())
        if not got:
            continue
        title, name, end = got
        sep = _TITLE_SEP.match(text, end)
        if sep:
            title = _title_after(text, f, sep.end()) or title
        elif text.startswith(" ", end) and chain_end(text, end + 1, title=True) > end + 1:
            title = _title_after(text, f, end + 1)  # no separator: "Trần Cẩm Tú Thường trực Ban Bí thư"
        out.append({"name": name, "title": title})
    return out


# A committee hearing a report holds a session, where the day opens the paragraph: "Ngày 20/7/2011,
# Thường trực Huyện ủy đã |nghe| Ban Chỉ huy … |báo cáo| …", "Ngày 16 tháng 6 năm 1995, Ban Thường vụ
# Thành ủy nghe …" (folded; "Sau khi nghe báo cáo …" alone dates nothing)
_HEARD = lazy_re(r"(?:ngay|sang|chieu|toi|trua)\s[^.;]{0,160}?\snghe\s[^.;]{0,200}?\bbao cao\b")


def _held(f: str) -> bool:
    """Whether a paragraph speaks of a meeting: a meeting word not named as a task's purpose, or a
    body hearing a report on a day the paragraph opens with (audit 13: no "họp", no meeting)."""
    for m in MEETING_WORDS.finditer(f):
        if not _PURPOSE.search(f, max(0, m.start() - 20), m.start()):
            return True
    return " nghe " in f and _HEARD.match(f) is not None


def _meeting_date(f: str, issued: str | None) -> re.Match | None:
    """The first date in a paragraph that says when a meeting was held.

    A date after a deadline word is when something is due ("… gửi về Văn phòng Trung ương Đảng
    trước ngày 25/9/2023"), never the meeting's — but "từ ngày 19 đến ngày 21/7/2022" dates a
    session, not a deadline. A date after the notice's own (*issued*) is
    suspect — a notice reports a meeting already held — so it is taken only where a meeting
    sentence puts its date (opening the sentence, or right after the meeting's name); there a
    later date is a typo worth TB016's error. A date whose sentence names no meeting gives way to
    one whose sentence does: "Đoàn kiểm tra đã kiểm tra từ ngày 12/3/2018 đến ngày 20/4/2018. |Tại kỳ
    họp ngày 22/5/2018|, Ủy ban Kiểm tra Tỉnh ủy kết luận:" (audit 24) — kept only if none does.
    """
    fallback = None
    for m in MEETING_DATE.finditer(f):
        lo = max(0, m.start() - _LOOKBACK)
        if _CITED.search(f, lo, m.start()):
            continue  # "Kế hoạch số 15-KH/TU ngày 30/01/2026": the plan's day
        dl = _DEADLINE.search(f, lo, m.start())
        if dl and not closes_range(f, dl.start()):
            continue  # "từ ngày 19 đến ngày 21/7/2022" is the session's schedule: its last day stands
        got = _date(m)
        if got and issued and got > issued and not (
                _SENTENCE_OPEN.search(f, lo, m.start()) or _AFTER_MEETING.search(f, lo, m.start())):
            continue
        if ". " in f and not _in_meeting_sentence(f, m):
            fallback = fallback or m
            continue
        return m
    return fallback


# a sentence's end (folded): a full stop after a word of three letters or more, a figure or a
# bracket — not "TP. Hồ Chí Minh", "TX. Sông Cầu", "Q. Chánh Văn phòng" inside a sentence
_STOP = lazy_re(r"(?:[a-z]{3}|\d|\))\.\s")


def _in_meeting_sentence(f: str, m: re.Match) -> bool:
    """Whether the sentence holding date *m* names a meeting (searched within a window either side,
    so a paragraph of many dates stays linear)."""
    lo = max(0, m.start() - 2 * _LOOKBACK)
    for e in _STOP.finditer(f, lo, m.start()):
        lo = e.end()
    e = _STOP.search(f, m.end() - 1, m.end() + 2 * _LOOKBACK)
    hi = e.start() + 1 if e else min(len(f), m.end() + 2 * _LOOKBACK)
    return MEETING_WORDS.search(f, lo, hi) is not None


# How a convening notice opens on what it carries out (folded): "Thực hiện Kết luận …", "Căn cứ …",
# "Theo Chương trình công tác …", "Triển khai …"
_CITING = ("thuc hien ", "can cu ", "theo ", "trien khai ")


def _called(f: str, dm: re.Match | None, convening: bool, issued: str | None) -> bool:
    """Whether a meeting paragraph speaks of a meeting called, not held: one it says is to come
    ("… sẽ tổ chức Hội nghị …"), or, in a notice that convenes one, any but a meeting held by the
    issue date ("Ngày 01/12/2024, Ban Thường vụ đã họp, thống nhất triệu tập …" stays)."""
    if _TO_COME.search(f):
        return True
    if not convening:
        return False
    if dm is not None and f.startswith(_CITING) and "," not in f[:dm.start()]:
        # "Thực hiện Kết luận của Ban Thường vụ Huyện ủy tại cuộc họp ngày 20/11/2025, Ban Thường vụ tổ
        # chức Hội nghị …": the meeting that decided to convene is cited in the opening clause, not
        # reported (audit 23); one held after that clause ("Thực hiện Kế hoạch …, ngày 01/12/2024, Ban
        # Thường vụ đã họp, thống nhất triệu tập …") stays
        return True
    got = _date(dm) if dm else None
    return got is None or issued is not None and got > issued


def _dates(m: re.Match) -> tuple[str | None, str | None]:
    """``(first day, last day)`` of a meeting date match; the last is ``None`` for a one-day meeting.

    The first day takes the last day's month and year unless it states its own month; a first day
    later than the last belongs to the month before ("ngày 30 đến ngày 2/7" starts on 30/6).
    """
    g = m.group
    k = "" if g("d") else "2"
    d, mo, y = int(g("d" + k)), int(g("m" + k)), int(g("y" + k))
    try:
        last = _dt.date(y, mo, d)
    except ValueError:
        return None, None
    fd = g(f"first{k}_d")
    if fd is None:
        return last.isoformat(), None
    fm = g(f"first{k}_m")
    m1, y1 = (int(fm), y) if fm else (mo, y)
    if (m1, int(fd)) > (mo, d):
        if fm:  # "ngày 28/12 đến ngày 2/1/2009": the first day's own month, in the year before
            y1 -= 1
        elif m1 > 1:  # "ngày 30 đến ngày 2/7": the month before
            m1 -= 1
        else:  # "ngày 30 đến ngày 2/1/2009": December of the year before
            m1, y1 = 12, y1 - 1
    try:
        first = _dt.date(y1, m1, int(fd))
    except ValueError:
        return last.isoformat(), None
    return first.isoformat(), last.isoformat() if first < last else None


def _date(m: re.Match) -> str | None:
    return _dates(m)[0]


# An entry naming a group of bodies goes on past its commas: "Trưởng |các ban|, ngành, đoàn thể
# của huyện", "Bí thư |các chi|, đảng bộ cơ sở" (folded, the end of the entry before the comma)
_OPEN_GROUP = lazy_re(r"(?:^|\s)cac(?:\s+[a-z]+){1,2}$")
# what opens an entry of its own even in small letters: "đại diện …", "lãnh đạo …", "các đồng chí …"
_ENTRY_OPEN = lazy_re(r"(?:cac|dai dien|lanh dao|dong chi|truong|pho|bi thu|chu tich|thuong truc)\b")
_GROUP_WORDS = 6  # a body word of the group is short ("ngành", "đoàn thể của huyện", "chi bộ cơ sở trực thuộc")
# one comrade named in a comma list: "|đồng chí |Trần Minh Đức", "|đ/c |Lê Văn A", "|các đồng chí |Trần
# Văn B" (folded) — the title and remit after the name's comma are his ("…, Đảng ủy viên, phụ trách
# chi bộ"), no attendees of their own
_COMRADE_ENTRY = lazy_re(r"(?:cac\s+)?(?:dong chi|d/c)\s+")


def _person(entry: str) -> bool:
    """*entry* names one comrade and nothing else: "đồng chí Trần Minh Đức", or the bare name of a
    list that "các đồng chí:" opened ("Trần Văn B, Chủ tịch UBND huyện, Lê Thị C, …") — a
    name opens with a surname, which tells it from a body ("Ban Tổ chức")."""
    if entry[:1] in ("c", "đ", "m", "M"):
        # "mời đồng chí Nguyễn Văn Ba" (the sentence's words, dropped later): still one comrade, whose
        # title after the comma is his (audit 23: "Giám đốc Sở Tài chính" was an attendee of its own)
        entry = entry[_FILLER_HEAD.match(entry).end():]
    m = _COMRADE_ENTRY.match(fold(entry))
    if m is not None:
        at = m.end()
    elif looks_like_name_start(entry, 0):
        at = 0
    else:
        return False
    return 2 <= len(name_words(entry, at)) == len(entry[at:].split())


def _his(entry: str) -> bool:
    """*entry* is what follows a comrade's name in a comma list: his title ("Huyện uỷ viên", "Phó Bí
    thư Đảng uỷ") or, in small letters, his remit ("phụ trách xã") — not another attendee."""
    words = entry.split()
    if entry[:1].islower():
        return len(words) <= _GROUP_WORDS and not _ENTRY_OPEN.match(fold(entry))
    return title_ok(words[:3], 0)


def _rejoin_groups(parts: list[tuple[str, str]]) -> list[str]:
    """Join back the words of a group split on its commas (``parts``: (separator before, entry)).

    "Trưởng các ban" + "ngành" + "đoàn thể của huyện" is one entry: after "các <small word>" the
    entries in small letters that open no entry of their own ("lãnh đạo …", "đại diện …") are
    more bodies of the same group. Capitalised entries ("Ban Tổ chức, Ban Tuyên giáo") stand alone.
    """
    out: list[str] = []
    grouping = person = False
    for sep, entry in parts:
        if person and sep == ", " and _his(entry):
            out[-1] = f"{out[-1]}, {entry}"  # "đồng chí Trần Minh Đức, Đảng ủy viên, phụ trách chi bộ"
            continue
        person = _person(entry)
        f = fold(entry)
        if (grouping and out and entry[:1].islower() and len(entry.split()) <= _GROUP_WORDS
                and not _ENTRY_OPEN.match(f)):
            out[-1] = f"{out[-1]}{sep}{entry}"
            continue
        out.append(entry)
        g = _OPEN_GROUP.search(f)
        grouping = g is not None and entry[g.start():].islower()
    return out


# a lead-in in small letters that spreads over the bodies after it (folded, at the entry's start):
# "lãnh đạo …", "đại diện …", "đại diện lãnh đạo …"
_LEAD_IN = lazy_re(r"\s*(?:dai dien|lanh dao)\s")


def _split(body: str, semi: bool) -> list[str]:
    """The entries of a list on commas and "và" (on ";" and "và" when the list uses ";")."""
    fb = fold(body)
    parts = []
    pos = 0
    sep = ""
    for sm in (_SPLIT_SEMI if semi else _SPLIT).finditer(fb):
        if sm.group().strip() in ("va", ",") and _compound(fb, sm.start(), sm.end()):
            continue  # "Nông nghiệp và Phát triển nông thôn", "Văn hóa, Thể thao và Du lịch" are one body
        if semi and sm.group().strip() == "va" and _LEAD_IN.match(fb, pos) and body[pos:pos + 1].islower():
            # "…; lãnh đạo Văn phòng Huyện ủy và Văn phòng HĐND-UBND huyện": the leaders of both, as
            # with a comma (audit 23: "Văn phòng HĐND-UBND huyện" was an attendee of its own)
            continue
        parts.append((sep, body[pos : sm.start()].strip()))
        sep = ", " if sm.group().strip() == "," else " " + body[sm.start() : sm.end()].strip() + " "
        pos = sm.end()
    parts.append((sep, body[pos:].strip()))
    parts = [(s, x) for s, x in parts if x]
    if not semi:
        return _rejoin_groups(parts)
    # the ";" parts a comrade's titles keep whole ("Nguyễn Văn A, Phó Bí thư", "Ủy viên Ban Thường vụ
    # Tỉnh ủy, Trưởng Ban Nội chính Tỉnh ủy"), and so does a group ("một số ban, bộ, ngành Trung
    # ương"), and one a lead-in in small letters spreads over ("lãnh đạo Ban Tổ chức, Văn phòng
    # Huyện ủy": the leaders of both); a part whose commas part bodies, each capitalised and none a
    # title, lists them: "…; Sở Nông nghiệp và Phát triển nông thôn, Sở Tài nguyên và Môi trường" is
    # two (audit 21)
    out: list[str] = []
    for _, x in parts:
        got = _split(x, False) if "," in x else [x]
        if len(got) > 1 and all(g[:1].isupper() and not title_ok(g.split()[:3], 0) for g in got) and not (
                title_ok(x.split()[:3], 0) or _COMRADE_ENTRY.search(fold(x)) or looks_like_name_start(x, 0)):
            out.extend(got)
        else:
            out.append(x)
    return out


def _attendees(body: str) -> list[str]:
    """The entries of an attendance clause (what follows "có").

    A colon after a single phrase introduces the list and the phrase is dropped ("đại diện lãnh
    đạo các Ban Đảng Tỉnh uỷ: Ban Tổ chức, …"); after a list it opens a sub-list of the last entry,
    which runs to the next ";": "các đồng chí trong Ban Thường vụ Tỉnh ủy, lãnh đạo các sở: Nông
    nghiệp …, Tài chính; Bí thư …" → "các đồng chí trong …", "lãnh đạo các sở: Nông nghiệp …, Tài
    chính", "Bí thư …".
    """
    semi = ";" in body
    head, colon, tail = body.partition(":")
    if not colon:
        return _split(body, semi)
    heads = _split(head, ";" in head)
    if len(heads) < 2:
        return _split(tail, semi)
    sub, _, rest = tail.partition(";")
    heads[-1] = f"{heads[-1]}: {sub.strip()}"
    return heads + _split(rest, True)


# What the attendance sentence wraps around an entry, not part of who attended: "có |đủ |các đồng chí
# Ủy viên Ban Thường vụ", "có |đầy đủ |…", "|mời |đồng chí Nguyễn Văn A, Giám đốc Sở Tài chính", "|có mời
# |đại diện …", "|được mời |…" before it …
_FILLER_HEAD = lazy_re(r"(?:có\s+(?=(?:được\s+)?[mM]ời\s|đầy\s+đủ\s|đủ\s))?(?:(?:được\s+)?[mM]ời\s+)?(?:(?:đầy\s+)?đủ\s+)?")
# … and after it: "… Giám đốc Sở Tài chính| dự", "| cùng dự", "| tham dự", "| cùng tham dự hội nghị", "| dự
# họp" (in small letters: "Nguyễn Văn Dự" is a name)
_FILLER_TAIL = lazy_re(r"\s+(?:cùng\s+)?(?:tham\s+)?dự(?:\s+(?:họp|cuộc họp|phiên họp|hội nghị|buổi làm việc))?$")


def _bare_entry(entry: str) -> str:
    """An attendee without the sentence's words around it: "mời đồng chí Nguyễn Văn A, Giám đốc Sở
    Tài chính dự" → "đồng chí Nguyễn Văn A, Giám đốc Sở Tài chính"; "đủ các đồng chí Ủy viên Ban
    Thường vụ Tỉnh ủy" → "các đồng chí Ủy viên …" ("các đồng chí" and "đồng chí" stay, as in every
    list). Cheap tests first: most entries hold none of these words."""
    if entry[:1] in ("c", "đ", "m", "M"):
        entry = entry[_FILLER_HEAD.match(entry).end():]
    if entry.endswith(("dự", "họp", "nghị", "việc")):
        m = _FILLER_TAIL.search(entry)
        if m and m.start() > 0:
            entry = entry[: m.start()].rstrip(" ,")
    return entry


def _bullets(pre: list[dict], k: int) -> list[dict]:
    """The bullet paragraphs right after paragraph ``k``: "- Lê Văn Dũng, Phó Bí thư …;"."""
    j = k + 1
    while j < len(pre) and BULLET.match(pre[j]["text"]):
        j += 1
    return pre[k + 1 : j]


def _attendance(pre: list[dict], k: int) -> tuple[list[str], int]:
    """The attendees named by paragraph ``k`` and how many bullet paragraphs under it they took."""
    text = pre[k]["text"]
    f = fold(text)
    pm = _PRESENT.match(f) if f.startswith("co m") else None
    if pm is not None:  # "Có mặt 38/42 đảng viên; vắng 4 đồng chí …": the count
        return _clause(text, f, pm.end()), 0
    if text.rstrip().endswith(":"):
        # "Tham dự hội nghị có các đồng chí:" / "- Lê Văn Dũng, Phó Bí thư …;": one entry per bullet
        bullets = _bullets(pre, k)
        if bullets:
            got = [_bare_entry(BULLET.sub("", p["text"], count=1).strip().rstrip(".;,")) for p in bullets]
            return [e for e in got if e], len(bullets)
    # the list starts after "có" or after a colon, whichever comes first: "Tham dự có: …"
    co = f.find(" co ")
    colon = text.find(":")
    if co >= 0 and (colon < 0 or co < colon):
        start = co + 4  # the whole clause: a colon further on sits inside the list
    elif colon >= 0:
        start = colon + 1
    else:
        return [], 0
    return _clause(text, f, start), 0


def _clause(text: str, f: str, start: int) -> list[str]:
    """The attendees of the clause starting at ``start``, up to "; vắng …" (who was absent)."""
    end = ATTEND_END.search(f, start)
    body = text[start : end.start() if end else len(text)].strip().rstrip(".;")
    got = [_bare_entry(e) for e in _attendees(body)] if body else []
    return [e for e in got if e]


# A minutes' first part that calls the roll: "I. THÀNH PHẦN" / "- Có mặt: 15/17 đảng viên." / "- Chủ
# trì: đồng chí …" / "- Dự họp có đồng chí …" ("THÀNH PHẦN DỰ HỌP", "THÀNH PHẦN THAM DỰ"; folded title)
_ROLL_CALL = lazy_re(r"(?:thoi gian, dia diem,? )?thanh phan\b")


def _roll_call(sections: list[dict]) -> list[dict]:
    """The entries of a first part that calls the roll, as preamble paragraphs are read: a biên
    bản names who chaired and who attended there, not in its opening."""
    if not sections or not _ROLL_CALL.match(fold(sections[0]["title"] or "")):
        return []
    sec = sections[0]
    nodes = sec["paragraphs"] + [x for it in sec["items"] for x in [it, *it["paragraphs"], *it["bullets"]]]
    return [{"text": x["text"], "line": x["line"], "roll": True} for x in sorted(nodes, key=lambda x: x["line"])]


def _roll_chairs(text: str, start: int) -> list[dict]:
    """Who a roll call's "Chủ trì:" names, from *start* (after the colon): "Đồng chí Nguyễn Văn Hùng,
    Phó Bí thư Thường trực Thành ủy." — "đồng chí" may be left out ("Chủ trì: Nguyễn Văn Hùng, …")."""
    se = _SENTENCE_END.search(fold(text), start)  # "… Thường trực Thành ủy|. Tham dự: …" run into one paragraph
    rest = text[start:se.start() if se else len(text)].strip().rstrip(".;,")
    if not rest:
        return []
    if not COMRADE.match(fold(rest)):
        rest = "đồng chí " + rest
    return chair_in(rest)


def run(st: State) -> None:
    pre = st.out["preamble"] + _roll_call(st.out["sections"])
    if not pre:
        return
    meeting: dict | None = None
    convening = CONVENES.match(fold(st.out["subject"] or "")) is not None
    chairs: list[dict] = []
    present: list[str] = []  # what "Có mặt: 15/17 đảng viên" gave: kept when "Dự họp có …" names guests
    rolled: list[dict] = []  # chairs a roll call's "Chủ trì: …" named
    rolled_line: int | None = None
    k = seen_paras = 0
    while k < len(pre) and seen_paras < _CHAIR_WINDOW:
        p = pre[k]
        k += 1
        seen_paras += not p.get("roll")  # (a roll call's entries are all read)
        text = p["text"]
        f = fold(text)
        b = BULLET.match(f)
        at = b.end() if b else 0
        cl = _CHAIR_LINE.match(f, at) if "chu tri" in f[at:at + 20] else None
        if cl is not None:
            # "Chủ trì: Đồng chí …" (its bullets under it when it ends on the colon) names the chair;
            # it opens no meeting itself: the meeting sentence, which dates it, may come after
            # (audit 23: "Chủ trì:" over "- Đồng chí …" named no one; "Chủ trì: …" above "Ngày
            # 20/9/2019, Thường trực Thành ủy làm việc với …" left the meeting without its day)
            got = _roll_chairs(text, cl.end())
            if not got and text.rstrip().endswith(":"):
                for q in _bullets(pre, k - 1):
                    qb = BULLET.match(q["text"])
                    got += _roll_chairs(q["text"], qb.end() if qb else 0)
                    k += 1
            if got:
                rolled += got
                rolled_line = rolled_line or p["line"]
            continue
        pm = _PRESENT.match(f, at) if f.startswith("co m", at) else None
        if pm is not None:
            # a roll call's count: "- Có mặt: 15/17 đảng viên." ("- Vắng: 2 đồng chí" names no attendee)
            got = _clause(text, f, pm.end())
            present += got
            st.out["attendees"] = st.out["attendees"] + got
            continue
        if b and ATTEND.match(f[b.end():]):
            # a roll call's entry: "- Dự hội nghị có đồng chí Nguyễn Văn Thành, Huyện uỷ viên, …"
            got, _ = _attendance([{"text": text[b.end():], "line": p["line"]}], 0)
            if got:
                st.out["attendees"] = st.out["attendees"] + got
            continue
        if ATTEND.match(f):
            got, took = _attendance(pre, k - 1)
            k += took
            if got:
                st.out["attendees"] = present + got
            continue
        inner = _ATTEND_INSIDE.search(f)
        # who chaired is named outside the attendance sentence: "Đồng chí A, Bí thư … chủ trì hội
        # nghị. Tham dự có …; đồng chí B, Phó Trưởng ban …" — B attended (audit 7: B was a chair);
        # "…, dự họp có 23/25 đảng viên. Đồng chí A, Bí thư Chi bộ chủ trì." — A chaired
        chair_text, chair_f = text, f
        if inner is not None:
            se = _SENTENCE_END.search(f, inner.start(1))
            a1, b1 = inner.start(1), se.start() if se else len(text)
            chair_text = text[:a1] + " " * (b1 - a1) + text[b1:]
            chair_f = f[:a1] + " " * (b1 - a1) + f[b1:]
        if inner is not None and meeting is None and not st.out["attendees"]:
            # "… chủ trì cuộc họp. Tham dự có các đồng chí: Lê Kim Toàn, …": the attendance sentence
            # inside the meeting paragraph (audit 6); read it as if it stood alone
            # ("… làm việc với Đảng ủy Phường 14. Tham dự buổi làm việc có các đồng chí:" / "- Đồng
            # chí Lê Văn Nam, …": the bullets under it are the entries — audit 23: none were read)
            got, took = _attendance([{"text": text[a1:b1], "line": p["line"]}, *_bullets(pre, k - 1)], 0)
            k += took
            if got:
                st.out["attendees"] = got
        elif inner is None and not st.out["attendees"] and " du" in f:
            cm = _COUNT_ATTEND.search(f)
            if cm is not None:  # "…, có 23/25 đảng viên dự họp": the count attended
                st.out["attendees"] = [text[cm.start("n"):cm.end("n")]]
        if meeting is None and _held(f):
            dm = _meeting_date(f, st.out["date"])
            if _called(f, dm, convening, st.out["date"]):
                continue  # a meeting called, not held: no meeting
            wm = WITH.search(f)
            with_ = None
            if wm:
                we = WITH_END.search(f, wm.end())
                with_ = text[wm.end() : we.start() if we else len(text)].strip() or None
            if dm or wm or COMRADE.search(f):
                first, last = _dates(dm) if dm else (None, None)
                meeting = {"date": first, "end": last, "chair": [], "with": with_, "line": p["line"]}
                chairs.extend(chair_in(chair_text, chair_f))
                continue
        # the chair in a sentence of its own ("Đồng chí … chủ trì hội nghị.") or in the
        # paragraph that introduces the conclusions ("…, đồng chí … kết luận:")
        if meeting is not None and ("ket luan" in f or "chu tri" in f) and COMRADE.search(f):
            chairs.extend(chair_in(chair_text, chair_f))
    if meeting is None and rolled:
        meeting = {"date": None, "end": None, "chair": [], "with": None, "line": rolled_line}
    if meeting is not None:
        chairs = rolled + chairs
        seen = set()
        for c in chairs:
            if c["name"] not in seen:
                seen.add(c["name"])
                meeting["chair"].append(c)
        st.out["meeting"] = meeting
