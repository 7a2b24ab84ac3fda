"""Audit 14: a paragraph after a list, the attendance sentence's own words, a PDF table's numbers.

1. A plain paragraph after the last entry of a list went into that entry: a schedule's closing
   request ("Đề nghị các cơ quan, đơn vị … gửi về Văn phòng trước 16 giờ 00 ngày 12/10/2024.") became
   the last bullet's paragraph and gave it that deadline (steps/structure.py).
2. "Dự họp có đủ các đồng chí …; mời đồng chí …, Giám đốc Sở Tài chính dự." kept "đủ", "mời" and
   "dự" in the attendees (steps/meeting.py).
3. A PDF table's number column ("1" / "Rà soát đảng viên" / "2" / …, one cell a line) went to
   ``unplaced`` as page numbers (steps/paragraphs.py).
"""
from __future__ import annotations

from pathlib import Path

import pytest

import tbparse
from tests.layouts import LAYOUTS, docx as to_docx
from tests.lossless import body_order_ok
from tests.notices import DISTRICT_HEAD, DISTRICT_TAIL, QUY_CHE_HEAD

EXPORTS = Path(__file__).resolve().parent / "data" / "exports"
SEED = Path(__file__).resolve().parent.parent / "fixtures" / "seed-503-tb-tu.txt"


def _doc(name: str) -> dict:
    return tbparse.parse_dict((EXPORTS / name).read_text(encoding="utf-8"))


def _texts(paras: list[dict]) -> list[str]:
    return [p["text"] for p in paras]


def _dues(nodes: list[dict]) -> list[tuple[int, str]]:
    """(line, by) of every due in a tree of items and bullets."""
    out = []
    for n in nodes:
        if "due" in n:
            out.append((n["line"], n["due"]["by"]))
        out += _dues(n.get("bullets", []) + n.get("items", []))
    return out


# --- 1. a paragraph after a list ----------------------------------------------------------------

# A district committee's weekly schedule (Nam Đàn, 10/10/2024): days as numbered items, hours as
# bullets; {extra} stands after the first day's last bullet, {request} after the whole list.
SCHEDULE = """\
  ĐẢNG BỘ TỈNH NGHỆ AN                          ĐẢNG CỘNG SẢN VIỆT NAM
  HUYỆN ỦY NAM ĐÀN
         *
   Số 312-TB/HU                              Nam Đàn, ngày 10 tháng 10 năm 2024

                              THÔNG BÁO
        lịch công tác của Thường trực Huyện ủy tuần 42
                                -----

Thường trực Huyện ủy thông báo lịch công tác tuần từ ngày 14/10 đến ngày 18/10/2024 như sau:

1. Thứ Hai (14/10/2024):

- 7 giờ 00: Đồng chí Bí thư Huyện ủy dự lễ chào cờ tại Ủy ban nhân dân huyện.

- 8 giờ 30: Thường trực Huyện ủy họp giao ban với Thường trực HĐND, UBND huyện.

- 14 giờ 00: Đồng chí Phó Bí thư Thường trực Huyện ủy làm việc với Đảng ủy xã Kim Liên.
{extra}
2. Thứ Tư (16/10/2024):

- 8 giờ 00: Ban Thường vụ Huyện ủy họp thường kỳ tại Phòng họp số 1.

- 14 giờ 00: Đồng chí Bí thư Huyện ủy tiếp công dân định kỳ.

{request}
Văn phòng Huyện ủy thông báo để các đồng chí biết, thực hiện./.

Nơi nhận:                                       T/L BAN THƯỜNG VỤ
- Thường trực Huyện ủy,                          CHÁNH VĂN PHÒNG
- Các đồng chí Ủy viên Ban Thường vụ,
- Lưu VP.

                                                Hoàng Văn Sơn
"""
REQUEST = ("Đề nghị các đồng chí được phân công chuẩn bị nội dung, tài liệu gửi về Văn phòng trước 16 giờ 00 "
           "ngày 12/10/2024.\n")
KIM_LIEN = ("Đề nghị Đảng ủy xã Kim Liên chuẩn bị báo cáo, gửi về Văn phòng Huyện ủy trước 10 giờ 00 ngày "
            "14/10/2024.")


