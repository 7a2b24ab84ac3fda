"""Cut the document into zones: header | title | body | footer.

Everything later reads only its own zone, so the cuts decide most of what can go wrong. The type
line ("THÔNG BÁO", "KẾT LUẬN" …) ends the header; the subject runs to the dash rule (or, without
one, over its wrapped lines to the first body line); the footer starts at "Nơi nhận" or the top
authority line of the signature (T/M over K/T), whichever comes first near the end.
"""
from __future__ import annotations

import re
from typing import Iterator

from ..fold import fold
from ..lines import Line
from ..state import State
from ..vocab import PARTY_LINE, AUTHORITY, BODY_START, POSITION_START, RULE, SIGNED_NOTE, TYPE_LINE, TYPE_NAMES, authority, header_note, is_caps, is_name, one_edit, recipients_label, star_line
from .footer import caps_name, position_after_name, run_on_block
from ..lazyre import lazy_re

# Lines that can only be body text: numbered parts and items, bullets, "Căn cứ".
#   "I- Đánh giá …", "1. Về …", "- Căn cứ Điều lệ Đảng;"
#   and a part or chapter heading, which never goes on a subject: "PHẦN I: KẾT QUẢ …", "PHẦN THỨ NHẤT",
#   "CHƯƠNG I" (folded; audit 23: with no dash rule they were read as the subject's last line)
BODY_MARK = lazy_re(r"^(?:[IVXLC]+\s*[-.)]|\d{1,3}\s*[-.)]|[-+•–]\s|can cu\b|dieu \d"
                    r"|phan\s+(?:thu\s+\w+|[ivxlc]{1,6}|\d{1,2})\b|chuong\s+(?:[ivxlc]{1,6}|\d{1,3})\b)", re.I)

# A number left blank in a draft for the registry to fill in, on a folded cell or line — the one
# definition the header, the zones and the linter (TB006) share:
#   "Số     -TB/TU", "Số …-TB/TU", "Số: ....-TB/TU", "Số   /TB-TU", "Số -NQ/BCSĐ"
# Possessive runs: a long run of spaces after "so" is never rescanned.
BLANK_NUMBER = lazy_re(
    r"\bso\b\s*+:?\s*+[._…]*+\s*+[-/]\s*+[a-z]{1,5}\s*+[/-]\s*+[a-z][a-z0-9]*+(?:\s*+-\s*+[a-z][a-z0-9]*+)*+"
    r"(?![^\W_])"  # ends with the code: not "Số -TB/TUº±ng …" cut inside a word (fuzz finding 13)
)

# The word "Số" opening a number cell (folded), or as OCR leaves it with the "ố" read as a figure:
# "S6 118-TB/ĐUK", "S0: 12-TB/HU" — then only with a colon or a space before the number
SO_WORD = r"(?:so|s[06](?=\s*:|\s))"

def ornament(f: str) -> bool:
    """The ornament some typists set under the issuer where the star goes, or under the subject
    for its rule (folded): "-o0o-", "--- oOo ---", "–ooOoo–" — a rule, not text to place (under
    the issuer the star is still missing: TB004 says so)."""
    core = f.strip("-–—_=~.* ")
    return len(core) >= 3 and core[0] == core[-1] == "o" and not core.strip("o0") and core.count("0") <= 1


def rule_line(t: str) -> bool:
    """A rule under the subject: dashes ("-----", RULE), an ornament ("---oOo---") or stars spaced
    out ("* * *", which the markdown reader leaves as one "*")."""
    return RULE.match(t) is not None or len(t) <= 24 and (star_line(t) or ornament(fold(t)))


# How a body opens, never a subject: "Ngày 14/5/2008, …", "Căn cứ …", "Thực hiện …", "Sau khi …",
# the addressee "Kính gửi: …" and a tờ trình's "Kính trình: …" (05-HD/VPTW, 2026) (folded)
OPENING = lazy_re(r"(ngay \d|hom nay|can cu|thuc hien|sau khi|vua qua|chieu ngay|sang ngay|toi ngay|kinh gui|kinh trinh|theo de nghi)")

_HEADER_SCAN = 60  # the type line is never further down than this in real documents


def _type_line(lines: list[Line]) -> int | None:
    for i, ln in enumerate(lines[:_HEADER_SCAN]):
        if not ln.text:
            continue
        if type_name_end(ln) is not None:
            return i
        if len(ln.frags) == 1 and TYPE_LINE.fullmatch(_BARE_NAME.sub(" ", fold(ln.text)).strip()):
            # "THÔNG BÁO:", "Thông báo": the type line, typed as TB019 reports; the caps subject
            # under it ("KẾT LUẬN CỦA …") is no type line of its own
            return None
    return None


# Punctuation and emphasis around a type name typed alone: "THÔNG BÁO:", "**Thông báo**" (folded)
_BARE_NAME = lazy_re(r"[\s*_:.]+")


