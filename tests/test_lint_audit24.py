"""Audit 24 of `tbparse check`: drafts written for it, and the leftovers of audit 23.

``fixtures/lint/audit24/ok-*.txt`` are correct drafts of document types and issuers audit 23's did
not have — the Central Committee's Quy định (QĐi), the Politburo's kết luận and chỉ thị, a VPTW
công văn, a Ban Tổ chức Trung ương hướng dẫn, provincial nghị quyết (2007), quyết định (2026),
thông tri, chương trình, quy chế, a city's đề án, a Văn phòng's giấy mời, a congress resolution
(T/M ĐOÀN CHỦ TỊCH), a Ban cán sự đảng's tờ trình, a district Ban Dân vận under three header lines,
a chi bộ's biên bản signed by its minute-taker and chair, a bloc committee's kế hoạch (2026), a
signer holding a post "kiêm" another — in the 2004, 2018 and 2026 eras and the layouts drafts
come in: two columns padded with spaces, a Word copy with tabs and CRLF, a web copy with every part
on its own line, pdftotext without -layout. ``bad-*.txt`` each carry one or two faults. Every
file's findings are pinned exactly (line, column, rule, severity), each checked by hand.
"""
from __future__ import annotations

import json
import re

import jsonschema
import pytest
from click.testing import CliRunner

from tbparse import parse_dict
from tbparse.cli import cli
from tbparse.lint import lint_source, lint_text
from tbparse.source import from_docx_bytes

from .conftest import FIXTURES, ROOT
from .docx_builders import borderless_table, bottom_border, new_doc, para, run, to_bytes

DRAFTS = FIXTURES / "lint" / "audit24"
SCHEMA = ROOT / "tests" / "data" / "sarif-schema-2.1.0.json"

