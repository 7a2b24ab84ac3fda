"""tbparse.batch pieces: discovery (walk, globs, lists, path safety), the worker, the ledger, stats.

End-to-end runs of ``tbparse batch`` (pool, resume after a kill, exit codes) are in
``test_batch_cli.py``.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from tbparse.batch.discover import Exclusions, NameFilter, _glob_regex, discover, list_entries, output_rel
from tbparse.batch.ledger import Ledger, encode_record, read_records
from tbparse.batch.stats import Stats
from tbparse.batch.worker import FAILED, PARSED, REJECTED, Job, run_job

from .conftest import ROOT, SEED

STATE_DOC = (
    "ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "TỈNH LÀO CAI                          Độc lập - Tự do - Hạnh phúc\n\n"
    "Số: 12/QĐ-UBND                      Lào Cai, ngày 3 tháng 4 năm 2024\n\n"
    "QUYẾT ĐỊNH\nVề việc ban hành quy chế làm việc\n\n"
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.\n\n"
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn A\n"
)


def rels(inputs) -> list[tuple[str, str | None, bool]]:
    return [(i.path, i.rel, i.refused is not None) for i in inputs]


# -- discovery ---------------------------------------------------------------------------------

def test_glob_regex() -> None:
    cases = [
        ("*.txt", "a.TXT", True), ("*.txt", "a/b.txt", False), ("200*/*.txt", "2008/x.txt", True),
        ("**/x.txt", "x.txt", True), ("**/x.txt", "a/b/x.txt", True), ("[ab]*.txt", "b1.txt", True),
        ("[!ab]*.txt", "b1.txt", False), ("[a-c].txt", "b.txt", True), ("?.docx", "ab.docx", False),
    ]
    for pat, s, want in cases:
        assert bool(_glob_regex(pat).fullmatch(s)) is want, (pat, s)


def test_name_filter_defaults_and_paths() -> None:
    f = NameFilter(())
    assert f("503.txt", "2008/503.txt") and f("A.DOCX", "A.DOCX")
    assert not f("503.json", "503.json") and not f("503.doc", "503.doc")
    g = NameFilter(["2008/*.txt"])
    assert g("x.txt", os.path.join("2008", "x.txt")) and not g("x.txt", os.path.join("2009", "x.txt"))


def test_walk_is_sorted_recursive_and_skips_hidden(tmp_path: Path) -> None:
    for p in ["b.txt", "a.txt", "sub/c.txt", "sub/deeper/d.docx", "sub/e.json", ".hidden/f.txt", ".g.txt",
              "sub/.tbparse-x.tmp"]:
        (tmp_path / p).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / p).write_text("x", encoding="utf-8")
    got = rels(discover([str(tmp_path)]))
    t = str(tmp_path)
    assert got == [
        (f"{t}/a.txt", "a.txt", False), (f"{t}/b.txt", "b.txt", False),
        (f"{t}/sub/c.txt", "sub/c.txt", False), (f"{t}/sub/deeper/d.docx", "sub/deeper/d.docx", False),
    ]
    # --glob replaces the default patterns
    assert [i.rel for i in discover([t], patterns=["*.json"])] == ["sub/e.json"]


def test_walk_skips_out_dir_and_excluded_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "out" / "2008").mkdir(parents=True)
    (tmp_path / "out" / "2008" / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "report.txt").write_text("x", encoding="utf-8")
    excl = Exclusions([str(tmp_path / "out"), str(tmp_path / "report.txt")])
    assert [i.rel for i in discover([str(tmp_path)], exclude=excl)] == ["a.txt"]


def test_symlinks_inside_followed_outside_refused(tmp_path: Path) -> None:
    arc, outside = tmp_path / "arc", tmp_path / "outside"
    arc.mkdir()
    outside.mkdir()
    (outside / "x.txt").write_text("x", encoding="utf-8")
    (arc / "real.txt").write_text("x", encoding="utf-8")
    (arc / "in.txt").symlink_to("real.txt")
    (arc / "out.txt").symlink_to(outside / "x.txt")
    (arc / "dir").symlink_to(outside, target_is_directory=True)
    got = {i.rel or os.path.basename(i.path): i.refused for i in discover([str(arc)])}
    assert got["in.txt"] is None and got["real.txt"] is None
    assert "outside the input tree" in got["out.txt"]
    assert "symlinked folder" in got["dir"]


def test_glob_argument_base_and_depth(tmp_path: Path) -> None:
    for p in ["2008/a.txt", "2008/x/b.txt", "2009/c.txt", "1999/d.txt", "top.txt"]:
        (tmp_path / p).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / p).write_text("x", encoding="utf-8")
    t = str(tmp_path)
    assert [i.rel for i in discover([f"{t}/20*/*.txt"])] == ["2008/a.txt", "2009/c.txt"]
    assert [i.rel for i in discover([f"{t}/20*/**/*.txt"])] == ["2008/a.txt", "2008/x/b.txt", "2009/c.txt"]
    # a pattern naming folders takes their files (by the default patterns)
    assert [i.rel for i in discover([f"{t}/200*"])] == ["2008/a.txt", "2008/x/b.txt", "2009/c.txt"]


def test_list_entries_are_checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "arc").mkdir()
    (tmp_path / "arc" / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "arc" / "esc").symlink_to("/", target_is_directory=True)
    entries = ["arc/a.txt", "../etc/passwd", "/etc/passwd", "arc/../arc/a.txt", "arc/esc/etc/passwd", "./arc"]
    got = [(i.path, i.rel, i.refused) for i in list_entries(entries, accept=NameFilter(()), exclude=Exclusions(()))]
    assert got[0] == ("arc/a.txt", "arc/a.txt", None)
    assert "'..'" in got[1][2] and got[1][1] is None
    assert "absolute path" in got[2][2]
    assert "'..'" in got[3][2]
    assert "outside the current folder" in got[4][2]
    assert got[5][1] == os.path.join("arc", "a.txt") and got[5][2] is None


def test_unicode_names_are_not_normalised(tmp_path: Path) -> None:
    nfc = unicodedata.normalize("NFC", "Thông báo Tỉnh ủy.txt")
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfc != nfd
    (tmp_path / nfc).write_text("x", encoding="utf-8")
    (tmp_path / nfd).write_text("y", encoding="utf-8")
    got = sorted(i.rel for i in discover([str(tmp_path)]))
    assert got == sorted([nfc, nfd])
    assert output_rel(nfd, ".json") == nfd[:-4] + ".json"


def test_output_rel() -> None:
    assert output_rel(os.path.join("2008", "503-TB-TU.txt"), ".json") == os.path.join("2008", "503-TB-TU.json")
    assert output_rel("README", ".yaml") == "README.yaml"
    assert output_rel("a.b.txt", ".json") == "a.b.json"


# -- worker ------------------------------------------------------------------------------------

def _job(tmp_path: Path, path: Path, fmt: str = "json", **kw) -> Job:
    out = tmp_path / "out" / (path.stem + ".json")
    return Job(0, str(path), str(out), os.path.realpath(tmp_path / "out"), fmt, None, 20_000_000, **kw)


def test_worker_output_is_what_parse_prints(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    res = run_job(_job(tmp_path, SEED))
    assert res.record["status"] == PARSED
    assert res.record["encoding"] == "utf-8" and len(res.record["sha256"]) == 64
    out = Path(res.record["output"])
    assert res.record["warnings"] == len(json.loads(out.read_bytes())["warnings"])
    cli = subprocess.run([sys.executable, "-m", "tbparse", "parse", str(SEED), "--json"], capture_output=True,
                         check=True, cwd=ROOT)
    assert out.read_bytes() == cli.stdout
    mask = os.umask(0o022)
    os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~mask  # not the 0600 of a temp file
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.endswith(".tmp")]


def test_worker_statuses(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    state = tmp_path / "state.txt"
    state.write_text(STATE_DOC, encoding="utf-8")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    r = run_job(_job(tmp_path, state)).record
    assert r["status"] == REJECTED and "not a Party document" in r["reason"] and r["output"] is None
    assert not (tmp_path / "out" / "state.json").exists()
    for p in (binary, empty, tmp_path / "missing.txt"):
        r = run_job(_job(tmp_path, p)).record
        assert r["status"] == FAILED and r["reason"] and r["output"] is None, r


def test_worker_refuses_symlinked_folder_in_out_dir(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "out" / "2008").symlink_to(elsewhere, target_is_directory=True)
    job = Job(0, str(SEED), str(tmp_path / "out" / "2008" / "x.json"), os.path.realpath(tmp_path / "out"),
              "json", None, 20_000_000)
    r = run_job(job).record
    assert r["status"] == FAILED and "outside the output folder" in r["reason"]
    assert list(elsewhere.iterdir()) == []


def test_worker_skips_unchanged_input_on_resume(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    first = run_job(_job(tmp_path, SEED)).record
    same = run_job(_job(tmp_path, SEED, resume_sha=first["sha256"], resume_status=PARSED))
    assert same.skipped
    changed = run_job(_job(tmp_path, SEED, resume_sha="0" * 64, resume_status=PARSED))
    assert not changed.skipped and changed.record["status"] == PARSED
    os.unlink(first["output"])  # output gone: redo even though the input is the same
    gone = run_job(_job(tmp_path, SEED, resume_sha=first["sha256"], resume_status=PARSED))
    assert not gone.skipped and os.path.exists(first["output"])


def test_worker_jsonl_returns_the_line(tmp_path: Path) -> None:
    res = run_job(Job(3, str(SEED), None, None, "jsonl", None, 20_000_000))
    assert res.seq == 3 and res.line is not None and "\n" not in res.line
    assert json.loads(res.line)["number"]["raw"] == "503-TB/TU"


def test_worker_passes_max_size_and_encoding(tmp_path: Path) -> None:
    r = run_job(Job(0, str(SEED), None, None, "jsonl", None, 100)).record
    assert r["status"] == FAILED and "max-size" in r["reason"]
    r = run_job(Job(0, str(SEED), None, None, "jsonl", "utf-16", 20_000_000)).record
    assert r["status"] == FAILED and "utf-16" in r["reason"]  # the forced encoding was used
    u16 = tmp_path / "u16.txt"
    u16.write_bytes(SEED.read_text(encoding="utf-8").encode("utf-16"))
    r = run_job(Job(0, str(u16), None, None, "jsonl", "utf-16", 20_000_000)).record
    assert r["status"] == PARSED and r["encoding"].startswith("utf-16")


# -- ledger ------------------------------------------------------------------------------------

def _rec(path: str, status: str = PARSED, sha: str = "a" * 64, **kw) -> dict:
    r = {"path": path, "status": status, "reason": None, "warnings": 0, "encoding": "utf-8", "sha256": sha,
         "output": None, "line": None, "elapsed_ms": 1.0}
    r.update(kw)
    return r


def test_ledger_journal_resume_and_sorted_rewrite(tmp_path: Path) -> None:
    report = tmp_path / "r.jsonl"
    led = Ledger(str(report), resume=False, journal=True)
    led.add(_rec("b.txt"))
    led.add(_rec("a.txt", REJECTED))
    led.flush()  # the runner flushes once the outputs of a group of records are in place
    assert [r["path"] for r in read_records(str(report))] == ["b.txt", "a.txt"]
    led.finish(complete=True)
    led.close()
    assert [r["path"] for r in read_records(str(report))] == ["a.txt", "b.txt"]

    # a kill mid-append: the truncated last line is ignored, the next record starts on a new line
    with open(report, "ab") as fh:
        fh.write(encode_record(_rec("c.txt"))[:-20])
    led = Ledger(str(report), resume=True, journal=True)
    assert led.previous_count == 2
    assert led.previous("a.txt")[1] == REJECTED and led.previous("c.txt") is None
    led.add(_rec("c.txt"))
    led.keep_previous("a.txt")
    led.finish(complete=False)  # interrupted: b.txt (not reached) keeps its record
    led.close()
    assert [r["path"] for r in read_records(str(report))] == ["a.txt", "b.txt", "c.txt"]
    lines = report.read_bytes().splitlines()
    assert all(json.loads(x) for x in lines) and len(lines) == 3


def test_ledger_leaves_an_unchanged_report_alone(tmp_path: Path) -> None:
    report = tmp_path / "r.jsonl"
    led = Ledger(str(report), resume=False, journal=True)
    led.add(_rec("b.txt"))
    led.add(_rec("a.txt"))
    assert led.finish(complete=True) is True  # journal order → sorted
    led.close()
    before = report.stat().st_mtime_ns
    led = Ledger(str(report), resume=True, journal=True)
    led.keep_previous("b.txt")
    led.keep_previous("a.txt")
    assert led.finish(complete=True) is False
    led.close()
    assert report.stat().st_mtime_ns == before


def test_ledger_claims_output_names_and_round_trips_odd_names(tmp_path: Path) -> None:
    led = Ledger(str(tmp_path / "r.jsonl"), resume=False, journal=True)
    assert led.claim_output("out/a.json", "arc/a.txt") is None
    assert led.claim_output("out/a.json", "arc/a.docx") == "arc/a.txt"
    odd = os.fsdecode(b"arc/bad-\xff-name.txt")  # not UTF-8 on disk
    led.add(_rec(odd))
    led.finish(complete=True)
    led.close()
    raw = (tmp_path / "r.jsonl").read_bytes()
    raw.decode("utf-8")  # the report stays valid UTF-8
    (rec,) = read_records(str(tmp_path / "r.jsonl"))
    assert os.fsencode(rec["path"]) == b"arc/bad-\xff-name.txt"


def test_report_refuses_symlink(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.txt"
    target.write_text("keep", encoding="utf-8")
    (tmp_path / "r.jsonl").symlink_to(target)
    with pytest.raises(Exception, match="symbolic link"):
        Ledger(str(tmp_path / "r.jsonl"), resume=False, journal=True)
    assert target.read_text(encoding="utf-8") == "keep"


# -- stats -------------------------------------------------------------------------------------

def test_stats_exit_codes_and_first_failures() -> None:
    st = Stats()
    st.add(5, _rec("w.txt", warnings=2))
    assert st.exit_code("rejected") == 0 and st.exit_code("warnings") == 1
    st.add(9, _rec("r.txt", REJECTED, reason="State"))
    assert st.exit_code("failed") == 0 and st.exit_code("rejected") == 1 and st.exit_code("never") == 0
    st.add(2, _rec("f.txt", FAILED, reason="empty input"))
    assert st.exit_code("failed") == 1
    assert [f[1] for f in st.failures] == ["f.txt", "r.txt"]  # input order, not arrival order
    for i in range(20, 40):
        st.add(i, _rec(f"x{i}.txt", FAILED, reason="binary"))
    assert len(st.failures) == 10 and st.failures[0][1] == "f.txt"
    assert (st.parsed, st.warned, st.rejected, st.failed) == (1, 1, 1, 21)
    assert st.trips("failed", _rec("r", REJECTED)) is False and st.trips("rejected", _rec("r", REJECTED)) is True