# A type name misread by OCR or mistyped, alone on its line: one letter wrong, or a space lost or
# put inside a word — "THÔNC BÁO", "THÔNGBÁO", "THÔNG B ÁO", "KẾT LUẬM" (folded, after a "0" read for
# "O": "TH0NG BÁ0"). Names of 7 letters or more only: the short ones ("ĐỀ ÁN", "DỰ ÁN") are one letter
# from each other. Tried only on a short caps line of the header that no name matches exactly —
# which every issuer line of a web copy or a PDF is ("TỈNH ỦY QUẢNG NINH"), so by hand: the `regex`
# module's {e<=1} cost ~30 ms to import and a fuzzy scan per line, for a yes or no.
_FUZZY_NAMES = tuple(n for n in TYPE_NAMES if len(n) >= 7)


_FUZZY_LEN = 24  # a type name alone, with room for its errors: "GIẤY GIỚI THIỆU" is 15
# The names with their spaces taken out, for a letter-spaced line: "T H Ô N G   B Á O" → "thongbao"
_SQUEEZED = {n.replace(" ", ""): n for n in TYPE_NAMES}


def type_name_end(ln: Line) -> int | None:
    """Where the document type name ends in ``ln.text`` when the line is the type line, else None.

    The type name is in capitals and opens the line, which is a single cell and no sentence:
    "THÔNG BÁO", "THÔNG BÁO KẾT LUẬN CỦA …" (the rest is the subject), "THÔNG BÁO kết luận của Ban
    Thường vụ …" (the subject in normal case on the same line — TB019 asks for its own line),
    "THÔNG BẢO"/"THONG BAO" (tone marks do not count). A careful reader also reads it letter-spaced
    ("T H Ô N G   B Á O") or with one letter or space garbled ("THÔNC BÁO", "THÔNGBÁO"): the whole
    line is then the name. "THÔNG BÁO:" and "Thông báo" are left to TB019, which names the fault.
    """
    t = ln.text
    if len(t) > 200 or t.endswith(":"):
        return None
    if len(ln.frags) == 1:
        m = TYPE_LINE.match(fold(t))
        if m and is_caps(t[: m.end()]) and (is_caps(t) or _subject_rest(t[m.end() :])):
            return m.end()
    if not is_caps(t) or len(t) > 40:
        return None
    words = t.split()
    if len(words) >= 4 and all(len(w) == 1 for w in words):  # letter-spaced, maybe over two cells
        return len(t) if fold("".join(words)) in _SQUEEZED else None
    if len(ln.frags) == 1 and len(t) <= _FUZZY_LEN and len(words) <= 4:
        f = fold(t).replace("0", "o")
        return len(t) if any(one_edit(f, n) for n in _FUZZY_NAMES) else None
    return None


def _subject_rest(rest: str) -> bool:
    """What follows a caps type name on its line when the line is not all caps: the subject in
    normal case ("kết luận của Ban Thường vụ …") or a marking ("(Dự thảo)") — never a sentence."""
    r = rest.strip()
    return bool(r) and (r[:1].isalpha() or r[:1] == "(") and not r.endswith((".", ";", ":", ","))


def _subject_like(text: str) -> bool:
    """A subject line: caps ("Ý KIẾN KẾT LUẬN …") or lower-case-led and short ("tại buổi làm việc …")."""
    if is_caps(text):
        return True
    return text[:1].islower() and len(text) <= 120 and not text.endswith((".", ";"))


# A subject line that cannot end there: it ends on a linking word ("… Thành ủy tại" / "Hội nghị …")
#   "Kết luận của Thường trực Tỉnh ủy về" (folded)
_DANGLING = lazy_re(r"\b(?:tai|cua|ve|voi|va|cho|doi voi|trong|theo|giua|tu|den|cac|nhung|nham|tren)$")


def _subject_wrap(lines: list[Line], j: int) -> bool:
    """Whether capital- or digit-led line ``j``, right under a subject line, is its wrapped tail.

    "Kết luận của Ban Thường vụ Thành ủy tại Hội nghị" / "Ban Chấp hành Đảng bộ Thành phố lần thứ 21
    (mở rộng)", "… của hệ thống chính trị" / "6 tháng đầu năm 2023": a short line with no sentence
    end, not a body opening ("Ngày 14/5/2008, …", "Thực hiện …", "1. …"), that either follows a
    line ending on a linking word or closes the block (a blank line, a rule or the end below it;
    in a PDF with no blank lines, the body's capitalised opening: "Ngày 02/7/2023, Ban Thường vụ …").
    The first body sentence fails all of these. A parenthesised line is a tail too, "(khóa XXIII,
    nhiệm kỳ 2015 - 2020)" under "… lần thứ 31" — or a marking, "(Dự thảo)", that title.py sets apart.
    """
    t = lines[j].text
    prev = lines[j - 1].text
    aside = t[:1] == "(" and t.endswith(")")
    if not (t[:1].isupper() or t[:1].isdigit() or aside) or len(t) > 120 or t.endswith((".", ";", ":", ",", "!", "?")) \
            or prev.endswith((".", ";", ":")):
        return False
    if OPENING.match(fold(t)):
        return False
    if aside:
        # a body never opens on a whole parenthesised line: "(Từ ngày 14/10 đến ngày 20/10/2024)"
        # under a schedule's title in a PDF, its first entry right under it (audit 17)
        return True
    if prev.endswith(",") or _DANGLING.search(fold(prev)):
        # "… đối với Ủy viên Ban Thường vụ," / "Tỉnh ủy viên khóa XX, …": a comma leaves it open
        # (audit 13: the tail went to the preamble)
        return True
    nxt = lines[j + 1] if j + 1 < len(lines) else None
    if nxt is None or nxt.blank or nxt.sep or RULE.match(nxt.text):
        return True
    # (capitalised: a body line wrapped onto "ngày 02/7/2023, …" does not open a sentence)
    return nxt.text[:1].isupper() and OPENING.match(fold(nxt.text)) is not None


