"""Audit 16: the body's structure in resolutions, minutes and PDF tables.

1. A resolution's or minutes' closing line after a list ("Nghị quyết được 15/15 đảng viên dự họp biểu
   quyết thông qua.", "Biên bản được thông qua lúc 11 giờ …", "Hội nghị kết thúc …") was the last
   entry's paragraph (steps/structure.py; the mechanism of audit 14's requests).
2. One unnumbered caps heading over numbered items ("NỘI DUNG HỘI NGHỊ" / "1. …") went to the
   preamble and its items to a section with no title (steps/structure.py).
3. A PDF table's header row ("STT" / "Nội dung" / "Đơn vị thực hiện" / "Thời gian") came out cell
   by cell, and a one-row table's lone "1" went to ``unplaced`` (steps/paragraphs.py, furniture.py).
"""
from __future__ import annotations

from pathlib import Path

import pytest

import tbparse
from tests.layouts import LAYOUTS
from tests.lossless import body_order_ok
from tests.notices import DISTRICT_HEAD, DISTRICT_TAIL
from tests.test_doc_types_audit15 import BB_CHI_BO, BB_HOI_NGHI
from tests.test_parser_audit14 import BROKEN_SENTENCE, TASKS, _page_two_below, _with_table

EXPORTS = Path(__file__).resolve().parent / "data" / "exports"
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _texts(paras: list[dict]) -> list[str]:
    return [p["text"] for p in paras]


# --- 1. a resolution's or minutes' closing line after a list -------------------------------------

# Export 05 (a commune committee's resolution, 2020) with its part III typed as "- " entries and the
# vote that adopted it under them, before the closing formula
VOTE = "Nghị quyết được 15/15 đồng chí Đảng ủy viên dự họp biểu quyết thông qua."
PART_III = ("III. TỔ CHỨC THỰC HIỆN\n\n"
            "- Các chi bộ trực thuộc xây dựng kế hoạch thực hiện Nghị quyết, báo cáo Đảng ủy xã trước ngày 20/01/2020;\n\n"
            "- Ủy ban nhân dân xã cụ thể hóa thành kế hoạch phát triển kinh tế - xã hội năm 2020;\n\n"
            "{after}\n\n"
            "Nghị quyết này được phổ biến đến các chi bộ và đảng viên./.\n")


def _resolution(after: str = VOTE) -> str:
    text = (EXPORTS / "05-dang-uy-xa-nghi-quyet-2020.txt").read_text(encoding="utf-8")
    head, rest = text.split("III. TỔ CHỨC THỰC HIỆN")
    return head + PART_III.replace("{after}", after) + "\nNơi nhận:" + rest.split("\nNơi nhận:", 1)[1]


@pytest.mark.parametrize("layout", ["word", *sorted(LAYOUTS)])
def test_the_vote_adopting_a_resolution_leaves_the_list(layout: str) -> None:
    """The vote was the last "- " entry's paragraph; it is the part's, after its entries."""
    text = _resolution()
    d = tbparse.parse_dict(text if layout == "word" else LAYOUTS[layout](text))
    s = d["sections"][2]
    assert s["title"] == "TỔ CHỨC THỰC HIỆN"
    assert [(i["number"], i["paragraphs"]) for i in s["items"]] == [("-", []), ("-", [])]
    assert _texts(s["paragraphs"]) == [VOTE]
    assert s["paragraphs"][0]["line"] > s["items"][-1]["line"]
    assert d["closing"] == "Nghị quyết này được phổ biến đến các chi bộ và đảng viên./."
    assert body_order_ok(d)


@pytest.mark.parametrize("after", [
    "Nghị quyết này có hiệu lực kể từ ngày ký.",
    "Hội nghị biểu quyết thông qua Nghị quyết với 15/15 đồng chí tán thành (100%).",
    "Kết quả biểu quyết: 15/15 đồng chí Đảng ủy viên dự họp tán thành.",
    "Hội nghị kết thúc lúc 11 giờ 30 phút cùng ngày.",
])
def test_other_lines_about_the_whole_resolution(after: str) -> None:
    s = tbparse.parse_dict(_resolution(after))["sections"][2]
    assert _texts(s["paragraphs"]) == [after]
    assert [i["paragraphs"] for i in s["items"]] == [[], []]


# The cell's minutes of audit 15 with the content's entries typed "- " and no "./." at the end: the
# last line is the body's, and was the last entry's
MINUTES_END = [
    "Biên bản được thông qua lúc 11 giờ cùng ngày, các đại biểu nhất trí 100%.",
    "Cuộc họp kết thúc lúc 11 giờ cùng ngày.",
    "Hội nghị kết thúc lúc 11 giờ cùng ngày, biên bản đã được đọc lại trước chi bộ.",
]


def _minutes(end: str) -> str:
    return (BB_CHI_BO.replace("1. Đồng chí Võ Văn Hùng", "- Đồng chí Võ Văn Hùng").replace("2. Chi bộ", "- Chi bộ")
            .replace("Cuộc họp kết thúc lúc 11 giờ cùng ngày. Biên bản đã được đọc lại trước chi bộ, các đảng viên "
                     "dự họp nhất trí./.", end))


