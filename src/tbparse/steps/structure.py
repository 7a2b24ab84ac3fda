"""Build the body tree: preamble → sections (Roman parts) → items (1-, 1.1.) → bullets (a), -, +, *).

Numbering families vary by era and office: "I-"/"I."/"I)", "1-"/"1."/"1)", "a)"/"a-"/"a.", bullets
"-", "+", "*", "•", "–"; normative texts add "Chương", "Điều N." and "khoản" numbers. Typewriter
copies of the 1990s letter their parts "A-", "B-", number items "1/" and points "a/", or head
their parts in capitals with no numeral ("TÌNH HÌNH CHUNG"). A plain paragraph
attaches to the deepest open node — except one that leaves a list (:meth:`_Builder.leaves`):
it joins the node holding the list, after the list, so a node's paragraphs and children read in
order of their ``line``.
"""
from __future__ import annotations

from ..fold import fold
from ..lines import Line
from ..numerals import roman
from ..state import Para, State
from ..vocab import is_caps
from ..lazyre import lazy_re
from .paragraphs import day_head

# Roman part: "I- Đánh giá …", "II. MỘT SỐ …", "III) …", "Phần I …" (the numeral is checked for
# sequence); a "Phần thứ nhất" alone on its line is a part too, its title in the next paragraph
PART = lazy_re(r"^(?:(?:Phần|PHẦN)\s+(?:(?:thứ|THỨ)\s+\w+|[IVXLC]{1,6})\b\s*[-.:–]?\s*(?=\S|$)"
               r"|([IVXLC]{1,6})\s*(?:[-.)–:/]\s*){1,2}(?=\S))")
# A Roman part number as OCR leaves it, "I" read as "l" or "1": "Il. NHIỆM VỤ", "ll- …", "IIl. …",
# "11. NHIỆM VỤ …" for "II." — taken only as the next part, before a heading in capitals
OCR_PART = lazy_re(r"^([IVXl1]{1,5})\s*[-.)–:/]\s*(?=\S)")
# Lettered part of older texts: "A- ĐÁNH GIÁ CHUNG", "B. NHIỆM VỤ THỜI GIAN TỚI", "C/ …" (read
# only in sequence from "A", so that "C." after "B." is not the Roman hundred)
LETTER_PART = lazy_re(r"^([A-ZĐ])\s*[-.)/–]\s*(?=\S)")
CHAPTER = lazy_re(r"^(?:Chương|CHƯƠNG)\s+([IVXLC]{1,6}|\d{1,3})\b\s*[-.:–]?\s*")
# A chapter's division in a quy chế: "Mục 1" / "ĐỐI VỚI BAN CHẤP HÀNH", "MỤC 2. ĐỐI VỚI …" (not "Mục tiêu …")
SUBCHAPTER = lazy_re(r"^(?:Mục|MỤC)\s+(\d{1,3}|[IVXLC]{1,6})\b\s*[-.:–]?\s*")
ARTICLE = lazy_re(r"^(?:Điều|ĐIỀU)\s+(\d{1,3})(?![^\W_])\s*[.:\-–]?\s*")  # not "Điều 1o …" (fuzz)
# Item: "1- Khẩn trương …", "2. Về …", "3) …"; nested "1.1. Chịu …", "1.2 …", and in the "1-" family
# "1.1- Tập trung …", "2.1) …", "2.2 - …" (audit 23: those were their item's paragraphs) (not
# "1.000", "14/5")
ITEM_SIMPLE = lazy_re(r"^(\d{1,3})\s*(?:[-.)–]|/(?=\s))(?![\d/])\s*(?=\S)")
NESTED = lazy_re(r"^(\d{1,3}(?:\.\d{1,3})+)(?:\.?\s*[-–)]\s*|\.?\s+)(?=\S)")
# Parenthesised item: "(1) Công tác tham mưu …", "(2) …"
PAREN = lazy_re(r"^\((\d{1,3})\)\s*(?=\S)")
# Point: "a) …", "đ) …", "b- …", "c. …", "a/ …" (typewriter copies; "b/c" is no point)
POINT = lazy_re(r"^([a-zđ])\s*[).\-–/]\s+(?=\S)")
# Bullet: "- …", "+ …", "* …", "• …", "– …"
BULLET = lazy_re(r"^([-+*•–—·])\s*(?=\S)")
# An entry of a list counted in words: "Một là, thủ tục hành chính …", "Hai là: …", "Thứ nhất, Ban
# cán sự đảng …", "Thứ hai, …" (not "Thứ Năm, ngày 12/10" nor "Thứ năm (12/10)": a day, capital or
# no comma; nor "Năm 2023, …")
ORDINAL = lazy_re(r"^(?:(Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười) là|Thứ (nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười))"
                  r"\s*[,:]\s*(?!ngày|\d)(?=\S)")
