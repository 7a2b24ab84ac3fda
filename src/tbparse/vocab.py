"""The genre's vocabulary, shared by the steps that locate and read the parts of a document.

Everything here is folded (see :mod:`tbparse.fold`): ASCII, lower case, no tone marks, so that
``ỦY``/``UỶ``/``Uỷ`` and ``HÒA``/``HOÀ`` are one word. Sources: format-rules.md §1.3, §2.2, §4.
"""
from __future__ import annotations

from functools import lru_cache

from .fold import fold
from .lazyre import lazy_re

# tên loại (document type names) → the Party type code(s) they go with (format-rules §2.2)
TYPE_NAMES: dict[str, tuple[str, ...]] = {
    "thong bao": ("TB",),
    "ket luan": ("KL",),
    "nghi quyet": ("NQ",),
    "quyet dinh": ("QĐ",),
    "quy dinh": ("QĐi", "QĐ"),
    "chi thi": ("CT",),
    "huong dan": ("HD",),
    "bao cao": ("BC",),
    "ke hoach": ("KH",),
    "chuong trinh": ("CTr",),
    "to trinh": ("TTr",),
    "quy che": ("QC",),
    "thong tri": ("TT",),
    "de an": ("ĐA",),
    "phuong an": ("PA",),
    "du an": ("DA",),
    "quy hoach": ("QH",),
    "bien ban": ("BB",),
    "thong cao": ("TC",),
    "tuyen bo": ("TBo",),
    "loi keu goi": ("LKG",),
    "cuong linh": ("CL",),
    "dieu le": ("ĐL",),
    "chien luoc": ("CL",),
    "giay gioi thieu": ("GGT",),
    "giay moi": ("GM",),
    "thu cong": ("TC",),
    # the other administrative papers of format-rules §2.2 (codes as the State's [K]): audit 24 — a
    # "GIẤY CHỨNG NHẬN" had no type line, its name unplaced
    "giay chung nhan": ("GCN",),
    "giay di duong": ("GĐĐ",),
    "giay nghi phep": ("GNP",),
    "phieu gui": ("PG",),
    "phieu chuyen": ("PC",),
}
TYPE_CODES = frozenset(c for codes in TYPE_NAMES.values() for c in codes) | {"CV", "BS"}

# Papers (format-rules §2.2, the administrative ones): a form filled in under its name — whom it
# introduces, where to, about what, until when — with no trích yếu under the name and no "Nơi nhận"
# list, as the State's form (NĐ 30/2020 Phụ lục III) has none: "GIẤY GIỚI THIỆU" / (body)
PAPERS = frozenset({"giay gioi thieu", "giay chung nhan", "giay di duong", "giay nghi phep", "phieu gui", "phieu chuyen"})


def is_paper(doc_type: str | None) -> bool:
    """*doc_type* (as printed) names a paper that carries no subject and no recipients."""
    return bool(doc_type) and " ".join(fold(doc_type).split()) in PAPERS

# "THÔNG BÁO", "QUY ĐỊNH", "THÔNG BÁO KẾT LUẬN CỦA …" (type name first, words after it are the subject)
TYPE_LINE = lazy_re(r"(" + "|".join(sorted(TYPE_NAMES, key=len, reverse=True)) + r")(?!\w)")  # not "THÔNG BÁO2"

# Words a body name starts with: a new header line that starts with one is a new body, not a wrap.
#   "ĐẢNG BỘ TỈNH THÁI NGUYÊN" / "HUYỆN ỦY ĐỊNH HÓA" → parent + issuer
BODY_START = lazy_re(
    r"(dang bo|dang uy|tinh uy|thanh uy|huyen uy|quan uy|thi uy|chi bo|chi uy|ban |van phong|uy ban|"
    r"dang doan|dai hoi|hoi dong|doan chu tich|bo chinh tri|hoc vien|cuc |vu |to dang|ban chap hanh)"
)

