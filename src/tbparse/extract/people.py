"""Named people and their titles: "đồng chí Lê Tiến Phương – Phó Bí thư Thường trực Tỉnh uỷ".

A Vietnamese personal name is two to four capitalised syllables starting with a family name from
a short closed list, so candidates are found with one case-sensitive regex of family names on the
original text. A candidate is a person only with evidence around it: an honorific before it
("đồng chí", "Ông", "Bà"), a title before it ("Phó Thủ tướng Chính phủ Bùi Thanh Sơn"), or a
title after a dash or comma ("Phạm Gia Túc, Uỷ viên Trung ương Đảng, Chánh Văn phòng …"). That
keeps "tấm gương đạo đức Hồ Chí Minh" and "đường Trần Hưng Đạo" out.

Titles and organisation names mix capitalised words with lowercase syllables ("Phó Bí thư
Thường trực Tỉnh uỷ", "Ủy ban nhân dân tỉnh"); :func:`chain_end` walks such a run and is shared
with the references extractor for the issuer after "của".
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Sequence

from . import SUPERSCRIPTS, Doc, as_doc, Joined, Para, lazy_re, sparse_fold
from ..recache import compile as _compile
from ..vocab import body_compound

_SURNAMES = (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đào Đoàn Lâm Mai "
    "Trịnh Trương Tô Hà Cao Lương Lưu Vương Tạ Châu Chu Thái Tăng Quách Kiều Từ Diệp La Lại Lò Giàng "
    "Sùng Vàng Thào Mạc Nông Triệu Hứa Khổng Khúc Kim Lã Lạc Liêu Phí Phùng Quan Tiêu Tống Thân Thạch "
    "Tôn Trình Ung Vi Vy Âu Bạch Bế Cù Cấn Chẩu Chế Doãn Đàm Đồng Giáp Hàn Hầu Khương Lục Lường Mẫn "
    "Nghiêm Ninh Sầm Thiều Tòng Tiết Lầu Hờ Ksor Nay Siu Rơ Đậu Hồng Lữ Ngụy Nguỵ Điêu Mùa Mè "
    # the Kinh's rarer ones: "Khuất Văn Khoát", "Nhữ Văn Tâm", "Chung Thị …"
    "Khuất Nhữ Chung Mạch Ứng Bành Dư Giang "
    # the north-west's and the north's own (Thái: Cầm, Quàng, Ngần, Vì, Lừ, and Kha, Ngân, Lang of
    # Nghệ An's Thái; Tày: Ma; Dao: Bàn, Chảo, Tẩn, Phàn; Hmong: Hạng, Tráng; Hà Nhì: Lù; Hoa: Mã)
    # — not "Sa", "Cà", "Bạc", which open place names ("Sa Pa", "Cà Mau", "Bạc Liêu")
    "Cầm Quàng Ngần Vì Lừ Kha Ngân Lang Ma Bàn Chảo Tẩn Phàn Hạng Tráng Lù Mã "
    # the Khmer's (Sơn, Danh, Chau, Néang beside Thạch, Kim, Lâm: "Sơn Minh Thắng", "Danh Út",
    # "Chau Văn Kham"), the S'tiêng's and M'Nông's "Điểu" ("Điểu K'Ré"), the Jrai's (Kpă, Rcom,
    # Rmah, Puih, Kpuih, Rahlan beside Ksor, Nay, Siu, Rơ: "Kpă Thuyên", "Rcom H'Dú") — a place
    # name opening with one ("Sơn La") is told apart by _PLACE_NAMES and names_a_place
    "Sơn Danh Chau Néang Điểu Kpă Rcom Rmah Puih Kpuih Rahlan "
    # a man's name in Ê Đê and Jrai opens with "Y": "Y Biêr Niê" (see _NOT_AFTER)
    "Y"
).split()
# Second words after which a family name is an ordinary word of a title-case heading or name:
# "Trường Đại học Y Dược", "ngành Y Tế", "Ngân Hàng Chính sách", "Danh Sách", "Vì Dân", "Vì Sao"
_NOT_AFTER: dict[str, frozenset[str]] = {
    "Y": frozenset({"Dược", "Tế", "Học", "Khoa", "Sĩ", "Sỹ", "Bác"}),
    "Ngân": frozenset({"Hàng", "Sách", "Quỹ"}),
    "Danh": frozenset({"Sách", "Mục", "Hiệu", "Dự", "Nghĩa", "Lam", "Thắng"}),
    "Vì": frozenset({"Đảng", "Nhân", "Dân", "Sao", "Vậy", "Thế", "Tổ", "Sự", "Môi", "Cộng", "Người", "Một",
                     "Những", "Các", "Mục", "Lợi", "Tương", "Biển", "Trẻ", "Em", "Cuộc", "Sức", "Quốc", "Hạnh"}),
    "Chung": frozenset({"Kết", "Cư", "Tay", "Sức", "Lòng"}),
    # a body's words in a title-case name: "Ngân Hàng Nông Nghiệp", "Hội Nông Dân", "Ban Tôn Giáo",
    # "Ban Quan Hệ Quốc tế", "Tiêu Chí"; a country a title stands before: "Đại sứ Thái Lan", "Hàn Quốc"
    "Nông": frozenset({"Nghiệp", "Thôn", "Dân", "Lâm", "Sản", "Trại"}),
    "Tôn": frozenset({"Giáo", "Trọng", "Vinh"}),
    "Quan": frozenset({"Hệ", "Trọng", "Điểm", "Tâm", "Sát", "Niệm"}),
    "Tiêu": frozenset({"Chí", "Chuẩn", "Biểu", "Dùng", "Cực"}),
    "Đồng": frozenset({"Chí", "Bào", "Thời", "Bằng", "Tâm", "Hành", "Thuận"}),
    "Thái": frozenset({"Lan", "Độ"}),
    "Hàn": frozenset({"Quốc"}),
    "Hồng": frozenset({"Kông"}),
}


def surname_opens(first: str, second: str) -> bool:
    """Whether *first*, a listed family name, opens a name before *second* (both title-case): not
    "Ngân| Hàng", "Danh| Sách", "Y| Tế" — any case of them ("NGÂN HÀNG" as "Ngân Hàng")."""
    bad = _NOT_AFTER.get(first)
    return bad is None or second not in bad


# Lowercase syllables that occur inside titles and organisation names ("Phó Bí thư", "Ủy ban nhân
# dân tỉnh", "Ban Chấp hành Trung ương Đảng khóa XII"); both tone placements are listed.
BODY_WORDS = frozenset((
    "hành vụ trị thư phủ ương ủy uỷ ban nhân dân tướng trưởng tịch chức giáo vận tra quốc hội khối "
    "tỉnh huyện xã phường phố khóa khoá nghiệp chính phòng viên trực lý kinh tế an sự đoàn đại biểu "
    "kiểm sát đồng động lao thành trung đạo quản nội ngoại thường trường nông thôn học nghệ công tư "
    "pháp đảng hòa hoà bình thị quận đô vực khu bộ tài nguyên thông tin truyền văn hóa hoá thể thao "
    "triển du lịch y tế dục tạo xây dựng tải ngân hàng nước mặt trận liên hiệp phụ nữ niên chiến binh cựu "
    "nhiệm đốc ký tá úy uý thủ phó bí chánh giám tổng cán sở cục viện tòa toà án cảnh vệ quân sinh "
    "môi hải quan thuế kho bạc đầu tư ngoại giao thanh dân tộc tôn nghị ty tưởng huấn "
    "ấp xóm khóm buôn bản tâm cơ"  # a grassroots cell's place: "Chi bộ ấp Phú Hòa", "Chi bộ xóm 4"
    " huy trấn gia sách"  # "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", "thị trấn", "Học viện … quốc gia",
    # "Ngân hàng Chính sách xã hội"
).split())
# Lowercase syllables that belong to a name only after one word: "Chủ nhiệm", not "A nhiệm kỳ";
# "Hội nghị Trung ương 5", not "đề nghị"; "Giám đốc Công ty", the one place "ty" stands; the
# older bodies "Ban Tư tưởng - Văn hóa Trung ương" and "Ban Tuyên huấn" (audit 13: "của Ban Tư")
_BOUND = {"nhiệm": "chủ", "nghị": "hội", "đồng": "hội", "ty": "công", "tưởng": "tư", "huấn": "tuyên",  # not "… Tỉnh ủy đồng| chủ trì"
          # "Giám đốc Trung tâm", "Phòng Tổ chức cơ sở đảng"; "xây dựng" only in "Bộ xây dựng": a preamble's
          # "…, Ban Thường vụ Đảng ủy Khối xây dựng kế hoạch như sau:" is the clause's verb (audit 15)
          "tâm": "trung", "cơ": ("chức", "các"), "xây": "bộ", "dựng": "xây",
          "huy": "chỉ", "trấn": "thị", "gia": "quốc", "trực": "thường", "sách": "chính"}
_BOUND = {k: v if isinstance(v, tuple) else (v,) for k, v in _BOUND.items()}
# Words that can continue a name after ", " or "và": "Bộ Chính trị, Ban Bí thư"
BODY_START = frozenset((
    "ban bộ ủy uỷ văn chính quốc thủ đảng hội mặt tỉnh thành huyện liên tổng viện tòa toà sở cục "
    "thường chủ"
).split())
# Words that end a name even when capitalised (headings are in capitals: "CỦA BỘ CHÍNH TRỊ VỀ …")
STOP_WORDS = frozenset((
    "về tại ngày số của theo trong và để năm tháng quý đã đang sẽ được là với có không do cho từ "
    "đến nhằm như gồm kèm việc nếu khi sau trước"
).split())
# First words (and the second word they need) of a personal title: "Phó …", "Bí thư …", "Chủ tịch …"
TITLE_HEAD: dict[str, frozenset | None] = {
    "phó": None, "tổng": None, "trưởng": None, "chánh": frozenset({"văn", "án", "thanh"}),
    "bí": frozenset({"thư"}), "chủ": frozenset({"tịch", "nhiệm"}), "thủ": frozenset({"tướng", "trưởng"}),
    "thứ": frozenset({"trưởng"}), "ủy": frozenset({"viên"}), "uỷ": frozenset({"viên"}),
    "bộ": frozenset({"trưởng"}), "vụ": frozenset({"trưởng"}), "cục": frozenset({"trưởng"}),
    "viện": frozenset({"trưởng"}), "hiệu": frozenset({"trưởng"}), "giám": frozenset({"đốc"}),
    "thường": frozenset({"trực"}), "thư": frozenset({"ký"}), "trợ": frozenset({"lý"}),
    "đại": frozenset({"tướng", "sứ", "biểu", "tá", "úy", "uý"}),
    "trung": frozenset({"tướng", "tá", "úy", "uý"}), "thiếu": frozenset({"tướng", "tá", "úy", "uý"}),
    "thượng": frozenset({"tướng", "tá", "úy", "uý"}), "chỉ": frozenset({"huy"}),
    # a committee member, three words: "Tỉnh ủy viên", "Thành ủy viên", "Đảng ủy viên", "Chi ủy viên"
    **dict.fromkeys(("tỉnh", "thành", "huyện", "quận", "thị", "đảng", "chi"), frozenset({"ủy viên", "uỷ viên"})),
    # … or its abbreviation: "Lò Văn Puốn - HUV, Trưởng Ban Dân vận Huyện ủy", "UVBTV Tỉnh ủy"
    **dict.fromkeys(("uvbtv", "uvtv", "uvtw", "uvtư", "uvbct", "uvbch", "tuv", "huv", "đuv", "quv", "pbt", "pct")),
}
# Words that qualify the title after them: "nguyên Thủ tướng Chính phủ", "Quyền Chủ tịch UBND tỉnh"
_TITLE_PREFIX = frozenset({"nguyên", "quyền"})
_TITLE_JOINERS = frozenset({"kiêm"})  # "Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh"
_BODY_JOINERS = frozenset({"và", "cùng"})  # "Bộ Chính trị và Ban Bí thư"
# Honorifics right before a name (folded): "đồng chí", "đ/c", "Ông", "Bà"
_HONORIFIC = lazy_re(r"(?<![a-z])(?:dong chi|d/c|ong|ba)(?:\s*+:)?\s+$")  # … or a list's "các đồng chí: |"
# Between two names of one list: "các đồng chí: Phạm Minh Tuấn|, |Bùi Thị Thu| và |Hoàng Văn Nam"
_LIST_JOINS = (", ", " và ")
_AUTHORITY = lazy_re(r"(?:T/M|K/T|T/L|TM\.|KT\.|TL\.|TUQ\.|Q\.)\s")
# (a note mark's superscript is a token of its own, not the word's: "Bộ Chính trị|²")
_TOKEN = lazy_re(rf"([^\W_{SUPERSCRIPTS}]+)|(\S)")
# (Possessive whitespace runs here and below: sparse_fold leaves long runs of spaces, and the
# backtracking forms were polynomial on them — _DATE_LEAD took 389 s on 3,000 spaces.)
# One word of letters: "Phương" in "Lê Tiến Phương – Phó …"
_WORD = lazy_re(rf"[^\W\d_{SUPERSCRIPTS}]+")
# A word of a name, which may open with "H'" (a woman's name in Ê Đê and Jrai: "H'Hen Niê") or
# "K'" (in K'Ho: "K'Mák")
_APOS = "'\u2019\u02bc"
_NAME_WORD = lazy_re(rf"(?:[HK][{_APOS}](?=[^\W\d_]))?[^\W\d_{SUPERSCRIPTS}]+")
# What may stand between a name and its title: "Lê Tiến Phương| – |Phó Bí thư", "Phạm Gia Túc|, |Uỷ
# viên …", "đồng chí Nguyễn Văn A| là |Chủ tịch …", "đồng chí Nguyễn Văn Hùng |(|Bí thư Huyện ủy)"
_SEP_AFTER = lazy_re(r"\s*+(?:[\-\u2013\u2014]|,|\()\s*+|\s++là\s++")
# A note mark glued to a name, before its title: "Nguyễn Văn An|(1)|, Phó Bí thư …", "…An|¹|, …"
_NOTE_OPENERS = frozenset("([*\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079")
_NOTE_AFTER = lazy_re(rf"\((?:\d{{1,3}}|\*{{1,3}})\)|\[\d{{1,3}}\]|[{SUPERSCRIPTS}]{{1,3}}|\*{{1,3}}")


@lru_cache(maxsize=1)
def _surname_re() -> re.Pattern:
    # "Lê| Tiến Phương", "Bùi| Thanh Sơn" — a family name followed by another word (not consumed,
    # so "Đồng| chí Phạm Gia Túc" still lets "Phạm" be tried next)
    # (no leading look-behind: it would disable the scan's first-letter skip; checked in Python)
    # Grouped by first letter — "(?:N(?:guyễn|ông|inh|…)|T(?:rần|…)|…)" — so a capital tries
    # only the names it starts instead of all ~120 in turn: the scan over a notice takes half
    # the time. Which name matches does not depend on the order: none holds a space, and the
    # look-ahead wants a space right after it, so at most one can match at a position.
    by_first: dict[str, set[str]] = {}
    for name in _SURNAMES:
        by_first.setdefault(name[0], set()).add(name[1:])
    # Every branch opens with its letter: an alternative of another shape beside the groups (the
    # K'Ho name below was one, "…)(?= …)|[HK]['’]…") costs the scan its first-letter skip — 6x
    # slower over the seed (104 → 631 µs), +0.2 ms a parse.
    groups = []
    for first, rests in sorted(by_first.items()):
        # longest first; ties alphabetical, so the pattern is the same text in every process (a set
        # iterates in hash order, and tbparse.recache keys a compiled program by its text)
        alts = "|".join(sorted((r for r in rests if r), key=lambda r: (-len(r), r)))
        body = (f"(?:{alts})" + ("?" if "" in rests else "") if alts else "") + r"(?= [^\W\d_])"
        if first in "HK":
            # "H'Hen Niê", "K'Mák" — and a K'Ho or Ê Đê name of one word, "đồng chí K'Mák, Phó Chủ
            # tịch …" (_name_at): any end but a letter or another apostrophe
            body = rf"(?:{body}|[{_APOS}][^\W\d_]+(?![^\W\d_{_APOS}]))"
        groups.append(first + body)
    return _compile(r"(?:" + "|".join(groups) + ")")


def next_word(t: str, end: int) -> str:
    """The word after the one ending at *end* ("Bí| thư, …" → "thư"), or ""."""
    m = _WORD.match(t, end + 1) if t.startswith(" ", end) else None
    return m.group() if m else ""


def _is_name_word(w: str) -> bool:
    return w[0].isupper() and (len(w) == 1 or w[1:].islower() or w[1] in _APOS and _is_name_word(w[2:]))  # "H'Hen"


def title_ok(words: list[str], i: int) -> bool:
    need = TITLE_HEAD.get(words[i].lower(), False)
    if need is False:
        return False
    if need is None:
        return True
    if i + 1 >= len(words):
        return False
    nxt = words[i + 1].lower()
    return nxt in need or i + 2 < len(words) and f"{nxt} {words[i + 2].lower()}" in need


def _title_opens(t: str, w: str, end: int) -> bool:
    """Whether the word *w* ending at *end* of *t* opens a title. Two words after it are handed to
    :func:`title_ok`, not one: a committee member's title takes three ("Tỉnh| ủy viên"). A
    qualifier opens the title it stands before: "nguyên| Phó Bí thư Tỉnh ủy", "Quyền| Chủ tịch …"."""
    nxt = next_word(t, end)
    if w[0] in "nNqQ" and w.lower() in _TITLE_PREFIX:
        return bool(nxt) and _title_opens(t, nxt, end + 1 + len(nxt))
    return title_ok([w, nxt, next_word(t, end + 1 + len(nxt))] if nxt else [w], 0)


# Lowercase words that may still follow a name already complete — a committee ("Tỉnh ủy", "Đảng
# ủy"), "Trung ương", "Chính phủ", "Quốc hội", "Bộ Chính trị", an abbreviation ("UBND") or a
# locality word ("tỉnh", "xã"): its place ("Đảng ủy xã", "UBND tỉnh", "tỉnh ủy"), khóa, "Tỉnh ủy
# viên", "Đảng ủy khối", "Ngân hàng Chính sách xã hội". Any other word there starts the clause:
# "Bí thư Huyện ủy| kiểm tra …", "Trưởng Ban Dân vận Trung ương| trực tiếp chỉ đạo" (audit 22).
_AFTER_CLOSED = frozenset("tỉnh huyện xã phường quận thị thành khóa khoá viên khối ủy uỷ".split())
_CLOSED_PAIRS = frozenset({("trung", "ương"), ("chính", "phủ"), ("quốc", "hội"), ("chính", "trị")})
_COMMITTEE_OF = frozenset("tỉnh huyện thành đảng quận thị chi xã phường".split())  # "Tỉnh ủy", "Đảng ủy"
_LOCALITY = frozenset("tỉnh huyện xã phường quận phố trấn".split())
# The last words :func:`_closed` may find complete (an abbreviation aside): a cheap test first
_CLOSING = _LOCALITY | {"ủy", "uỷ", "ương", "phủ", "hội", "trị"}


def _closed(words: list[str]) -> bool:
    """Whether the name *words* spell ends complete, so that only :data:`_AFTER_CLOSED` may follow."""
    last = words[-1]
    if len(last) > 1 and last.isupper():
        return True  # "UBND", "HĐND", "MTTQ"
    if last in _LOCALITY:
        return True
    if len(words) < 2:
        return False
    prev = words[-2].lower()
    if last in ("ủy", "uỷ"):
        return prev in _COMMITTEE_OF
    return (prev, last.lower()) in _CLOSED_PAIRS


def _may_follow_closed(t: str, words: list[str], low: str, end: int) -> bool:
    """Whether the lowercase word *low* (ending at *end*) continues a name that :func:`_closed` says is
    complete (one not in :data:`_AFTER_CLOSED`): "thường trực", and "hội" of "xã hội"."""
    if low == "thường":
        return next_word(t, end) == "trực"
    return low == "hội" and words[-1] == "xã"


# Words after which a proper name names the place or institution, not a person: "Thành phố |Hồ
# Chí Minh", "TP. |Hồ Chí Minh", "Đoàn TNCS |Hồ Chí Minh", "Trường THPT |Phan Bội Châu", "Trường
# Tiểu học |Lê Văn Tám", "Học viện Chính trị quốc gia |Hồ Chí Minh", "đường |Nguyễn Văn Cừ", "Giải
# |Võ Trường Toản" (lowercased). Not "phường": "Bí thư Đảng ủy phường |Huỳnh Thanh Phong" is the
# phường's secretary, its name unsaid; a phường's two-word name is a locality's (names_a_place)
_NAMES_PLACE = frozenset("phố tp tx tncs trường học thcs thpt non viện gia đường giải cầu quỹ niệm".split())


# Localities below a district, whose names are often a hero's: "xã Lê Lợi", "phường Trần Phú"
_WARD = frozenset("xã phường phố trấn".split())
# Provinces, cities and districts whose two-word names open with a main family name (_MAIN_SURNAMES)
_SURNAME_PLACES = frozenset({"Phan Thiết", "Phan Rang", "Trần Đề", "Võ Nhai", "Lê Chân", "Ngô Quyền",
                             "Đinh Lập", "Đinh Quán"})
# Provinces and towns whose two-word names open with a listed family name: a place wherever it
# stands, "Giám đốc Công an |Hà Nội", "Chủ tịch UBND |Lâm Đồng" (a person so named has "đồng chí",
# which names_a_place is not asked about)
_PLACE_NAMES = _SURNAME_PLACES | frozenset({
    "Hà Nội", "Hà Giang", "Hà Tĩnh", "Hà Đông", "Hà Tiên", "Lâm Đồng", "Cao Bằng", "Cao Lãnh", "Lai Châu",
    "Sơn La", "Sơn Tây", "Sơn Trà", "Đồng Nai", "Đồng Tháp", "Đồng Xoài", "Đồng Hới", "Thái Nguyên",
    "Ninh Bình", "Ninh Thuận", "Mai Châu", "Kim Bôi", "Kim Bảng", "Kim Động", "Lang Chánh", "Giang Thành",
})

_PLACE_FIRSTS = frozenset(p[0] for p in _PLACE_NAMES)


def names_a_place(t: str, a: int, words: int) -> bool:
    """Whether the name of *words* words starting at *a* of *t* is a place's or an institution's:
    it follows a word of :data:`_NAMES_PLACE`, or it has two words after a locality or a committee
    ("UBND xã |Lê Lợi", "Bí thư Huyện ủy |Mai Sơn": a person a title stands before has three)."""
    k = a - 1
    while k >= 0 and t[k] in " .":
        k -= 1
    m = k + 1
    while k >= 0 and t[k].isalpha():
        k -= 1
    prev = t[k + 1: m].lower()
    if words == 2 and t[a] in _PLACE_FIRSTS:
        sp = t.find(" ", a)
        second = _WORD.match(t, sp + 1) if sp > 0 else None
        if second is not None and f"{t[a:sp]} {second.group()}" in _PLACE_NAMES:
            return True
    if not prev:
        return False
    if prev in _NAMES_PLACE:
        return True
    if words != 2 or prev not in _LOCALITY and prev not in ("ủy", "uỷ"):
        return False
    if prev in _WARD:
        return True  # "UBND xã |Lê Lợi", "phường |Trần Phú": communes bear heroes' names
    # a province or district hardly bears a main family name: "Bí thư Tỉnh ủy |Lê Anh" is a person
    # — but for "Thành ủy Phan Thiết", "Quận ủy Lê Chân", "huyện Võ Nhai" …
    sp = t.find(" ", a)
    if sp < 0 or t[a:sp] not in _MAIN_SURNAMES:
        return True
    second = _WORD.match(t, sp + 1)
    return second is not None and f"{t[a:sp]} {second.group()}" in _SURNAME_PLACES


def chain_end(t: str, pos: int, *, title: bool = False, limit: int = 14) -> int:
    """End offset of the title or organisation name starting at *pos*; *pos* when none starts there.

    A run of capitalised words and of the lowercase syllables in :data:`BODY_WORDS`; ", " or "và"
    continue it only before a word that starts another body (or, for titles, another title).
    With *title*, the run must open with a title head ("Phó", "Bí thư", "Chủ tịch" …).
    """
    end = pos
    words: list[str] = []
    joiner = False
    glued = False  # the last token was a joiner inside one body's name ("Tài nguyên và| Môi trường")
    before_joiner = -1  # where the run ended before its last ", "/"và" (bodies only)
    for m in _TOKEN.finditer(t, pos, min(len(t), pos + 260)):
        w = m.group(1)
        if glued:
            glued = False
            if w is not None:
                end = m.end()
                words.append(w)
                continue
        if words and not joiner and (w is None and m.group(2) in _NAME_GLUE or w in _BODY_JOINERS) \
                and _glued_name(t, words[-1], m.end()):
            glued = True  # "Bộ Lao động - Thương binh và Xã hội" is one body
            continue
        if w is None:
            p = m.group(2)
            if (p == "," or title and p in "-\u2013") and words and not joiner:
                # (a dash joins two offices held at once: "Phó Chủ tịch |-| Tổng Thư ký Ủy ban Trung
                # ương MTTQ Việt Nam", "Bí thư |–| Chủ tịch UBND xã"; the next word must open a title)
                joiner = True
                before_joiner = end
                continue
            if p == "." and words and words[-1] in _CITY_ABBR and not joiner \
                    and t.startswith(" ", m.end()) and t[m.end() + 1: m.end() + 2].isupper():
                glued = True  # "Thành ủy TP.| Hồ Chí Minh"
                end = m.end()
                continue
            break
        low = w.lower()
        if low in _TITLE_JOINERS if title else low in _BODY_JOINERS:
            if not words or joiner:
                break
            joiner = True
            before_joiner = end
            continue
        upper = w[0].isupper() or w[0].isdigit()
        if joiner:
            ok = _title_opens(t, w, m.end()) if title else (upper and low in BODY_START)
            if not ok:
                break
            joiner = False
            if title and low in _TITLE_PREFIX:
                end = m.end()  # "…, nguyên| Bí thư Tỉnh ủy": the qualifier is the title's
                words.append(w)
                continue
        elif not words and title:
            if not _title_opens(t, w, m.end()):
                return pos
            if low in _TITLE_PREFIX:
                end = m.end()
                words.append(w)
                continue
        if low == "ban" and not upper and t.startswith("hành", m.end() + 1):
            # "… của Chính phủ ban hành Quy chế": a verb, not "Ủy ban"; after a body that followed a
            # comma, that body is the verb's subject: "Kết luận số 21-KL/TW … của Ban Chấp hành
            # Trung ương, |Ban Thường vụ Tỉnh ủy ban hành …|" (as for any verb, below)
            return before_joiner if not title and before_joiner > pos else end
        if low in STOP_WORDS:
            break
        if title and words and _is_name_word(w) and looks_like_name_start(t, m.start()) \
                and not names_a_place(t, m.start(), len(name_words(t, m.start(), 3))):
            break  # the next person of a list, not "Đoàn TNCS| Hồ Chí Minh"
        if low == "các" and words and words[-1].lower() == "khối" and t.startswith("cơ quan", m.end() + 1):
            end = m.end()  # "Đảng ủy Khối |các| cơ quan tỉnh"
            words.append(w)
            continue
        if not upper and not (words and low in BODY_WORDS and (low not in _BOUND or words[-1].lower() in _BOUND[low])
                              and (low in _AFTER_CLOSED or words[-1] not in _CLOSING and not words[-1].isupper()
                                   or not _closed(words) or _may_follow_closed(t, words, low, m.end()))):
            if not title and before_joiner > pos and low not in STOP_WORDS:
                # "… của Bộ Chính trị, Ban Thường vụ Tỉnh ủy yêu cầu": a verb after the body that
                # followed the comma makes that body the subject of a new clause, not an issuer
                return before_joiner
            break
        end = m.end()
        words.append(w)
        if len(words) >= limit:
            break
    return end


# A city's or town's abbreviation, written with a full stop before its name: "TP. Hồ Chí Minh"
_CITY_ABBR = frozenset({"TP", "Tp", "TX", "Tx"})
# Punctuation that may stand inside one body's name, between the words of BODY_COMPOUNDS:
#   "Bộ Văn hóa|,| Thể thao và Du lịch", "Bộ Lao động |-| Thương binh và Xã hội"
_NAME_GLUE = frozenset(",-\u2013")


def _glued_name(t: str, before: str, end: int) -> bool:
    """Whether the joiner ending at *end* of *t*, after the word *before*, lies inside one body's
    name (vocab.BODY_COMPOUNDS) — so a reader of bodies joined by "và" keeps "Bộ Tài nguyên và Môi
    trường" whole instead of stopping at "Bộ Tài nguyên"."""
    nxt = _WORD.match(t, end + 1 if t.startswith(" ", end) else end)
    return nxt is not None and body_compound(before, nxt.group())