# (line, column, rule, severity) of every finding, per draft
EXPECTED: dict[str, list[tuple[int, int, str, str]]] = {
    "bad-commas-2026.txt": [(21, 22, "TB036", "warning")],
    # a State công văn's number "6254/VPTW-TH": one finding giving "6254-CV/VPTW" (not a type code
    # "VPTW", a body "TH", and no type line), and the "V/v" it came with
    "bad-cv-state-number-2020.txt": [(4, 8, "TB007", "error"), (5, 1, "TB012", "info")],
    "bad-da-ki-bare-2005.txt": [(27, 54, "TB033", "info")],
    # the meeting is the one "Tại kỳ họp ngày 22/5/2018", not the inspection's first day before it
    "bad-date-before-meeting-2018.txt": [(3, 66, "TB016", "error")],
    "bad-day-unpadded-2019.txt": [(3, 70, "TB015", "warning")],
    "bad-do-mat-do-khan-2026.txt": [(4, 1, "TB039", "warning"), (5, 1, "TB039", "warning")],
    "bad-heading-case-2005.txt": [(1, 53, "TB001", "error")],
    "bad-ki-placeholder-2016.txt": [(22, 57, "TB033", "info")],
    "bad-luu-vt-2024.txt": [(23, 8, "TB012", "info")],
    "bad-mat-brackets-2007.txt": [(4, 11, "TB039", "warning")],
    "bad-name-caps-2019.txt": [(23, 51, "TB032", "warning")],
    "bad-nguoi-ki-2019.txt": [(30, 51, "TB028", "info"), (30, 51, "TB033", "info")],
    "bad-no-closing-2022.txt": [(14, 1, "TB026", "warning")],
    "bad-no-end-mark-2020.txt": [(19, 99, "TB024", "warning")],
    "bad-ocr-l-item-2026.txt": [(16, 1, "TB022", "warning")],
    "bad-parent-provincial-2021.txt": [(1, 1, "TB005", "warning")],
    "bad-points-skip-2022.txt": [(20, 1, "TB022", "warning")],
    # "PHÓ BÍ THƯ THƯỜNG TRỰC TỈNH ỦY" / "kiêm TRƯỞNG BAN TỔ CHỨC": the finding on "TỈNH ỦY"
    "bad-position-org-kiem-2022.txt": [(19, 74, "TB031", "warning")],
    "bad-recipient-no-dash-2026.txt": [(26, 1, "TB035", "warning")],
    "bad-so-colon-vv-2020.txt": [(4, 7, "TB008", "warning"), (5, 1, "TB012", "info")],
    "bad-subject-stop-2023.txt": [(6, 68, "TB020", "warning")],
    "bad-tm-individual-2016.txt": [(18, 60, "TB030", "warning")],
    "bad-tone-mixed-2007.txt": [(25, 11, "TB041", "info"), (25, 21, "TB041", "info"), (25, 29, "TB041", "info"),
                                (25, 38, "TB041", "info"), (29, 21, "TB041", "info")],
    "bad-tuq-2022.txt": [(28, 50, "TB029", "error")],
    "bad-type-code-qc-2021.txt": [(3, 11, "TB010", "error")],
    # the issuer in lower case: TB003 alone (TB038 does not call it missing too)
    "bad-web-issuer-case-2022.txt": [(1, 1, "TB003", "error")],
    "ok-ban-bi-thu-chi-thi-2019.txt": [],
    # the Secretariat's own notice closes on its last conclusion: no "… thông báo để … biết" asked (TB026)
    "ok-ban-bi-thu-tb-no-formula-2021.txt": [],
    # "BÍ THƯ TỈNH ỦY" / "kiêm" / "TRƯỞNG BAN CHỈ ĐẠO", no authority line (the head signs)
    "ok-ban-chi-dao-tinh-tb-kiem-2024.txt": [],
    "ok-ban-can-su-dang-to-trinh-2019.txt": [],
    "ok-ban-dan-van-huyen-tb-2021.txt": [],
    "ok-bch-tw-quy-dinh-qdi-2021.txt": [],
    "ok-bo-chinh-tri-ket-luan-2024.txt": [],
    "ok-btctw-huong-dan-2022.txt": [],
    # minutes signed "THƯ KÍ" / "CHỦ TRÌ" with no "Nơi nhận:": info, no error, no TB038
    "ok-chi-bo-bien-ban-2024.txt": [(24, 9, "TB034", "info")],
    "ok-dai-hoi-nghi-quyet-2020.txt": [],
    "ok-dang-uy-khoi-ke-hoach-2026.txt": [],
    "ok-dang-uy-quan-su-nq-2025.txt": [],
    # a draft: number, day and name left blank are info; the meeting's blank day ("Ngày    /3/2026")
    # says when, to be filled in (no TB025)
    "ok-draft-dang-uy-xa-2026.txt": [(3, 52, "TB014", "info"), (4, 1, "TB006", "info"), (20, 53, "TB028", "info")],
    "ok-huyen-uy-bao-cao-2005.txt": [],
    "ok-pdftotext-raw-2010.txt": [],
    "ok-thanh-uy-de-an-2023.txt": [],
    "ok-tinh-uy-chuong-trinh-2019.txt": [],
    "ok-tinh-uy-kiem-2022.txt": [],
    "ok-tinh-uy-nghi-quyet-2007.txt": [],
    "ok-tinh-uy-quy-che-2021.txt": [],
    "ok-tinh-uy-quyet-dinh-2026.txt": [],
    "ok-tinh-uy-thong-tri-2016.txt": [],
    "ok-ubkt-tinh-tb-2018.txt": [],
    "ok-ubkt-tw-tb-2023.txt": [],
    "ok-vptu-giay-moi-2025.txt": [],
    "ok-vptw-cong-van-2020.txt": [],
    "ok-web-copy-ket-luan-2022.txt": [],
    "ok-word-tabs-crlf-2019.txt": [],
}


def draft(name: str) -> str:
    return (DRAFTS / name).read_bytes().decode("utf-8")


def variant(name: str, *pairs: tuple[str, str]) -> str:
    text = draft(name)
    for old, new in pairs:
        assert text.count(old) == 1, (old, text.count(old))
        text = text.replace(old, new)
    return text


def found(text: str) -> list[tuple[int, int, str, str]]:
    return sorted((f.line, f.column, f.code, f.severity) for f in lint_text(text, path="t.txt"))


def test_every_draft_is_pinned() -> None:
    names = sorted(p.name for p in DRAFTS.glob("*.txt"))
    assert names == sorted(EXPECTED)
    assert sum(n.startswith("ok-") for n in names) >= 20 and sum(n.startswith("bad-") for n in names) >= 20


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_draft_findings(name: str) -> None:
    assert found(draft(name)) == EXPECTED[name]


# ---------------------------------------------------------------------------- "kí" for "ký"

KIEM = "ok-tinh-uy-kiem-2022.txt"
TT = "ok-tinh-uy-thong-tri-2016.txt"
FILING = "- Lưu Văn phòng Tỉnh uỷ.\n"
NAME = "                                                         Lê Đình Sơn\n"