def _schedule(extra: str = "", request: str = REQUEST) -> str:
    return SCHEDULE.replace("{extra}", extra).replace("{request}", request)


def test_the_request_after_a_schedule_is_the_sections_not_the_last_bullets() -> None:
    """Export 42 (a quận ủy's week): "Đề nghị các cơ quan, đơn vị … trước 16 giờ 00 ngày
    12/10/2024." after Saturday's one bullet was that bullet's paragraph and its due."""
    d = _doc("42-quan-uy-tb-lich-cong-tac-dong-gui-2024.txt")
    s = d["sections"][0]
    saturday = s["items"][-1]
    assert saturday["text"] == "Thứ Bảy (19/10/2024):"
    assert [(b["paragraphs"], "due" in b) for b in saturday["bullets"]] == [([], False)]
    assert _texts(s["paragraphs"]) == [
        "Đề nghị các cơ quan, đơn vị chuẩn bị nội dung, tài liệu phục vụ các cuộc họp gửi về Văn phòng Quận ủy "
        "trước 16 giờ 00 ngày 12/10/2024."]
    assert _dues(s["items"]) == []
    assert body_order_ok(d)


@pytest.mark.parametrize("layout", ["word", *sorted(LAYOUTS)])
def test_a_schedules_closing_request_leaves_the_list_in_every_layout(layout: str) -> None:
    text = _schedule()
    d = tbparse.parse_dict(text if layout == "word" else LAYOUTS[layout](text))
    s = d["sections"][0]
    assert [(i["number"], len(i["bullets"])) for i in s["items"]] == [("1", 3), ("2", 2)]
    assert _texts(s["paragraphs"]) == [REQUEST.strip()]
    assert [b["paragraphs"] for i in s["items"] for b in i["bullets"]] == [[]] * 5
    assert _dues(s["items"]) == []
    assert d["closing"] == "Văn phòng Huyện ủy thông báo để các đồng chí biết, thực hiện./."


def test_the_preview_shows_a_paragraph_after_the_list_it_left() -> None:
    """A node's paragraphs and children are shown in order of line: Monday's request after its
    bullets, the week's request after the last day."""
    import io

    from rich.console import Console

    from tbparse.preview import render

    buf = io.StringIO()
    render(tbparse.parse_dict(_schedule(extra="\n" + KIM_LIEN + "\n")), console=Console(file=buf, width=200,
                                                                                    color_system=None))
    out = buf.getvalue()
    order = ["- 14 giờ 00: Đồng chí Phó Bí thư", "Đề nghị Đảng ủy xã Kim Liên", "2 Thứ Tư", "- 14 giờ 00: Đồng chí Bí thư",
             "Đề nghị các đồng chí được phân công"]
    at = [out.find(x) for x in order]
    assert -1 not in at and at == sorted(at), at


def test_a_request_between_two_items_stays_with_the_item_it_follows() -> None:
    """Monday's request to Kim Liên, after Monday's bullets and before "2.": Monday's paragraph
    (after its bullets, by line) with Monday's deadline — not the bullet's, not the section's."""
    d = tbparse.parse_dict(_schedule(extra="\n" + KIM_LIEN + "\n"))
    monday = d["sections"][0]["items"][0]
    assert _texts(monday["paragraphs"]) == [KIM_LIEN]
    assert [b["paragraphs"] for b in monday["bullets"]] == [[], [], []]
    assert monday["due"] == {"text": "trước 10 giờ 00 ngày 14/10/2024", "by": "2024-10-14"}
    assert monday["paragraphs"][0]["line"] > monday["bullets"][-1]["line"]
    assert _texts(d["sections"][0]["paragraphs"]) == [REQUEST.strip()]
    assert body_order_ok(d)


def test_a_paragraph_typed_under_the_bullets_text_stays_in_the_bullet() -> None:
    """Indented like the bullet's text (a Word export), the request is the bullet's own."""
    d = tbparse.parse_dict(_schedule(extra="\n  " + KIM_LIEN + "\n"))
    last = d["sections"][0]["items"][0]["bullets"][-1]
    assert _texts(last["paragraphs"]) == [KIM_LIEN]
    assert last["due"]["by"] == "2024-10-14"


