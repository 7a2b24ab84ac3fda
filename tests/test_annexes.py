"""Appendices and footnotes under the signature are read into ``appendices`` and ``footnotes``
(steps/annexes.py) instead of a dozen ``unplaced`` lines and ``unplaced-text`` warnings."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import tbparse
from tbparse.cli import cli
from tbparse.lint import lint_text

from . import layouts

EXPORTS = Path(__file__).parent / "data" / "exports"
PLAN = (EXPORTS / "26-btc-tu-ke-hoach-phu-luc-2021.txt").read_text(encoding="utf-8")
NOTES = (EXPORTS / "38-ubkt-tu-thong-bao-chu-thich-2022.txt").read_text(encoding="utf-8")


def _codes(d: dict) -> list[str]:
    return [w["code"] for w in d["warnings"]]


def test_a_plans_appendix_is_read_whole_and_nothing_is_left_unplaced() -> None:
    d = tbparse.parse_dict(PLAN)
    (app,) = d["appendices"]
    assert app["label"] == "PHỤ LỤC"
    assert app["title"] == "SỐ LỚP, ĐỐI TƯỢNG VÀ THỜI GIAN BỒI DƯỠNG"
    assert app["attached"] == "Kèm theo Kế hoạch số 48-KH/BTCTU ngày 22/3/2021 của Ban Tổ chức Tỉnh ủy"
    assert [p["text"][:16] for p in app["paragraphs"]] == ["1. Lớp thứ nhất:", "2. Lớp thứ hai: ", "3. Lớp thứ ba: b"]
    lines = PLAN.splitlines()
    assert lines[app["line"] - 1].strip() == "PHỤ LỤC"
    assert all(lines[p["line"] - 1].strip() == p["text"] for p in app["paragraphs"])
    assert d["unplaced"] == [] and "unplaced-text" not in _codes(d)
    assert "footnotes" not in d
    # the appendix's text is still read by the extractors, on its own lines
    assert {"text": "tháng 6/2021", "line": 43} in [{"text": x["text"], "line": x["line"]} for x in d["dates"]]


def test_strict_no_longer_fails_a_plan_for_its_appendix(tmp_path: Path) -> None:
    f = tmp_path / "plan.txt"
    f.write_text(PLAN, encoding="utf-8")
    r = CliRunner().invoke(cli, [str(f), "--json", "--strict"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["appendices"][0]["label"] == "PHỤ LỤC"


def test_the_appendix_reads_alike_as_a_pdf_hard_wrapped() -> None:
    want = tbparse.parse_dict(PLAN)["appendices"]
    got = tbparse.parse_dict(layouts.pdf_wrapped(PLAN))["appendices"]
    strip = [{k: v for k, v in a.items() if k not in ("line", "paragraphs")} | {"paragraphs": [p["text"] for p in a["paragraphs"]]}
             for a in want]
    assert [{k: v for k, v in a.items() if k not in ("line", "paragraphs")} | {"paragraphs": [p["text"] for p in a["paragraphs"]]}
            for a in got] == strip


def _with_appendices(tail: str) -> str:
    head = PLAN[: PLAN.index("                                  PHỤ LỤC")]
    return head + tail


def test_two_numbered_appendices_with_titles_on_their_label_lines_and_a_wrapped_note() -> None:
    d = tbparse.parse_dict(_with_appendices(
        "PHỤ LỤC 1: DANH SÁCH GIẢNG VIÊN\n"
        "(Kèm theo Kế hoạch số 48-KH/BTCTU ngày 22/3/2021\n"
        "của Ban Tổ chức Tỉnh ủy)\n"
        "\n"
        "1. Đồng chí Nguyễn Văn A, Phó Hiệu trưởng Trường Chính trị tỉnh.\n"
        "\n"
        "Phụ lục số 02\n"
        "KINH PHÍ TỔ CHỨC CÁC LỚP\n"
        "\n"
        "Tổng kinh phí dự kiến 350 triệu đồng, từ nguồn ngân sách tỉnh năm 2021.\n"))
    a1, a2 = d["appendices"]
    assert (a1["label"], a1["title"]) == ("PHỤ LỤC 1", "DANH SÁCH GIẢNG VIÊN")
    assert a1["attached"] == "Kèm theo Kế hoạch số 48-KH/BTCTU ngày 22/3/2021 của Ban Tổ chức Tỉnh ủy"
    assert [p["text"] for p in a1["paragraphs"]] == ["1. Đồng chí Nguyễn Văn A, Phó Hiệu trưởng Trường Chính trị tỉnh."]
    assert (a2["label"], a2["title"], a2["attached"]) == ("Phụ lục số 02", "KINH PHÍ TỔ CHỨC CÁC LỚP", None)
    assert [p["text"][:20] for p in a2["paragraphs"]] == ["Tổng kinh phí dự kiế"]
    assert d["unplaced"] == []


def test_a_caps_list_is_an_appendix_only_with_its_attached_note() -> None:
    listed = tbparse.parse_dict(_with_appendices(
        "DANH SÁCH HỌC VIÊN LỚP THỨ NHẤT\n(Kèm theo Kế hoạch số 48-KH/BTCTU)\n\n1. Trần Văn B, Bí thư Đảng ủy xã Hàm Mỹ.\n"))
    assert listed["appendices"][0]["label"] == "DANH SÁCH HỌC VIÊN LỚP THỨ NHẤT"
    assert listed["unplaced"] == []
    bare = tbparse.parse_dict(_with_appendices("DANH SÁCH HỌC VIÊN LỚP THỨ NHẤT\n\n1. Trần Văn B, Bí thư Đảng ủy xã.\n"))
    assert "appendices" not in bare
    assert [u["text"][:9] for u in bare["unplaced"]] == ["DANH SÁCH", "1. Trần V"]


def test_a_sentence_about_an_appendix_is_no_label() -> None:
    d = tbparse.parse_dict(_with_appendices("Phụ lục kèm theo gồm 3 biểu, gửi qua hộp thư điện tử.\n"))
    assert "appendices" not in d and d["unplaced"][0]["text"].startswith("Phụ lục kèm theo")


def test_footnotes_whose_marks_the_body_carries() -> None:
    d = tbparse.parse_dict(NOTES)
    assert d["footnotes"] == [
        {"mark": "1", "line": 29, "text": "Công ty TNHH MTV Cà phê Phước An, trực thuộc Tổng công ty Cà phê Việt Nam."},
        {"mark": "2", "line": 30, "text": "Nghị định số 168/2016/NĐ-CP ngày 27/12/2016 của Chính phủ quy định về khoán rừng, "
                                          "vườn cây và diện tích mặt nước."},
    ]
    assert d["unplaced"] == [] and "appendices" not in d
    # the note still gives the body's citation its issuer and date, and its own line
    (ref,) = [r for r in d["references"] if r["number"] == "168/2016/NĐ-CP"]
    assert (ref["issuer"], ref["date"], ref["lines"]) == ("Chính phủ", "2016-12-27", [12, 30])


def test_a_wrapped_footnote_and_bracket_and_superscript_marks() -> None:
    text = (NOTES.replace("Phước An(1)", "Phước An[1]").replace("NĐ-CP(2)", "NĐ-CP²")
            .replace("(1) Công ty", "[1] Công ty")
            .replace("(2) Nghị định số 168/2016/NĐ-CP ngày 27/12/2016 của Chính phủ quy định về khoán rừng, vườn cây",
                     "² Nghị định số 168/2016/NĐ-CP ngày 27/12/2016 của Chính phủ quy định về khoán rừng, vườn\ncây"))
    d = tbparse.parse_dict(text)
    assert [n["mark"] for n in d["footnotes"]] == ["1", "2"]
    assert d["footnotes"][0]["text"].startswith("Công ty") and d["footnotes"][1]["text"].endswith("vườn cây và diện tích mặt nước.")
    assert d["unplaced"] == []


def test_marks_the_body_does_not_carry_are_no_footnotes() -> None:
    text = NOTES.replace("Phước An(1)", "Phước An").replace("NĐ-CP(2)", "NĐ-CP")
    d = tbparse.parse_dict(text)
    assert "footnotes" not in d
    assert [u["text"][:3] for u in d["unplaced"]] == ["(1)", "(2)"]


def test_a_mark_alone_on_its_line_with_its_text_on_the_next() -> None:
    # a PDF's note column prints the mark on a line of its own: "(1)" / "Công ty TNHH …" (audit 21);
    # both were left in unplaced, the note unread
    text = (NOTES.replace("(1) Công ty", "(1)\nCông ty")
            .replace("(2) Nghị định", "(2)\nNghị định").replace("khoán rừng, vườn cây", "khoán rừng, vườn\ncây"))
    d = tbparse.parse_dict(text)
    assert d["footnotes"] == [
        {"mark": "1", "line": 29, "text": "Công ty TNHH MTV Cà phê Phước An, trực thuộc Tổng công ty Cà phê Việt Nam."},
        {"mark": "2", "line": 31, "text": "Nghị định số 168/2016/NĐ-CP ngày 27/12/2016 của Chính phủ quy định về khoán rừng, "
                                          "vườn cây và diện tích mặt nước."},
    ]
    assert d["unplaced"] == []
    assert [f for f in lint_text(text, path="x.txt") if f.code == "TB000"] == []
    # the note's lines still give the body's citation its issuer and date
    (ref,) = [r for r in d["references"] if r["number"] == "168/2016/NĐ-CP"]
    assert (ref["issuer"], ref["date"]) == ("Chính phủ", "2016-12-27")


def test_a_custom_mark_alone_and_a_mark_alone_mixed_with_inline_ones() -> None:
    text = (NOTES.replace("Phước An(1)", "Phước An(*)").replace("(1) Công ty", "(*)\nCông ty")
            .replace("NĐ-CP(2)", "NĐ-CP(1)").replace("(2) Nghị định", "(1) Nghị định"))
    d = tbparse.parse_dict(text)
    assert [(n["mark"], n["line"], n["text"][:12]) for n in d["footnotes"]] == [("*", 29, "Công ty TNHH"), ("1", 31, "Nghị định số")]
    assert d["unplaced"] == []


def test_a_mark_alone_takes_no_other_note_nor_a_line_further_down() -> None:
    # its text must be the very next line, and not a note of its own
    d = tbparse.parse_dict(NOTES.replace("(1) Công ty", "(1)\n(2) Công ty"))
    assert "footnotes" not in d
    assert [u["text"][:3] for u in d["unplaced"]] == ["(1)", "(2)", "(2)"]
    d = tbparse.parse_dict(NOTES.replace("(1) Công ty", "(1)\n\nCông ty"))
    assert "footnotes" not in d and d["unplaced"][0] == {"line": 29, "text": "(1)"}
    # nor is a mark the body does not carry a note, alone or not
    d = tbparse.parse_dict(NOTES.replace("Phước An(1)", "Phước An").replace("(1) Công ty", "(1)\nCông ty"))
    assert "footnotes" not in d and [u["text"][:7] for u in d["unplaced"]][:2] == ["(1)", "Công ty"]


STAR_RECIPIENTS = ["Thường trực Tỉnh ủy (để b/c)", "Ủy ban Kiểm tra Trung ương", "Đảng ủy Khối Doanh nghiệp tỉnh",
                   "Đảng ủy Công ty Cà phê Phước An", "Lưu Ủy ban Kiểm tra Tỉnh ủy"]
STAR_NOTE = "Công ty TNHH MTV Cà phê Phước An, trực thuộc Tổng công ty Cà phê Việt Nam."
# the body cites "Phước An(*)" and "NĐ-CP(1)"
STARRED = NOTES.replace("Phước An(1)", "Phước An(*)").replace("NĐ-CP(2)", "NĐ-CP(1)").replace("(2) Nghị định", "(1) Nghị định")


@pytest.mark.parametrize("layout", [str, layouts.web, layouts.pdf], ids=["word", "web", "pdf"])
def test_a_bare_star_alone_over_its_text_is_a_footnote_not_a_recipient(layout) -> None:  # noqa: ANN001
    # "*" / "Công ty …" under the list: the footer took the "*" for a bullet and the note for its
    # text (a recipient " Công ty TNHH …"); a bare "*" is no entry, and the body's "(*)" makes it a mark
    d = tbparse.parse_dict(layout(STARRED.replace("(1) Công ty", "*\nCông ty")))
    assert d["recipients"] == STAR_RECIPIENTS
    assert [(n["mark"], n["text"]) for n in d["footnotes"]] == [("*", STAR_NOTE), ("1", d["footnotes"][1]["text"])]
    assert d["footnotes"][1]["text"].startswith("Nghị định số 168/2016/NĐ-CP")
    assert d["unplaced"] == []
    if layout is str:
        assert [n["line"] for n in d["footnotes"]] == [29, 31]  # the mark's line
        assert [f for f in lint_text(STARRED.replace("(1) Công ty", "*\nCông ty"), path="x.txt") if f.code == "TB000"] == []


@pytest.mark.parametrize("note", ["* Công ty", "(*) Công ty", "(*)\nCông ty", "*\nCông ty"])
@pytest.mark.parametrize("layout", [str, layouts.web, layouts.pdf], ids=["word", "web", "pdf"])
def test_a_star_note_under_a_draft_with_no_signer_yet_is_no_recipient(layout, note: str) -> None:  # noqa: ANN001
    # no name under the block (a draft): "* …" and "(*) …" at the label's column under "- Lưu ….",
    # were recipients (an entry typed without "- "); the filing entry ends the list
    text = STARRED.replace("Nguyễn Văn Dũng", "").replace("(1) Công ty", note)
    d = tbparse.parse_dict(layout(text))
    assert d["recipients"] == STAR_RECIPIENTS
    assert [n["mark"] for n in d["footnotes"]] == ["*", "1"] and d["footnotes"][0]["text"] == STAR_NOTE
    assert d["unplaced"] == []


def test_a_bare_star_over_no_note_is_neither_a_recipient_nor_a_note() -> None:
    # the body carries no "(*)": the star is no mark, nor an empty entry; its line stays unplaced
    d = tbparse.parse_dict(NOTES.replace("Phước An(1)", "Phước An").replace("(1) Công ty", "*\nCông ty"))
    assert d["recipients"] == STAR_RECIPIENTS
    assert "footnotes" not in d
    assert [u["line"] for u in d["unplaced"]] == [30, 31] and d["unplaced"][0]["text"].startswith("Công ty TNHH")
    # a star over a caps line or a number is a header's, never a note, marked body or not
    d = tbparse.parse_dict(STARRED.replace("(1) Công ty", "*\nSố 12-TB/UBKTTU\nCông ty"))
    assert d["recipients"] == STAR_RECIPIENTS and [n["mark"] for n in d["footnotes"]] == ["1"]
    assert [u["text"][:10] for u in d["unplaced"]] == ["Số 12-TB/U", "Công ty TN"]


def test_a_line_at_the_labels_column_under_the_filing_entry_is_no_recipient() -> None:
    # "- Lưu ….": the list is over; a plain line under it (no signer yet) is no entry typed without "- "
    text = NOTES.replace("Nguyễn Văn Dũng", "").replace("(1) Công ty", "Ghi chú: Công ty")
    d = tbparse.parse_dict(text)
    assert d["recipients"] == STAR_RECIPIENTS
    assert d["unplaced"][0] == {"line": 29, "text": "Ghi chú: Công ty TNHH MTV Cà phê Phước An, trực thuộc Tổng công ty Cà phê Việt Nam."}
    # an entry with no terminator may still wrap onto the next line: "- Lưu: VT, Ban Tổ chức," / "Văn phòng."
    wrapped = NOTES.replace("- Lưu Ủy ban Kiểm tra Tỉnh ủy.", "- Lưu: Ủy ban Kiểm tra Tỉnh ủy,\nVăn phòng Tỉnh ủy.")
    assert tbparse.parse_dict(wrapped)["recipients"][-1] == "Lưu: Ủy ban Kiểm tra Tỉnh ủy, Văn phòng Tỉnh ủy"


def test_no_keys_without_annexes_and_the_model_agrees() -> None:
    seed = (Path(__file__).parent.parent / "fixtures" / "seed-503-tb-tu.txt").read_text(encoding="utf-8")
    d = tbparse.parse_dict(seed)
    assert "appendices" not in d and "footnotes" not in d
    assert "appendices" not in tbparse.parse(seed).to_dict()
    for text in (PLAN, NOTES):
        assert tbparse.parse(text).to_dict() == json.loads(json.dumps(tbparse.parse_dict(text)))
    props = json.loads(CliRunner().invoke(cli, ["schema"]).output)["properties"]
    assert "appendices" in props and "footnotes" in props


@pytest.mark.parametrize("text", [PLAN, NOTES], ids=["appendix", "footnotes"])
def test_the_linter_no_longer_calls_them_unplaced(text: str) -> None:
    assert [f for f in lint_text(text, path="x.txt") if f.code == "TB000"] == []


def test_the_preview_shows_them_under_the_footer() -> None:
    import io

    from rich.console import Console

    from tbparse.preview import render

    for text, needles in ((PLAN, ("  37 PHỤ LỤC – SỐ LỚP, ĐỐI TƯỢNG VÀ THỜI GIAN BỒI DƯỠNG",
                                  "(Kèm theo Kế hoạch số 48-KH/BTCTU ngày 22/3/2021 của Ban Tổ chức Tỉnh ủy)",
                                  "  43 2. Lớp thứ hai")),
                          (NOTES, ("Footnotes", "  29 (1) Công ty TNHH MTV Cà phê Phước An", "  30 (2) Nghị định số 168"))):
        buf = io.StringIO()
        render(tbparse.parse_dict(text), console=Console(file=buf, width=160, color_system=None))
        out = buf.getvalue()
        for needle in needles:
            assert needle in out, needle
        assert out.index(needles[0]) > out.index("Lưu")  # under the footer