# A decision's or resolution's enacting body, on its own caps line between the subject and the
# grounds (folded): "ỦY BAN KIỂM TRA TỈNH ỦY NGHỆ AN" / "- Căn cứ Điều lệ Đảng …", "BAN THƯỜNG VỤ
# HUYỆN ỦY" / "Xét đề nghị của …", or "BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH:" itself
_ENACTING_NEXT = lazy_re(r"[-+•–*\s]{0,4}+(?:can cu|xet de nghi|xet to trinh|theo de nghi)\b")
_ENACTS = (" quyet dinh", " quyet nghi", " quy dinh")  # "… QUYẾT ĐỊNH:" (folded, the colon taken off)


def _enacting_body(lines: list[Line], j: int) -> bool:
    """Whether caps line ``j``, set off from the subject above by a blank line or by case, is the enacting
    body of a QĐ/NQ/QĐi ("ỦY BAN KIỂM TRA TỈNH ỦY NGHỆ AN" over "- Căn cứ Điều lệ Đảng"): it names a
    body and the grounds follow it, or it ends "QUYẾT ĐỊNH:". It opens the body, as it does under
    the dash rule (audit 23: without the rule it ran into the subject)."""
    t = lines[j].text
    if len(t) > 120 or not is_caps(t):
        return False
    if not lines[j - 1].blank and is_caps(lines[j - 1].text):
        return False  # right under a caps subject line it may be the subject's wrapped tail
    f = fold(t)
    if not (BODY_START.match(f) or f.startswith(("thuong vu", "thuong truc"))):
        return False
    if t.endswith(":"):
        return f.rstrip(" :").endswith(_ENACTS)
    nxt = next((x for x in lines[j + 1 : j + 4] if not (x.blank or x.sep)), None)
    return nxt is not None and _ENACTING_NEXT.match(fold(nxt.text)) is not None


_SUBJECT_MAX = 200  # characters: a longer line under the type name is the body's, bar the case below


def _title_end(lines: list[Line], start: int, subject_on_it: bool = False) -> int:
    """Index of the first body line after the type line at ``start``.

    *subject_on_it*: the subject began on the type line ("THÔNG BÁO kết luận của …"), so the line
    under it is no longer "the first line under the type name" taken whatever its case.
    """
    n = len(lines)
    # a dash rule close below the type line settles it
    seen = 0
    for j in range(start + 1, min(n, start + 14)):
        t = lines[j].text
        if not t:
            continue
        if rule_line(t):
            return j + 1
        seen += 1
        if BODY_MARK.match(fold(t)) or len(t) > 160 or seen > 6:
            break
    # no rule: subject-like lines, blank lines allowed between them
    j = start + 1
    last = start + 1
    got = 1 if subject_on_it else 0
    while j < n:
        ln = lines[j]
        t = ln.text
        if ln.blank or ln.sep:
            j += 1
            continue
        # the first line under the type name is the subject whatever its case ("Kết luận của …"),
        # unless it is plainly the opening of the body ("Ngày 14/5/2008, đồng chí …")
        f = fold(t)
        if BODY_MARK.match(f) or got >= 5:
            break
        if len(t) > _SUBJECT_MAX and (got or len(t) > 2 * _SUBJECT_MAX or not t[:1].islower()
                                      or t.endswith((".", ";", ":"))):
            # (a web copy's subject on one line, lower-case-led with no sentence end, may run
            # longer: "thực hiện Chỉ thị số 42-CT/TW … giai đoạn 2020 - 2030" — audit 24)
            break
        if got and _enacting_body(lines, j):
            break
        # (a parenthesised line goes on after a blank line too: a portal sets each line in a <p>)
        if got and not _subject_like(t) and not ((j == last or t[:1] == "(") and _subject_wrap(lines, j)):
            break
        # (a body opens capitalised, "Thực hiện Kết luận …, Ban Thường vụ …"; a plan's subject in
        # normal case does not: "KẾ HOẠCH" / "thực hiện Chỉ thị số 42-CT/TW …" — audit 24; a body
        # typed "ngày 14/5/2008, …" in lower case stays the body)
        if not got and not is_caps(t) and (OPENING.match(f) and not (t[:1].islower() and f.startswith("thuc hien"))
                                           or t.endswith((".", ";"))):
            break
        got += 1
        last = j + 1
        j += 1
    return last


