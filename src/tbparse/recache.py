"""Compiled regex programs kept between runs, as ``.pyc`` files keep bytecode.

A cold ``tbparse FILE --json`` spent ~31 ms of its ~143 ms compiling the ~120 patterns a notice
needs (``re``'s parser and code generator are pure Python: the long alternations of names and the
look-alike character classes cost 1–4 ms each), which put the whole process over the issue "Fast"'s
1.4× ``import click, pydantic``. The compiled program of a pattern is a list of integers that
depends only on the pattern, its flags and the interpreter; this module stores those lists in one
file per interpreter and hands them to ``_sre.compile`` on the next run (~1 ms for all of them).

What is cached: only patterns written in the source (:class:`tbparse.lazyre.lazy_re`), never text
from a document. Where: ``$TBPARSE_CACHE_DIR``, else ``$XDG_CACHE_HOME/tbparse``, else
``~/.cache/tbparse``; ``TBPARSE_NO_CACHE=1`` turns the cache off. The file is written at exit, only
when a run compiled something new, atomically (a temporary file renamed over the old one); a
missing, unreadable, corrupt or foreign file is ignored and every failure falls back to
``re.compile`` — the cache can make a run faster, never different. ``_sre`` checks every program
it is given (``RuntimeError: invalid SRE code``), and a CRC guards the file against torn writes.
"""
from __future__ import annotations

import os
import re
import sys
from typing import Any

# The file's entries: (pattern, flags) -> (flags as compiled, program as bytes, groups, groupindex, indexgroup)
_Entry = tuple[int, bytes, int, dict, tuple]

_FORMAT = 1  # bump when the entry layout changes
_MAX_ENTRIES = 4000  # the package has ~300 patterns; a bound in case something dynamic slips in

_state: dict[str, Any] = {}  # "entries", "dirty", "path" once loaded


def _enabled() -> bool:
    return os.environ.get("TBPARSE_NO_CACHE", "") in ("", "0")


def _cache_path() -> str | None:
    """This interpreter's cache file: the program format changes between Python versions."""
    try:
        import _sre
        import zlib

        base = os.environ.get("TBPARSE_CACHE_DIR") or os.path.join(
            os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "tbparse")
        tag = zlib.crc32(f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{_FORMAT}".encode())
        return os.path.join(base, f"re-{sys.implementation.cache_tag}-{tag:08x}.bin")
    except Exception:  # noqa: BLE001 — no home, no _sre: no cache
        return None


def _read(path: str) -> dict[tuple, _Entry]:
    import marshal
    import zlib

    try:
        with open(path, "rb") as f:
            data = f.read()
        crc, payload = int.from_bytes(data[:4], "little"), data[4:]
        if len(data) < 4 or zlib.crc32(payload) != crc:
            return {}
        entries = marshal.loads(payload)
        return entries if isinstance(entries, dict) else {}
    except Exception:  # noqa: BLE001 — missing or unreadable: start empty
        return {}


def _load() -> dict[tuple, _Entry]:
    if "entries" not in _state:
        path = _cache_path() if _enabled() else None
        _state["path"] = path
        _state["entries"] = _read(path) if path else {}
        _state["dirty"] = False
    return _state["entries"]


def _save() -> None:
    """Merge this run's new programs into the file (another process may have written it since)."""
    path = _state.get("path")
    if not path or not _state.get("dirty"):
        return
    import marshal
    import tempfile
    import zlib

    try:
        merged = _read(path)
        merged.update(_state["entries"])
        if len(merged) > _MAX_ENTRIES:
            merged = _state["entries"]
        payload = marshal.dumps(merged)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".re-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(zlib.crc32(payload).to_bytes(4, "little") + payload)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
        _state["dirty"] = False
    except Exception:  # noqa: BLE001 — a read-only home or a full disk costs the next run speed only
        pass


def _build(pattern: str | bytes, flags: int) -> _Entry:
    """What ``re._compiler.compile`` hands ``_sre.compile``, with the program packed as bytes."""
    from array import array
    from re import _compiler  # type: ignore[attr-defined]

    p = _compiler._parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return (flags | p.state.flags, array("I", code).tobytes(), p.state.groups - 1, groupindex, tuple(indexgroup))


def _from_entry(pattern: str | bytes, e: _Entry) -> re.Pattern:
    import _sre
    from array import array

    code = array("I")
    code.frombytes(e[1])
    return _sre.compile(pattern, e[0], code.tolist(), e[2], e[3], e[4])


def compile(pattern: str | bytes, flags: int = 0) -> re.Pattern:  # noqa: A001 — re.compile's twin
    """``re.compile(pattern, flags)``, from this interpreter's cache when it holds the program."""
    if not _enabled() or flags & re.DEBUG:
        return re.compile(pattern, flags)
    flags = int(flags)
    entries = _load()
    key = (pattern, flags)
    e = entries.get(key)
    if e is not None:
        try:
            return _from_entry(pattern, e)
        except Exception:  # noqa: BLE001 — a stale or damaged program: compile afresh below
            del entries[key]
    try:
        e = _build(pattern, flags)
        rx = _from_entry(pattern, e)
    except Exception:  # noqa: BLE001 — an interpreter whose internals differ: no cache for it
        return re.compile(pattern, flags)
    if len(entries) < _MAX_ENTRIES:
        entries[key] = e
        if not _state["dirty"]:
            _state["dirty"] = True
            import atexit

            atexit.register(_save)
    return rx
