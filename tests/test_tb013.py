"""TB013 numbering continuity: the first corpus rule, run once across the files of one check.

Each test writes a few notices made from the seed (only the header's body line, number, date and
subject change) and asserts the exact TB013 findings: a number reused in one term, numbers out of
date order, and what is not a finding (a new term, a copy, another issuer with the same code).
"""
from __future__ import annotations

import json
import types
import unicodedata

import pytest
from click.testing import CliRunner

from tbparse.cli import cli
from tbparse.lint import lint_paths
from tbparse.lint.config import clear_caches
from tbparse.lint.registry import RuleError, get_rule, rule_from_module

from .conftest import SEED

SEED_LINES = SEED.read_text(encoding="utf-8").split("\n")
ISSUER = "TỈNH ỦY BÌNH THUẬN                                     ĐẢNG CỘNG SẢN VIỆT NAM"


@pytest.fixture(autouse=True)
def _fresh_config_cache(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)  # paths in messages are relative: "notes/a.txt"
    clear_caches()
    yield
    clear_caches()


def notice(number: str, date: str, *, subject: str = "tại buổi làm việc với Đảng uỷ khối Doanh nghiệp",
           issuer: str = ISSUER, body: str = "") -> str:
    """The seed with its number line (line 5), date, subject and issuer changed.

    *date* is "16/5/2008"; *body* goes on line 2 under the issuer ("BAN TỔ CHỨC").
    """
    d, m, y = date.split("/")
    lines = list(SEED_LINES)
    lines[0] = issuer
    lines[1] = body
    lines[4] = f"     Số {number}                                             Phan Thiết, ngày {d} tháng {m} năm {y}"
    lines[10] = subject
    return "\n".join(lines)


def write(folder, files: dict[str, str]) -> None:
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")


def tb013(*args: str) -> list[str]:
    r = CliRunner().invoke(cli, ["check", "--isolated", "--select", "TB013", "--output-format", "concise", "-q", *args])
    assert r.exit_code == 0, r.output
    return [ln for ln in r.stdout.splitlines() if ln]


# --- what is reported -----------------------------------------------------------------------------

def test_a_number_used_by_two_documents_is_reported_on_both(tmp_path):
    write(tmp_path / "notes", {
        "tb-503.txt": notice("503-TB/TU", "16/5/2008"),
        "tb-503b.txt": notice("503-TB/TU", "16/5/2008", subject="tại buổi làm việc với Huyện uỷ Tuy Phong"),
    })
    assert tb013("notes") == [
        "notes/tb-503.txt:5:9: TB013 [info] number 503-TB/TU also used by notes/tb-503b.txt:5 (2008-05-16)",
        "notes/tb-503b.txt:5:9: TB013 [info] number 503-TB/TU also used by notes/tb-503.txt:5 (2008-05-16)",
    ]


def test_a_later_document_with_a_smaller_number_is_reported(tmp_path):
    write(tmp_path / "notes", {"a.txt": notice("510-TB/TU", "10/5/2008"), "b.txt": notice("503-TB/TU", "16/5/2008")})
    assert tb013("notes") == [
        "notes/b.txt:5:9: TB013 [info] 503-TB/TU dated 2008-05-16 comes after 510-TB/TU of 2008-05-10 "
        "(notes/a.txt:5): numbers run in date order within a term",
    ]


def test_only_the_document_that_breaks_the_run_is_reported(tmp_path):
    # 510 is the odd one out, not the three that follow it in order
    write(tmp_path / "notes", {
        "a.txt": notice("500-TB/TU", "02/5/2008"), "b.txt": notice("510-TB/TU", "10/5/2008"),
        "c.txt": notice("503-TB/TU", "16/5/2008"), "d.txt": notice("504-TB/TU", "19/5/2008"),
        "e.txt": notice("505-TB/TU", "22/5/2008"),
    })
    assert tb013("notes") == [
        "notes/b.txt:5:9: TB013 [info] 510-TB/TU dated 2008-05-10 comes before 503-TB/TU of 2008-05-16 "
        "(notes/c.txt:5): numbers run in date order within a term",
    ]


def test_a_joint_document_continues_its_lead_bodys_series(tmp_path):
    parent = "TỈNH ỦY BÌNH THUẬN                                     ĐẢNG CỘNG SẢN VIỆT NAM"
    write(tmp_path / "notes", {
        "btc.txt": notice("05-TB/BTCTU", "10/5/2008", issuer=parent, body="BAN TỔ CHỨC"),
        "joint.txt": notice("05-TB/BTCTU-BDVTU", "16/5/2008", issuer=parent, body="BAN TỔ CHỨC - BAN DÂN VẬN",
                            subject="về công tác dân vận"),
        "bdv.txt": notice("07-TB/BDVTU", "01/5/2008", issuer=parent, body="BAN DÂN VẬN"),  # not the lead: its own series
    })
    assert tb013("notes") == [
        "notes/btc.txt:5:9: TB013 [info] number 05-TB/BTCTU also used by notes/joint.txt:5 (05-TB/BTCTU-BDVTU, 2008-05-16)",
        "notes/joint.txt:5:9: TB013 [info] number 05-TB/BTCTU-BDVTU also used by notes/btc.txt:5 (05-TB/BTCTU, 2008-05-10)",
    ]


