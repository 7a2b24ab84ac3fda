"""Regressions from the fourth audit of `tbparse check` (/tmp/audit4): a body that quotes the State
motto, a công văn's urgency marking under its number, a draft's blank signer, Chương order, one
swapped Điều reported once, công văn without a dash rule under "V/v …"."""
from __future__ import annotations

from tbparse.lint import lint_text

from .conftest import FIXTURES
from tests.notices import QUY_CHE_HEAD

TEMPLATE = (FIXTURES / "lint" / "clean-2019.txt").read_text(encoding="utf-8")


def _rows(text: str, *codes: str) -> list[tuple]:
    return [(f.line, f.column, f.end_column, f.code, f.severity, f.message)
            for f in lint_text(text, path="t.txt") if f.code in codes]


def _variant(old: str, new: str, text: str = TEMPLATE) -> str:
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times"
    return text.replace(old, new)


# --- TB002: only the header, or a motto standing alone near the top ----------------------------

def test_tb002_ignores_a_body_sentence_quoting_the_state_motto():
    """16_kl-bct-quotes-state.txt line 24: a conclusion on State documents quotes their title and
    motto inside a sentence — not a State header."""
    quote = ('Các văn bản của Nhà nước ban hành với Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" '
             'và Tiêu ngữ "Độc lập - Tự do - Hạnh phúc", đã bảo đảm thống nhất.')
    t = _variant("Đảng ủy khối đã tập trung lãnh đạo công tác xây dựng Đảng.", quote)
    assert _rows(t, "TB002") == []


def test_tb002_still_finds_a_motto_alone_under_a_short_header():
    """A State template: the parser's header ends at the issuer line, the title and motto stand
    alone on the lines below it — still reported; the quote further down is not."""
    t = ("UBND XÃ HÒA BÌNH\n"
         "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
         "**Độc lập - Tự do - Hạnh phúc**\n"
         "\n"
         'Ông Nguyễn Văn An nói về Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" hôm nay.\n')
    assert _rows(t, "TB002") == [
        (2, 1, 35, "TB002", "error",
         'State national title «CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM» in a Party document (use "ĐẢNG CỘNG SẢN VIỆT NAM")'),
        (3, 3, 30, "TB002", "error",
         'State motto «Độc lập - Tự do - Hạnh phúc» in a Party document (use "ĐẢNG CỘNG SẢN VIỆT NAM")'),
    ]


# --- TB039: a công văn's marking right under its number --------------------------------------

CONG_VAN = """BAN CHẤP HÀNH TRUNG ƯƠNG                        ĐẢNG CỘNG SẢN VIỆT NAM
     VĂN PHÒNG
        *                                     Hà Nội, ngày 14 tháng 9 năm 2023
  Số 11997-CV/VPTW
  HỎA TỐC
V/v chuẩn bị tài liệu phục vụ Hội nghị Trung ương 8

             Kính gửi:  - Ban Tổ chức Trung ương,
                        - Ban Kinh tế Trung ương.

Văn phòng Trung ương Đảng đề nghị các ban chuẩn bị tài liệu, gửi về Văn phòng Trung ương Đảng.

Văn phòng Trung ương Đảng trân trọng đề nghị các ban quan tâm phối hợp./.

Nơi nhận:                                    K/T CHÁNH VĂN PHÒNG
- Như trên,                                  PHÓ CHÁNH VĂN PHÒNG
- Lưu Văn phòng Trung ương Đảng.                     (đã ký)

                                                  Nguyễn Văn Hiếu
"""


def test_tb039_accepts_a_cong_van_marking_right_under_its_number():
    """var/10b_HTunder_number.txt line 5: "HỎA TỐC" under "Số 11997-CV/VPTW" — a công văn has no
    type line, so the parser's header ends at the number, but the left column goes on."""
    assert _rows(CONG_VAN, "TB039") == []


def test_tb039_still_flags_a_marking_in_the_body_of_a_cong_van():
    t = _variant("  HỎA TỐC\n", "", CONG_VAN)
    t = _variant("quan tâm phối hợp./.\n", "quan tâm phối hợp./.\n\nHỎA TỐC\n", t)
    assert _rows(t, "TB039") == [(14, 1, 8, "TB039", "warning", "the marking «HỎA TỐC» belongs in the header")]


# --- TB028: a draft's blank signer ------------------------------------------------------------

NO_SIGNER = _variant("                                            Huỳnh Đa Trung", "")


def test_tb028_a_drafts_missing_signer_is_info():
    """12_tb-2026-draft.txt: "DỰ THẢO" at the top, the name under "CHÁNH VĂN PHÒNG" left for the
    signing — info, like TB006's blank number; the same block in an issued notice is an error."""
    draft = " " * 56 + "DỰ THẢO\n" + NO_SIGNER
    assert _rows(draft, "TB028") == [
        (32, 45, 64, "TB028", "info",
         "no signer's name under the signature block (a draft): add it when the document is signed"),
    ]
    assert _rows(NO_SIGNER, "TB028") == [
        (31, 45, 64, "TB028", "error", "no signer's name under the signature block"),
    ]


# --- TB022: chapters in order; one misplaced number, one finding ------------------------------