@pytest.mark.parametrize("note", ["(Đã kí)", "(đã kí)", "(Đã kí và đóng dấu)", "[Đã kí]"])
def test_copy_note_spelt_ki_is_a_copy_note(note: str) -> None:
    assert found(variant(TT, (FILING, FILING.rstrip("\n") + "                                " + note + "\n"))) == []


@pytest.mark.parametrize("note", ["(kí, ghi rõ họ tên)", "(Kí, ghi rõ họ tên)", "(Chữ kí)", "(kí và ghi rõ họ tên)"])
def test_template_placeholder_spelt_ki(note: str) -> None:
    t = variant(TT, (FILING, FILING.rstrip("\n") + "                                " + note + "\n"))
    assert found(t) == [(22, 57, "TB033", "info")]
    assert "template placeholder" in [f for f in lint_text(t) if f.code == "TB033"][0].message


def test_bare_da_ki_is_asked_into_brackets() -> None:
    t = variant(TT, (FILING, FILING.rstrip("\n") + "                                Đã kí\n"))
    (f,) = lint_text(t)
    assert (f.code, f.message) == ("TB033", 'put the copy note in brackets: "(Đã kí)"')


@pytest.mark.parametrize("placeholder", ["Người ký", "Người kí", "Họ và tên người ký", "(Họ tên người kí)", "Họ và tên"])
def test_name_placeholder_is_named_and_a_drafts_blank(placeholder: str) -> None:
    # template words where the name goes are a draft's blank, as dots are (TB028 info), and TB033
    # names them; with nothing there at all the missing name stays an error
    t = variant(TT, (NAME, NAME.replace("Lê Đình Sơn", placeholder)))
    fs = lint_text(t)
    assert sorted((f.code, f.severity) for f in fs) == [("TB028", "info"), ("TB033", "info")]
    assert [f.message for f in fs if f.code == "TB028"] == [
        "the signer's name is not filled in yet (a draft): add it when the document is signed"]
    assert [(f.code, f.severity) for f in lint_text(variant(TT, (NAME, "\n")))] == [("TB028", "error")]
    assert [f.message for f in fs if f.code == "TB033"] == [
        f"template placeholder left where the signer's name goes: «{placeholder}»"]


def test_thu_ki_is_a_position_and_a_collective() -> None:
    # "THƯ KÍ" reads as the title "THƯ KÝ" (the minutes' signer); "T/M ĐOÀN THƯ KÍ" as the collective
    t = draft("ok-chi-bo-bien-ban-2024.txt")
    assert "THƯ KÍ" in t
    sig = parse_dict(t)["signature"]
    assert (sig["position"], sig["signer"]) == ("THƯ KÍ", "Trần Thị Bảy")
    t = variant(TT, ("T/M BAN THƯỜNG VỤ", "T/M ĐOÀN THƯ KÍ"), ("      BÍ THƯ\n", "      TRƯỞNG ĐOÀN\n"))
    assert [f for f in found(t) if f[2] == "TB030"] == []


def test_convening_call_to_attend_ki_hop() -> None:
    # "dự kì họp" closes a notice convening "kì họp" as "dự kỳ họp" does (TB026)
    t = variant("ok-vptu-giay-moi-2025.txt", ("Đề nghị các đồng chí dự họp đúng thành phần", "Đề nghị các đồng chí dự kì họp đúng thành phần"))
    assert found(t) == []
    base = (FIXTURES / "lint" / "audit23" / "ok-tinh-uy-trieu-tap-2024.txt").read_text(encoding="utf-8")
    t = base.replace("triệu tập Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 25 (mở rộng)\n",
                     "triệu tập kì họp thứ 25 của Ban Chấp hành Đảng bộ tỉnh\n").replace("dự Hội nghị đầy đủ", "dự kì họp đầy đủ")
    assert "kì họp đầy đủ" in t and found(t) == []


# ---------------------------------------------------------------------------- "kiêm" (TB031)

