"""The footer of Party documents (audit 24): signature blocks, recipients, a draft's blanks and
certified copies' blocks, in the layouts archives keep them in. What broke is pinned here, in
every layout it broke."""
from __future__ import annotations

import pytest

import tbparse

from . import layouts
from .test_audit23_footer import CLOSING, HEAD, TM


def _lint_codes(text: str) -> list[tuple[str, str]]:
    return [(f.code, f.severity) for f in tbparse.lint(text) if f.code in ("TB000", "TB028", "TB035")]


# --- a recipient entry wrapped in a flush-left footer ------------------------------------------

SIG = "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n(Đã ký)\nNguyễn Văn Thuận\n"
WIDE = "- Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy,"  # the list's longest line: it wrapped


def _flush(entries: str, sig_first: bool = False, term: str = ",") -> str:
    lst = f"Nơi nhận:\n- Thường trực Huyện ủy{term}\n" + entries + "- Lưu VP.\n"
    return HEAD + (SIG + lst if sig_first else lst + SIG)


WRAPPED_FLUSH = {
    # a PDF extraction without -layout or a web copy keeps no indent: a line ending with "," that
    # could not have held the next word is a wrapped line, its tail no entry of its own
    "comma, capital": (WIDE + "\nỦy ban Kiểm tra Huyện ủy,\n", WIDE + " Ủy ban Kiểm tra Huyện ủy"),
    "comma, capital, signature first": (WIDE + "\nỦy ban Kiểm tra Huyện ủy,\n", WIDE + " Ủy ban Kiểm tra Huyện ủy"),
    # a place's name wrapped off an unterminated entry was the signer, the signer unplaced
    "place name, no terminators": ("- Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy\nKhánh Hòa\n",
                                   "- Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy Khánh Hòa"),
    "place name after a comma": (WIDE + "\nGia Lai\n", WIDE + " Gia Lai"),
    # entries ending with ";": a "," ending a line is inside an entry (the line need not be full)
    "semicolons": ("- Ban Tổ chức Huyện ủy;\n- Các đồng chí Huyện ủy viên,\nỦy ban Kiểm tra;\n",
                   "- Các đồng chí Huyện ủy viên, Ủy ban Kiểm tra"),
}


@pytest.mark.parametrize("case", list(WRAPPED_FLUSH))
def test_a_wrapped_entry_in_a_flush_left_footer_is_one_entry(case: str) -> None:
    entries, joined = WRAPPED_FLUSH[case]
    semi = case == "semicolons"
    text = _flush(entries, sig_first="first" in case, term=";" if semi else ",")
    d = tbparse.parse_dict(text)
    middle = (["Ban Tổ chức Huyện ủy"] if semi else []) + [joined[2:].rstrip(",;")]
    assert d["recipients"] == ["Thường trực Huyện ủy", *middle, "Lưu VP"]
    assert (d["signature"]["position"], d["signature"]["signer"]) == ("PHÓ BÍ THƯ", "Nguyễn Văn Thuận")
    assert d["unplaced"] == []
    assert d["closing"] == CLOSING
    assert _lint_codes(text) == []


@pytest.mark.parametrize("layout", [layouts.web, layouts.pdf], ids=["web", "pdf"])
def test_a_wrapped_entry_beside_the_signature_re_typeset_flush_left(layout) -> None:  # noqa: ANN001
    # the same footer typed in two columns, re-typeset as a web copy and a PDF gives it
    footer = ("Nơi nhận:                                              T/M BAN THƯỜNG VỤ\n"
              "- Thường trực Huyện ủy,                                   PHÓ BÍ THƯ\n"
              "- Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy,\n"
              "Ủy ban Kiểm tra Huyện ủy,                                   (Đã ký)\n"
              "- Lưu VP.\n"
              "                                                       Nguyễn Văn Thuận\n")
    d = tbparse.parse_dict(layout(HEAD + footer))
    assert d["recipients"] == ["Thường trực Huyện ủy",
                               "Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Ủy ban Kiểm tra Huyện ủy", "Lưu VP"]
    assert d["signature"]["signer"] == "Nguyễn Văn Thuận" and d["unplaced"] == []


