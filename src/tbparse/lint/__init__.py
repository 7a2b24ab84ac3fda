"""``tbparse check``: lint Party documents against the format rules (format-rules.md §9).

    >>> from tbparse.lint import lint_text
    >>> for f in lint_text(open("draft.txt", encoding="utf-8").read(), path="draft.txt"):
    ...     print(f)            # draft.txt:5:62: TB018 [info] double space in the date line

Pieces: :mod:`.registry` finds the rules (one module each in :mod:`.rules`), :mod:`.engine` runs
them over one parsed document (and the corpus rules, such as TB013, across the files of one run:
``lint_paths``), :mod:`.config` reads ``[tool.tbparse]``, :mod:`.baseline` keeps known findings
quiet, :mod:`.formats` prints reports. Importing this package loads none of them.
"""
from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING, Any

from .finding import SEVERITIES, Finding

if TYPE_CHECKING:  # pragma: no cover
    from ..source import Source
    from .config import Config

__all__ = ["Finding", "SEVERITIES", "lint_text", "lint_source", "lint_path", "lint_paths", "lint_corpus", "Config"]


def lint_text(text: str, *, path: str | None = None, era: str = "auto", config: Any = None) -> list[Finding]:
    """Check the text of one document; *config* is a :class:`Config`, a dict of
    ``[tool.tbparse]`` keys (``{"ignore": ["TB041"]}``), a config file path, or None."""
    from .engine import lint_text as run

    return run(text, path=path, era=era, config=config)


def lint_source(src: "Source", config: Any = None, **options: Any) -> list[Finding]:
    """Check a :class:`~tbparse.source.Source` (from ``read_path``/``from_text``)."""
    from .engine import lint_source as run

    return run(src, config, **options)


def lint_path(path: str, **options: Any) -> list[Finding]:
    """Read and check one file (.txt in any supported encoding, or .docx)."""
    from .engine import lint_path as run

    return run(path, **options)


def lint_paths(paths: Any, **options: Any) -> list[Finding]:
    """Check several files as one run: each file, then the corpus rules across them (TB013)."""
    from .engine import lint_paths as run

    return run(paths, **options)


def lint_corpus(docs: Any) -> list[Finding]:
    """Run the corpus rules over documents collected with ``lint_path(…, corpus=docs)``."""
    from .engine import lint_corpus as run

    return run(docs)


def __getattr__(name: str) -> Any:
    if name == "Config":
        from .config import Config

        return Config
    raise AttributeError(name)


class _CallableModule(types.ModuleType):
    """``tbparse.lint`` is both this package and the function ``tbparse.lint(text)``.

    Importing ``tbparse.lint`` (the package) rebinds the attribute ``lint`` of ``tbparse`` to the
    package, hiding the package root's ``lint`` function; making the package callable keeps
    ``tbparse.lint(text, …)`` working either way.
    """

    def __call__(self, text: str, **options: Any) -> list[Finding]:
        return lint_text(text, **options)


sys.modules[__name__].__class__ = _CallableModule
