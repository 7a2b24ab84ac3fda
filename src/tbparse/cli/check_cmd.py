"""``tbparse check`` (lint files against the format rules) and ``tbparse rules`` (list / explain them).

Exit codes — the same whatever the output format:
0 nothing at or above the fail level (``--fail-on``, default ``error``) or ``--exit-zero``;
1 findings at or above it; 2 usage, configuration or input errors (a file that cannot be read is
named on stderr in one line, never a traceback, and the other files are still checked).
The report goes to stdout (or ``--output-file``); progress and the summary go to stderr.
Corpus rules (TB013) run once after every file was checked; their findings join the files they
are on before the baseline, the report and the exit code are settled.
"""
from __future__ import annotations

import os
import sys
from collections import Counter

import click

from ..errors import TbparseError
from ..source import DEFAULT_MAX_SIZE

# Copies of lint.formats.FORMATS, lint.finding.SEVERITIES and ("auto", *lint.era.ERAS): importing
# tbparse.lint costs ~50 ms, which `tbparse check --help` must not pay. tests/test_lint_cli.py
# checks that the copies match the library.
_FORMATS = ("text", "concise", "json", "jsonl", "github", "sarif", "gitlab", "junit")
_SEVERITIES = ("error", "warning", "info")
_ERAS = ("auto", "2004", "2018", "2026")


def _die(message: str, code: int = 2) -> None:
    click.echo(f"tbparse: {message}", err=True)
    sys.exit(code)


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    """``--select TB014,TB020 --select TB0`` → ("TB014", "TB020", "TB0")."""
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())


def collect(paths: tuple[str, ...]) -> list[str]:
    """Files to check (:func:`tbparse.walk.documents`)."""
    from ..walk import documents

    return list(documents(paths))


def _summary(report, known: int, statistics: bool, n_files: int) -> str:
    from ..lint.registry import get_rule

    findings = report.findings
    sev = Counter(f.severity for f in findings)
    lines = []
    if statistics and findings:
        counts = Counter(f.code for f in findings)
        # the severities the findings carry (a draft's blank number is TB006 info, a configured
        # severity overrides the rule's): not the rule's default, which they may not have
        levels: dict[str, set[str]] = {}
        for f in findings:
            levels.setdefault(f.code, set()).add(f.severity)
        for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            rule = get_rule(code)
            name = rule.name if rule else ""
            level = ", ".join(s for s in _SEVERITIES if s in levels[code])
            lines.append(f"{n:6d}  {code}  {name:<24} [{level}]")
    with_findings = sum(1 for r in report.files if r.findings)
    checked = n_files - len(report.errors)  # a file that could not be read has no findings to speak of
    files = f"{checked} file{'s' if checked != 1 else ''}"
    if findings:
        parts = ", ".join(f"{sev[s]} {s}{'s' if s != 'info' and sev[s] != 1 else ''}" for s in _SEVERITIES if sev[s])
        lines.append(f"Found {len(findings)} finding{'s' if len(findings) != 1 else ''} ({parts}) in {with_findings} of {files}.")
    elif checked:
        lines.append(f"No findings in {files}.")
    if known:
        lines.append(f"{known} known finding{'s' if known != 1 else ''} hidden by the baseline.")
    if report.errors:
        lines.append(f"{len(report.errors)} file{'s' if len(report.errors) != 1 else ''} could not be checked.")
    return "\n".join(lines)


def _add_corpus_findings(report, corpus: list, baseline) -> tuple[int, bool]:
    """Run the corpus rules over the checked files and file each finding under its own file.

    Returns how many the baseline hid and whether one reaches its file's fail level.
    """
    from ..lint.engine import lint_corpus

    found = lint_corpus(corpus)  # nothing for fewer than two files
    if not found:
        return 0, False
    known = 0
    if baseline is not None:
        kept = baseline.filter(found)
        known, found = len(found) - len(kept), kept
    report.attach(found)
    levels = {d.path: d.config.fail_on or "error" for d in corpus}
    return known, any(f.at_least(levels[f.path]) for f in found)


@click.command(
    epilog="""\b
Examples:
  tbparse check drafts/                      every .txt and .docx under drafts/
  tbparse check tb-12.txt --fail-on warning  exit 1 on warnings too
  tbparse check drafts/ --output-format sarif -o tbparse.sarif
  tbparse check drafts/ --select TB0 --ignore TB041 --statistics
  tbparse check drafts/ --write-baseline .tbparse-baseline.json
  tbparse check drafts/ --baseline .tbparse-baseline.json
  cat tb-12.txt | tbparse check - --stdin-filename drafts/tb-12.txt

\b
Exit codes: 0 clean (nothing at or above --fail-on); 1 findings at or above it;
            2 usage, configuration or input error.
"""
)
@click.argument("paths", nargs=-1, metavar="FILES/DIRS…")
@click.option("--output-format", "fmt", type=click.Choice(_FORMATS), default=None,
              help="Report format [default: text; github under GitHub Actions].")