@pytest.mark.parametrize("sig_first", [False, True], ids=["list first", "signature first"])
def test_a_dashless_entry_under_a_line_with_room_is_still_an_entry(sig_first: bool) -> None:
    # "- Ban Tổ chức Huyện ủy," had room for "Văn": the line under it is an entry missing its dash
    # (TB035), not its wrap — and so is a dashless filing entry under a full line
    for entries, want in (("- Ban Tổ chức Huyện ủy,\nVăn phòng Huyện ủy,\n", ["Ban Tổ chức Huyện ủy", "Văn phòng Huyện ủy"]),
                          (WIDE + "\n", [WIDE[2:-1]])):
        text = _flush(entries, sig_first)
        d = tbparse.parse_dict(text)
        assert d["recipients"] == ["Thường trực Huyện ủy", *want, "Lưu VP"]
        assert d["signature"]["signer"] == "Nguyễn Văn Thuận"
    text = HEAD + "Nơi nhận:\n- Thường trực Huyện ủy,\n" + WIDE + "\nLưu VP.\n" + SIG
    assert tbparse.parse_dict(text)["recipients"] == ["Thường trực Huyện ủy", WIDE[2:-1], "Lưu VP"]


def test_a_capital_line_under_an_entry_in_a_word_export_stays_an_entry() -> None:
    # in two columns a line break is the typist's: at the dash's column it is an entry missing its dash
    footer = ("Nơi nhận:                                              T/M BAN THƯỜNG VỤ\n"
              "- Thường trực Huyện ủy,                                   PHÓ BÍ THƯ\n"
              "- Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy,\n"
              "Ủy ban Kiểm tra Huyện ủy,\n"
              "- Lưu VP.                                              Nguyễn Văn Thuận\n")
    d = tbparse.parse_dict(HEAD + footer)
    assert d["recipients"][1:3] == ["Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy", "Ủy ban Kiểm tra Huyện ủy"]
    assert [c for c, _ in _lint_codes(HEAD + footer)] == ["TB035"]


def test_a_name_under_the_last_entry_with_no_name_below_is_the_signer() -> None:
    # a PDF's interleaved footer: the name right under an unterminated entry is still the signer
    text = HEAD + "Nơi nhận:\nT/M BAN THƯỜNG VỤ\n- Thường trực Huyện ủy,\nBÍ THƯ\n- Các đồng chí Huyện ủy viên\nLò Văn Puôn\n"
    d = tbparse.parse_dict(text)
    assert d["recipients"] == ["Thường trực Huyện ủy", "Các đồng chí Huyện ủy viên"]
    assert d["signature"]["signer"] == "Lò Văn Puôn"


# --- a draft's placeholder for the signer's name ------------------------------------------------

PLACEHOLDERS = ["……………………", "...........", ". . . . . . . .", "Nguyễn Văn ……"]


@pytest.mark.parametrize("dots", PLACEHOLDERS)
@pytest.mark.parametrize("layout", [str, layouts.web, layouts.pdf, layouts.markdown_br],
                         ids=["word", "web", "pdf", "markdown-br"])
def test_a_name_placeholder_is_the_signers_blank(dots: str, layout) -> None:  # noqa: ANN001
    # "……" under the signature was unplaced (TB000), "..........." silently dropped: a draft's
    # blank for the name, kept in layout.signature.signer_blank, the draft's TB028 an info
    footer = ("Nơi nhận:                                              T/M BAN THƯỜNG VỤ\n"
              "- Thường trực Huyện ủy,                                   PHÓ BÍ THƯ\n"
              "- Lưu VP.\n\n"
              f"                                                     {dots}\n")
    text = layout(HEAD + footer)
    d = tbparse.parse_dict(text)
    assert d["signature"] == {"authority": TM, "position": "PHÓ BÍ THƯ", "signer": None, "note": None}
    assert d["recipients"] == ["Thường trực Huyện ủy", "Lưu VP"]
    assert d["unplaced"] == []
    blank = d["layout"]["signature"]["signer_blank"]
    assert blank["text"] == dots and dots in text.splitlines()[blank["line"] - 1]
    assert _lint_codes(text) == [("TB028", "info")]


