"""A regex compiled on first use: the parse chain's patterns cost a process nothing until needed.

Compiling the steps' ~100 module-level patterns took ~20 ms of every cold ``tbparse FILE --json``
(the issue "Fast" allows 1.4× ``import click, pydantic`` for the whole process), and a notice uses
about 60 of them: the fallbacks for OCR, drafts, Word files and web copies stay uncompiled. The
pattern stays where it is used, written as it would be with ``re.compile``.
"""
from __future__ import annotations

from typing import Any

from .recache import compile

# what the modules call on a pattern; bound to the instance on first use, so later calls cost what
# a call on a compiled pattern costs (an instance attribute, no __getattr__)
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "pattern",
            "groupindex", "flags", "groups")


class lazy_re:
    """``re.compile(pattern, flags)``, compiled on the first attribute taken from it."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._args = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name == "_args":
            raise AttributeError(name)  # copy/pickle probes, and no compile before __init__ ran
        rx = compile(*self._args)
        for n in _METHODS:
            setattr(self, n, getattr(rx, n))
        return getattr(rx, name)
