"""references / people / dates / due as the parser fills them (the extractors have their own tests)."""
from __future__ import annotations

import io

from rich.console import Console

import tbparse
from tbparse.preview import render

from .conftest import SEED, corpus_file


def test_seed_references_exactly() -> None:
    doc = tbparse.parse_file(str(SEED))
    numbered = {r["number"]: r["lines"] for r in doc.references if r["number"]}
    assert numbered == {
        "20-CT/TU": [29, 69], "17-KL/TU": [36], "35-CT/TU": [60], "10-CT/TW": [66], "20-KH/TU": [66],
        "87/2007/NĐ-CP": [69],
    }
    unnumbered = sorted((r["text"], r["lines"]) for r in doc.references if not r["number"])
    assert unnumbered == [
        ("Cuộc vận động “Học tập và làm theo tấm gương đạo đức Hồ Chí Minh”", [29, 63]),
        # also cited as "Nghị quyết Trung ương 6" on line 51: one document
        ("Nghị quyết Hội nghị lần thứ 6 Ban Chấp hành Trung ương", [42, 51]),
    ]
    assert "503-TB/TU" not in numbered  # the document's own number is not a reference
    assert [w.code for w in doc.warnings] == ["mistyped-reference"] and doc.warnings[0].line == 69


def test_seed_people_dates_due_abbreviations() -> None:
    d = tbparse.parse_dict(SEED.read_text(encoding="utf-8"))
    assert d["people"] == [{"name": "Lê Tiến Phương", "title": "Phó Bí thư Thường trực Tỉnh uỷ", "lines": [16, 22]}]
    assert {x["text"]: (x["date"], x["start"], x["end"]) for x in d["dates"]}["4 tháng đầu năm 2008"] == (
        None, "2008-01-01", "2008-04-30")
    item6 = d["sections"][1]["items"][5]
    assert item6["bullets"][1]["due"] == {"text": "đến cuối năm 2008", "by": "2008-12-31"}
    assert {"UVBTV", "LĐLĐ", "TU"} <= {a["abbr"] for a in d["abbreviations"]}
    assert all(x["date"] != "2008-05-16" for x in d["dates"])  # the header date is not a body date


def test_state_text_party_numbers_found_by_refs_but_document_rejected() -> None:
    from tbparse.references import paragraphs
    from tbparse.extract import extract_references
    from tbparse.source import read_path

    src = read_path(str(corpus_file("017_qd-2170-ubnd-laocai.txt")))
    refs, _ = extract_references(paragraphs(src.lines))
    nums = {r["number"] for r in refs}
    assert {"269-KL/TU", "1591-CV/ĐU", "72/2025/QH15"} <= nums


def test_preview_shows_references_and_due() -> None:
    d = tbparse.parse_dict(SEED.read_text(encoding="utf-8"))
    buf = io.StringIO()
    render(d, console=Console(file=buf, width=200, color_system=None))
    out = buf.getvalue()
    assert "References" in out and "20-CT/TU" in out and "87/2007/NĐ-CP" in out
    assert "(due 2008-12-31)" in out


def test_meeting_date_after_time_of_day() -> None:
    text = SEED.read_text(encoding="utf-8").replace("Ngày 14/5/2008, đồng chí", "Chiều ngày 14-5-2008, đồng chí")
    m = tbparse.parse_dict(text)["meeting"]
    assert m["date"] == "2008-05-14" and m["chair"][0]["name"] == "Lê Tiến Phương"


def test_chair_title_stops_where_the_sentence_goes_on() -> None:
    opening = "Ngày 14/5/2008, đồng chí Lê Tiến Phương – Phó Bí thư Thường trực Tỉnh uỷ đã có buổi làm việc với Đảng uỷ khối Doanh nghiệp."
    text = SEED.read_text(encoding="utf-8").replace(
        opening, "Ngày 14/5/2008, Ban Thường vụ Tỉnh ủy họp dưới sự chủ trì của đồng chí Nguyễn Văn Bình, "
                 "Bí thư Tỉnh ủy, nghe Đảng ủy khối Doanh nghiệp báo cáo.")
    chair = tbparse.parse_dict(text)["meeting"]["chair"]
    assert chair[0] == {"name": "Nguyễn Văn Bình", "title": "Bí thư Tỉnh ủy"}


def test_attendees_separated_by_semicolons_keep_their_titles() -> None:
    text = SEED.read_text(encoding="utf-8")
    i = text.index("Tham dự buổi")
    j = text.index("\n", i)
    text = text[:i] + ("Tham dự buổi làm việc có các đồng chí: Nguyễn Văn A, Phó Bí thư Tỉnh ủy; Trần Văn B, "
                       "Trưởng Ban Tổ chức Tỉnh ủy; lãnh đạo Sở Nội vụ và Liên đoàn Lao động tỉnh.") + text[j:]
    # (audit 23: "lãnh đạo …" spreads over both bodies joined by "và", as it does over a comma's:
    # the leaders of the Sở Nội vụ and of the Liên đoàn Lao động — one entry)
    assert tbparse.parse_dict(text)["attendees"] == [
        "Nguyễn Văn A, Phó Bí thư Tỉnh ủy", "Trần Văn B, Trưởng Ban Tổ chức Tỉnh ủy",
        "lãnh đạo Sở Nội vụ và Liên đoàn Lao động tỉnh"]
