"""Running totals of a batch: what the progress line and the closing summary show, and the exit code.

Only counters and the first few failures are kept, so memory does not grow with the archive.
"""
from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field

FIRST_FAILURES = 10


@dataclass
class Stats:
    total: int | None = None  # inputs expected (None while unknown, e.g. a list on stdin)
    done: int = 0  # inputs with a record (this run + carried over)
    parsed: int = 0
    warned: int = 0  # parsed with at least one warning
    rejected: int = 0
    failed: int = 0
    skipped: int = 0  # unchanged since the previous run (--resume), included in the counts above
    bytes_read: int = 0  # this run only (throughput)
    worked: int = 0  # inputs actually processed this run
    encodings: Counter = field(default_factory=Counter)
    failures: list[tuple[int, str, str, str]] = field(default_factory=list)  # (seq, path, status, reason)
    started: float = field(default_factory=time.perf_counter)
    finished: float | None = None
    interrupted: bool = False
    stopped_early: bool = False  # --fail-fast
    stream_closed: bool = False  # the reader of `-o -` went away
    not_done: int = 0  # inputs never delivered because the stream's reader went away

    def add(self, seq: int, rec: dict, *, skipped: bool = False, size: int = 0) -> None:
        self.done += 1
        status = rec.get("status")
        if status == "parsed":
            self.parsed += 1
            if rec.get("warnings"):
                self.warned += 1
        elif status == "rejected":
            self.rejected += 1
        else:
            self.failed += 1
        if rec.get("encoding"):
            self.encodings[rec["encoding"]] += 1
        if skipped:
            self.skipped += 1
        else:
            self.worked += 1
            self.bytes_read += size
        if status != "parsed":
            self._note_failure(seq, rec)

    def _note_failure(self, seq: int, rec: dict) -> None:
        # the first failures in input order, whatever order the workers finish in
        item = (seq, rec.get("path") or "", rec.get("status") or "", rec.get("reason") or "")
        if len(self.failures) < FIRST_FAILURES:
            self.failures.append(item)
            self.failures.sort()
        elif seq < self.failures[-1][0]:
            self.failures[-1] = item
            self.failures.sort()

    @property
    def elapsed(self) -> float:
        return (self.finished or time.perf_counter()) - self.started

    def trips(self, fail_on: str, rec: dict) -> bool:
        """Does this record make the batch fail under ``--fail-on``?"""
        status = rec.get("status")
        if fail_on == "never":
            return False
        if status == "failed":
            return True
        if status == "rejected":
            return fail_on in ("rejected", "warnings")
        return fail_on == "warnings" and bool(rec.get("warnings"))

    def exit_code(self, fail_on: str) -> int:
        """0 when nothing trips ``--fail-on``, else 1 (over the whole batch, carried-over records too)."""
        if fail_on == "never":
            return 0
        if self.failed:
            return 1
        if self.rejected and fail_on in ("rejected", "warnings"):
            return 1
        if self.warned and fail_on == "warnings":
            return 1
        return 0
