"""Command-line defects found by a user audit (audit 19), one regression test each: the exit code,
the exact line on stderr (one line, naming the file, no traceback), and what is left on disk."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import SEED

SEED_TEXT = SEED.read_text(encoding="utf-8")
ELF = b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4  # the head of an executable


def run(*args: str, cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tbparse", *args], cwd=cwd, input=stdin, capture_output=True,
                          timeout=120)


def err_lines(p: subprocess.CompletedProcess) -> list[str]:
    text = p.stderr.decode("utf-8")
    assert "Traceback" not in text
    return text.splitlines()


@pytest.fixture
def work(tmp_path: Path) -> Path:
    """tb.txt (the reference notice) and an existing folder out/."""
    (tmp_path / "tb.txt").write_text(SEED_TEXT, encoding="utf-8")
    (tmp_path / "out").mkdir()
    return tmp_path


@pytest.mark.parametrize("cmd", [["tb.txt", "--json"], ["parse", "tb.txt", "--yaml"], ["check", "tb.txt"]])
def test_output_to_a_folder_is_one_line_naming_it(work: Path, cmd: list[str]) -> None:
    """`-o out/` was click's three-line usage block ("Usage: … Try … Error: Invalid value for '-o'")."""
    p = run(*cmd, "-o", "out", cwd=work)
    assert p.returncode == 2
    assert err_lines(p) == ["tbparse: out: is a directory; -o takes a file name (tbparse batch writes folders)"]
    assert p.stdout == b"" and list((work / "out").iterdir()) == []


def test_output_to_a_new_file_still_written(work: Path) -> None:
    p = run("check", "tb.txt", "--output-format", "json", "-o", "new/report.json", cwd=work)
    assert p.returncode == 0, p.stderr
    assert json.loads((work / "new" / "report.json").read_text(encoding="utf-8"))


def test_refs_names_stdin_in_its_error(work: Path) -> None:
    """`tbparse refs - < binary` said "tbparse refs: not text: …" — no file named, unlike parse and check."""
    p = run("refs", "-", "--json", cwd=work, stdin=ELF)
    assert p.returncode == 2
    assert err_lines(p) == ["tbparse refs: <stdin>: not text: this is an executable"]
    parse = run("parse", "-", cwd=work, stdin=ELF)
    assert err_lines(parse) == ["tbparse: <stdin>: not text: this is an executable"]


def test_refs_on_a_folder_without_documents_says_so(work: Path) -> None:
    """An empty table with exit 0 and no word read as "nothing is cited"; check says what it found."""
    (work / "notes.txt").mkdir()  # a folder named like a file, empty
    p = run("refs", "notes.txt", cwd=work)
    assert p.returncode == 0
    assert err_lines(p) == ["tbparse refs: no .txt or .docx files in notes.txt"]
    assert p.stdout.decode("utf-8").splitlines() == ["reference\tkind\tcited_by\tfile\tnotice\tcount\tlines"]


def test_batch_report_does_not_tell_to_use_batch(work: Path) -> None:
    """A listed path that is a folder was 'failed: is a directory (use `tbparse batch` for folders)' in a
    batch's own report; parse alone keeps the hint."""
    (work / "arc").mkdir()
    (work / "arc" / "a.txt").write_text(SEED_TEXT, encoding="utf-8")
    (work / "arc" / "b.txt").mkdir()
    # batch walks a folder it is given; the reader meets one only when a file turns into a folder
    # mid-run (seen in the audit), so the reader's own message is checked directly below
    p = run("batch", "arc/a.txt", "arc/b.txt", "-o", "o", "-q", "-j", "1", cwd=work)
    recs = [json.loads(x) for x in (work / "o" / "tbparse-report.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["status"] for r in recs] == ["parsed"]  # the folder arc/b.txt is walked (empty), not failed
    assert p.returncode == 0
    from tbparse.errors import InputError
    from tbparse.source import read_path

    with pytest.raises(InputError) as exc:
        read_path(str(work / "arc" / "b.txt"))
    assert exc.value.message == "is a directory"
    single = run("parse", "arc/b.txt", cwd=work)
    assert single.returncode == 2
    assert err_lines(single) == ["tbparse: arc/b.txt: is a directory (use `tbparse batch` for folders)"]


def test_batch_jsonl_name_with_a_folder_format_is_refused(work: Path) -> None:
    """`-o notices.jsonl --format yaml` made a folder named notices.jsonl full of .yaml files."""
    p = run("batch", "tb.txt", "-o", "notices.jsonl", "--format", "yaml", "-q", cwd=work)
    assert p.returncode == 2
    assert "-o notices.jsonl names a JSON Lines file, but --format yaml writes one file per input into a folder" \
        in p.stderr.decode("utf-8")
    assert "Traceback" not in p.stderr.decode("utf-8")
    assert not (work / "notices.jsonl").exists()
    ok = run("batch", "tb.txt", "-o", "notices.jsonl", "-q", cwd=work)  # the implied stream still works
    assert ok.returncode == 0, ok.stderr
    assert json.loads((work / "notices.jsonl").read_text(encoding="utf-8").splitlines()[0])["number"]["raw"]
