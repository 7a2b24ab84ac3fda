"""Regression tests for every fuzzing finding (fuzz/README.md) and property-test failure.

Each saved input in ``fuzz/findings/`` goes through the byte path and the text path with all the
properties of ``test_robust_properties``; below them, a readable minimal case per finding checks
the specific behaviour that was fixed.
"""
from __future__ import annotations

import json

import pytest

import tbparse

from .conftest import ROOT
from .lossless import missing_words
from .test_robust_properties import check_bytes, check_text, oracle_text

FINDINGS = sorted((ROOT / "fuzz" / "findings").glob("*.bin"))


@pytest.mark.parametrize("path", FINDINGS, ids=[p.stem[:40] for p in FINDINGS])
def test_fuzz_finding(path) -> None:
    data = path.read_bytes()
    check_bytes(data)
    check_text(data.decode("utf-8", errors="replace"))


def test_findings_are_there() -> None:
    assert len(FINDINGS) >= 10


def _d(text: str) -> dict:
    d = tbparse.parse_dict(text, reject=False)
    assert not missing_words(oracle_text(text, d), d), missing_words(oracle_text(text, d), d)
    return d


HEAD = "TỈNH ỦY LONG AN\t\t\tĐẢNG CỘNG SẢN VIỆT NAM\n\t*\n"
TITLE = "THÔNG BÁO\nkết luận về công tác cán bộ\n\n"


def test_finding_1_soft_hyphen_joins_the_word() -> None:
    # by design: a soft hyphen is invisible; "nhá\u00adn" is one word in the output
    d = _d(HEAD + "Số 47-TB/TU\t\tTân An, ngày 09 tháng 01 năm 2012\n" + TITLE + "Đả\u00adng ủy xã họp.\n")
    assert "Đảng ủy xã họp." in json.dumps(d, ensure_ascii=False)


def test_finding_2_second_date_line_keeps_the_first() -> None:
    text = (HEAD.replace("\t*\n", "") + "Ngày 12/9/2023, đồng chí Phạm Quốc Bảo đã có buổi làm việc.\n\t*\n"
            + "Số: 47-TB/TU\t\t\tTân An, ngày 09 tháng 01 năm 2012\n\n" + TITLE + "1- Làm tốt việc A.\n")
    d = _d(text)
    assert d["date"] == "2012-01-09"  # the later line still wins, as before
    assert any("Phạm Quốc Bảo" in u["text"] for u in d["unplaced"])


def test_finding_3_second_party_line_is_kept() -> None:
    d = _d("TỈNH ỦY AN GIANG   ĐẢNG CỘNG SẢN VIỆT NAM\n*\nBAN TỔ CHỨC   ĐẢNG CỘNG SẢN VIỆT NAM\n"
           "Số 77-TB/TU   Long Xuyên, ngày 02 tháng 4 năm 2015\n\n" + TITLE + "1- Làm tốt việc A.\n")
    assert d["party"] == "ĐẢNG CỘNG SẢN VIỆT NAM"
    assert [u["text"] for u in d["unplaced"]].count("ĐẢNG CỘNG SẢN VIỆT NAM") == 1


def test_finding_4_star_between_letters_is_not_emphasis() -> None:
    from tbparse.lines import strip_emphasis

    assert strip_emphasis("qua địa*bàn;") == "qua địa*bàn;"
    assert strip_emphasis("**VĂN PHÒNG**") == "VĂN PHÒNG"
    assert strip_emphasis("__Nơi nhận__:") == "Nơi nhận:"
    assert strip_emphasis("*Hà Nội, ngày 5 tháng 3 năm 2019*") == "Hà Nội, ngày 5 tháng 3 năm 2019"


@pytest.mark.parametrize(
    "line, word",
    [
        ("Nơi nhậnập.", "nhậnập"),  # not the recipients label
        ("Nơi nhận:\t\t\t\tT/LNG AN", "T/LNG"),  # not the authority "T/L"
        ("Nơi nhận:\t\t\t\tT/LỂBAN THƯỜNG VỤ", "T/LỂBAN"),
    ],
)
def test_finding_5_keywords_do_not_cut_words(line: str, word: str) -> None:
    d = _d(HEAD + "Số 77-TB/TU\t\tLong Xuyên, ngày 02 tháng 4 năm 2015\n" + TITLE + "1- Làm tốt việc A.\n\n" + line + "\n")
    assert word in json.dumps(d, ensure_ascii=False)


