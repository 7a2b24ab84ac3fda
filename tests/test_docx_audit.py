"""Word drafts typed the way offices type them (from an audit of .docx files): manual line breaks
inside a paragraph, header and signature parts placed with tab stops and indents instead of a
table, two parts with different formatting on one tabbed line, a broken package.

Each draft is built here with python-docx; one test per defect, asserting the exact values.
"""
from __future__ import annotations

import io
import zipfile

import pytest
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm

from tbparse.source import from_docx_bytes
from tbparse.errors import InputError
from tbparse.lint import lint_source
from tbparse.parser import parse_source

from .docx_builders import borderless_table, new_doc, para, run, to_bytes

ISSUER, HEADING = "TỈNH ỦY BÌNH THUẬN", "ĐẢNG CỘNG SẢN VIỆT NAM"
NUMBER, DATE = "Số 125-TB/TU", "Phan Thiết, ngày 05 tháng 3 năm 2024"
SUBJECT = ("kết luận của Thường trực Tỉnh ủy tại buổi làm việc", "với Đảng ủy Khối các cơ quan tỉnh")
OPENING = ("Ngày 28/02/2024, đồng chí Đỗ Ngọc Điệp – Phó Bí thư Thường trực Tỉnh ủy đã có buổi làm việc "
           "với Đảng ủy Khối các cơ quan tỉnh về tình hình thực hiện nhiệm vụ năm 2023.")
ITEMS = (
    "1. Tiếp tục quán triệt, triển khai thực hiện nghiêm các nghị quyết, chỉ thị của Đảng.",
    "2. Nâng cao chất lượng sinh hoạt chi bộ; hoàn thành trước ngày 30/6/2024.",
    "3. Chuẩn bị tốt các điều kiện tổ chức đại hội đảng bộ các cấp, trong đó:",
)
POINTS = ("a) Rà soát, bổ sung quy hoạch cấp ủy các cấp;", "b) Xây dựng văn kiện đại hội bảo đảm chất lượng.")
CLOSING = ("Văn phòng Tỉnh ủy thông báo ý kiến kết luận của Thường trực Tỉnh ủy để Đảng ủy Khối các cơ "
           "quan tỉnh và các cơ quan liên quan biết, thực hiện./.")
RECIPIENTS = ("- Thường trực Tỉnh ủy,", "- Đảng ủy Khối các cơ quan tỉnh,", "- Lưu Văn phòng Tỉnh ủy.")


def broken(container, lines, **style):
    """One paragraph whose *lines* are separated by manual line breaks (Shift+Enter)."""
    p = para(container, lines[0], **style)
    for text in lines[1:]:
        p.runs[-1].add_break()
        run(p, text, **{k: v for k, v in style.items() if k != "align"})
    return p


def header_table(d) -> None:
    left, right = borderless_table(d).rows[0].cells
    para(left, ISSUER, bold=True, size=14, align="center", first=True)
    para(left, "*", align="center")
    para(left, NUMBER, size=14, align="center")
    para(right, HEADING, bold=True, size=15, align="center", first=True)
    para(right, DATE, italic=True, size=14, align="center")


def footer_table(d) -> None:
    left, right = borderless_table(d).rows[0].cells
    para(left, "Nơi nhận:", bold=True, italic=True, underline=True, size=14, first=True)
    for r in RECIPIENTS:
        para(left, r, size=12)
    para(right, "T/L BAN THƯỜNG VỤ", bold=True, size=14, align="center", first=True)
    para(right, "CHÁNH VĂN PHÒNG", size=14, align="center")
    para(right, "")
    para(right, "Nguyễn Văn Hùng", bold=True, size=14, align="center")


def codes(data: bytes) -> list[str]:
    return sorted({f.code for f in lint_source(from_docx_bytes(data, path="draft.docx"), {}, era="2018")})


# ---------------------------------------------------------------------------- defect 1


