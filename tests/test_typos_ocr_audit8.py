"""Regression tests for audit 8: typos, OCR errors and footer quirks that a careful reader still reads.

Each input is a realistic notice (tests/notices.py: a district committee's notice) in the layout
that showed the defect — Word two-column export, web copy (cells between "|" lines, markdown
tables), PDF extraction (one item a line) — and the asserts are exact values.
"""
from __future__ import annotations

import pytest

import tbparse
from tests.notices import DISTRICT_HEAD, DISTRICT_TAIL

# The district notice's body down to its closing formula, without the footer.
BODY = (
    "Ngày 14/10/2022, Ban Thường vụ Huyện ủy họp nghe báo cáo và kết luận như sau:\n"
    "\n"
    "1. Các chi bộ, đảng bộ cơ sở nâng cao chất lượng sinh hoạt chi bộ.\n"
    "\n"
    "2. Ban Tổ chức Huyện ủy theo dõi, đôn đốc việc thực hiện.\n"
    "\n"
    "Văn phòng Huyện ủy thông báo để các chi, đảng bộ cơ sở biết, thực hiện./.\n"
    "\n"
)
CLOSING = "Văn phòng Huyện ủy thông báo để các chi, đảng bộ cơ sở biết, thực hiện./."
RECIPIENTS = ["Các chi, đảng bộ cơ sở", "Lưu VP"]
SIGNATURE = {"authority": [{"mode": "T/L", "body": "BAN THƯỜNG VỤ"}], "position": "CHÁNH VĂN PHÒNG",
             "signer": "Võ Thanh Bình", "note": None}
UNSIGNED = {"authority": [], "position": "CHÁNH VĂN PHÒNG", "signer": "Võ Thanh Bình", "note": None}


def _codes(text: str) -> set[str]:
    return {f.code for f in tbparse.lint(text)}


# --- Defect 1: a recipients list without its "Nơi nhận:" label -------------------------------------

UNLABELLED = {
    # web copy: the list in its own cell above the signature's
    "web cell above": (
        "|\n- Các chi, đảng bộ cơ sở,\n- Lưu VP.\n|\n**T/L BAN THƯỜNG VỤ**\n**CHÁNH VĂN PHÒNG**\n**Võ Thanh Bình**\n|\n",
        SIGNATURE,
    ),
    # web copy without cell borders, a signature with no authority prefix
    "web no border": (
        "- Các chi, đảng bộ cơ sở,\n- Lưu VP.\n\n**CHÁNH VĂN PHÒNG**\n\n**Võ Thanh Bình**\n",
        UNSIGNED,
    ),
    # Word export: the list beside a signature with no prefix
    "word beside": (
        "- Các chi, đảng bộ cơ sở,                        CHÁNH VĂN PHÒNG\n- Lưu VP.\n\n"
        "                                                Võ Thanh Bình\n",
        UNSIGNED,
    ),
    # markdown table row, cells broken by <br>
    "markdown row": (
        "| - Các chi, đảng bộ cơ sở,<br>- Lưu VP. | **CHÁNH VĂN PHÒNG**<br><br>**Võ Thanh Bình** |\n",
        UNSIGNED,
    ),
}


@pytest.mark.parametrize("name", sorted(UNLABELLED))
def test_recipients_without_their_label_are_the_footer(name: str) -> None:
    """Defect 1: the "- …" list beside or above the signature, its label lost, was read as body
    text (a bullet of item 2), the closing was missed and lint said TB026 "no closing formula"."""
    footer, signature = UNLABELLED[name]
    text = DISTRICT_HEAD + BODY + footer
    d = tbparse.parse_dict(text)
    assert d["recipients"] == RECIPIENTS
    assert d["signature"] == signature
    assert d["closing"] == CLOSING
    assert d["sections"][0]["items"][-1]["bullets"] == []
    assert d["unplaced"] == []
    codes = _codes(text)
    assert "TB034" in codes  # the missing label is still reported
    assert not codes & {"TB026", "TB023", "TB038"}