def test_concurrent_post_after_kiem_is_no_organisation_after_the_title() -> None:
    t = draft(KIEM)
    assert parse_dict(t)["signature"]["position"] == "PHÓ BÍ THƯ THƯỜNG TRỰC kiêm TRƯỞNG BAN TỔ CHỨC TỈNH ỦY"
    assert found(t) == []
    # in capitals, "KIÊM" too; on one line; and "BÍ THƯ" / "kiêm TRƯỞNG BAN CHỈ ĐẠO" (not the body's wrap)
    assert found(variant(KIEM, ("kiêm TRƯỞNG", "KIÊM TRƯỞNG"))) == []
    one = variant(KIEM, ("PHÓ BÍ THƯ THƯỜNG TRỰC\n", "PHÓ BÍ THƯ THƯỜNG TRỰC kiêm TRƯỞNG BAN TỔ CHỨC TỈNH ỦY\n"),
                  ("                  kiêm TRƯỞNG BAN TỔ CHỨC TỈNH ỦY", ""))
    assert parse_dict(one)["signature"]["position"] == "PHÓ BÍ THƯ THƯỜNG TRỰC kiêm TRƯỞNG BAN TỔ CHỨC TỈNH ỦY"
    assert found(one) == []
    sig = parse_dict(variant(KIEM, ("PHÓ BÍ THƯ THƯỜNG TRỰC\n", "BÍ THƯ\n"),
                             ("kiêm TRƯỞNG BAN TỔ CHỨC TỈNH ỦY", "kiêm TRƯỞNG BAN CHỈ ĐẠO")))["signature"]
    assert (sig["authority"], sig["position"]) == ([{"mode": "T/M", "body": "BAN THƯỜNG VỤ"}], "BÍ THƯ kiêm TRƯỞNG BAN CHỈ ĐẠO")


def test_lower_case_kiem_line_is_no_recipient() -> None:
    rec = parse_dict(draft(KIEM))["recipients"]
    assert "Ban Thường vụ Thị ủy Sông Cầu" in rec and not any("kiêm" in r for r in rec)


def test_position_wrapped_onto_the_organisation_points_at_it() -> None:
    # "PHÓ BÍ THƯ THƯỜNG TRỰC" / "TỈNH ỦY": the finding on "TỈNH ỦY", not on the recipient beside it
    t = variant(KIEM, ("kiêm TRƯỞNG BAN TỔ CHỨC TỈNH ỦY", "TỈNH ỦY"))
    assert found(t) == [(20, 51, "TB031", "warning")]


# ---------------------------------------------------------------------------- markings (TB039)

HEAD = "Số 412-QĐ/TU                                         Lào Cai, ngày 20 tháng 01 năm 2026\n"
QD = "ok-tinh-uy-quyet-dinh-2026.txt"


@pytest.mark.parametrize(("typed", "message"), [
    ("(MẬT)", "write the marking alone, as the stamp prints it: «MẬT» (not brackets «()»)"),
    ("[TỐI MẬT]", "write the marking alone, as the stamp prints it: «TỐI MẬT» (not brackets «[]»)"),
    ('"KHẨN"', "write the marking alone, as the stamp prints it: «KHẨN» (not quotes «\"\"»)"),
    ("Độ mật: MẬT", "write the marking alone, as the stamp prints it: «MẬT» (not the State's label «Độ mật:»)"),
    ("ĐỘ KHẨN: HỎA TỐC", "write the marking alone, as the stamp prints it: «HỎA TỐC» (not the State's label «ĐỘ KHẨN:»)"),
    ("Độ khẩn: Thượng khẩn", "write the marking alone, as the stamp prints it: «THƯỢNG KHẨN» (not the State's label «Độ khẩn:»)"),
])
def test_marking_in_brackets_or_after_the_state_label(typed: str, message: str) -> None:
    t = variant(QD, (HEAD, HEAD + typed + "\n"))
    assert [(f.line, f.column, f.code, f.message) for f in lint_text(t)] == [(4, 1, "TB039", message)]
    assert parse_dict(t)["markings"] == [typed]


@pytest.mark.parametrize("typed", ["MẬT", "HỎA TỐC HẸN GIỜ", "Dự thảo", "(Dự thảo lần 2)"])
def test_marking_as_the_stamp_prints_it_passes(typed: str) -> None:
    assert found(variant(QD, (HEAD, HEAD + typed + "\n"))) == []


# ---------------------------------------------------------------------------- OCR "l." (TB022)

def test_ocr_l_for_item_one_is_named_not_a_broken_run() -> None:
    t = draft("bad-ocr-l-item-2026.txt")
    (f,) = lint_text(t)
    assert (f.code, f.line, f.message) == ("TB022", 16, 'item number «l» is typed with the letter l: write "1"')
    # "l-" and "l)" alike; a real point "l)" after "k)" stays a point
    for mark in ("l- ", "l) "):
        assert [(x.code, x.line) for x in lint_text(t.replace("l. Hội nghị", mark + "Hội nghị"))] == [("TB022", 16)]


