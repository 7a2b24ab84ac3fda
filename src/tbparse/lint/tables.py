"""Vocabulary several rules share: body codes, collectives, titles (format-rules.md §2.3, §4).

Keys are folded (:func:`tbparse.fold.fold`: no tone marks, lower case) so ``ỦY``/``UỶ`` match alike.
Tables are small literals; nothing is computed at import.
"""
from __future__ import annotations

from ..fold import fold
from ..lazyre import lazy_re

# Advisory boards and their initials; the code is initials + the parent committee's code
# (format-rules §2.3 rule of thumb): BAN TỔ CHỨC under TỈNH ỦY → BTCTU, under BCH TW → BTCTW.
BOARD_INITIALS: tuple[tuple[str, str], ...] = (
    ("ban tuyen giao va dan van", "BTGDV"),
    ("van phong", "VP"),
    ("ban to chuc", "BTC"),
    ("ban tuyen giao", "BTG"),
    ("ban dan van", "BDV"),
    ("uy ban kiem tra", "UBKT"),
    ("ban noi chinh", "BNC"),
    ("ban kinh te", "BKT"),
    ("ban doi ngoai", "BĐN"),
)

# Committees and other bodies by the words their name starts with → acceptable codes.
BODY_CODES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ban chap hanh trung uong", ("TW",)),
    ("bo chinh tri", ("TW",)),
    ("ban bi thu", ("TW",)),
    ("quan uy trung uong", ("QUTW",)),
    ("dang uy cong an trung uong", ("ĐUCA",)),
    ("dang uy quan su trung uong", ("ĐUQS",)),
    # a province's military party committee numbers as a đảng ủy ("-NQ/ĐU"); ĐUQS is known only
    # second-hand (format-rules §2.3) — both accepted (audit 23)
    ("dang uy quan su", ("ĐU", "ĐUQS")),
    ("tinh uy", ("TU",)),
    ("thanh uy", ("TU", "ThU")),
    ("thi uy", ("TU", "ThU", "TXU")),
    ("huyen uy", ("HU",)),
    ("quan uy", ("QU",)),
    ("dang uy khoi", ("ĐUK",)),
    ("dang uy", ("ĐU",)),
    ("chi bo", ("CB",)),
    ("dang doan", ("ĐĐ",)),
    ("ban can su dang", ("BCSĐ",)),
    ("ban chi dao", ("BCĐ",)),
    ("hoi dong", ("HĐ",)),
    ("dai hoi", ("ĐH",)),
)

# Parent committee → the suffix its advisory boards' codes end with.
PARENT_SUFFIX: tuple[tuple[str, str], ...] = (
    ("ban chap hanh trung uong", "TW"),
    ("tinh uy", "TU"),
    ("thanh uy", "TU"),
    ("huyen uy", "HU"),
    ("quan uy", "QU"),
    ("thi uy", "TU"),
    ("dang bo tinh", "TU"),
    ("dang bo thanh pho", "TU"),
)

# A body code the tables can produce, e.g. "TU", "BTCTU", "UBKTTW", "ĐUK" (joint codes are split on "-").
KNOWN_BODY_CODE = lazy_re(
    r"^(?:(?:VP|BTC|BTG|BDV|BTGDV|UBKT|BNC|BKT|BĐN)?(?:TW|TU|HU|QU|ThU|TXU)"
    r"|ĐU|ĐUK|CB|ĐĐ|BCSĐ|BCĐ|HĐ|ĐH|QUTW|ĐUCA|ĐUQS)$"
)


def _norm(s: str) -> str:
    return " ".join(fold(s).split())


def expected_body_codes(name: str, parent: str | None, configured: dict[str, str]) -> tuple[str, ...] | None:
    """Codes an issuer may use in its numbers; None when the tables cannot tell."""
    fname = _norm(name)
    fparent = _norm(parent) if parent else ""
    for key in (f"{fparent} {fname}".strip(), fname):
        if key in configured:
            return (configured[key],)
    for words, initials in BOARD_INITIALS:
        if fname.startswith(words):
            # the committee the board's own name goes on with comes first: "ỦY BAN KIỂM TRA HUYỆN ỦY
            # QUỲNH LƯU" under "ĐẢNG BỘ TỈNH NGHỆ AN" is the district's (UBKTHU), not the province's
            own = fname[len(words):].strip()
            for pwords, suffix in PARENT_SUFFIX:
                if own.startswith(pwords):
                    return (initials + suffix,)
            # the committee nearest the board: "ĐẢNG BỘ TỈNH SƠN LA" / "HUYỆN ỦY MỘC CHÂU" / "BAN DÂN
            # VẬN" is the district's board (BDVHU) — the last committee named in the parent lines
            best = None
            for pwords, suffix in PARENT_SUFFIX:
                k = f" {fparent}".rfind(f" {pwords}")
                if k >= 0 and (best is None or k > best[0]):
                    best = (k, suffix)
            if best is not None:
                return (initials + best[1],)
            return None  # a board whose parent is unknown
    for words, codes in BODY_CODES:
        if fname.startswith(words):
            return codes
    return None


# Collectives a T/M ("on behalf of") signature may name (format-rules §4.1, §4.3).
COLLECTIVES = (
    "ban thuong vu", "thuong truc", "ban chap hanh", "tinh uy", "thanh uy", "huyen uy", "quan uy", "thi uy",
    "dang uy", "chi bo", "chi uy", "uy ban kiem tra", "dang doan", "ban can su dang", "hoi dong",
    "doan chu tich", "doan thu ky", "doan thu ki", "ban tham tra", "ban kiem phieu", "bo chinh tri", "ban bi thu",
    "dai hoi", "to dang", "quan uy", "ban chi dao", "tieu ban",
)

