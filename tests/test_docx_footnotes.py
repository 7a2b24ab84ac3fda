"""A Word draft's real footnotes and endnotes (word/footnotes.xml, word/endnotes.xml) are read:
the reference prints its mark after the word ("Phước An(1)") and each note is a paragraph after
everything ("(1) Công ty …"), so it reaches ``footnotes`` and the extractors as a text export's
notes under the signature do (docx_reader.py, steps/annexes.py)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import tbparse
from tbparse.docx_reader import read_docx
from tbparse.lint import lint_source
from tbparse.source import from_docx_bytes

from . import layouts
from .docx_builders import seed_notice, with_notes

EXPORTS = Path(__file__).parent / "data" / "exports"
NOTES_TXT = (EXPORTS / "38-ubkt-tu-thong-bao-chu-thich-2022.txt").read_text(encoding="utf-8")
N1 = "Công ty TNHH MTV Cà phê Phước An, trực thuộc Tổng công ty Cà phê Việt Nam."
N2 = ("Nghị định số 168/2016/NĐ-CP ngày 27/12/2016 của Chính phủ quy định về khoán rừng, "
      "vườn cây và diện tích mặt nước.")


def _draft() -> bytes:
    """Export 38 typed in Word without its notes: the body's marks and the notes under the rule
    are left for Word to draw."""
    text = NOTES_TXT[: NOTES_TXT.index("______________")]
    return layouts.docx(text.replace("Phước An(1)", "Phước An").replace("NĐ-CP(2)", "NĐ-CP"))


def _notes(kind1: str = "footnote", kind2: str = "footnote", **first) -> list[dict]:
    return [{"after": "Phước An", "text": N1, "kind": kind1, **first},
            {"after": "168/2016/NĐ-CP", "text": N2, "kind": kind2}]


def _parse_file(data: bytes) -> dict:
    return tbparse.parse_bytes(data, path="draft.docx").to_dict()


def _lint(data: bytes) -> list[tuple[str, int]]:
    """(rule, paragraph) of each finding (a mark moves the columns after it on its paragraph, and
    TB041's message counts the notes' words too)."""
    return [(f.code, f.line) for f in lint_source(from_docx_bytes(data, path="draft.docx"))]


def _texts(nodes: list[dict]) -> list:
    return [(n.get("number"), n.get("text"), _texts(n.get("items", []))) for n in nodes]


def test_footnotes_read_as_the_text_exports_notes() -> None:
    data = with_notes(_draft(), _notes())
    last = max(ln.no for ln in read_docx(data).lines if "note" not in (ln.fmt or {}))
    d = _parse_file(data)
    want = tbparse.parse_dict(NOTES_TXT)
    # the notes: the text export's, numbered right after the last paragraph of the document
    assert [(n["mark"], n["text"]) for n in d["footnotes"]] == [(n["mark"], n["text"]) for n in want["footnotes"]]
    assert [n["line"] for n in d["footnotes"]] == [last + 1, last + 2]
    assert d["unplaced"] == [] and not [w for w in d["warnings"] if w["code"] == "unplaced-text"]
    # the body carries the marks right after their words, as the export does
    assert _texts(d["sections"][0]["items"]) == _texts(want["sections"][0]["items"])
    assert "Phước An(1) nhiệm kỳ" in d["sections"][0]["items"][0]["text"]
    # the note gives the body's citation its issuer and date, and the note's line
    (ref,) = [r for r in d["references"] if r["number"] == "168/2016/NĐ-CP"]
    assert (ref["issuer"], ref["date"]) == ("Chính phủ", "2016-12-27")
    assert ref["lines"] == [d["sections"][0]["items"][0]["line"], last + 2]
    # the signature and the recipients are read as without notes
    plain = _parse_file(_draft())
    assert (d["signature"], d["recipients"], d["closing"]) == (plain["signature"], plain["recipients"], plain["closing"])


def test_word_separators_are_no_notes_and_notes_come_last() -> None:
    lines = read_docx(with_notes(_draft(), _notes())).lines
    notes = [ln for ln in lines if "note" in (ln.fmt or {})]
    assert [ln.text for ln in notes] == [f"(1) {N1}", f"(2) {N2}"]
    assert lines[-2:] == notes  # after everything, the footer table included
    assert [ln.fmt["note"] for ln in notes] == ["1", "2"]


@pytest.mark.parametrize("kinds", [("endnote", "endnote"), ("endnote", "footnote")], ids=["endnotes", "mixed"])
def test_endnotes_and_footnotes_count_in_one_sequence_in_document_order(kinds: tuple[str, str]) -> None:
    d = _parse_file(with_notes(_draft(), _notes(*kinds)))
    assert [(n["mark"], n["text"]) for n in d["footnotes"]] == [("1", N1), ("2", N2)]
    item = d["sections"][0]["items"][0]["text"]
    assert "Phước An(1)" in item and "168/2016/NĐ-CP(2)" in item
    assert d["unplaced"] == []


def test_a_custom_mark_is_read_as_typed() -> None:
    d = _parse_file(with_notes(_draft(), _notes(custom="*")))
    assert [(n["mark"], n["text"]) for n in d["footnotes"]] == [("*", N1), ("1", N2)]
    item = d["sections"][0]["items"][0]["text"]
    assert "Phước An(*) nhiệm kỳ" in item and "168/2016/NĐ-CP(1)" in item
    assert d["unplaced"] == []


@pytest.mark.parametrize("mark", ["3", "\u00b2", "a"])
def test_a_custom_mark_of_figures_is_not_repeated_in_the_note(mark: str) -> None:
    """A typed mark made of figures ("3", "²") is typed again at the head of the note's text, as
    every custom mark is: it was kept there ("(3) 3 Công ty …") because only a numbered mark was
    told apart by being figures."""
    d = _parse_file(with_notes(_draft(), _notes(custom=mark)))
    assert [(n["mark"], n["text"]) for n in d["footnotes"]] == [(mark, N1), ("1", N2)]
    assert f"Phước An({mark}) nhiệm kỳ" in d["sections"][0]["items"][0]["text"]
    assert d["unplaced"] == []


def test_a_note_of_two_paragraphs_is_one_paragraph() -> None:
    notes = _notes()
    notes[0]["text"] = [N1, "Trụ sở tại huyện Krông Pắc."]
    d = _parse_file(with_notes(_draft(), notes))
    assert d["footnotes"][0]["text"] == N1 + " Trụ sở tại huyện Krông Pắc."
    assert d["footnotes"][1]["line"] == d["footnotes"][0]["line"] + 1


def test_notes_of_a_draft_without_signature_are_not_body_items() -> None:
    text = NOTES_TXT[: NOTES_TXT.index("Nơi nhận:")]
    data = with_notes(layouts.docx(text.replace("Phước An(1)", "Phước An").replace("NĐ-CP(2)", "NĐ-CP")), _notes())
    d = _parse_file(data)
    assert [n["mark"] for n in d["footnotes"]] == ["1", "2"]
    assert [i["number"] for i in d["sections"][0]["items"]] == ["1", "2", "3"]
    assert all(not i["items"] for i in d["sections"][0]["items"])
    assert d["closing"] is not None and d["closing"].endswith("thực hiện./.")


def test_the_linter_reports_nothing_new_for_notes() -> None:
    base = seed_notice()
    data = with_notes(base, [
        {"after": "Lê Tiến Phương", "text": "Phó Bí thư Thường trực Tỉnh uỷ, Trưởng Đoàn đại biểu Quốc hội tỉnh."},
        {"after": "Chỉ thị số 20-CT/TU", "text": "Chỉ thị số 20-CT/TU của Ban Thường vụ Tỉnh uỷ về sắp xếp doanh nghiệp.",
         "kind": "endnote"},
    ])
    before, after = _lint(base), _lint(data)
    assert before  # the seed has findings of its own: none may move
    assert after == before
    d = _parse_file(data)
    assert [n["mark"] for n in d["footnotes"]] == ["1", "2"] and d["unplaced"] == []


@pytest.mark.parametrize("path", sorted(EXPORTS.glob("*.txt")), ids=lambda p: p.stem[:2])
def test_a_document_without_notes_reads_as_before(path: Path) -> None:
    """Word saves footnotes.xml and endnotes.xml with their separators alone once the last note
    is deleted: the document reads exactly as one that never had the parts."""
    data = layouts.docx(path.read_text(encoding="utf-8"))
    plain, parts = (_parse_file(x) for x in (data, with_notes(data, [], parts=True)))
    for d in (plain, parts):
        del d["source"]["sha256"], d["source"]["path"]
    assert json.dumps(parts, ensure_ascii=False) == json.dumps(plain, ensure_ascii=False)
    assert not any("note" in (ln.fmt or {}) for ln in read_docx(data).lines)
