"""``tbparse batch``: a whole archive in, one output per file (or one JSON Lines stream) out.

A thin shell: options → :class:`tbparse.batch.runner.BatchOptions`, the run, the summary, the exit
code. All the work is in :mod:`tbparse.batch`.
"""
from __future__ import annotations

import sys

import click

from ..source import DEFAULT_MAX_SIZE


@click.command(
    epilog="""\b
Examples:
  tbparse batch archive/ -o out/                       every *.txt/*.docx, mirrored as .json
  tbparse batch archive/ -o out/ --resume              finish an interrupted run
  tbparse batch archive/ --format jsonl -o notices.jsonl
  tbparse batch 'archive/2008/**/*.txt' -o out/ --format yaml
  find archive -name '*.txt' | tbparse batch --from-list - -o out/
  tbparse batch archive/ -o - --format jsonl | jq .number.raw

\b
Exit codes: 0 all parsed; 1 some inputs rejected or failed (see --fail-on);
            2 usage error; 130 interrupted (run again with --resume);
            141 the reader of the -o - stream went away before the end.
"""
)
@click.argument("inputs", nargs=-1, metavar="[INPUT]...")
@click.option("-o", "--output", "out", metavar="PATH",
              help="Output folder (json/yaml), or a .jsonl file or - (stdout) for --format jsonl.  [required]")
@click.option("--format", "fmt", type=click.Choice(["json", "yaml", "jsonl"]),
              help="One .json/.yaml file per input (default), or one JSON Lines stream (default when -o is - or *.jsonl).")
@click.option("--glob", "patterns", multiple=True, metavar="PATTERN",
              help="File names to take from folders (repeatable; default *.txt and *.docx; ignores case; "
                   "a pattern with / matches the path below the folder).")
@click.option("--from-list", "from_list", metavar="FILE",
              help="Also read input paths from FILE, one a line (- for stdin); relative to the current folder.")
@click.option("--report", metavar="FILE", help="Where the JSON Lines report goes (default OUT_DIR/tbparse-report.jsonl).")
@click.option("-j", "--jobs", type=int, default=0, show_default="all cores", help="Parsers running at once: this process and N-1 workers.")
@click.option("--resume", is_flag=True, help="Skip inputs already done (output present, same sha256 in the report).")
@click.option("--fail-on", type=click.Choice(["never", "failed", "rejected", "warnings"]), default="rejected",
              show_default=True, help="Exit 1 when any input failed / was rejected or failed / had warnings or worse.")
@click.option("--fail-fast", is_flag=True, help="Stop at the first input that trips --fail-on.")
@click.option("--encoding", metavar="NAME", help="Force the input encoding: utf-8, utf-16, cp1258, tcvn3, vni, viscii, vps.")
@click.option("--max-size", type=click.IntRange(min=1), default=DEFAULT_MAX_SIZE, show_default=True, help="Refuse inputs larger than this many bytes.")
@click.option("--fsync", is_flag=True, help="Flush each output to disk before recording it (survives power cuts; slower).")
@click.option("-q", "--quiet", is_flag=True, help="No progress and no summary on stderr.")
def batch(inputs: tuple[str, ...], out: str | None, fmt: str | None, patterns: tuple[str, ...], from_list: str | None,
          report: str | None, jobs: int, resume: bool, fail_on: str, fail_fast: bool, encoding: str | None,
          max_size: int, fsync: bool, quiet: bool) -> None:
    """Convert every document under the INPUT folders (files and quoted globs work too).

    Outputs mirror the input tree: archive/2008/503-TB-TU.txt → OUT/2008/503-TB-TU.json, written
    atomically. Each input gets a line in the report (OUT/tbparse-report.jsonl): path, status
    (parsed / rejected / failed), reason, warnings, encoding, sha256, output, elapsed_ms.
    One bad file never stops the batch; Ctrl-C stops cleanly and --resume finishes the job.
    """
    from ..batch.runner import BatchOptions, UsageProblem, print_summary, run
    from ..errors import TbparseError

    from ._common import encoding_problem

    problem = encoding_problem(encoding)
    if problem:  # before anything is written: not one "failed" record per input
        click.echo(f"tbparse batch: {problem}", err=True)
        sys.exit(2)
    if not out:
        raise click.UsageError("-o/--output is required (a folder, or a .jsonl file / - with --format jsonl)")
    if fmt is None:
        fmt = "jsonl" if (out == "-" or out.lower().endswith(".jsonl")) else "json"  # S.JSONL too
    opts = BatchOptions(
        inputs=inputs, out=out, fmt=fmt, patterns=patterns, from_list=from_list, report=report, jobs=jobs,
        resume=resume, fail_on=fail_on, fail_fast=fail_fast, encoding=encoding, max_size=max_size, quiet=quiet,
        fsync=fsync,
    )
    try:
        outcome = run(opts)
    except UsageProblem as exc:  # a path or option that cannot work: one line naming it, as a bad file gets
        click.echo(f"tbparse batch: {exc}", err=True)
        sys.exit(2)
    except TbparseError as err:  # e.g. the report path is a symlink
        click.echo(f"tbparse batch: {err}", err=True)
        sys.exit(2)
    except OSError as exc:
        from ._common import output_failed

        # as other errors of batch: "tbparse batch: ro/s.jsonl: Permission denied"
        output_failed(exc, "tbparse batch", getattr(exc, "filename", None) or ("<stdout>" if out == "-" else out), "")
    print_summary(outcome, opts)
    sys.exit(outcome.exit_code)
