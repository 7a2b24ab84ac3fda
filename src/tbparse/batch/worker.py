"""One input → one small record: read, parse, serialise, write the output file atomically.

This runs in the pool's worker processes (or inline with ``--jobs 1``). The worker writes the output
itself so that only a record of a few hundred bytes travels back to the main process — except for the
JSON Lines stream, where the line has to go back to be written in order.

Nothing a single file does can stop the batch: every error, including a bug in the parser, becomes a
``failed`` record with a one-line reason.
"""
from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass
from functools import lru_cache

PARSED, REJECTED, FAILED = "parsed", "rejected", "failed"

# test-only: milliseconds to sleep per job, so a test can kill a batch in the middle
_DELAY_ENV = "TBPARSE_BATCH_TEST_DELAY_MS"


@dataclass(frozen=True, slots=True)
class Job:
    """What a worker needs for one input; picklable and small."""

    seq: int  # position in discovery order: decides the order of the JSON Lines stream
    path: str
    out: str | None  # output file (None: the JSON Lines stream)
    out_root: str | None  # real path of OUT_DIR: the output must stay inside it
    fmt: str  # json | yaml | jsonl
    encoding: str | None
    max_size: int
    resume_sha: str | None = None  # the sha256 recorded by a previous run: skip when unchanged
    resume_status: str | None = None
    fsync: bool = False  # --fsync: each output durable before its record (power cuts, not just kills)


@dataclass(slots=True)
class Result:
    """A worker's answer: the report record plus what only the main process needs."""

    seq: int
    record: dict  # path, status, reason, warnings, encoding, sha256, output, line, elapsed_ms
    size: int = 0  # input bytes read (for MB/s)
    line: str | None = None  # the JSON Lines text of a parsed notice (stream mode)
    skipped: bool = False  # unchanged since the previous run (--resume)


def record(path: str, status: str, *, reason: str | None = None, warnings: int = 0, encoding: str | None = None,
           sha256: str | None = None, output: str | None = None, elapsed_ms: float = 0.0) -> dict:
    """A report record; the keys are fixed so every line of the report has the same columns."""
    return {
        "path": path,
        "status": status,
        "reason": reason,
        "warnings": warnings,
        "encoding": encoding,
        "sha256": sha256,
        "output": output,
        "line": None,
        "elapsed_ms": round(elapsed_ms, 3),
    }