def name_words(t: str, pos: int, limit: int = 6) -> list[tuple[int, int, str]]:
    """Capitalised words from *pos* joined by single spaces: "Phạm Gia Túc|, Uỷ viên" → 3 words."""
    out: list[tuple[int, int, str]] = []
    while len(out) < limit:
        m = _NAME_WORD.match(t, pos)
        if m is None or not _is_name_word(m.group()):
            break
        out.append((m.start(), m.end(), m.group()))
        if not t.startswith(" ", m.end()):
            break
        pos = m.end() + 1
    return out


def looks_like_name_start(t: str, pos: int) -> bool:
    """A person's name opens at *pos*: a known surname and a second name word — what tells "Trần
    Văn B" from a body ("Ban Tổ chức") when no title or "đồng chí" stands before it."""
    if _surname_re().match(t, pos) is None:
        return False
    two = name_words(t, pos, 2)
    return len(two) == 2 and surname_opens(two[0][2], two[1][2])


def _line_start(j: Joined, a: int, b: int) -> int:
    """Where to stop looking back for a title: for a name alone on its line (a signature), the
    start of the line before it — "PHÓ CHỦ NHIỆM" / "Phạm Mạnh Cường" — else nowhere."""
    i = bisect_left(j.starts, a)  # not list.index: a paragraph can hold thousands of lines
    if i >= len(j.starts) or j.starts[i] != a:
        i = -1
    if i <= 0:
        return 0
    end = j.starts[i + 1] - 1 if i + 1 < len(j.starts) else len(j.text)
    if end != b:
        return 0
    # "T/M BAN BÍ THƯ" / "Trần Cẩm Tú": an authority line names a body, not the signer's title
    return a if _AUTHORITY.match(j.text, j.starts[i - 1]) else j.starts[i - 1]


