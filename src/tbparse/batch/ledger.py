"""The batch report: an append-only journal on disk, an index for ``--resume``, a sorted rewrite.

While a batch runs, each record is appended to the report and flushed *after* its output file has
been renamed into place, so whatever kills the process, every record in the report describes an
output that exists (an output without a record is simply redone by ``--resume``). At the end the
report is rewritten atomically — one record per input, sorted by path — so two runs over the same
inputs give the same report apart from ``elapsed_ms``.

The lookups this needs (previous records by path, output names already taken, the final sort) live
in a private temporary SQLite database instead of Python dicts, so the main process's memory stays
flat however many files the archive holds. SQLite deletes the database itself when it is closed, and
its file is already unlinked, so not even a SIGKILL leaves it behind.
"""
from __future__ import annotations

import json
import os
import sqlite3
from typing import Iterator

from ..errors import InputError
from ..atomic import write_atomic


def _key(path: str) -> bytes:
    """Sort/lookup key of a path: its UTF-8 bytes (code point order), undecodable names included."""
    return path.encode("utf-8", "surrogatepass")


def encode_record(rec: dict) -> bytes:
    """One report line. Names that were not valid UTF-8 on disk come out as ``\\udcXX`` escapes,
    which JSON readers turn back into the same surrogates (and ``os.fsencode`` into the same bytes)."""
    return json.dumps(rec, ensure_ascii=False).encode("utf-8", "backslashreplace") + b"\n"


def read_records(path: str) -> Iterator[dict]:
    """Records of an existing report, tolerating a truncated or garbled line (a kill mid-append)."""
    try:
        fh = open(path, "rb")
    except FileNotFoundError:
        return
    with fh:
        for raw in fh:
            try:
                rec = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, ValueError):
                continue
            if isinstance(rec, dict) and isinstance(rec.get("path"), str) and isinstance(rec.get("status"), str):
                yield rec


def _open_no_follow(path: str, flags: int) -> int:
    if os.path.islink(path):
        raise InputError("refusing to write through a symbolic link", path=path)
    return os.open(path, flags | getattr(os, "O_NOFOLLOW", 0), 0o666)