def test_a_body_list_above_the_signature_stays_in_the_body() -> None:
    """Defect 1's limit: a directive's own "- …" list with no closing sentence under it (nothing
    closes it off from the body) is no recipients list."""
    text = DISTRICT_HEAD + (
        "Ngày 14/10/2022, Ban Thường vụ Huyện ủy họp nghe báo cáo và kết luận như sau:\n\n"
        "1. Các chi bộ, đảng bộ cơ sở thực hiện các việc sau:\n"
        "- Rà soát đảng viên;\n"
        "- Báo cáo kết quả về Ban Tổ chức Huyện ủy.\n\n"
        "**CHÁNH VĂN PHÒNG**\n\n**Võ Thanh Bình**\n"
    )
    d = tbparse.parse_dict(text)
    assert d["recipients"] == []
    assert [b["text"] for b in d["sections"][0]["items"][0]["bullets"]] == [
        "Rà soát đảng viên;", "Báo cáo kết quả về Ban Tổ chức Huyện ủy."]
    assert d["signature"] == UNSIGNED


# --- Defect 2: placeholders and authority prefixes in another case ------------------------------------

WEB_LABEL = "|\n__Nơi nhận__:\n- Các chi, đảng bộ cơ sở,\n- Lưu VP.\n|\n"


@pytest.mark.parametrize("footer,note", [
    (WEB_LABEL + "**T/L BAN THƯỜNG VỤ**\n**CHÁNH VĂN PHÒNG**\n(Ký, ghi rõ họ tên)\n**Võ Thanh Bình**\n|\n",
     "(Ký, ghi rõ họ tên)"),
    ("Nơi nhận:                                       T/L BAN THƯỜNG VỤ\n"
     "- Các chi, đảng bộ cơ sở,                        CHÁNH VĂN PHÒNG\n"
     "- Lưu VP.                                      (Ký, ghi rõ họ tên)\n\n"
     "                                                Võ Thanh Bình\n", "(Ký, ghi rõ họ tên)"),
    ("T/L BAN THƯỜNG VỤ\nNơi nhận:\nCHÁNH VĂN PHÒNG\n- Các chi, đảng bộ cơ sở,\n(Chữ ký, dấu)\n- Lưu VP.\n"
     "Võ Thanh Bình\n", "(Chữ ký, dấu)"),
], ids=["web", "word", "pdf"])
def test_a_template_placeholder_is_the_signature_note(footer: str, note: str) -> None:
    """Defect 2: "(Ký, ghi rõ họ tên)" left from a template was a recipient (web: an entry typed
    without "- " in the label's column; PDF: one of the list) or unplaced text (Word)."""
    text = DISTRICT_HEAD + BODY + footer
    d = tbparse.parse_dict(text)
    assert d["recipients"] == RECIPIENTS
    assert d["signature"] == dict(SIGNATURE, note=note)
    assert d["unplaced"] == []
    codes = _codes(text)
    assert "TB033" in codes  # the placeholder is reported as such
    assert not codes & {"TB035", "TB036", "TB037", "TB000"}


@pytest.mark.parametrize("footer,signature", [
    (WEB_LABEL + "**T/l BAN THƯỜNG VỤ**\n**CHÁNH VĂN PHÒNG**\n**Võ Thanh Bình**\n|\n", SIGNATURE),
    (WEB_LABEL + "t/m ban thường vụ\nphó bí thư\nVõ Thanh Bình\n|\n",
     {"authority": [{"mode": "T/M", "body": "ban thường vụ"}], "position": "phó bí thư",
      "signer": "Võ Thanh Bình", "note": None}),
    ("Nơi nhận:                                       T/m Ban Thường vụ\n"
     "- Các chi, đảng bộ cơ sở,                        Phó Bí thư\n- Lưu VP.\n\n"
     "                                                Võ Thanh Bình\n",
     {"authority": [{"mode": "T/M", "body": "Ban Thường vụ"}], "position": "Phó Bí thư",
      "signer": "Võ Thanh Bình", "note": None}),
    ("T/l BAN THƯỜNG VỤ\nNơi nhận:\nCHÁNH VĂN PHÒNG\n- Các chi, đảng bộ cơ sở,\n- Lưu VP.\nVõ Thanh Bình\n", SIGNATURE),
], ids=["web T/l", "web lower case", "word mixed case", "pdf T/l"])
def test_an_authority_prefix_in_any_case_opens_the_signature(footer: str, signature: dict) -> None:
    """Defect 2: "T/l BAN THƯỜNG VỤ", "t/m ban thường vụ" were a recipient or unplaced (the
    prefix was taken only in capitals); the PDF lost its closing. TB029 reports the case."""
    text = DISTRICT_HEAD + BODY + footer
    d = tbparse.parse_dict(text)
    assert d["signature"] == signature
    assert d["recipients"] == RECIPIENTS
    assert d["closing"] == CLOSING
    assert d["unplaced"] == []
    codes = _codes(text)
    assert "TB029" in codes
    assert not codes & {"TB035", "TB036", "TB037", "TB028", "TB000"}