@click.option("-o", "--output-file", metavar="FILE", help="Write the report to this file (atomically; - is stdout).")
@click.option("--fail-on", type=click.Choice(_SEVERITIES), default=None,
              help="Lowest severity that makes the exit code 1 [default: error].")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings (input errors still exit 2).")
@click.option("--era", type=click.Choice(_ERAS), default=None,
              help="Guide to check against: auto (by the document's date), 2004 (11-HD), 2018 (36-HD), 2026 (05-HD).")
@click.option("--select", multiple=True, metavar="CODES", help="Only these rules (IDs, prefixes like TB0, or names; comma-separated).")
@click.option("--ignore", multiple=True, metavar="CODES", help="Skip these rules (added to the configuration's ignore).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Use this config file instead of discovering one.")
@click.option("--isolated", is_flag=True, help="Ignore all configuration files.")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False), help="Do not report findings recorded in this baseline.")
@click.option("--write-baseline", "write_baseline", type=click.Path(dir_okay=False),
              help="Record the current findings in this baseline file and exit.")
@click.option("--statistics", is_flag=True, help="Count findings per rule in the summary.")
@click.option("-q", "--quiet", is_flag=True, help="No summary or progress on stderr.")
@click.option("--color", type=click.Choice(("auto", "always", "never")), default="auto", show_default=True,
              help="Colour the text report.")
@click.option("--no-source", is_flag=True, help="Text report without the offending line and caret.")
@click.option("--encoding", metavar="NAME", help="Force an input encoding (utf-8, cp1258, tcvn3, vni …).")
@click.option("--max-size", type=click.IntRange(min=1), default=DEFAULT_MAX_SIZE, show_default=True, help="Refuse inputs larger than this many bytes.")
@click.option("--stdin-filename", metavar="PATH", help="Name (and config location) for the document read from '-'.")
def check(paths, fmt, output_file, fail_on, exit_zero, era, select, ignore, config_path, isolated, baseline_path,
          write_baseline, statistics, quiet, color, no_source, encoding, max_size, stdin_filename) -> None:
    """Check Party documents against the format rules (format-rules.md §9).

    FILES/DIRS are .txt (any Vietnamese encoding) or .docx files, directories (walked for
    *.txt and *.docx) or - for standard input; the default is the current directory.
    Configuration comes from [tool.tbparse] in pyproject.toml or a .tbparse.toml found upward
    from each file. See `tbparse rules` for the rules.
    """
    from ..lint.baseline import load as load_baseline
    from ..lint.baseline import write as write_baseline_file
    from ..lint.config import ConfigError, config_for
    from ..lint.engine import lint_path
    from ..lint.formats import FormatOptions, render
    from ..lint.report import FileResult, Report

    from ._common import encoding_problem, output_problem

    problem = encoding_problem(encoding) or output_problem(output_file)
    if problem:
        _die(problem)
    if output_file == "-":  # as in batch and most tools: "-o -" is stdout, not a file named "-"
        output_file = None
    if baseline_path and write_baseline:
        raise click.UsageError("--baseline and --write-baseline cannot be used together")
    for opt, value in (("--baseline", baseline_path), ("--write-baseline", write_baseline)):
        if value == "":  # "$BASELINE" unset: it read no baseline, or wrote none, and said nothing
            _die(f"{opt}: an empty file name")
    sel, ign = _split(select), _split(ignore)
    files = collect(paths or (".",))
    if not files:  # an empty folder is not an error (a missing one is: it is reported below)
        if not quiet:
            click.echo(f"tbparse: no .txt or .docx files in {', '.join(paths or ('.',))}", err=True)
        sys.exit(0)
    try:
        baseline = load_baseline(baseline_path) if baseline_path else None
    except TbparseError as err:
        _die(str(err))
        return
    fmt = fmt or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
    report = Report()
    known = 0
    failing = False
    configs: dict[int, tuple[object, object]] = {}  # id(base) → (base, cfg): keeping base alive keeps its id
    corpus: list = []  # what the corpus rules (TB013) compare once every file was checked
    progress = not quiet and len(files) > 1 and sys.stderr.isatty()
    for k, path in enumerate(files, 1):
        if progress:
            sys.stderr.write(f"\rchecking {k}/{len(files)} …")
            sys.stderr.flush()
        shown = (stdin_filename or "-") if path == "-" else path
        where = (stdin_filename or None) if path == "-" else path  # stdin: config found from its name, or the cwd
        try:
            base = config_for(where, explicit=config_path, isolated=isolated)
            hit = configs.get(id(base))
            if hit is not None and hit[0] is base:
                cfg = hit[1]
            else:
                cfg = base.with_overrides(select=sel or None, ignore=ign, era=era, fail_on=fail_on)
                configs[id(base)] = (base, cfg)
        except ConfigError as err:
            if progress:
                sys.stderr.write("\r\x1b[K")
            _die(str(err))
            return
        try:
            found = lint_path(path, config=cfg, encoding=encoding, max_size=max_size, display_path=shown,
                              corpus=corpus)
        except ConfigError as err:
            _die(str(err))
            return
        except TbparseError as err:
            if err.path is None or path == "-":  # stdin is "<stdin>" in messages, as in tbparse parse
                err.path = (stdin_filename or "<stdin>") if path == "-" else shown
            report.files.append(FileResult(shown, error=str(err)))
            continue
        if baseline is not None:
            kept = baseline.filter(found)
            known += len(found) - len(kept)
            found = kept
        level = cfg.fail_on or "error"
        if any(f.at_least(level) for f in found):
            failing = True
        report.files.append(FileResult(shown, found))
    if progress:
        sys.stderr.write("\r\x1b[K")
    internal = None
    try:
        known_corpus, failing_corpus = _add_corpus_findings(report, corpus, baseline)
        known += known_corpus
        failing = failing or failing_corpus
    except TbparseError as err:  # a corpus rule failed: a bug to report (exit 2), the report still goes out
        internal = str(err)
    for r in report.errors:
        click.echo(f"tbparse: {r.error}", err=True)
    if internal:
        click.echo(f"tbparse: {internal}", err=True)

    if write_baseline:
        try:
            n = write_baseline_file(write_baseline, report.findings)
        except TbparseError as err:
            _die(str(err))
            return
        if not quiet:
            click.echo(f"Wrote {n} finding{'s' if n != 1 else ''} to the baseline {write_baseline}.", err=True)
        sys.exit(2 if report.errors or internal else 0)

    use_color = color == "always" or (color == "auto" and output_file is None and sys.stdout.isatty()
                                      and not os.environ.get("NO_COLOR"))
    text = render(fmt, report, FormatOptions(color=use_color and fmt == "text", show_source=not no_source))
    if output_file:
        from ..atomic import write_atomic

        try:
            write_atomic(output_file, text.encode("utf-8"))
        except TbparseError as err:
            _die(str(err))
        except OSError as exc:
            _die(f"{output_file}: cannot write: {exc.strerror or exc}")
    elif text:
        sys.stdout.write(text)
        sys.stdout.flush()
    if not quiet:
        click.echo(_summary(report, known, statistics, len(files)), err=True)
    if report.errors or internal:
        sys.exit(2)
    sys.exit(1 if failing and not exit_zero else 0)