def test_manual_line_breaks_split_a_title_a_subject_rule_items_and_points() -> None:
    # the title typed in one centred paragraph "THÔNG BÁO⏎subject⏎subject", items "1. …⏎2. …⏎3. …"
    # and points "a) …⏎b) …" each in one paragraph
    d = new_doc()
    header_table(d)
    para(d)
    broken(d, ("THÔNG BÁO", *SUBJECT), bold=True, size=14, align="center")  # ¶7
    para(d, "-----", align="center")
    para(d, OPENING, align="justify")  # ¶9
    para(d, "Sau khi nghe báo cáo, đồng chí Phó Bí thư Thường trực Tỉnh ủy kết luận như sau:", align="justify")
    broken(d, ITEMS, align="justify")  # ¶11
    broken(d, POINTS, align="justify")  # ¶12
    para(d, CLOSING, align="justify")
    footer_table(d)
    data = to_bytes(d)
    src = from_docx_bytes(data)
    assert [(ln.no, ln.text) for ln in src.lines if ln.no == 7] == [
        (7, "THÔNG BÁO"), (7, SUBJECT[0]), (7, SUBJECT[1]),
    ]
    out = parse_source(src)
    assert (out["doc_type"], out["subject"]) == ("THÔNG BÁO", " ".join(SUBJECT))
    lay = out["layout"]
    assert (lay["doc_type_line"], lay["subject_lines"], lay["subject_rule"]) == (7, [7, 7], 8)
    assert out["warnings"] == []
    assert (out["meeting"]["date"], out["meeting"]["chair"], out["meeting"]["line"]) == (
        "2024-02-28", [{"name": "Đỗ Ngọc Điệp", "title": "Phó Bí thư Thường trực Tỉnh ủy"}], 9,
    )
    items = [it for s in out["sections"] for it in s["items"]]
    assert [(it["number"], it["line"], it.get("due")) for it in items] == [
        ("1", 11, None),
        ("2", 11, {"text": "trước ngày 30/6/2024", "by": "2024-06-30"}),
        ("3", 11, None),
    ]
    assert [(b["marker"], b["line"], b["text"]) for b in items[2]["bullets"]] == [
        ("a)", 12, POINTS[0][3:]), ("b)", 12, POINTS[1][3:]),
    ]
    assert "TB019" not in codes(data) and "TB038" not in codes(data)

    # the subject and its dash rule in one paragraph: "subject⏎-----"
    d = new_doc()
    header_table(d)
    para(d)
    para(d, "THÔNG BÁO", bold=True, size=16, align="center")  # ¶7
    broken(d, (" ".join(SUBJECT), "-----"), bold=True, size=14, align="center")  # ¶8
    para(d, OPENING, align="justify")
    para(d, CLOSING, align="justify")
    footer_table(d)
    data = to_bytes(d)
    out = parse_source(from_docx_bytes(data))
    assert (out["subject"], out["layout"]["subject_lines"], out["layout"]["subject_rule"]) == (
        " ".join(SUBJECT), [8, 8], 8,
    )
    assert "TB021" not in codes(data)


# ---------------------------------------------------------------------------- defects 2 and 3

TAB_STOPS = ((3.5, WD_TAB_ALIGNMENT.CENTER), (11.5, WD_TAB_ALIGNMENT.CENTER))


def tabbed(d, *cells):
    """A paragraph of tab-separated parts on centre tab stops at 3.5 and 11.5 cm: *cells* are
    (text, style) runs, "\\t" typed as its own run — the header and footer without a table."""
    p = d.add_paragraph()
    for cm, kind in TAB_STOPS:
        p.paragraph_format.tab_stops.add_tab_stop(Cm(cm), kind)
    for text, style in cells:
        run(p, text, **style)
    return p


def title_and_body(d) -> None:
    para(d, "THÔNG BÁO", bold=True, size=16, align="center")
    para(d, " ".join(SUBJECT), bold=True, size=14, align="center")
    para(d, "-----", align="center")
    para(d, OPENING, size=14, align="justify")
    para(d, CLOSING, size=14, align="justify")
    para(d)


T = ("\t", {})


def tb(data: bytes, code: str) -> list[str]:
    src = from_docx_bytes(data, path="draft.docx")
    return [f"¶{f.line} {f.message}" for f in lint_source(src, {"select": [code]}, era="2018")]


