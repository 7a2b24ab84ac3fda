"""Every output format of ``tbparse check`` against its spec.

The SARIF schema in ``tests/data/sarif-schema-2.1.0.json`` is a copy of the OASIS SARIF 2.1.0 JSON
schema (``$id`` https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json),
taken from the public repository Security-Falcon/SARIFCourier at commit 67eb1da5.
"""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import jsonschema
import pytest

from tbparse.lint import lint_path, lint_text
from tbparse.lint.finding import Finding
from tbparse.lint.formats import FormatOptions, render
from tbparse.lint.formats.github import escape_data, escape_property
from tbparse.lint.formats.text import snippet
from tbparse.lint.registry import all_rules
from tbparse.lint.report import FileResult, Report

from .conftest import FIXTURES, ROOT, SEED

SCHEMA = ROOT / "tests" / "data" / "sarif-schema-2.1.0.json"
TEMPLATE = (FIXTURES / "lint" / "clean-2019.txt").read_text(encoding="utf-8")


@pytest.fixture
def seed_report() -> Report:
    rel = str(SEED.relative_to(ROOT))
    return Report([FileResult(rel, lint_path(str(SEED), display_path=rel))], root=str(ROOT))


def _finding(**kw) -> Finding:
    base = dict(path="d/a.txt", line=3, column=5, end_line=3, end_column=9, code="TB014", name="date-line",
                severity="error", message="m", line_text="0123456789")
    base.update(kw)
    return Finding(**base)


# --- json / jsonl ----------------------------------------------------------------------------

def test_json_is_one_array_of_documented_objects(seed_report):
    items = json.loads(render("json", seed_report))
    assert isinstance(items, list) and len(items) == len(seed_report.findings)
    keys = ["path", "line", "column", "end_line", "end_column", "code", "name", "severity", "message"]
    for it in items:
        assert list(it) == keys
        assert it["severity"] in ("error", "warning", "info")
        assert it["line"] >= 1 and it["column"] >= 1 and it["end_column"] >= it["column"]
    tb018 = next(it for it in items if it["code"] == "TB018")
    assert (tb018["path"], tb018["line"], tb018["name"]) == ("fixtures/seed-503-tb-tu.txt", 5, "number-date-spacing")


def test_jsonl_one_object_per_line(seed_report):
    lines = render("jsonl", seed_report).splitlines()
    assert [json.loads(x) for x in lines] == json.loads(render("json", seed_report))


# --- github ----------------------------------------------------------------------------------

