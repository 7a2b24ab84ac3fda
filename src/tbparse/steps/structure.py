"""Build the body tree: preamble → sections (Roman parts) → items (1-, 1.1.) → bullets (a), -, +, *).

Numbering families vary by era and office: "I-"/"I."/"I)", "1-"/"1."/"1)", "a)"/"a-"/"a.", bullets
"-", "+", "*", "•", "–"; normative texts add "Chương", "Điều N." and "khoản" numbers. Typewriter
copies of the 1990s letter their parts "A-", "B-", number items "1/" and points "a/", or head
their parts in capitals with no numeral ("TÌNH HÌNH CHUNG"). A plain paragraph
always attaches to the deepest open node, so reading the tree in order gives the text in order.
"""
from __future__ import annotations

from ..fold import fold
from ..numerals import roman
from ..state import Para, State
from ..vocab import is_caps
from ..lazyre import lazy_re

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
ARTICLE = lazy_re(r"^(?:Điều|ĐIỀU)\s+(\d{1,3})(?![^\W_])\s*[.:\-–]?\s*")  # not "Điều 1o …" (fuzz)
# Item: "1- Khẩn trương …", "2. Về …", "3) …"; nested "1.1. Chịu …", "1.2 …" (not "1.000", "14/5")
ITEM_SIMPLE = lazy_re(r"^(\d{1,3})\s*(?:[-.)–]|/(?=\s))(?![\d/])\s*(?=\S)")
NESTED = lazy_re(r"^(\d{1,3}(?:\.\d{1,3})+)\.?\s+(?=\S)")
# Parenthesised item: "(1) Công tác tham mưu …", "(2) …"
PAREN = lazy_re(r"^\((\d{1,3})\)\s*(?=\S)")
# Point: "a) …", "đ) …", "b- …", "c. …", "a/ …" (typewriter copies; "b/c" is no point)
POINT = lazy_re(r"^([a-zđ])\s*[).\-–/]\s+(?=\S)")
# Bullet: "- …", "+ …", "* …", "• …", "– …"
BULLET = lazy_re(r"^([-+*•–—·])\s*(?=\S)")

# Deepest item nesting kept as a tree; deeper numbers ("1.1.1.1.1.1.1.1.1.1.1.1.1. …") become
# siblings at this level. Real documents stop at 4; without a bound a run of ever deeper numbers
# nested thousands of levels and JSON output and validation hit Python's recursion limit.
_MAX_DEPTH = 12
_RANK = {"-": 1, "–": 1, "—": 1, "+": 2, "•": 2, "·": 2, "*": 3}


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
        self.entry_rank: int | None = None
        self.last_part = 0
        self.last_letter: str | None = None  # the lettered part open ("A- …", "B- …")
        self.normative = False  # articles "Điều N." seen: a quy định, quy chế, quyết định

    def new_section(self, number: str | None, title: str | None, line: int, role: str | None = None) -> None:
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

    def ensure_section(self, line: int) -> dict:
        if self.section is None:
            self.new_section(None, None, line, "other")
        assert self.section is not None
        return self.section

    def add_item(self, number: str, text: str, line: int) -> None:
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

    def add_child(self, number: str, text: str, line: int) -> None:
        """An item under the deepest open item (a khoản under an article, "(1)" under "1.")."""
        node = {"number": number, "line": line, "text": text, "paragraphs": [], "bullets": [], "items": []}
        self.items[-1]["items"].append(node)
        self.items.append(node)
        self.bullets = []
        self.entry_rank = None

    def add_bullet(self, marker: str, rank: int, text: str, line: int) -> None:
        if not self.items or self.entry_rank is not None and rank <= self.entry_rank:
            # a list straight under a section: its entries are the section's items, siblings of
            # each other ("- A" / "- B" under "2. Về nhiệm vụ" — B nested under A before); a
            # deeper marker ("+" under "-") is a bullet of the entry
            self.items = []
            self.add_item(marker, text, line)
            self.entry_rank = rank
            return
        node = {"marker": marker, "line": line, "text": text, "paragraphs": [], "bullets": []}
        while self.bullets and self.bullets[-1][0] >= rank:
            self.bullets.pop()
        if self.bullets:
            self.bullets[-1][1]["bullets"].append(node)
        else:
            self.items[-1]["bullets"].append(node)
        self.bullets.append((rank, node))

    def add_paragraph(self, p: Para, text: str | None = None) -> None:
        node = _para(p, text)
        if self.bullets:
            self.bullets[-1][1]["paragraphs"].append(node)
        elif self.items:
            self.items[-1]["paragraphs"].append(node)
        elif self.section is not None:
            self.section["paragraphs"].append(node)
        else:
            self.preamble.append(node)


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