def test_a_surname_that_reads_like_a_title_stays_the_signer() -> None:
    """Defect 2's limit: under "t/m ban thường vụ", "Trương Văn An" is the signer, not a position
    ("Trưởng …" folds to the same letters)."""
    text = DISTRICT_HEAD + BODY + WEB_LABEL + "t/m ban thường vụ\nTrương Văn An\n|\n"
    d = tbparse.parse_dict(text)
    assert d["signature"] == {"authority": [{"mode": "T/M", "body": "ban thường vụ"}], "position": None,
                              "signer": "Trương Văn An", "note": None}


# --- Defect 3 and the type line's typos ----------------------------------------------------------------

HEAD_LINES = DISTRICT_HEAD.split("\n\n")[0] + "\n\n"  # down to the number and date line
SUBJECT = "kết luận của Ban Thường vụ Huyện ủy về công tác xây dựng Đảng"
OPENING = "Ban Thường vụ Huyện ủy đã họp nghe Ban Tổ chức báo cáo và kết luận như sau:\n\n"


@pytest.mark.parametrize("title", [
    "         THÔNG BÁO " + SUBJECT + "\n                                -----\n\n",  # Word export
    "THÔNG BÁO " + SUBJECT + "\n\n",  # web copy, no rule
    "**THÔNG BÁO** " + SUBJECT + "\n\n",  # web copy, the name alone in bold
], ids=["word", "web", "web bold"])
def test_type_name_and_subject_on_one_line(title: str) -> None:
    """Defect 3: "THÔNG BÁO kết luận của …" typed on one line gave no type and no subject (the
    type line had to be all capitals); TB019 now asks for the subject on its own line."""
    text = HEAD_LINES + title + OPENING + DISTRICT_TAIL
    d = tbparse.parse_dict(text)
    assert d["doc_type"] == "THÔNG BÁO"
    assert d["subject"] == SUBJECT
    assert d["preamble"][0]["text"] == OPENING.strip()
    assert d["unplaced"] == []
    found = [(f.code, f.message) for f in tbparse.lint(text) if f.code in ("TB019", "TB038")]
    assert found == [("TB019", "put the subject on its own line under «THÔNG BÁO»")]


def test_type_line_with_a_draft_marking() -> None:
    """"THÔNG BÁO (Dự thảo)" is the type line with a marking, not a type line missing."""
    text = HEAD_LINES + "THÔNG BÁO (Dự thảo)\n" + SUBJECT + "\n-----\n\n" + OPENING + DISTRICT_TAIL
    d = tbparse.parse_dict(text)
    assert (d["doc_type"], d["subject"], d["markings"]) == ("THÔNG BÁO", SUBJECT, ["(Dự thảo)"])


# the type name as OCR and hurried typists leave it; the reader still sees "THÔNG BÁO"
GARBLED_TYPE = ["T H Ô N G   B Á O", "T H Ô N G     B Á O", "THÔNG BÁ0", "TH0NG BÁO", "THÔNC BÁO",
                "THÔMG BÁO", "THÔNGBÁO", "THÔNG-BÁO", "THÔNG B ÁO", "TH ÔNG BÁO"]


