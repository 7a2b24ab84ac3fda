"""``tbparse batch`` end to end, as a user runs it: a real process, a real pool, real signals.

Covers: a mixed archive (good, legacy-encoded, warnings, State document, binary, empty, nested,
NFC/NFD names) → statuses, mirrored outputs and report; ``--jobs 1`` = ``--jobs 2``; SIGKILL and
Ctrl-C mid-run then ``--resume`` = an uninterrupted run, byte for byte; path escapes refused; the
JSON Lines stream; exit codes.
"""
from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest
import yaml

from .conftest import SEED
from .test_batch import STATE_DOC

SEED_TEXT = SEED.read_text(encoding="utf-8")
NFC_NAME = unicodedata.normalize("NFC", "Thông báo Tỉnh ủy.txt")
NFD_NAME = unicodedata.normalize("NFD", NFC_NAME)
DELAY_ENV = "TBPARSE_BATCH_TEST_DELAY_MS"
POOL_ENV = "TBPARSE_BATCH_TEST_POOL"  # a small batch with --jobs 2 uses the pool all the same


def notice(n: int) -> str:
    """A variation of the seed: another number and date, so every output differs."""
    return SEED_TEXT.replace("503-TB/TU", f"{n}-TB/TU").replace("ngày 16  tháng 5", f"ngày {1 + n % 28}  tháng 5")


def tbparse(*args: str, cwd: Path, env: dict | None = None, input: bytes | None = None,
            check_rc: int | None = None) -> subprocess.CompletedProcess:
    e = dict(os.environ)
    e.pop(DELAY_ENV, None)
    e.update(env or {})
    p = subprocess.run([sys.executable, "-m", "tbparse", "batch", *args], cwd=cwd, env=e, input=input,
                       capture_output=True, timeout=300)
    if check_rc is not None:
        assert p.returncode == check_rc, p.stderr.decode("utf-8", "replace")
    return p


def report(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_bytes().splitlines()]