@pytest.mark.parametrize("end", MINUTES_END)
def test_the_minutes_last_line_leaves_the_list(end: str) -> None:
    d = tbparse.parse_dict(_minutes(end))
    s = d["sections"][1]
    assert s["title"] == "NỘI DUNG"
    assert [(i["number"], i["paragraphs"]) for i in s["items"]] == [("-", []), ("-", [])]
    assert _texts(s["paragraphs"]) == [end]
    assert d["signature"]["signer"] == "Nguyễn Thị Lan" and d["unplaced"] == []


def test_the_meetings_end_after_numbered_items_is_the_sections() -> None:
    """"1." … "3." under "NỘI DUNG HỘI NGHỊ", then "Hội nghị kết thúc …" with no "./.": it was item
    3's paragraph."""
    end = "Hội nghị kết thúc lúc 11 giờ 15 phút cùng ngày."
    d = tbparse.parse_dict(BB_HOI_NGHI.replace(end + "/.", end))
    s = d["sections"][0]
    assert [i["paragraphs"] for i in s["items"]] == [[], [], []]
    assert _texts(s["paragraphs"]) == [end]
    assert body_order_ok(d)


@pytest.mark.parametrize(("entry", "after"), [
    # the entry introduces what follows
    ("- Về việc phổ biến Nghị quyết:", "Nghị quyết này được phổ biến đến từng đảng viên trong tháng 01/2020."),
    # a vote on the entry itself, adopting nothing
    ("- Xét đề nghị kết nạp quần chúng Nguyễn Văn An vào Đảng;", "Hội nghị biểu quyết 15/15 đồng chí tán thành."),
    # typed under the entry's text
    ("- Ủy ban nhân dân xã cụ thể hóa thành kế hoạch năm 2020;", "  Biên bản làm việc với các thôn gửi kèm theo."),
])
def test_what_goes_on_in_the_entry(entry: str, after: str) -> None:
    text = _resolution(entry + "\n" + after).replace(
        "- Ủy ban nhân dân xã cụ thể hóa thành kế hoạch phát triển kinh tế - xã hội năm 2020;\n\n", "")
    s = tbparse.parse_dict(text)["sections"][2]
    assert _texts(s["items"][-1]["paragraphs"]) == [after.strip()]
    assert s["paragraphs"] == []


# --- 2. one caps heading over numbered items ---------------------------------------------------

def test_the_minutes_content_heading_titles_its_items() -> None:
    """"NỘI DUNG HỘI NGHỊ" / "1. Đồng chí Phó Bí thư …": the heading was a preamble paragraph and the
    items a section with no title."""
    d = tbparse.parse_dict(BB_HOI_NGHI)
    assert [(s["number"], s["title"], s["role"], len(s["items"])) for s in d["sections"]] == [
        (None, "NỘI DUNG HỘI NGHỊ", "other", 3)]
    assert "NỘI DUNG HỘI NGHỊ" not in _texts(d["preamble"])
    assert d["preamble"][0]["text"].startswith("Hồi 07 giờ 30 phút")
    assert body_order_ok(d)


CONCLUSIONS = ("Ngày 14/10/2022, Ban Thường vụ Huyện ủy họp nghe Ban Tổ chức Huyện ủy báo cáo kết quả kiểm điểm "
               "tập thể, cá nhân năm 2022.\n\n{heading}\n")


@pytest.mark.parametrize("layout", ["word", *sorted(LAYOUTS)])
def test_a_conclusions_heading_over_one_item(layout: str) -> None:
    """"KẾT LUẬN CỦA HỘI NGHỊ" over the notice's directives, in every layout."""
    text = DISTRICT_HEAD + CONCLUSIONS.replace("{heading}", "KẾT LUẬN CỦA HỘI NGHỊ") + DISTRICT_TAIL
    d = tbparse.parse_dict(text if layout == "word" else LAYOUTS[layout](text))
    assert [(s["title"], [i["number"] for i in s["items"]]) for s in d["sections"]] == [
        ("KẾT LUẬN CỦA HỘI NGHỊ", ["1", "2"])]
    assert len(d["preamble"]) == 1


@pytest.mark.parametrize(("heading", "caps"), [
    # the enacting words, a sentence
    ("BAN THƯỜNG VỤ HUYỆN ỦY KẾT LUẬN:", "BAN THƯỜNG VỤ HUYỆN ỦY KẾT LUẬN:"),
    # no "1." under it: a line of the text
    ("KẾT LUẬN CỦA HỘI NGHỊ\n\nBan Thường vụ Huyện ủy cơ bản thống nhất với báo cáo.", "KẾT LUẬN CỦA HỘI NGHỊ"),
    # after a sentence announcing the list: a campaign's name, no part's title
    ("Ban Thường vụ Huyện ủy kết luận như sau:\n\nHỌC TẬP VÀ LÀM THEO TẤM GƯƠNG ĐẠO ĐỨC HỒ CHÍ MINH",
     "HỌC TẬP VÀ LÀM THEO TẤM GƯƠNG ĐẠO ĐỨC HỒ CHÍ MINH"),
])
def test_caps_lines_that_head_no_items(heading: str, caps: str) -> None:
    d = tbparse.parse_dict(DISTRICT_HEAD + CONCLUSIONS.replace("{heading}", heading) + DISTRICT_TAIL)
    assert [s["title"] for s in d["sections"]] == [None]
    assert caps in _texts(d["preamble"])


