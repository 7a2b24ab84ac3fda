"""Leftovers of audit 18: web copies and PDF text.

1. A web copy that lost every line break of its signature block ("T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ
   THƯỜNG TRỰC (Đã ký) Đặng Huy Hậu" on one line) gave no signature, and the closing went into the
   last item (steps/footer.py, steps/zones.py).
2. A reference broken at its number's hyphen in a PDF ("Kết luận số 21-" / "KL/TW ngày …") printed
   "Kết luận số 21- KL/TW …" as its text (extract/__init__.py: Joined).
3. Footnotes with a custom mark in a text copy ("(*) …" under the signature for the body's "Phước
   An(*)") stayed in ``unplaced`` (steps/annexes.py).
"""
from __future__ import annotations

from pathlib import Path

import pytest

import tbparse
from tbparse.extract import Joined, extract_people
from tbparse.steps.footer import run_on_block
from tests.lossless import missing_words
from tests.notices import DISTRICT_HEAD, DISTRICT_TAIL
from tests.test_parser_audit17 import CLOSING, RECIPIENTS, WARD

# --- 1. a signature block run into one line ----------------------------------------------------


@pytest.mark.parametrize("line, signature", [
    ("T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ THƯỜNG TRỰC (Đã ký) Đặng Huy Hậu",
     {"authority": [{"mode": "T/M", "body": "BAN THƯỜNG VỤ"}], "position": "PHÓ BÍ THƯ THƯỜNG TRỰC",
      "signer": "Đặng Huy Hậu", "note": "(Đã ký)"}),
    ("T/L BAN THƯỜNG VỤ CHÁNH VĂN PHÒNG Nguyễn Văn A",
     {"authority": [{"mode": "T/L", "body": "BAN THƯỜNG VỤ"}], "position": "CHÁNH VĂN PHÒNG",
      "signer": "Nguyễn Văn A", "note": None}),
    ("K/T BÍ THƯ PHÓ BÍ THƯ (đã ký) Trần Văn B",
     {"authority": [{"mode": "K/T", "body": "BÍ THƯ"}], "position": "PHÓ BÍ THƯ", "signer": "Trần Văn B",
      "note": "(đã ký)"}),
    ("PHÓ BÍ THƯ THƯỜNG TRỰC (Đã ký) Đặng Huy Hậu",
     {"authority": [], "position": "PHÓ BÍ THƯ THƯỜNG TRỰC", "signer": "Đặng Huy Hậu", "note": "(Đã ký)"}),
])
def test_a_block_without_its_line_breaks_is_the_signature(line, signature):
    text = WARD.format(block=line + "\n")
    d = tbparse.parse_dict(text)
    assert d["signature"] == signature
    assert d["closing"] == CLOSING and d["recipients"] == RECIPIENTS
    assert [p["text"] for p in d["sections"][-1]["items"][-1]["paragraphs"]] == [
        "Ủy ban Kiểm tra Đảng ủy phường triển khai Chương trình kiểm tra, giám sát năm 2026; báo cáo kết quả quý I "
        "trước ngày 31/3/2026."]
    assert d["unplaced"] == [] and not [w for w in d["warnings"] if w["code"] != "no-recipients"]
    assert not missing_words(text, d)
    # every part points at the one line it came from
    lay = d["layout"]["signature"]
    no = text.splitlines().index(line) + 1
    assert {lay["position_line"], lay["signer_line"], *lay["authority_lines"]} == {no}


def test_a_run_on_block_ending_the_text_with_no_list():
    text = WARD.split("{block}")[0] + "T/M BAN THƯỜNG VỤ BÍ THƯ (đã ký) Nguyễn Hoàng Trung\n"
    d = tbparse.parse_dict(text)
    assert d["signature"] == {"authority": [{"mode": "T/M", "body": "BAN THƯỜNG VỤ"}], "position": "BÍ THƯ",
                              "signer": "Nguyễn Hoàng Trung", "note": "(đã ký)"}
    assert d["closing"] == CLOSING and d["unplaced"] == []


@pytest.mark.parametrize("line, parts", [
    # a body that holds a title's words stays whole: "BAN BÍ THƯ", "ỦY BAN KIỂM TRA", "BỘ TRƯỞNG"
    ("T/M BAN BÍ THƯ (đã ký) Trương Thị Mai", ["T/M BAN BÍ THƯ", "(đã ký)", "Trương Thị Mai"]),
    ("T/M ỦY BAN KIỂM TRA PHÓ CHỦ NHIỆM Nguyễn Văn A", ["T/M ỦY BAN KIỂM TRA", "PHÓ CHỦ NHIỆM", "Nguyễn Văn A"]),
    ("K/T BỘ TRƯỞNG THỨ TRƯỞNG Lê Văn Thành", ["K/T BỘ TRƯỞNG", "THỨ TRƯỞNG", "Lê Văn Thành"]),
    # a name in capitals only after the note, where it cannot run into the position
    ("T/M BỘ CHÍNH TRỊ TỔNG BÍ THƯ (đã ký) NGUYỄN PHÚ TRỌNG",
     ["T/M BỘ CHÍNH TRỊ", "TỔNG BÍ THƯ", "(đã ký)", "NGUYỄN PHÚ TRỌNG"]),
    ("T/M BỘ CHÍNH TRỊ TỔNG BÍ THƯ NGUYỄN PHÚ TRỌNG", None),
    # no prefix nor caps title first, no name last, or a parenthesis that is no copy note
    ("Bí thư Đảng ủy phường Nguyễn Hoàng Trung", None),
    ("BAN THƯỜNG VỤ HUYỆN ỦY Nguyễn Văn A", None),
    ("T/M BAN THƯỜNG VỤ (Kèm theo) Nguyễn Văn A", None),
    ("PHÓ BÍ THƯ THƯỜNG TRỰC Đặng Huy Hậu chủ trì", None),
])
def test_only_a_prefix_or_title_then_a_surnamed_name_is_split(line, parts):
    got = run_on_block(line)
    assert (got if got is None else [p for _, p in got]) == parts