def _caps_sections(paras: list[Para]) -> bool:
    """Old notices headed their parts in capitals with no numeral ("TÌNH HÌNH CHUNG" … "NHIỆM VỤ
    THỜI GIAN TỚI"): two such headings, and no numbered parts, chapters or articles, make them the
    sections. One caps line alone is no outline (a slogan, a campaign's name)."""
    n = 0
    for p in paras:
        t = p.text
        if CHAPTER.match(t) or ARTICLE.match(t) or LETTER_PART.match(t) and t[0] == "A":
            return False
        m = PART.match(t)
        if m and roman(m.group(1) or "I"):
            return False
        n += _bare_caps(t)
    return n >= 2


def _caps_heading(text: str) -> bool:
    m = ITEM_SIMPLE.match(text)
    rest = text[m.end():] if m else text
    return len(rest.split()) >= 2 and is_caps(rest)


def run(st: State) -> None:
    b = _Builder(st)
    item_sections = _heading_items(st.paras)
    caps_sections = not item_sections and _caps_sections(st.paras)
    untitled: dict | None = None  # a "Chương II" (or "Phần thứ nhất") whose title may follow as the next paragraph
    untitled_chapter = True
    for p in st.paras:
        t = p.text
        if untitled is not None:
            sec, untitled = untitled, None
            if b.section is sec and not sec["paragraphs"] and not sec["items"] and is_caps(t) and len(t) < 200:
                # "**Chương I**" / (blank) / "**NHỮNG QUY ĐỊNH CHUNG**": a web copy's chapter title
                sec["title"] = _title(t)
                sec["role"] = role_of(sec["title"], chapter=untitled_chapter)
                continue
        if t[1:2].islower() and t[:1].isalpha() and t[:1] not in _OCR_ROMAN and t[:2] not in _WORD_MARKS:
            # "Tuy còn nhiều khó khăn …": a letter then a small letter opens no numbering — only
            # "Chương", "Điều", "Phần", "Mục" and an OCR'd "Il." do; spares the ten patterns below
            b.add_paragraph(p)
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
        if caps_sections and _bare_caps(t):
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
        m = OCR_PART.match(t)
        if m and ("l" in m.group(1) or "1" in m.group(1)) and b.last_part and \
                roman(m.group(1).replace("l", "I").replace("1", "I")) == b.last_part + 1 and \
                len(t[m.end():].split()) >= 2 and is_caps(t[m.end():]):
            b.last_part += 1
            b.new_section(m.group(1), _title(t[m.end():]), p.line)
            continue
        m = CHAPTER.match(t)
        if m:
            # number "Chương I", like "Điều 1": the bare "I" dropped the word (lossless failure)
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
        m = POINT.match(t)
        if m and (b.items or b.section is not None):
            b.add_bullet(m.group(0).strip(), 0, t[m.end():].strip(), p.line)
            continue
        m = BULLET.match(t)
        if m and (b.items or b.section is not None):
            mk = m.group(1)
            b.add_bullet(mk, _RANK.get(mk, 1), t[m.end():].strip(), p.line)
            continue
        b.add_paragraph(p)
    _settle_roles(b.sections, b.normative)
    if fold(st.out["doc_type"] or "").startswith(_NO_ASSESSMENT):
        # a guide's "I. VỀ KIỂM ĐIỂM TẬP THỂ, CÁ NHÂN" is a topic, not a report on past work, and
        # its deadlines count (the due reader skips assessment sections) — audit 6
        for s in b.sections:
            if s["role"] == "assessment":
                s["role"] = "other"
    st.out["preamble"] = b.preamble
    st.out["sections"] = b.sections
