"""Audit 24: input and CLI robustness — writes that fail, outputs that are devices or pipes.

Each test runs the command as a user would (subprocess) and asserts what reaches the file system,
stdout and stderr.
"""
from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading

import pytest

from .conftest import SEED

EXE = [sys.executable, "-m", "tbparse"]
FULL = "/dev/full"
HAS_FULL = os.path.exists(FULL) and stat.S_ISCHR(os.stat(FULL).st_mode)


def run(*args: str, stdout=subprocess.PIPE, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([*EXE, *args], stdout=stdout, stderr=subprocess.PIPE, timeout=120, cwd=cwd)


# ---------------------------------------------------------------- stdout on a full disk

@pytest.mark.skipif(not HAS_FULL, reason="needs /dev/full")
@pytest.mark.parametrize("args", [
    (str(SEED), "--json"),
    (str(SEED), "--yaml"),
    (str(SEED), "--preview"),
    ("check", str(SEED)),
    ("refs", str(SEED)),
    ("schema",),
])
def test_stdout_on_a_full_disk_is_one_line_exit_2(args) -> None:
    """`tbparse notice.txt --json > /dev/full` printed a traceback (OSError: [Errno 28]) from
    parse, check, refs and the preview: click answers a closed pipe only."""
    with open(FULL, "wb") as full:
        r = run(*args, stdout=full)
    assert r.returncode == 2, r.stderr
    assert r.stderr == b"tbparse: <stdout>: cannot write: No space left on device\n"


@pytest.mark.skipif(not HAS_FULL, reason="needs /dev/full")
def test_batch_stream_on_a_full_disk_names_stdout() -> None:
    """It said "tbparse batch: : No space left on device" — no name at all."""
    with open(FULL, "wb") as full:
        r = run("batch", str(SEED), "-o", "-", "--quiet", stdout=full)
    assert r.returncode == 2, r.stderr
    assert r.stderr.splitlines()[-1] == b"tbparse batch: <stdout>: No space left on device"
    assert b"Traceback" not in r.stderr and b"Exception ignored" not in r.stderr


# ---------------------------------------------------------------- -o onto a device or a named pipe

def _read_fifo(path, got: list) -> threading.Thread:
    def reader() -> None:
        with open(path, "rb") as fh:
            got.append(fh.read())
    t = threading.Thread(target=reader, daemon=True)
    t.start()
    return t


@pytest.mark.parametrize("args", [("--json",), ("--yaml",)])
def test_output_to_a_named_pipe_writes_into_it(tmp_path, args) -> None:
    """`-o PIPE` (and `-o /dev/null`) renamed a temp file over the target: the pipe — as root,
    /dev/null itself — became a regular file for every program after. It is written in place."""
    fifo = tmp_path / "out.pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    t = _read_fifo(fifo, got)
    r = run(str(SEED), *args, "-o", str(fifo))
    t.join(30)
    assert r.returncode == 0, r.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert got and "503-TB/TU" in got[0].decode("utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["out.pipe"]  # no temp file left


def test_check_output_to_a_named_pipe(tmp_path) -> None:
    fifo = tmp_path / "findings.pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    t = _read_fifo(fifo, got)
    r = run("check", str(SEED), "--output-format", "json", "-o", str(fifo))
    t.join(30)
    assert r.returncode in (0, 1), r.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert isinstance(json.loads(got[0]), (list, dict))


def test_batch_jsonl_to_a_named_pipe(tmp_path) -> None:
    """The batch's stream file too; and no "<pipe>.report.jsonl" is written beside a device."""
    fifo = tmp_path / "notices.pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    t = _read_fifo(fifo, got)
    r = run("batch", str(SEED), "--format", "jsonl", "-o", str(fifo), "--quiet")
    t.join(30)
    assert r.returncode == 0, r.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert json.loads(got[0].splitlines()[0])["number"]["raw"] == "503-TB/TU"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notices.pipe"]


@pytest.mark.skipif(not HAS_FULL or os.geteuid() != 0, reason="needs root to make a device node")
def test_output_to_a_device_is_written_in_place(tmp_path) -> None:
    """A device node of the test's own (never /dev's: the defect replaced the node it wrote to):
    a full one is refused in one line and stays a device."""
    dev = tmp_path / "full"
    os.mknod(dev, 0o666 | stat.S_IFCHR, os.stat(FULL).st_rdev)
    r = run(str(SEED), "--json", "-o", str(dev))
    assert r.returncode == 2
    assert r.stderr == f"tbparse: {dev}: cannot write: No space left on device\n".encode()
    assert stat.S_ISCHR(os.lstat(dev).st_mode)