@click.command()
@click.argument("rule", required=False, metavar="[RULE]")
@click.option("--json", "as_json", is_flag=True, help="Print the rule metadata as JSON.")
def rules(rule: str | None, as_json: bool) -> None:
    """List every rule, or explain one: tbparse rules TB014 (or: tbparse rules date-line)."""
    import json

    from ..lint.era import describe
    from ..lint.registry import all_rules, get_rule

    def meta(r) -> dict:
        return {"code": r.id, "name": r.name, "severity": r.severity, "era": describe(r.era), "checks": r.checks,
                "summary": r.summary, "options": {o.name: {"default": o.default, "help": o.help} for o in r.options}}

    if rule:
        r = get_rule(rule)
        if r is None:
            _die(f"no rule {rule!r} (run `tbparse rules` for the list)")
            return
        if as_json:
            click.echo(json.dumps({**meta(r), "doc": r.doc}, ensure_ascii=False, indent=2))
            return
        click.echo(f"{r.id} {r.name}  [{r.severity}]  era: {describe(r.era)}  checks: {r.checks}")
        click.echo("")
        click.echo(r.doc)
        if r.options:
            click.echo("")
            click.echo(f"Options ([tool.tbparse.options.{r.id}]):")
            for o in r.options:
                choices = f" (one of {', '.join(repr(c) for c in o.choices)})" if o.choices else ""
                click.echo(f"  {o.name} = {o.default!r}  — {o.help}{choices}")
        return
    items = all_rules()
    if as_json:
        click.echo(json.dumps([meta(r) for r in items], ensure_ascii=False, indent=2))
        return
    click.echo(f"{'code':<6} {'name':<24} {'severity':<8} {'era':<6} {'checks':<6} summary")
    for r in items:
        summary = r.summary if len(r.summary) <= 90 else r.summary[:89] + "…"
        click.echo(f"{r.id:<6} {r.name:<24} {r.severity:<8} {describe(r.era):<6} {r.checks:<6} {summary}")