@pytest.mark.parametrize(("indent_cm", "in_bullet"), [(0, False), (1, True)])
def test_in_a_docx_the_requests_indent_decides_too(indent_cm: int, in_bullet: bool) -> None:
    """A Word paragraph indented past the bullet's text start is the bullet's; one at its margin
    leaves the list as in text."""
    import io

    import docx as python_docx
    from docx.shared import Cm

    doc = python_docx.Document(io.BytesIO(to_docx(_schedule(extra="\n" + KIM_LIEN + "\n"))))
    for para in doc.paragraphs:
        if para.text.startswith("Đề nghị Đảng ủy xã"):
            para.paragraph_format.left_indent = Cm(indent_cm)
    out = io.BytesIO()
    doc.save(out)
    monday = tbparse.parse_bytes(out.getvalue(), path="lich.docx").to_dict()["sections"][0]["items"][0]
    assert _texts(monday["bullets"][-1]["paragraphs"]) == ([KIM_LIEN] if in_bullet else [])
    assert _texts(monday["paragraphs"]) == ([] if in_bullet else [KIM_LIEN])


@pytest.mark.parametrize(("bullet", "after"), [
    # the bullet introduces what follows
    ("- Về kinh phí tổ chức hội nghị:", "Đề nghị Ủy ban nhân dân huyện bố trí từ nguồn ngân sách năm 2022."),
    # not finished: the sentence goes on
    ("- Rà soát, bổ sung quy hoạch cán bộ các chức danh chủ chốt, trong đó", "Giao Ban Tổ chức Huyện ủy chủ trì."),
    # a paragraph of the same kind: the bullet's own text goes on
    ("- Kiện toàn chi ủy các chi bộ trực thuộc.", "Trường hợp chi bộ có dưới 9 đảng viên thì bầu bí thư chi bộ."),
    # "Giao thông …" assigns nothing
    ("- Đẩy nhanh tiến độ các công trình trọng điểm.", "Giao thông nông thôn được ưu tiên vốn đối ứng."),
])
def test_what_goes_on_in_the_bullet(bullet: str, after: str) -> None:
    d = tbparse.parse_dict(DISTRICT_HEAD + "1. Về công tác cán bộ:\n\n- Bổ sung nguồn cán bộ nữ, cán bộ trẻ;\n\n"
                           + bullet + "\n\n" + after + "\n" + DISTRICT_TAIL)
    items = d["sections"][0]["items"]
    assert _texts(items[0]["bullets"][-1]["paragraphs"]) == [after]
    assert items[0]["paragraphs"] == [] and d["sections"][0]["paragraphs"] == []


def test_a_list_standing_as_a_sections_items_leaves_to_the_section() -> None:
    """"- …" entries straight under "II. Nhiệm vụ" are the section's items; the request after the
    last is the section's paragraph, and the next part is read as before."""
    body = ("I. Kết quả\n\nCông tác xây dựng Đảng được quan tâm; chất lượng sinh hoạt chi bộ từng bước nâng lên.\n\n"
            "II. Nhiệm vụ thời gian tới\n\n"
            "- Các chi, đảng bộ cơ sở nâng cao chất lượng sinh hoạt chi bộ;\n\n"
            "- Rà soát, sàng lọc đảng viên, hoàn thành trong quý IV/2022.\n\n"
            "Yêu cầu các chi, đảng bộ cơ sở báo cáo kết quả về Ban Tổ chức Huyện ủy trước ngày 30/11/2022.\n\n"
            "III. Tổ chức thực hiện\n\nBan Tổ chức Huyện ủy theo dõi, đôn đốc việc thực hiện.\n")
    d = tbparse.parse_dict(DISTRICT_HEAD + body + "\nVăn phòng" + DISTRICT_TAIL.split("\nVăn phòng", 1)[1])
    s = d["sections"][1]
    assert [(i["number"], i["paragraphs"]) for i in s["items"]] == [("-", []), ("-", [])]
    assert _texts(s["paragraphs"]) == [
        "Yêu cầu các chi, đảng bộ cơ sở báo cáo kết quả về Ban Tổ chức Huyện ủy trước ngày 30/11/2022."]
    assert [x["title"] for x in d["sections"]] == ["Kết quả", "Nhiệm vụ thời gian tới", "Tổ chức thực hiện"]
    assert body_order_ok(d)