# Bodies whose own name holds a joiner — "Bộ Tài nguyên và Môi trường", "Bộ Lao động - Thương binh và
# Xã hội", "Bộ Văn hóa, Thể thao và Du lịch", "Sở Nông nghiệp và Phát triển nông thôn", the older "Ban
# Tư tưởng - Văn hóa Trung ương": the words either side of the "và", "," or " - " (folded). A list or
# issuer reader that splits bodies on these must not split there.
BODY_COMPOUNDS = frozenset({
    ("nghiep", "phat"), ("nuoi", "thu"), ("binh", "xa"), ("thao", "du"), ("nguyen", "moi"), ("duc", "dao"),
    ("tin", "truyen"), ("hoc", "cong"), ("hoach", "dau"), ("nghiep", "moi"), ("cong", "thuong"), ("thong", "van"),
    ("dong", "thuong"), ("hoa", "the"), ("hoa", "thong"), ("tuong", "van"),
})


def one_edit(a: str, b: str) -> bool:
    """*a* and *b* differ by at most one letter changed, added or dropped ("thonc bao", "thongbao"):
    how a reader still recognises a keyword OCR or a typist garbled (cheaper than `regex`'s {e<=1})."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def body_compound(before: str, after: str) -> bool:
    """Whether *before* | joiner | *after* (two words as typed) lies inside one body's name:
    "nguyên" | "và" | "Môi" of "Bộ Tài nguyên và Môi trường" (see BODY_COMPOUNDS)."""
    return (fold(before), fold(after)) in BODY_COMPOUNDS


# Signature authority prefixes. Party: T/M, K/T, T/L, Q.; State habits: TM., KT., TL., TUQ., T/UQ.;
# typewriter copies: T.M, T.L, K.T (with or without a final dot)
#   "T/L BAN THƯỜNG VỤ", "K/T CHÁNH", "TM. CHÍNH PHỦ", "T.L BAN THƯỜNG VỤ"
# The slash forms must end a word: "T/LNG AN" is not "T/L" + "NG AN", nor "T/M꽾" (found by fuzzing).
AUTHORITY = lazy_re(r"((?:t/m|k/t|t/l|t/uq)(?!\w)|(?:t\.m|t\.l|k\.t)(?:\.|(?!\w))|tm\.|kt\.|tl\.|tuq\.|q\.)\s*(?=\S)")
# The Party's own prefixes (slash or dotted letters), which open a signature in any case: a web copy's
# "T/l BAN THƯỜNG VỤ", "t/m ban thường vụ", "K/t Bí thư" (TB029 asks for capitals) — folded
_PARTY_AUTHORITY = lazy_re(r"(?:t/m|k/t|t/l|t/uq|t\.m|t\.l|k\.t)\b")

# A Party prefix as OCR and hurried typing garble it, on a caps line (folded): spaces around the
# slash or a backslash ("T / M", "T\\M"), the slash lost or moved ("TM BAN …", "KT BÍ THƯ", "KT/ BÍ
# THƯ"), a letter misread ("T/N", "I/M", "K/I", "T/I", "T/1"), glued to the body ("T/MBAN THƯỜNG VỤ",
# "K/TBÍ THƯ" — only before a body or a position word). Read as the prefix a reader sees: "T/M",
# "K/T", "T/L".
# The slash read as a letter ("TIM BAN THƯỜNG VỤ", "T1M", "KIT BÍ THƯ", "T1L") or lost to a space
# ("T M BAN THƯỜNG VỤ", "K T BÍ THƯ") is a prefix only before a body's or a position's word: "TIM"
# is a word too.
_GARBLED_AUTHORITY = lazy_re(
    r"(?:(?P<tm>[ti]\s?[/\\]\s?[mn]|tm)|(?P<kt>k\s?[/\\]\s?[ti]|kt/?)|(?P<tl>[ti]\s?[/\\]\s?[li1]|tl)"
    r"|(?P<tm_>t[i1l]m|t [mn])|(?P<kt_>k[i1l]t|k [ti])|(?P<tl_>t[i1]l|t [li1]))(?P<gap>\s+|(?=\w))"
)
_GARBLED_MODE = {"tm": "T/M", "kt": "K/T", "tl": "T/L", "tm_": "T/M", "kt_": "K/T", "tl_": "T/L"}


def authority(text: str) -> tuple[str, int] | None:
    """``(mode, end)`` of the authority prefix opening a signature line, or None: the prefix as a
    reader reads it ("T/L", "TM."), and where the body after it starts in *text*.

    A line in capitals takes any prefix ("T/L BAN THƯỜNG VỤ", "TM. CHÍNH PHỦ", "T/M. BAN …" — the
    State's dot after the slash is TB029's), and a garbled Party one ("T / M", "TM BAN THƯỜNG VỤ",
    "T/N", "K/TBÍ THƯ"). In another case only the Party's own prefixes count, on a short line that
    ends no sentence or entry ("T/l BAN THƯỜNG VỤ", "t/m ban thường vụ"), so body text such as
    "Q. Bí thư …" or "TL. …" stays text.
    """
    f = fold(text)
    m = AUTHORITY.match(f)
    if m is None:
        # (every garbled prefix opens with t, i or k: most lines are spared the caps test)
        return _garbled_authority(text, f) if f[:1] in "tik" and len(text) <= 60 and is_caps(text) else None
    caps = is_caps(text)
    if not caps and (not _PARTY_AUTHORITY.match(f) or len(text) > 60 or text.endswith((",", ";", ".", ":"))):
        return None
    mode, end = text[: m.end()].strip().upper(), m.end()
    if "/" in mode and f[end : end + 1] == ".":  # "T/M. BAN THƯỜNG VỤ"
        end += 1
        end += len(f[end:]) - len(f[end:].lstrip())
    return mode, end


def _garbled_authority(text: str, f: str) -> tuple[str, int] | None:
    """A garbled Party prefix on a caps line (see _GARBLED_AUTHORITY), with a body or title after it."""
    m = _GARBLED_AUTHORITY.match(f)
    if m is None or len(f) - m.end() < 2:
        return None
    kind = next(k for k in _GARBLED_MODE if m.group(k))
    if kind.endswith("_") and not (m.group("gap") and (BODY_START.match(f, m.end()) or POSITION_START.match(f, m.end()))):
        return None  # "TIM MẠCH", "KIT …": a word, not a misread slash
    if not m.group("gap") and not ("/" in m.group(kind) or "\\" in m.group(kind)) or not m.group("gap") and not (
        BODY_START.match(f, m.end()) or POSITION_START.match(f, m.end())
    ):
        return None  # "TMBAN" is no prefix at all, "T/LNG AN" no "T/L" + "NG AN"
    return _GARBLED_MODE[kind], m.end()


# Position titles that open a position line in a signature block: "PHÓ CHÁNH VĂN PHÒNG", "BÍ THƯ",
# "THƯỜNG TRỰC BAN BÍ THƯ" (under "T/M BỘ CHÍNH TRỊ": a title, no body's run-on — only with "BAN
# BÍ THƯ" after it, as "T/M THƯỜNG TRỰC TỈNH ỦY" is a body), and "THƯỜNG TRỰC" alone on its line
# (under "T/M BAN BÍ THƯ": the same title, its body left out — no wrapped "T/M BAN BÍ THƯ THƯỜNG TRỰC")
POSITION_START = lazy_re(
    r"(pho |bi thu|chanh van phong|truong ban|truong |chu nhiem|chu tich|uy vien|giam doc|thu truong|"
    r"bo truong|thu tuong|tong bi thu|q\. |quyen |vien truong|tong bien tap|kiem |thu k[yi]\b|chu tri|chu toa|"
    r"thuong truc ban bi thu|thuong truc\s*$)"
)

# "Nơi nhận:" (also "__Nơi nhận__:", "*Nơi nhận:*", "Nơi nhận :"), not "Nơi nhậnập" (a word that
# only starts so); older texts' "Nơi gửi:" only as a label (alone or before "- …"), never the body's
# "Nơi gửi: Văn phòng Tỉnh ủy (qua Phòng Tổng hợp)" under a deadline
RECIPIENTS_LABEL = lazy_re(r"noi nhan\b\s*:?|noi gui\s*:(?=\s*(?:-|$))")
# After the label, marks that are no recipient: "Nơi nhận;", "Nơi nhận.", "Nơi nhận::", "Nơi nhận -"
# — a dash only with nothing after it: "Nơi nhận: - Thường trực Tỉnh ủy;" keeps its first entry
# (the same as "separators, and dashes only when nothing but separators and dashes follows", written
# so that a run of dashes is scanned once: the lookahead after every dash made "Nơi nhận" + 20,000
# dashes take 1.3 s)
_LABEL_TAIL = lazy_re(r"[\s:;.,_*\-–]*+$|[\s:;.,_*]*+")


def recipients_label(f: str) -> int | None:
    """Where the "Nơi nhận:" label ends in the folded cell *f* (stray marks after it included), or None.

    Also the label with one letter or space garbled, as OCR leaves it — "Nơinhận:", "Nơi nhậ n:",
    "Nơi nbận:" — when it is alone in its cell with its colon: a fuzzy match, tried only on a short
    cell that opens with "n" and ends with ":".
    """
    m = RECIPIENTS_LABEL.match(f)
    if m:
        return _LABEL_TAIL.match(f, m.end()).end() if m.group().startswith("noi nhan") else m.end()
    g = f.rstrip()
    if 6 <= len(g) <= 14 and g[0] == "n" and g[-1] == ":" and _fuzzy_label().fullmatch(g):
        return len(f)
    return None


@lru_cache(maxsize=1)
def _fuzzy_label():  # -> regex.Pattern; the `regex` module loads only when a garbled label is met
    import regex

    return regex.compile(r"(?:noi nhan){e<=1}\s*:", regex.BESTMATCH)

# The State's national title and motto (a Party document has neither)
STATE_MOTTO = ("cong hoa xa hoi chu nghia viet nam", "doc lap - tu do - hanh phuc")
PARTY_LINE = "dang cong san viet nam"

# Headings of other organisations that share the layout but are not the Party
OTHER_ORGS = (
    "doan tncs ho chi minh",
    "doan thanh nien cong san ho chi minh",
    "hoi lien hiep phu nu",
    "mat tran to quoc",
    "tong lien doan lao dong",
    "cong doan",
    "hoi cuu chien binh",
    "hoi nong dan",
)

# Copy markers standing where the signature and seal were: "(đã ký và đóng dấu)", "[Đã ký]"; and a
# template's placeholder left where they go, which is the same note-like line of the block (TB033
# reports it): "(Ký, ghi rõ họ tên)", "(Ký tên, đóng dấu)", "(Chữ ký, dấu)", "(ký và ghi rõ họ tên)"
# — "ký" also spelt "kí" as the older orthography and many typists have it: "(Đã kí)", "(Kí tên)"
_KY = r"k(?:y|i\b)"
_PLACEHOLDER_WORD = r"(?:" + _KY + r"|ten|chu|dong|dau|ghi|ro|ho|va|da)"
SIGNED_NOTE = lazy_re(
    r"[(\[]\s*(?:(?:da {ky}|{ky} ten|{ky}, dong dau|da {ky}, dong dau|{ky} va dong dau)[^)\](\[]*"
    r"|(?:chu {ky}|{ky}|dong dau)(?:[\s,;/-]+".format(ky=_KY) + _PLACEHOLDER_WORD + r")*\s*)[)\]]"
)

# Optional markings in the header zone (format-rules TB039), on a folded cell: "MẬT", "TỐI MẬT",
# "HỎA TỐC HẸN GIỜ", "THƯỢNG KHẨN", "DỰ THẢO", "Dự thảo lần 2"
MARKING = r"(tuyet mat|toi mat|mat|thuong khan|hoa toc(?: hen gio)?|khan|du thao(?:\s*\(?\s*lan\s*\w+\s*\)?)?)"
MARKINGS = lazy_re(MARKING + r"\W*$")
# The State's label before a marking (folded), read by the header and TB039: "Độ mật: MẬT",
# "ĐỘ KHẨN: HỎA TỐC"
MARK_LABEL = lazy_re(r"do (?:mat|khan)\s*:\s*")
# Copy and circulation notes printed in the header's top corner, above the heading or the issuer
# (format-rules §1.1: bản sao; chỉ dẫn phạm vi lưu hành; tài liệu hội nghị) — markings, never the
# issuer's parent line: "BẢN SAO", "SAO Y BẢN CHÍNH", "TÀI LIỆU HỘI NGHỊ", "Lưu hành nội bộ" (folded);
# any paper's note — no body's name opens on "tài liệu": "TÀI LIỆU PHỤC VỤ HỘI NGHỊ", "TÀI LIỆU THAM
# KHẢO", "(Tài liệu dùng trong hội nghị)", "Tài liệu sinh hoạt chi bộ"; a secret copy's number,
# "Bản số: 05" (audit 24: the first taken for the issuer's parent, the others unplaced)
HEADER_NOTE = lazy_re(
    r"(?:ban sao|sao y(?: ban chinh)?|trich sao|sao luc|luu hanh noi bo|ban so\s*:?\s*\d{1,4}"
    r"|\(?\s*tai lieu\b[^()\d]{0,50}\)?)[\s!.:;,*_]*"
)


def header_note(t: str, f: str) -> bool:
    """Whether a header cell *t* (*f* folded) is a marking or a note typed above the header or
    beside it — "MẬT", "Mật", "(KHẨN)", "Dự thảo", "Lưu hành nội bộ", "Tài liệu sinh hoạt chi bộ":
    the header's, even in normal case (a công văn whose top line was one had no header at all)."""
    if len(f) > 60:
        return False
    core = f.strip("()[]*_ ")
    return (HEADER_NOTE.fullmatch(f) is not None or core.startswith("du thao")
            or MARKINGS.fullmatch(core) is not None and t.lstrip("([*_ ")[:1].isupper())