def init_worker() -> None:
    """Pool initializer: Ctrl-C goes to the whole process group; only the main process handles it,
    and the workers finish the file in hand (their writes are atomic either way)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    import importlib

    for name in ("output", "parser", "source"):  # import once, before the first job
        importlib.import_module(f"tbparse.{name}")


def run_chunk(jobs: list[Job]) -> list[Result]:
    """A few jobs in one round trip to the pool: less pickling and waking for the main process."""
    return [run_job(j) for j in jobs]


def _unchanged(job: Job) -> tuple[bool, int]:
    """(True, size) when the input still has the recorded sha256 and its result is still there."""
    if job.resume_status == PARSED:
        if job.out is None or not _complete(job.out):
            return False, 0
    elif job.resume_status != REJECTED:  # failures are always retried
        return False, 0
    h = hashlib.sha256()
    size = 0
    try:
        with open(job.path, "rb") as fh:
            while chunk := fh.read(1 << 20):
                h.update(chunk)
                size += len(chunk)
                if size > job.max_size:
                    return False, 0
    except OSError:
        return False, 0
    return h.hexdigest() == job.resume_sha, size


def _complete(out: str) -> bool:
    """The output is there and ends like every output does (a newline): after a power cut without
    --fsync a file can exist with zero length or zero-filled; resume must not trust it."""
    try:
        with open(out, "rb") as fh:
            fh.seek(-1, os.SEEK_END)
            return fh.read(1) == b"\n"
    except OSError:  # missing, or empty (seek before the start)
        return False


def _inside(out: str, root: str) -> bool:
    real = os.path.realpath(os.path.dirname(os.path.abspath(out)))
    return real == root or real.startswith(root.rstrip(os.sep) + os.sep)


def run_job(job: Job) -> Result:
    """Process one input. Never raises for anything the input or the file system does."""
    delay = os.environ.get(_DELAY_ENV)
    if delay:
        time.sleep(float(delay) / 1000)
    if job.resume_sha is not None:
        same, size = _unchanged(job)
        if same:
            return Result(job.seq, {"path": job.path}, size=size, skipped=True)
    t0 = time.perf_counter()
    try:
        return _parse_and_write(job, t0)
    except Exception as exc:  # noqa: BLE001 - a bug on one file must not stop the batch
        ms = (time.perf_counter() - t0) * 1000
        msg = str(exc).splitlines()[0] if str(exc) else ""
        return Result(job.seq, record(job.path, FAILED, reason=f"internal error: {type(exc).__name__}: {msg}"[:500],
                                      elapsed_ms=ms))


def _parse_and_write(job: Job, t0: float) -> Result:
    from ..errors import NotPartyDocument, TbparseError
    from ..parser import parse_source
    from ..source import read_path

    try:
        src = read_path(job.path, encoding=job.encoding, max_size=job.max_size)
    except TbparseError as err:
        return Result(job.seq, record(job.path, FAILED, reason=err.message, elapsed_ms=(time.perf_counter() - t0) * 1000))
    size = _size(job.path)
    try:
        d = parse_source(src)
    except NotPartyDocument as err:
        return Result(job.seq, record(job.path, REJECTED, reason=err.message, encoding=src.encoding, sha256=src.sha256,
                                      elapsed_ms=(time.perf_counter() - t0) * 1000), size=size)
    warnings = len(d.get("warnings") or ())
    if job.fmt == "jsonl":
        from ..output import to_json

        line = to_json(d, indent=None)
        rec = record(job.path, PARSED, warnings=warnings, encoding=src.encoding, sha256=src.sha256,
                     elapsed_ms=(time.perf_counter() - t0) * 1000)
        return Result(job.seq, rec, size=size, line=line)
    text = _serialise(d, job.fmt)
    assert job.out is not None and job.out_root is not None
    try:
        _write(job.out, job.out_root, text.encode("utf-8"), fsync=job.fsync)
    except TbparseError as err:  # names the output path, which the record does not
        return Result(job.seq, record(job.path, FAILED, reason=str(err), encoding=src.encoding, sha256=src.sha256,
                                      elapsed_ms=(time.perf_counter() - t0) * 1000), size=size)
    except OSError as exc:
        return Result(job.seq, record(job.path, FAILED, reason=f"cannot write {job.out}: {exc.strerror or exc}",
                                      encoding=src.encoding, sha256=src.sha256,
                                      elapsed_ms=(time.perf_counter() - t0) * 1000), size=size)
    rec = record(job.path, PARSED, warnings=warnings, encoding=src.encoding, sha256=src.sha256, output=job.out,
                 elapsed_ms=(time.perf_counter() - t0) * 1000)
    return Result(job.seq, rec, size=size)


def _serialise(d: dict, fmt: str) -> str:
    """Exactly what ``tbparse parse --json``/``--yaml`` prints: nothing run-dependent in it."""
    if fmt == "yaml":
        from ..output import to_yaml

        return to_yaml(d)
    from ..output import to_json

    return to_json(d) + "\n"


def _write(out: str, out_root: str, data: bytes, *, fsync: bool) -> None:
    """Write atomically, after checking that no symlinked folder inside OUT_DIR leads elsewhere.

    The rename alone already guarantees that a killed process leaves no partial file; fsync adds
    durability across power cuts and costs a disk flush per file (more than the parse on a busy or
    spinning disk), so it is opt-in (``--fsync``)."""
    from ..atomic import make_folder, write_atomic
    from ..errors import InputError

    make_folder(out)
    if not _inside(out, out_root):
        raise InputError(f"refused: output folder leads outside the output folder ({os.path.dirname(out)})")
    write_atomic(out, data, fsync=fsync)


@lru_cache(maxsize=1)
def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0