# ---------------------------------------------------------------------------- other fixes

def test_board_under_a_district_under_a_province_takes_the_district_code() -> None:
    # "ĐẢNG BỘ TỈNH SƠN LA" / "HUYỆN ỦY MỘC CHÂU" / "BAN DÂN VẬN": BDVHU, not BDVTU (TB011)
    t = draft("ok-ban-dan-van-huyen-tb-2021.txt")
    assert found(t) == []
    assert found(t.replace("18-TB/BDVHU", "18-TB/BDVTU")) == [(5, 10, "TB011", "warning")]


def test_collective_named_after_the_meeting_names_no_chair() -> None:
    # "Tại kỳ họp ngày 22/5/2018, Ủy ban Kiểm tra Tỉnh ủy kết luận:" (TB025)
    t = draft("ok-ubkt-tinh-tb-2018.txt")
    assert found(t) == []
    assert parse_dict(t)["meeting"]["date"] == "2018-05-22"
    assert [f[2] for f in found(t.replace("Tại kỳ họp ngày 22/5/2018, Ủy ban Kiểm tra Tỉnh ủy kết luận",
                                          "Ngày 22/5/2018, đã kết luận"))] == ["TB025"]


def test_minutes_without_recipients_are_no_missing_component() -> None:
    t = draft("ok-chi-bo-bien-ban-2024.txt")
    assert [(f.code, f.severity) for f in lint_text(t)] == [("TB034", "info")]
    # a biên bản signed otherwise, or another type so signed, still needs its list
    t2 = t.replace("THƯ KÍ ", "PHÓ BÍ THƯ")
    assert ("TB034", "error") in [(f.code, f.severity) for f in lint_text(t2)]


def test_state_number_suggestion_keeps_the_type() -> None:
    # "12/TB-TU" (a Party number in the State's order) keeps its type and body
    t = variant("ok-ubkt-tinh-tb-2018.txt", ("Số 87-TB/UBKTTU", "Số 87/TB-UBKTTU"))
    (f,) = [f for f in lint_text(t) if f.code == "TB007"]
    assert f.message.endswith('e.g. "87-TB/UBKTTU"')


# ---------------------------------------------------------------------------- reports

BAD = sorted(n for n in EXPECTED if n.startswith("bad-"))
OK = sorted(n for n in EXPECTED if n.startswith("ok-"))


def _check(*args: str):
    return CliRunner().invoke(cli, ["check", *([] if "--config" in args else ["--isolated"]), *args])


def test_correct_drafts_are_clean_in_every_report() -> None:
    files = [str(DRAFTS / n) for n in OK if not EXPECTED[n]]
    for fmt in ("json", "jsonl", "github", "concise", "junit", "gitlab"):
        res = _check("--fail-on", "info", "--output-format", fmt, *files)
        assert res.exit_code == 0, (fmt, res.output)
    log = json.loads(_check("--fail-on", "info", "--output-format", "sarif", *files).stdout)
    assert log["runs"][0]["results"] == []


def test_exit_codes_follow_the_worst_finding() -> None:
    assert _check(str(DRAFTS / "ok-chi-bo-bien-ban-2024.txt")).exit_code == 0
    assert _check("--fail-on", "info", str(DRAFTS / "ok-chi-bo-bien-ban-2024.txt")).exit_code == 1
    assert _check(str(DRAFTS / "bad-do-mat-do-khan-2026.txt")).exit_code == 0
    assert _check("--fail-on", "warning", str(DRAFTS / "bad-do-mat-do-khan-2026.txt")).exit_code == 1
    assert _check(str(DRAFTS / "bad-tuq-2022.txt")).exit_code == 1
    assert _check("--exit-zero", str(DRAFTS / "bad-tuq-2022.txt")).exit_code == 0


def test_sarif_of_the_bad_drafts_validates() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    # (TB013 aside: drafts made from one another share their numbers)
    res = _check("--ignore", "TB013", "--output-format", "sarif", *(str(DRAFTS / n) for n in BAD))
    log = json.loads(res.stdout)
    jsonschema.validate(log, schema)
    results = log["runs"][0]["results"]
    assert len(results) == sum(len(EXPECTED[n]) for n in BAD)
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    for r in results:
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
        region = r["locations"][0]["physicalLocation"]["region"]
        assert region["startColumn"] >= 1 and region["endColumn"] >= region["startColumn"]
    # Vietnamese, «», quotes, colons and commas in messages survive as they are
    assert any("«MẬT» (not the State's label «Độ mật:»)" in r["message"]["text"] for r in results)