# A rule of dashes under the subject or the heading: "-------", "-----", "***", "___"
RULE = lazy_re(r"^[-–—_=~*.· ]{3,}$")

# The star under the issuer's name as typed or extracted: "*", a web copy's "*****", spaced "*  *  *",
# and the symbol fonts' stars a PDF or web page gives as characters ("★", "☆", "✩" — the .docx
# reader reads Wingdings' as "*" too, docx_reader._WINGDINGS_STARS)
STAR_CHARS = "*★☆✩✪✫✬✭✮✯✰✱✲✳✴✵✶✷✸∗⁎"


def star_line(t: str) -> bool:
    """*t* (a cell's text) is the star line under the issuer: stars alone, maybe spaced, maybe set
    between dashes or in brackets as an ornament ("-*-", "~ ★ ~", "(*)") (audit 24)."""
    if not 0 < len(t) <= 40:
        return False
    core = t.strip(" -–—~=()[]") if t[0] in " -–—~=([" else t
    return bool(core) and not core.strip(STAR_CHARS + " ")


def is_caps(s: str) -> bool:
    """All letters upper case (and at least one letter): header and signature lines are."""
    return s.upper() == s and s.lower() != s


def is_name(s: str) -> bool:
    """A signer's name as typed under the signature: 2–6 capitalised syllables, nothing else.

    "Huỳnh Đa Trung", "Lê Khánh Toàn" — not caps, no punctuation, no digits; but the apostrophe of
    the Central Highlands' names, each side capitalised: "Rmah H'Lan", "Ksor H’Bơ Khăp", also typed
    with a space after it ("Nay H' Blơng": the letter's other side is the next word).
    """
    words = s.split()
    if not 2 <= len(words) <= 6:
        return False
    for k, w in enumerate(words):
        parts = w.replace("\u2019", "'").split("'") if "'" in w or "\u2019" in w else (w,)
        if len(parts) == 2 and len(parts[0]) == 1 and not parts[1] and k < len(words) - 1:
            parts = parts[:1]  # "H' Blơng"
        for part in parts:
            if not (part.isalpha() and part[0].isupper() and (len(part) == 1 or part[1:].islower())):
                return False
    return True
