"""The footer of Party documents (audit 23): signature blocks, recipients, certified copies' blocks,
in the layouts archives keep them in. What broke is pinned here, in every layout it broke."""
from __future__ import annotations

import pytest

import tbparse
from tbparse.parser import parse_source
from tbparse.source import from_docx_bytes

from . import layouts

HEAD = """\
        TỈNH ỦY ĐẮK LẮK                              ĐẢNG CỘNG SẢN VIỆT NAM
       HUYỆN ỦY KRÔNG BÚK
              *                             Krông Búk, ngày 14 tháng 3 năm 2024
      Số 245-TB/HU

                              THÔNG BÁO
          kết luận của Ban Thường vụ Huyện ủy về công tác cán bộ
                                -----

Ngày 12/3/2024, Ban Thường vụ Huyện ủy họp nghe báo cáo công tác cán bộ. Ban Thường vụ Huyện ủy kết luận:

1. Giao Ban Tổ chức Huyện ủy hoàn thiện quy trình, trình Thường trực Huyện ủy trước ngày 30/3/2024.

Văn phòng Huyện ủy thông báo để các cơ quan, đơn vị biết, thực hiện./.

"""
CLOSING = "Văn phòng Huyện ủy thông báo để các cơ quan, đơn vị biết, thực hiện./."
TM = [{"mode": "T/M", "body": "BAN THƯỜNG VỤ"}]


def _parse(text: "str | bytes") -> dict:
    if isinstance(text, bytes):
        return parse_source(from_docx_bytes(text, path="x.docx"), reject=False)
    return tbparse.parse_dict(text)


# A PDF extraction draws the position before the authority: "PHÓ BÍ THƯ" / "T/M BAN THƯỜNG VỤ"
POSITION_ABOVE = {
    "raw, list under": ("PHÓ BÍ THƯ\nT/M BAN THƯỜNG VỤ\nNơi nhận:\n- Thường trực Tỉnh ủy,\n"
                        "- Các đồng chí Huyện ủy viên,\n- Lưu VP.\nNguyễn Văn Thuận\n"),
    "raw, name before the list": ("PHÓ BÍ THƯ\nT/M BAN THƯỜNG VỤ\nNguyễn Văn Thuận\nNơi nhận:\n"
                                  "- Thường trực Tỉnh ủy,\n- Các đồng chí Huyện ủy viên,\n- Lưu VP.\n"),
    "raw, the label between": ("PHÓ BÍ THƯ\nNơi nhận:\nT/M BAN THƯỜNG VỤ\n- Thường trực Tỉnh ủy,\n"
                               "- Các đồng chí Huyện ủy viên,\n(Đã ký)\n- Lưu VP.\nNguyễn Văn Thuận\n"),
    "-layout, a line above the label's row": (
        "                                                             PHÓ BÍ THƯ\n"
        "Nơi nhận:                                                T/M BAN THƯỜNG VỤ\n"
        "- Thường trực Tỉnh ủy,\n"
        "- Các đồng chí Huyện ủy viên,                                 (Đã ký)\n"
        "- Lưu VP.\n"
        "                                                          Nguyễn Văn Thuận\n"),
}


@pytest.mark.parametrize("footer_id", list(POSITION_ABOVE))
def test_a_position_printed_above_the_authority_is_the_position(footer_id: str) -> None:
    footer = POSITION_ABOVE[footer_id]
    # the footer started at "T/M …": "PHÓ BÍ THƯ" went to the body as a paragraph of its last item,
    # the closing sentence was lost with it (it no longer ended the body) and the block had no position
    d = tbparse.parse_dict(HEAD + footer)
    assert d["signature"]["authority"] == TM
    assert d["signature"]["position"] == "PHÓ BÍ THƯ"
    assert d["signature"]["signer"] == "Nguyễn Văn Thuận"
    assert d["recipients"] == ["Thường trực Tỉnh ủy", "Các đồng chí Huyện ủy viên", "Lưu VP"]
    assert d["closing"] == CLOSING
    assert d["unplaced"] == []
    assert d["layout"]["signature"]["position_line"] == d["layout"]["signature"]["authority_lines"][0] - (
        2 if "between" in footer_id else 1)