def _title_words(t: str, lo: int, a: int) -> tuple[list[re.Match], int]:
    """The title-like words that end at *a*, walking back from it over the tokens of ``t[lo:a]``,
    and the index of the token the walk stopped on (-1: it accepted them all)."""
    toks = list(_TOKEN.finditer(t, lo, a))
    words: list[re.Match] = []
    for k in range(len(toks) - 1, -1, -1):
        w = toks[k].group(1)
        if (w is None and toks[k].group(2) in _NAME_GLUE or w in _BODY_JOINERS) and words and k \
                and toks[k - 1].group(1) and _glued_name(t, toks[k - 1].group(1), toks[k].end()):
            continue  # "Giám đốc Sở Khoa học |và| Công nghệ Lê Văn B": one body's name
        if w is None:
            return words, k
        low = w.lower()
        if low in STOP_WORDS or not (w[0].isupper() or low in BODY_WORDS):
            return words, k
        words.append(toks[k])
    return words, -1


def _title_before(t: str, a: int, floor: int = 0) -> tuple[int, int] | None:
    """The title that ends right before the name at *a*: "Phó Thủ tướng Chính phủ |Bùi Thanh Sơn"."""
    lo = max(floor, a - 160)
    # Most walks stop within a few words, so the last 48 characters are tokenised first (a third
    # of the cost). Their first token may be a cut word; every later one is the token a scan from
    # *lo* finds. Only a walk that got back to that first token is redone from *lo*.
    near = max(lo, a - 48)
    words, stop = _title_words(t, near, a)
    if near > lo and stop < 1:
        words, stop = _title_words(t, lo, a)
    words.reverse()
    ws = [m.group(1) for m in words]
    for i in range(len(ws)):
        if title_ok(ws, i):
            return words[i].start(), words[-1].end()
    return None