def test_state_numbers_restart_each_year_party_numbers_do_not(tmp_path):
    write(tmp_path / "state", {"a.txt": notice("30/TB-TU", "20/12/2019"), "b.txt": notice("12/TB-TU", "15/1/2020")})
    write(tmp_path / "party", {"a.txt": notice("30-TB/TU", "20/12/2019"), "b.txt": notice("12-TB/TU", "15/1/2020")})
    assert tb013("state") == []
    assert tb013("party") == [
        "party/b.txt:5:9: TB013 [info] 12-TB/TU dated 2020-01-15 comes after 30-TB/TU of 2019-12-20 "
        "(party/a.txt:5): numbers run in date order within a term",
    ]


# --- what is not --------------------------------------------------------------------------------

@pytest.mark.parametrize("later", [
    ("02-TB/TU", "12/11/2010"),   # back to 01–03 after passing 10: a new term
    ("45-TB/TU", "12/11/2010"),   # a tenth of 480 or less: a new term whose first numbers are missing
    ("470-TB/TU", "20/9/2011"),   # more than a year without a document of the series
])
def test_a_new_term_starts_the_series_again(tmp_path, later):
    write(tmp_path / "notes", {"a.txt": notice("480-TB/TU", "10/8/2010"), "b.txt": notice(*later)})
    assert tb013("notes") == []


def test_the_same_number_in_the_next_term_is_not_reused(tmp_path):
    write(tmp_path / "notes", {
        "a.txt": notice("503-TB/TU", "16/5/2008"), "b.txt": notice("810-TB/TU", "20/8/2010"),
        "c.txt": notice("01-TB/TU", "30/10/2010"), "d.txt": notice("503-TB/TU", "16/5/2013"),
    })
    assert tb013("notes") == []


def test_copies_of_one_document_and_gaps_are_not_findings(tmp_path):
    text = notice("503-TB/TU", "16/5/2008")
    write(tmp_path / "notes", {
        "tb-503.txt": text,
        "copy/tb-503.txt": text,  # the same bytes
        "tb-503-web.txt": text.replace("                                             Phan", "   Phan"),  # same date, subject
        "tb-530.txt": notice("530-TB/TU", "30/5/2008"),  # a gap of 26 numbers: archives are incomplete
    })
    assert tb013("notes") == []


def test_other_issuers_with_the_same_code_and_undated_drafts_are_apart(tmp_path):
    write(tmp_path / "notes", {
        "bt.txt": notice("503-TB/TU", "16/5/2008"),
        "ld.txt": notice("503-TB/TU", "20/5/2008", issuer=ISSUER.replace("BÌNH THUẬN", "LÂM ĐỒNG")),
        "kl.txt": notice("503-KL/TU", "20/5/2008"),  # another type: another series
        "draft.txt": notice("503-TB/TU", "16/5/2008").replace("ngày 16 tháng 5", "ngày    tháng 5"),
    })
    assert tb013("notes") == []


def test_one_file_has_no_corpus(tmp_path):
    write(tmp_path / "notes", {"a.txt": notice("510-TB/TU", "10/5/2008")})
    assert tb013("notes", "notes/a.txt") == []  # the same file twice: the same bytes


# --- like every rule: selection, per-file-ignores, severity, baseline, formats -------------------

def test_configuration_applies_to_the_file_a_finding_is_on(tmp_path):
    write(tmp_path / "notes", {"a.txt": notice("500-TB/TU", "10/5/2008"), "b.txt": notice("503-TB/TU", "16/5/2008"),
                               "c.txt": notice("503-TB/TU", "16/5/2008", subject="về công tác cán bộ")})
    (tmp_path / ".tbparse.toml").write_text(
        'select = ["TB013"]\n[per-file-ignores]\n"c.txt" = ["numbering-continuity"]\n[severity]\nTB013 = "warning"\n',
        encoding="utf-8")
    r = CliRunner().invoke(cli, ["check", "notes", "--output-format", "json", "-q", "--fail-on", "warning"])
    got = [(f["path"], f["severity"], f["message"]) for f in json.loads(r.stdout)]
    assert got == [("notes/b.txt", "warning", "number 503-TB/TU also used by notes/c.txt:5 (2008-05-16)")]
    assert r.exit_code == 1
    r = CliRunner().invoke(cli, ["check", "notes", "--ignore", "TB013", "-q"])
    assert r.exit_code == 0 and r.stdout == ""