@pytest.mark.parametrize("typed", GARBLED_TYPE)
@pytest.mark.parametrize("layout", ["word", "web", "pdf"])
def test_a_garbled_type_name_is_still_the_type_line(typed: str, layout: str) -> None:
    """Audit 8: a letter-spaced or OCR-garbled type name gave no type and no subject (Word, PDF), or
    the caps subject under it was taken for a type "KẾT LUẬN" (web)."""
    subject = "KẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY VỀ CÔNG TÁC XÂY DỰNG ĐẢNG"
    if layout == "word":
        title = f"                              {typed}\n           {subject}\n                                -----\n\n"
    elif layout == "web":
        title = f"**{typed}**\n\n{subject}\n\n-----\n\n"
    else:
        title = f"{typed}\n{subject}\n"
    text = HEAD_LINES + title + OPENING + DISTRICT_TAIL
    d = tbparse.parse_dict(text)
    assert " ".join(d["doc_type"].split()) == " ".join(typed.split())  # as printed
    assert d["subject"] == subject
    assert d["unplaced"] == []


@pytest.mark.parametrize("typed", ["THÔNG BÁO:", "Thông báo"])
def test_a_type_line_tb019_names_leaves_the_subject_alone(typed: str) -> None:
    """"THÔNG BÁO:" and "Thông báo" stay unread (TB019 names their fault), but the caps subject
    under them was read as the type "KẾT LUẬN" with the subject «CỦA BAN …»."""
    text = HEAD_LINES + f"**{typed}**\n\nKẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY\n\n-----\n\n" + OPENING + DISTRICT_TAIL
    d = tbparse.parse_dict(text)
    assert d["doc_type"] is None
    assert "TB019" in _codes(text)


@pytest.mark.parametrize("line", ["BAN CÁN SỰ ĐẢNG", "BẢN SAO", "DỰ THẢO", "TỐI MẬT", "HỎA TỐC", "CHI BỘ",
                                  "QUẬN ỦY", "THÀNH ỦY", "ĐẢNG ỦY KHỐI"])
def test_fuzzy_type_names_take_no_header_line(line: str) -> None:
    """The fuzzy match is one edit from a name of 7 letters or more: no other short caps line of a
    header is within it."""
    from tbparse.lines import split_lines
    from tbparse.steps.zones import type_name_end

    assert type_name_end(split_lines(line)[0]) is None


# --- Defect 4: number-line typos ------------------------------------------------------------------------

def _with_number(typed: str, head: str = DISTRICT_HEAD) -> str:
    return head.replace("Số 45-TB/HU", typed) + BODY + DISTRICT_TAIL


@pytest.mark.parametrize("typed,raw", [
    ("Số 45-TB.HU", "45-TB.HU"),  # a dot for the slash
    ("Số 45 TB-HU", "45 TB-HU"),  # a space for the hyphen, a hyphen for the slash
    ("Số 45-TB-HU", "45-TB-HU"),
    ("Số 45.TB/HU", "45.TB/HU"),
    ("Số 45/TB/HU", "45/TB/HU"),
    ("Số 45 - TB . HU", "45-TB.HU"),
])
def test_a_number_with_a_separator_mistyped_is_read(typed: str, raw: str) -> None:
    """Defect 4: "Số 12-TB.TU", "Số 12 TB-TU" lost the number (unparsed-number, unplaced). It is
    read, kept as typed in raw, and a warning says how to write it."""
    d = tbparse.parse_dict(_with_number(typed))
    assert d["number"] == {"raw": raw, "seq": 45, "type_code": "TB", "issuer_code": "HU"}
    assert [(w["code"], w["line"], w["message"]) for w in d["warnings"]] == [
        ("mistyped-number", 4, f"number «{raw}» has a separator mistyped: write 45-TB/HU")]
    assert d["unplaced"] == []


def test_a_mistyped_number_beside_the_date_in_one_cell() -> None:
    """The number and the date in one fragment (a narrow gap): the number is cut at its end."""
    head = DISTRICT_HEAD.replace("   Số 45-TB/HU                              Đức Hòa",
                                 "   Số 45 TB-HU  Đức Hòa")
    d = tbparse.parse_dict(head + BODY + DISTRICT_TAIL)
    assert d["number"]["raw"] == "45 TB-HU"
    assert (d["place"], d["date"]) == ("Đức Hòa", "2022-10-18")