QUY_CHE = QUY_CHE_HEAD + """Điều 1. Phạm vi, đối tượng điều chỉnh

Quy chế này quy định chế độ làm việc của Chi bộ Ấp 3.

Chương II
NHIỆM VỤ, QUYỀN HẠN

Điều 2. Nhiệm vụ của Chi bộ

Sinh hoạt chi bộ định kỳ vào ngày 03 hằng tháng.

Chương III
ĐIỀU KHOẢN THI HÀNH

Điều 3. Quy chế này có hiệu lực kể từ ngày ký./.

Nơi nhận:                                          T/M CHI BỘ
- Đảng ủy xã (để b/c),                                 BÍ THƯ
- Lưu Chi bộ.
                                                  Võ Văn Hùng
"""


def test_tb022_checks_the_order_of_chapters():
    """var/f6.txt: Chương I, IV, III — the IV is reported, once; the III after it is where IV stood."""
    assert _rows(QUY_CHE, "TB022") == []
    t = _variant("Chương II\n", "Chương IV\n", QUY_CHE)
    assert _rows(t, "TB022") == [(17, 8, 10, "TB022", "warning", "Chương IV after Chương I: expected Chương II")]


def test_tb022_reports_one_misplaced_article_once():
    """var/f9.txt: Điều 1, Điều 4, Điều 3 — one typo, one finding (the 3 was reported too)."""
    t = _variant("Điều 2. Nhiệm vụ", "Điều 4. Nhiệm vụ", QUY_CHE)
    assert _rows(t, "TB022") == [(20, 6, 7, "TB022", "warning", "Điều 4 after Điều 1: expected Điều 2")]
    # a swap, Điều 1, 3, 2, 4: one finding as well, and the run goes on after the pair
    t = _variant("Điều 2. Nhiệm vụ", "Điều 3. Nhiệm vụ", QUY_CHE)
    t = _variant("Điều 3. Quy chế", "Điều 2. Quy chế\n\nĐiều 4. Điều khoản khác.", t)
    assert _rows(t, "TB022") == [(20, 6, 7, "TB022", "warning", "Điều 3 after Điều 1: expected Điều 2")]
    # a gap, Điều 1, 3, 4: the 3 only
    t = _variant("Điều 2. Nhiệm vụ", "Điều 3. Nhiệm vụ", QUY_CHE)
    t = _variant("Điều 3. Quy chế", "Điều 4. Quy chế", t)
    assert _rows(t, "TB022") == [(20, 6, 7, "TB022", "warning", "Điều 3 after Điều 1: expected Điều 2")]


# --- TB021: a công văn has no dash rule under its subject ------------------------------------

def test_tb021_skips_a_cong_van():
    """10_cv-vptw-hoatoc.txt and every công văn: "V/v …" under the number, no type line, no rule —
    its form; a notice whose rule is missing is still told."""
    assert _rows(CONG_VAN, "TB021") == []
    t = _variant("-----\n", "")
    assert _rows(t, "TB021") == [(7, 1, 48, "TB021", "info", 'no dash rule ("-----") under the subject')]


# --- TB014, TB038: a draft's blank day and number are info, not errors ------------------------

def test_a_drafts_blank_day_and_number_are_info():
    """12_tb-2026-draft.txt line 4: "Số       -TB/TU … Bắc Ninh, ngày    tháng 02 năm 2026" — the
    parser records the blanks (layout.number_blank, layout.date_line.blank); TB014 and TB038 gave
    errors ("no place and date line", "(3) number, (4) place and date")."""
    t = _variant("Số 05-TB/TU                                   Phan Thiết, ngày 16 tháng 5 năm 2019",
                 "Số       -TB/TU                               Phan Thiết, ngày    tháng 5 năm 2019")
    line = t.split("\n")[2]
    place, end = line.index("Phan Thiết") + 1, len(line) + 1  # the whole date line is shown
    assert _rows(t, "TB006", "TB014", "TB038") == [
        (3, 1, len("Số       -TB/TU") + 1, "TB006", "info",
         "the number is left blank (a draft): fill it in when the document is issued"),
        (3, place, end, "TB014", "info", "the day is left blank (a draft): fill it in when the document is signed"),
    ]
    t = t.replace("ngày    tháng 5 năm", "ngày  tháng  năm")  # var/12v4.txt
    end = len(t.split("\n")[2]) + 1
    assert _rows(t, "TB014", "TB038") == [
        (3, place, end, "TB014", "info", "the day and month are left blank (a draft): fill them in when the document is signed"),
    ]
    assert [str(f) for f in lint_text(t) if f.severity == "error"] == []


def test_a_draft_with_a_blank_day_is_judged_by_its_year():
    from tbparse.lint.era import notice_date, resolve

    def nd(text, blank):
        return notice_date({"date": None, "layout": {"date_line": {"text": text, "blank": blank}}})

    assert nd("Bắc Ninh, ngày    tháng 02 năm 2019", ["day"]) == "2019-02-01"
    assert nd("Bắc Ninh, ngày  tháng  năm 2019", ["day", "month"]) == "2019-01-01"
    assert resolve("auto", nd("Bắc Ninh, ngày    tháng 02 năm 2019", ["day"])) == "2018"
    assert notice_date({"date": None, "layout": {}}) is None  # no date at all: the newest guide
    t = _variant("Phan Thiết, ngày 16 tháng 5 năm 2019", "Phan Thiết, ngày    tháng 5 năm 2019")
    assert all("05-HD/VPTW (2026)" not in f.message for f in lint_text(t))
