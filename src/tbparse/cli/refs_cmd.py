"""``tbparse refs FILES/DIRS…``: which documents cite which — "who implements 20-CT/TU?".

Works on any document, Party or State: a Party document's references are its parse's (the same as
``tbparse FILE --json``); any other document is split into plain paragraphs (:mod:`tbparse.references`) and its
citations extracted. The table has one row per cited
document and citing file, most-cited documents first; ``--cite`` keeps the rows of one document
(its number in any spelling — "20-CT/TU", "87/2007-NĐ-CP" — or words of an unnumbered title).
"""
from __future__ import annotations

import csv
import io
import json
import sys

import click

from ..errors import InternalError, TbparseError
from ..references import cite_matcher, document_references
from ..walk import documents

def _label(r: dict) -> str:
    return r["number"] or r["text"]


@click.command("refs")
@click.argument("paths", nargs=-1, required=True, metavar="FILES/DIRS...")
@click.option("--cite", metavar="NUMBER", help="Only this cited document, e.g. 20-CT/TU (any spelling).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON: one object per file with its references.")
@click.option("--csv", "as_csv", is_flag=True, help="Print CSV: one row per cited document and file.")
def refs(paths: tuple[str, ...], cite: str | None, as_json: bool, as_csv: bool) -> None:
    """Table of the documents that FILES cite, across all of them.

    \b
    Examples:
      tbparse refs archive/                   every citation, most-cited first
      tbparse refs archive/ --cite 20-CT/TU   who implements Chỉ thị 20-CT/TU?
      tbparse refs a.txt b.docx --csv > refs.csv

    Exit codes: 0 ok; 2 usage error, or a file could not be read (named on stderr; the others are still read), as in check.
    """
    if as_json and as_csv:
        raise click.UsageError("--json and --csv cannot be used together")
    from ..source import read_path

    keep = cite_matcher(cite)
    failed = False
    results: list[dict] = []
    seen = 0
    for path in documents(paths):
        seen += 1
        try:
            src = read_path(path)
        except TbparseError as err:
            if path == "-":  # named as tbparse parse and check name it, not left nameless
                err.path = "<stdin>"
            click.echo(f"tbparse refs: {err}", err=True)
            failed = True
            continue
        except OSError as err:  # pragma: no cover - read_path maps these; belt and braces
            click.echo(f"tbparse refs: {path}: {err.strerror or err}", err=True)
            failed = True
            continue
        except Exception as exc:  # noqa: BLE001 - a reader's bug met on this file: say so, go on
            click.echo(f"tbparse refs: {InternalError.met('', exc, path=path)}", err=True)
            failed = True
            continue
        try:
            own, found, warnings = document_references(src)
        except Exception as exc:  # noqa: BLE001 - a bug met on this file: say so, go on with the others
            click.echo(f"tbparse refs: {InternalError.met('', exc, path=path)}", err=True)
            failed = True
            continue
        found = [r for r in found if keep(r)]
        if cite and not found:
            continue
        results.append({"file": path, "number": own, "references": found, "warnings": warnings})

    if not seen:  # an empty folder is not an error, but an empty table must not look like "no citations"
        click.echo(f"tbparse refs: no .txt or .docx files in {', '.join(paths)}", err=True)
    if as_json:
        click.echo(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        rows = _rows(results)
        if as_csv:
            buf = io.StringIO()
            w = csv.writer(buf, lineterminator="\n")
            w.writerow(_COLUMNS)
            w.writerows(rows)
            click.echo(buf.getvalue(), nl=False)
        elif sys.stdout.isatty():
            _rich_table(rows, len(results))
        else:
            click.echo("\t".join(_COLUMNS))
            for row in rows:
                click.echo("\t".join(str(c) for c in row))
    if failed:
        sys.exit(2)


_COLUMNS = ("reference", "kind", "cited_by", "file", "notice", "count", "lines")


def _rows(results: list[dict]) -> list[tuple]:
    """One row per (cited document, citing file): most-cited documents first, then by label."""
    groups: dict[str, list[tuple[dict, dict]]] = {}
    for res in results:
        for r in res["references"]:
            groups.setdefault(_label(r), []).append((res, r))
    order = sorted(groups, key=lambda k: (-len({res["file"] for res, _ in groups[k]}), k))
    rows = []
    for label in order:
        members = groups[label]
        n_files = len({res["file"] for res, _ in members})
        for res, r in members:
            rows.append((label, r["kind"], n_files, res["file"], res["number"] or "",
                         len(r["lines"]), " ".join(map(str, r["lines"]))))
    return rows


def _rich_table(rows: list[tuple], n_files: int) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"References cited in {n_files} file(s)")
    # numbers must never be cut: the widest one sets the first column's minimum width
    widest = max((len(r[0]) for r in rows if "/" in r[0] and " " not in r[0]), default=10)
    for col in _COLUMNS:
        if col == "reference":
            table.add_column(col, min_width=min(widest, 28), overflow="fold")
        elif col in ("cited_by", "count"):
            table.add_column(col, justify="right", no_wrap=True)
        elif col in ("notice", "kind"):
            table.add_column(col, no_wrap=True)
        else:
            table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*(str(c) for c in row))
    Console().print(table)
