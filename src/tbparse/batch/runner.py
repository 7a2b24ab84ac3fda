"""Run a batch: inputs stream from discovery into a bounded process pool, records stream back.

Memory stays flat: discovery is lazy, at most ``window`` jobs are in flight (or, for the ordered JSON
Lines stream, in flight plus waiting for their turn), workers return small records, and everything
that grows with the archive (the previous report, output names taken, the sorted report) lives in
the ledger's temporary SQLite file.

Interruption: Ctrl-C (or SIGTERM) stops submitting, lets the workers finish the files in hand, records
them, rewrites the report and exits 130. A SIGKILL at any moment leaves only complete outputs (atomic
renames) and a report journal whose every record has its output on disk; ``--resume`` finishes.
"""
from __future__ import annotations

import itertools
import os
import signal
import sys
import threading
import time
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from collections import deque
from dataclasses import dataclass, field
from typing import BinaryIO, Callable, Iterator

from ..source import DEFAULT_MAX_SIZE
from .discover import Exclusions, Input, NameFilter, check_args, discover, has_magic, output_rel
from .ledger import Ledger
from .progress import Progress, render_summary
from .stats import Stats
from ..atomic import file_mode, is_special, make_folder, temp_file
from .worker import FAILED, PARSED, REJECTED, Job, Result, init_worker, record, run_chunk, run_job

REPORT_NAME = "tbparse-report.jsonl"
EXIT_INTERRUPTED = 130  # Ctrl-C / SIGTERM: --resume finishes
EXIT_STREAM_CLOSED = 141  # the reader of `-o -` went away (128 + SIGPIPE, as `cat big | head` gives)
EXTENSIONS = {"json": ".json", "yaml": ".yaml"}
_POOL_ENV = "TBPARSE_BATCH_TEST_POOL"  # test-only: a small batch with --jobs N still uses the pool


class UsageProblem(Exception):
    """A mistake in the command line (exit 2), found before any file is touched."""


@dataclass
class BatchOptions:
    inputs: tuple[str, ...] = ()
    out: str = ""
    fmt: str = "json"  # json | yaml | jsonl
    patterns: tuple[str, ...] = ()
    from_list: str | None = None  # a file of paths, or "-" for stdin
    report: str | None = None
    jobs: int = 0  # 0: one per available core
    resume: bool = False
    fail_on: str = "rejected"
    fail_fast: bool = False
    encoding: str | None = None
    max_size: int = DEFAULT_MAX_SIZE
    quiet: bool = False
    fsync: bool = False


@dataclass
class Outcome:
    stats: Stats
    exit_code: int
    report: str | None
    jobs: int
    notes: list[str] = field(default_factory=list)


def available_cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def default_report(opts: BatchOptions) -> str | None:
    """OUT_DIR/tbparse-report.jsonl; next to a stream file as <name>.report.jsonl; none for stdout."""
    if opts.report:
        return opts.report
    if opts.fmt != "jsonl":
        return os.path.join(opts.out, REPORT_NAME)
    if opts.out == "-" or is_special(opts.out):  # stdout, /dev/null, a pipe: no file beside it
        return None
    stem = opts.out[:-6] if opts.out.lower().endswith(".jsonl") else opts.out
    return stem + ".report.jsonl"


def validate(opts: BatchOptions) -> None:
    """Raise :class:`UsageProblem` for a command line that cannot work."""
    if opts.fmt not in ("json", "yaml", "jsonl"):
        raise UsageProblem(f"unknown format {opts.fmt!r}")
    if not opts.inputs and not opts.from_list:
        raise UsageProblem("give at least one input (a folder, file or glob) or --from-list")
    if not opts.out:
        raise UsageProblem("-o/--output is required (a folder, or a .jsonl file / - with --format jsonl)")
    msg = check_args(opts.inputs)
    if msg:
        raise UsageProblem(msg)
    if opts.from_list and opts.from_list != "-" and not os.path.isfile(opts.from_list):
        raise UsageProblem(f"--from-list {opts.from_list}: no such file")
    if opts.jobs < 0:
        raise UsageProblem("--jobs must be 1 or more (0 means one per core)")
    if opts.fmt == "jsonl":
        if opts.out != "-" and os.path.isdir(opts.out):
            raise UsageProblem(f"{opts.out} is a folder; --format jsonl writes one file (or - for stdout)")
        if opts.resume:
            raise UsageProblem("--resume needs one output file per input; a JSON Lines stream is rewritten whole")
    else:
        if opts.out == "-":
            raise UsageProblem("-o - (stdout) needs --format jsonl; json/yaml write one file per input into a folder")
        if os.path.exists(opts.out) and not os.path.isdir(opts.out):
            raise UsageProblem(f"{opts.out} exists and is not a folder")
        if opts.out.lower().endswith(".jsonl") and not os.path.isdir(opts.out):
            # "-o notices.jsonl --format yaml" made a folder named notices.jsonl full of .yaml files
            raise UsageProblem(f"-o {opts.out} names a JSON Lines file, but --format {opts.fmt} writes one file "
                               "per input into a folder: drop --format, or give a folder")
        for a in opts.inputs:
            if os.path.isdir(a) and os.path.isdir(opts.out) and os.path.samefile(a, opts.out):
                raise UsageProblem(f"{opts.out} is also an input folder; choose another output folder")
    if opts.report and opts.report != "-" and os.path.isdir(opts.report):
        raise UsageProblem(f"--report {opts.report} is a folder")