def _footer_start(lines: list[Line], lo: int) -> int:
    """Index where the footer starts (``len(lines)`` when there is none)."""
    n = len(lines)
    label = auth = None
    for i in range(n - 1, lo - 1, -1):
        ln = lines[i]
        for fr in ln.frags:
            f = fold(fr.text)
            if label is None and recipients_label(f) is not None:
                label = i
            if auth is None and (authority(fr.text) or fr.text[-1:].isalpha() and run_on_block(fr.text)):
                # (also a block run into one line: "T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ (Đã ký) Đặng Huy Hậu")
                auth = i
        if label is not None and auth is not None:
            break
        if n - i > 80 and (label is not None or auth is not None):
            break
    if auth is not None:
        auth = _authority_top(lines, auth, lo)
    found = [x for x in (label, auth) if x is not None]
    if found:
        start = min(found)
        if max(found) - start > 40:  # two far-apart hits: trust the later one
            start = max(found)
        # a web copy's cells: "|" / "THƯ KÝ" / "Nguyễn Thị Lan" / "|" / "T/M CHI ỦY" / … — the minutes'
        # secretary signs with no prefix in the cell before the chair's
        cell_above = start == auth and start > lo and lines[start - 1].sep
        if start == label or cell_above:
            start = _signature_above(lines, start, lo)
        return _list_above(lines, start, lo)
    # no label and no prefix: a caps position cell over a name near the end ("CHÁNH VĂN PHÒNG" /
    # "Lê Văn A"), also beside the recipients' column ("- Các chi bộ,     CHÁNH VĂN PHÒNG")
    tail = [i for i in range(max(lo, n - 15), n) if lines[i].text]
    for k, i in enumerate(tail[:-1]):
        if any(is_caps(fr.text) and POSITION_START.match(fold(fr.text)) for fr in lines[i].frags) and any(
            is_name(fr.text) for x in tail[k + 1 :] for fr in lines[x].frags
        ):
            return _list_above(lines, i, lo)
    # … or the name printed before its position, ending the text: "Nguyễn Hoàng Trung" / "Bí thư Đảng
    # ủy phường" / "(đã ký)" (a web copy with no "Nơi nhận")
    last = [i for i in tail[-3:] if SIGNED_NOTE.search(fold(lines[i].text)) is None]
    if (len(last) >= 2 and all(len(lines[i].frags) == 1 for i in last[-2:]) and is_name(lines[last[-2]].text)
            and position_after_name(lines[last[-1]].text, fold(lines[last[-1]].text))):
        return last[-2]
    return n


# A recipient entry of a list typed without its label: "- Các chi, đảng bộ cơ sở,", "- Lưu VP."
_ENTRY = lazy_re(r"^[-–—+•]\s*\S")
_LIST_RUN = 30  # lines a recipients list without its label runs over, at most
_CLOSED = ("/.", "./")  # how the closing sentence ends: "… biết, thực hiện./."


def _list_above(lines: list[Line], start: int, lo: int) -> int:
    """*start*, or the first line of a recipients list typed without "Nơi nhận:" right above it.

    A web copy puts the list in its own cell before the signature's ("|" / "- Các chi bộ," / "- Lưu
    VP." / "|" / "CHÁNH VĂN PHÒNG"); the label may be lost. A careful reader still sees recipients
    in a run of short "- …" entries (and the lower-case lines they wrap onto) that the closing
    sentence ("… biết, thực hiện./.") or a cell border closes off from the body. A body list
    under a directive has neither above it, and an entry that ends "./." ends the body itself.
    """
    top = start
    closed = False  # a cell border or the closing sentence right above the run
    for i in range(start - 1, max(lo, start - _LIST_RUN) - 1, -1):
        ln = lines[i]
        if ln.blank:
            continue
        t = ln.text
        if not ln.sep and len(ln.frags) == 1 and len(t) <= 160 and not t.endswith(_CLOSED) and (
            _ENTRY.match(t) or (top < start and t[:1].islower())
        ):
            top = i
            continue
        closed = ln.sep or t.endswith(_CLOSED)
        break
    return top if top < start and closed and _ENTRY.match(lines[top].text) else start


def _row_top(lines: list[Line], start: int, lo: int) -> int:
    """The first line of the .docx table row the footer starts in, else *start*.

    A Word footer is a layout table whose cells come one after the other (docx_reader reads a row
    cell by cell): a joint document's row "TRƯỞNG BAN DÂN VẬN / … / Hồ Thị Mai" | "TRƯỞNG BAN TỔ
    CHỨC / … / Nguyễn Đình Long" starts where its first cell does, though only the last cell sits
    right above "Nơi nhận:".
    """
    if start >= len(lines):
        return start
    cell = (lines[start].fmt or {}).get("cell")
    if not cell:
        return start
    row = (cell["table"], cell["row"])
    top = start
    for i in range(start - 1, lo - 1, -1):
        c = (lines[i].fmt or {}).get("cell")
        # only the cells left of the one it starts in: a document typed whole into one cell (some
        # web-to-Word copies) keeps its body above the footer
        if not c or (c["table"], c["row"]) != row or c["col"] >= cell["col"]:
            break
        top = i
    return top