def test_a_placeholder_under_the_template_note() -> None:
    text = HEAD + ("Nơi nhận:\n- Thường trực Huyện ủy,\n- Lưu VP.\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n"
                   "(Ký, ghi rõ họ tên)\n.......................\n")
    d = tbparse.parse_dict(text)
    assert (d["signature"]["note"], d["signature"]["signer"]) == ("(Ký, ghi rõ họ tên)", None)
    assert d["layout"]["signature"]["signer_blank"]["text"] == "......................."
    assert d["unplaced"] == []


def test_dots_are_no_placeholder_once_the_name_is_read_nor_in_the_list_column() -> None:
    # under the name the dots are stray (and, dots only, still nothing); in the list's column,
    # the signature standing right of it, they are no name's place either
    d = tbparse.parse_dict(HEAD + "Nơi nhận:\n- Lưu VP.\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nNguyễn Văn Thuận\n……\n")
    assert d["signature"]["signer"] == "Nguyễn Văn Thuận"
    assert "signer_blank" not in d["layout"]["signature"]
    assert [u["text"] for u in d["unplaced"]] == ["……"]
    footer = ("Nơi nhận:                                              T/M BAN THƯỜNG VỤ\n"
              "- Thường trực Huyện ủy,                                   PHÓ BÍ THƯ\n"
              "……\n"
              "- Lưu VP.                                              Nguyễn Văn Thuận\n")
    d = tbparse.parse_dict(HEAD + footer)
    assert d["signature"]["signer"] == "Nguyễn Văn Thuận" and "signer_blank" not in d["layout"]["signature"]


def test_a_partly_typed_name_placeholder_keeps_its_words() -> None:
    from .lossless import missing_words

    text = HEAD + "Nơi nhận:\n- Lưu VP.\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nNguyễn Văn ……\n"
    d = tbparse.parse_dict(text)
    assert d["layout"]["signature"]["signer_blank"]["text"] == "Nguyễn Văn ……"
    assert not missing_words(text, d)


def test_dots_filling_the_signing_space_over_the_name_are_no_blank() -> None:
    # "………" over the name only fills the signing space: no placeholder, no stray text (TB000)
    footer = ("Nơi nhận:                                              T/M BAN THƯỜNG VỤ\n"
              "- Thường trực Huyện ủy,                                   PHÓ BÍ THƯ\n"
              "- Lưu VP.\n"
              "                                                        ………………\n"
              "                                                        Nguyễn Văn Dũng\n")
    d = tbparse.parse_dict(HEAD + footer)
    assert d["signature"]["signer"] == "Nguyễn Văn Dũng" and "signer_blank" not in d["layout"]["signature"]
    assert d["unplaced"] == []


def test_a_placeholder_typed_after_tabs_stands_in_the_signatures_column() -> None:
    # "\t\t\t\t……": its index (4) is near the label's column, where it is printed (32) is not
    text = HEAD + "Nơi nhận:\t\t\tT/M BAN THƯỜNG VỤ\n- Thường trực Huyện ủy,\t\t\tPHÓ BÍ THƯ\n- Lưu VP.\n\t\t\t\t…………………\n"
    d = tbparse.parse_dict(text)
    assert d["layout"]["signature"]["signer_blank"]["text"] == "…………………" and d["unplaced"] == []


# --- joint signature blocks beside the recipients' column ----------------------------------------