def test_a_caps_position_line_above_a_block_with_its_own_position_stays_in_the_body() -> None:
    # a block that has its position under the authority takes nothing from above it
    d = tbparse.parse_dict(HEAD.replace(CLOSING + "\n", CLOSING + "\n\nCHỦ TỊCH\n") +
                           "T/M BAN THƯỜNG VỤ\nBÍ THƯ\nNguyễn Văn Thuận\nNơi nhận:\n- Lưu VP.\n")
    assert (d["signature"]["position"], d["signature"]["signer"]) == ("BÍ THƯ", "Nguyễn Văn Thuận")
    assert d["layout"]["signature"]["position_line"] == d["layout"]["signature"]["authority_lines"][0] + 1


SIGNED = """\
Nơi nhận:                                                  T/M BAN THƯỜNG VỤ
- Thường trực Tỉnh ủy,                                          BÍ THƯ
- Các đồng chí Huyện ủy viên,
- Lưu VP.                                                       (Đã ký)

                                                          Nguyễn Văn Thuận
"""
# a commune's committee copies the district's notice: its block repeats the party line over its date
COPY_WITH_PARTY = HEAD + SIGNED + """
                                   SAO Y BẢN CHÍNH
       ĐẢNG ỦY XÃ EA NGAI                            ĐẢNG CỘNG SẢN VIỆT NAM
              *                               Ea Ngai, ngày 20 tháng 3 năm 2024
      Số 05-SY/ĐU
Nơi nhận:                                                  T/M ĐẢNG ỦY
- Các chi bộ trực thuộc,                                        BÍ THƯ
- Lưu VP.
                                                            Y Ngông Niê
"""


@pytest.mark.parametrize("layout", [str, layouts.web, layouts.pdf, layouts.markdown_br, layouts.docx],
                         ids=["word", "web", "pdf", "markdown-br", "docx"])
def test_a_copy_blocks_party_line_is_the_copys(layout) -> None:  # noqa: ANN001
    # "ĐẢNG CỘNG SẢN VIỆT NAM" over the copy's date had no field in ``copy``: unplaced, and a TB000
    d = _parse(layout(COPY_WITH_PARTY))
    c = d["copy"]
    assert (c["label"], c["party"], c["issuer"]["name"], c["number"]["raw"], c["date"]) == (
        "SAO Y BẢN CHÍNH", "ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG ỦY XÃ EA NGAI", "05-SY/ĐU", "2024-03-20")
    assert c["signature"]["signer"] == "Y Ngông Niê" and c["recipients"] == ["Các chi bộ trực thuộc", "Lưu VP"]
    assert d["party"] == "ĐẢNG CỘNG SẢN VIỆT NAM" and d["signature"]["signer"] == "Nguyễn Văn Thuận"
    assert d["unplaced"] == []
    assert not [f for f in tbparse.lint(layout(COPY_WITH_PARTY) if layout is not layouts.docx else COPY_WITH_PARTY)
                if f.code == "TB000"]


@pytest.mark.parametrize("rule", ["-----------------------------", "- - - - - - - - - - - -", "*****", "=========="])
@pytest.mark.parametrize("layout", [str, layouts.pdf], ids=["word", "pdf"])
def test_a_rule_line_under_the_footer_is_no_recipient(rule: str, layout) -> None:  # noqa: ANN001
    # a rule typed between the footer and a copy's block (or under the list): "- - - -" became an
    # entry "- - - -", "-----" an entry "----", "*****" an entry "****"
    copy = "\n".join(["TRÍCH SAO", "VĂN PHÒNG HUYỆN ỦY", "         *",
                      "Số 17-TS/VPHU                                    Krông Búk, ngày 22/3/2024",
                      "Nơi nhận:                                                T/L BAN THƯỜNG VỤ",
                      "- Ban Tổ chức Huyện ủy,                                   CHÁNH VĂN PHÒNG",
                      "- Lưu VT.", "                                                         Đinh Thị Lan", ""])
    for tail in ("", copy):
        d = _parse(layout(HEAD + SIGNED + rule + "\n" + tail))
        assert d["recipients"] == ["Thường trực Tỉnh ủy", "Các đồng chí Huyện ủy viên", "Lưu VP"]
        assert d["signature"]["signer"] == "Nguyễn Văn Thuận"
        assert d["unplaced"] == []
        if tail:
            assert (d["copy"]["label"], d["copy"]["number"]["raw"], d["copy"]["signature"]["signer"]) == (
                "TRÍCH SAO", "17-TS/VPHU", "Đinh Thị Lan")