def test_an_assignment_after_the_last_numbered_item_is_the_sections() -> None:
    """Export 04: "Giao Văn phòng Thị uỷ theo dõi, đôn đốc … Kết luận này." after "3.3. Mặt trận …"
    speaks for the whole conclusions; it was item 3.3's paragraph."""
    s = _doc("04-thi-uy-ket-luan-2012.txt")["sections"][0]
    assert _texts(s["paragraphs"]) == ["Giao Văn phòng Thị uỷ theo dõi, đôn đốc, định kỳ báo cáo Ban Thường vụ Thị uỷ "
                                       "kết quả thực hiện Kết luận này."]
    assert [(i["number"], i["paragraphs"]) for i in s["items"][-1]["items"]] == [("3.1", []), ("3.2", []), ("3.3", [])]


def test_an_articles_last_sentence_stays_in_the_article() -> None:
    """A normative text's parts are chapters: "Giao …" after the points of an article's clause
    leaves the points, but not for the chapter — it stays in the article."""
    text = (QUY_CHE_HEAD + "Điều 1. Phạm vi điều chỉnh\n\n"
            "1. Quy chế này quy định về nguyên tắc làm việc của Chi bộ Ấp 3, gồm:\n\n"
            "a) Chế độ sinh hoạt chi bộ;\n\nb) Chế độ thông tin, báo cáo.\n\n"
            "Giao đồng chí Phó Bí thư Chi bộ hướng dẫn thực hiện Điều này.\n\n"
            "Điều 2. Đối tượng áp dụng\n\nQuy chế này áp dụng đối với chi ủy và đảng viên Chi bộ Ấp 3.\n\n"
            "Chương II\nNHIỆM VỤ CỤ THỂ\n\nĐiều 3. Sinh hoạt chi bộ\n\n"
            "1. Chi bộ sinh hoạt thường kỳ mỗi tháng một lần.\n\n"
            "a) Chi ủy chuẩn bị nội dung;\n\nb) Đảng viên tham dự đầy đủ.\n\n"
            "Giao đồng chí Bí thư Chi bộ chủ trì thực hiện Điều này.\n\n"
            "Chương III\nTỔ CHỨC THỰC HIỆN\n\nĐiều 4. Hiệu lực thi hành\n\nQuy chế có hiệu lực từ ngày ký./.\n\n"
            "Nơi nhận:                                       T/M CHI BỘ\n"
            "- Đảng ủy xã,                                   BÍ THƯ\n- Lưu.\n\n"
            "                                                Nguyễn Văn Hải\n")
    d = tbparse.parse_dict(text)
    for sec, article in ((0, 0), (1, 0)):
        s = d["sections"][sec]
        clause = s["items"][article]["items"][0]
        assert s["paragraphs"] == []
        assert [b["paragraphs"] for b in clause["bullets"]] == [[], []]
        assert [p["text"][:20] for p in clause["paragraphs"]] == ["Giao đồng chí Phó Bí" if sec == 0 else "Giao đồng chí Bí thư"]


# --- 2. the attendance sentence's own words -----------------------------------------------------

MEETING = "Ngày 14/10/2022, Ban Thường vụ Huyện ủy họp dưới sự chủ trì của đồng chí Nguyễn Văn Bình, Bí thư Huyện ủy.\n\n"


def _attendees(sentence: str) -> list[str]:
    return tbparse.parse_dict(DISTRICT_HEAD + MEETING + sentence + "\n" + DISTRICT_TAIL)["attendees"]


