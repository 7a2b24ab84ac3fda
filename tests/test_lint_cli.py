"""``tbparse check`` and ``tbparse rules`` end to end: exit codes, formats, config, baselines."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner

from tbparse.cli import cli
from tbparse.lint.config import clear_caches

from .conftest import FIXTURES, SEED

TEMPLATE = (FIXTURES / "lint" / "clean-2019.txt").read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def _fresh_config_cache():
    clear_caches()
    yield
    clear_caches()


def check(*args: str, input: str | bytes | None = None, env: dict | None = None):
    return CliRunner().invoke(cli, ["check", *args], input=input, env=env)


def codes(result) -> list[str]:
    return [f["code"] for f in json.loads(result.stdout)]


@pytest.fixture
def seed_copy(tmp_path):
    p = tmp_path / "drafts" / "tb-503.txt"
    p.parent.mkdir()
    shutil.copy(SEED, p)
    return p


# --- exit codes ------------------------------------------------------------------------------

def test_exit_codes_follow_the_fail_level(seed_copy, tmp_path):
    assert check(str(seed_copy)).exit_code == 0  # warnings and info only
    assert check(str(seed_copy), "--fail-on", "warning").exit_code == 1
    assert check(str(seed_copy), "--fail-on", "info").exit_code == 1
    assert check(str(seed_copy), "--fail-on", "warning", "--exit-zero").exit_code == 0
    clean = tmp_path / "clean.txt"
    clean.write_text(TEMPLATE, encoding="utf-8")
    assert check(str(clean), "--fail-on", "info").exit_code == 0
    broken = tmp_path / "broken.txt"
    broken.write_text(TEMPLATE.replace("T/L BAN", "TL. BAN"), encoding="utf-8")
    assert check(str(broken)).exit_code == 1


@pytest.mark.parametrize("fmt", ["text", "concise", "json", "jsonl", "github", "sarif", "gitlab", "junit"])
def test_exit_code_does_not_depend_on_the_format(seed_copy, fmt):
    assert check(str(seed_copy), "--output-format", fmt, "--fail-on", "warning").exit_code == 1
    assert check(str(seed_copy), "--output-format", fmt).exit_code == 0


def test_unreadable_file_is_one_line_and_exit_2(seed_copy, tmp_path):
    r = check(str(seed_copy), str(tmp_path / "nope.txt"), "--output-format", "json")
    assert r.exit_code == 2
    assert "nope.txt: no such file" in r.stderr and "Traceback" not in r.stderr
    assert {f["path"] for f in json.loads(r.stdout)} == {str(seed_copy)}  # the other file is still checked
    binary = tmp_path / "img.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    r = check(str(binary))
    assert r.exit_code == 2 and "img.txt" in r.stderr and "Traceback" not in r.stderr


def test_real_process_no_traceback_and_github_under_actions(seed_copy):
    env = {**os.environ, "GITHUB_ACTIONS": "true"}
    r = subprocess.run([sys.executable, "-m", "tbparse", "check", str(seed_copy)], capture_output=True, env=env, timeout=60)
    assert r.returncode == 0
    out = r.stdout.decode("utf-8").splitlines()
    assert out and all(line.startswith(("::error ", "::warning ", "::notice ")) for line in out)
    assert "Found" in r.stderr.decode("utf-8")  # the summary goes to stderr
    r = subprocess.run([sys.executable, "-m", "tbparse", "check", "/nonexistent/x.txt"], capture_output=True, timeout=60)
    assert r.returncode == 2 and b"Traceback" not in r.stderr and len(r.stderr.decode().strip().splitlines()) >= 1


def test_usage_errors_exit_2(seed_copy):
    assert check(str(seed_copy), "--output-format", "xml").exit_code == 2
    r = check(str(seed_copy), "--select", "TB999")
    assert r.exit_code == 2 and "TB999" in r.stderr
    assert check(str(seed_copy), "--baseline", "a.json", "--write-baseline", "b.json").exit_code == 2


# --- inputs ----------------------------------------------------------------------------------

def test_directories_are_walked_for_txt_and_docx(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / ".hidden").mkdir()
    shutil.copy(SEED, tmp_path / "a.txt")
    (tmp_path / "sub" / "b.TXT").write_text(TEMPLATE.replace("./.", "."), encoding="utf-8")
    shutil.copy(SEED, tmp_path / ".hidden" / "x.txt")
    shutil.copy(SEED, tmp_path / "notes.md")
    r = check(str(tmp_path), "--output-format", "json")
    paths = {os.path.relpath(f["path"], tmp_path) for f in json.loads(r.stdout)}
    assert paths == {"a.txt", os.path.join("sub", "b.TXT")}
    assert "in 2 of 2 files" in r.stderr


def test_stdin_with_a_filename(tmp_path):
    r = check("-", "--stdin-filename", "drafts/x.txt", "--output-format", "json", input=SEED.read_bytes())
    assert r.exit_code == 0
    found = json.loads(r.stdout)
    assert found and {f["path"] for f in found} == {"drafts/x.txt"}


def test_output_file_and_statistics(seed_copy, tmp_path):
    out = tmp_path / "report.sarif"
    r = check(str(seed_copy), "--output-format", "sarif", "-o", str(out), "--statistics")
    assert r.exit_code == 0 and r.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["version"] == "2.1.0"
    stats = [line.split() for line in r.stderr.splitlines() if "TB0" in line]
    assert ["8", "TB041", "tone-marks", "[info]"] in stats and ["2", "TB036", "recipient-terminators", "[warning]"] in stats


def test_select_and_ignore_on_the_command_line(seed_copy):
    assert set(codes(check(str(seed_copy), "--output-format", "json", "--select", "TB018,TB027"))) == {"TB018", "TB027"}
    assert "TB041" not in codes(check(str(seed_copy), "--output-format", "json", "--ignore", "tone-marks"))
    assert set(codes(check(str(seed_copy), "--output-format", "json", "--select", "TB03"))) == {"TB036"}


def test_era_option(seed_copy):
    assert "TB020" not in codes(check(str(seed_copy), "--output-format", "json"))
    assert "TB020" in codes(check(str(seed_copy), "--output-format", "json", "--era", "2018"))


# --- configuration ---------------------------------------------------------------------------

def test_pyproject_config_is_found_upward(seed_copy, tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.tbparse]\nignore = ["TB041"]\n'
                                             'severity = { TB036 = "error" }\n', encoding="utf-8")
    r = check(str(seed_copy), "--output-format", "json")
    found = json.loads(r.stdout)
    assert "TB041" not in {f["code"] for f in found}
    assert {f["severity"] for f in found if f["code"] == "TB036"} == {"error"}
    assert r.exit_code == 1  # TB036 is an error now
    # --isolated ignores it; --config picks another file
    assert "TB041" in codes(check(str(seed_copy), "--output-format", "json", "--isolated"))
    other = tmp_path / "other.toml"
    other.write_text('select = ["TB018"]\n', encoding="utf-8")
    assert set(codes(check(str(seed_copy), "--output-format", "json", "--config", str(other)))) == {"TB018"}


def test_tbparse_toml_wins_in_its_folder(seed_copy, tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.tbparse]\nignore = ["TB041"]\n', encoding="utf-8")
    (seed_copy.parent / ".tbparse.toml").write_text('ignore = ["TB027"]\nfail-on = "warning"\n', encoding="utf-8")
    r = check(str(seed_copy), "--output-format", "json")
    got = set(codes(r))
    assert "TB027" not in got and "TB041" in got
    assert r.exit_code == 1  # fail-on from the config


def test_per_file_ignores_and_rule_options(seed_copy, tmp_path):
    (tmp_path / ".tbparse.toml").write_text(
        '[per-file-ignores]\n"drafts/*.txt" = ["TB041"]\n\n[options.TB036]\nterminator = ";"\n', encoding="utf-8")
    found = json.loads(check(str(seed_copy), "--output-format", "json").stdout)
    assert "TB041" not in {f["code"] for f in found}
    assert [f["line"] for f in found if f["code"] == "TB036"] == [105]  # ";" is now the expected mark


@pytest.mark.parametrize("body, needle", [
    ('[tool.tbparse]\nignor = ["TB041"]\n', "unknown key 'ignor'"),
    ('[tool.tbparse]\nignore = ["TB999"]\n', "'TB999' matches no rule"),
    ('[tool.tbparse]\nseverity = { TB036 = "fatal" }\n', "'fatal' is not one of"),
    ('[tool.tbparse]\nera = "1998"\n', "era must be"),
    ('[tool.tbparse.options.TB041]\nstyle = "mixed"\n', "must be one of"),
    ('[tool.tbparse.options.TB041]\ncolour = "old"\n', "unknown option 'colour'"),
    ('[tool.tbparse\n', "invalid TOML"),
])
def test_config_errors_exit_2_naming_the_file(seed_copy, tmp_path, body, needle):
    (tmp_path / "pyproject.toml").write_text(body, encoding="utf-8")
    r = check(str(seed_copy))
    assert r.exit_code == 2
    assert needle in r.stderr and "pyproject.toml" in r.stderr and "Traceback" not in r.stderr


def test_config_of_other_commands_is_left_alone(seed_copy, tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.tbparse]\nignore = ["TB041"]\n[tool.tbparse.batch]\njobs = 4\n',
                                             encoding="utf-8")
    assert check(str(seed_copy)).exit_code == 0


# --- baseline --------------------------------------------------------------------------------

def test_baseline_round_trip(seed_copy, tmp_path):
    base = tmp_path / ".tbparse-baseline.json"
    r = check(str(seed_copy), "--write-baseline", str(base))
    assert r.exit_code == 0 and "Wrote 12 findings" in r.stderr
    data = json.loads(base.read_text(encoding="utf-8"))
    assert data["tool"] == "tbparse" and {e["path"] for e in data["findings"]} == {"drafts/tb-503.txt"}

    r = check(str(seed_copy), "--baseline", str(base), "--fail-on", "info", "--output-format", "json")
    assert r.exit_code == 0 and json.loads(r.stdout) == [] and "12 known findings hidden" in r.stderr

    # lines shift: still known; a new fault: reported alone
    text = seed_copy.read_text(encoding="utf-8")
    seed_copy.write_text(text.replace("-------\n", "-------\n\n\n\n"), encoding="utf-8")
    r = check(str(seed_copy), "--baseline", str(base), "--fail-on", "info", "--output-format", "json")
    assert json.loads(r.stdout) == [] and r.exit_code == 0
    seed_copy.write_text(text.replace("T/L BAN THƯỜNG VỤ", "TL. BAN THƯỜNG VỤ"), encoding="utf-8")
    r = check(str(seed_copy), "--baseline", str(base), "--output-format", "json")
    assert codes(r) == ["TB029"] and r.exit_code == 1
    # editing a line that carries a known finding makes that finding new (it is another line now)
    seed_copy.write_text(text.replace("Số 503-TB/TU", "Số: 503-TB/TU"), encoding="utf-8")
    r = check(str(seed_copy), "--baseline", str(base), "--output-format", "json")
    assert sorted(codes(r)) == ["TB008", "TB018"]


def test_bad_baseline_is_a_usage_error(seed_copy, tmp_path):
    bad = tmp_path / "b.json"
    bad.write_text("{}", encoding="utf-8")
    r = check(str(seed_copy), "--baseline", str(bad))
    assert r.exit_code == 2 and "not a tbparse baseline" in r.stderr
    r = check(str(seed_copy), "--baseline", str(tmp_path / "missing.json"))
    assert r.exit_code == 2 and "--write-baseline" in r.stderr


# --- rules -----------------------------------------------------------------------------------

def test_rules_lists_and_explains():
    r = CliRunner().invoke(cli, ["rules"])
    assert r.exit_code == 0
    rows = [line.split()[:5] for line in r.stdout.splitlines()[1:]]
    assert ["TB014", "date-line", "error", "all", "text"] in rows
    assert ["TB020", "subject", "warning", "all", "text"] in rows
    r = CliRunner().invoke(cli, ["rules", "TB014"])
    assert r.exit_code == 0 and "Fails::" in r.stdout and "ngày 16 tháng 5 năm 2019" in r.stdout
    r = CliRunner().invoke(cli, ["rules", "tone-marks"])
    assert "Options ([tool.tbparse.options.TB041])" in r.stdout
    r = CliRunner().invoke(cli, ["rules", "--json"])
    assert {x["code"] for x in json.loads(r.stdout)} >= {"TB000", "TB041"}
    r = CliRunner().invoke(cli, ["rules", "TB999"])
    assert r.exit_code == 2 and "no rule" in r.stderr


def test_empty_folder_is_not_an_error(tmp_path):
    (tmp_path / "empty").mkdir()
    r = check(str(tmp_path / "empty"))
    assert r.exit_code == 0 and "no .txt or .docx files" in r.stderr
    r = check(str(tmp_path / "missing-folder"))
    assert r.exit_code == 2 and "no such file" in r.stderr


def test_golden_draft_with_many_faults(update_golden):
    """fixtures/lint/draft-many-faults.txt: one fault of most kinds; the JSON was checked by hand once."""
    import pathlib

    src = FIXTURES / "lint" / "draft-many-faults.txt"
    golden = FIXTURES / "lint" / "draft-many-faults.json"
    rel = str(pathlib.Path("fixtures") / "lint" / src.name)
    cwd = os.getcwd()
    try:
        os.chdir(FIXTURES.parent)
        r = check(rel, "--output-format", "json", "--isolated")
    finally:
        os.chdir(cwd)
    got = json.loads(r.stdout)
    if update_golden or not golden.exists():
        golden.write_text(json.dumps(got, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        if not update_golden:
            pytest.fail(f"golden file {golden.name} was missing; written — check it by hand")
    assert got == json.loads(golden.read_text(encoding="utf-8"))
    assert r.exit_code == 1  # TB001, TB007, TB029 are errors


def test_cli_choice_lists_match_the_library():
    from tbparse.cli import check_cmd
    from tbparse.lint.era import ERAS
    from tbparse.lint.finding import SEVERITIES
    from tbparse.lint.formats import FORMATS

    assert check_cmd._FORMATS == tuple(FORMATS)
    assert check_cmd._SEVERITIES == SEVERITIES
    assert check_cmd._ERAS == ("auto", *ERAS)
