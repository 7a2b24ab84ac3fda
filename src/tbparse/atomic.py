"""Write output files so that no half-written file ever exists and no symlink is followed.

One mechanism for every writer (``-o`` of parse and check, batch outputs and reports, baselines):
a temp file in the target's folder, written, fsynced, given the mode a plain ``open()`` would
have given it, then renamed over the target.
"""
from __future__ import annotations

import os
import stat
import tempfile
from functools import lru_cache
from typing import Iterable

from .errors import InputError


@lru_cache(maxsize=1)
def file_mode() -> int:
    """0o666 minus the umask: what ``open()`` gives a new file (``mkstemp`` would give 0600)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def write_atomic(path: str, data: bytes | Iterable[bytes], *, fsync: bool = True, keep_if_same: bool = False) -> bool:
    """Write *data* (bytes, or chunks streamed from an iterable) to *path*; True if *path* changed.

    A symlink at *path* is refused: following it could write anywhere on the machine. With
    *keep_if_same*, identical content leaves the existing file (and its timestamp) untouched.
    """
    if os.path.islink(path):
        raise InputError("refusing to write through a symbolic link", path=path)
    if is_special(path):
        return _write_special(path, data)
    make_folder(path)
    fd, tmp = temp_file(path)
    try:
        with os.fdopen(fd, "wb") as fh:
            if isinstance(data, (bytes, bytearray)):
                fh.write(data)
            else:
                for chunk in data:
                    fh.write(chunk)
            fh.flush()
            os.fchmod(fh.fileno(), file_mode())
            if fsync:
                os.fsync(fh.fileno())
        if keep_if_same and _same_content(tmp, path):
            os.unlink(tmp)
            return False
        os.replace(tmp, path)
        return True
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError) and exc.filename == tmp:
            raise _named(exc, path) from None
        raise


def is_special(path: str) -> bool:
    """Whether *path* is an existing device, FIFO or socket (``-o /dev/null``, ``-o /dev/stdout``,
    a named pipe): written in place, never replaced — renaming a temp file over it would turn
    ``/dev/null`` into a regular file for every program on the machine (as root, the folder is
    writable)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def _write_special(path: str, data: bytes | Iterable[bytes]) -> bool:
    try:
        with open(path, "wb") as fh:
            if isinstance(data, (bytes, bytearray)):
                fh.write(data)
            else:
                for chunk in data:
                    fh.write(chunk)
    except OSError as exc:
        raise _named(exc, path) from None
    return True


def make_folder(path: str) -> None:
    """Create the folder *path* goes in. A file standing where a folder of the path must be
    (``-o notes.txt/x.json``, a batch output tree with a file ``out/2008``) is named: makedirs
    says only "File exists", which reads as if the target itself were in the way."""
    folder = os.path.dirname(os.path.abspath(path))
    try:
        os.makedirs(folder, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        parent = folder
        while parent and not os.path.exists(parent):
            parent = os.path.dirname(parent)
        rel = os.path.relpath(parent) if not os.path.isabs(path) else parent
        raise NotADirectoryError(20, f"{rel} is a file, not a folder", path) from None


def temp_file(path: str) -> tuple[int, str]:
    """``mkstemp`` next to *path*; an error names *path*, the file the user asked for, not the
    random ``.tbparse-k2j3.tmp`` name they never typed."""
    folder = os.path.dirname(os.path.abspath(path))
    try:
        return tempfile.mkstemp(prefix=".tbparse-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise _named(exc, path) from None


def _named(exc: OSError, path: str) -> OSError:
    return type(exc)(exc.errno, exc.strerror, path)


def _same_content(a: str, b: str) -> bool:
    try:
        if os.path.getsize(a) != os.path.getsize(b):
            return False
        with open(a, "rb") as fa, open(b, "rb") as fb:
            while True:
                ca, cb = fa.read(1 << 16), fb.read(1 << 16)
                if ca != cb:
                    return False
                if not ca:
                    return True
    except OSError:
        return False