@pytest.mark.parametrize(("sentence", "want"), [
    ("Dự họp có đủ các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy; mời đồng chí Nguyễn Văn A, Giám đốc Sở Tài chính dự.",
     ["các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy", "đồng chí Nguyễn Văn A, Giám đốc Sở Tài chính"]),
    ("Dự họp có đầy đủ các đồng chí Ủy viên Ban Thường vụ Huyện ủy; có mời đồng chí Trần Văn Dự, Trưởng Ban Tổ "
     "chức Huyện ủy cùng tham dự hội nghị.",
     ["các đồng chí Ủy viên Ban Thường vụ Huyện ủy", "đồng chí Trần Văn Dự, Trưởng Ban Tổ chức Huyện ủy"]),
    ("Tham dự có các đồng chí Huyện ủy viên; mời lãnh đạo Ban Tổ chức, Văn phòng Huyện ủy tham dự.",
     ["các đồng chí Huyện ủy viên", "lãnh đạo Ban Tổ chức, Văn phòng Huyện ủy"]),
    ("Tham dự buổi làm việc có Ban Tổ chức, Ban Tuyên giáo và Văn phòng Huyện ủy cùng dự.",
     ["Ban Tổ chức", "Ban Tuyên giáo", "Văn phòng Huyện ủy"]),
    # a name that ends on "Dự" and one that holds "Mời" are names
    ("Dự họp có các đồng chí Ủy viên Ban Thường vụ Huyện ủy; đồng chí Nguyễn Thị Mời, Chủ tịch Hội Liên hiệp "
     "Phụ nữ huyện; đồng chí Lê Văn Dự",
     ["các đồng chí Ủy viên Ban Thường vụ Huyện ủy", "đồng chí Nguyễn Thị Mời, Chủ tịch Hội Liên hiệp Phụ nữ huyện",
      "đồng chí Lê Văn Dự"]),
])
def test_attendees_lose_the_sentences_filler_words(sentence: str, want: list[str]) -> None:
    assert _attendees(sentence) == want


def test_attendee_bullets_lose_them_too() -> None:
    got = _attendees("Tham dự hội nghị có các đồng chí:\n\n- Lê Văn Dũng, Phó Bí thư Thường trực Huyện ủy;\n\n"
                     "- mời đồng chí Phạm Thị Hoa, Phó Giám đốc Sở Nội vụ dự.\n")
    assert got == ["Lê Văn Dũng, Phó Bí thư Thường trực Huyện ủy", "đồng chí Phạm Thị Hoa, Phó Giám đốc Sở Nội vụ"]


# --- 3. a PDF table's number column -------------------------------------------------------------

def _with_table(rows: str, after: str = "") -> str:
    """The seed notice (a Word export) with a task table under its directives' first item."""
    seed = SEED.read_text(encoding="utf-8")
    head, tail = seed.split("I- Đánh giá")[0], seed.split("thực hiện./.")[-1]
    return (head + "II- Nhiệm vụ\n\n1- Các đơn vị thực hiện theo bảng sau:\n\n" + rows + "\n"
            + after + "2- Giao Ban Tổ chức Tỉnh uỷ theo dõi, đôn đốc.\n\n"
            "Văn phòng Tỉnh uỷ thông báo để các cơ quan biết, thực hiện./.\n" + tail)


# a sentence under the table whose line a page break cut (pdftotext puts the page number "2" there)
BROKEN_SENTENCE = "Các chi bộ tổ chức quán triệt đến từng đảng viên, gắn với việc thực hiện nhiệm vụ chính trị."


def _page_two_below(cells: str) -> str:
    """The seed's PDF text with the table *cells* and, eight paragraphs under it (further than a
    table's figures stand apart), :data:`BROKEN_SENTENCE` broken by the page number "2"."""
    filler = "".join(f"Chi bộ {k} đã hoàn thành việc kiểm điểm đảng viên năm 2008.\n\n" for k in range(1, 9))
    lines = LAYOUTS["pdf"](_with_table(cells, after=filler + BROKEN_SENTENCE + "\n\n")).split("\n")
    k = next(i for i, ln in enumerate(lines) if ln.startswith("Các chi bộ tổ chức"))
    lines[k:k + 1] = ["Các chi bộ tổ chức quán triệt đến từng đảng viên, gắn với việc", "2",
                      "thực hiện nhiệm vụ chính trị."]
    return "\n".join(lines)