# --- 2. a reference broken at its number's hyphen ----------------------------------------------

# A PDF's text of a district notice: the citation broke after "21-", the line under it goes on.
PDF_BODY = (
    "Thực hiện Kết luận số 21-\n"
    "KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương về tăng cường xây dựng, chỉnh\n"
    "đốn Đảng, ngày 15/10/2022 Ban Thường vụ Huyện ủy họp dưới sự chủ trì của đồng chí Bí thư\n"
    "Huyện ủy Nguyễn Văn Hùng và kết luận:\n"
)


def test_a_reference_broken_at_its_hyphen_prints_as_one_word():
    d = tbparse.parse_dict(DISTRICT_HEAD + PDF_BODY + DISTRICT_TAIL)
    (ref,) = [r for r in d["references"] if r["number"] == "21-KL/TW"]
    assert ref["text"] == "Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương"
    first = DISTRICT_HEAD.count("\n") + 1
    assert ref["lines"] == [first, first + 1]
    # the paragraph reads the same words
    assert "Kết luận số 21-KL/TW ngày 25/10/2021" in d["preamble"][0]["text"]


def test_joined_offsets_still_map_to_their_lines():
    para = [(7, "tiêm vắc-"), (8, "xin mũi 3 cho đồng chí"), (9, "Trần Thị Mai, kinh tế -"), (10, "xã hội")]
    j = Joined(para)
    assert j.text == "tiêm vắc-xin mũi 3 cho đồng chí Trần Thị Mai, kinh tế - xã hội"
    assert [j.line_at(j.text.index(w)) for w in ("vắc", "xin", "Trần", "xã")] == [7, 8, 9, 10]
    assert j.lines_in(j.text.index("vắc"), j.text.index("mũi")) == [7, 8]
    (p,) = extract_people([para])
    assert (p["name"], p["lines"]) == ("Trần Thị Mai", [9])


def test_a_marker_or_a_spaced_dash_keeps_its_space():
    assert Joined([(3, "phát triển kinh tế -"), (4, "xã hội")]).text == "phát triển kinh tế - xã hội"
    assert Joined([(1, "I-"), (2, "Tình hình")]).text == "I- Tình hình"


# --- 3. footnotes with a custom mark in a text copy --------------------------------------------

NOTES = (Path(__file__).parent / "data" / "exports" / "38-ubkt-tu-thong-bao-chu-thich-2022.txt").read_text(encoding="utf-8")
COMPANY = "Công ty TNHH MTV Cà phê Phước An, trực thuộc Tổng công ty Cà phê Việt Nam."
DECREE = ("Nghị định số 168/2016/NĐ-CP ngày 27/12/2016 của Chính phủ quy định về khoán rừng, vườn cây và diện "
          "tích mặt nước.")


def _starred(body_mark: str, note_mark: str, second: tuple[str, str] = ("(2)", "(2)")) -> str:
    return (NOTES.replace("Phước An(1)", "Phước An" + body_mark).replace("(1) Công ty", note_mark + " Công ty")
            .replace("NĐ-CP(2)", "NĐ-CP" + second[0]).replace("(2) Nghị định", second[1] + " Nghị định"))


def test_custom_marks_in_parentheses_are_footnotes():
    d = tbparse.parse_dict(_starred("(*)", "(*)", ("(**)", "(**)")))
    assert d["footnotes"] == [{"mark": "*", "line": 29, "text": COMPANY}, {"mark": "**", "line": 30, "text": DECREE}]
    assert d["unplaced"] == [] and not [w for w in d["warnings"] if w["code"] == "unplaced-text"]
    assert d["recipients"][-1] == "Lưu Ủy ban Kiểm tra Tỉnh ủy"
    # the note still dates the body's citation
    (ref,) = [r for r in d["references"] if r["number"] == "168/2016/NĐ-CP"]
    assert (ref["issuer"], ref["date"], ref["lines"]) == ("Chính phủ", "2016-12-27", [12, 30])


def test_a_custom_mark_before_numbered_notes_keeps_their_sequence():
    d = tbparse.parse_dict(_starred("(*)", "(*)", ("(1)", "(1)")))
    assert [(n["mark"], n["line"]) for n in d["footnotes"]] == [("*", 29), ("1", 30)]
    assert d["unplaced"] == []


def test_a_bare_star_is_a_note_only_for_the_bodys_mark():
    d = tbparse.parse_dict(_starred("(*)", "*"))
    assert d["footnotes"][0] == {"mark": "*", "line": 29, "text": COMPANY}
    assert d["recipients"][-1] == "Lưu Ủy ban Kiểm tra Tỉnh ủy"  # not the note
    # without the body's "(*)" the line is no note; nor, under the name after the list closed by
    # "- Lưu …", is it one more recipient (9bb81ff, audit 24): it is unplaced
    plain = tbparse.parse_dict(_starred("", "*"))
    assert "footnotes" not in plain
    assert plain["recipients"][-1] == "Lưu Ủy ban Kiểm tra Tỉnh ủy"
    assert plain["unplaced"][0] == {"line": 29, "text": "* " + COMPANY}


def test_a_star_note_the_body_does_not_carry_stays_unplaced():
    d = tbparse.parse_dict(_starred("", "(*)", ("", "(**)")))
    assert "footnotes" not in d
    assert [u["text"][:4] for u in d["unplaced"]] == ["(*) ", "(**)"]
