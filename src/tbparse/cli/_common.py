"""Checks shared by the commands, done before any file is read or written."""
from __future__ import annotations

KNOWN_ENCODINGS = "utf-8, utf-16, cp1258, tcvn3, vni, viscii, vps"


def encoding_problem(name: str | None) -> str | None:
    """Why ``--encoding NAME`` cannot work, or None.

    Checked once up front by decoding a few spaces with it, the same way every input would be:
    otherwise an unknown name fails each file of a batch in turn, and a codec that is not a text
    encoding (``hex``, ``rot13``) escapes the decoder as a LookupError.
    """
    if not name:
        return None
    from ..decode import decode_bytes
    from ..errors import TbparseError

    try:
        decode_bytes(b"    ", encoding=name)
    except TbparseError as err:
        return f"{err.message} (known: {KNOWN_ENCODINGS}, or a Python codec name)"
    except (LookupError, ValueError, TypeError) as exc:
        return f"unknown encoding {name!r}: not a text encoding ({type(exc).__name__})"
    return None


def output_problem(path: str | None) -> str | None:
    """Why ``-o PATH`` cannot be written, found before any input is read, or None.

    A folder given to ``-o`` (``tbparse notice.txt -o out/``) is refused in the one-line form of
    every other input error, naming the path, instead of click's three-line usage block.
    """
    import os

    if path == "":  # -o "$OUT" with OUT unset: not standard output by accident
        return "-o: an empty file name (give a file name, or - for standard output)"
    if path and path != "-" and os.path.isdir(path):
        return f"{path}: is a directory; -o takes a file name (tbparse batch writes folders)"
    return None


def output_failed(exc: OSError, prog: str = "tbparse", name: str | None = None, what: str = "cannot write: ") -> None:
    """Exit 2 with one line for a write that failed (``> /dev/full``: "No space left on device",
    a disk error), naming the file — standard output as ``<stdout>`` — never a traceback. Standard
    output is pointed at /dev/null first, so Python's flush at exit does not fail a second time."""
    import os
    import sys

    import click

    name = name or getattr(exc, "filename", None) or "<stdout>"
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass
    click.echo(f"{prog}: {name}: {what}{exc.strerror or exc}", err=True)
    sys.exit(2)