TASKS = [("Rà soát, sàng lọc đảng viên", "Quý III/2008"), ("Kiện toàn chi bộ", "Quý IV/2008"),
         ("Báo cáo kết quả", "Tháng 12/2008")]
ROWS = ["1 Rà soát, sàng lọc đảng viên Ban Tổ chức Tỉnh uỷ Quý III/2008",
        "2 Kiện toàn chi bộ Ban Tổ chức Tỉnh uỷ Quý IV/2008",
        "3 Báo cáo kết quả Ban Tổ chức Tỉnh uỷ Tháng 12/2008"]


def test_a_pdf_tables_number_column_stays_in_the_text() -> None:
    """pdftotext writes the table one cell a line; "1", "2", "3" were unplaced as page numbers and
    each row's cells scattered. Each row is one paragraph, as the Word export's row typed with
    spaces is."""
    cells = "".join(f"{k}\n{task}\nBan Tổ chức Tỉnh uỷ\n{when}\n" for k, (task, when) in enumerate(TASKS, 1))
    d = tbparse.parse_dict(LAYOUTS["pdf"](_with_table(cells)))
    item = d["sections"][0]["items"][0]
    assert _texts(item["paragraphs"]) == ROWS
    assert d["unplaced"] == []
    assert d["sections"][0]["items"][1]["text"] == "Giao Ban Tổ chức Tỉnh uỷ theo dõi, đôn đốc."

    typed = "".join(f"{k}    {task:<34}Ban Tổ chức Tỉnh uỷ    {when}\n" for k, (task, when) in enumerate(TASKS, 1))
    assert _texts(tbparse.parse_dict(_with_table(typed))["sections"][0]["items"][0]["paragraphs"]) == ROWS


def test_the_last_row_ends_where_the_rows_before_it_did() -> None:
    """A sentence right under the table (a PDF has no blank line) is no cell of its last row."""
    cells = "".join(f"{k}\n{task}\n" for k, (task, _) in enumerate(TASKS, 1))
    after = "Thời gian hoàn thành chậm nhất trước ngày 15/12/2008.\n"
    d = tbparse.parse_dict(LAYOUTS["pdf"](_with_table(cells, after=after)))
    paras = _texts(d["sections"][0]["items"][0]["paragraphs"])
    assert paras == ["1 Rà soát, sàng lọc đảng viên", "2 Kiện toàn chi bộ", "3 Báo cáo kết quả", after.strip()]


def test_a_page_number_away_from_the_table_is_still_furniture() -> None:
    """A lone "2" breaking a sentence, no figure near it, is still a page number (unplaced, the
    sentence read across it); the table's figures above stay cells."""
    cells = "".join(f"{k}\n{task}\n" for k, (task, _) in enumerate(TASKS, 1))
    d = tbparse.parse_dict(_page_two_below(cells))
    assert [u["text"] for u in d["unplaced"]] == ["2"]
    paras = _texts(d["sections"][0]["items"][0]["paragraphs"])
    assert paras[:3] == ["1 Rà soát, sàng lọc đảng viên", "2 Kiện toàn chi bộ", "3 Báo cáo kết quả"]
    assert paras[-1] == BROKEN_SENTENCE


def test_a_superscript_alone_on_a_pdf_line_is_no_figure() -> None:
    """pdftotext puts a superscript on a line of its own ("… diện tích 320 m" / "²" / "đất …"):
    str.isdigit takes "²" for a digit and int() does not — both steps' figure tests raised."""
    cells = "".join(f"{k}\n{task}\n" for k, (task, _) in enumerate(TASKS, 1))
    after = "Các chi bộ bố trí hội trường có diện tích từ 320 m\n\n²\n\ntrở lên cho hội nghị.\n\n"
    d = tbparse.parse_dict(LAYOUTS["pdf"](_with_table(cells, after=after)))
    paras = _texts(d["sections"][0]["items"][0]["paragraphs"])
    assert paras[:3] == ["1 Rà soát, sàng lọc đảng viên", "2 Kiện toàn chi bộ", "3 Báo cáo kết quả"]
    assert "²" in " ".join(paras) and d["unplaced"] == []