def test_tb042_parts_placed_with_tab_stops_and_indents_are_on_their_side() -> None:
    # header typed with tabs; the date alone on its line on the 11.5 cm stop; the signature centred
    # under an 8 cm left indent; "Nơi nhận" flush left
    d = new_doc()
    tabbed(d, T, (ISSUER, {"bold": True, "size": 14}), T, (HEADING, {"bold": True, "size": 15}))
    tabbed(d, T, ("*", {}))
    tabbed(d, T, T, (DATE, {"italic": True, "size": 14}))  # ¶3
    tabbed(d, T, (NUMBER, {"size": 14}))
    title_and_body(d)
    for text, bold in (("T/L BAN THƯỜNG VỤ", True), ("CHÁNH VĂN PHÒNG", None), ("", None), ("Nguyễn Văn Hùng", True)):
        p = para(d, text, bold=bold, size=14, align="center")
        p.paragraph_format.left_indent = Cm(8)
    para(d, "Nơi nhận:", underline=True, size=14)
    for r in RECIPIENTS:
        para(d, r, size=12)
    src = from_docx_bytes(to_bytes(d))
    date = src.lines[2].fmt["frags"][0]
    assert (date["anchor"], (date["x_mm"][0] + date["x_mm"][1]) / 2) == ("center", 115.0)
    sig = next(ln for ln in src.lines if ln.text == "T/L BAN THƯỜNG VỤ").fmt
    assert (sig["frags"][0]["anchor"], sig["width_mm"], sig["box_mm"]) == ("center", 165.0, 85.0)
    assert tb(to_bytes(d), "TB042") == []

    # the same date on the 3.5 cm stop is on the left, and is reported
    d2 = new_doc()
    tabbed(d2, T, (ISSUER, {"bold": True, "size": 14}), T, (HEADING, {"bold": True, "size": 15}))
    tabbed(d2, T, ("*", {}))
    tabbed(d2, T, (DATE, {"italic": True, "size": 14}))
    tabbed(d2, T, (NUMBER, {"size": 14}))
    title_and_body(d2)
    assert tb(to_bytes(d2), "TB042") == [
        "¶3 The place and date line is on the left; it belongs in the right half of the page",
    ]


def test_tb043_reads_each_tab_separated_part_in_its_own_format() -> None:
    # every run set by the book; the parts beside each other on a line differ in size and style
    d = new_doc()
    tabbed(d, T, (ISSUER, {"bold": True, "size": 14}), T, (HEADING, {"bold": True, "size": 15}))
    tabbed(d, T, ("*", {}))
    tabbed(d, T, (NUMBER, {"size": 14}), T, (DATE, {"italic": True, "size": 14}))
    title_and_body(d)
    tabbed(d, T, ("Nơi nhận:", {"underline": True, "size": 14}), T, ("T/L BAN THƯỜNG VỤ", {"bold": True, "size": 14}))
    tabbed(d, T, (RECIPIENTS[0], {"size": 12}), T, ("CHÁNH VĂN PHÒNG", {"size": 14}))
    for r in RECIPIENTS[1:]:
        para(d, r, size=12)
    para(d)
    tabbed(d, T, T, ("Nguyễn Văn Hùng", {"bold": True, "size": 14}))
    data = to_bytes(d)
    assert [(f["size"], f["bold"], f["italic"]) for f in from_docx_bytes(data).lines[0].fmt["frags"]] == [
        (14.0, True, False), (15.0, True, False),
    ]
    assert tb(data, "TB043") == []
    assert tb(data, "TB042") == []

    # one part wrong: the date upright beside an upright number is still found
    d = new_doc()
    tabbed(d, T, (ISSUER, {"bold": True, "size": 14}), T, (HEADING, {"bold": True, "size": 15}))
    tabbed(d, T, (NUMBER, {"size": 14}), T, (DATE, {"size": 14}))
    title_and_body(d)
    assert tb(to_bytes(d), "TB043") == [
        "¶2 the place and date line should be in italics (36-HD/VPTW (2018) Phụ lục 3)",
    ]


# ---------------------------------------------------------------------------- defect 4