def test_finding_5_party_line_split_only_at_a_word_start() -> None:
    d = _d("THÔNGdang cong san viet nam ĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 77-TB/TU\n" + TITLE + "1- Việc A.\n")
    assert d["party"] == "ĐẢNG CỘNG SẢN VIỆT NAM"
    assert {"line": 1, "text": "THÔNGdang cong san viet nam"} in d["unplaced"]


def test_finding_8_zero_width_removed_before_emphasis() -> None:
    from tbparse.lines import split_lines

    assert split_lines("VIỆT NAM*\ufeffTHÔNG BÁO")[0].text == "VIỆT NAM*THÔNG BÁO"
    assert split_lines("**Đả\u00adng**")[0].text == "Đảng"


def test_finding_6_type_name_glued_to_a_digit() -> None:
    from tbparse.vocab import TYPE_LINE

    assert TYPE_LINE.match("thong bao2") is None
    assert TYPE_LINE.match("thong bao ket luan").group(1) == "thong bao"


def test_finding_7_number_and_date_cell_split_at_a_word_end() -> None:
    d = _d("TỈNH ỦY BÌNH THUẬN\n*\nSố 503-TB/TUĐẢNG CỘNG SẢN VIỆT NAMPhan Thiết, ngày 16 tháng 5 năm 2008\n" + TITLE)
    assert d["date"] == "2008-05-16"
    assert d["layout"]["number_line"]["text"] == "Số 503-TB/TUĐẢNG"


def test_finding_7_label_in_another_spelling_is_layout() -> None:
    d = _d(HEAD + "Số 77-TB/TU\n" + TITLE + "1- Việc A.\n\nNÔi nhận:\n- Lưu VP.\n")
    assert d["recipients"] == ["Lưu VP"]


def test_property_chapter_keeps_its_keyword() -> None:
    d = _d("Chương I\n")
    assert d["sections"][0]["number"] == "Chương I"
    d = _d(TITLE + "Căn cứ Điều lệ Đảng.\n\nCHƯƠNG II - NHỮNG QUY ĐỊNH CHUNG\n\nĐiều 1. Phạm vi.\n")
    sec = d["sections"][0]
    assert (sec["number"], sec["title"]) == ("CHƯƠNG II", "NHỮNG QUY ĐỊNH CHUNG")


def test_adversarial_deep_numbering_is_capped_not_a_crash() -> None:
    from tbparse.output import to_json

    text = TITLE + "\n\n".join(".".join(["1"] * k) + ". Nội dung mục." for k in range(1, 600))
    d = _d(text)
    to_json(d)  # no RecursionError
    tbparse.parse(text, reject=False)  # validates (pydantic's recursion limit not reached)
    depth, node = 0, d["sections"][0]["items"][0]
    while node["items"]:
        node, depth = node["items"][-1], depth + 1
    assert depth == 12


def test_lone_surrogates_in_text_input() -> None:
    from tbparse.output import to_json, to_yaml

    seed = (ROOT / "fixtures" / "seed-503-tb-tu.txt").read_text(encoding="utf-8")
    text = seed[:3000] + "\ud800 x \udfff" + seed[3000:]
    d = _d(text)
    assert "\ufffd x \ufffd" in json.dumps(d, ensure_ascii=False)
    to_json(d).encode("utf-8")
    to_yaml(d).encode("utf-8")
    tbparse.parse(text).model_dump_json()
    import hashlib

    assert d["source"]["sha256"] == hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _growth(build, small: int, big: int) -> float:
    import time

    def t(n: int) -> float:
        text = build(n)
        best = float("inf")
        for _ in range(2):
            t0 = time.perf_counter()
            tbparse.parse_dict(text, reject=False)
            best = min(best, time.perf_counter() - t0)
        return best

    return t(big) / max(t(small), 1e-3)