_ORDINAL_FIRST = frozenset("MHBNSTC")
_LA = ("Một", "Hai", "Ba", "Bốn", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười")
_THU = ("nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười")


def _kind(marker: str) -> str:
    """The family of an entry's marker: "-" (also "–"), "+", "•", "*", "point" ("a)", "b-"),
    "ordinal" ("Một là", "Thứ hai"), else the number as typed."""
    if marker in _KIND or marker == "*":
        return _KIND.get(marker, marker)
    if len(marker) == 2 and marker[0].isalpha() and marker[0].islower():
        return "point"
    return "ordinal" if " " in marker else marker


def _opens_entry(p: Para) -> str | None:
    """The family of the list entry paragraph *p* opens ("-", "point", "ordinal" …), or None."""
    t = p.text
    m = ORDINAL.match(t) if t[:1] in _ORDINAL_FIRST else None
    if m:
        return "ordinal" if _ordinal(m)[1] == 1 else None
    m = POINT.match(t)
    if m:
        return "point" if m.group(1) == "a" else None
    m = BULLET.match(t)
    return _kind(m.group(1)) if m else None


def _ordinal(m) -> tuple[str, int]:
    """("là", 2) for "Hai là", ("thứ", 1) for "Thứ nhất": the family and the count."""
    return ("là", _LA.index(m.group(1)) + 1) if m.group(1) else ("thứ", _THU.index(m.group(2)) + 1)


_ORDINAL_AHEAD = 12  # paragraphs searched for the second entry of a list counted in words


def _ordinal_list(paras: list[Para], k: int, family: str) -> bool:
    """Does "Một là" / "Thứ nhất" at ``paras[k]`` open a list — its "Hai là" / "Thứ hai" follows
    before any part? One alone is a sentence's opening word."""
    for p in paras[k + 1 : k + 1 + _ORDINAL_AHEAD]:
        t = p.text
        if PART.match(t) or CHAPTER.match(t):
            return False
        m = ORDINAL.match(t) if t[:1] in _ORDINAL_FIRST else None
        if m and _ordinal(m) == (family, 2):
            return True
    return False

# Deepest item nesting kept as a tree; deeper numbers ("1.1.1.1.1.1.1.1.1.1.1.1.1. …") become
# siblings at this level. Real documents stop at 4; without a bound a run of ever deeper numbers
# nested thousands of levels and JSON output and validation hit Python's recursion limit.
_MAX_DEPTH = 12
# Bullet depths by convention: "-" over "+" (and "•"), whichever comes first ("+ Tuyên truyền;" / "-
# Xây dựng …" are two entries) — but a kind first typed under an entry that announces a list ("+ Ngành
# giáo dục:" / "- Rà soát …" / "+ Ngành y tế:") is that entry's list, deeper (audit 23: the second "+"
# nested under the last "-"); a hyphen and Word's en dash for it are one kind, so are "•" and "·".
# "*" depends on where it first appears
_RANK = {"-": 1, "–": 1, "—": 1, "+": 2, "•": 2, "·": 2}
_KIND = {"-": "-", "–": "-", "—": "-", "+": "+", "•": "•", "·": "•"}
_STAR_OVER = 0.5  # "*" heading a list ("* Ưu điểm:" / "- …"): over "-", under a point "a)"
_STAR_UNDER = 3  # "*" under "-" or "+" ("+ …" / "* Lưu ý: …"): the deepest


# What an assessment part's title says (folded): "I. ĐÁNH GIÁ TÌNH HÌNH …", "I- Kết quả đạt được", "Ưu điểm, hạn chế"
_ASSESS = lazy_re(r"danh gia|ket qua|tinh hinh|uu diem|han che|kiem diem|tong ket|nhan xet")
# "II. NHIỆM VỤ, GIẢI PHÁP …", "III. TỔ CHỨC THỰC HIỆN", "III. YÊU CẦU" (a notice's part that assigns
# who does what, by when); "I. MỤC ĐÍCH, YÊU CẦU" states a plan's aims (role_of: "muc dich" first)
_DIRECT = lazy_re(r"nhiem vu|giai phap|phuong huong|nhiem vu trong tam|chi dao|trien khai|cong viec|to chuc thuc hien|de nghi|yeu cau")
# a chapter of a normative text is directives only by these words ("Chương III NHIỆM VỤ, GIẢI
# PHÁP"); "Chương II NHIỆM VỤ CỦA CHI BỘ", "Chương IV GIẢI QUYẾT CÔNG VIỆC" describe, not assign
_CHAPTER_DIRECT = lazy_re(r"giai phap|phuong huong|to chuc thuc hien")
# a body's standing remit, not tasks set: "NHIỆM VỤ, QUYỀN HẠN", "CHỨC NĂNG, NHIỆM VỤ"
_REMIT = lazy_re(r"quyen han|chuc nang|quyen loi|nghia vu")


def role_of(title: str | None, chapter: bool = False) -> str:
    """assessment | directives | other — from the section title's words.

    ``chapter``: the title of a "Chương" heading, held to the stricter directive words.
    """
    if not title:
        return "other"
    f = fold(title)
    a = _ASSESS.search(f)
    d = (_CHAPTER_DIRECT if chapter else _DIRECT).search(f)
    if a and not chapter and (not d or a.start() < d.start()):
        return "assessment"  # (a "Chương" of a normative text assesses nothing: "Chương III … KẾT QUẢ")
    if d and not f.startswith("muc dich") and not _REMIT.search(f):
        return "directives"
    return "other"


def _inherit_roles(sections: list[dict]) -> None:
    """A report's "Phần thứ nhất KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024" assesses, and so do the Roman
    parts under it whose own titles name only a field ("I. CÔNG TÁC XÂY DỰNG ĐẢNG", "II. PHÁT TRIỂN
    KINH TẾ - XÃ HỘI"); under "Phần thứ hai PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025", "I. MỤC TIÊU TỔNG QUÁT"
    directs (audit 23: all were "other"). A title with words of its own keeps its role."""
    role = None
    for s in sections:
        if (s["number"] or "")[:4].lower() == "phần":
            role = s["role"] if s["role"] != "other" else None
            continue
        if role is None or s["role"] != "other" or not s["title"]:
            continue
        f = fold(s["title"])
        if not (_ASSESS.search(f) or _DIRECT.search(f) or f.startswith("muc dich") or _REMIT.search(f)):
            s["role"] = role


# Document types that prescribe rather than report: none of their parts is an assessment
_NO_ASSESSMENT = ("huong dan", "quy dinh", "quy che", "quyet dinh", "chi thi")


def _settle_roles(sections: list[dict], normative: bool) -> None:
    """ "TỔ CHỨC THỰC HIỆN" assigns tasks only where it lists them.

    A plan's or guide's "III. TỔ CHỨC THỰC HIỆN" / "1. Ban Tuyên giáo … chủ trì …, hoàn thành trước
    ngày …" is directives; the same title over prose ("Văn phòng Huyện uỷ theo dõi, đôn đốc …",
    "Hướng dẫn này có hiệu lực từ ngày ký …") or over a normative text's final articles ("Điều 21.
    Các cơ quan … có trách nhiệm thực hiện Quy định này.") is other.
    """
    for s in sections:
        if s["role"] == "directives" and fold(s["title"] or "").startswith("to chuc thuc hien"):
            if normative or not s["items"]:
                s["role"] = "other"


def _para(p: Para, text: str | None = None) -> dict:
    return {"line": p.line, "text": p.text if text is None else text}


def _split_heading(text: str) -> tuple[str, str]:
    """ "Đánh giá chung: Thời gian qua …" → ("Đánh giá chung", "Thời gian qua …")."""
    k = text.find(":")
    if 0 < k < 160 and text[k + 1 :].strip():
        return text[:k].strip(), text[k + 1 :].strip()
    return _title(text), ""


# A numbered paragraph that assigns work (folded): "III- Giao Ban Tuyên giáo Thành uỷ …", "Đề nghị …"
_ASSIGN = lazy_re(r"(?:giao|de nghi|yeu cau)\s")


# First letters of a paragraph that may still open a numbering though a small letter follows:
# an OCR'd Roman numeral ("Il.", "lI."), and the words of chapters, articles and parts
_OCR_ROMAN = frozenset("IlVX1")
_WORD_MARKS = frozenset(("Ch", "Đi", "Ph", "Mụ"))


def _sentence(text: str) -> bool:
    """A part's text that is a sentence, not a title: it ends with a full stop, or runs past a
    full stop into another sentence ("… Đề án. Đề án đã đánh giá …"), or is longer than any title."""
    return text.endswith(".") or len(text) > 200 or ". " in text and not text.isupper()


def _title(text: str) -> str:
    return text.strip().rstrip(":").strip()


# A paragraph of another kind than a list's entries: a request or an assignment to others, opening
# the paragraph — "Đề nghị các cơ quan, đơn vị chuẩn bị nội dung …", "Yêu cầu các chi bộ báo cáo …",
# "Kính đề nghị …", "Giao Văn phòng Huyện ủy theo dõi …" (group 1: the word after it)
_OTHER_KIND = lazy_re(r"(?:Kính đề nghị|Đề nghị|Yêu cầu|Giao)\s+(\S+)")
_OTHER_FIRST = frozenset("ĐYGK")
# "Giao" assigns before a body or a person ("Giao Ban Tổ chức …", "Giao cho …", "Giao các …", "Giao
# đồng chí …"), not in "Giao thông nông thôn …", "Giao ban …"
_GIAO_OBJECT = ("cho", "các", "đồng")
# how a finished list entry ends: "… tại Phường 14.", "… trước ngày 30/9;", "… thực hiện./."
_ENTRY_DONE = (".", ";", ".”", ".\"", "!", "?")


# A resolution's or minutes' own closing lines, about the document or the meeting as a whole:
# "Nghị quyết này được phổ biến đến …", "Nghị quyết được 15/15 đảng viên dự họp biểu quyết thông
# qua.", "Biên bản được thông qua lúc 11 giờ cùng ngày, …", "Hội nghị kết thúc lúc 11 giờ 15 phút
# cùng ngày.", "Cuộc họp kết thúc …", "Phiên họp bế mạc …"
_RECORD_KIND = lazy_re(r"(?:Nghị quyết (?:này|được|đã)|Biên bản|(?:Hội nghị|Cuộc họp|Phiên họp|Buổi họp|Kỳ họp"
                       r"|Buổi làm việc|Buổi sinh hoạt)(?: đã)? (?:kết thúc|bế mạc))\s")
_RECORD_FIRST = frozenset("NBHCPK")
# ... and a vote that adopts it, whoever opens the sentence: "Hội nghị nhất trí biểu quyết thông qua
# Nghị quyết với 100% …", "Chi bộ biểu quyết thông qua Nghị quyết 23/23 đảng viên tán thành.",
# "Kết quả biểu quyết: 15/15 đảng viên tán thành." (not "Chi bộ biểu quyết 15/15 đồng ý." after the
# entry it votes on: no adoption). What ``\S[^.;:]*biểu quyết[^.;]*thông qua`` matched at the
# start, without its backtracking (a paragraph repeating "biểu quyết" 8,000 times took 4.5 s):
# the first "biểu quyết" before any ". ; :" gives the widest room for "thông qua" before ". ;"
_VOTE_WORD, _ADOPTED = "biểu quyết", "thông qua"


def _adopts(text: str) -> bool:
    if text.startswith("Kết quả biểu quyết"):
        return True
    p = text.find(_VOTE_WORD, 1)
    if p < 0 or text[0].isspace() or any(c in text[1:p] for c in ".;:"):
        return False
    q = p + len(_VOTE_WORD)
    stops = [i for i in (text.find(".", q), text.find(";", q)) if i >= 0]
    return text.find(_ADOPTED, q, min(stops, default=len(text))) >= 0


def _record_kind(text: str) -> bool:
    """A resolution's or minutes' line about the whole document or meeting — it is adopted, ends,
    is read out ("Nghị quyết này …", "Biên bản …", "Hội nghị kết thúc …", a vote adopting it): no
    list entry goes on that way after its full stop (audit 16: the closing "Biên bản được thông qua
    lúc 11 giờ …" was the last "- …" entry's paragraph)."""
    if text[:1] in _RECORD_FIRST and _RECORD_KIND.match(text):
        return True
    return "biểu quyết" in text and _adopts(text)


def _other_kind(text: str) -> bool:
    """A paragraph that requests or assigns ("Đề nghị …", "Giao Ban …", "Yêu cầu …"), or closes a
    resolution or minutes (:func:`_record_kind`): no list entry goes on that way after its full stop."""
    if text[:1] not in _OTHER_FIRST:
        return _record_kind(text)
    m = _OTHER_KIND.match(text)
    if m is None:
        return _record_kind(text)
    if text[0] == "G":
        nxt = m.group(1)
        return nxt[:1].isupper() or nxt in _GIAO_OBJECT
    return True


# A paragraph that weighs a list as a whole, opening on a word that contrasts or sums up: "Tuy
# nhiên, vẫn còn một số hạn chế: …", "Bên cạnh đó, …", "Bên cạnh những kết quả đạt được, …", "Song
# cũng còn …", "Nhìn chung, …", "Tóm lại, …" — after a list of short entries it is no entry's
# text (audit 24: "Tuy nhiên, …" under part I's list of results was its last "- " entry's paragraph)
_CONTRAST = lazy_re(r"(?:Tuy nhiên|Tuy vậy|Tuy thế|Mặc dù vậy|Dù vậy|Song|Nhưng|Bên cạnh (?:đó|những|các|kết quả)"
                    r"|Nhìn chung|Nhìn lại|Tóm lại|Nói chung|Mặt khác)(?=[\s,])")
_CONTRAST_FIRST = frozenset("TMDSNB")


def _x_mm(ln: Line) -> float | None:
    """Where a .docx line's text starts, mm from the left edge (the reader's ``frags[0].x_mm``)."""
    fr = (ln.fmt or {}).get("frags")
    return fr[0]["x_mm"][0] if fr and fr[0].get("x_mm") else None


def _indented_under(ln: Line, entry: Line) -> bool:
    """Is *ln* typed under the text of the entry opening at *entry*, further in than its marker
    ("- Về kinh phí:" / "  Đề nghị Ủy ban …"; in a .docx, its text starting right of the entry's
    by more than a millimetre) — the entry's own paragraph?"""
    a, b = _x_mm(ln), _x_mm(entry)
    if a is not None and b is not None:
        return a > b + 1
    return ln.indent > entry.indent


class _Builder:
    def __init__(self, st: State) -> None:
        self.st = st
        self.sections: list[dict] = []
        self.preamble: list[dict] = []
        self.section: dict | None = None
        self.items: list[dict] = []  # open items, outermost first (nested numbering)
        self.bullets: list[tuple[int, dict]] = []  # open bullets (rank, node)
        # rank of the list whose entries stand as a section's items ("- …" straight under "2. Về
        # nhiệm vụ"); None while the items are numbered
        self.entry_rank: float | None = None
        self.last_part = 0
        self.last_letter: str | None = None  # the lettered part open ("A- …", "B- …")
        self.normative = False  # articles "Điều N." seen: a quy định, quy chế, quyết định
        self.opened: dict[int, Line] = {}  # id(entry of a bullet list) → its first line
        # a paragraph that left a list and, so far, ends the section: (its node, the node holding it)
        self.trailing: tuple[dict, dict] | None = None
        # whether "*" heads the list open under the current item or section: typed before any "-",
        # "+" or "•" there ("* Ưu điểm:" / "- …" / "* Hạn chế:" / "- …", "* Văn phòng:" / "+ …" /
        # "* Các chi bộ …"), it is the outer level; after one, the deepest ("- …" / "+ …" / "* …").
        # Always the deepest, it nested "* Hạn chế:" under the last "- …" (audit 21)
        self.star_over: bool | None = None
        self.kinds: dict[str, int] = {}  # bullet kinds typed under the current item or section: their depths
        self.ordinal: tuple[str, int] | None = None  # the last entry of a list counted in words ("là", 2)

    def rank(self, marker: str) -> float:
        """The depth of a bullet *marker* in the list open here (points "a)" are 0)."""
        kind = _KIND.get(marker)
        if kind is not None:
            if self.star_over is None:
                self.star_over = False
            got = self.kinds.get(kind)
            if got is None:
                got = _RANK[marker]
                if self.bullets:
                    above, node = self.bullets[-1]
                elif self.entry_rank is not None and self.items:
                    above, node = self.entry_rank, self.items[-1]
                else:
                    above, node = 0, None
                if node is not None and above >= got and node["text"].endswith(":"):
                    got = above + 1  # "+ Ngành giáo dục:" / "- Rà soát …": the list it announces
                self.kinds[kind] = got
            return got
        if marker == "*":
            if self.star_over is None:
                self.star_over = True
            return _STAR_OVER if self.star_over else _STAR_UNDER
        return 1

    def close_section(self) -> None:
        """A paragraph that left the last list of a section's list of items, with nothing numbered
        after it, speaks for the whole list: the schedule's "4. Thứ Bảy (19/10/2024):" / "- 7 giờ
        00: …" / "Đề nghị các cơ quan, đơn vị … gửi về Văn phòng trước 16 giờ 00 ngày 12/10/2024."
        asks for the week, not for Saturday (audit 14: that deadline was the bullet's ``due``).
        It and the paragraphs after it become the section's. An article's last sentences stay
        the article's (a normative text's parts are chapters); one item is no list."""
        got, self.trailing = self.trailing, None
        sec = self.section
        if got is None or sec is None or self.normative or len(sec["items"]) < 2:
            return
        para, holder = got
        if holder is sec:
            return
        paras = holder["paragraphs"]
        k = next(i for i, x in enumerate(paras) if x is para)
        sec["paragraphs"].extend(paras[k:])
        del paras[k:]

    def new_section(self, number: str | None, title: str | None, line: int, role: str | None = None) -> None:
        self.close_section()
        self.section = {
            "number": number,
            "title": title,
            "role": role or role_of(title),
            "line": line,
            "paragraphs": [],
            "items": [],
        }
        self.sections.append(self.section)
        self.items = []
        self.bullets = []
        self.entry_rank = None
        self.star_over = None
        self.kinds = {}

    def ensure_section(self, line: int) -> dict:
        if self.section is None:
            self.new_section(None, None, line, "other")
        assert self.section is not None
        return self.section

    def add_item(self, number: str, text: str, line: int) -> None:
        self.trailing = None
        node = {"number": number, "line": line, "text": text, "paragraphs": [], "bullets": [], "items": []}
        # "1.2" goes under the open item "1" (and "1.1" under a "1." heading section: top level);
        # nesting is capped so that "1.1.1.1…" a thousand levels deep stays a shallow tree
        while self.items and not number.startswith(self.items[-1]["number"] + "."):
            self.items.pop()
        del self.items[_MAX_DEPTH:]
        if self.items:
            self.items[-1]["items"].append(node)
        else:
            self.ensure_section(line)["items"].append(node)
        self.items.append(node)
        self.bullets = []
        self.entry_rank = None
        self.star_over = None
        self.kinds = {}

    def add_child(self, number: str, text: str, line: int) -> None:
        """An item under the deepest open item (a khoản under an article, "(1)" under "1.")."""
        self.trailing = None
        node = {"number": number, "line": line, "text": text, "paragraphs": [], "bullets": [], "items": []}
        self.items[-1]["items"].append(node)
        self.items.append(node)
        self.bullets = []
        self.entry_rank = None
        self.star_over = None
        self.kinds = {}

    def add_bullet(self, marker: str, rank: float, text: str, first: Line) -> None:
        line = first.no
        if not self.items or self.entry_rank is not None and rank <= self.entry_rank:
            # a list straight under a section: its entries are the section's items, siblings of
            # each other ("- A" / "- B" under "2. Về nhiệm vụ" — B nested under A before); a
            # deeper marker ("+" under "-") is a bullet of the entry
            star, kinds, self.items = self.star_over, self.kinds, []
            self.add_item(marker, text, line)
            self.entry_rank, self.star_over, self.kinds = rank, star, kinds  # (the entries share one list's markers)
            self.opened[id(self.items[-1])] = first
            return
        self.trailing = None
        node = {"marker": marker, "line": line, "text": text, "paragraphs": [], "bullets": []}
        self.opened[id(node)] = first
        while self.bullets and self.bullets[-1][0] >= rank:
            self.bullets.pop()
        if self.bullets:
            self.bullets[-1][1]["bullets"].append(node)
        else:
            self.items[-1]["bullets"].append(node)
        self.bullets.append((rank, node))

    def leaves(self, p: Para, entry: dict) -> bool:
        """Does plain paragraph *p* leave the list whose open entry is *entry*?

        A list's entries are short parallel lines ("- 7 giờ 00: …", "- 8 giờ 30: …"); a paragraph
        after the last that requests or assigns ("Đề nghị …", "Giao …", "Yêu cầu …") once that
        entry is finished ("." or ";") is of another kind: it does not continue the entry. An
        entry ending on ":" (or on no stop) goes on in it, and so does a paragraph typed under
        the entry's text ("- Về kinh phí:" / "   Đề nghị Ủy ban …")."""
        if not _other_kind(p.text):
            return False
        last = entry["paragraphs"][-1]["text"] if entry["paragraphs"] else entry["text"]
        if not last.endswith(_ENTRY_DONE):
            return False
        first = self.opened.get(id(entry))
        return first is None or not _indented_under(p.lines[0], first)

    def weighs(self, p: Para, entry: dict) -> bool:
        """Does plain paragraph *p* weigh the list whose open entry is *entry* as a whole ("Tuy
        nhiên, …", "Bên cạnh đó, …" after "- Thu ngân sách đạt 32% dự toán;" / "- Công tác … được
        triển khai quyết liệt.")? Only after a short entry — one line of text of its own, finished
        ("." or ";"), no paragraph under it yet — and not typed under its text."""
        t = p.text
        if t[:1] not in _CONTRAST_FIRST or not _CONTRAST.match(t) or entry["paragraphs"]:
            return False
        if not entry["text"].endswith(_ENTRY_DONE):
            return False
        first = self.opened.get(id(entry))
        return first is None or not _indented_under(p.lines[0], first)

    def announces(self, p: Para, entry: dict, nxt: str | None) -> bool:
        """Does plain paragraph *p*, ending on ":", announce the next list (*nxt*: the family of the
        entry opening the next paragraph) rather than go on in *entry*, a finished one? "Ba là, kỷ
        luật … chưa nghiêm." / "Để khắc phục những hạn chế trên, Thường trực Tỉnh ủy yêu cầu:" /
        "Thứ nhất, …": a list of its own family ("ordinal", "point") or of *entry*'s ("- …" / "-
        …." / "Hạn chế:" / "- …") — not a deeper one ("+ …"), and not typed under the entry."""
        if nxt is None or not p.text.endswith(":") or not entry["text"].endswith(_ENTRY_DONE):
            return False
        if entry["paragraphs"] and not entry["paragraphs"][-1]["text"].endswith(_ENTRY_DONE):
            return False
        own = _kind(entry.get("marker") or entry["number"])
        if not (nxt == own or nxt in ("ordinal", "point") and own != nxt):
            return False
        first = self.opened.get(id(entry))
        return first is None or not _indented_under(p.lines[0], first)

    def add_paragraph(self, p: Para, text: str | None = None, nxt: str | None = None) -> None:
        node = _para(p, text)
        if self.bullets or self.entry_rank is not None and self.items:
            entry = self.bullets[-1][1] if self.bullets else self.items[-1]
            if text is None and (self.weighs(p, entry) or self.announces(p, entry, nxt)):
                # the list's level is done: to the entry that announced it ("- Về kinh tế:" / "+ …" /
                # "+ …" / "Tuy nhiên, …"), else to the item or the section holding the list
                if len(self.bullets) > 1:
                    rank = self.bullets[-1][0]
                    while len(self.bullets) > 1 and self.bullets[-1][0] >= rank:
                        self.bullets.pop()
                    self.bullets[-1][1]["paragraphs"].append(node)
                    return
                if self.bullets:  # the item over them ("1. Về kinh tế:" or a "- " entry of the section)
                    self.bullets = []
                    self.items[-1]["paragraphs"].append(node)
                    return
                self.items, self.entry_rank = [], None  # the section's own entries
                self.ensure_section(p.line)["paragraphs"].append(node)
                return
            if text is None and self.leaves(p, entry):
                # leaving the list: to the item it is under, or to the section whose entries
                # its bullets are ("- A" / "- B" straight under "II. Nhiệm vụ")
                self.bullets = []
                if self.entry_rank is not None:
                    self.items, self.entry_rank = [], None
                holder = self.items[-1] if self.items else self.ensure_section(p.line)
                holder["paragraphs"].append(node)
                self.trailing = (node, holder)
                return
        if self.bullets:
            self.bullets[-1][1]["paragraphs"].append(node)
        elif self.items:
            item = self.items[-1]
            if text is None and self.trailing is None and (self.leaves(p, item) or len(self.items) == 1 and not (
                    item["bullets"] or item["items"]) and self.weighs(p, item)):
                # after a numbered item ("3.3. Mặt trận … về bảo vệ môi trường." / "Giao Văn phòng
                # Thị uỷ theo dõi, đôn đốc …"): the item's while another item may follow, the
                # section's if none does (close_section); so is "Tuy nhiên, …" after the last of
                # short items ("1. Kinh tế tăng trưởng 7%." / "2. …." / "Tuy nhiên, …", audit 24)
                self.trailing = (node, item)
            item["paragraphs"].append(node)
        elif self.section is not None:
            self.section["paragraphs"].append(node)
        else:
            self.preamble.append(node)


# The preamble's sentence that hands over to the conclusions, which a list with no numbers may
# follow: "…, Thường trực Huyện ủy có ý kiến như sau:", "Ban Thường vụ Tỉnh ủy kết luận:", "Hội nghị
# thống nhất các nội dung sau:" (folded) — not a roll call's "Tham dự buổi làm việc có các đồng chí:"
_LEAD_IN = lazy_re(r"(?:ket luan|y kien|chi dao|nhu sau|noi dung sau|thong nhat|quyet nghi|yeu cau|de nghi)[^.;]{0,40}:$")
_ROLL_WORDS = ("tham du", "du hop", "du cuoc hop", "du hoi nghi", "cung du", "thanh phan", "chu tri", "co mat", "vang")


# An item "1." as OCR leaves it, the figure read as a small "l": "l. Ban cán sự đảng UBND tỉnh chỉ đạo …"
OCR_ONE = lazy_re(r"^(l)\s*[.)\-–]\s+(?=\S)")
_LOOK_AHEAD = 40  # paragraphs searched for the item after an OCR'd "l."


# A part's or item's number as OCR reads its full stop, a comma: "II, NHIỆM VỤ", "1, Ủy ban …" (the
# capital after it checked by _comma_number)
COMMA_NUMBER = lazy_re(r"^([IVXLC]{1,6}|\d{1,2}),\s+(?=\S)")


def _comma_number(paras: list[Para], k: int, m, b: "_Builder") -> bool:
    """Is "II," / "1," opening ``paras[k]`` a number read with a comma for its stop? A part: the next
    one ("II," after part I) over a caps title. An item: its text capitalised, and the next in the
    open list ("2," after item "1") — or "1" where item 2 ("2." or "2,") comes next before any part."""
    num, rest = m.group(1), paras[k].text[m.end():]
    if num[0] in "IVXLC":
        return b.last_part > 0 and roman(num) == b.last_part + 1 and len(rest.split()) >= 2 and is_caps(rest)
    if not rest[:1].isupper():
        return False
    n = int(num)
    if n > 1:
        return bool(b.items) and len(b.items) == 1 and b.items[0]["number"] == str(n - 1)
    for p in paras[k + 1 : k + 1 + _LOOK_AHEAD]:
        if PART.match(p.text) or CHAPTER.match(p.text):
            return False
        m2 = ITEM_SIMPLE.match(p.text) or COMMA_NUMBER.match(p.text)
        if m2:
            return m2.group(1) == "2"
    return False


def _ocr_one(paras: list[Para], k: int) -> bool:
    """Is "l." opening ``paras[k]`` the item "1." as OCR read it? Only where the next item is "2."
    before any part (a point "l)" follows "k)", and "l. Nhiệm vụ …" alone stays a point)."""
    for p in paras[k + 1 : k + 1 + _LOOK_AHEAD]:
        if PART.match(p.text) or CHAPTER.match(p.text):
            return False
        m = ITEM_SIMPLE.match(p.text)
        if m:
            return m.group(1) == "2"
    return False


# The first part's "I." as OCR leaves it, read as "l." or "1." before its caps title: "l. ĐÁNH GIÁ CHUNG"
OCR_FIRST_PART = lazy_re(r"^([l1])\s*[-.)–:]\s*(?=\S)")


def _first_part(paras: list[Para]) -> tuple[int, int]:
    """``(index, value)`` of the first Roman part ("II. NHIỆM VỤ" → 2), ``(len, 0)`` when there is
    none or a chapter or article comes first. Read once: part I typed by OCR as "l." or "1." before a
    caps title is part I only where this first part is "II." (audit 23: part I's title was an item,
    its text that item's)."""
    for i, p in enumerate(paras):
        m = PART.match(p.text)
        if m and m.group(1):
            return i, roman(m.group(1)) or 0
        if CHAPTER.match(p.text) or ARTICLE.match(p.text):
            break
    return len(paras), 0


def _lead_in(preamble: list[dict]) -> bool:
    """Does the preamble end on the sentence that announces the conclusions, so that a "- …" or
    "a) …" list right under it is the body's list of directives, not more of the opening?"""
    if not preamble or not preamble[-1]["text"].endswith(":"):
        return False
    f = fold(preamble[-1]["text"])
    return _LEAD_IN.search(f) is not None and not any(w in f for w in _ROLL_WORDS)


def _heading_items(paras: list[Para]) -> bool:
    """No Roman parts but bold or caps numbered headings: those headings are the sections."""
    for p in paras:
        if PART.match(p.text) and roman(PART.match(p.text).group(1) or "I"):
            return False
    return any(ITEM_SIMPLE.match(p.text) and (p.bold or _caps_heading(p.text)) and len(p.text) < 250 for p in paras)


# Letters of lettered parts in order: the Vietnamese alphabet ("D-", "Đ-", "E-") or the Latin one
# some typists used ("D-", "E-", "F-")
_LETTERS = ("ABCDĐEGHIKLMNOPQRSTUVXY", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _next_letter(last: str | None, letter: str) -> bool:
    """Whether a lettered part ``letter`` goes on after ``last`` (None: only "A" opens)."""
    if last is None:
        return letter == "A"
    return any(last in abc and abc.find(last) + 1 == abc.find(letter) for abc in _LETTERS)


def _bare_caps(text: str) -> bool:
    """An unnumbered heading in capitals: "TÌNH HÌNH CHUNG", "NHIỆM VỤ 6 THÁNG CUỐI NĂM:" — short,
    no marker before it ("1.", "-", "A-"), no sentence ending after it."""
    return (len(text) <= 120 and text[:1].isalpha() and len(text.split()) >= 2 and is_caps(text)
            and not text.endswith((".", ";", ",")) and LETTER_PART.match(text) is None)


def _caps_sections(paras: list[Para]) -> int:
    """Old notices headed their parts in capitals with no numeral ("TÌNH HÌNH CHUNG" … "NHIỆM VỤ
    THỜI GIAN TỚI"): two such headings, and no numbered parts, chapters or articles, make them the
    sections. One caps line alone is no outline (a slogan, a campaign's name) — unless numbered
    items follow it (:func:`_heads_items`). Returns how many there are, 0 under another outline."""
    n = 0
    for p in paras:
        t = p.text
        if CHAPTER.match(t) or ARTICLE.match(t) or LETTER_PART.match(t) and t[0] == "A":
            return 0
        m = PART.match(t)
        if m and roman(m.group(1) or "I"):
            return 0
        n += _bare_caps(t)
    return n


# The enacting words of a resolution or decision in capitals, a sentence with its subject, not a
# part's title (folded): "HỘI NGHỊ QUYẾT NGHỊ:", "BAN THƯỜNG VỤ HUYỆN ỦY KẾT LUẬN:" (but "NỘI DUNG
# KẾT LUẬN" is one)
_ENACTING_CAPS = lazy_re(r"(?!ket luan|noi dung)\S.*\s(?:quyet dinh|quyet nghi|ket luan)\s*:?$")


def _heads_items(paras: list[Para], k: int, st: State) -> bool:
    """Is caps paragraph ``paras[k]`` the title of the numbered items right under it? Minutes and
    conclusions head their one list so: "NỘI DUNG HỘI NGHỊ" / "1. Đồng chí Phó Bí thư …" / "2. …",
    "KẾT LUẬN CỦA HỘI NGHỊ" / "1. …" (audit 16: the title went to the preamble and the items to a
    section with none). Alone on its line, "1." next, and not the type line, the subject or the
    enacting words ("HỘI NGHỊ QUYẾT NGHỊ:"). Not after a sentence that announces the list ("… kết
    luận như sau:" / "HỌC TẬP VÀ LÀM THEO TẤM GƯƠNG ĐẠO ĐỨC HỒ CHÍ MINH" / "1/ …"): what the colon
    opens is the list itself, and a caps line there is a campaign's name, not a part's title."""
    p = paras[k]
    if k + 1 >= len(paras) or len(p.lines) != 1 or len(p.lines[0].frags) > 1 or not _bare_caps(p.text):
        return False
    if k and paras[k - 1].text.endswith(":"):
        return False
    m = ITEM_SIMPLE.match(paras[k + 1].text)
    if m is None or m.group(1) != "1":
        return False
    f = fold(p.text)
    own = (st.out.get("doc_type"), st.out.get("subject"))
    return _ENACTING_CAPS.match(f) is None and all(f != fold(x) for x in own if isinstance(x, str))


def _day_head(p: Para) -> bool:
    """A one-line paragraph that only names a day and its date: "Thứ Hai (14/10/2024)"."""
    return len(p.lines) == 1 and day_head(p.text)


def _day_sections(paras: list[Para]) -> bool:
    """A weekly schedule whose days head their entries with no number ("**Thứ Hai (14/10/2024)**" /
    "- 7 giờ 30: …" / … / "**Thứ Ba (15/10/2024)**"), as web copies and PDFs of a committee's
    lịch công tác print them: two day headings or more, under no numbered outline, are the
    sections and their bullets the items (a "1. Thứ Hai …" is an item and stays one)."""
    n = 0
    for p in paras:
        t = p.text
        if CHAPTER.match(t) or ARTICLE.match(t):
            return False
        m = PART.match(t)
        if m and roman(m.group(1) or "I"):
            return False
        n += _day_head(p)
    return n >= 2


def _caps_heading(text: str) -> bool:
    m = ITEM_SIMPLE.match(text)
    rest = text[m.end():] if m else text
    return len(rest.split()) >= 2 and is_caps(rest)


def run(st: State) -> None:
    b = _Builder(st)
    item_sections = _heading_items(st.paras)
    n_caps = 0 if item_sections else _caps_sections(st.paras)
    day_sections = not item_sections and _day_sections(st.paras)
    caps_sections = n_caps >= 2
    untitled: dict | None = None  # a "Chương II" (or "Phần thứ nhất") whose title may follow as the next paragraph
    untitled_chapter = True
    first_part: tuple[int, int] | None = None  # (read when needed)
    for k, p in enumerate(st.paras):
        t = p.text
        if untitled is not None:
            sec, untitled = untitled, None
            if b.section is sec and not sec["paragraphs"] and not sec["items"] and is_caps(t) and len(t) < 200:
                # "**Chương I**" / (blank) / "**NHỮNG QUY ĐỊNH CHUNG**": a web copy's chapter title
                sec["title"] = _title(t)
                sec["role"] = role_of(sec["title"], chapter=untitled_chapter)
                continue
        if day_sections and _day_head(p):
            b.new_section(None, _title(t), p.line)
            continue
        m = ORDINAL.match(t) if t[:1] in _ORDINAL_FIRST else None
        if m:
            fam, n = _ordinal(m)
            if n == 1 and _ordinal_list(st.paras, k, fam) or n > 1 and b.ordinal == (fam, n - 1):
                # "Một là, …" / "Hai là, …", "Thứ nhất, …" / "Thứ hai, …": entries of a list, as "a)" are
                # (audit 24: they were plain paragraphs, the list under no node)
                b.add_bullet(m.group(0).strip(" ,:"), 0, t[m.end():].strip(), p.lines[0])
                b.ordinal = (fam, n)
                continue
        if t[1:2].islower() and t[:1].isalpha() and t[:1] not in _OCR_ROMAN and t[:2] not in _WORD_MARKS:
            # "Tuy còn nhiều khó khăn …": a letter then a small letter opens no numbering — only
            # "Chương", "Điều", "Phần", "Mục" and an OCR'd "Il." do; spares the ten patterns below
            b.add_paragraph(p, nxt=_opens_entry(st.paras[k + 1]) if t[-1] == ":" and k + 1 < len(st.paras) else None)
            continue
        m = LETTER_PART.match(t)
        if m and _next_letter(b.last_letter, m.group(1)) and len(t) < 250:
            # "A- ĐÁNH GIÁ CHUNG" / … / "B- NHIỆM VỤ THỜI GIAN TỚI": parts of a 1990s notice
            b.last_letter = m.group(1)
            head, rest = _split_heading(t[m.end():])
            b.new_section(m.group(1), head or None, p.line)
            if rest:
                b.add_paragraph(p, rest)
            continue
        if caps_sections and _bare_caps(t) or n_caps == 1 and _heads_items(st.paras, k, st):
            b.new_section(None, _title(t), p.line)
            continue
        m = PART.match(t)
        if m:
            num = m.group(1)
            val = roman(num) if num else b.last_part + 1
            # accept a gap ("III-" after "I-") but not a stray letter far out of sequence ("C. …")
            if num is None or (val and (b.last_part < val <= b.last_part + 3 or val == 1)):
                if num:  # a "Phần" stands above the Roman parts: "Phần thứ hai" / "VII. …" goes on from VI
                    b.last_part = val
                label = num if num else t[: m.end()].strip(" -.:–")
                head, rest = _split_heading(t[m.end():])
                if not num and not head:
                    # "Phần thứ nhất" / "KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024": the title follows
                    b.new_section(label, None, p.line)
                    untitled, untitled_chapter = b.section, False
                    continue
                if not rest and _sentence(head):
                    # "I- Ban Thường vụ Thành uỷ cơ bản nhất trí với nội dung Đề án. …": a numbered
                    # paragraph of an older notice, not a heading — its text is the part's paragraph
                    b.new_section(label, None, p.line, _ASSIGN.match(fold(head)) and "directives" or None)
                    b.add_paragraph(p, t[m.end():].strip())
                    continue
                b.new_section(label, head or None, p.line)
                if rest:
                    b.add_paragraph(p, rest)
                continue
        m = OCR_FIRST_PART.match(t) if b.last_part == 0 and t[:1] in "l1" else None
        if m and len(t[m.end():].split()) >= 2 and is_caps(t[m.end():]) and len(t) < 200 and (
                first_part := first_part or _first_part(st.paras))[1] == 2 and first_part[0] > k:
            # "l. ĐÁNH GIÁ CHUNG" / … / "II. NHIỆM VỤ": part I as OCR left it (number as typed)
            b.last_part = 1
            b.new_section(m.group(1), _title(t[m.end():]), p.line)
            continue
        m = OCR_PART.match(t)
        if m and ("l" in m.group(1) or "1" in m.group(1)) and b.last_part and \
                roman(m.group(1).replace("l", "I").replace("1", "I")) == b.last_part + 1 and \
                len(t[m.end():].split()) >= 2 and is_caps(t[m.end():]):
            b.last_part += 1
            b.new_section(m.group(1), _title(t[m.end():]), p.line)
            continue
        m = COMMA_NUMBER.match(t) if "," in t[:8] else None
        if m and _comma_number(st.paras, k, m, b):
            # "II, NHIỆM VỤ" / "1, Ủy ban nhân dân huyện …": OCR read the full stop as a comma (audit 24:
            # the part and its items were part I's paragraphs); only in sequence (number as read)
            num = m.group(1)
            if num[0] in "IVXLC":
                b.last_part += 1
                b.new_section(num, _title(t[m.end():]), p.line)
            else:
                b.add_item(num, t[m.end():].strip(), p.line)
            continue
        m = CHAPTER.match(t) or (SUBCHAPTER.match(t) if t[:1] == "M" else None)
        if m:
            # number "Chương I", like "Điều 1": the bare "I" dropped the word (lossless failure); a
            # chapter's "Mục 1" is a section of its own too, as a report's Roman parts under a "Phần"
            # are (audit 23: its heading was the chapter's paragraph, or the last article's)
            title = _title(t[m.end():]) or None
            b.new_section(" ".join(t[: m.end(1)].split()), title, p.line, role_of(title, chapter=True))
            if title is None:
                untitled, untitled_chapter = b.section, True
            continue
        if item_sections:
            m = ITEM_SIMPLE.match(t)
            if m and (p.bold or _caps_heading(t)) and len(t) < 250:
                b.new_section(m.group(1), _title(t[m.end():]), p.line)
                continue
        m = ARTICLE.match(t)
        if m:
            b.ensure_section(p.line)
            b.normative = True
            b.items = []
            b.add_item("Điều " + m.group(1), t[m.end():].strip(), p.line)
            continue
        m = NESTED.match(t)
        if m and (b.items or b.section is not None):  # "1.1." under "1." or under a "1." heading section
            b.add_item(m.group(1), t[m.end():].strip(), p.line)
            continue
        m = ITEM_SIMPLE.match(t)
        if m:
            num = m.group(1)
            if b.items and b.items[0]["number"].startswith("Điều"):
                b.items = b.items[:1]  # a khoản inside an article
                b.add_child(num, t[m.end():].strip(), p.line)
            else:
                b.add_item(num, t[m.end():].strip(), p.line)
            continue
        m = PAREN.match(t)
        # "(1)" opens a list of its own too, with no part or item above it (a ward's notice:
        # "… một số nội dung sau:" / "(1) Ủy ban nhân dân phường …" / "(2) …")
        if m and (b.items or b.section is not None or m.group(1) == "1"):
            num = "(" + m.group(1) + ")"
            text = t[m.end():].strip()
            if b.items and b.items[-1]["number"].startswith("("):
                b.items.pop()  # a sibling of the open "(n)" item
            if b.items:  # "(1)" under "1." or "1.1."
                b.add_child(num, text, p.line)
            else:
                b.add_item(num, text, p.line)
            continue
        m = OCR_ONE.match(t) if t[:1] == "l" else None
        if m and not (b.bullets and b.bullets[-1][1]["marker"][:1] == "k") and _ocr_one(st.paras, k):
            # "l. Ban cán sự đảng …" / "2. Các huyện ủy …": item 1 as OCR left it (number as typed, as
            # an OCR'd part's "Il" is) — a point before, whose entries became the section's items
            # and took the "- " bullets under it for more of them (audit 23)
            b.add_item("l", t[m.end():].strip(), p.line)
            continue
        m = POINT.match(t)
        if m and (b.items or b.section is not None or m.group(1) == "a" and _lead_in(b.preamble)):
            # (a list of points opening the directives opens on "a)": "i. Đánh giá …" there is a
            # part's numeral typed in lower case, which TB022 reports, not a point)
            # (the marker without the space OCR or a typist left in it: "a )" is "a)", audit 24)
            b.add_bullet("".join(m.group(0).split()), 0, t[m.end():].strip(), p.lines[0])
            continue
        m = BULLET.match(t)
        if m and (b.items or b.section is not None or _lead_in(b.preamble)):
            # (a list right under "… có ý kiến như sau:" is the directives, a section of no title, as
            # numbered items are — audit 23: "- Thống nhất chủ trương …" / "- Giao …" stayed preamble)
            mk = m.group(1)
            b.add_bullet(mk, b.rank(mk), t[m.end():].strip(), p.lines[0])
            continue
        b.add_paragraph(p, nxt=_opens_entry(st.paras[k + 1]) if t[-1:] == ":" and k + 1 < len(st.paras) else None)
    b.close_section()
    _inherit_roles(b.sections)
    _settle_roles(b.sections, b.normative)
    if fold(st.out["doc_type"] or "").startswith(_NO_ASSESSMENT):
        # a guide's "I. VỀ KIỂM ĐIỂM TẬP THỂ, CÁ NHÂN" is a topic, not a report on past work, and
        # its deadlines count (the due reader skips assessment sections) — audit 6
        for s in b.sections:
            if s["role"] == "assessment":
                s["role"] = "other"
    st.out["preamble"] = b.preamble
    st.out["sections"] = b.sections