_AUTH_RUN = 6  # non-blank lines looked at above an authority line: a stacked block is never longer
_SIG_ABOVE = 8  # non-blank lines looked at above "Nơi nhận:" for a signature block without a prefix


def _sig_head(ln: Line) -> bool:
    """A caps head line of a signature block, one cell a column: "TRƯỞNG BAN DÂN VẬN    TRƯỞNG BAN TỔ CHỨC"."""
    return all(is_caps(fr.text) and len(fr.text) <= 60 and not fr.text.endswith((".", ",", ";", ":")) for fr in ln.frags)


def _lines_above(lines: list[Line], start: int, lo: int, limit: int) -> Iterator[tuple[int, Line]]:
    """``(index, line)`` of the first *limit* non-blank lines above *start*, nearest first (not
    below *lo*): the upward walks of the footer's start."""
    seen = 0
    for i in range(start - 1, lo - 1, -1):
        ln = lines[i]
        if ln.blank or ln.sep:
            continue
        if seen == limit:
            return
        seen += 1
        yield i, ln


def _signature_above(lines: list[Line], label: int, lo: int) -> int:
    """The top of a signature block with no authority prefix right above the label, else *label*.

    Joint documents put the bodies' heads' blocks side by side and "Nơi nhận:" under them:
    "TRƯỞNG BAN DÂN VẬN | TRƯỞNG BAN TỔ CHỨC" / (signing space) / "Hồ Thị Mai | Nguyễn Đình Long" /
    "Nơi nhận:". Read upward: a row of names (or "(đã ký)" notes) first, then caps head rows up to
    the first other line; it is a signature only with a position among the heads ("TRƯỞNG BAN").
    A caps body heading has no name row under it, and a name in the body is no caps row's foot.
    """
    top = label
    names = signs = named = False
    below = None  # a position under the name, the name printed first: "Nguyễn Hoàng Trung" / "Bí thư Đảng ủy phường"
    for i, ln in _lines_above(lines, label, lo, _SIG_ABOVE):
        if top == label:
            note = SIGNED_NOTE.search(fold(ln.text)) is not None
            row = all(is_name(fr.text) or caps_name(fr.text) for fr in ln.frags)
            if (below is None and not named and not note and not row and len(ln.frags) == 1
                    and position_after_name(ln.text, fold(ln.text))):
                below = i
                continue
            if row or note:
                names = True  # (the rows under the heads; "top" stays until a head is met)
                named = named or row
                if below is not None and row and len(ln.frags) == 1:
                    top = i  # the name over its position: the block starts here, or at a head above it
                    signs = True
                continue
        if names and top < label and fold(ln.text) == "kiem":
            continue  # "BÍ THƯ" / "kiêm" / "TRƯỞNG BAN CHỈ ĐẠO": the block goes on above it
        if not names or not _sig_head(ln):
            break
        top = i
        signs = signs or any(POSITION_START.match(fold(fr.text)) or AUTHORITY.match(fold(fr.text)) for fr in ln.frags)
    return top if signs else label


def _is_authority(ln: Line) -> bool:
    return any(authority(fr.text) for fr in ln.frags)


def _authority_top(lines: list[Line], auth: int, lo: int) -> int:
    """The top of the run of authority lines that ends at ``auth`` (the lowest one).

    The upward scan meets the lowest prefix first; a stacked block ("T/M BAN THƯỜNG VỤ" over
    "K/T BÍ THƯ"), with the label or blank lines or the authority's own caps title lines between them
    ("T/M BAN THƯỜNG VỤ" / "HUYỆN ỦY" / "K/T BÍ THƯ"), starts at its top line. A caps line with
    no prefix above it is only crossed, never taken: a body heading stays in the body.
    """
    top = auth
    for i, ln in _lines_above(lines, auth, lo, _AUTH_RUN):
        if _is_authority(ln):
            top = i
            continue
        t = ln.text
        if recipients_label(fold(t)) is not None or (is_caps(t) and len(t) <= 60 and not t.endswith((".", ":", ";"))):
            continue  # the label between columns (PDF), or a title line of the block
        break
    return _position_above(lines, top, lo)


def _position_above(lines: list[Line], top: int, lo: int) -> int:
    """*top*, or the line right above it when that line is the block's position printed over its
    authority: a PDF extraction gives the text objects in drawing order, "PHÓ BÍ THƯ" / "T/M BAN
    THƯỜNG VỤ" / "(Đã ký)" / …, and ``pdftotext -layout`` may set the position a line above the
    row of "Nơi nhận:" and the authority. Only a position title alone on its line, in capitals
    ("PHÓ BÍ THƯ", "CHÁNH VĂN PHÒNG"), and only when no position stands under the authority
    already (a body heading never reads so, and a block's own position stays where it is) — or
    when the rows under it pair notes or names, side-by-side blocks one cell a line, the head
    above being the other block's ("TRƯỞNG BAN DÂN VẬN" / "K/T TRƯỞNG BAN TỔ CHỨC" / "PHÓ TRƯỞNG BAN")."""
    above = list(_lines_above(lines, top, lo, 2))
    if above and recipients_label(fold(above[0][1].text)) is not None:
        above = above[1:]  # the label between them, one cell a line: "PHÓ BÍ THƯ" / "Nơi nhận:" / "T/M …"
    if not above:
        return top
    i, ln = above[0]
    if not (len(ln.frags) == 1 and _position_line(ln.text)) or _is_authority(ln):
        return top
    below = [x for _, x in zip(range(_SIG_ABOVE), (x for x in lines[top + 1 :] if not x.blank and not x.sep))]
    for x in below:
        if _is_authority(x):
            continue
        if any(_position_line(fr.text) for fr in x.frags) and not _paired(below):
            return top  # the block has its position under the authority: the line above is not it
        break
    return i