_ANNOTATION = re.compile(r"::(error|warning|notice) file=([^,:\r\n]+),line=(\d+),endLine=(\d+),col=(\d+),endColumn=(\d+),"
                         r"title=(TB\d{3}) ([a-z-]+)::([^\r\n]*)")


def _unescape(s: str) -> str:
    return s.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%")


def test_github_annotations_are_well_formed() -> None:
    res = _check("--ignore", "TB013", "--output-format", "github", *(str(DRAFTS / n) for n in BAD))
    lines = res.stdout.splitlines()
    assert len(lines) == sum(len(EXPECTED[n]) for n in BAD)
    got = []
    for line in lines:
        m = _ANNOTATION.fullmatch(line)
        assert m, line
        got.append((m.group(2).rsplit("/", 1)[-1], int(m.group(3)), int(m.group(5)), m.group(7)))
    want = sorted((n, li, c, code) for n in BAD for li, c, code, _ in EXPECTED[n])
    assert sorted(got) == want
    # a message with a colon, a comma, a newline and Vietnamese round-trips
    msgs = [_unescape(_ANNOTATION.fullmatch(x).group(9)) for x in lines]
    assert 'TB033 [info] template placeholder left where the signer\'s name goes: «Người kí»' in msgs


def test_github_annotation_of_a_vietnamese_path_and_message(tmp_path) -> None:
    # a path with a comma and a colon, a quoted line with a colon, a comma and "%": escaped in the
    # properties and the message, and read back unchanged
    p = tmp_path / "dự thảo, bản 2: sửa.txt"
    t = variant(QD, (HEAD, HEAD + "Ghi chú: bản in thử, 100% nội dung\n"))
    p.write_text(t, encoding="utf-8")
    res = _check("--output-format", "github", str(p))
    lines = res.stdout.splitlines()
    assert len(lines) == 1
    m = _ANNOTATION.fullmatch(lines[0])
    assert m and m.group(1) == "warning"
    assert m.group(2).endswith("dự thảo%2C bản 2%3A sửa.txt")
    assert _unescape(m.group(9)) == "TB000 [warning] text the parser could not place: «Ghi chú: bản in thử, 100% nội dung»"
    assert "100%25 nội dung" in m.group(9)


# ---------------------------------------------------------------------------- a Word draft

def _word_qd_2026(*, marking: str | None = None, position: tuple[str, ...] = ("PHÓ BÍ THƯ THƯỜNG TRỰC",
                  "kiêm TRƯỞNG BAN TỔ CHỨC TỈNH ỦY"), sep: str = ";") -> bytes:
    """A provincial committee's quyết định of 2026 typed in Word: header and footer as borderless
    tables, "Nơi nhận:" underlined, the position over two paragraphs of its cell."""
    d = new_doc()
    left, right = borderless_table(d).rows[0].cells
    para(left, "TỈNH ỦY LÀO CAI", bold=True, size=14, align="center", first=True)
    para(left, "*", align="center")
    para(left, "Số 415-QĐ/TU", align="center")
    if marking:
        para(left, marking, bold=True, align="center")
    bottom_border(para(right, "ĐẢNG CỘNG SẢN VIỆT NAM", bold=True, size=15, align="center", first=True))
    para(right, "Lào Cai, ngày 22 tháng 01 năm 2026", italic=True, align="center")
    para(d, "QUYẾT ĐỊNH", bold=True, size=16, align="center")
    para(d, "chuẩn y kết quả bầu bổ sung Ủy viên Ban Chấp hành Đảng bộ huyện Bảo Thắng", bold=True, align="center")
    para(d, "-----", align="center")
    for t in ("- Căn cứ Điều lệ Đảng;",
              "- Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XVII;",
              "- Xét đề nghị của Ban Tổ chức Tỉnh ủy,",
              "BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH:",
              "Điều 1. Chuẩn y kết quả bầu bổ sung đồng chí Hoàng Văn Minh vào Ban Chấp hành Đảng bộ huyện Bảo "
              "Thắng nhiệm kỳ 2025 - 2030.",
              "Điều 2. Ban Tổ chức Tỉnh ủy, Ban Thường vụ Huyện ủy Bảo Thắng và đồng chí có tên tại Điều 1 thi hành "
              "Quyết định này./."):
        para(d, t, align="justify")
    l2, r2 = borderless_table(d).rows[0].cells
    run(para(l2, "", first=True), "Nơi nhận:", underline=True, size=14)
    for e in (f"- Thường trực Tỉnh ủy{sep}", f"- Như Điều 2{sep}", "- Lưu Văn phòng Tỉnh ủy."):
        para(l2, e, size=12)
    para(r2, "T/M BAN THƯỜNG VỤ", bold=True, size=14, align="center", first=True)
    for p in position:
        para(r2, p, size=14, align="center")
    for _ in range(3):
        para(r2, "", align="center")
    para(r2, "Trịnh Xuân Trường", bold=True, size=14, align="center")
    return to_bytes(d)


