"""Regressions from the third audit of `tbparse check` (/tmp/audit3): columns of decomposed files,
TB036's expected terminator, baseline fingerprints of two hits on one line."""
from __future__ import annotations

import json
import unicodedata

from click.testing import CliRunner

from tbparse.cli import cli
from tbparse.lint import lint_path, lint_text
from tbparse.lint.baseline import dumps, load

from .conftest import FIXTURES

TEMPLATE = (FIXTURES / "lint" / "clean-2019.txt").read_text(encoding="utf-8")
# the date line with the reference notice's double space: "Phan Thiết, ngày 16  tháng 5 năm 2019"
DOUBLE = TEMPLATE.replace("ngày 16 tháng", "ngày 16  tháng")


def _rows(findings):
    return [(f.line, f.column, f.end_column, f.code, f.message) for f in findings]


def test_columns_of_a_decomposed_file_count_its_own_characters(tmp_path):
    """NFD: "Số" and "Thiết" hold two combining marks each before the double space, so the
    double space is at 71–73 of the file's line (66–68 of its NFC form, which the audit got)."""
    path = tmp_path / "nfd.txt"
    path.write_text(unicodedata.normalize("NFD", DOUBLE), encoding="utf-8")
    found = lint_path(str(path))
    assert _rows(found) == [
        (1, 1, 89, "TB040", "decomposed Unicode (tone marks as separate characters): save the text in NFC (dựng sẵn)"),
        (3, 71, 73, "TB018", "double space in the date line"),
    ]
    tb018 = found[1]
    assert tb018.line_text == path.read_text(encoding="utf-8").split("\n")[2]  # the line shown is the file's
    assert tb018.line_text[70:72] == "  "
    # the NFC file: the same finding at its own columns, with the same fingerprint
    nfc = lint_text(DOUBLE)
    assert _rows(nfc) == [(3, 66, 68, "TB018", "double space in the date line")]
    assert nfc[0].fingerprint == tb018.fingerprint


def test_columns_of_decomposed_text_on_stdin_and_in_the_library():
    nfd = unicodedata.normalize("NFD", DOUBLE)
    assert _rows(lint_text(nfd))[1] == (3, 71, 73, "TB018", "double space in the date line")
    res = CliRunner().invoke(cli, ["check", "-", "--output-format", "json", "--exit-zero"], input=nfd.encode("utf-8"))
    got = [(d["line"], d["column"], d["end_column"], d["code"]) for d in json.loads(res.stdout)]
    assert got == [(1, 1, 89, "TB040"), (3, 71, 73, "TB018")]


def test_tb036_expects_the_era_mark_where_a_recipient_has_none():
    """A notice of 2008 (11-HD/VPTW, ",") whose entries use ";" and one has none: the missing
    mark is asked for as ",", not as the ";" the same report says is the other era's."""
    text = TEMPLATE.replace("2019", "2008").replace(
        "- Thường trực Tỉnh ủy,  ", "- Thường trực Tỉnh ủy;  "
    ).replace("- Đảng ủy khối Doanh nghiệp,\n", "- Đảng ủy khối Doanh nghiệp;\n- Các đồng chí UVBTV Tỉnh ủy\n")
    assert _rows(lint_text(text)) == [
        (31, 22, 23, "TB036", 'recipient entries end with ";" (05-HD/VPTW and State style); under 11-HD/VPTW (2004) they end with ","'),
        (33, 29, 30, "TB036", 'recipient entry without a terminator (expected ",")'),
    ]


def test_baseline_tells_two_double_spaces_on_one_line_apart(tmp_path):
    """A double space typed before the known one on the same date line is the one reported new."""
    base = tmp_path / "b.json"
    base.write_text(dumps(lint_text(DOUBLE, path=str(tmp_path / "d.txt")), str(base)), encoding="utf-8")
    edited = DOUBLE.replace("Phan Thiết, ngày", "Phan Thiết,  ngày")
    found = lint_text(edited, path=str(tmp_path / "d.txt"))
    assert _rows(found) == [
        (3, 58, 60, "TB018", "double space in the date line"),
        (3, 67, 69, "TB018", "double space in the date line"),
    ]
    assert _rows(load(str(base)).filter(found)) == [(3, 58, 60, "TB018", "double space in the date line")]


def test_a_version_1_baseline_still_hides_its_findings(tmp_path):
    """Baselines written before the fingerprint held the finding's own text keep working."""
    found = lint_text(DOUBLE, path=str(tmp_path / "d.txt"))
    base = tmp_path / "b1.json"
    items = [{"path": "d.txt", "code": f.code, "fingerprint": f.fingerprint_v1, "line": f.line, "message": f.message}
             for f in found]
    base.write_text(json.dumps({"tool": "tbparse", "version": 1, "findings": items}), encoding="utf-8")
    assert load(str(base)).filter(found) == []
    assert json.loads(dumps(found, str(base)))["version"] == 2
