"""``tbparse parse FILE``: one document in, the JSON contract (or YAML, or a preview) out."""
from __future__ import annotations

import sys

import click

from ..errors import TbparseError
from ..source import DEFAULT_MAX_SIZE


def _fail(err: TbparseError) -> None:
    click.echo(f"tbparse: {err}", err=True)
    sys.exit(err.exit_code)


@click.command(
    epilog="""\b
Examples:
  tbparse parse notice.txt --json
  tbparse notice.txt --yaml -o notice.yaml
  tbparse - --json < notice.txt
  tbparse old.txt --encoding tcvn3 --json
"""
)
@click.argument("file", metavar="FILE")
@click.option("--json", "fmt", flag_value="json", help="Print the JSON contract (default when piped).")
@click.option("--yaml", "fmt", flag_value="yaml", help="Print YAML (safe dumper).")
@click.option("--preview", "fmt", flag_value="preview", help="Print the rich preview (default on a terminal).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file (atomically) instead of stdout (- is stdout).")
@click.option("--encoding", metavar="NAME", help="Force an input encoding: utf-8, utf-16, cp1258, tcvn3, vni, viscii, vps.")
@click.option("--max-size", type=int, default=DEFAULT_MAX_SIZE, show_default=True, help="Refuse inputs larger than this many bytes.")
@click.option("--strict", is_flag=True, help="Exit 1 when the parse has warnings.")
@click.option("--compact", is_flag=True, help="JSON on one line.")
def parse(file: str, fmt: str | None, output: str | None, encoding: str | None, max_size: int, strict: bool, compact: bool) -> None:
    """Parse FILE (a .txt in any Vietnamese encoding, a .docx, or - for stdin).

    Prints the structured document: header (issuer, number, place, date), type and subject,
    meeting and attendees, sections → items → bullets, closing, signature, recipients.
    A State document, another organisation's document or a text with no Party frame is
    rejected with exit 1 and one line on stderr saying why.
    """
    from ..parser import parse_source
    from ..source import read_path

    from ._common import encoding_problem

    problem = encoding_problem(encoding)
    if problem:
        click.echo(f"tbparse: {problem}", err=True)
        sys.exit(2)
    if output == "-":  # as in batch and most tools: "-o -" is stdout, not a file named "-"
        output = None
    try:
        src = read_path(file, encoding=encoding, max_size=max_size)
        d = parse_source(src)
    except TbparseError as err:
        if err.path is None and file == "-":
            err.path = "<stdin>"
        _fail(err)
        return
    if fmt is None:
        fmt = "preview" if (output is None and sys.stdout.isatty()) else "json"
    if fmt == "preview":
        from ..preview import render

        render(d)
        text = None
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
        click.echo(f"tbparse: {len(d['warnings'])} warning(s) (--strict)", err=True)
        sys.exit(1)


@click.command()
def schema() -> None:
    """Print the JSON Schema of the parse output (generated from the models)."""
    import json

    from ..models import Notice

    click.echo(json.dumps(Notice.model_json_schema(by_alias=True), ensure_ascii=False, indent=2))