def _name_at(t: str, pos: int) -> tuple[int, int] | None:
    """The personal name inside a family-name match: the first family name followed by 1–3 more
    capitalised syllables that end the capitalised run ("Hà Nội Trần Sỹ Thanh" → "Trần Sỹ Thanh")."""
    toks = []
    for tok in name_words(t, pos):
        w = tok[2]
        if toks and w.lower() in TITLE_HEAD and title_ok([w, next_word(t, tok[1])], 0):
            break
        toks.append(tok)
    surnames = surname_set()
    n = len(toks)
    for i, (a, _b, w) in enumerate(toks):
        # (an Ê Đê or Jrai name may run to five words: "Y Thanh Hà Niê Kđăm", "H'Yim Kđoh")
        if w[1:2] in _APOS and n - i == 1:
            return a, toks[-1][1]  # "K'Mák", a one-word name (an honorific or a title must say it is one)
        if (w in surnames or w[1:2] in _APOS) and (2 <= n - i <= 4 or n - i == 5 and (w == "Y" or w[1:2] in _APOS)):
            if not surname_opens(w, toks[i + 1][2]):
                continue
            if n - i == 4 and toks[i + 1][2] in surnames and \
                    (toks[i + 1][2] in _MAIN_SURNAMES or toks[i + 2][2] in _MIDDLE_NAMES
                     or i and w not in _MAIN_SURNAMES):
                # a place name ending in a family name stands before the person: "Tỉnh ủy Sơn |La
                # Hoàng Văn Chất", "Huyện ủy Lâm |Hà Trần Văn Út", "Lai |Châu Giàng Páo Mỷ"; and a
                # four-word run inside a longer one whose first is no main family name, "UBND tỉnh
                # Sơn |La Hoàng Quốc Khánh" (but "Hà Nội |Nguyễn Hoàng Bảo Anh" stays whole)
                i += 1
                a = toks[i][0]
            return a, toks[-1][1]
    return None