class Ledger:
    """Records of one batch: journal (optional), previous run (``--resume``), claimed output names."""

    def __init__(self, report: str | None, *, resume: bool, journal: bool) -> None:
        self.report = report
        self._db = sqlite3.connect("", isolation_level=None)  # "" = private temp db, deleted on close
        self._db.execute("PRAGMA journal_mode=OFF")
        self._db.execute("PRAGMA synchronous=OFF")
        self._db.execute("CREATE TABLE prev (key BLOB PRIMARY KEY, sha TEXT, status TEXT, output TEXT, rec BLOB) WITHOUT ROWID")
        self._db.execute("CREATE TABLE cur (key BLOB PRIMARY KEY, rec BLOB) WITHOUT ROWID")
        self._db.execute("CREATE TABLE outs (key BLOB PRIMARY KEY, path BLOB) WITHOUT ROWID")
        self._db.execute("BEGIN")
        self._pending = 0
        self.previous_count = 0
        if resume and report:
            self._load_previous(report)
        self._fh = None
        if journal and report:
            self._open_journal(report, append=resume)

    # -- previous run ------------------------------------------------------------------------
    def _load_previous(self, report: str) -> None:
        for rec in read_records(report):
            self._db.execute(
                "INSERT OR REPLACE INTO prev VALUES (?, ?, ?, ?, ?)",
                (_key(rec["path"]), rec.get("sha256"), rec["status"], rec.get("output"), encode_record(rec)),
            )
            self._tick()
        self.previous_count = self._db.execute("SELECT count(*) FROM prev").fetchone()[0]

    def previous_record(self, path: str) -> dict | None:
        row = self._db.execute("SELECT rec FROM prev WHERE key = ?", (_key(path),)).fetchone()
        return None if row is None else json.loads(row[0].decode("utf-8"))

    def previous(self, path: str) -> tuple[str | None, str, str | None] | None:
        """(sha256, status, output) recorded for *path* by the previous run, if any."""
        row = self._db.execute("SELECT sha, status, output FROM prev WHERE key = ?", (_key(path),)).fetchone()
        return None if row is None else (row[0], row[1], row[2])

    def keep_previous(self, path: str) -> dict:
        """The input is unchanged: carry its previous record over (it is already in the journal)."""
        k = _key(path)
        row = self._db.execute("SELECT rec FROM prev WHERE key = ?", (k,)).fetchone()
        self._db.execute("INSERT OR REPLACE INTO cur VALUES (?, ?)", (k, row[0]))
        self._tick()
        return json.loads(row[0].decode("utf-8"))

    # -- output names ------------------------------------------------------------------------
    def claim_output(self, out: str, path: str) -> str | None:
        """Reserve output name *out* for *path*; return the path that already holds it, if any."""
        k = _key(out)
        if self._db.execute("INSERT OR IGNORE INTO outs VALUES (?, ?)", (k, _key(path))).rowcount == 1:
            self._tick()
            return None
        row = self._db.execute("SELECT path FROM outs WHERE key = ?", (k,)).fetchone()
        return row[0].decode("utf-8", "surrogatepass")

    # -- this run ----------------------------------------------------------------------------
    def _open_journal(self, report: str, *, append: bool) -> None:
        os.makedirs(os.path.dirname(os.path.abspath(report)), exist_ok=True)
        flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
        fd = _open_no_follow(report, flags)
        self._fh = os.fdopen(fd, "ab" if append else "wb")
        if append and os.fstat(fd).st_size:
            with open(report, "rb") as r:  # a kill mid-append leaves a line without its newline
                r.seek(-1, os.SEEK_END)
                if r.read(1) != b"\n":
                    self._fh.write(b"\n")

    def add(self, rec: dict) -> None:
        """Record one input's result: append to the journal (see :meth:`flush`), then index it."""
        line = encode_record(rec)
        if self._fh is not None:
            self._fh.write(line)
        self._db.execute("INSERT OR REPLACE INTO cur VALUES (?, ?)", (_key(rec["path"]), line))
        self._tick()

    def flush(self) -> None:
        """Push the records added so far to the journal file (one write for a group of records).

        Callers add records only after their outputs are renamed into place, so a kill after this
        leaves no record without its output; a kill before it loses records, not outputs (redone)."""
        if self._fh is not None:
            self._fh.flush()

    def _tick(self) -> None:
        self._pending += 1
        if self._pending >= 2000:
            self._db.execute("COMMIT")
            self._db.execute("BEGIN")
            self._pending = 0

    def final_lines(self, *, complete: bool) -> Iterator[bytes]:
        """The report in path order. After an interrupted run the previous records of inputs not
        reached yet are kept, so a later ``--resume`` still knows them."""
        if complete:
            q = "SELECT rec FROM cur ORDER BY key"
        else:
            q = ("SELECT rec FROM (SELECT key, rec FROM cur UNION ALL "
                 "SELECT key, rec FROM prev WHERE key NOT IN (SELECT key FROM cur)) ORDER BY key")
        for (rec,) in self._db.execute(q):
            yield rec

    def finish(self, *, complete: bool) -> bool:
        """Rewrite the report sorted, atomically; leave it untouched when nothing changed.

        Returns True when the file was (re)written."""
        if self._fh is not None:
            self._fh.close()
            self._fh = None
        if not self.report:
            return False
        return write_lines_atomic(self.report, self.final_lines(complete=complete))

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None
        try:
            self._db.close()
        except sqlite3.Error:  # pragma: no cover
            pass


def write_lines_atomic(path: str, lines: Iterator[bytes]) -> bool:
    """Stream *lines* into *path* atomically; identical content keeps the file and its timestamp."""
    return write_atomic(path, lines, keep_if_same=True)