DASHLESS_AFTER_NAME = {
    # a markdown row pairs the columns line by line: the list's last lines come after the name
    "markdown-br": ("| Nơi nhận:<br>- Thường trực Tỉnh ủy,<br>- Các đồng chí Huyện ủy viên,<br>- Ban Tổ chức Huyện ủy,"
                    "<br>Văn phòng Huyện ủy,<br>- Lưu VP. | T/M BAN THƯỜNG VỤ<br>BÍ THƯ<br>Lò Văn Puôn |\n|---|---|\n"),
    # one column, the signature first
    "signature first": ("T/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nLò Văn Puôn\n\nNơi nhận:\n- Thường trực Tỉnh ủy,\n"
                        "- Các đồng chí Huyện ủy viên,\n- Ban Tổ chức Huyện ủy,\nVăn phòng Huyện ủy,\n- Lưu VP.\n"),
    # a PDF: "Nơi nhận:" / the block / the entries
    "pdf": ("Nơi nhận:\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nLò Văn Puôn\n- Thường trực Tỉnh ủy,\n- Các đồng chí Huyện ủy viên,\n"
            "- Ban Tổ chức Huyện ủy,\nVăn phòng Huyện ủy,\n- Lưu VP.\n"),
}


@pytest.mark.parametrize("footer", list(DASHLESS_AFTER_NAME.values()), ids=list(DASHLESS_AFTER_NAME))
def test_an_entry_without_its_dash_after_the_signers_name_is_an_entry(footer: str) -> None:
    # "Văn phòng Huyện ủy," (its "- " forgotten, TB035's) in the list's column after the name was
    # unplaced as stray text under the signature (TB000)
    d = tbparse.parse_dict(HEAD + footer)
    assert d["recipients"] == ["Thường trực Tỉnh ủy", "Các đồng chí Huyện ủy viên", "Ban Tổ chức Huyện ủy",
                               "Văn phòng Huyện ủy", "Lưu VP"]
    assert (d["signature"]["position"], d["signature"]["signer"]) == ("BÍ THƯ", "Lò Văn Puôn")
    assert d["unplaced"] == []
    assert [f.code for f in tbparse.lint(HEAD + footer) if f.code in ("TB000", "TB035")] == ["TB035"]


def test_text_after_the_name_under_a_filing_entry_without_its_stop_is_still_unplaced() -> None:
    # "- Lưu VP" typed without its full stop still ends the list: a sentence under the name was
    # taken as one more entry (a side effect of the dashless-entry fix above)
    d = tbparse.parse_dict(HEAD + "Nơi nhận:\n- Thường trực Tỉnh ủy,\n- Lưu VP\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n"
                           "Nguyễn Văn Thuận\nTài liệu này được đăng tải trên Cổng thông tin điện tử huyện.\n")
    assert d["recipients"] == ["Thường trực Tỉnh ủy", "Lưu VP"]
    assert [u["text"] for u in d["unplaced"]] == ["Tài liệu này được đăng tải trên Cổng thông tin điện tử huyện."]


def test_text_after_the_name_under_a_closed_list_is_still_unplaced() -> None:
    # under the filing entry "- Lưu VP." the list is over: a sentence there is no entry
    d = tbparse.parse_dict(HEAD + "Nơi nhận:\n- Thường trực Tỉnh ủy,\n- Lưu VP.\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n"
                           "Nguyễn Văn Thuận\nTài liệu này được đăng tải trên Cổng thông tin điện tử huyện.\n")
    assert d["recipients"] == ["Thường trực Tỉnh ủy", "Lưu VP"]
    assert [u["text"] for u in d["unplaced"]] == ["Tài liệu này được đăng tải trên Cổng thông tin điện tử huyện."]


# a joint notice whose blocks are uneven, one cell a line as a PDF gives it: the deputy's block
# has a position line more ("K/T TRƯỞNG BAN TỔ CHỨC" / "PHÓ TRƯỞNG BAN" | "TRƯỞNG BAN DÂN VẬN")
JOINT_KT = ("K/T TRƯỞNG BAN TỔ CHỨC                             TRƯỞNG BAN DÂN VẬN\n"
            "  PHÓ TRƯỞNG BAN\n"
            "       (Đã ký)                                           (Đã ký)\n"
            "   Phạm Thị Hoa                                      Đinh Văn Khang\n\n"
            "Nơi nhận:\n- Thường trực Huyện ủy,\n- Lưu BTC, BDV.\n")