def _paired(lines: list[Line]) -> bool:
    """Two copy notes or two names on consecutive lines: side-by-side blocks one cell a line (a
    PDF's "(Đã ký)" / "(Đã ký)" / "Đinh Văn Khang" / "Phạm Thị Hoa"), whose first head ("TRƯỞNG BAN
    DÂN VẬN") may stand above the other's authority ("K/T TRƯỞNG BAN TỔ CHỨC")."""
    def kind(ln: Line) -> str:
        t = ln.text
        if len(ln.frags) != 1:
            return ""
        if SIGNED_NOTE.search(fold(t)) is not None and t[:1] in "([":
            return "note"
        return "name" if is_name(t) or caps_name(t) else ""

    kinds = [kind(ln) for ln in lines]
    return any(a and a == b for a, b in zip(kinds, kinds[1:]))


def _position_line(t: str) -> bool:
    """A position title in capitals on a line of its own: "PHÓ BÍ THƯ", "Q. CHÁNH VĂN PHÒNG"."""
    return is_caps(t) and len(t) <= 40 and not t.endswith((".", ",", ":", ";")) and POSITION_START.match(fold(t)) is not None


def run(st: State) -> None:
    """Set ``st.header``, ``st.type_idx``, ``st.title``, ``st.body`` and ``st.footer``."""
    lines = st.lines
    n = len(lines)
    ti = _type_line(lines)
    st.type_idx = ti
    if ti is not None:
        st.header = (0, ti)
        ln = lines[ti]
        body_start = _title_end(lines, ti, bool(ln.text[type_name_end(ln) or 0 :].strip(" .:-–")))
        st.title = (ti, body_start)
    else:
        body_start = _header_end_without_type(lines)
        st.header = (0, body_start)
        st.title = (body_start, body_start)
    # every label holds "SAO" ("Sao y bản chính" in a web copy's case)
    end = _copy_label(lines, body_start) if "SAO" in st.src.text or "Sao " in st.src.text else n
    # a .docx's footnotes and endnotes, printed after everything: never body, never the signature
    last = min(end, _notes_start(lines)) if st.src.kind == "docx" else end
    fs = _row_top(lines, _footer_start(lines[:last], body_start), body_start)
    office = copy_office(lines, fs, end) if end < n else None
    st.footer = (fs, end if office is None else office)
    st.copy = (end, n)
    st.body = (body_start, fs)


def _notes_start(lines: list[Line]) -> int:
    """Where a .docx's notes start: the reader puts its footnotes and endnotes ("(1) Công ty …")
    last, their lines marked ``fmt["note"]``; ``len(lines)`` when it has none."""
    i = len(lines)
    while i and (lines[i - 1].fmt or {}).get("note") is not None:
        i -= 1
    return i


# The label of a certified copy's block, typed under the original's footer (format-rules §4.4),
# alone on its line: "SAO Y BẢN CHÍNH", "SAO LỤC", "TRÍCH SAO" (folded)
_COPY_LABEL = lazy_re(r"(?:sao y ban chinh|sao y ban sao|sao y|sao luc|trich sao)\W*")


def is_copy_label(text: str, folded: str | None = None) -> bool:
    """Whether the line *text* (*folded*: its fold, when the caller has it) is a certified copy's
    label: short, nothing else on it, in capitals or as a web copy lowers it ("Sao y bản chính"). Zones cut the footer there; the furniture step
    reads a copy's block as no second document and its party line as no running head."""
    return (text[:1] in ("S", "T") and len(text) <= 30
            and _COPY_LABEL.fullmatch(folded if folded is not None else fold(text)) is not None)


def _copy_label(lines: list[Line], lo: int) -> int:
    """Index of a copy block's label below the original's footer, else ``len(lines)``.

    The copying office adds its own number, date, signature and "Nơi nhận" under the original;
    read upward from the end, they were taken for the footer and the original's signature and
    recipients sank into the last item. Only a label with a footer above it counts: the label
    alone in a body ("… bản sao y …") is text.
    """
    n = len(lines)
    for i in range(n - 1, lo, -1):
        ln = lines[i]
        if label_cell(ln) is not None:
            return i if _footer_start(lines[:i], lo) < i else n
    return n


