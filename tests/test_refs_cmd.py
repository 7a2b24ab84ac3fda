"""``tbparse refs``: the citation table across files (plain, --json, --csv, --cite, errors)."""
from __future__ import annotations

import csv
import io
import json
import shutil

import pytest
from click.testing import CliRunner

from tbparse.cli.refs_cmd import refs
from tbparse.references import paragraphs
from tbparse.source import from_text

from .conftest import SEED

OTHER = """ĐẢNG BỘ TỈNH BÌNH THUẬN
Số 12-KH/ĐUK

KẾ HOẠCH

Thực hiện Chỉ thị số 20-CT/TU của Ban Thường vụ Tỉnh ủy và Chỉ thị số
20-CT/TU (nhắc lại), Đảng ủy khối triển khai Nghị định số 87/2007/NĐ-CP.
"""


@pytest.fixture
def archive(tmp_path):
    (tmp_path / "sub").mkdir()
    shutil.copy(SEED, tmp_path / "503.txt")
    (tmp_path / "sub" / "12-kh.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "sub" / "notes.md").write_text("Chỉ thị số 99-CT/TU", encoding="utf-8")  # not walked
    return tmp_path


def run(*args: str):
    return CliRunner().invoke(refs, list(args), catch_exceptions=False)


def test_table_across_files(archive):
    r = run(str(archive))
    assert r.exit_code == 0, r.output
    rows = [line.split("\t") for line in r.output.splitlines()]
    assert rows[0] == ["reference", "kind", "cited_by", "file", "notice", "count", "lines"]
    body = rows[1:]
    # cited by both files: first, with one row per citing file
    top = [row for row in body if row[2] == "2"]
    assert {row[0] for row in top} == {"20-CT/TU", "87/2007/NĐ-CP"}
    assert body[0][0] in {"20-CT/TU", "87/2007/NĐ-CP"} and body[0][2] == "2"
    ct = {row[3].rsplit("/", 1)[-1]: row for row in body if row[0] == "20-CT/TU"}
    assert ct["503.txt"][4:] == ["503-TB/TU", "2", "29 69"]
    assert ct["12-kh.txt"][4:] == ["12-KH/ĐUK", "2", "6 7"]
    assert not any("99-CT/TU" in row[0] for row in body)  # .md files are not read
    assert not any(row[0] in ("503-TB/TU", "12-KH/ĐUK") for row in body)  # own numbers


def test_cite_filter_any_spelling(archive):
    r = run(str(archive), "--cite", "87/2007-NĐ-CP")
    assert r.exit_code == 0
    body = r.output.splitlines()[1:]
    assert len(body) == 2 and all(line.startswith("87/2007/NĐ-CP\tNghị định\t2\t") for line in body)
    r = run(str(archive), "--cite", "Trung ương 6")  # a plenum resolution, in either of its names
    assert [line.split("\t")[0] for line in r.output.splitlines()[1:]] == [
        "Nghị quyết Hội nghị lần thứ 6 Ban Chấp hành Trung ương"]
    r = run(str(archive), "--cite", "Học tập và làm theo")  # words of an unnumbered reference
    assert [line.split("\t")[0] for line in r.output.splitlines()[1:]] == [
        "Cuộc vận động “Học tập và làm theo tấm gương đạo đức Hồ Chí Minh”"]
    r = run(str(archive), "--cite", "1-XX/TW")
    assert r.exit_code == 0 and r.output.splitlines() == ["reference\tkind\tcited_by\tfile\tnotice\tcount\tlines"]


def test_json(archive):
    r = run(str(archive / "503.txt"), "--json")
    assert r.exit_code == 0
    data = json.loads(r.output)
    assert len(data) == 1
    f = data[0]
    assert f["number"] == "503-TB/TU"
    assert {x["number"] or x["text"] for x in f["references"]} >= {
        "20-CT/TU", "87/2007/NĐ-CP", "Nghị quyết Hội nghị lần thứ 6 Ban Chấp hành Trung ương"}
    assert [w["code"] for w in f["warnings"]] == ["TB027"]
    r = run(str(archive), "--json", "--cite", "20-CT/TU")
    data = json.loads(r.output)
    assert len(data) == 2 and all([x["number"] for x in f["references"]] == ["20-CT/TU"] for f in data)


def test_csv(archive):
    r = run(str(archive), "--csv", "--cite", "20-CT/TU")
    assert r.exit_code == 0
    rows = list(csv.reader(io.StringIO(r.output)))
    assert rows[0] == ["reference", "kind", "cited_by", "file", "notice", "count", "lines"]
    assert len(rows) == 3 and {row[0] for row in rows[1:]} == {"20-CT/TU"}


def test_missing_file_reported_and_others_still_done(archive):
    r = CliRunner().invoke(refs, [str(archive / "nope.txt"), str(archive / "503.txt")])
    assert r.exit_code == 2  # as check: an unreadable file is exit 2
    assert r.stderr.count("\n") == 1 and "nope.txt" in r.stderr and "no such file" in r.stderr
    assert "20-CT/TU" in r.stdout and "nope" not in r.stdout


def test_usage_errors_exit_2(archive):
    assert run().exit_code == 2
    assert CliRunner().invoke(refs, [str(archive), "--json", "--csv"]).exit_code == 2


def test_paragraph_builder():
    src = from_text(
        "Thực hiện Quy định số\n377-QĐ/TW ngày 08/10/2025.\n1- Khẩn trương triển khai.\n"
        "+ Khảo sát,\n\n       Căn cứ Luật Đầu tư số 143/2025/QH15 ngày 11 tháng 12\nnăm 2025;\n"
        "       Căn cứ Nghị định số 96/2026/NĐ-CP;"
    )
    assert [[no for no, _ in p] for p in paragraphs(src.lines)] == [[1, 2], [3], [4], [6, 7], [8]]


# --- a Party document's references are its parse's (audit round 3) --------------------------------

TYPED_PLAIN = """\
HUYỆN ỦY LỤC NGẠN                                  ĐẢNG CỘNG SẢN VIỆT NAM
         *
   So 157-TB/HU                                   Lục Ngạn, ngày 12 tháng 4 năm 2020

THÔNG BÁO
kết luận của Thường trực Huyện ủy

Ngày 10/4/2020, đồng chí Nguyễn Văn Lương - Bí thư Huyện ủy chủ trì buổi làm việc. Đồng chí kết luận:

1. Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị, Ban Thường vụ Huyện ủy yêu cầu các
cấp ủy triển khai nghiêm túc.

Văn phòng Huyện ủy thông báo để các cơ quan, đơn vị biết, thực hiện./.

Nơi nhận:                                                T/L BAN THƯỜNG VỤ
- Các đảng ủy xã,                                         CHÁNH VĂN PHÒNG
- Lưu VPHU.
                                                          Hoàng Văn Thịnh
"""


def test_refs_lists_what_the_parse_lists(tmp_path):
    import tbparse

    f = tmp_path / "157.txt"
    f.write_text(TYPED_PLAIN, encoding="utf-8")
    got = json.loads(run("--json", str(f)).output)
    assert got[0]["number"] == "157-TB/HU"
    assert got[0]["references"] == tbparse.parse_dict(TYPED_PLAIN)["references"]
    # the own number typed without its tone mark is not a citation; the issuer ends before the
    # clause "Ban Thường vụ Huyện ủy yêu cầu"
    assert [(r["number"], r["issuer"]) for r in got[0]["references"]] == [("35-CT/TW", "Bộ Chính trị")]


def test_word_lock_files_are_skipped(archive):
    (archive / "~$draft.docx").write_bytes(b"\x00lock")
    r = run(str(archive))
    assert r.exit_code == 0 and "~$" not in r.output


def test_refs_skips_hidden_folders_like_check(archive):
    (archive / ".git").mkdir()
    (archive / ".git" / "old.txt").write_text(OTHER, encoding="utf-8")
    r = run(str(archive), "--json")
    assert [f["file"].rsplit("/", 1)[-1] for f in json.loads(r.output)] == ["503.txt", "12-kh.txt"]