@pytest.mark.parametrize("layout", [str, layouts.pdf, layouts.pdf_wrapped], ids=["word", "pdf", "pdf-wrapped"])
def test_uneven_joint_blocks_one_cell_a_line(layout) -> None:  # noqa: ANN001
    # the heads' run (3) was no whole number of rows of two: the blocks were not read apart, so
    # "TRƯỞNG BAN DÂN VẬN" ran into the first authority's body and the second note and name were unplaced
    d = tbparse.parse_dict(layout(HEAD + JOINT_KT))
    assert d["signature"] == {
        "authority": [{"mode": "K/T", "body": "TRƯỞNG BAN TỔ CHỨC"}], "position": "PHÓ TRƯỞNG BAN",
        "signer": "Phạm Thị Hoa", "note": "(Đã ký)",
        "cosigners": [{"authority": [], "position": "TRƯỞNG BAN DÂN VẬN", "signer": "Đinh Văn Khang", "note": "(Đã ký)"}]}
    assert d["recipients"] == ["Thường trực Huyện ủy", "Lưu BTC, BDV"]
    assert d["unplaced"] == []


def test_uneven_joint_blocks_pdf_the_deputy_on_the_right() -> None:
    text = HEAD + ("TRƯỞNG BAN DÂN VẬN\nK/T TRƯỞNG BAN TỔ CHỨC\nPHÓ TRƯỞNG BAN\n(Đã ký)\n(Đã ký)\nĐinh Văn Khang\n"
                   "Phạm Thị Hoa\nNơi nhận:\n- Thường trực Huyện ủy,\n- Lưu BTC, BDV.\n")
    s = tbparse.parse_dict(text)["signature"]
    assert (s["position"], s["signer"]) == ("TRƯỞNG BAN DÂN VẬN", "Đinh Văn Khang")
    assert s["cosigners"] == [{"authority": [{"mode": "K/T", "body": "TRƯỞNG BAN TỔ CHỨC"}], "position": "PHÓ TRƯỞNG BAN",
                               "signer": "Phạm Thị Hoa", "note": "(Đã ký)"}]


KIEM = {
    # two columns: "kiêm" between the entries, lower case, was the first entry's tail
    "two columns": ("Nơi nhận:                                                      BÍ THƯ\n"
                    "- Thường trực Tỉnh ủy,                                          kiêm\n"
                    "- Các thành viên Ban Chỉ đạo,                            TRƯỞNG BAN CHỈ ĐẠO\n"
                    "- Lưu VP.                                                       (Đã ký)\n"
                    "                                                          Nguyễn Văn Thuận\n"),
    # one column, the block first: "BÍ THƯ" / "kiêm" were left in the body
    "one column": ("BÍ THƯ\nkiêm\nTRƯỞNG BAN CHỈ ĐẠO\n(Đã ký)\nNguyễn Văn Thuận\n\n"
                   "Nơi nhận:\n- Thường trực Tỉnh ủy,\n- Các thành viên Ban Chỉ đạo,\n- Lưu VP.\n"),
}


@pytest.mark.parametrize("layout", [str, layouts.web, layouts.pdf, layouts.markdown_br, layouts.docx],
                         ids=["word", "web", "pdf", "markdown-br", "docx"])
@pytest.mark.parametrize("footer", list(KIEM.values()), ids=list(KIEM))
def test_a_position_held_together_with_kiem(footer: str, layout) -> None:  # noqa: ANN001
    # format-rules §4.2: a steering committee's head signs "BÍ THƯ" / "kiêm" / "TRƯỞNG BAN CHỈ ĐẠO"
    d = _parse(layout(HEAD + footer))
    assert d["signature"] == {"authority": [], "position": "BÍ THƯ kiêm TRƯỞNG BAN CHỈ ĐẠO",
                              "signer": "Nguyễn Văn Thuận", "note": "(Đã ký)"}
    assert d["recipients"] == ["Thường trực Tỉnh ủy", "Các thành viên Ban Chỉ đạo", "Lưu VP"]
    assert d["closing"] == CLOSING and d["unplaced"] == []


def test_kiem_under_an_authority_is_the_positions_not_the_bodys() -> None:
    d = tbparse.parse_dict(HEAD + "T/M BAN CHỈ ĐẠO\nPHÓ BÍ THƯ HUYỆN ỦY\nkiêm\nTRƯỞNG BAN\nNguyễn Văn Thuận\n\n"
                           "Nơi nhận:\n- Lưu VP.\n")
    assert d["signature"]["authority"] == [{"mode": "T/M", "body": "BAN CHỈ ĐẠO"}]
    assert d["signature"]["position"] == "PHÓ BÍ THƯ HUYỆN ỦY kiêm TRƯỞNG BAN"