def test_long_capitals_header_line_is_linear() -> None:
    # DATE_LINE's unbounded place made this quadratic: 16 KB took 17 s (8x the input: 64x the time)
    growth = _growth(lambda n: "TỈNH ỦY " + "A " * n + "\nTHÔNG BÁO\nkết luận\n", 1000, 8000)
    assert growth < 30, growth


def test_whitespace_run_patterns_finish() -> None:
    """Patterns that run on sparse_fold copies (long space runs) or raw lines: each used to
    backtrack polynomially on a run of spaces (_DATE_LEAD: 389 s on 3,000). A child process
    with a timeout, so a regression fails instead of hanging the suite."""
    import subprocess
    import sys

    code = (
        "from tbparse.extract import refs, dates, people\n"
        "from tbparse.steps.header import DATE_LINE\n"
        "from tbparse.lint.rules.tb018_number_date_spacing import _SEP_SPACE\n"
        "s = ' ' * 20000 + 'y'\n"
        "for p in (refs._LIST_GAP, refs._DATE_LEAD, refs._OF, refs._NQ_THEN_NUMBER, dates._TO_NOW,\n"
        "          dates._TO, dates._LINK, people._SEP_AFTER, refs._KHOA_AFTER, refs._TERM_AFTER):\n"
        "    p.match(s); p.fullmatch(s)\n"
        "DATE_LINE.search(s[:4000]); list(_SEP_SPACE.finditer(s))\n"
        "print('done')\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.stdout.strip() == "done", r.stderr


def test_finding_10_authority_before_a_non_ascii_letter() -> None:
    from tbparse.vocab import AUTHORITY

    assert AUTHORITY.match("t/m꽾 ban") is None
    assert AUTHORITY.match("t/m ban thuong vu").group(1) == "t/m"


def test_finding_11_article_number_glued_to_a_letter() -> None:
    d = _d(HEAD + TITLE + "Điều 1o Quyết định này.\n\nĐiều 2. Quyết định có hiệu lực.\n")
    assert [it["number"] for s in d["sections"] for it in s["items"]] == ["Điều 2"]


def test_finding_12_a_second_blank_number_keeps_the_first() -> None:
    d = _d(HEAD + "Số     -TB/TU\nSố  -KL/TU\n" + TITLE + "1. Các cấp ủy thực hiện.\n")
    assert d["layout"]["number_blank"]["text"] == "Số -KL/TU"
    assert {"line": 3, "text": "Số -TB/TU"} in d["unplaced"]


def test_finding_13_blank_number_glued_to_a_word_is_no_placeholder() -> None:
    from tbparse.fold import fold
    from tbparse.steps.zones import BLANK_NUMBER

    assert BLANK_NUMBER.search(fold("Số       -TB/TUºng các dự án")) is None
    assert BLANK_NUMBER.search(fold("Số       -TB/TU   Bắc Ninh")) is not None


# --- the furniture and annexes steps (page numbers, running heads, web chrome, a second document;
# appendices and footnotes): findings 14–16 and the adversarial inputs of their campaign

NOTES = (ROOT / "tests" / "data" / "exports" / "38-ubkt-tu-thong-bao-chu-thich-2022.txt").read_text(encoding="utf-8")


def test_finding_14_a_superscript_mark_glued_to_its_note() -> None:
    # "¹Công ty …": the mark is "1" (the contract), the note's text starts at its first letter; the
    # oracle reads a superscript figure as the figure standing alone, on both sides (tests/lossless.py)
    d = _d(NOTES.replace("(1) Công ty", "¹Công ty").replace("Phước An(1)", "Phước An¹"))
    assert [(n["mark"], n["text"][:7]) for n in d["footnotes"]] == [("1", "Công ty"), ("2", "Nghị đị")]
    assert not missing_words("¹Công", {"t": "1 Công"}) and missing_words("¹Công", {"t": "Công"})


def test_finding_15_a_note_mark_keeps_its_figures_as_typed() -> None:
    # "(01) …" was given mark "1" and its "01" was lost; a mark is its figures as typed, and the
    # body must carry that mark ("An(01)"), not another spelling of the number
    d = _d(NOTES.replace("(1) Công ty", "(01) Công ty").replace("Phước An(1)", "Phước An(01)"))
    assert [n["mark"] for n in d["footnotes"]] == ["01", "2"]
    d = _d(NOTES.replace("(1) Công ty", "(01) Công ty"))  # the body's "(1)" is not "(01)"
    assert "footnotes" not in d
    assert [u["text"][:4] for u in d["unplaced"]] == ["(01)", "(2) "]


def test_finding_16_every_error_message_is_one_line() -> None:
    # lxml's message for a NUL in a .docx part ends its first line with "\n" (the CLI printed two
    # lines); a file name may hold a line break too
    from tbparse.errors import InputError

    data = (ROOT / "fuzz" / "findings" / "16-docx-nul-in-footnotes-part.bin").read_bytes()
    with pytest.raises(tbparse.InputError) as exc:
        tbparse.parse_bytes(data, path="draft.docx")
    assert "\n" not in str(exc.value) and "Char 0x0 out of allowed range , line 1" in str(exc.value)
    err = InputError("broken XML (Invalid character\r\n, line 1)\u2028more", path="a\nb.docx")
    assert str(err) == "a b.docx: broken XML (Invalid character , line 1) more"


def test_wrapped_groups_reads_each_line_against_the_last() -> None:
    # a paragraph wrapped over many lines was joined whole again for each line (quadratic)
    from tbparse.steps.annexes import wrapped_groups

    entries = [{"line": 1, "text": "Nguyễn Văn A, cán bộ"}, *({"line": k, "text": "các huyện ủy"} for k in range(2, 6)),
               {"line": 6, "text": "xong."}, {"line": 7, "text": "tiếp theo"}, {"line": 9, "text": "dòng khác"}]
    assert [[e["line"] for e in g] for g in wrapped_groups(entries)] == [[1, 2, 3, 4, 5, 6], [7], [9]]


def test_finding_19_a_marker_run_before_a_combining_mark_is_inside_the_word() -> None:
    # a cp1258 text keeps its tone marks decomposed where NFC cannot compose them: "Huyê" + a run of
    # "_" + "\u0323n" — the run was closing emphasis (a combining mark is no \w), so it was
    # dropped and "Huyện" glued from two words; a combining mark belongs to the letter before it
    from tbparse.lines import strip_emphasis

    assert strip_emphasis("Huyê__\u0323n") == "Huyê__\u0323n"
    assert strip_emphasis("Huye\u0302\u0323__n") == "Huye\u0302\u0323__n"
    assert strip_emphasis("__Nơi nhận__:") == "Nơi nhận:" and strip_emphasis("**Huyện**") == "Huyện"


def test_finding_18_a_second_footer_label_keeps_the_first() -> None:
    # a second "Đồng gửi:" (or a second label not "Nơi nhận:") was written over the first one's
    # layout record, the first's words lost — as the header's second date or party line was (2, 3)
    foot = ("1- Làm tốt việc A./.\n\nNơi nhận:\t\t\t\tT/L BAN THƯỜNG VỤ\n- Như trên,\t\t\t\tCHÁNH VĂN PHÒNG\n"
            "Đồng gửi: Ban Tổ chức,\nĐồng gửi: Ban Dân vận,\n- Lưu VP.\n\n\t\t\t\tNguyễn Văn An\n")
    d = _d(HEAD + "Số 47-TB/TU\t\tTân An, ngày 09 tháng 01 năm 2012\n" + TITLE + foot)
    assert d["layout"]["cc_label"] == {"line": 11, "text": "Đồng gửi:"}
    assert {"line": 12, "text": "Đồng gửi:"} in d["unplaced"]
    assert d["recipients"] == ["Như trên", "Ban Tổ chức", "Ban Dân vận", "Lưu VP"]
    d = _d(HEAD + "Số 47-TB/TU\n" + TITLE + foot.replace("Nơi nhận:", "Nơi gửi:").replace("Đồng gửi: Ban Tổ chức,", "Nơi gửi:"))
    assert d["layout"]["recipients_label_text"] == "Nơi gửi:" and {"line": 11, "text": "Nơi gửi:"} in d["unplaced"]


def test_finding_20_a_garbled_authority_prefix_is_layout_to_the_oracle() -> None:
    # the footer reads "I/M BAN THƯỜNG VỤ" or "T/LTỈNH ỦY …" as mode "T/M" / "T/L" and the body as
    # typed (README; TB029 names the slip): the prefix as typed is layout, as a garbled label is —
    # only that span, only where it differs from the mode or is glued to the body, and only on a
    # line the parse read as an authority line (20c: the same cell over the type line is the issuer)
    def signed(*lines: int) -> dict:
        return {"layout": {"signature": {"authority_lines": list(lines)}}}

    assert oracle_text("\t\tI/M BAN THƯỜNG VỤ\n", signed(1)) == "\t\t    BAN THƯỜNG VỤ\n"
    assert oracle_text("\t\tI/M BAN THƯỜNG VỤ\n", signed(2)) == "\t\tI/M BAN THƯỜNG VỤ\n"
    assert oracle_text("\t\tI/M BAN THƯỜNG VỤ\n") == "\t\tI/M BAN THƯỜNG VỤ\n"
    assert oracle_text("Nơi nhận:\t\tT/LTỈNH ỦY\n", signed(1)).endswith("\t\t   TỈNH ỦY\n")
    assert oracle_text("\t\tT/L BAN THƯỜNG VỤ\n", signed(1)) == "\t\tT/L BAN THƯỜNG VỤ\n"
    assert oracle_text("|\r\n**K/I TRƯỞNG BAN\r\n", signed(2)) == "|\r\n**    TRƯỞNG BAN\r\n"
    d = _d((ROOT / "fuzz" / "findings" / "20-garbled-authority-prefix.bin").read_text(encoding="utf-8"))
    assert d["signature"]["authority"] == [{"mode": "T/M", "body": "BAN THƯỜNG VỤ"}]
    d = _d((ROOT / "fuzz" / "findings" / "20c-glued-prefix-read-as-the-issuer.bin").read_text(encoding="utf-8"))
    assert d["signature"] is None and d["issuer"]["name"].startswith("T/LTỈNH ỦY LONG AN")


def test_finding_21_a_signed_block_beside_an_unsigned_one_is_the_signature() -> None:
    # two blocks side by side (a joint footer's layout) whose first holds only entries: the second,
    # signed, was read as a cosigner of no signature — dropped, authority and signer with it
    d = _d((ROOT / "fuzz" / "findings" / "21-joint-footer-first-block-unsigned.bin").read_text(encoding="utf-8"))
    assert d["signature"]["authority"] == [{"mode": "T/M", "body": "BAN THƯỜNG VỤ"}]
    assert d["signature"]["signer"] == "Nguyễn Thanh Tâm"


def test_finding_22_a_copy_blocks_labels_are_kept() -> None:
    # a certified copy's footer read its "Đồng gửi:" (and a label typed otherwise than "Nơi nhận:")
    # into nothing: ``copy`` has no field for them, so they are unplaced, as its party line is
    d = _d((ROOT / "fuzz" / "findings" / "22-copy-block-cc-label.bin").read_text(encoding="utf-8"))
    assert d["copy"]["label"] == "SAO Y BẢN CHÍNH"
    assert {"line": 5, "text": "Đồng gửi:"} in d["unplaced"]


def test_finding_23_the_oracle_reads_label_and_break_as_the_parser_does() -> None:
    # "Nơi nhận숺" is no label (the oracle blanked "Nơi nhận" before any non-ASCII letter), and
    # "<**br>" is a break once its emphasis markers are stripped (the oracle kept "br" as a word)
    assert oracle_text("\tNơi nhận숺\n") == "\tNơi nhận숺\n"
    assert oracle_text("\tNÔi nhận__:\n") == "\t        __:\n"
    assert not missing_words("| a<**br>b |", {"t": "a b"})