def test_baseline_statistics_and_formats(tmp_path):
    write(tmp_path / "notes", {"a.txt": notice("510-TB/TU", "10/5/2008"), "b.txt": notice("503-TB/TU", "16/5/2008")})
    run = CliRunner().invoke
    r = run(cli, ["check", "--isolated", "notes", "--select", "TB013", "--statistics", "--no-source"])
    assert r.exit_code == 0
    assert "     1  TB013  numbering-continuity     [info]" in r.stderr
    assert "Found 1 finding (1 info) in 1 of 2 files." in r.stderr

    r = run(cli, ["check", "--isolated", "notes", "--write-baseline", "bl.json"])
    assert r.exit_code == 0
    recorded = [f for f in json.loads((tmp_path / "bl.json").read_text(encoding="utf-8"))["findings"] if f["code"] == "TB013"]
    assert [(f["path"], f["line"]) for f in recorded] == [("notes/b.txt", 5)]
    (tmp_path / "notes" / "c.txt").write_text(notice("502-TB/TU", "20/5/2008"), encoding="utf-8")
    assert tb013("notes", "--baseline", "bl.json") == [  # only the new one
        "notes/c.txt:5:9: TB013 [info] 502-TB/TU dated 2008-05-20 comes after 510-TB/TU of 2008-05-10 "
        "(notes/a.txt:5): numbers run in date order within a term",
    ]
    (tmp_path / "notes" / "c.txt").unlink()

    r = run(cli, ["check", "--isolated", "notes", "--select", "TB013", "--output-format", "github", "-q"])
    assert r.stdout.startswith("::notice file=notes/b.txt,line=5,endLine=5,col=9,endColumn=18,"
                               "title=TB013 numbering-continuity::TB013 [info] 503-TB/TU dated 2008-05-16")
    r = run(cli, ["check", "--isolated", "notes", "--select", "TB013", "--output-format", "sarif", "-q"])
    res = json.loads(r.stdout)["runs"][0]["results"]
    assert [(x["ruleId"], x["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]) for x in res] == [("TB013", "notes/b.txt")]
    assert len(res[0]["partialFingerprints"]["tbparse/v2"]) == 32


def test_columns_of_a_decomposed_file_count_its_own_characters(tmp_path):
    write(tmp_path / "notes", {"a.txt": notice("510-TB/TU", "10/5/2008"),
                               "b.txt": unicodedata.normalize("NFD", notice("503-TB/TU", "16/5/2008"))})
    assert [ln.split(" TB013")[0] for ln in tb013("notes")] == ["notes/b.txt:5:11:"]  # "Số" is S, o, ^, ´: 9 in NFC


# --- the library and the registry -------------------------------------------------------------------

def test_lint_paths_checks_files_and_the_corpus(tmp_path):
    write(tmp_path / "notes", {"a.txt": notice("510-TB/TU", "10/5/2008"), "b.txt": notice("503-TB/TU", "16/5/2008")})
    found = [f for f in lint_paths(["notes/a.txt", "notes/b.txt"]) if f.code == "TB013"]
    assert [(f.path, f.line, f.column, f.end_column) for f in found] == [("notes/b.txt", 5, 9, 18)]
    assert found[0].fingerprint


def test_registry_knows_corpus_rules():
    rule = get_rule("numbering-continuity")
    assert rule.id == "TB013" and rule.checks == "corpus" and rule.severity == "info"
    mod = types.ModuleType("tbparse.lint.rules.tb099_fake")
    mod.__doc__ = "Fake.\n\nFails:: x\n\nPasses:: y"
    for k, v in dict(ID="TB099", NAME="fake", SEVERITY="info", CHECKS="corpus", check=lambda *a: []).items():
        setattr(mod, k, v)
    with pytest.raises(RuleError, match=r"no check_corpus\(docs, ctx\)"):
        rule_from_module(mod)
    mod.check_corpus = lambda docs, ctx: []
    assert rule_from_module(mod).checks == "corpus"


def test_a_crashing_corpus_rule_is_an_internal_error(monkeypatch, tmp_path):
    import dataclasses

    from tbparse.lint import engine, registry

    def boom(docs, ctx):
        raise KeyError("x")

    rules = [dataclasses.replace(r, check=boom) if r.id == "TB013" else r for r in registry.all_rules()]
    monkeypatch.setattr(engine, "all_rules", lambda: rules)
    write(tmp_path / "notes", {"a.txt": notice("500-TB/TU", "10/5/2008"), "b.txt": notice("503-TB/TU", "16/5/2008")})
    r = CliRunner().invoke(cli, ["check", "--isolated", "notes", "--exit-zero", "--output-format", "concise"])
    assert r.exit_code == 2  # --exit-zero does not hide it; the files' own findings are still reported
    assert "tbparse: internal error in rule TB013 (KeyError: 'x'); please report it" in r.stderr
    assert "notes/a.txt:5:" in r.stdout
