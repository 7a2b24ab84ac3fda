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