# Individual titles (the head's own name signs; never after T/M).
TITLES = (
    "tong bi thu", "pho bi thu", "bi thu", "chanh van phong", "pho chanh van phong", "truong ban", "pho truong ban",
    "chu nhiem", "pho chu nhiem", "chu tich", "pho chu tich", "uy vien", "truong", "pho truong",
)

# An organisation named after a position's title: "PHÓ BÍ THƯ TỈNH ỦY", "… HUYỆN ỦY BÌNH …" (folded,
# on the title with single spaces). TB031 reports it; TB030 judges the title without it.
ORG_AFTER_TITLE = lazy_re(r"\s(tinh uy|thanh uy|huyen uy|quan uy|thi uy|dang uy|chi bo|dang bo|ban chap hanh|trung uong dang)\b")

# Family names a signer's name starts with (folded): "T/M NGUYỄN VĂN AN" names a person, not a collective.
SURNAMES = frozenset(
    "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh truong mai trinh lam luong ha "
    "cao ta lai kieu chu thai quach vuong tang la diep hua luu ton tong trieu nong lo lu khuat thach giang".split()
)

# Positions that go with T/M of a collective.
TM_POSITIONS = (
    "tong bi thu", "bi thu", "pho bi thu", "chu nhiem", "pho chu nhiem", "chu tich", "pho chu tich",
    "truong ban", "pho truong ban", "truong doan", "thuong truc", "uy vien",
)

# Academic or military titles before a signer's name: "TS. Nguyễn Văn A", "PGS.TS Lê B", "Đại tá Trần C",
# and the form of address a clerk copies from the body: "Đồng chí Võ Thanh Bình"
SIGNER_TITLE = lazy_re(
    r"^(?:(?:GS|PGS|TS|TSKH|ThS|KS|BS|CN|Ths)\s*\.\s*(?:(?:TS|ThS|TSKH)\s*\.?\s*)?|"
    r"(?:Đại|Thượng|Trung|Thiếu)\s+(?:tá|úy|tướng)\s+|[Đđ]ồng\s+chí\s+)(?=[A-ZĐ\u00c0-\u1ef9])"
)

# Each type name as it is spelt (format-rules §2.2), by its folded form: a name the parser read
# by its letters but typed with a tone mark missing or wrong («THÔNG BAO») is told its spelling.
TYPE_SPELLING = {
    fold(name): name for name in (
        "THÔNG BÁO", "KẾT LUẬN", "NGHỊ QUYẾT", "QUYẾT ĐỊNH", "QUY ĐỊNH", "CHỈ THỊ", "HƯỚNG DẪN", "BÁO CÁO",
        "KẾ HOẠCH", "CHƯƠNG TRÌNH", "TỜ TRÌNH", "QUY CHẾ", "THÔNG TRI", "ĐỀ ÁN", "PHƯƠNG ÁN", "DỰ ÁN",
        "QUY HOẠCH", "BIÊN BẢN", "THÔNG CÁO", "TUYÊN BỐ", "LỜI KÊU GỌI", "CƯƠNG LĨNH", "ĐIỀU LỆ", "CHIẾN LƯỢC",
        "GIẤY GIỚI THIỆU", "GIẤY MỜI", "THƯ CÔNG",
    )
}

# Vietnamese letters used as point labels, in order: a) b) c) d) đ) e) g) h) i) k) …
POINT_LETTERS = "a b c d đ e g h i k l m n o p q r s t u v x y".split()

# The fixed words that open an issuing body's name, a T/M collective and a position line, as spelt
# (format-rules §1.3, §4): an opening that folds to one of them but is typed otherwise — «BAN
# THƯƠNG VỤ», «CHANH VAN PHONG», «TINH ỦY» — is told the spelling (audit 23). Names of places that
# follow are not judged: only the opening words, which every document of that body repeats.
FIXED_OPENINGS = (
    "BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN CHẤP HÀNH", "PHÓ CHÁNH VĂN PHÒNG", "CHÁNH VĂN PHÒNG", "ỦY BAN KIỂM TRA",
    "BAN CÁN SỰ ĐẢNG", "BAN THƯỜNG VỤ", "BAN TUYÊN GIÁO", "BAN TỔ CHỨC", "BAN DÂN VẬN", "BAN NỘI CHÍNH",
    "BỘ CHÍNH TRỊ", "BAN BÍ THƯ", "THƯỜNG TRỰC", "PHÓ TRƯỞNG BAN", "TRƯỞNG BAN", "PHÓ CHỦ NHIỆM", "CHỦ NHIỆM",
    "PHÓ BÍ THƯ", "BÍ THƯ", "TỈNH ỦY", "THÀNH ỦY", "HUYỆN ỦY", "QUẬN ỦY", "THỊ ỦY", "ĐẢNG ỦY", "ĐẢNG BỘ",
    "ĐẢNG ĐOÀN", "CHI BỘ", "CHI ỦY", "VĂN PHÒNG",
)


def misspelt_opening(text: str) -> tuple[int, int, str] | None:
    """``(start, end, spelling)`` of the fixed words *text* opens with when typed with a tone mark
    or letter wrong: "BAN THƯƠNG VỤ" → (0, 13, "BAN THƯỜNG VỤ"); None when right or none opens it.
    Case is not judged (TB003 asks for capitals) and the old tone placement "UỶ" is right too."""
    f = fold(text)
    i = len(f) - len(f.lstrip(" *_"))
    for canon in FIXED_OPENINGS:  # longest first where one opens another
        key = fold(canon)
        end = i + len(key)
        if f.startswith(key, i) and (end == len(f) or not f[end].isalnum()):
            typed = text[i:end]
            if typed.upper().replace("UỶ", "ỦY") != canon:
                return i, end, canon
            return None
    return None