def test_broken_content_types_is_a_one_line_input_error() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(to_bytes(new_doc()))) as src, zipfile.ZipFile(buf, "w") as out:
        for info in src.infolist():
            data = b"<Types/>" if info.filename == "[Content_Types].xml" else src.read(info.filename)
            out.writestr(info.filename, data)
    with pytest.raises(InputError) as exc:
        from_docx_bytes(buf.getvalue(), path="bad.docx")
    assert str(exc.value) == "bad.docx: not a valid .docx: [Content_Types].xml is not a content-type list"


# ---------------------------------------------------------------------------- follow-ups


def titled_draft():
    """A draft with the header table and a title block (¶1–¶9); the body comes next."""
    d = new_doc()
    header_table(d)
    para(d)
    para(d, "THÔNG BÁO", bold=True, size=16, align="center")
    para(d, " ".join(SUBJECT), bold=True, size=14, align="center")
    para(d, "-----", align="center")
    return d


def test_a_sentence_wrapped_by_hand_stays_one_paragraph() -> None:
    # "… đã có buổi làm việc⏎với Đảng ủy Khối …" is one sentence; a full stop then a capital, or an
    # item marker, after a manual break starts a paragraph of its own
    d = titled_draft()
    cut = OPENING.index("với Đảng ủy")
    broken(d, (OPENING[:cut].rstrip(), OPENING[cut:], "Tham dự có đại diện Ban Tổ chức Tỉnh ủy."),
           align="justify")  # ¶10
    para(d, CLOSING, align="justify")
    footer_table(d)
    out = parse_source(from_docx_bytes(to_bytes(d)))
    assert [(p["line"], p["text"]) for p in out["preamble"]] == [
        (10, OPENING), (10, "Tham dự có đại diện Ban Tổ chức Tỉnh ủy."),
    ]
    assert out["meeting"]["with"] == "Đảng ủy Khối các cơ quan tỉnh"


def test_a_finding_points_at_the_printed_line_that_holds_it() -> None:
    # the recipients typed in one paragraph with manual breaks, in 14 pt (TB043 wants 12 pt): the
    # finding's text is the recipient's printed line, not "Nơi nhận:"
    d = titled_draft()
    para(d, OPENING, align="justify")
    para(d, CLOSING, align="justify")
    left, right = borderless_table(d).rows[0].cells
    broken(left, ("Nơi nhận:", *RECIPIENTS), size=14)
    para(right, "T/L BAN THƯỜNG VỤ", bold=True, size=14, align="center", first=True)
    para(right, "CHÁNH VĂN PHÒNG", size=14, align="center")
    para(right, "Nguyễn Văn Hùng", bold=True, size=14, align="center")
    found = [f for f in lint_source(from_docx_bytes(to_bytes(d), path="draft.docx"), {}, era="2018")
             if f.code == "TB043" and "recipients" in f.message]
    assert [f.line_text for f in found] == [RECIPIENTS[0]]


def test_tb043_a_cong_van_subject_is_12_pt_italic() -> None:
    # format-rules §7: "trích yếu of công văn | normal | 12 | italic" (not the notice's 14 pt bold)
    d = new_doc()
    left, right = borderless_table(d).rows[0].cells
    para(left, ISSUER, bold=True, size=14, align="center", first=True)
    para(left, "*", align="center")
    para(left, "Số 125-CV/TU", size=14, align="center")
    para(left, "V/v triển khai Chỉ thị số 05-CT/TW", size=12, italic=True, align="center")
    para(right, HEADING, bold=True, size=15, align="center", first=True)
    para(right, DATE, italic=True, size=14, align="center")
    para(d)
    para(d, "Kính gửi: Các huyện ủy, thị ủy, thành ủy.", align="center")
    para(d, "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, Ban Thường vụ Tỉnh ủy đề nghị các cấp ủy "
            "triển khai nghiêm túc./.", align="justify")
    footer_table(d)
    found = [f.message for f in lint_source(from_docx_bytes(to_bytes(d), path="cv.docx"), {}, era="2018")
             if f.code == "TB043" and "subject" in f.message]
    assert found == []