def _word(data: bytes) -> list[tuple[int, int, str, str]]:
    return sorted((f.line, f.column, f.code, f.severity) for f in lint_source(from_docx_bytes(data), path="d.docx"))


def test_word_draft_correct_is_clean() -> None:
    assert _word(_word_qd_2026()) == []
    assert _word(_word_qd_2026(marking="MẬT")) == []


def test_word_draft_faults() -> None:
    assert _word(_word_qd_2026(marking="(MẬT)")) == [(4, 1, "TB039", "warning")]
    assert _word(_word_qd_2026(marking="Độ khẩn: HỎA TỐC")) == [(4, 1, "TB039", "warning")]
    assert _word(_word_qd_2026(sep=",")) == [(16, 22, "TB036", "warning")]
    assert _word(_word_qd_2026(position=("PHÓ BÍ THƯ TỈNH ỦY", "kiêm CHỦ TỊCH HĐND TỈNH"))) == [(20, 1, "TB031", "warning")]


def test_name_column_of_an_appendix_under_the_signature_is_no_placeholder() -> None:
    # an appendix table's "Tên" / "Họ và tên" column heads under a signed block (a real State
    # decision's coordinate table read so) are not the signer's placeholder
    t = draft(TT) + ("\n                              Phụ lục\nDANH SÁCH CÁN BỘ THAM GIA\n\n"
                     "Tên          Chức vụ          Đơn vị\nHọ và tên\n")
    assert [f for f in lint_text(t) if f.code == "TB033"] == []
    t = variant(TT, (NAME, NAME.replace("Lê Đình Sơn", "Họ và tên")))
    assert [f.code for f in lint_text(t) if f.code == "TB033"] == ["TB033"]


def test_ocr_capital_i_for_item_one() -> None:
    # under part II, "I. …" / "2. …" is the item 1 typed with a capital I; as the only part, too
    k = "ok-dang-uy-khoi-ke-hoach-2026.txt"
    t = variant(k, ("1. Hội nghị học tập", "I. Hội nghị học tập"))
    assert [(f.line, f.code, f.message) for f in lint_text(t)] == [
        (16, "TB022", 'item number «I» is typed with the letter I: write "1"')]
    t = variant(TT, ("1- Tổ chức quán triệt", "I- Tổ chức quán triệt"))
    assert [(f.line, f.code) for f in lint_text(t)] == [(12, "TB022")]
    # a real part I over items 1., 2. stays a part; "I." before "II." stays part I
    assert found(draft("ok-btctw-huong-dan-2022.txt")) == []


def test_central_notice_signed_by_its_collective_needs_no_office_formula() -> None:
    t = draft("ok-ban-bi-thu-tb-no-formula-2021.txt")
    assert found(t) == []
    # a provincial standing committee's notice still closes with it
    k = variant(KIEM, ("Văn phòng Tỉnh ủy thông báo để Ban Thường vụ Thị ủy Sông Cầu và các cơ quan liên quan biết, "
                       "thực hiện./.\n\n", ""), ("nhiệm kỳ 2025 - 2030.\n", "nhiệm kỳ 2025 - 2030./.\n"))
    assert [f[2] for f in found(k)] == ["TB026"]
    # nor is it waived for a "/TW" number signed T/L by the office
    t2 = t.replace("T/M BAN BÍ THƯ", "T/L BAN BÍ THƯ").replace("THƯỜNG TRỰC\n", "CHÁNH VĂN PHÒNG\n")
    assert "TB026" in [f[2] for f in found(t2)]


def test_draft_meeting_day_left_blank() -> None:
    t = draft("ok-draft-dang-uy-xa-2026.txt")
    assert "TB025" not in [f[2] for f in found(t)]
    # a date not blank but missing still asks for it
    t2 = t.replace("Ngày    /3/2026, Ban", "Ban")
    assert "TB025" in [f[2] for f in found(t2)]