@pytest.mark.parametrize("typed", ["Số 45-XY.HU", "Số 45 Lê-Lợi"])
def test_a_loose_number_needs_a_known_type_code(typed: str) -> None:
    """Defect 4's limit: without a known type code the line stays "not understood"."""
    d = tbparse.parse_dict(_with_number(typed))
    assert d["number"] is None
    assert [w["code"] for w in d["warnings"]][:1] == ["unparsed-number"]


def test_a_party_number_in_the_state_order_with_the_party_heading() -> None:
    """Defect 4: "Số: 45/TB-HU" under "ĐẢNG CỘNG SẢN VIỆT NAM" is a Party notice whose number is
    typed in the State's order: kept with its raw form, reported by TB007."""
    text = _with_number("Số: 45/TB-HU")
    d = tbparse.parse_dict(text)
    assert d["number"] == {"raw": "45/TB-HU", "seq": 45, "type_code": "TB", "issuer_code": "HU"}
    assert d["layout"]["rejected"] is None
    assert "TB007" in _codes(text)


def test_a_party_number_in_the_state_order_without_the_heading() -> None:
    """Defect 4: with the heading lost (a web copy's cell), "Số: 45/TB-HU" made the notice a State
    document ("not a Party document: State number 45/TB-HU"); a Party committee's code "HU" says
    Party. A State body's code still rejects it."""
    head = DISTRICT_HEAD.replace("ĐẢNG CỘNG SẢN VIỆT NAM", "")
    d = tbparse.parse_dict(_with_number("Số: 45/TB-HU", head))
    assert d["number"]["raw"] == "45/TB-HU"
    with pytest.raises(tbparse.NotPartyDocument, match="State number 45/TB-UBND"):
        tbparse.parse_dict(_with_number("Số: 45/TB-UBND", head))


# --- Audit: the footer's keywords as typos and OCR leave them -------------------------------------------

DISTRICT_FOOTER = DISTRICT_HEAD + BODY + (
    "Nơi nhận:                                       T/M BAN THƯỜNG VỤ\n"
    "- Các chi, đảng bộ cơ sở,                        K/T BÍ THƯ\n"
    "- Lưu VP.                                        PHÓ BÍ THƯ\n"
    "\n"
    "                                                Võ Thanh Bình\n"
)
TM_KT = [{"mode": "T/M", "body": "BAN THƯỜNG VỤ"}, {"mode": "K/T", "body": "BÍ THƯ"}]


@pytest.mark.parametrize("typed", ["Nơi nhận;", "Nơi nhận.", "Nơi nhận::", "Nơi nhận -", "Nơinhận:",
                                   "Nơi nhậ n:", "Nơi nbận:", "Nơi nhân:", "Nơi nhận :", "NƠI NHẬN:"])
def test_a_mistyped_recipients_label(typed: str) -> None:
    """"Nơi nhận;" gave an empty first recipient; "Nơinhận:", "Nơi nbận:" (one letter or space
    garbled) were unplaced text. "Nơi nhân:" and "Nơi nhận :" were and stay read."""
    d = tbparse.parse_dict(DISTRICT_FOOTER.replace("Nơi nhận:", typed))
    assert d["recipients"] == RECIPIENTS
    assert d["layout"]["recipients_label"] == 18
    assert d["unplaced"] == []


@pytest.mark.parametrize("typed", ["Nội dung:", "Nhận xét:", "Nơi ở:"])
def test_a_label_like_cell_is_no_label(typed: str) -> None:
    from tbparse.fold import fold
    from tbparse.vocab import recipients_label

    assert recipients_label(fold(typed)) is None


