"""The ``tbparse`` command: a thin shell over the library.

Commands load lazily (only the one that runs is imported), so ``tbparse --help`` and
``tbparse --version`` cost little more than click itself. A bare file argument means ``parse``:
``tbparse notice.txt --json`` is ``tbparse parse notice.txt --json``.
"""
from __future__ import annotations

import importlib
import os
import sys

import click

from .. import __version__

# name → "module:attribute"; adding a command means adding one line here and one module.
COMMANDS: dict[str, tuple[str, str]] = {
    "parse": ("tbparse.cli.parse_cmd:parse", "Parse one document into JSON/YAML or a preview (default)."),
    "schema": ("tbparse.cli.parse_cmd:schema", "Print the JSON Schema of the parse output."),
    "check": ("tbparse.cli.check_cmd:check", "Lint drafts against the Party format rules (for CI too)."),
    "rules": ("tbparse.cli.check_cmd:rules", "List the lint rules, or explain one: tbparse rules TB014."),
    "batch": ("tbparse.cli.batch_cmd:batch", "Convert a whole archive: parallel, resumable, with a report."),
    "refs": ("tbparse.cli.refs_cmd:refs", "Table of what documents cite: who implements 20-CT/TU?"),
}

HELP = """Parse and lint Vietnamese Party documents (THÔNG BÁO, KẾT LUẬN, QUY ĐỊNH …).

\b
Examples:
  tbparse notice.txt              preview on a terminal, JSON when piped
  tbparse notice.txt --json       the JSON contract (schema_version "1")
  tbparse notice.txt --yaml -o notice.yaml
  cat notice.txt | tbparse - --json
  tbparse check drafts/ --output-format github
  tbparse batch archive/ -o out/ --resume
  tbparse refs archive/ --cite 20-CT/TU
  tbparse schema > notice.schema.json

\b
Exit codes: 0 ok; 1 not a Party document / findings / some files failed;
            2 usage or input error (missing, unreadable, undecodable file).

\b
Environment: TBPARSE_CACHE_DIR  where compiled patterns are kept between runs
                                (default ~/.cache/tbparse; faster start-up)
             TBPARSE_NO_CACHE=1 keep none
"""


_GROUP_OPTIONS = frozenset({"-h", "--help", "-V", "--version"})


class _OneLineUsageError(click.UsageError):
    """A usage error shown as every other error of tbparse is: one line on stderr, exit 2.

    ``tbparse check: invalid value for '--output-format': 'foo' is not one of 'text', …
    (see 'tbparse check --help')`` instead of click's block ("Usage: …", "Try … for help.", a blank
    line, "Error: …"). Click's own wording is kept, "Did you mean '--fail-on'?" included.
    """

    def __init__(self, err: click.UsageError, command_path: str, help_hint: bool) -> None:
        super().__init__(err.format_message(), err.ctx)
        text = " ".join(err.format_message().split())  # one line, whatever the message held
        if text[:1].isupper() and text[1:2].islower():  # "Invalid value …", not "TB999 …" or "--json …"
            text = text[0].lower() + text[1:]
        text = text.removesuffix(".")
        hint = f" (see '{command_path} --help')" if help_hint else ""
        self.line = f"{command_path}: {text}{hint}"

    def show(self, file=None) -> None:
        click.echo(self.line, err=file is None, file=file)


def _one_line(err: click.UsageError, ctx: click.Context) -> click.UsageError:
    """``err`` to be shown in one line, naming the (sub)command it is about.

    Click leaves some errors without their context ("Option '--select' requires an argument."):
    those name the subcommand the group resolved, or the group itself.
    """
    if isinstance(err, (_OneLineUsageError, click.exceptions.NoArgsIsHelpError)):
        return err  # bare `tbparse` prints the help, as before
    if err.ctx is not None:
        path = err.ctx.command_path
        hint = err.ctx.command.get_help_option(err.ctx) is not None
    else:
        sub = ctx.meta.get("tbparse.command")
        path = f"{ctx.command_path} {sub}" if sub else ctx.command_path
        hint = True
    return _OneLineUsageError(err, path, hint)


class _LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        spec = COMMANDS.get(name)
        if spec is None:
            return None
        mod_name, attr = spec[0].split(":")
        # a command module that fails to import is a bug to see, not "No such command"
        mod = importlib.import_module(mod_name)
        return getattr(mod, attr)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # help text from the registry, so --help imports no command module
        with formatter.section("Commands"):
            formatter.write_dl([(n, h) for n, (_, h) in COMMANDS.items()])

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        # "tbparse notice.txt --json", "tbparse --json notice.txt", "tbparse - --yaml": all mean parse
        if args and args[0] not in COMMANDS and args[0] not in _GROUP_OPTIONS:
            args = ["parse", *args]
        return super().parse_args(ctx, args)

    # Every usage error of every subcommand (a bad option value, an unknown option, a missing
    # argument, "--json and --csv cannot be used together" raised by a command) passes here.
    def make_context(self, info_name, args, parent=None, **extra) -> click.Context:
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except click.UsageError as err:
            raise _one_line(err, err.ctx or click.Context(self, info_name=info_name, parent=parent)) from None

    def resolve_command(self, ctx: click.Context, args: list[str]):
        name, cmd, rest = super().resolve_command(ctx, args)
        ctx.meta["tbparse.command"] = name
        return name, cmd, rest

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except click.UsageError as err:
            raise _one_line(err, ctx) from None


@click.group(cls=_LazyGroup, help=HELP, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="tbparse")
def cli() -> None:
    pass


def _help_width() -> int:
    """The width click's help formatter would choose, without click importing shutil.

    ``shutil`` pulls in bz2, lzma and fnmatch: ~2 ms, 7 % of ``tbparse --help``. Same rule as
    click (terminal or $COLUMNS, at most 80, minus 2, at least 50).
    """
    try:
        cols = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        cols = 0
    if cols <= 0:
        try:
            cols = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            cols = 80
        cols = cols or 80
    return max(min(cols, 80) - 2, 50)


def main(argv: list[str] | None = None) -> None:
    """Entry point: never a traceback for a user's mistake; Ctrl-C exits 130."""
    try:
        cli.main(args=argv, prog_name="tbparse", standalone_mode=True, terminal_width=_help_width())
    except KeyboardInterrupt:  # pragma: no cover
        sys.stderr.write("tbparse: interrupted\n")
        sys.exit(130)
    except OSError as exc:  # click handles a closed pipe (EPIPE); a full disk or an I/O error is ours
        from ._common import output_failed

        output_failed(exc)
