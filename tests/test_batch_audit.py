"""``tbparse batch`` defects found by a user audit (audit 3), one regression test each.

Every test runs the real command in a temporary folder holding a small archive of Vietnamese
notices and asserts the exit code, the line on stderr and the files left on disk.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import SEED

SEED_TEXT = SEED.read_text(encoding="utf-8")


def batch(*args: str, cwd: Path, input: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tbparse", "batch", *args], cwd=cwd, input=input,
                          capture_output=True, timeout=120)


def files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.fixture
def arc(tmp_path: Path) -> Path:
    """arc/utf8/503.txt and arc/utf8/504.txt: two notices (the seed, and a copy with another number)."""
    (tmp_path / "arc" / "utf8").mkdir(parents=True)
    (tmp_path / "arc" / "utf8" / "503.txt").write_text(SEED_TEXT, encoding="utf-8")
    (tmp_path / "arc" / "utf8" / "504.txt").write_text(SEED_TEXT.replace("503-TB/TU", "504-TB/TU"), encoding="utf-8")
    return tmp_path


def test_report_inside_the_input_tree_is_not_read_back(arc: Path) -> None:
    # the report does not exist when the walk starts: it was read back as a rejected input (exit 1)
    p = batch("arc/utf8", "-o", "out", "--report", "arc/utf8/rep.txt", "-q", cwd=arc)
    assert p.returncode == 0, p.stderr
    recs = [json.loads(x) for x in (arc / "arc" / "utf8" / "rep.txt").read_text(encoding="utf-8").splitlines()]
    assert [(r["path"], r["status"]) for r in recs] == [("arc/utf8/503.txt", "parsed"), ("arc/utf8/504.txt", "parsed")]


def test_stream_file_inside_the_input_tree_is_not_read_back(arc: Path) -> None:
    p = batch("arc", "-o", "arc/utf8/all.jsonl", "--report", "arc/utf8/all-report.txt", "-q", cwd=arc)
    assert p.returncode == 0, p.stderr
    lines = (arc / "arc" / "utf8" / "all.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["number"]["raw"] for x in lines] == ["503-TB/TU", "504-TB/TU"]


def test_stream_reader_going_away_is_not_success(tmp_path: Path) -> None:
    # `tbparse batch big -o - | head -1` exited 0 with most inputs never processed
    big = tmp_path / "big"
    big.mkdir()
    for n in range(30):
        (big / f"{n:03d}.txt").write_text(SEED_TEXT.replace("503-TB/TU", f"{600 + n}-TB/TU"), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "tbparse", "batch", "big", "-o", "-", "-j", "1"], cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.readline()
    proc.stdout.close()  # like `| head -1`
    _, err = proc.communicate(timeout=120)
    text = err.decode("utf-8")
    assert json.loads(first)["number"]["raw"] == "600-TB/TU"
    assert proc.returncode == 141, text
    parsed = int(re.search(r"^parsed +(\d+)", text, re.M).group(1))
    not_done = int(re.search(r"Stopped: the reader of the stream went away; (\d+) inputs? not done", text).group(1))
    assert parsed + not_done == 30 and not_done >= 20  # a 64 KB pipe holds a few 12 KB lines at most


def test_unknown_encoding_is_a_usage_error_before_anything_is_written(arc: Path) -> None:
    # every input was recorded as failed (exit 1), the output folder and report written
    p = batch("arc", "-o", "out", "--encoding", "nosuch", cwd=arc)
    assert p.returncode == 2
    assert p.stderr.decode() == ("tbparse batch: unknown encoding 'nosuch' (known: utf-8, utf-16, cp1258, tcvn3, vni, "
                                 "viscii, vps, or a Python codec name)\n")
    assert not (arc / "out").exists()


def test_no_inputs_is_a_usage_error_that_leaves_nothing_behind(arc: Path) -> None:
    # exit 2 with nothing on stderr under -q, after creating out/ and an empty report
    (arc / "emptydir").mkdir()
    p = batch("emptydir", "-o", "out", "-q", cwd=arc)
    assert p.returncode == 2
    assert p.stderr.decode().splitlines() == ["tbparse batch: no input files found: no *.txt or *.docx file in emptydir"]
    assert files(arc) == ["arc", "arc/utf8", "arc/utf8/503.txt", "arc/utf8/504.txt", "emptydir"]


def test_glob_matching_nothing_names_the_glob(arc: Path) -> None:
    # the message named the default patterns ("(patterns: *.txt, *.docx)") instead of the glob given
    p = batch("arc/*/*.doc", "-o", "out", cwd=arc)
    assert p.returncode == 2
    assert p.stderr.decode().splitlines() == ["tbparse batch: no input files found: no file matches arc/*/*.doc"]
    assert not (arc / "out").exists()


def test_word_lock_files_are_skipped(arc: Path) -> None:
    # lk/~$draft.docx (Word's owner file of an open draft) was recorded as failed: exit 1
    (arc / "arc" / "utf8" / "~$503.docx").write_bytes(b"\x0bNguyen Van A" + b"\x00" * 150)
    p = batch("arc", "-o", "out", "-q", cwd=arc)
    assert p.returncode == 0, p.stderr
    recs = [json.loads(x) for x in (arc / "out" / "tbparse-report.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["path"] for r in recs] == ["arc/utf8/503.txt", "arc/utf8/504.txt"]


def test_summary_in_a_log_is_not_wrapped(arc: Path) -> None:
    # stderr not a terminal: the table was wrapped at 80 columns, splitting "cp1258" from its count
    (arc / "arc" / "utf8" / "505.txt").write_bytes(SEED_TEXT.replace("503-TB/TU", "505-TB/TU").encode("utf-16"))
    out = "out/" + "thong-bao-ket-luan-cua-ban-thuong-vu-tinh-uy-binh-thuan-nam-2008" * 2
    p = batch("arc", "-o", out, cwd=arc)
    assert p.returncode == 0, p.stderr
    lines = [" ".join(x.split()) for x in p.stderr.decode("utf-8").splitlines()]
    assert f"output {out}" in lines
    assert "encodings utf-8 2, utf-16-le 1" in lines


def test_upper_case_jsonl_output_is_a_stream(arc: Path) -> None:
    # -o S.JSONL made a folder named S.JSONL holding per-file .json outputs
    p = batch("arc", "-o", "S.JSONL", "-q", cwd=arc)
    assert p.returncode == 0, p.stderr
    assert (arc / "S.JSONL").is_file() and (arc / "S.report.jsonl").is_file()
    nums = [json.loads(x)["number"]["raw"] for x in (arc / "S.JSONL").read_text(encoding="utf-8").splitlines()]
    assert nums == ["503-TB/TU", "504-TB/TU"]


def _refuse_temp_files(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every temp file fail as in a read-only folder (the tests may run as root, who can
    write anywhere, so a chmod 555 folder would not do)."""
    import tempfile

    def mkstemp(prefix: str = "", suffix: str = "", dir: str | None = None, text: bool = False):
        raise PermissionError(13, "Permission denied", os.path.join(dir or ".", f"{prefix}k2j3{suffix}"))

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)