JOINT_BESIDE_LIST = """\
Nơi nhận:                                 TRƯỞNG BAN DÂN VẬN            TRƯỞNG BAN TỔ CHỨC
- Thường trực Huyện ủy,
- Các chi, đảng bộ trực thuộc,                (Đã ký)                        (Đã ký)
- Lưu BDV, BTC.
                                           Hồ Thị Mai                   Nguyễn Đình Long
"""
JOINT_BESIDE_LIST_KT = """\
Nơi nhận:                                   K/T TRƯỞNG BAN TỔ CHỨC       TRƯỞNG BAN DÂN VẬN
- Thường trực Huyện ủy,                      PHÓ TRƯỞNG BAN
- Lưu BTC, BDV.                                  (Đã ký)                   (Đã ký)
                                            Lê Văn Hai                 Trần Thị Ba
"""


def _parse_any(text: "str | bytes") -> dict:
    from tbparse.parser import parse_source
    from tbparse.source import from_docx_bytes

    if isinstance(text, bytes):
        return parse_source(from_docx_bytes(text, path="x.docx"), reject=False)
    return tbparse.parse_dict(text)


@pytest.mark.parametrize("layout", [str, layouts.web, layouts.pdf, layouts.markdown_br, layouts.docx],
                         ids=["word", "web", "pdf", "markdown-br", "docx"])
def test_joint_blocks_in_columns_of_their_own_beside_the_list(layout) -> None:  # noqa: ANN001
    # three columns — the list, then a block for each body: the heads' row holds the label, so the
    # blocks were not read apart: one position "TRƯỞNG BAN DÂN VẬN TRƯỞNG BAN TỔ CHỨC", the second
    # note and name unplaced (Word export, PDF, .docx)
    d = _parse_any(layout(HEAD + JOINT_BESIDE_LIST))
    s = d["signature"]
    assert (s["position"], s["note"], s["signer"]) == ("TRƯỞNG BAN DÂN VẬN", "(Đã ký)", "Hồ Thị Mai")
    assert [(c["position"], c["signer"]) for c in s["cosigners"]] == [("TRƯỞNG BAN TỔ CHỨC", "Nguyễn Đình Long")]
    assert d["recipients"] == ["Thường trực Huyện ủy", "Các chi, đảng bộ trực thuộc", "Lưu BDV, BTC"]
    assert d["unplaced"] == []
    d = _parse_any(layout(HEAD + JOINT_BESIDE_LIST_KT))
    s = d["signature"]
    assert (s["authority"], s["position"], s["signer"]) == (
        [{"mode": "K/T", "body": "TRƯỞNG BAN TỔ CHỨC"}], "PHÓ TRƯỞNG BAN", "Lê Văn Hai")
    assert [(c["position"], c["signer"]) for c in s["cosigners"]] == [("TRƯỞNG BAN DÂN VẬN", "Trần Thị Ba")]
    assert d["recipients"] == ["Thường trực Huyện ủy", "Lưu BTC, BDV"] and d["unplaced"] == []


# --- a position over two lines under the authority ----------------------------------------------

@pytest.mark.parametrize("layout", [str, layouts.web, layouts.pdf, layouts.docx], ids=["word", "web", "pdf", "docx"])
def test_a_heads_title_under_the_authority_is_the_positions_not_the_bodys(layout) -> None:  # noqa: ANN001
    # "T/M BAN CHỈ ĐẠO" / "TRƯỞNG BAN" / "PHÓ BÍ THƯ HUYỆN ỦY": in a cell (web, .docx) the lines came
    # together and "TRƯỞNG BAN" went to the body ("BAN CHỈ ĐẠO TRƯỞNG BAN"); beside the list it was the position's
    footer = ("Nơi nhận:                                        T/M BAN CHỈ ĐẠO\n"
              "- Thường trực Tỉnh ủy,                              TRƯỞNG BAN\n"
              "- Các thành viên Ban Chỉ đạo,\n"
              "- Lưu VP.                                         PHÓ BÍ THƯ HUYỆN ỦY\n"
              "                                                  Trần Văn Tí\n")
    s = _parse_any(layout(HEAD + footer))["signature"]
    assert s["authority"] == [{"mode": "T/M", "body": "BAN CHỈ ĐẠO"}]
    assert s["position"] == "TRƯỞNG BAN PHÓ BÍ THƯ HUYỆN ỦY" and s["signer"] == "Trần Văn Tí"


