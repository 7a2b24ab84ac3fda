"""``tbparse parse`` / ``tbparse check`` defects found by a user audit (audit 3), one regression
test each: the exit code, the exact line on stderr, and what is left on disk."""
from __future__ import annotations

import json
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
