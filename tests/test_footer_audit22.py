"""The footer step on hand-written endings of Party documents (audit 22): a signature block and a
"Nơi nhận" list in each layout the README lists. What broke is pinned here, in every layout it broke."""
from __future__ import annotations

import pytest

import tbparse
from tbparse.parser import parse_source
from tbparse.source import from_docx_bytes

from . import layouts

HEAD = """\
        TỈNH ỦY GIA LAI                              ĐẢNG CỘNG SẢN VIỆT NAM
       HUYỆN ỦY CHƯ SÊ
              *                             Chư Sê, ngày 14 tháng 3 năm 2024
      Số 245-TB/HU

                              THÔNG BÁO
          kết luận của Ban Thường vụ Huyện ủy về công tác cán bộ
                                -----

Ngày 12/3/2024, Ban Thường vụ Huyện ủy họp nghe báo cáo công tác cán bộ. Ban Thường vụ Huyện ủy kết luận:

1. Giao Ban Tổ chức Huyện ủy hoàn thiện quy trình, trình Thường trực Huyện ủy trước ngày 30/3/2024.

Văn phòng Huyện ủy thông báo để các cơ quan, đơn vị biết, thực hiện./.

"""
RECIPIENTS = ["Thường trực Tỉnh ủy (để báo cáo)", "Các đồng chí Ủy viên Ban Thường vụ Huyện ủy", "Lưu Văn phòng Huyện ủy"]


def _parse(text: "str | bytes") -> dict:
    if isinstance(text, bytes):
        return parse_source(from_docx_bytes(text, path="x.docx"), reject=False)
    return tbparse.parse_dict(text)


# a deputy's title over two lines under the authority ("PHÓ BÍ THƯ" / "THƯỜNG TRỰC")
WRAPPED_POSITION = HEAD + (
    "Nơi nhận:                                                   T/M BAN THƯỜNG VỤ\n"
    "- Thường trực Tỉnh ủy (để báo cáo),                               PHÓ BÍ THƯ\n"
    "- Các đồng chí Ủy viên Ban Thường vụ                             THƯỜNG TRỰC\n"
    "  Huyện ủy,\n"
    "- Lưu Văn phòng Huyện ủy.                                         (Đã ký)\n"
    "\n"
    "                                                              Trần Quốc Toản\n"
)


@pytest.mark.parametrize("layout", [str, layouts.web, layouts.web_wrapped, layouts.pdf, layouts.markdown_br, layouts.docx],
                         ids=["word", "web", "web-wrapped", "pdf", "markdown-br", "docx"])
def test_a_deputys_title_over_two_lines_is_the_position_not_the_authoritys_body(layout) -> None:  # noqa: ANN001
    # a web cell or a .docx gives "PHÓ BÍ THƯ" / "THƯỜNG TRỰC" together under "T/M BAN THƯỜNG VỤ": all
    # caps lines but the last went to the authority ("BAN THƯỜNG VỤ PHÓ BÍ THƯ", position "THƯỜNG TRỰC")
    d = _parse(layout(WRAPPED_POSITION))
    assert d["signature"] == {"authority": [{"mode": "T/M", "body": "BAN THƯỜNG VỤ"}], "position": "PHÓ BÍ THƯ THƯỜNG TRỰC",
                              "signer": "Trần Quốc Toản", "note": "(Đã ký)"}
    assert d["recipients"] == RECIPIENTS
    assert d["unplaced"] == []


def _cell(*block: str) -> str:
    return HEAD + "|\nNơi nhận:\n- Thường trực Huyện ủy,\n- Lưu VP.\n|\n" + "".join(x + "\n" for x in block) + "|\n"


def test_a_wrapped_body_and_a_wrapped_position_in_one_cell() -> None:
    # each line bold on its own, as a portal sets them: no bold span of the authority's
    d = tbparse.parse_dict(_cell("**T/M BAN THƯỜNG VỤ**", "**PHÓ BÍ THƯ**", "**THƯỜNG TRỰC**", "(Đã ký)", "**Nguyễn Văn Hùng**"))
    assert (d["signature"]["authority"], d["signature"]["position"]) == (
        [{"mode": "T/M", "body": "BAN THƯỜNG VỤ"}], "PHÓ BÍ THƯ THƯỜNG TRỰC")
    # the body wrapped over its own line, then the position over two
    d = tbparse.parse_dict(_cell("T/M BAN THƯỜNG VỤ", "HUYỆN ỦY", "PHÓ BÍ THƯ", "THƯỜNG TRỰC", "(Đã ký)", "Nguyễn Văn Hùng"))
    assert (d["signature"]["authority"], d["signature"]["position"]) == (
        [{"mode": "T/M", "body": "BAN THƯỜNG VỤ HUYỆN ỦY"}], "PHÓ BÍ THƯ THƯỜNG TRỰC")
    # a body over two lines still takes them all but the position ("ĐẢNG BỘ HUYỆN" is no title)
    d = tbparse.parse_dict(_cell("**T/M BAN CHẤP HÀNH**", "**ĐẢNG BỘ HUYỆN**", "**BÍ THƯ**", "(Đã ký)", "**Nguyễn Văn Hùng**"))
    assert (d["signature"]["authority"], d["signature"]["position"]) == (
        [{"mode": "T/M", "body": "BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN"}], "BÍ THƯ")
    # and a bold span over two lines is still the authority's: "**K/T CHÁNH" / "VĂN PHÒNG**"
    d = tbparse.parse_dict(_cell("**T/L BAN THƯỜNG VỤ**", "**K/T CHÁNH", "VĂN PHÒNG**", "PHÓ CHÁNH VĂN PHÒNG", "Nguyễn Văn Hùng"))
    assert (d["signature"]["authority"], d["signature"]["position"]) == (
        [{"mode": "T/L", "body": "BAN THƯỜNG VỤ"}, {"mode": "K/T", "body": "CHÁNH VĂN PHÒNG"}], "PHÓ CHÁNH VĂN PHÒNG")