def test_a_schools_name_wrapped_under_the_authority_stays_the_bodys() -> None:
    # "TRƯỜNG" (a school) folds as "TRƯỞNG" (a head) does: the tones tell them apart
    s = tbparse.parse_dict(HEAD + "Nơi nhận:\n- Lưu VP.\n\n|\nT/M ĐẢNG ỦY\nTRƯỜNG ĐẠI HỌC TÂY NGUYÊN\nBÍ THƯ\n"
                           "Nguyễn Văn Tám\n|\n")["signature"]
    assert s["authority"] == [{"mode": "T/M", "body": "ĐẢNG ỦY TRƯỜNG ĐẠI HỌC TÂY NGUYÊN"}]
    assert (s["position"], s["signer"]) == ("BÍ THƯ", "Nguyễn Văn Tám")


# --- OCR: a prefix whose slash became a space, a copy note without its brackets -----------------

@pytest.mark.parametrize("typed, mode", [("T M BAN THƯỜNG VỤ", "T/M"), ("T L BAN THƯỜNG VỤ", "T/L"), ("K T BÍ THƯ", "K/T")])
def test_a_prefix_whose_slash_was_read_as_a_space_is_the_prefix(typed: str, mode: str) -> None:
    # "T M BAN THƯỜNG VỤ" was no authority: the line ran into the position ("T M BAN THƯỜNG VỤ PHÓ BÍ THƯ")
    text = HEAD + (f"Nơi nhận:                                        {typed}\n"
                   "- Thường trực Huyện ủy,                              PHÓ BÍ THƯ\n- Lưu VP.\n"
                   "                                                  Nguyễn Văn Hai\n")
    s = tbparse.parse_dict(text)["signature"]
    assert s["authority"] == [{"mode": mode, "body": typed[4:]}] and s["position"] == "PHÓ BÍ THƯ"
    assert [f.message for f in tbparse.lint(text) if f.code == "TB029"] == [
        f'write the authority prefix "{mode}", not «{typed[:3]}»']


def test_a_spaced_letter_pair_before_no_body_is_no_prefix() -> None:
    from tbparse.vocab import authority

    assert [authority(t) for t in ("T M", "K T TOÁN", "T M H")] == [None, None, None]


@pytest.mark.parametrize("bare", ["Đã ký", "đã ký và đóng dấu", "Đã ký, đóng dấu", "/đã ký/"])
@pytest.mark.parametrize("layout", [str, layouts.web, layouts.pdf], ids=["word", "web", "pdf"])
def test_a_copy_note_without_its_brackets_is_the_note(bare: str, layout) -> None:  # noqa: ANN001
    # "Đã ký" under the position was unplaced (TB000) beside TB033's "put the copy note in brackets"
    text = layout(HEAD + ("Nơi nhận:                                        T/M BAN THƯỜNG VỤ\n"
                          "- Thường trực Huyện ủy,                              PHÓ BÍ THƯ\n"
                          f"- Lưu VP.                                         {bare}\n"
                          "                                                  Nguyễn Văn Hai\n"))
    d = tbparse.parse_dict(text)
    assert (d["signature"]["note"], d["signature"]["signer"]) == (bare, "Nguyễn Văn Hai")
    assert d["recipients"] == ["Thường trực Huyện ủy", "Lưu VP"] and d["unplaced"] == []
    assert "TB000" not in [f.code for f in tbparse.lint(text)]


def test_an_entry_opening_with_the_notes_words_stays_an_entry() -> None:
    d = tbparse.parse_dict(HEAD + "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nđã ký\nNguyễn Văn Hai\nNơi nhận:\n"
                           "- Thường trực Huyện ủy,\n- Đã ký kết với các đơn vị,\n- Lưu VP.\n")
    assert d["signature"]["note"] == "đã ký"
    assert d["recipients"] == ["Thường trực Huyện ủy", "Đã ký kết với các đơn vị", "Lưu VP"]


