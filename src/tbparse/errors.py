"""Errors a user can act on.

Every error that reaches the command line is one of these: the CLI prints ``str(err)`` as a single
line and exits with ``err.exit_code``; nothing else should ever escape as a traceback.
"""
from __future__ import annotations


class TbparseError(Exception):
    """Base class: a one-line message, an exit code, and where it applies."""

    exit_code = 2

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        # one line, whatever a library's message (lxml's ends its first line with "\n") or a file
        # name holds: the pieces str.splitlines() finds, joined by one space
        return " ".join(part.strip(" \t") for part in f"{where}{self.message}".splitlines() if part.strip(" \t"))


class InputError(TbparseError):
    """The input cannot be read at all (missing, a directory, binary, empty, too large)."""


class UndecodableInput(InputError):
    """No encoding gives plausible Vietnamese or English text (binary, image, archive…)."""


class InputTooLarge(InputError):
    """The input is larger than ``--max-size``; refusing protects memory, not correctness."""


class NotPartyDocument(TbparseError):
    """The text is readable but is not a document of the Party (State document, news, other org)."""

    exit_code = 1


class InternalError(TbparseError):
    """A bug in tbparse met on this input: reported as the input's error (exit 2), never as a
    finding a baseline, a severity override or ``--exit-zero`` could hide."""

    @classmethod
    def met(cls, where: str, exc: BaseException, *, path: str | None = None) -> "InternalError":
        """The one wording of every such error, for the reader, the parser and each rule:
        ``met(": the parser failed", exc)`` → "internal error: the parser failed (IndexError: …);
        please report it"."""
        return cls(f"internal error{where} ({type(exc).__name__}: {exc}); please report it", path=path)
