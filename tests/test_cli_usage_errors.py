"""Usage errors (an unknown option, a bad choice, a bad number, a missing or extra argument, two
options that exclude each other) in every command: one line on stderr naming the command, click's
wording and its "Did you mean" kept, where the help is — exit 2, nothing on stdout. They were
click's block: "Usage: tbparse check [OPTIONS] FILES/DIRS…", "Try 'tbparse check --help' for
help.", a blank line, "Error: Invalid value for '--output-format': …"."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from tbparse.cli import cli

from .conftest import SEED

CASES = [
    (["check", "--output-format", "foo", "x.txt"],
     "tbparse check: invalid value for '--output-format': 'foo' is not one of 'text', 'concise', 'json', "
     "'jsonl', 'github', 'sarif', 'gitlab', 'junit' (see 'tbparse check --help')"),
    (["check", "--fial-on", "error", "x.txt"],
     "tbparse check: no such option '--fial-on'. Did you mean '--fail-on'? (see 'tbparse check --help')"),
    (["check", "x.txt", "--select"],
     "tbparse check: option '--select' requires an argument (see 'tbparse check --help')"),
    (["check", "--baseline", "a.json", "--write-baseline", "b.json", "x.txt"],
     "tbparse check: --baseline and --write-baseline cannot be used together (see 'tbparse check --help')"),
    (["parse"], "tbparse parse: missing argument 'FILE' (see 'tbparse parse --help')"),
    (["tb.txt", "--jsn"],  # the implied parse
     "tbparse parse: no such option '--jsn'. Did you mean '--json'? (see 'tbparse parse --help')"),
    (["tb.txt", "--max-size", "0"],
     "tbparse parse: invalid value for '--max-size': 0 is not in the range x>=1 (see 'tbparse parse --help')"),
    (["batch", "tb.txt", "-o", "out", "-j", "abc"],
     "tbparse batch: invalid value for '-j' / '--jobs': 'abc' is not a valid integer (see 'tbparse batch --help')"),
    (["batch", "tb.txt"],
     "tbparse batch: -o/--output is required (a folder, or a .jsonl file / - with --format jsonl) "
     "(see 'tbparse batch --help')"),
    (["refs", "--csv"], "tbparse refs: missing argument 'FILES/DIRS...' (see 'tbparse refs --help')"),
    (["refs", "tb.txt", "--json", "--csv"],
     "tbparse refs: --json and --csv cannot be used together (see 'tbparse refs --help')"),
    (["rules", "--all"], "tbparse rules: no such option '--all' (see 'tbparse rules --help')"),
    (["schema", "extra"], "tbparse schema: got unexpected extra argument (extra) (see 'tbparse schema --help')"),
]


@pytest.fixture
def work(tmp_path: Path) -> Path:
    (tmp_path / "tb.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("args, line", CASES)
def test_usage_error_is_one_line(work: Path, args: list[str], line: str) -> None:
    p = subprocess.run([sys.executable, "-m", "tbparse", *args], cwd=work, capture_output=True, timeout=120)
    assert (p.returncode, p.stdout, p.stderr.decode("utf-8")) == (2, b"", line + "\n")
    assert sorted(x.name for x in work.iterdir()) == ["tb.txt"]  # nothing written


@pytest.mark.parametrize("args, line", CASES[:3] + CASES[-2:])
def test_usage_error_is_one_line_through_the_group_object(work: Path, args: list[str], line: str,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The same through click's own entry (CliRunner calls cli.main): the group does it, not main()."""
    monkeypatch.chdir(work)
    r = CliRunner().invoke(cli, args, prog_name="tbparse")
    assert (r.exit_code, r.stdout, r.stderr) == (2, "", line + "\n")


def test_help_version_and_bare_command_unchanged(work: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "tbparse", *args], cwd=work, capture_output=True, timeout=120)

    h = run("check", "--help")
    assert h.returncode == 0 and h.stdout.decode().startswith("Usage: tbparse check [OPTIONS]") and h.stderr == b""
    v = run("--version")
    assert v.returncode == 0 and v.stdout.decode().startswith("tbparse, version ")
    bare = run()  # no command: the help, as click gives it (exit 2)
    assert bare.returncode == 2 and bare.stderr.decode().startswith("Usage: tbparse [OPTIONS] COMMAND")