@pytest.mark.parametrize(("block", "want"), [
    ("T/M ĐẢNG ỦY\nBÍ THƯ\n(Đã ký)\nDANH ÚT\n", ([{"mode": "T/M", "body": "ĐẢNG ỦY"}], "BÍ THƯ", "DANH ÚT")),
    ("T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nTHƯỜNG TRỰC\n(Đã ký)\nĐIỂU KRÉ\n", (TM, "PHÓ BÍ THƯ THƯỜNG TRỰC", "ĐIỂU KRÉ")),
    ("T/M BAN THƯỜNG VỤ\n(Đã ký)\nKHA VĂN TÁM\n", (TM, None, "KHA VĂN TÁM")),
])
@pytest.mark.parametrize("layout", [str, layouts.web, layouts.pdf], ids=["word", "web", "pdf"])
def test_a_caps_name_under_the_copy_note_whose_family_name_is_not_listed(block: str, want: tuple, layout) -> None:  # noqa: ANN001
    # a Khmer's, a Stiêng's, a Thái's family name (Danh, Điểu, Kha) is not in the list: the caps
    # name ran into the position ("BÍ THƯ DANH ÚT") or the authority's body, and there was no signer
    d = _parse(layout(HEAD + "Nơi nhận:\n- Các chi bộ trực thuộc,\n- Lưu VP.\n\n" + block))
    s = d["signature"]
    assert (s["authority"], s["position"], s["signer"]) == want
    assert d["recipients"] == ["Các chi bộ trực thuộc", "Lưu VP"] and d["unplaced"] == []


@pytest.mark.parametrize("line", ["PHỤ LỤC", "DANH SÁCH ĐẢNG VIÊN", "VĂN PHÒNG HUYỆN ỦY"])
def test_a_caps_line_under_the_note_that_is_no_name_is_not_the_signer(line: str) -> None:
    d = tbparse.parse_dict(HEAD + "Nơi nhận:\n- Lưu VP.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n(Ký, ghi rõ họ tên)\n" + line + "\n")
    assert d["signature"]["signer"] is None


JOINT_UNDER_LIST = ("Nơi nhận:\n- Thường trực Tỉnh ủy (để b/c),\n- Lưu VPHU, BTGHU.\n\n"
                    "TRƯỞNG BAN TUYÊN GIÁO                                    K/T BÍ THƯ\n"
                    "                                                        PHÓ BÍ THƯ\n"
                    "     (Đã ký)                                              (Đã ký)\n"
                    "  Hồ Thị Mai Hương                                    Nguyễn Đình Long\n")


def test_joint_blocks_under_a_list_on_lines_of_its_own() -> None:
    # the list typed first, one column, then the blocks side by side: the side-by-side reading gave
    # up at the first entry, so "TRƯỞNG BAN TUYÊN GIÁO PHÓ BÍ THƯ" was one position under "K/T BÍ
    # THƯ" and the second note and name were unplaced
    d = tbparse.parse_dict(HEAD + JOINT_UNDER_LIST)
    assert d["signature"] == {
        "authority": [], "position": "TRƯỞNG BAN TUYÊN GIÁO", "signer": "Hồ Thị Mai Hương", "note": "(Đã ký)",
        "cosigners": [{"authority": [{"mode": "K/T", "body": "BÍ THƯ"}], "position": "PHÓ BÍ THƯ",
                       "signer": "Nguyễn Đình Long", "note": "(Đã ký)"}]}
    assert d["recipients"] == ["Thường trực Tỉnh ủy (để b/c)", "Lưu VPHU, BTGHU"]
    assert d["unplaced"] == []


@pytest.mark.parametrize("note", ["(Đã kí)", "(đã kí và đóng dấu)", "(Kí tên, đóng dấu)", "[Đã kí]"])
@pytest.mark.parametrize("layout", [str, layouts.web, layouts.pdf], ids=["word", "web", "pdf"])
def test_a_copy_note_spelt_with_ki_is_the_note(note: str, layout) -> None:  # noqa: ANN001
    # "kí" (the older spelling of "ký", which many typists keep) was no note: unplaced, and TB000
    text = HEAD + SIGNED.replace("(Đã ký)", note)
    d = _parse(layout(text))
    assert (d["signature"]["note"], d["signature"]["signer"]) == (note, "Nguyễn Văn Thuận")
    assert d["unplaced"] == []


