"""Write output files so that no half-written file ever exists and no symlink is followed."""
from __future__ import annotations

import os
import tempfile

from .errors import InputError


def write_atomic(path: str, data: bytes, *, fsync: bool = True) -> None:
    """Write *data* to *path* via a temp file in the same folder, fsync, rename.

    A symlink at *path* is refused: following it could write anywhere on the machine.
    """
    if os.path.islink(path):
        raise InputError("refusing to write through a symbolic link", path=path)
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tbparse-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            if fsync:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