# a Central Highlands name typed with a space after its apostrophe ("H' Bơ"), the list longer than the block
HIGHLANDS = HEAD + (
    "Nơi nhận:                                          T/M BAN THƯỜNG VỤ\n"
    "- Ban Thường vụ Tỉnh ủy,                                PHÓ BÍ THƯ\n"
    "- Ban Tổ chức Tỉnh ủy, Ủy ban Kiểm tra                (Đã ký)\n"
    "  Tỉnh ủy,                                          Ksor H' Bơ Khăp\n"
    "- Các chi, đảng bộ cơ sở,\n"
    "- Lưu VP.\n"
)


@pytest.mark.parametrize("layout", [str, layouts.web, layouts.pdf, layouts.pdf_wrapped, layouts.docx],
                         ids=["word", "web", "pdf", "pdf-wrapped", "docx"])
def test_a_name_with_a_space_after_its_apostrophe_is_the_signer(layout) -> None:  # noqa: ANN001
    # "Ksor H' Bơ Khăp" was no name: unplaced (TB000, TB028 "no signer") in a Word export, and a
    # recipient of its own in a PDF, where the name comes between the entries
    d = _parse(layout(HIGHLANDS))
    assert d["signature"]["signer"] == "Ksor H' Bơ Khăp"
    assert d["recipients"] == ["Ban Thường vụ Tỉnh ủy", "Ban Tổ chức Tỉnh ủy, Ủy ban Kiểm tra Tỉnh ủy",
                               "Các chi, đảng bộ cơ sở", "Lưu VP"]
    assert d["unplaced"] == []


@pytest.mark.parametrize("name", ["Nay H' Blơng", "Nay H’ Blơng", "NAY H' BLƠNG", "KSOR H'BƠ KHĂP"])
def test_highlands_names_in_any_case_and_apostrophe(name: str) -> None:
    text = HEAD + (
        "Nơi nhận:                                          T/M BAN THƯỜNG VỤ\n"
        "- Các chi, đảng bộ cơ sở,                               BÍ THƯ\n"
        "- Lưu VP.\n"
        f"                                                  {name}\n"
    )
    d = tbparse.parse_dict(text)
    assert (d["signature"]["signer"], d["unplaced"]) == (name, [])
    assert not [f for f in tbparse.lint(text) if f.code in ("TB000", "TB028")]


@pytest.mark.parametrize("line", ["(Đã ký) Nguyễn Văn Hùng", "Nguyễn Văn Hùng (Đã ký)", "[Đã ký] NGUYỄN VĂN HÙNG"])
def test_a_copy_note_and_the_name_on_one_line(line: str) -> None:
    # a web copy that lost the line break between them: the name was read into the note
    # ("(Đã ký) Nguyễn Văn Hùng", no signer) or the line left unplaced ("Nguyễn Văn Hùng (Đã ký)")
    name = line.replace("(Đã ký)", "").replace("[Đã ký]", "").strip()
    note = line.replace(name, "").strip()
    for text in (_cell("T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", line),
                 HEAD + "Nơi nhận:                                          T/L BAN THƯỜNG VỤ\n"
                        "- Thường trực Huyện ủy,                            CHÁNH VĂN PHÒNG\n"
                        f"- Lưu VP.\n                                               {line}\n"):
        d = tbparse.parse_dict(text)
        assert d["signature"] == {"authority": [{"mode": "T/L", "body": "BAN THƯỜNG VỤ"}], "position": "CHÁNH VĂN PHÒNG",
                                  "signer": name, "note": note}
        assert d["recipients"] == ["Thường trực Huyện ủy", "Lưu VP"] and d["unplaced"] == []
        assert not [f for f in tbparse.lint(text) if f.code in ("TB000", "TB028")]


def test_a_note_with_more_than_a_name_after_it_stays_the_note() -> None:
    d = tbparse.parse_dict(_cell("T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "(Đã ký và đóng dấu) Văn phòng Huyện ủy", "Nguyễn Văn Hùng"))
    assert (d["signature"]["note"], d["signature"]["signer"]) == ("(Đã ký và đóng dấu) Văn phòng Huyện ủy", "Nguyễn Văn Hùng")


def test_the_closing_mark_typed_on_the_filing_entry_is_no_part_of_it() -> None:
    # "- Lưu VP./.": the entry read "Lưu VP./" (only ";", ",", "." were taken off)
    text = HEAD + (
        "Nơi nhận:                                          T/M BAN THƯỜNG VỤ\n"
        "- Như trên,                                             BÍ THƯ\n"
        "- Lưu VP./.\n"
        "                                                   Nguyễn Văn Hùng\n"
    )
    d = tbparse.parse_dict(text)
    assert d["recipients"] == ["Như trên", "Lưu VP"]
    assert d["layout"]["recipients"][-1] == {"line": 18, "raw": "- Lưu VP./."}  # as typed