def test_a_caps_line_under_roman_parts_opens_no_part() -> None:
    """Under an outline of Roman parts the caps line stays a paragraph of its part."""
    body = ("I. Kết quả\n\nCông tác xây dựng Đảng được quan tâm.\n\nII. Nhiệm vụ thời gian tới\n\n"
            "KẾT LUẬN CỦA HỘI NGHỊ\n")
    d = tbparse.parse_dict(DISTRICT_HEAD + body + DISTRICT_TAIL)
    assert [s["title"] for s in d["sections"]] == ["Kết quả", "Nhiệm vụ thời gian tới"]
    assert _texts(d["sections"][1]["paragraphs"]) == ["KẾT LUẬN CỦA HỘI NGHỊ"]


def test_two_caps_parts_are_still_read_as_before() -> None:
    """golden-caps-headings-2001: two unnumbered caps parts, the second over "1." … "3."."""
    d = tbparse.parse_dict((FIXTURES / "golden-caps-headings-2001.txt").read_text(encoding="utf-8"))
    assert [(s["title"], len(s["items"])) for s in d["sections"]] == [
        ("KẾT QUẢ QUÝ I NĂM 2001", 0), ("NHIỆM VỤ QUÝ II NĂM 2001", 3)]


# --- 3. a PDF table's header row, a table of one row ----------------------------------------------

HEAD_CELLS = ["STT", "Nội dung", "Đơn vị thực hiện", "Thời gian"]
HEADER = "STT Nội dung Đơn vị thực hiện Thời gian"


def _typed(tasks: list[tuple[str, str]]) -> str:
    """The table as a Word export types it: a row a line, cells apart by runs of spaces."""
    rows = "".join(f"{k}      {task:<34}Ban Tổ chức Tỉnh uỷ    {when}\n" for k, (task, when) in enumerate(tasks, 1))
    return "STT    Nội dung                          Đơn vị thực hiện       Thời gian\n" + rows


@pytest.mark.parametrize("n", [1, 3])
def test_a_pdf_tables_header_row_is_one_paragraph(n: int) -> None:
    """pdftotext's "STT" / "Nội dung" / "Đơn vị thực hiện" / "Thời gian" / "1" / …: the header was
    four paragraphs and, with one row, its "1" was unplaced as a page number."""
    word = tbparse.parse_dict(_with_table(_typed(TASKS[:n])))
    pdf = tbparse.parse_dict(LAYOUTS["pdf"](_with_table(_typed(TASKS[:n]))))
    want = [HEADER, "1 Rà soát, sàng lọc đảng viên Ban Tổ chức Tỉnh uỷ Quý III/2008",
            "2 Kiện toàn chi bộ Ban Tổ chức Tỉnh uỷ Quý IV/2008",
            "3 Báo cáo kết quả Ban Tổ chức Tỉnh uỷ Tháng 12/2008"][:n + 1]
    for d in (word, pdf):
        assert _texts(d["sections"][0]["items"][0]["paragraphs"]) == want
        assert d["unplaced"] == []
        assert d["sections"][0]["items"][1]["text"] == "Giao Ban Tổ chức Tỉnh uỷ theo dõi, đôn đốc."


def test_a_one_row_tables_row_ends_with_its_cells() -> None:
    """The row has as many cells as the header: a sentence right under it (no blank line in a PDF)
    is no cell of it."""
    cells = "\n".join(HEAD_CELLS) + "\n1\nRà soát, sàng lọc đảng viên\nBan Tổ chức Tỉnh uỷ\nQuý III/2008\n"
    after = "Thời gian hoàn thành chậm nhất trước ngày 15/12/2008.\n"
    d = tbparse.parse_dict(LAYOUTS["pdf"](_with_table(cells, after=after)))
    assert _texts(d["sections"][0]["items"][0]["paragraphs"]) == [
        HEADER, "1 Rà soát, sàng lọc đảng viên Ban Tổ chức Tỉnh uỷ Quý III/2008", after.strip()]


def test_a_one_row_tables_1_is_no_page_with_a_page_2_below() -> None:
    """A page number "2" further down does not make the table's "1" the first page's number
    (furniture counts pages 1, 2 …); the "2" is still furniture."""
    cells = "\n".join(HEAD_CELLS) + "\n1\nRà soát, sàng lọc đảng viên\nBan Tổ chức Tỉnh uỷ\nQuý III/2008\n"
    d = tbparse.parse_dict(_page_two_below(cells))
    assert [u["text"] for u in d["unplaced"]] == ["2"]
    paras = _texts(d["sections"][0]["items"][0]["paragraphs"])
    assert paras[:2] == [HEADER, "1 Rà soát, sàng lọc đảng viên Ban Tổ chức Tỉnh uỷ Quý III/2008"]
    assert paras[-1] == BROKEN_SENTENCE
