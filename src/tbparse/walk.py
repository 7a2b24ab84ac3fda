"""Which files a folder holds for ``tbparse check`` and ``tbparse refs``: the documents, not the
tool debris beside them. (``tbparse batch`` has its own walk: it also guards symlinks and output
paths, which a read-only command does not need.)"""
from __future__ import annotations

import os
import stat
from typing import Iterable, Iterator

EXTENSIONS = (".txt", ".docx")
# folders no drafting repository keeps documents in
SKIP_DIRS = frozenset({"node_modules", "__pycache__", "venv"})


def _special(path: str) -> bool:
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False  # a dangling link, an unreadable file: the read reports it


def documents(paths: Iterable[str]) -> Iterator[str]:
    """Given files as they are (a missing one too, so that it is reported; "-" is stdin);
    directories walked for *.txt and *.docx, sorted, skipping hidden folders and files and Word's
    "~$" lock files."""
    for p in paths:
        if p != "-" and os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIP_DIRS)
                for name in sorted(files):
                    if name.lower().endswith(EXTENSIONS) and not name.startswith((".", "~$")):
                        path = os.path.join(root, name)
                        # a named pipe, socket or device "x.txt" is no document: reading it could
                        # block forever (a file named on the command line is read as given)
                        if _special(path):
                            continue
                        yield path
        else:
            yield p