def copy_office(lines: list[Line], lo: int, label: int) -> int | None:
    """Index of the copying office's name printed right above a copy's label, else None: a PDF
    reads the row "VĂN PHÒNG HUYỆN ỦY | SAO Y BẢN CHÍNH" one cell a line, the office first, so it
    stood as the last line of the original's footer (unplaced). A caps body's name alone on its
    line ("VĂN PHÒNG HUYỆN ỦY", "ĐẢNG ỦY XÃ EA SIN"), no part of a signature, with a line of the
    original's block above it, when the label stands alone (a row keeps the office in its cell)."""
    if len(lines[label].frags) != 1:
        return None
    p = label - 1
    while p > lo and not lines[p].text:
        p -= 1
    ln = lines[p]
    t = ln.text
    if p <= lo or len(ln.frags) != 1 or len(t) > 60 or not is_caps(t) or authority(t) is not None:
        return None
    f = fold(t)
    if BODY_START.match(f) is None or POSITION_START.match(f) is not None or caps_name(t):
        return None
    q = p - 1
    while q > lo and not lines[q].text:
        q -= 1
    if any(authority(fr.text) is not None for fr in lines[q].frags):
        return None  # "T/M BAN THƯỜNG VỤ" / "HUYỆN ỦY": the authority's wrapped body
    return p


def label_cell(ln: Line) -> int | None:
    """Which cell of *ln* is a certified copy's label, else None: the line alone ("SAO Y BẢN
    CHÍNH"), or one cell of a row of the copy's header ("ĐẢNG ỦY XÃ EA NGAI    SAO Y BẢN CHÍNH")."""
    if len(ln.frags) == 1:
        return 0 if is_copy_label(ln.text) else None
    return next((k for k, fr in enumerate(ln.frags) if fr.text[:1] in ("S", "T") and is_copy_label(fr.text)), None)


# header lines when there is no type line: caps lines, "*", "Số …", the date line, rules, separators
#   also a draft's blanks: "Số      -CV/TU" and "Bắc Ninh, ngày    tháng 02 năm 2026" (folded)
_DAY_HINT = r"ngay\s+\d{1,2}\s+thang|ngay\s*+[._…]*+\s*+thang\b"
_DATE_HINT = lazy_re(_DAY_HINT + r"|" + SO_WORD + r"\s*:?\s*\d")
# a date line alone, which ends a wrapped "V/v" subject: "Tân An, ngày 14 tháng 3 năm 2023" (folded)
_DAY_ONLY = lazy_re(_DAY_HINT)
# ... which ends on its year: "… ngày 14 tháng 3 năm 2023", "….": (folded)
_YEAR_END = lazy_re(r"\d{4}\s*\.?\s*$")


def date_cell(text: str, f: str) -> bool:
    """Whether the cell *text* (*f* folded) is a date line: its day in words, nothing before it but a
    place (a capital) and nothing after its year — not a subject's wrapped tail citing a day
    ("ngày 25 tháng 10 năm 2021 của Bộ Chính trị", "của Ban Bí thư ngày 25 tháng 10 năm 2021")."""
    m = _DAY_ONLY.search(f)
    return m is not None and (m.start() == 0 or text[:1].isupper()) and _YEAR_END.search(f, m.end()) is not None

# The start of a number cell, folded: "Số 2150-CV/TU", "SỐ: 05-CT/TW" → "so 2150-cv/tu", "so: 05-ct/tw"
_NUMBER_START = lazy_re(SO_WORD + r"\s*[:.]?\s*\d")


def number_cell(text: str) -> bool:
    """Whether a cell is the document's own number line: "Số 2150-CV/TU", "SỐ: 05-CT/TW".

    Only a capital "Số"/"SỐ" opening the cell: a lower-case "số …" is a wrapped subject going on
    ("V/v triển khai thực hiện Kết luận" / "số 21-KL/TW của Ban Chấp hành", "chống bão số 6").
    """
    return text[:1] == "S" and _NUMBER_START.match(fold(text[:12])) is not None


def vv_wraps(prev: str, text: str) -> bool:
    """Whether ``text``, on the line right under ``prev`` (a "V/v …" line or its wrapped tail) in
    the same column, goes on with the công văn's subject.

    Word exports wrap the subject in the narrow left column: "V/v chuẩn bị tài liệu phục vụ" /
    "Hội nghị Trung ương 8 khóa XIII". A tail is short, in normal case (a caps line there is a
    marking or a header line), ends no sentence and opens no body ("Kính gửi:", "Thực hiện …").
    It may cite a document ("số 21-KL/TW của Ban Chấp hành"): only a date or a number line
    (:func:`number_cell`) ends it.
    """
    if prev.endswith((".", ";", ":", "!", "?")) or text.endswith((".", ";", ":", "!", "?")):
        return False
    if len(text) > 120 or is_caps(text) or RULE.match(text):
        return False
    f = fold(text)
    # (a body opens on a capital: "ngày 06/7/2022 của Bộ Chính trị", "thực hiện Quy định số 30-QĐ/TW"
    # in lower case go on with the subject)
    return not (OPENING.match(f) and not text[:1].islower() or BODY_MARK.match(f) or date_cell(text, f)
                or number_cell(text))


