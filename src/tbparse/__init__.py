"""tbparse — parse and lint Vietnamese Party documents (notices, conclusions, decisions…).

    >>> import tbparse
    >>> doc = tbparse.parse(text)            # a validated Notice model
    >>> doc = tbparse.parse_file("503.txt")  # any encoding, or a .docx
    >>> findings = tbparse.lint(text)        # format-rule findings

Importing this package is cheap: pydantic and the rest load on first use.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import InputError, InputTooLarge, NotPartyDocument, TbparseError, UndecodableInput

__version__ = "0.1.0"

if TYPE_CHECKING:  # pragma: no cover
    from .models import Notice

__all__ = [
    "parse", "parse_file", "parse_bytes", "parse_dict", "lint", "__version__",
    "TbparseError", "InputError", "UndecodableInput", "InputTooLarge", "NotPartyDocument",
]


def parse_dict(text: str, *, path: str | None = None, reject: bool = True) -> dict:
    """Parse *text* into the plain contract dict (no model validation: the fastest path)."""
    from .parser import parse_source
    from .source import from_text

    return parse_source(from_text(text, path=path), reject=reject)


def parse(text: str, *, path: str | None = None, reject: bool = True) -> "Notice":
    """Parse the text of one document; raise :class:`NotPartyDocument` for State/other documents."""
    from .models import notice_from_dict

    return notice_from_dict(parse_dict(text, path=path, reject=reject))


def parse_bytes(data: bytes, *, path: str | None = None, encoding: str | None = None, reject: bool = True) -> "Notice":
    """Parse raw bytes in any supported encoding (detected unless *encoding* is given)."""
    from .models import notice_from_dict
    from .parser import parse_source
    from .source import from_bytes

    return notice_from_dict(parse_source(from_bytes(data, path=path, encoding=encoding), reject=reject))


def parse_file(path: str, *, encoding: str | None = None, reject: bool = True, max_size: int | None = None) -> "Notice":
    """Parse a file (.txt in any supported encoding, or .docx)."""
    from .models import notice_from_dict
    from .parser import parse_source
    from .source import DEFAULT_MAX_SIZE, read_path

    src = read_path(path, encoding=encoding, max_size=max_size or DEFAULT_MAX_SIZE)
    return notice_from_dict(parse_source(src, reject=reject))


def lint(text: str, **options: Any) -> list:
    """Check *text* against the format rules; returns findings (see :mod:`tbparse.lint`)."""
    from .lint import lint_text  # type: ignore[attr-defined]

    return lint_text(text, **options)