def tree(folder: Path, skip: tuple[str, ...] = ("tbparse-report.jsonl",)) -> dict[str, bytes]:
    """Every file below *folder* → its bytes (the report excluded: it holds elapsed_ms)."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name not in skip}


EXPECTED = {
    "arc/2008/503-TB-TU.txt": "parsed",
    "arc/2008/504-TB-TU.txt": "parsed",
    "arc/2009/deep/nested/505-TB-TU.txt": "parsed",
    "arc/legacy/utf16.txt": "parsed",
    "arc/warn.txt": "parsed",
    f"arc/{NFC_NAME}": "parsed",
    f"arc/{NFD_NAME}": "parsed",
    "arc/word/503.docx": "parsed",
    "arc/state.txt": "rejected",
    "arc/bin.txt": "failed",
    "arc/empty.txt": "failed",
}


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    arc = tmp_path / "arc"
    for rel, text in [("2008/503-TB-TU.txt", SEED_TEXT), ("2008/504-TB-TU.txt", notice(504)),
                      ("2009/deep/nested/505-TB-TU.txt", notice(505)), (NFC_NAME, notice(601)), (NFD_NAME, notice(602)),
                      ("state.txt", STATE_DOC), ("notes.md", "not an input")]:
        (arc / rel).parent.mkdir(parents=True, exist_ok=True)
        (arc / rel).write_text(text, encoding="utf-8")
    (arc / "legacy").mkdir()
    (arc / "legacy" / "utf16.txt").write_bytes(notice(506).encode("utf-16"))
    (arc / "warn.txt").write_text(SEED_TEXT[: SEED_TEXT.index("         Nơi nhận")], encoding="utf-8")
    (arc / "bin.txt").write_bytes(bytes(range(256)) * 16)
    (arc / "empty.txt").write_bytes(b"")
    import docx  # python-docx: a Word copy of a notice, found by the default *.docx pattern

    doc = docx.Document()
    for line in notice(507).splitlines():
        doc.add_paragraph(line.strip())
    (arc / "word").mkdir()
    doc.save(str(arc / "word" / "503.docx"))
    return tmp_path


def test_mixed_tree_statuses_outputs_and_report(mixed: Path) -> None:
    p = tbparse("arc", "-o", "out", "--jobs", "2", cwd=mixed, check_rc=1, env={POOL_ENV: "1"})  # workers, too
    recs = report(mixed / "out" / "tbparse-report.jsonl")
    assert {r["path"]: r["status"] for r in recs} == EXPECTED
    assert [r["path"] for r in recs] == sorted(r["path"] for r in recs)  # final report sorted by path
    by = {r["path"]: r for r in recs}
    for path, status in EXPECTED.items():
        r = by[path]
        assert set(r) == {"path", "status", "reason", "warnings", "encoding", "sha256", "output", "line", "elapsed_ms"}
        if status == "parsed":
            out = "out/" + os.path.splitext(path[len("arc/"):])[0] + ".json"
            assert r["output"] == out and (mixed / out).is_file()
            assert r["sha256"] == hashlib.sha256((mixed / path).read_bytes()).hexdigest()
            assert r["reason"] is None
        else:
            assert r["output"] is None and r["reason"]
    assert by["arc/legacy/utf16.txt"]["encoding"].startswith("utf-16")
    assert json.loads((mixed / "out" / "word" / "503.json").read_bytes())["source"]["kind"] == "docx"
    for path, r in by.items():  # the report's count is the output's
        if r["status"] == "parsed":
            assert r["warnings"] == len(json.loads((mixed / r["output"]).read_bytes())["warnings"]), path
    warn = json.loads((mixed / "out" / "warn.json").read_bytes())
    assert {"no-signature", "no-recipients"} <= {w["code"] for w in warn["warnings"]}
    assert "not a Party document" in by["arc/state.txt"]["reason"]
    # outputs mirror the tree, nothing for rejected/failed/ignored files, NFC and NFD names both kept
    expected_outputs = {os.path.splitext(k[len("arc/"):])[0] + ".json" for k, v in EXPECTED.items() if v == "parsed"}
    assert set(tree(mixed / "out")) == expected_outputs
    assert {NFC_NAME[:-4] + ".json", NFD_NAME[:-4] + ".json"} <= set(os.listdir(mixed / "out"))
    # each output is what `tbparse parse --json` prints for that input
    single = subprocess.run([sys.executable, "-m", "tbparse", "parse", "arc/legacy/utf16.txt", "--json"],
                            cwd=mixed, capture_output=True, check=True)
    assert (mixed / "out" / "legacy" / "utf16.json").read_bytes() == single.stdout
    d = json.loads((mixed / "out" / "2009" / "deep" / "nested" / "505-TB-TU.json").read_bytes())
    assert d["number"]["raw"] == "505-TB/TU" and d["source"]["path"] == "arc/2009/deep/nested/505-TB-TU.txt"
    # summary on stderr: counts, encodings, first failures with reasons
    err = p.stderr.decode("utf-8")
    assert "parsed" in err and "with warnings" in err and "utf-16" in err
    assert "arc/bin.txt" in err and "empty input" in err and "files/s" in err
    assert p.stdout == b""


def test_jobs_1_and_2_give_identical_outputs(mixed: Path) -> None:
    tbparse("arc", "-o", "o1", "--jobs", "1", "-q", cwd=mixed, check_rc=1)
    tbparse("arc", "-o", "o2", "--jobs", "2", "--fsync", "-q", cwd=mixed, check_rc=1, env={POOL_ENV: "1"})
    assert tree(mixed / "o1") == tree(mixed / "o2") and len(tree(mixed / "o1")) == 8
    # … and without the test's switch these 11 inputs are a small batch: no pool, the same outputs
    tbparse("arc", "-o", "o3", "--jobs", "2", "-q", cwd=mixed, check_rc=1)
    assert tree(mixed / "o3") == tree(mixed / "o1")

    def norm(folder: str) -> list[dict]:
        return [{**r, "elapsed_ms": 0, "output": r["output"] and r["output"].split("/", 1)[1]}
                for r in report(mixed / folder / "tbparse-report.jsonl")]

    assert norm("o1") == norm("o2")


def test_yaml_format(mixed: Path) -> None:
    tbparse("arc/2008", "-o", "y", "--format", "yaml", "-q", cwd=mixed, check_rc=0)
    tbparse("arc/2008", "-o", "j", "-q", cwd=mixed, check_rc=0)
    assert sorted(tree(mixed / "y")) == ["503-TB-TU.yaml", "504-TB-TU.yaml"]
    assert yaml.safe_load((mixed / "y" / "503-TB-TU.yaml").read_text(encoding="utf-8")) == \
        json.loads((mixed / "j" / "503-TB-TU.json").read_text(encoding="utf-8"))


# -- interruption and resume -------------------------------------------------------------------

@pytest.fixture
def archive(tmp_path: Path) -> Path:
    for i in range(80):
        f = tmp_path / "arc" / str(2000 + i % 5) / f"{i:03d}-TB-TU.txt"
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(notice(i + 1), encoding="utf-8")
    return tmp_path


def _start_slow(cwd: Path, *args: str) -> subprocess.Popen:
    env = dict(os.environ, **{DELAY_ENV: "40"})
    return subprocess.Popen([sys.executable, "-m", "tbparse", "batch", *args], cwd=cwd, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


def _wait_for_records(path: Path, n: int, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if path.exists() and path.read_bytes().count(b"\n") >= n:
            return
        assert proc.poll() is None, "the batch finished before it could be interrupted"
        time.sleep(0.01)
    raise AssertionError("no progress")


def _assert_consistent(out: Path, full: Path) -> int:
    """Whatever is on disk is complete: every output equals the uninterrupted run's, every record's
    output exists; no temp file remains under the final names. Returns the number of outputs."""
    outs = tree(out)
    reference = tree(full)
    for name, data in outs.items():
        assert not name.endswith(".tmp") or Path(name).name.startswith(".tbparse-")
        if name.endswith(".json"):
            assert data == reference[name], name
    for line in (out / "tbparse-report.jsonl").read_bytes().splitlines():
        try:
            r = json.loads(line)
        except ValueError:
            continue  # a line cut by the kill: tolerated by --resume
        assert r["status"] == "parsed" and (full.parent / r["output"]).is_file()
    return sum(1 for n in outs if n.endswith(".json"))


def test_resume_after_sigkill_is_byte_identical(archive: Path) -> None:
    tbparse("arc", "-o", "full", "-q", cwd=archive, check_rc=0)
    proc = _start_slow(archive, "arc", "-o", "out", "--jobs", "2", "-q")
    _wait_for_records(archive / "out" / "tbparse-report.jsonl", 10, proc)
    os.killpg(proc.pid, signal.SIGKILL)  # the CLI, its workers and the fork server, at once
    proc.wait()
    done = _assert_consistent(archive / "out", archive / "full")
    assert 10 <= done < 80

    p = tbparse("arc", "-o", "out", "--resume", cwd=archive, check_rc=0)
    assert "unchanged" in p.stderr.decode("utf-8")
    assert tree(archive / "out", skip=("tbparse-report.jsonl",)) == tree(archive / "full")
    assert not list((archive / "out").rglob(".tbparse-*"))
    recs = report(archive / "out" / "tbparse-report.jsonl")
    ref = report(archive / "full" / "tbparse-report.jsonl")
    strip = lambda rs, d: [{**r, "elapsed_ms": 0, "output": r["output"].replace(d, "X", 1)} for r in rs]  # noqa: E731
    assert strip(recs, "out/") == strip(ref, "full/")

    # a finished batch: nothing to do, and nothing is touched
    stamps = {p: p.stat().st_mtime_ns for p in (archive / "out").rglob("*") if p.is_file()}
    p = tbparse("arc", "-o", "out", "--resume", cwd=archive, check_rc=0)
    assert "nothing to do" in p.stderr.decode("utf-8")
    assert {p: p.stat().st_mtime_ns for p in (archive / "out").rglob("*") if p.is_file()} == stamps


def test_ctrl_c_stops_cleanly_and_resume_finishes(archive: Path) -> None:
    tbparse("arc", "-o", "full", "-q", cwd=archive, check_rc=0)
    proc = _start_slow(archive, "arc", "-o", "out", "--jobs", "2")
    _wait_for_records(archive / "out" / "tbparse-report.jsonl", 10, proc)
    os.killpg(proc.pid, signal.SIGINT)  # what a terminal sends the foreground group
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err.decode("utf-8", "replace")
    assert "--resume" in err.decode("utf-8")
    recs = report(archive / "out" / "tbparse-report.jsonl")  # rewritten whole: every line valid, sorted
    assert [r["path"] for r in recs] == sorted(r["path"] for r in recs)
    assert len(recs) == _assert_consistent(archive / "out", archive / "full")  # one record per output
    tbparse("arc", "-o", "out", "--resume", "-q", cwd=archive, check_rc=0)
    assert tree(archive / "out") == tree(archive / "full")


def test_resume_redoes_a_changed_input(archive: Path) -> None:
    tbparse("arc", "-o", "out", "-q", cwd=archive, check_rc=0)
    changed = archive / "arc" / "2001" / "001-TB-TU.txt"
    changed.write_text(notice(999), encoding="utf-8")
    before = (archive / "out" / "2000" / "000-TB-TU.json").stat().st_mtime_ns
    p = tbparse("arc", "-o", "out", "--resume", cwd=archive, check_rc=0)
    assert "79" in p.stderr.decode("utf-8")  # unchanged count
    assert json.loads((archive / "out" / "2001" / "001-TB-TU.json").read_bytes())["number"]["raw"] == "999-TB/TU"
    assert (archive / "out" / "2000" / "000-TB-TU.json").stat().st_mtime_ns == before
    by = {r["path"]: r for r in report(archive / "out" / "tbparse-report.jsonl")}
    assert by["arc/2001/001-TB-TU.txt"]["sha256"] == hashlib.sha256(changed.read_bytes()).hexdigest()
    assert len(by) == 80


def test_resume_redoes_outputs_a_power_cut_could_have_damaged(archive: Path) -> None:
    tbparse("arc", "-o", "out", "-q", cwd=archive, check_rc=0)
    good = tree(archive / "out")
    empty, zeroed = archive / "out" / "2000" / "000-TB-TU.json", archive / "out" / "2001" / "001-TB-TU.json"
    empty.write_bytes(b"")
    zeroed.write_bytes(b"\0" * len(good["2001/001-TB-TU.json"]))
    p = tbparse("arc", "-o", "out", "--resume", cwd=archive, check_rc=0)
    assert "78" in p.stderr.decode("utf-8")  # unchanged count: the two damaged ones were redone
    assert tree(archive / "out") == good


def test_fail_fast_stops_at_the_first_failure(archive: Path) -> None:
    (archive / "arc" / "000-broken.txt").write_bytes(b"")
    p = tbparse("arc", "-o", "out", "--jobs", "1", "--fail-fast", cwd=archive, check_rc=1)
    recs = report(archive / "out" / "tbparse-report.jsonl")
    assert [r["path"] for r in recs] == ["arc/000-broken.txt"]
    assert "--fail-fast" in p.stderr.decode("utf-8")
    # without it, the bad file does not stop the batch
    tbparse("arc", "-o", "out2", "-q", cwd=archive, check_rc=1)
    assert len(report(archive / "out2" / "tbparse-report.jsonl")) == 81


# -- safety ------------------------------------------------------------------------------------

def _all_files(root: Path, skip: Path) -> set[str]:
    return {str(p) for p in root.rglob("*") if skip not in p.parents and p != skip}


def test_path_escapes_are_refused(mixed: Path) -> None:
    outside = mixed / "outside"
    outside.mkdir()
    (outside / "x.txt").write_text(SEED_TEXT, encoding="utf-8")
    (mixed / "arc" / "link-out.txt").symlink_to(outside / "x.txt")
    (mixed / "arc" / "linkdir").symlink_to(outside, target_is_directory=True)
    listing = "../escape.txt\n/etc/passwd\narc/2008/../../outside/x.txt\narc/2008/503-TB-TU.txt\n"
    before = _all_files(mixed, mixed / "out")
    tbparse("--from-list", "-", "arc/link-out.txt", "-o", "out", "-q", cwd=mixed, input=listing.encode(), check_rc=1)
    by = {r["path"]: r for r in report(mixed / "out" / "tbparse-report.jsonl")}
    assert "'..'" in by["../escape.txt"]["reason"] and by["../escape.txt"]["status"] == "failed"
    assert "absolute path" in by["/etc/passwd"]["reason"]
    assert "'..'" in by["arc/2008/../../outside/x.txt"]["reason"]
    assert by["arc/2008/503-TB-TU.txt"]["output"] == "out/arc/2008/503-TB-TU.json"
    # an explicit file argument is the user's choice: converted under its own name
    assert by["arc/link-out.txt"]["status"] == "parsed"
    tbparse("arc", "-o", "out2", "-q", cwd=mixed, check_rc=1)
    by = {r["path"]: r for r in report(mixed / "out2" / "tbparse-report.jsonl")}
    assert "outside the input tree" in by["arc/link-out.txt"]["reason"]
    assert "outside the input tree" in by["arc/linkdir"]["reason"]
    # nothing was written anywhere but the output folders, and no input changed
    after = _all_files(mixed, mixed / "out")
    assert {p for p in after - before if not p.startswith(str(mixed / "out2"))} == set()


def test_out_dir_inside_the_input_tree_is_not_read_back(mixed: Path) -> None:
    for _ in range(2):
        tbparse("arc", "-o", "arc/out", "--glob", "*", "-q", cwd=mixed)
    recs = report(mixed / "arc" / "out" / "tbparse-report.jsonl")
    assert not [r for r in recs if r["path"].startswith("arc/out")]
    assert "arc/notes.md" in {r["path"] for r in recs}  # --glob '*' really took everything else


def test_colliding_output_names_are_refused(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.TXT").write_text(SEED_TEXT, encoding="utf-8")
    (tmp_path / "a" / "x.txt").write_text(notice(7), encoding="utf-8")
    tbparse("a", "-o", "out", "-q", cwd=tmp_path, check_rc=1)
    by = {r["path"]: r for r in report(tmp_path / "out" / "tbparse-report.jsonl")}
    assert by["a/x.TXT"]["status"] == "parsed"
    assert by["a/x.txt"]["status"] == "failed" and "already written from a/x.TXT" in by["a/x.txt"]["reason"]


# -- the JSON Lines stream ---------------------------------------------------------------------

def test_jsonl_file_and_stdout(mixed: Path) -> None:
    tbparse("arc", "--format", "jsonl", "-o", "notices.jsonl", "-q", "-j", "2", cwd=mixed, check_rc=1)
    lines = (mixed / "notices.jsonl").read_bytes().splitlines()
    docs = [json.loads(x) for x in lines]
    parsed = sorted(k for k, v in EXPECTED.items() if v == "parsed")
    assert sorted(d["source"]["path"] for d in docs) == parsed  # rejected/failed are not in the stream
    recs = report(mixed / "notices.report.jsonl")
    assert {r["path"]: r["status"] for r in recs} == EXPECTED
    for r in recs:
        if r["status"] == "parsed":
            assert r["output"] == "notices.jsonl" and docs[r["line"] - 1]["source"]["path"] == r["path"]
    assert not list(mixed.glob(".tbparse-*"))
    # -o - streams the same lines (input order, whatever the job count); no report unless asked
    p1 = tbparse("arc", "-o", "-", "-q", "-j", "1", cwd=mixed, check_rc=1)
    p2 = tbparse("arc", "-o", "-", "-q", "-j", "2", "--report", "r.jsonl", cwd=mixed, check_rc=1)
    assert p1.stdout == p2.stdout == (mixed / "notices.jsonl").read_bytes()
    assert len(report(mixed / "r.jsonl")) == len(EXPECTED)


# -- inputs, options, exit codes ---------------------------------------------------------------

def test_mixed_inputs_files_dirs_globs_and_list(mixed: Path) -> None:
    listing = "arc/legacy/utf16.txt\n\narc/2009\n"
    tbparse("arc/2008/503-TB-TU.txt", "arc/20*/504*.txt", "--from-list", "-", "-o", "out", "-q",
            cwd=mixed, input=listing.encode(), check_rc=0)
    assert set(tree(mixed / "out")) == {"503-TB-TU.json", "2008/504-TB-TU.json", "arc/legacy/utf16.json",
                                        "arc/2009/deep/nested/505-TB-TU.json"}


def test_encoding_and_max_size_pass_through(mixed: Path) -> None:
    tbparse("arc/2008", "-o", "out", "--max-size", "100", "-q", cwd=mixed, check_rc=1)
    recs = report(mixed / "out" / "tbparse-report.jsonl")
    assert len(recs) == 2 and all(r["status"] == "failed" and "max-size" in r["reason"] for r in recs)
    tbparse("arc/legacy", "-o", "o16", "--encoding", "utf-16", "-q", cwd=mixed, check_rc=0)
    tbparse("arc/2008", "-o", "o8", "--encoding", "utf-16", "-q", cwd=mixed, check_rc=1)
    for r in report(mixed / "o8" / "tbparse-report.jsonl"):  # read as UTF-16: garbage or undecodable
        assert r["status"] != "parsed" and ("utf-16" in r["reason"] or r["encoding"].startswith("utf-16")), r


@pytest.mark.parametrize("args, rc", [
    (["arc/2008"], 0),
    (["arc"], 1),
    (["arc", "--fail-on", "never"], 0),
    (["arc/2008", "arc/state.txt", "--fail-on", "failed"], 0),
    (["arc/2008", "arc/state.txt"], 1),
    (["arc/2008", "arc/warn.txt"], 0),
    (["arc/2008", "arc/warn.txt", "--fail-on", "warnings"], 1),
])
def test_exit_codes(mixed: Path, args: list[str], rc: int) -> None:
    tbparse(*args, "-o", "out", "-q", cwd=mixed, check_rc=rc)


@pytest.mark.parametrize("args", [
    ["missing-folder", "-o", "out"],
    ["arc"],
    ["arc", "-o", "-", "--format", "json"],
    ["arc", "-o", "x.jsonl", "--resume"],
    ["arc", "-o", "out", "--format", "xml"],
    ["-o", "out"],
    ["arc", "-o", "arc"],
    ["arc/*.nothing", "-o", "out"],
])
def test_usage_errors_exit_2(mixed: Path, args: list[str]) -> None:
    p = tbparse(*args, cwd=mixed)
    assert p.returncode == 2, p.stderr
    assert b"Traceback" not in p.stderr


def test_quiet_and_plain_progress(mixed: Path) -> None:
    p = tbparse("arc", "-o", "out", "-q", cwd=mixed, check_rc=1)
    assert p.stderr == b""
    p = tbparse("arc", "-o", "out2", cwd=mixed, check_rc=1)
    assert b"\x1b[" not in p.stderr  # not a terminal: no live bar, no colour codes


def test_progress_bar_on_a_terminal(mixed: Path) -> None:
    import pty

    master, slave = pty.openpty()
    try:
        proc = subprocess.Popen([sys.executable, "-m", "tbparse", "batch", "arc", "-o", "out"], cwd=mixed,
                                stdout=subprocess.DEVNULL, stderr=slave, stdin=subprocess.DEVNULL)
        os.close(slave)
        chunks = []
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:
                break
            if not data:
                break
            chunks.append(data)
        proc.wait(timeout=60)
    finally:
        os.close(master)
    out = b"".join(chunks).decode("utf-8", "replace")
    assert proc.returncode == 1
    assert "tbparse batch" in out and "parsed" in out and "\x1b[" in out


def test_report_option_and_tree_untouched(mixed: Path) -> None:
    snap = {p: p.read_bytes() for p in (mixed / "arc").rglob("*") if p.is_file()}
    tbparse("arc", "-o", "out", "--report", "my-report.jsonl", "-q", cwd=mixed, check_rc=1)
    assert len(report(mixed / "my-report.jsonl")) == len(EXPECTED)
    assert not (mixed / "out" / "tbparse-report.jsonl").exists()
    assert {p: p.read_bytes() for p in (mixed / "arc").rglob("*") if p.is_file()} == snap



def test_stdout_reader_going_away_is_reported(archive: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "tbparse", "batch", "arc", "-o", "-", "-j", "2"], cwd=archive,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.readline()
    proc.stdout.close()  # like `| head -1`
    _, err = proc.communicate(timeout=60)
    assert json.loads(first)["schema_version"] == "1"
    # inputs left undone are not a success: 141 (128 + SIGPIPE), and the summary says how many
    assert proc.returncode == 141 and b"Traceback" not in err and b"went away" in err and b"not done" in err