def test_a_position_under_the_name_is_no_wrap_of_a_full_entry_above() -> None:
    # a portal's block after a list whose last entry is a full line ending with ",": the wrap rule
    # took "Bí thư Đảng ủy phường" (under the name) for that entry's tail
    for sig in ("T/M BAN THƯỜNG VỤ\n", ""):
        d = tbparse.parse_dict(HEAD + "Nơi nhận:\n- Thường trực Tỉnh ủy,\n" + WIDE + "\n" + sig
                               + "Nguyễn Hoàng Trung\nBí thư Đảng ủy phường\n")
        assert (d["signature"]["signer"], d["signature"]["position"]) == ("Nguyễn Hoàng Trung", "Bí thư Đảng ủy phường")
        assert d["recipients"] == ["Thường trực Tỉnh ủy", WIDE[2:-1]]


# --- a certified copy's office printed above its label -------------------------------------------

COPY_ROW = HEAD + """\
Nơi nhận:                                        T/M BAN THƯỜNG VỤ
- Thường trực Huyện ủy,                              PHÓ BÍ THƯ
- Lưu VP.                                         (Đã ký)
                                                  Nguyễn Văn Hai
                    VĂN PHÒNG HUYỆN ỦY            SAO Y BẢN CHÍNH
                    Số 22-BS/VPHU                 Krông Búk, ngày 21/3/2024
                                                  T/L BAN THƯỜNG VỤ
                                                  PHÓ CHÁNH VĂN PHÒNG
                                                  Lê Thị Hoa
"""


@pytest.mark.parametrize("layout", [str, layouts.pdf], ids=["word", "pdf"])
def test_the_copying_office_printed_above_the_label_is_the_copys_issuer(layout) -> None:  # noqa: ANN001
    # one cell a line, a PDF gives "VĂN PHÒNG HUYỆN ỦY" / "SAO Y BẢN CHÍNH": the office's name was
    # the original footer's last line, unplaced (TB000), and the copy had no issuer
    text = layout(COPY_ROW)
    if layout is layouts.pdf:
        assert "Nguyễn Văn Hai\nVĂN PHÒNG HUYỆN ỦY\nSAO Y BẢN CHÍNH\n" in text
    d = tbparse.parse_dict(text)
    c = d["copy"]
    assert (c["label"], c["issuer"]["name"], c["number"]["raw"], c["date"]) == (
        "SAO Y BẢN CHÍNH", "VĂN PHÒNG HUYỆN ỦY", "22-BS/VPHU", "2024-03-21")
    assert (c["signature"]["position"], c["signature"]["signer"]) == ("PHÓ CHÁNH VĂN PHÒNG", "Lê Thị Hoa")
    assert d["signature"]["signer"] == "Nguyễn Văn Hai" and d["unplaced"] == []
    office = next(i for i, ln in enumerate(text.splitlines(), 1) if ln.strip().startswith("VĂN PHÒNG HUYỆN ỦY"))
    assert d["layout"]["copy"]["issuer_lines"] == [office]


def test_an_authoritys_wrapped_body_above_a_copys_label_stays_the_originals() -> None:
    d = tbparse.parse_dict(HEAD + "Nơi nhận:\n- Lưu VP.\nT/M BAN THƯỜNG VỤ\nHUYỆN ỦY\nSAO Y BẢN CHÍNH\n"
                           "VĂN PHÒNG HUYỆN ỦY\nSố 22-BS/VPHU\nT/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\nLê Thị Hoa\n")
    assert d["signature"]["authority"] == [{"mode": "T/M", "body": "BAN THƯỜNG VỤ HUYỆN ỦY"}]
    assert d["copy"]["issuer"]["name"] == "VĂN PHÒNG HUYỆN ỦY"


