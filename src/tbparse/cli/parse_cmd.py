"""``tbparse parse FILE``: one document in, the JSON contract (or YAML, or a preview) out."""
from __future__ import annotations

import os
import sys

import click

from ..errors import InternalError, TbparseError
from ..source import DEFAULT_MAX_SIZE


def _usage(message: str) -> None:
    """A usage error in one line (exit 2), like every other error of this command."""
    click.echo(f"tbparse: {message}", err=True)
    sys.exit(2)


def _chosen_format(as_json: bool, as_yaml: bool, as_preview: bool, compact: bool) -> str | None:
    """The one output format asked for (None: by the terminal); two at once is refused, not
    silently settled by whichever flag came last (``--json --yaml`` printed YAML)."""
    given = [f for f, on in (("--json", as_json), ("--yaml", as_yaml), ("--preview", as_preview)) if on]
    if len(given) > 1:
        _usage(f"{', '.join(given[:-1])} and {given[-1]} cannot be used together (choose one output format)")
    if compact and given and given[0] != "--json":
        _usage(f"--compact is for JSON; it cannot be used with {given[0]}")
    if compact:
        return "json"
    return given[0][2:] if given else None


PREVIEW_FILE_WIDTH = 100  # a file has no terminal to measure; wide enough for a footer's three blocks


def _preview_text(d: dict) -> str:
    """The preview as plain text for ``--preview -o FILE``, which used to print it on the terminal
    and write no file."""
    import io

    from rich.console import Console

    from ..preview import render

    buf = io.StringIO()
    render(d, console=Console(file=buf, width=PREVIEW_FILE_WIDTH, color_system=None))
    return buf.getvalue()


def _fail(err: TbparseError, hint: str = "") -> None:
    click.echo(f"tbparse: {err}{hint}", err=True)
    sys.exit(err.exit_code)


@click.command(
    epilog="""\b
Examples:
  tbparse parse notice.txt --json
  tbparse notice.txt --yaml -o notice.yaml
  tbparse - --json < notice.txt
  tbparse old.txt --encoding tcvn3 --json

\b
Exit codes: 0 parsed; 1 not a Party document (or warnings with --strict);
            2 usage or input error (missing, unreadable, undecodable, too large).
"""
)
@click.argument("file", metavar="FILE")
@click.option("--json", "as_json", is_flag=True, help="Print the JSON contract (default when piped).")
@click.option("--yaml", "as_yaml", is_flag=True, help="Print YAML (safe dumper).")
@click.option("--preview", "as_preview", is_flag=True, help="Print the rich preview (default on a terminal).")
@click.option("-o", "--output", metavar="FILE", help="Write to this file (atomically) instead of stdout (- is stdout).")
@click.option("--encoding", metavar="NAME", help="Force an input encoding: utf-8, utf-16, cp1258, tcvn3, vni, viscii, vps.")
@click.option("--max-size", type=click.IntRange(min=1), default=DEFAULT_MAX_SIZE, show_default=True, help="Refuse inputs larger than this many bytes.")
@click.option("--strict", is_flag=True, help="Exit 1 when the parse has warnings.")
@click.option("--compact", is_flag=True, help="JSON on one line (implies --json).")
def parse(file: str, as_json: bool, as_yaml: bool, as_preview: bool, output: str | None, encoding: str | None,
          max_size: int, strict: bool, compact: bool) -> None:
    """Parse FILE (a .txt in any Vietnamese encoding, a .docx, or - for stdin).

    Prints the structured document: header (issuer, number, place, date), type and subject,
    meeting and attendees, sections → items → bullets, closing, signature, recipients.
    A State document, another organisation's document or a text with no Party frame is
    rejected with exit 1 and one line on stderr saying why.
    """
    from ..parser import parse_source
    from ..source import read_path

    from ._common import encoding_problem, output_problem

    fmt = _chosen_format(as_json, as_yaml, as_preview, compact)
    problem = encoding_problem(encoding) or output_problem(output)
    if problem:
        _usage(problem)
    if output == "-":  # as in batch and most tools: "-o -" is stdout, not a file named "-"
        output = None
    if file != "-" and os.path.isdir(file):  # the reader says "is a directory"; here the way out is batch
        _usage(f"{file}: is a directory (use `tbparse batch` for folders)")
    try:
        stage = "reader"  # a decoder's bug is named as check names it
        try:
            src = read_path(file, encoding=encoding, max_size=max_size)
            stage = "parser"
            d = parse_source(src)
        except TbparseError:
            raise
        except Exception as exc:  # noqa: BLE001 - a bug met on this input: one line, not a traceback
            raise InternalError.met(f": the {stage} failed", exc, path=file) from exc
    except TbparseError as err:
        if err.path in (None, "-") and file == "-":
            err.path = "<stdin>"
        from ..errors import NotPartyDocument

        # a wrong forced encoding reads a notice as garbage, which has no Party frame either
        hint = (f" (read as {encoding} because of --encoding; without it the encoding is detected)"
                if encoding and isinstance(err, NotPartyDocument) else "")
        _fail(err, hint)
        return
    if fmt is None:
        fmt = "preview" if (output is None and sys.stdout.isatty()) else "json"
    if fmt == "preview" and output is None:
        from ..preview import render

        render(d)
        text = None
    elif fmt == "preview":
        text = _preview_text(d)
    elif fmt == "yaml":
        from ..output import to_yaml

        text = to_yaml(d)
    else:
        from ..output import to_json

        text = to_json(d, indent=None if compact else 2) + "\n"
    if text is not None:
        if output:
            from ..atomic import write_atomic

            try:
                write_atomic(output, text.encode("utf-8"))
            except TbparseError as err:
                _fail(err)
            except OSError as exc:
                click.echo(f"tbparse: {output}: cannot write: {exc.strerror or exc}", err=True)
                sys.exit(2)
        else:
            sys.stdout.write(text)
    if strict and d["warnings"]:
        n = len(d["warnings"])
        name = "<stdin>" if file == "-" else file
        click.echo(f"tbparse: {name}: {n} parse warning{'s' if n != 1 else ''} (--strict)", err=True)
        sys.exit(1)


@click.command()
def schema() -> None:
    """Print the JSON Schema of the parse output (generated from the models)."""
    import json

    from ..models import Notice

    click.echo(json.dumps(Notice.model_json_schema(by_alias=True), ensure_ascii=False, indent=2))