def no_inputs_message(opts: BatchOptions) -> str:
    """Say where nothing was found, by the rule that applied there: the --glob patterns for folders,
    the pattern itself for a quoted glob, the list for --from-list."""
    parts = []
    folders = [a for a in opts.inputs if os.path.isdir(a)]
    globs = [a for a in opts.inputs if not os.path.lexists(a) and has_magic(a)]
    if folders:
        pats = " or ".join(NameFilter(opts.patterns).patterns)
        parts.append(f"no {pats} file in {', '.join(folders)}")
    if globs:
        parts.append(f"no file matches {', '.join(globs)}")
    if opts.from_list:
        parts.append("no path in the --from-list " + ("on stdin" if opts.from_list == "-" else opts.from_list))
    return "no input files found: " + "; ".join(parts or ["nothing to read"])


def _clean_temp_files(folder: str) -> None:
    """Remove ``.tbparse-*.tmp`` left by a killed run (only on --resume: nothing else is writing)."""
    for dirpath, dirnames, filenames in os.walk(folder):
        for n in filenames:
            if n.startswith(".tbparse-") and n.endswith(".tmp"):
                try:
                    os.unlink(os.path.join(dirpath, n))
                except OSError:
                    pass


class StreamClosed(Exception):
    """The reader of the stdout stream went away."""


class _Stream:
    """The JSON Lines output: stdout, or a temp file renamed into place when the batch completes."""

    def __init__(self, target: str) -> None:
        self.target = target
        self.lines = 0
        self._tmp: str | None = None
        self._device = False
        if target == "-":
            self._fh: BinaryIO = sys.stdout.buffer
        elif is_special(target):  # -o /dev/null, a named pipe: written in place, never replaced
            self._fh = open(target, "wb")  # noqa: SIM115 - closed by commit()/discard()
            self._device = True
        else:
            if os.path.islink(target):
                raise UsageProblem(f"{target}: refusing to write through a symbolic link")
            make_folder(target)
            fd, self._tmp = temp_file(target)  # an error names the target, not the temp file
            self._fh = os.fdopen(fd, "wb")

    def write(self, line: str) -> int:
        try:
            self._fh.write(line.encode("utf-8") + b"\n")
            if self._tmp is None:
                self._fh.flush()  # a consumer reading stdout gets each notice as it is ready
        except BrokenPipeError:  # `tbparse batch … -o - | head`: the reader has had enough
            if self._tmp is not None:
                raise
            if self._device:  # a named pipe's reader went away
                raise StreamClosed from None
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())  # no second error when Python flushes stdout at exit
            os.close(devnull)
            raise StreamClosed from None
        self.lines += 1
        return self.lines

    def commit(self) -> None:
        if self._tmp is None:
            self._fh.flush()
            if self._device:
                self._fh.close()
            return
        self._fh.flush()
        os.fchmod(self._fh.fileno(), file_mode())
        os.fsync(self._fh.fileno())
        self._fh.close()
        os.replace(self._tmp, self.target)
        self._tmp = None

    def discard(self) -> None:
        if self._device and not self._fh.closed:
            self._fh.close()
        if self._tmp is not None:
            self._fh.close()
            try:
                os.unlink(self._tmp)
            except OSError:
                pass
            self._tmp = None


