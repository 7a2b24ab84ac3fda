"""The batch engine: with ``--jobs N`` the main process parses beside N - 1 workers.

It parses while the pool starts and takes chunks no worker has started; an input over
``_Engine.OWN_MAX`` always goes to a worker (an out-of-memory kill must cost a worker, not the
batch). The last inputs (once discovery's end is within ``LOOKAHEAD``) go to the pool one by one;
a small batch runs without a pool. Every input is delivered exactly once, in ``seq`` order for the
JSON Lines stream.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from tbparse.batch import runner
from tbparse.batch.worker import PARSED, Job, Result

from .conftest import SEED


def _jobs(tmp_path: Path, n: int, big: set[int] = frozenset(), fmt: str = "json") -> list[Job]:
    seed = SEED.read_text(encoding="utf-8")
    filler = "\n".join(["Các cấp ủy, tổ chức đảng triển khai thực hiện nghiêm túc nội dung thông báo này."] * 3000)
    out_root = tmp_path / "out"
    out_root.mkdir()
    jobs = []
    for i in range(n):
        p = tmp_path / f"{i:03d}.txt"
        text = seed.replace("503-TB/TU", f"{i + 1}-TB/TU")
        if i in big:  # one long paragraph-list after the body: over OWN_MAX, still a notice
            text = text.replace("Nơi nhận", filler + "\n\nNơi nhận", 1)
        p.write_text(text, encoding="utf-8")
        out = None if fmt == "jsonl" else str(out_root / f"{i:03d}.json")
        jobs.append(Job(i, str(p), out, str(out_root.resolve()), fmt, None, 20 * 1024 * 1024))
    return jobs


def _run(jobs: list[Job], n_jobs: int, ordered: bool, monkeypatch: pytest.MonkeyPatch,
         chunks: list[int] | None = None) -> tuple[list[Result], list[str]]:
    here: list[str] = []
    real = runner.run_job

    class Pool(runner.ProcessPoolExecutor):  # records the size of every chunk given to the pool
        def submit(self, fn, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
            if chunks is not None and args:
                chunks.append(len(args[0]))
            return super().submit(fn, *args, **kwargs)

    monkeypatch.setattr(runner, "ProcessPoolExecutor", Pool)

    def spy(job: Job) -> Result:  # the workers call worker.run_job: only this process's calls land here
        here.append(job.path)
        return real(job)

    monkeypatch.setattr(runner, "run_job", spy)
    got: list[Result] = []

    def on_results(results: list[Result]) -> bool:
        got.extend(results)
        return False

    runner._Engine(n_jobs, ordered=ordered).run(iter(jobs), on_results)
    return got, here


def test_main_process_parses_too_and_big_inputs_go_to_workers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    jobs = _jobs(tmp_path, 120, big={0, 1, 25})
    assert os.path.getsize(jobs[0].path) > runner._Engine.OWN_MAX
    chunks: list[int] = []
    got, here = _run(jobs, 2, False, monkeypatch, chunks)
    assert sorted(r.seq for r in got) == list(range(120))  # each input once
    assert all(r.record["status"] == PARSED for r in got)
    assert all(Path(j.out).read_bytes().endswith(b"\n") for j in jobs)
    assert here, "the main process parsed nothing"
    assert len(here) < 120, "no input went to the worker"
    # chunks of 8 while discovery runs on, then the last inputs one by one
    assert chunks[0] == runner._Engine.CHUNK and chunks[-1] == 1
    k = chunks.index(1)
    assert set(chunks[:k]) == {runner._Engine.CHUNK} and set(chunks[k:]) == {1}
    assert len(chunks) - k <= runner._Engine.LOOKAHEAD
    assert not {jobs[i].path for i in (0, 1, 25)} & set(here)


def test_ordered_stream_keeps_discovery_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    jobs = _jobs(tmp_path, 100, big={3}, fmt="jsonl")
    got, here = _run(jobs, 3, True, monkeypatch)
    assert [r.seq for r in got] == list(range(100))
    assert all(r.line and f'"{r.seq + 1}-TB/TU"' in r.line for r in got)
    assert here and jobs[3].path not in here


def test_a_small_batch_runs_without_a_pool(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # 20 notices (~0.1 s of parsing) finish before a pool would have started; one input over the
    # small batch's size, or more inputs than the lookahead, and the pool is used
    jobs = _jobs(tmp_path, 20)
    chunks: list[int] = []
    got, here = _run(jobs, 4, True, monkeypatch, chunks)
    assert [r.seq for r in got] == list(range(20)) and len(here) == 20 and chunks == []
    (tmp_path / "big").mkdir()
    big = _jobs(tmp_path / "big", 20, big={7})
    chunks = []
    got, here = _run(big, 2, False, monkeypatch, chunks)
    assert sorted(r.seq for r in got) == list(range(20)) and big[7].path not in here and chunks


def test_immediate_results_and_fail_fast_stop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    jobs: list[Job | Result] = list(_jobs(tmp_path, 90))
    jobs[5] = Result(5, {"path": "refused", "status": "failed"})
    seen: list[int] = []

    def on_results(results: list[Result]) -> bool:
        seen.extend(r.seq for r in results)
        return 5 in seen  # --fail-fast on the refused input

    runner._Engine(2, ordered=True).run(iter(jobs), on_results)
    assert seen[: seen.index(5) + 1] == list(range(6))  # in order up to the stop
    assert len(seen) == len(set(seen))