@pytest.mark.parametrize("mark", [".", ")"])
def test_a_number_typed_for_the_dash_is_no_part_of_the_entry(mark: str) -> None:
    # "1. Thường trực Huyện ủy;" kept its "1." in the entry's text; the filing entry "3. Lưu VP."
    # was no filing entry, so a sentence under the list could run on as an entry
    text = HEAD + (f"Nơi nhận:\n1{mark} Thường trực Huyện ủy;\n2{mark} Các chi bộ;\n3{mark} Lưu VP.\n"
                   "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nNguyễn Văn Hai\n")
    d = tbparse.parse_dict(text)
    assert d["recipients"] == ["Thường trực Huyện ủy", "Các chi bộ", "Lưu VP"]
    assert [r["raw"] for r in d["layout"]["recipients"]] == [f"1{mark} Thường trực Huyện ủy;", f"2{mark} Các chi bộ;",
                                                             f"3{mark} Lưu VP."]
    assert [f.line for f in tbparse.lint(text) if f.code == "TB035"] == [r["line"] for r in d["layout"]["recipients"]]


@pytest.mark.parametrize("bullet", ["§", "Ø", "\uf0b7", "o", "~", "_"])
def test_a_symbol_fonts_bullet_opens_an_entry(bullet: str) -> None:
    # Word's symbol bullets as a text export leaves them: "o Thường trực …;" / "o Các chi bộ;" ran
    # into one entry (a lower-case line is a wrap), "§ …" kept its "§"; OCR's "~" and "_" for the dash
    text = HEAD + (f"Nơi nhận:\n{bullet} Thường trực Huyện ủy;\n{bullet} Các chi bộ;\n{bullet} Lưu VP.\n"
                   "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nNguyễn Văn Hai\n")
    d = tbparse.parse_dict(text)
    assert d["recipients"] == ["Thường trực Huyện ủy", "Các chi bộ", "Lưu VP"]
    assert d["signature"]["signer"] == "Nguyễn Văn Hai" and d["unplaced"] == []
    assert len([f for f in tbparse.lint(text) if f.code == "TB035"]) == 3


def test_a_lower_case_o_line_is_still_a_wrap() -> None:
    d = tbparse.parse_dict(HEAD + "Nơi nhận:\n- Các đồng chí Ủy viên Ban Thường vụ huyện\no đơn vị,\n- Lưu VP.\n"
                           "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nNguyễn Văn Hai\n")
    assert d["recipients"][0] == "Các đồng chí Ủy viên Ban Thường vụ huyện o đơn vị"


@pytest.mark.parametrize("layout", [str, layouts.pdf], ids=["word", "pdf"])
def test_a_dash_line_under_the_name_after_the_closed_list_is_no_recipient(layout) -> None:  # noqa: ANN001
    # "- Gửi bản điện tử qua hệ thống …" typed under the name, the list closed by "- Lưu VP.", was
    # taken for one more recipient
    text = layout(HEAD + ("Nơi nhận:                                       T/M BAN THƯỜNG VỤ\n"
                          "- Thường trực Huyện ủy,                               PHÓ BÍ THƯ\n"
                          "- Lưu VP.                                           (Đã ký)\n"
                          "                                                 Nguyễn Thị Bảy\n")
                  + "- Gửi bản điện tử qua hệ thống quản lý văn bản.\n")
    d = tbparse.parse_dict(text)
    assert d["recipients"] == ["Thường trực Huyện ủy", "Lưu VP"]
    assert [u["text"] for u in d["unplaced"]] == ["- Gửi bản điện tử qua hệ thống quản lý văn bản."]


def test_entries_after_a_cc_label_under_the_name_are_still_recipients() -> None:
    d = tbparse.parse_dict(HEAD + "Nơi nhận:\nT/M BAN THƯỜNG VỤ\n- Thường trực Huyện ủy,\nBÍ THƯ\n- Lưu VP.\n"
                           "Đào Văn Tám\nĐồng gửi:\n- Ban Tổ chức Tỉnh ủy,\n- Ủy ban Kiểm tra Tỉnh ủy.\n")
    assert d["recipients"] == ["Thường trực Huyện ủy", "Lưu VP", "Ban Tổ chức Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy"]
    assert d["signature"]["signer"] == "Đào Văn Tám"