def _pool_context():
    """forkserver where available: workers fork from a clean single-threaded server with the parser
    already imported, never from the main process (which runs the progress thread)."""
    import multiprocessing as mp

    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["tbparse.batch.worker", "tbparse.parser", "tbparse.source", "tbparse.output"])
        return ctx
    return mp.get_context("spawn")


class _Engine:
    """Feeds jobs to the pool in small chunks with at most *window* inputs outstanding, and hands
    results back in groups (one journal flush and one progress refresh per group).

    Chunks keep the main process's share of the CPU small (one submit, one pickle round trip and one
    journal write per chunk instead of per file), which matters when every core also runs a worker.
    *ordered*: results come back in ``seq`` order (the JSON Lines stream), holding finished ones
    until their turn — still at most *window* inputs between the oldest unfinished and the newest.

    With ``--jobs N`` this process is the N-th parser beside N - 1 workers. A separate coordinator
    cost two things the profile of ``--jobs 2`` showed (bench_batch: 1.73–1.75× of ``--jobs 1`` where
    two parse loops get 2.0×): the ~0.15 s before the first worker can parse (the fork server's
    start-up), with every core idle, and a third process competing for the cores with its own share of
    the work (discovery, journal, result pickling). Now this process parses while the pool starts,
    and between its duties takes chunks no worker has started yet — also at the end, where one worker
    would otherwise finish the last chunks alone.
    """

    CHUNK = 8
    # Inputs looked at ahead of the pool: when discovery ends within them, the last inputs go to the
    # pool one by one — a worker holds up to three chunks it cannot give back (the executor's call
    # queue), and with chunks of 8 this process sat idle ~0.15 s at the end of every batch while one
    # worker finished 24 inputs alone (traced on 100 notices: 0.74 s where --jobs 1 took 0.72)
    LOOKAHEAD = 64
    # A batch that ends within the lookahead and holds at most this much (no input over OWN_MAX) runs
    # in this process alone: ~0.3 s of parsing, what the pool takes to start (20 notices: 0.40 s with
    # a pool, 0.36 s without)
    SMALL_BATCH = 1024 * 1024
    # What this process may parse itself: notices are 5–50 KB. A bigger input goes to a worker — an
    # out-of-memory kill then costs one worker (its files are retried by --resume), never the batch,
    # and a long parse here cannot leave the workers waiting for chunks.
    OWN_MAX = 256 * 1024

    def __init__(self, jobs: int, *, ordered: bool) -> None:
        self.jobs = jobs
        self.ordered = ordered
        self.window = jobs * self.CHUNK * 3
        self.interrupted = False
        self.unstarted = 0  # inputs taken from *items* but never started (a stop): the caller counts them

    def run(self, items: Iterator[Job | Result], on_results: Callable[[list[Result]], bool]) -> None:
        """Process all *items*; *on_results* returns True to stop early (--fail-fast)."""
        if self.jobs <= 1:
            self._run_inline(items, on_results)
            return
        first = list(itertools.islice(items, self.LOOKAHEAD))
        small = len(first) < self.LOOKAHEAD and self._small_batch(first) and not os.environ.get(_POOL_ENV)
        (self._run_inline if small else self._run_pool)(itertools.chain(first, items), on_results)

    @classmethod
    def _small_batch(cls, items: list[Job | Result]) -> bool:
        """Little enough to parse here before a pool would have started — and no input over
        OWN_MAX: a big input is parsed in a worker, whatever the batch."""
        sizes = [cls._size([j]) for j in items if isinstance(j, Job)]
        return sum(sizes) <= cls.SMALL_BATCH and max(sizes, default=0) <= cls.OWN_MAX

    def _run_inline(self, items: Iterator[Job | Result], on_results: Callable[[list[Result]], bool]) -> None:
        try:
            for item in items:
                res = item if isinstance(item, Result) else run_job(item)
                if on_results([res]):
                    return
        except KeyboardInterrupt:
            self.interrupted = True

    @staticmethod
    def _size(jobs: list[Job]) -> int:
        total = 0
        for j in jobs:
            try:
                total += os.stat(j.path).st_size
            except OSError:
                pass  # the parse reports it
        return total

    @classmethod
    def _small(cls, jobs: list[Job]) -> bool:
        return cls._size(jobs) <= cls.OWN_MAX

    def _run_pool(self, items: Iterator[Job | Result], on_results: Callable[[list[Result]], bool]) -> None:
        ctx = _pool_context()
        ex = ProcessPoolExecutor(self.jobs - 1, mp_context=ctx, initializer=init_worker)
        pending: dict[Future, list[Job]] = {}
        inflight = 0  # inputs in submitted chunks
        held: dict[int, Result] = {}  # ordered mode: finished, waiting for their turn
        order: deque[int] = deque()  # ordered mode: seqs in discovery order (bounded by the window)
        deferred: deque[Job] = deque()  # too big to parse here while the pool started: first to a worker
        ahead: deque[Job | Result] = deque()  # taken from *items*, not yet started (LOOKAHEAD)
        stop = exhausted = broken = ending = False  # ending: *items* has no more beyond *ahead*

        def deliver(results: list[Result]) -> bool:
            if not self.ordered:
                return on_results(results)
            for r in results:
                held[r.seq] = r
            ready = []
            while order and order[0] in held:
                ready.append(held.pop(order.popleft()))
            return on_results(ready) if ready else False

        def pull() -> Job | Result | None:
            nonlocal exhausted, ending
            if deferred:
                return deferred.popleft()
            while not ending and len(ahead) < self.LOOKAHEAD:
                item = next(items, None)
                if item is None:
                    ending = True
                    break
                if self.ordered:
                    order.append(item.seq)
                ahead.append(item)
            if ahead:
                return ahead.popleft()
            exhausted = True
            return None

        def results_of(f: Future, chunk: list[Job]) -> list[Result]:
            nonlocal broken
            try:
                return f.result()
            except BrokenProcessPool:
                broken = True
                return [Result(j.seq, record(j.path, FAILED, reason="worker process died while this file was in "
                                             "its batch (killed or out of memory); --resume retries it")) for j in chunk]
            except Exception as exc:  # noqa: BLE001 - pickling trouble etc.: these files, not the batch
                return [Result(j.seq, record(j.path, FAILED, reason=f"internal error: {type(exc).__name__}: {exc}"))
                        for j in chunk]

        def collect(block: bool = True) -> bool:
            nonlocal inflight
            if block:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
            else:
                done = [f for f in pending if f.done()]
            out: list[Result] = []
            for f in done:
                chunk = pending.pop(f)
                inflight -= len(chunk)
                out.extend(results_of(f, chunk))
            return deliver(out) if out else False

        def fill() -> bool:
            nonlocal inflight
            while (deferred or not exhausted) and inflight + len(held) < self.window:
                chunk: list[Job] = []
                immediate: list[Result] = []
                size = 1 if ending else self.CHUNK  # the last inputs one by one: no worker ends alone
                while len(chunk) < size:
                    item = pull()
                    if item is None:
                        break
                    if isinstance(item, Result):
                        immediate.append(item)
                    else:
                        chunk.append(item)
                if chunk:
                    pending[ex.submit(run_chunk, chunk)] = chunk
                    inflight += len(chunk)
                if immediate and deliver(immediate):
                    return True
            return False

        def parse_here(jobs: list[Job]) -> bool:
            """Parse *jobs* in this process, each recorded as it is done (Ctrl-C loses none)."""
            for j in jobs:
                if deliver([run_job(j)]):
                    return True
            return False

        def take_chunk() -> bool | None:
            """Parse here the oldest chunk no worker has started; None when there is none."""
            nonlocal inflight
            for f, chunk in pending.items():
                # running: handed to a worker already; cancel: not yet, and now it never will be
                if not f.running() and self._small(chunk) and f.cancel():
                    break
            else:
                return None
            del pending[f]
            inflight -= len(chunk)
            return parse_here(chunk)

        def while_starting() -> bool:
            """The first submit waits for the fork server to import the parser and fork a worker: a
            thread takes that wait while this process parses."""
            def start() -> None:
                try:
                    ex.submit(int)
                except Exception:  # noqa: BLE001 - a broken pool: the first real submit reports it
                    pass

            starter = threading.Thread(target=start, name="tbparse-pool-start", daemon=True)
            starter.start()
            try:
                while starter.is_alive():
                    item = pull()
                    if item is None:
                        return False
                    if isinstance(item, Result):
                        if deliver([item]):
                            return True
                    elif not self._small([item]):
                        deferred.append(item)
                    elif parse_here([item]):
                        return True
                return False
            finally:
                starter.join()

        try:
            stop = while_starting()
            while not stop:
                if broken and not pending:
                    ex.shutdown(wait=True)
                    ex = ProcessPoolExecutor(self.jobs - 1, mp_context=ctx, initializer=init_worker)
                    broken = False
                if not broken:
                    stop = fill()
                if stop or (exhausted and not deferred and not pending):
                    break
                # finished chunks first (they free the window), then a chunk of our own, else wait
                if any(f.done() for f in pending):
                    stop = collect(block=False)
                    continue
                mine = None if broken else take_chunk()
                stop = collect() if mine is None else mine
            # --fail-fast, or done: finish what is in flight so the report matches the disk
            while pending:
                collect()
        except KeyboardInterrupt:
            self.interrupted = True
            try:
                while pending:  # workers ignore SIGINT and finish the chunk in hand
                    done, _ = wait(pending, return_when=FIRST_COMPLETED)
                    out: list[Result] = []
                    for f in done:
                        chunk = pending.pop(f)
                        if f.cancelled():
                            continue
                        out.extend(r for r in results_of(f, chunk) if r.record.get("status"))
                    on_results(out)  # order does not matter: an interrupted stream is discarded
            finally:
                ex.shutdown(wait=False, cancel_futures=True)
                self.unstarted = len(ahead) + len(deferred)
            return
        self.unstarted = len(ahead) + len(deferred)
        ex.shutdown(wait=True, cancel_futures=True)