def test_unwritable_stream_names_the_target_not_the_temp_file(arc: Path, monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture) -> None:
    # was "tbparse batch: /…/ro/.tbparse-k2j3.tmp: Permission denied"
    from tbparse.cli import main

    monkeypatch.chdir(arc)
    (arc / "ro").mkdir()
    _refuse_temp_files(monkeypatch)
    with pytest.raises(SystemExit) as exit_:
        main(["batch", "arc", "-o", "ro/s.jsonl", "-q", "-j", "1"])
    assert exit_.value.code == 2
    assert capsys.readouterr().err == "tbparse batch: ro/s.jsonl: Permission denied\n"
    assert os.listdir(arc / "ro") == []


def test_atomic_write_error_names_the_target(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tbparse.atomic import write_atomic

    _refuse_temp_files(monkeypatch)
    target = str(tmp_path / "tb.json")
    with pytest.raises(PermissionError) as err:
        write_atomic(target, b"{}\n")
    assert err.value.filename == target


@pytest.mark.parametrize("args, named", [
    (["arc", "-o", "taken.txt"], "taken.txt exists and is not a folder"),
    (["nothere", "-o", "out"], "nothere"),
    (["arc", "-o", "out", "--report", "arc"], "--report arc is a folder"),
    (["--from-list", "missing.lst", "-o", "out"], "--from-list missing.lst: no such file"),
])
def test_a_path_that_cannot_work_is_one_line_naming_it(arc: Path, args: list[str], named: str) -> None:
    """These were click's three-line usage block ("Usage: …", "Try …", "Error: …"); a bad path is
    one line naming it, as a bad file is, and nothing is written."""
    (arc / "taken.txt").write_text("x", encoding="utf-8")
    before = files(arc)
    p = batch(*args, cwd=arc)
    assert p.returncode == 2
    lines = p.stderr.decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith("tbparse batch: ") and named in lines[0], lines
    assert files(arc) == before