def test_a_parenthesis_opening_with_ki_that_is_no_note() -> None:
    d = tbparse.parse_dict(HEAD + SIGNED.replace("(Đã ký)", "(đã kiểm tra)"))
    assert d["signature"]["note"] is None


@pytest.mark.parametrize(("typed", "mode"), [("TIM BAN THƯỜNG VỤ", "T/M"), ("T1M BAN THƯỜNG VỤ", "T/M"),
                                             ("T1L BAN THƯỜNG VỤ", "T/L"), ("KIT BÍ THƯ", "K/T")])
@pytest.mark.parametrize("layout", [str, layouts.pdf], ids=["word", "pdf"])
def test_an_ocr_slash_read_as_a_letter_is_still_the_prefix(typed: str, mode: str, layout) -> None:  # noqa: ANN001
    # OCR reads the slash of "T/M" as "I" or "1": "TIM BAN THƯỜNG VỤ" was no authority, so
    # the line and the position ran together as one position ("TIM BAN THƯỜNG VỤ BÍ THƯ"); TB029 names it
    text = HEAD + SIGNED.replace("T/M BAN THƯỜNG VỤ", typed)
    d = _parse(layout(text))
    assert d["signature"]["authority"] == [{"mode": mode, "body": typed.split(" ", 1)[1]}]
    assert d["signature"]["position"] == "BÍ THƯ" and d["unplaced"] == []
    assert [f.code for f in tbparse.lint(layout(text)) if f.code == "TB029"] == ["TB029"]


@pytest.mark.parametrize("line", ["TIM MẠCH", "TIN BAN THƯỜNG VỤ", "KIT XÉT NGHIỆM"])
def test_a_word_like_a_misread_prefix_is_no_authority(line: str) -> None:
    from tbparse.vocab import authority

    assert authority(line) is None


COPY_BLOCK = ("        *                                   Ea Ngai, ngày 20 tháng 3 năm 2024\n"
              "Số 05-SY/ĐU\n"
              "Nơi nhận:                                                  T/M ĐẢNG ỦY\n"
              "- Các chi bộ trực thuộc,                                        BÍ THƯ\n"
              "- Lưu VP.\n"
              "                                                            Y Ngông Niê\n")
LABELS = {
    # the label a cell of the copy's header row, right of its issuer
    "a cell of the issuer's row": "ĐẢNG ỦY XÃ EA NGAI                                          SAO Y BẢN CHÍNH\n" + COPY_BLOCK,
    # typed as a sentence, as a web copy lowers it
    "as a sentence": "Sao y bản chính\nĐẢNG ỦY XÃ EA NGAI\n" + COPY_BLOCK,
    # a web copy, flush and blank-lined, the label as a sentence
    "web, as a sentence": ("Sao y bản chính\n\nĐẢNG ỦY XÃ EA NGAI\nSố 05-SY/ĐU\nEa Ngai, ngày 20 tháng 3 năm 2024\n\n"
                           "Nơi nhận:\n- Các chi bộ trực thuộc,\n- Lưu VP.\n\nT/M ĐẢNG ỦY\nBÍ THƯ\nY Ngông Niê\n"),
}


@pytest.mark.parametrize("block", list(LABELS.values()), ids=list(LABELS))
def test_a_copy_label_not_alone_in_capitals_on_its_line(block: str) -> None:
    # the label was read only alone on its line and in capitals: the copy's block was taken for
    # the footer, the original's signature and recipients sank into the body's last item (with
    # nothing unplaced), and the copy's signature and list stood as the document's own
    d = tbparse.parse_dict(HEAD + SIGNED + "\n" + block)
    assert d["signature"]["signer"] == "Nguyễn Văn Thuận"
    assert d["recipients"] == ["Thường trực Tỉnh ủy", "Các đồng chí Huyện ủy viên", "Lưu VP"]
    assert d["closing"] == CLOSING
    c = d["copy"]
    assert c["label"] in ("SAO Y BẢN CHÍNH", "Sao y bản chính") and c["label"] in d["markings"]
    assert (c["issuer"]["name"], c["number"]["raw"], c["date"]) == ("ĐẢNG ỦY XÃ EA NGAI", "05-SY/ĐU", "2024-03-20")
    assert (c["signature"]["signer"], c["recipients"]) == ("Y Ngông Niê", ["Các chi bộ trực thuộc", "Lưu VP"])
    assert d["unplaced"] == []