def test_github_escaping():
    assert escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_property("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae"
    f = _finding(path="d/x:y,z.txt", message="100% sai: dòng 1\ndòng 2, xong", severity="info")
    out = render("github", Report([FileResult(f.path, [f])]))
    assert out == ("::notice file=d/x%3Ay%2Cz.txt,line=3,endLine=3,col=5,endColumn=9,title=TB014 date-line"
                   "::TB014 [info] 100%25 sai: dòng 1%0Adòng 2, xong\n")


def test_github_levels_and_one_line_per_finding(seed_report):
    out = render("github", seed_report).splitlines()
    assert len(out) == len(seed_report.findings)
    assert {line.split(" ", 1)[0] for line in out} <= {"::error", "::warning", "::notice"}
    assert any(line.startswith("::warning file=fixtures/seed-503-tb-tu.txt,line=105,") for line in out)


# --- sarif -----------------------------------------------------------------------------------

def test_sarif_validates_against_the_schema(seed_report):
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    log = json.loads(render("sarif", seed_report))
    jsonschema.validate(log, schema)
    # and an unreadable file (a tool execution notification) keeps it valid
    bad = Report([FileResult("missing.txt", error="missing.txt: no such file")] + seed_report.files, root=str(ROOT))
    log2 = json.loads(render("sarif", bad))
    jsonschema.validate(log2, schema)
    assert log2["runs"][0]["invocations"][0]["executionSuccessful"] is False


def test_sarif_structure(seed_report):
    log = json.loads(render("sarif", seed_report))
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [r.id for r in all_rules()]
    for r in rules:
        assert r["help"]["text"].strip() and r["shortDescription"]["text"]
        assert r["defaultConfiguration"]["level"] in ("error", "warning", "note")
    assert run["columnKind"] == "unicodeCodePoints"
    assert len(run["results"]) == len(seed_report.findings)
    for res in run["results"]:
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
        region = res["locations"][0]["physicalLocation"]["region"]
        assert region["startColumn"] >= 1 and region["endColumn"] >= region["startColumn"]
        loc = res["locations"][0]["physicalLocation"]["artifactLocation"]
        assert loc["uri"] == "fixtures/seed-503-tb-tu.txt" and loc["uriBaseId"] == "%SRCROOT%"
        assert len(res["partialFingerprints"]["tbparse/v2"]) == 32


def test_sarif_fingerprints_stable_across_line_shifts():
    shifted = TEMPLATE.replace("-----\n", "-----\n\n\n\n")
    for era in ("2026",):  # the era makes the template report TB036 at the first recipient
        a = lint_text(TEMPLATE, path="a.txt", era=era)
        b = lint_text(shifted, path="a.txt", era=era)
        assert [f.line for f in b] == [f.line + 3 for f in a] and a
        fa = [r["partialFingerprints"] for r in json.loads(render("sarif", Report([FileResult("a.txt", a)])))["runs"][0]["results"]]
        fb = [r["partialFingerprints"] for r in json.loads(render("sarif", Report([FileResult("a.txt", b)])))["runs"][0]["results"]]
        assert fa == fb


def test_sarif_paths_outside_the_root_are_file_uris(tmp_path):
    f = _finding(path=str(tmp_path / "ngoài thư mục.txt"))
    log = json.loads(render("sarif", Report([FileResult(f.path, [f])], root=str(ROOT))))
    uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri.startswith("file:///") and "%20" in uri and " " not in uri
    jsonschema.validate(log, json.loads(SCHEMA.read_text(encoding="utf-8")))


# --- gitlab ----------------------------------------------------------------------------------

def test_gitlab_code_quality(seed_report):
    items = json.loads(render("gitlab", seed_report))
    assert len(items) == len(seed_report.findings)
    for it in items:
        assert set(it) >= {"description", "check_name", "fingerprint", "severity", "location"}
        assert it["severity"] in ("info", "minor", "major", "critical", "blocker")
        assert it["location"]["path"] == "fixtures/seed-503-tb-tu.txt" and it["location"]["lines"]["begin"] >= 1
    assert len({it["fingerprint"] for it in items}) == len(items)  # GitLab shows one issue per fingerprint


def test_gitlab_fingerprints_survive_line_shifts():
    shifted = TEMPLATE.replace("-----\n", "-----\n\n\n")
    bad = TEMPLATE.replace("ngày 16 tháng", "ngày 16  tháng").replace("thực hiện./.", "thực hiện.")

    def prints(text):
        found = lint_text(text, path="drafts/a.txt")
        return [(it["check_name"], it["fingerprint"], it["location"]["lines"]["begin"])
                for it in json.loads(render("gitlab", Report([FileResult("drafts/a.txt", found)])))]

    before = prints(bad)
    after = prints(bad.replace("-----\n", "-----\n\n\n"))
    assert shifted != TEMPLATE and len(before) == 2
    assert [(c, f) for c, f, _ in before] == [(c, f) for c, f, _ in after]
    assert [line for *_, line in after] == [before[0][2], before[1][2] + 2]


# --- junit -----------------------------------------------------------------------------------

def test_junit_one_test_case_per_finding(seed_report):
    clean = FileResult("clean.txt", [])
    broken = FileResult("gone.txt", error="gone.txt: no such file")
    report = Report(seed_report.files + [clean, broken], root=str(ROOT))
    root = ET.fromstring(render("junit", report))
    assert root.tag == "testsuites"
    cases = root.findall("./testsuite/testcase")
    failures = root.findall("./testsuite/testcase/failure")
    assert len(failures) == len(seed_report.findings)
    assert len(cases) == len(seed_report.findings) + 2
    assert int(root.get("failures")) == len(seed_report.findings) and int(root.get("errors")) == 1
    assert {f.get("type") for f in failures} <= {"error", "warning", "info"}


def test_junit_survives_control_characters():
    f = _finding(message="bad \x07 char <&>")
    root = ET.fromstring(render("junit", Report([FileResult("a.txt", [f])])))
    assert "<&>" in root.find("./testsuite/testcase/failure").get("message")


# --- text and concise ------------------------------------------------------------------------

def test_concise_lines(seed_report):
    out = render("concise", seed_report).splitlines()
    assert "fixtures/seed-503-tb-tu.txt:5:82: TB018 [info] double space in the date line" in out
    assert len(out) == len(seed_report.findings)


def test_text_caret_sits_under_the_fault(seed_report):
    out = render("text", seed_report, FormatOptions(color=False))
    lines = out.splitlines()
    i = next(k for k, line in enumerate(lines) if " TB027 " in line)
    code_line, caret_line = lines[i + 2], lines[i + 3]
    bar = code_line.index("| ") + 2
    start = caret_line.index("^")
    assert code_line[start:start + caret_line.count("^")] == "87/2007-NĐ-CP"
    assert caret_line.count("^") == len("87/2007-NĐ-CP") and start > bar


def test_text_snippet_windows_long_lines():
    raw = "x" * 300 + "LỖI" + "y" * 300
    gutter, code, caret = snippet(raw, 301, 304, 12)
    assert code.split("| ", 1)[1].startswith("…") and code.endswith("…")
    pos = caret.index("^")
    assert code[pos:pos + 3] == "LỖI"


def test_text_grouped_per_file_and_coloured_on_request(seed_report):
    two = Report(seed_report.files + [FileResult("b.txt", [_finding(path="b.txt")])], root=str(ROOT))
    out = render("text", two, FormatOptions(color=False))
    assert "\n\nb.txt:3:5: TB014 [error] m\n" in out
    coloured = render("text", two, FormatOptions(color=True))
    assert "\x1b[31;1mTB014\x1b[0m" in coloured and "\x1b[" not in out