@pytest.mark.parametrize("old,typed", [
    ("T/M BAN THƯỜNG VỤ", "T / M BAN THƯỜNG VỤ"),
    ("T/M BAN THƯỜNG VỤ", "T/ M BAN THƯỜNG VỤ"),
    ("T/M BAN THƯỜNG VỤ", "T\\M BAN THƯỜNG VỤ"),
    ("T/M BAN THƯỜNG VỤ", "TM BAN THƯỜNG VỤ"),
    ("T/M BAN THƯỜNG VỤ", "T/N BAN THƯỜNG VỤ"),
    ("T/M BAN THƯỜNG VỤ", "I/M BAN THƯỜNG VỤ"),
    ("T/M BAN THƯỜNG VỤ", "T/MBAN THƯỜNG VỤ"),
    ("T/M BAN THƯỜNG VỤ", "T/M. BAN THƯỜNG VỤ"),
    ("T/M BAN THƯỜNG VỤ", "T/M BAN THƯỜNG VỤ,"),
    ("K/T BÍ THƯ", "K/ T BÍ THƯ"),
    ("K/T BÍ THƯ", "KT/ BÍ THƯ"),
    ("K/T BÍ THƯ", "KT BÍ THƯ"),
    ("K/T BÍ THƯ", "K/I BÍ THƯ"),
    ("K/T BÍ THƯ", "K/TBÍ THƯ"),
])
def test_a_garbled_authority_prefix(old: str, typed: str) -> None:
    """"T / M", "TM", "T/N", "KT/", "K/TBÍ THƯ" … were no prefix: the line was glued to the one
    above ("BAN THƯỜNG VỤ K/ T BÍ THƯ") or taken for the position ("T / M BAN THƯỜNG VỤ K/T …").
    The reading is the prefix a reader sees; "T/M." leaves no dot in the body."""
    d = tbparse.parse_dict(DISTRICT_FOOTER.replace(old, typed))
    assert d["signature"]["authority"] == TM_KT
    assert (d["signature"]["position"], d["signature"]["signer"]) == ("PHÓ BÍ THƯ", "Võ Thanh Bình")
    assert d["recipients"] == RECIPIENTS


@pytest.mark.parametrize("line", ["TMBAN THƯỜNG VỤ", "T/LNG AN", "KT-XH PHÁT TRIỂN", "TỈNH ỦY"])
def test_no_prefix_read_into_other_caps_text(line: str) -> None:
    from tbparse.vocab import authority

    assert authority(line) is None


def test_a_letter_spaced_party_heading() -> None:
    """"Đ Ả N G  C Ộ N G  S Ả N  V I Ệ T  N A M" was glued to the issuer ("TỈNH ỦY … Đ Ả N G …")."""
    head = DISTRICT_HEAD.replace("ĐẢNG CỘNG SẢN VIỆT NAM", "Đ Ả N G  C Ộ N G  S Ả N  V I Ệ T  N A M")
    d = tbparse.parse_dict(head + BODY + DISTRICT_TAIL)
    assert d["party"] == "Đ Ả N G C Ộ N G S Ả N V I Ệ T N A M"
    assert d["issuer"] == {"name": "HUYỆN ỦY ĐỨC HÒA", "parent": "ĐẢNG BỘ TỈNH LONG AN"}


def test_a_comma_inside_a_wrapped_authority_title_is_kept() -> None:
    # "KT. BỘ TRƯỞNG," / "CHỦ NHIỆM" (corpus 014, a State notice): the stray-mark rule of audit 8 took
    # the comma off the first line before the second was joined — "BỘ TRƯỞNG CHỦ NHIỆM"
    import tbparse

    text = (
        "TỈNH ỦY BÌNH THUẬN                         ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "         *\n"
        "Số 05-TB/TU                        Phan Thiết, ngày 16 tháng 5 năm 2019\n\n"
        "THÔNG BÁO\nkết luận của Thường trực Tỉnh ủy\n-----\n\n"
        "1. Các cấp ủy thực hiện tốt./.\n\n"
        "Nơi nhận:                                  T/M BAN THƯỜNG VỤ,\n"
        "- Như trên,                                TỈNH ỦY\n"
        "- Lưu VP.                                  PHÓ BÍ THƯ\n\n"
        "                                           Nguyễn Văn An\n"
    )
    sig = tbparse.parse_dict(text)["signature"]
    assert sig["authority"] == [{"mode": "T/M", "body": "BAN THƯỜNG VỤ, TỈNH ỦY"}]
    # a stray mark at the end of the whole body still goes
    sig = tbparse.parse_dict(text.replace("T/M BAN THƯỜNG VỤ,", "T/M BAN THƯỜNG VỤ ").replace(
        "TỈNH ỦY\n", "TỈNH ỦY,\n"))["signature"]
    assert sig["authority"] == [{"mode": "T/M", "body": "BAN THƯỜNG VỤ TỈNH ỦY"}]