def test_statistics_show_the_severities_counted(tmp_path) -> None:
    # a draft's blank number is TB006 info, a configured severity overrides the rule's: the summary
    # names what it counted, not the rule's default
    unsigned = tmp_path / "unsigned.txt"  # no name under the block at all: TB028 error
    unsigned.write_text(draft("bad-nguoi-ki-2019.txt").replace("Người kí", ""), encoding="utf-8")
    files = [str(DRAFTS / n) for n in ("ok-draft-dang-uy-xa-2026.txt", "bad-nguoi-ki-2019.txt")] + [str(unsigned)]
    res = _check("--statistics", *files)
    rows = {r.split()[1]: r.split("[", 1)[1] for r in res.stderr.splitlines() if r.strip()[:1].isdigit()}
    assert rows["TB006"] == "info]" and rows["TB028"] == "error, info]" and rows["TB033"] == "info]"
    cfg = tmp_path / ".tbparse.toml"
    cfg.write_text('[severity]\nTB033 = "warning"\n', encoding="utf-8")
    res = _check("--config", str(cfg), "--statistics", str(DRAFTS / "bad-nguoi-ki-2019.txt"))
    assert "     1  TB033  copy-marker              [warning]" in res.stderr.splitlines()


def test_meeting_date_is_the_meeting_sentences() -> None:
    # an inspection's days in the sentence before "Tại kỳ họp ngày 22/5/2018" are not the meeting's
    assert parse_dict(draft("ok-ubkt-tinh-tb-2018.txt"))["meeting"]["date"] == "2018-05-22"
    # "TP. Đồng Xoài" does not end the meeting's sentence: its date stays, not a report's day after it
    t = variant("ok-web-copy-ket-luan-2022.txt",
                ("Ngày 17/11/2022, Ban Thường vụ Tỉnh ủy họp", "Ngày 17/11/2022, tại TP. Đồng Xoài, Ban Thường vụ Tỉnh ủy họp"),
                ("tỉnh báo cáo, Ban", "tỉnh báo cáo kết quả đợt kiểm tra ngày 02/11/2022, Ban"))
    assert parse_dict(t)["meeting"]["date"] == "2022-11-17"
    assert found(t) == []


def test_board_sits_where_its_configured_committee_does(tmp_path) -> None:
    # seats names the committee; its inspection committee's notice is held to the same place, with
    # the committee's name typed in the other tone style ("UỶ", "HOÀ"); a district committee under a
    # configured "ĐẢNG BỘ TỈNH …" line is not
    t = draft("ok-ubkt-tinh-tb-2018.txt").replace("TỈNH ỦY KHÁNH HÒA", "TỈNH UỶ KHÁNH HOÀ")
    (tmp_path / "a.txt").write_text(t, encoding="utf-8")
    (tmp_path / ".tbparse.toml").write_text('[seats]\n"TỈNH ỦY KHÁNH HÒA" = "Cam Ranh"\n', encoding="utf-8")
    res = CliRunner().invoke(cli, ["check", "--select", "TB017", "--output-format", "concise", str(tmp_path / "a.txt")])
    assert res.stdout.splitlines() == [f'{tmp_path / "a.txt"}:3:50: TB017 [warning] the place should be where the issuer '
                                      'sits: "Cam Ranh", not «Nha Trang»']
    h = draft("ok-huyen-uy-bao-cao-2005.txt")
    (tmp_path / "b.txt").write_text(h, encoding="utf-8")
    (tmp_path / ".tbparse.toml").write_text('[seats]\n"ĐẢNG BỘ TỈNH THANH HOÁ" = "Thanh Hóa"\n', encoding="utf-8")
    res = CliRunner().invoke(cli, ["check", "--select", "TB017", str(tmp_path / "b.txt")])
    assert res.exit_code == 0 and res.stdout == ""


@pytest.mark.parametrize("typed", ["Qui định 24-QĐi/TW", "Quy định 24-QĐi/TW", "Qui chế 02-QC/TU"])
def test_citation_without_so_in_either_spelling(typed: str) -> None:
    t = variant("ok-btctw-huong-dan-2022.txt", ("Quy định số 24-QĐi/TW", typed))
    assert [(f.code, f.message) for f in lint_text(t)] == [
        ("TB027", f'cite Party acts as "{typed.split(" 2")[0].split(" 0")[0]} số {typed.rsplit(" ", 1)[1]}"')]