VV_COL = 8  # how far a wrapped subject line may sit from the "V/v" column (centred lines move)


def vv_column(col0: int, text0: str, col: int, text: str) -> bool:
    """Is a cell *text* at *col* in the column of the "V/v …" line *text0* at *col0*: its left edge
    near the line's, or, centred in the column as Word prints it, its middle near the line's
    middle ("V/v tuyên truyền kỷ niệm 100 năm Ngày" / "              21/6/2025)" — audit 24: the
    short last line went to the body)."""
    if abs(col - col0) <= VV_COL:
        return True
    return abs(2 * col + len(text) - 2 * col0 - len(text0)) <= 2 * VV_COL
VV_TAIL = 3  # lines a wrapped "V/v" subject goes on over, at most

# A công văn's number, folded, a draft's blank one too: "so 245-cv/btctu", "so …-cv/tu"
_CV_NUMBER = lazy_re(SO_WORD + r"\s*[:.]?\s*[\d.…_ ]*-\s*cv\s*/")


def cv_number(folded: str) -> bool:
    """Whether a folded cell or line holds a công văn's number ("so 245-cv/btctu")."""
    return "cv" in folded and _CV_NUMBER.search(folded) is not None


def plain_subject(text: str) -> bool:
    """Whether ``text``, typed right under a công văn's number, is its subject written plainly.

    36-HD/VPTW (2018) has the Party công văn state its subject without the State's "V/v" (TB012
    asks for it): "về báo cáo kết quả đánh giá, xếp loại" or "Góp ý dự thảo Báo cáo chính trị"
    under "Số 245-CV/BTCTU". Nothing else is typed there but a marking (capitals) or "Kính gửi:",
    so a line opening with a letter that reads like a wrapped "V/v" line (:func:`vv_wraps`:
    short, not a sentence, no body opening, no date) is the subject.
    """
    return text[:1].isalpha() and vv_wraps("", text)


def lowered_heading(t: str) -> bool:
    """A header cell a web copy lowered: the party line "Đảng Cộng sản Việt Nam", or a body's name
    "Đảng bộ tỉnh Thái Nguyên", "Huyện ủy Định Hóa", "Tỉnh ủy Bình Định" — capitalised, short,
    opening on a body's word, ending no sentence or label, no figures but a ward's ("Phường 12")."""
    if not t[:1].isupper() or len(t) > 80 or t[-1:] in ".;:,!?":
        return False
    f = fold(t)
    return f == PARTY_LINE or BODY_START.match(f) is not None and not any(c.isdigit() for c in t[:-3])


def _header_end_without_type(lines: list[Line]) -> int:
    end = 0
    vv: Line | None = None  # the last line of a "V/v …" subject, while its tail may follow
    vv0: Line | None = None  # its first line, whose column the tail keeps
    tail = 0  # lines of that tail so far
    cv_above = False  # the line above is a công văn's number (or a caps line right under it)
    numbered = False  # a number line was seen
    for i, ln in enumerate(lines[:25]):
        if ln.blank or ln.sep:
            vv = None
            cv_above = False
            continue
        t = ln.text
        f = fold(t)
        if vv is None and cv_above and t[:1].isalpha() and plain_subject(ln.frags[0].text):
            # "về báo cáo kết quả …" right under "Số 245-CV/BTCTU": a công văn's plain subject
            end = i + 1
            vv = vv0 = ln
            tail = 0
            cv_above = False
            continue
        # the line under a công văn's number, or under a marking typed right below it ("KHẨN")
        cv_above = cv_number(f) or cv_above and is_caps(t)
        numbered = numbered or "so" in f and any(number_cell(fr.text) for fr in ln.frags)
        if (vv is not None and tail < VV_TAIL
                and vv_column(vv0.frags[0].col, vv0.frags[0].text, ln.frags[0].col, ln.frags[0].text)
                and vv_wraps(vv.frags[0].text, ln.frags[0].text)):
            end = i + 1  # "Hội nghị Trung ương 8 khóa XIII" under "V/v chuẩn bị tài liệu phục vụ"
            vv, tail = ln, tail + 1
            continue
        vv = None
        if len(t) > 120 and not (len(t) <= 400 and PARTY_LINE in f and _DATE_HINT.search(f)):
            break  # header items are short; a long line is body text — but for a header run into one
            # ("TỈNH ỦY X * Số 245-CV/TU V/v … ĐẢNG CỘNG SẢN VIỆT NAM X, ngày …", audit 24)
        if f.startswith(("v/v", "ve viec")):
            vv = vv0 = ln
            tail = 0
        if is_caps(t) or RULE.match(t) or _DATE_HINT.search(f) or BLANK_NUMBER.search(f) or star_line(t) or f.startswith(("v/v", "ve viec")):
            end = i + 1
            continue
        # (a lowered heading only above the number: under it, a capitalised short line is body text)
        if all(is_caps(fr.text) or _DATE_HINT.search(fold(fr.text)) or not numbered and lowered_heading(fr.text)
               or header_note(fr.text, fold(fr.text)) for fr in ln.frags):
            end = i + 1
            continue
        break
    return end