def _sigterm_as_interrupt():
    """SIGTERM (a polite kill) gets the same clean stop as Ctrl-C; returns a restore function."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None

    def handler(signum, frame):  # noqa: ARG001
        raise KeyboardInterrupt

    old = signal.signal(signal.SIGTERM, handler)
    return lambda: signal.signal(signal.SIGTERM, old)


def _open_list(opts: BatchOptions):
    if not opts.from_list:
        return None
    if opts.from_list == "-":
        return sys.stdin
    return open(opts.from_list, encoding="utf-8", errors="surrogateescape", newline="")


def run(opts: BatchOptions, progress: Progress | None = None) -> Outcome:
    """Run the batch described by *opts*; raise :class:`UsageProblem` before touching anything."""
    validate(opts)
    progress = progress or Progress(quiet=opts.quiet)
    jobs = opts.jobs or available_cores()
    stream_mode = opts.fmt == "jsonl"
    report = default_report(opts)
    if report == "-":
        raise UsageProblem("--report needs a file name (stdout may carry the stream)")

    out_root: str | None = None
    excl = Exclusions(())  # by path too: OUT_DIR, the report and the stream may not exist yet
    if opts.out != "-":
        excl.add(opts.out)
    if report:
        excl.add(report)
    # find the first input before writing anything: no inputs is a usage error that leaves nothing behind
    lst = _open_list(opts)
    found = discover(opts.inputs, patterns=opts.patterns, list_file=lst, exclude=excl)
    first = next(found, None)
    if first is None:
        if lst is not None and lst is not sys.stdin:
            lst.close()
        raise UsageProblem(no_inputs_message(opts))
    if not stream_mode:
        os.makedirs(opts.out, exist_ok=True)
        out_root = os.path.realpath(opts.out)
        if opts.resume:
            _clean_temp_files(opts.out)
    ext = EXTENSIONS.get(opts.fmt, "")

    stats = Stats()
    if not progress.quiet and opts.from_list != "-":
        count_lst = _open_list(opts)
        try:
            stats.total = sum(1 for _ in discover(opts.inputs, patterns=opts.patterns, list_file=count_lst,
                                                  exclude=excl))
        finally:
            if count_lst is not None:
                count_lst.close()

    stream = _Stream(opts.out) if stream_mode else None
    try:
        ledger = Ledger(report, resume=opts.resume, journal=not stream_mode)
    except BaseException:
        if stream is not None:
            stream.discard()
        if lst is not None and lst is not sys.stdin:
            lst.close()
        raise
    restore = _sigterm_as_interrupt()
    engine = _Engine(jobs, ordered=stream_mode)
    outcome_notes: list[str] = []
    try:
        def items() -> Iterator[Job | Result]:
            for seq, inp in enumerate(itertools.chain((first,), found)):
                yield _make_job(seq, inp, opts, ledger, out_root, ext)

        def on_results(results: list[Result]) -> bool:
            stop = False
            if stats.stream_closed:  # files in flight when the reader left: parsed, but never delivered
                stats.not_done += len(results)
                return True
            for k, res in enumerate(results):
                rec = res.record
                if opts.resume and not res.skipped and rec["status"] == FAILED and _same_failure(ledger, rec):
                    res.skipped = True  # retried, failed the same way: keep the report as it was
                if res.skipped:
                    rec = ledger.keep_previous(rec["path"])
                else:
                    if stream is not None and rec["status"] == PARSED and res.line is not None:
                        try:
                            rec["line"] = stream.write(res.line)
                        except StreamClosed:
                            stats.stream_closed = True
                            stats.not_done += len(results) - k
                            ledger.flush()
                            return True
                        rec["output"] = opts.out if opts.out != "-" else "<stdout>"
                    ledger.add(rec)
                stats.add(res.seq, rec, skipped=res.skipped, size=res.size)
                if opts.fail_fast and not stop and stats.trips(opts.fail_on if opts.fail_on != "never" else "failed", rec):
                    stats.stopped_early = stop = True
            # every output of these records is already renamed into place: now the journal may say so
            ledger.flush()
            progress.update(stats)
            return stop

        progress.start(stats)
        pending_items = items()
        try:
            engine.run(pending_items, on_results)
            if stats.stream_closed:  # say how many inputs the early stop left undone
                stats.not_done += engine.unstarted + sum(1 for _ in pending_items)
        except KeyboardInterrupt:
            engine.interrupted = True
        finally:
            progress.stop()
        stats.interrupted = engine.interrupted
        stats.finished = time.perf_counter()
        complete = not (stats.interrupted or stats.stopped_early or stats.stream_closed)
        if stream is not None:
            if stats.interrupted:
                stream.discard()
            else:
                stream.commit()
        if not (stream is not None and stats.interrupted):
            ledger.finish(complete=complete)
        if opts.resume and stats.worked == 0 and stats.done and complete:
            outcome_notes.append(f"nothing to do: all {stats.done:,} inputs have the same result as in the last run"
                                 + (" (failed ones were retried)" if stats.failed else ""))
    finally:
        restore()
        if stream is not None:
            stream.discard()
        ledger.close()
        if lst is not None and lst is not sys.stdin:
            lst.close()
    if stats.interrupted:
        code = EXIT_INTERRUPTED
    elif stats.stream_closed:  # inputs left undone must not look like success
        code = EXIT_STREAM_CLOSED
    else:
        code = stats.exit_code(opts.fail_on)
    return Outcome(stats, code, report, jobs, outcome_notes)


def _same_failure(ledger: Ledger, rec: dict) -> bool:
    prev = ledger.previous_record(rec["path"])
    return prev is not None and all(prev.get(k) == v for k, v in rec.items() if k != "elapsed_ms")


def _make_job(seq: int, inp: Input, opts: BatchOptions, ledger: Ledger, out_root: str | None, ext: str) -> Job | Result:
    """Turn a discovered input into a job, or into an immediate ``failed`` record when refused."""
    if inp.refused or inp.rel is None:
        return Result(seq, record(inp.path, FAILED, reason=inp.refused or "refused"))
    out: str | None = None
    if out_root is not None:
        out = os.path.join(opts.out, output_rel(inp.rel, ext))
        holder = ledger.claim_output(out, inp.path)
        if holder is not None:
            return Result(seq, record(inp.path, FAILED, reason=f"refused: output {out} is already written from {holder}"))
    resume_sha = resume_status = None
    if opts.resume:
        prev = ledger.previous(inp.path)
        if prev is not None and prev[0]:
            sha, status, prev_out = prev
            if (status == PARSED and prev_out == out) or status == REJECTED:
                resume_sha, resume_status = sha, status
    return Job(seq, inp.path, out, out_root, opts.fmt, opts.encoding, opts.max_size, resume_sha, resume_status,
               opts.fsync)


def print_summary(outcome: Outcome, opts: BatchOptions, stream=None) -> None:
    """The closing summary on stderr (nothing with --quiet)."""
    if opts.quiet:
        return
    stream = stream or sys.stderr
    out = None if opts.fmt == "jsonl" and opts.out == "-" else opts.out
    render_summary(outcome.stats, stream=stream, jobs=outcome.jobs, report=outcome.report, output=out)
    for n in outcome.notes:
        stream.write(f"tbparse batch: {n}\n")