# Family names hardly ever borne as a middle name, and the middle names that follow a family name:
# after one of them, a four-word run is a place's last word and a three-word name ("Sơn La
# Hoàng Văn Chất"); "Nguyễn Hoàng Bảo Anh", whose second name is a family name too, stays whole
_MAIN_SURNAMES = frozenset("Nguyễn Trần Lê Phạm Huỳnh Phan Võ Đặng Bùi Đỗ Ngô Đinh Trịnh Trương Giàng Lò "
                           "Sùng Vàng Thào Ksor Tòng Quàng Cầm Lường".split())
_MIDDLE_NAMES = frozenset({"Văn", "Thị"})


@lru_cache(maxsize=1)
def surname_set() -> frozenset[str]:
    """The family names as a set, built once: the footer tells a signer's name from a title by them."""
    return frozenset(_SURNAMES)


def extract_people(paras: Sequence[Para]) -> list[dict]:
    """Every named person with a title or honorific: ``{name, title, lines}``, one per name.

    ``title`` is the first title stated for the person (``None`` for "Ông Phạm Quốc Việt" with
    none); ``lines`` lists every line the name appears on, headings in capitals included.
    """
    people: dict[str, dict] = {}
    doc = as_doc(paras)
    big = doc.text
    last = -1
    # the names of a list being read, none with a title yet — "các đồng chí: Phạm Minh Tuấn, Bùi Thị
    # Thu, Hoàng Văn Nam, Ủy viên Ban Thường vụ Tỉnh ủy": the title after the last is the list's —
    # and where its last name ends in the joined text
    run: list[dict] = []
    run_end = -1
    for m in _surname_re().finditer(big):
        g = m.start()
        if g < last or g and (big[g - 1].isalnum() or big[g - 1] == "_"):
            continue
        i, off = doc.locate(g)
        j = doc.paras[i]
        t = j.text
        span = _name_at(t, off)
        if span is None:
            continue
        a, b = span
        last = g + (b - off)
        pre = sparse_fold(t[max(0, a - 12): a], [(0, min(a, 12))])
        honor = _HONORIFIC.search(pre) is not None
        ga = g + (a - off)  # where the name starts in the joined text
        listed = bool(run) and big[run_end:ga] in _LIST_JOINS and (
            t.count(" ", a, b) >= 2 or t[a: t.find(" ", a)] in _MAIN_SURNAMES)  # not "…, Hà Nội"
        honor = honor or listed
        if not honor and t.find(" ", a, b) < 0:
            continue  # a one-word name ("K'Mák") only after "đồng chí", "ông", "bà": "huyện K'Bang" is a place
        if not honor and names_a_place(t, a, t.count(" ", a, b) + 1):
            continue  # "Thành phố Hồ Chí Minh", "Trường THPT Phan Bội Châu", "UBND xã Lê Lợi"
        title = None
        nm = _NOTE_AFTER.match(t, b) if t[b: b + 1] in _NOTE_OPENERS else None
        sm = _SEP_AFTER.match(t, nm.end() if nm is not None else b)
        if sm is not None and sm.end() > sm.start():
            # a title may list several offices: "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ
            # tịch Hội đồng nhân dân tỉnh" is 15 words
            e = chain_end(t, sm.end(), title=True, limit=40)
            if e > sm.end():
                title = t[sm.end(): e]
        if title is None and not honor:
            tb = _title_before(t, a, _line_start(j, a, b))
            if tb is not None:
                title = t[tb[0]: tb[1]]
        if title is None and not honor:
            continue
        name = t[a:b]
        p = people.get(name.lower())
        if p is None:
            p = people[name.lower()] = {"name": name, "title": title, "lines": j.lines_in(a, b)}
        elif p["title"] is None and title:
            p["title"] = title
        if title is None:
            if not listed:
                run = []
            run.append(p)
            run_end = g + (b - off)
        else:
            if listed and sm is not None and sm.end() > sm.start():
                for q in run:  # the title after a list's last name is the list's
                    if q["title"] is None:
                        q["title"] = title
            run = []
    if people:
        _all_lines(doc, people)
    return list(people.values())


def _all_lines(doc: Doc, people: dict[str, dict]) -> None:
    """Every line each name appears on, as found or in capitals ("BÙI THANH SƠN" in a heading)."""
    big = doc.text
    for p in people.values():
        name = p["name"]
        found = set(p["lines"])
        for form in {name, name.upper()}:
            for pos in doc.find_all(form):
                end = pos + len(form)
                if pos and big[pos - 1].isalnum() or end < len(big) and (big[end].isalnum() or big[end] == "_"):
                    continue
                i, off = doc.locate(pos)
                found.update(doc.paras[i].lines_in(off, off + len(form)))
        p["lines"] = sorted(found)
