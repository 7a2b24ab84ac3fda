"""What a person watching a batch sees on stderr: a live bar on a terminal, a plain line every few
seconds in a log, nothing with ``--quiet`` — and a summary table at the end.

stdout is never touched: with ``-o -`` it carries the JSON Lines stream.
"""
from __future__ import annotations

import sys
import time
from typing import TextIO

from .stats import Stats

PLAIN_EVERY = 5.0  # seconds between plain progress lines


def _rate(stats: Stats) -> float:
    t = stats.elapsed
    return stats.worked / t if t > 0 else 0.0


class Progress:
    """Progress display; ``update`` is called after every record and must stay cheap."""

    def __init__(self, *, quiet: bool = False, stream: TextIO | None = None, live: bool | None = None) -> None:
        self.stream = stream or sys.stderr
        self.quiet = quiet
        self.live = (not quiet) and (self.stream.isatty() if live is None else live)
        self._bar = None
        self._task = None
        self._last_plain = time.monotonic()

    def start(self, stats: Stats) -> None:
        if not self.live:
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress as RichProgress, ProgressColumn, \
            TextColumn, TimeRemainingColumn
        from rich.text import Text

        class _Rate(ProgressColumn):
            def render(self, task):  # type: ignore[override]
                speed = task.finished_speed or task.speed
                return Text(f"{speed:,.0f} files/s" if speed else "… files/s", style="progress.data.speed")

        self._bar = RichProgress(
            TextColumn("[bold]tbparse batch"), BarColumn(), MofNCompleteColumn(), _Rate(), TimeRemainingColumn(),
            TextColumn("{task.fields[bad]}"),
            console=Console(file=self.stream), transient=True,
        )
        self._bar.start()
        self._task = self._bar.add_task("batch", total=stats.total, bad="")

    def update(self, stats: Stats) -> None:
        if self.quiet:
            return
        if self._bar is not None:
            bad = stats.failed + stats.rejected
            self._bar.update(self._task, completed=stats.done, total=stats.total,
                             bad=f"[red]{bad:,} failed/rejected" if bad else "")
            return
        now = time.monotonic()
        if now - self._last_plain >= PLAIN_EVERY:
            self._last_plain = now
            self.stream.write(plain_line(stats) + "\n")
            self.stream.flush()

    def stop(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    def message(self, text: str) -> None:
        if not self.quiet:
            self.stream.write(text + "\n")
            self.stream.flush()


def plain_line(stats: Stats) -> str:
    """``tbparse batch: 1,200/20,000 files (6%), 340 files/s, ETA 55s, 3 failed, 1 rejected``"""
    rate = _rate(stats)
    parts = [f"tbparse batch: {stats.done:,}"]
    if stats.total:
        parts[0] += f"/{stats.total:,} files ({100 * stats.done // max(stats.total, 1)}%)"
        if rate > 0:
            left = (stats.total - stats.done) / rate
            parts.append(f"{rate:,.0f} files/s, ETA {left:,.0f}s")
    else:
        parts[0] += " files"
        parts.append(f"{rate:,.0f} files/s")
    parts.append(f"{stats.failed:,} failed, {stats.rejected:,} rejected")
    return ", ".join(parts)


def render_summary(stats: Stats, *, stream: TextIO, jobs: int, report: str | None, output: str | None) -> None:
    """The closing table: counts by status and encoding, throughput, the first failures, where things are."""
    from rich.console import Console
    from rich.table import Table

    # a log or a pipe is not wrapped at 80 columns (that split "cp1258" from its count); on a
    # terminal an encoding and its count are joined by a no-break space, so a wrap falls between pairs
    tty = stream.isatty()
    console = Console(file=stream, highlight=False, **({} if tty else {"width": 100_000}))
    pair = "\u00a0" if tty else " "
    t = Table(title="tbparse batch", show_header=False, title_justify="left", box=None, pad_edge=False)
    t.add_column(style="bold")
    t.add_column(justify="right")
    t.add_column()
    t.add_row("parsed", f"{stats.parsed:,}", f"{stats.warned:,} with warnings" if stats.warned else "")
    t.add_row("rejected", f"{stats.rejected:,}", "not a Party document")
    t.add_row("failed", f"{stats.failed:,}", "unreadable, refused or not written")
    if stats.skipped:
        t.add_row("unchanged", f"{stats.skipped:,}", "same result as the last run (--resume), counted above")
    if stats.encodings:
        enc = ", ".join(f"{k}{pair}{v:,}" for k, v in sorted(stats.encodings.items(), key=lambda kv: (-kv[1], kv[0])))
        t.add_row("encodings", "", enc)
    secs = stats.elapsed
    mb = stats.bytes_read / 1e6
    rate = stats.worked / secs if secs > 0 else 0.0
    t.add_row("throughput", f"{rate:,.0f} files/s",
              f"{mb / secs if secs > 0 else 0:,.1f} MB/s; {stats.worked:,} files, {mb:,.1f} MB in {secs:,.1f}s, {jobs} job(s)")
    if output:
        t.add_row("output", "", output)
    if report:
        t.add_row("report", "", report)
    console.print(t)
    if stats.failures:
        more = stats.failed + stats.rejected - len(stats.failures)
        console.print(f"[bold]First {'failures' if len(stats.failures) > 1 else 'failure'}:[/bold]")
        for _seq, path, status, reason in stats.failures:
            console.print(f"  {status:8} {path}: {reason}", markup=False, soft_wrap=True)
        if more > 0:
            console.print(f"  … and {more:,} more" + (f" (see {report})" if report else ""))
    if stats.interrupted:
        console.print("[yellow]Interrupted.[/yellow] Outputs so far are complete; run again with --resume to finish.")
    elif stats.stream_closed:
        n = stats.not_done
        console.print(f"[yellow]Stopped: the reader of the stream went away;[/yellow] {n:,} input{'s' if n != 1 else ''} "
                      "not done (not parsed, or parsed but not delivered).")
    elif stats.stopped_early:
        console.print("[yellow]Stopped at the first failure (--fail-fast).[/yellow] Fix it and run again with --resume.")
