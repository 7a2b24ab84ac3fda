"""``tbparse parse`` / ``tbparse check`` defects found by a user audit (audit 3), one regression
test each: the exit code, the exact line on stderr, and what is left on disk."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import SEED

SEED_TEXT = SEED.read_text(encoding="utf-8")


def run(*args: str, cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tbparse", *args], cwd=cwd, input=stdin, capture_output=True,
                          timeout=60)


@pytest.fixture
def work(tmp_path: Path) -> Path:
    """A folder holding tb.txt: the reference notice (503-TB/TU, one parse warning)."""
    (tmp_path / "tb.txt").write_text(SEED_TEXT, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("cmd", [["tb.txt"], ["parse", "tb.txt", "--json"]])
def test_parse_dash_output_is_stdout(work: Path, cmd: list[str]) -> None:
    p = run(*cmd, "-o", "-", cwd=work)
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["number"]["raw"] == "503-TB/TU"
    assert sorted(x.name for x in work.iterdir()) == ["tb.txt"]  # no file named "-"


def test_check_dash_output_is_stdout(work: Path) -> None:
    p = run("check", "tb.txt", "-o", "-", "--output-format", "json", "-q", "--isolated", cwd=work)
    assert p.returncode == 0, p.stderr
    found = json.loads(p.stdout)
    assert {f["path"] for f in found} == {"tb.txt"} and "TB018" in {f["code"] for f in found}
    assert sorted(x.name for x in work.iterdir()) == ["tb.txt"]


@pytest.mark.parametrize("cmd", [["tb.txt", "--json"], ["check", "tb.txt", "--isolated"]])
def test_codec_that_is_not_a_text_encoding_is_one_line(work: Path, cmd: list[str]) -> None:
    # --encoding hex escaped the decoder as a LookupError traceback
    p = run(*cmd, "--encoding", "hex", cwd=work)
    assert p.returncode == 2 and p.stdout == b""
    assert p.stderr.decode() == "tbparse: unknown encoding 'hex': not a text encoding (LookupError)\n"


@pytest.mark.parametrize("flags, message", [
    (["--json", "--yaml"], "tbparse: --json and --yaml cannot be used together (choose one output format)"),
    (["--yaml", "--json", "--preview"],
     "tbparse: --json, --yaml and --preview cannot be used together (choose one output format)"),
    (["--compact", "--yaml"], "tbparse: --compact is for JSON; it cannot be used with --yaml"),
])
def test_conflicting_format_flags_are_refused(work: Path, flags: list[str], message: str) -> None:
    # --json --yaml printed YAML: the last flag silently won
    p = run("tb.txt", *flags, cwd=work)
    assert (p.returncode, p.stdout, p.stderr.decode()) == (2, b"", message + "\n")


def test_compact_alone_means_json(work: Path) -> None:
    p = run("tb.txt", "--compact", cwd=work)
    assert p.returncode == 0 and p.stdout.count(b"\n") == 1
    assert json.loads(p.stdout)["number"]["raw"] == "503-TB/TU"


@pytest.mark.parametrize("cmd", [["tb.txt"], ["check", "tb.txt"], ["batch", "tb.txt", "-o", "out"]])
@pytest.mark.parametrize("size", ["-1", "0"])
def test_max_size_must_be_positive(work: Path, cmd: list[str], size: str) -> None:
    # --max-size -1 was accepted (and refused every input as too large)
    p = run(*cmd, "--max-size", size, cwd=work)
    assert p.returncode == 2 and p.stdout == b""
    name = "tbparse " + (cmd[0] if cmd[0] in ("check", "batch") else "parse")
    assert p.stderr.decode() == (f"{name}: invalid value for '--max-size': {size} is not in the range x>=1"
                                 f" (see '{name} --help')\n")
    assert sorted(x.name for x in work.iterdir()) == ["tb.txt"]


@pytest.mark.parametrize("arg, stdin, name", [("tb.txt", None, "tb.txt"), ("-", SEED_TEXT.encode(), "<stdin>")])
def test_strict_names_the_file(work: Path, arg: str, stdin: bytes | None, name: str) -> None:
    # was "tbparse: 1 warning(s) (--strict)": no file named when many are parsed in a loop
    p = run(arg, "--json", "--strict", cwd=work, stdin=stdin)
    assert p.returncode == 1 and json.loads(p.stdout)["number"]["raw"] == "503-TB/TU"
    assert p.stderr.decode() == f"tbparse: {name}: 1 parse warning (--strict)\n"


def test_parse_help_lists_exit_codes(work: Path) -> None:
    out = run("parse", "--help", cwd=work).stdout.decode()
    assert "Exit codes: 0 parsed; 1 not a Party document (or warnings with --strict);" in out


def test_check_empty_stdin_is_named_and_not_called_clean(work: Path) -> None:
    # printed "tbparse: -: empty input", then "No findings in 1 file." and "1 file could not be checked."
    p = run("check", "-", "--isolated", cwd=work, stdin=b"")
    assert p.returncode == 2 and p.stdout == b""
    assert p.stderr.decode() == "tbparse: <stdin>: empty input\n1 file could not be checked.\n"


def test_check_counts_only_the_files_it_could_read(work: Path) -> None:
    p = run("check", "-", "tb.txt", "--isolated", "--output-format", "concise", cwd=work, stdin=b"")
    assert p.returncode == 2
    first, found, last = p.stderr.decode().splitlines()
    assert (first, last) == ("tbparse: <stdin>: empty input", "1 file could not be checked.")
    assert re.fullmatch(r"Found \d+ findings \(.*\) in 1 of 1 file\.", found), found  # was "in 1 of 2 files"


def test_check_stdin_filename_names_the_error(work: Path) -> None:
    p = run("check", "-", "--stdin-filename", "drafts/tb-12.txt", "--isolated", "-q", cwd=work, stdin=b"")
    assert (p.returncode, p.stderr.decode()) == (2, "tbparse: drafts/tb-12.txt: empty input\n")


def test_a_wrong_forced_encoding_is_named_in_the_rejection(tmp_path: Path) -> None:
    """--encoding vni on a UTF-8 notice reads garbage, which has no Party frame: the one line says
    the encoding was forced, so the user knows the way out; without --encoding there is no hint."""
    run = [sys.executable, "-m", "tbparse", str(SEED), "--json"]
    forced = subprocess.run([*run, "--encoding", "vni"], capture_output=True, text=True)
    assert forced.returncode == 1 and forced.stdout == ""
    assert forced.stderr.count("\n") == 1 and "not a Party document" in forced.stderr
    assert "(read as vni because of --encoding; without it the encoding is detected)" in forced.stderr
    news = tmp_path / "news.txt"
    news.write_text("Sáng nay, trời mưa to ở Hà Nội.\n", encoding="utf-8")
    plain = subprocess.run([sys.executable, "-m", "tbparse", str(news), "--json"], capture_output=True, text=True)
    assert plain.returncode == 1 and "--encoding" not in plain.stderr
