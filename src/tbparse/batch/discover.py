"""Which files a batch reads, and the relative name each one's output gets.

Inputs are folders (walked recursively), single files, glob patterns and lists of paths, mixed in any
order. Everything is generated lazily — a folder of a million files is never listed into memory at
once (only one folder's entries at a time, sorted so that every run visits files in the same order:
that order decides which of two colliding inputs wins and keeps ``--jobs 1``/``--jobs N`` identical).

Each input comes out as an :class:`Input`: the path to read, and ``rel``, the path relative to its
*base* (the folder argument, a glob's literal prefix, a file's folder, or the current folder for list
entries). The output goes to ``OUT_DIR/rel`` with the extension swapped. ``rel`` is made only from
names found on disk or checked list entries, so it never holds ``..`` or an absolute path; anything
that could write outside ``OUT_DIR`` is yielded with a ``refused`` reason instead of a ``rel``.

File names are never Unicode-normalised: an NFD name read from disk is written back as NFD.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator, TextIO

DEFAULT_PATTERNS = ("*.txt", "*.docx")


@dataclass(frozen=True, slots=True)
class Input:
    """One input of the batch: where to read it, and its output name (or why it is refused)."""

    path: str  # as the user spelled it, joined with the names found below it
    rel: str | None  # relative output name (before the extension swap); None when refused
    refused: str | None = None  # a reason when this input must not be read/written


class Exclusions:
    """Folders and files a walk must not treat as input: OUT_DIR inside the tree, the report, the stream.

    Compared by (device, inode) so that any spelling of the path (relative, absolute, through a
    symlinked parent) is recognised — and by resolved path too, because the report or the stream
    file usually does not exist yet when the walk starts and is created while it runs
    (``--report arc/rep.txt`` would otherwise be read back as an input).
    """

    def __init__(self, paths: Iterable[str]) -> None:
        self._ids: set[tuple[int, int]] = set()
        self._names: set[str] = set()  # last components of the excluded paths: the cheap first test
        self._real: set[str] = set()  # realpath(parent folder) / name
        for p in paths:
            self.add(p)

    def add(self, path: str) -> None:
        name = os.path.basename(os.path.normpath(path))
        if name:
            self._names.add(name)
            self._real.add(_resolved(path))
        try:
            st = os.stat(path)
        except OSError:
            return
        self._ids.add((st.st_dev, st.st_ino))

    def hit(self, entry: os.DirEntry) -> bool:
        if entry.name in self._names and _resolved(entry.path) in self._real:
            return True
        if not self._ids:
            return False
        try:
            ino = entry.inode()
            if not any(i == ino for _, i in self._ids):
                return False
            st = entry.stat(follow_symlinks=False)
        except OSError:
            return False
        return (st.st_dev, st.st_ino) in self._ids


def _resolved(path: str) -> str:
    """The real path of *path*'s folder joined with its own name (the name itself not followed:
    it may not exist yet)."""
    path = os.path.normpath(os.path.abspath(path))
    return os.path.join(os.path.realpath(os.path.dirname(path)), os.path.basename(path))


# ``2008/**/5*.txt`` → a regex over '/'-separated relative paths; ``*`` stays inside one name.
@lru_cache(maxsize=64)
def _glob_regex(pattern: str) -> re.Pattern[str]:
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:[^/]*/)*")  # zero or more folders
            i += 3
            continue
        if pattern.startswith("**", i):
            out.append(".*")
            i += 2
            continue
        if c == "*":
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            j = i + 1
            if pattern[j : j + 1] == "!":
                j += 1
            if pattern[j : j + 1] == "]":  # "[]x]": a leading ] is literal
                j += 1
            j = pattern.find("]", j)
            if j < 0:
                out.append(re.escape(c))
            else:
                body = pattern[i + 1 : j]
                neg = body.startswith("!")
                body = re.escape(body[1:] if neg else body).replace("\\-", "-")
                out.append("[" + ("^" if neg else "") + body + "]")
                i = j + 1
                continue
        else:
            out.append(re.escape(c))
        i += 1
    # case-insensitive: archives from Windows are full of NOTICE.TXT
    return re.compile("".join(out), re.IGNORECASE | re.DOTALL)


def has_magic(s: str) -> bool:
    """True when *s* is a glob pattern (``*``, ``?`` or ``[``), as in the shell."""
    return any(c in s for c in "*?[")


class NameFilter:
    """The ``--glob`` patterns: a pattern without ``/`` matches the file name, one with ``/`` the
    relative path (``2008/*.txt``). Matching ignores case."""

    def __init__(self, patterns: Iterable[str]) -> None:
        pats = [p.replace(os.sep, "/") for p in patterns] or list(DEFAULT_PATTERNS)
        self.patterns = tuple(pats)
        self._name = [_glob_regex(p) for p in pats if "/" not in p]
        self._rel = [_glob_regex(p.lstrip("/")) for p in pats if "/" in p]

    def __call__(self, name: str, rel: str) -> bool:
        if any(rx.fullmatch(name) for rx in self._name):
            return True
        if self._rel:
            r = rel.replace(os.sep, "/")
            return any(rx.fullmatch(r) for rx in self._rel)
        return False


def _inside(path: str, root: str) -> bool:
    """True when the real *path* is *root* or below it (both already real paths)."""
    try:
        return os.path.commonpath([path, root]) == root
    except ValueError:  # different drives on Windows
        return False


def _join_rel(prefix: str, name: str) -> str:
    return name if not prefix else prefix + os.sep + name


def _is_temp(name: str) -> bool:
    # leftovers of an interrupted atomic write: ".tbparse-k2j3.tmp"
    return name.startswith(".tbparse-") and name.endswith(".tmp")


def walk(
    top: str,
    *,
    accept: NameFilter,
    exclude: Exclusions,
    rel_prefix: str = "",
    glob: re.Pattern[str] | None = None,
    max_depth: int | None = None,
    real_root: str | None = None,
) -> Iterator[Input]:
    """Files under folder *top* accepted by *accept* (or matching *glob*), depth first, sorted.

    Hidden names (``.git``, ``.DS_Store``), Word's lock files (``~$draft.docx``: 162 bytes of owner
    name, never a document; ``tbparse check`` skips them too) and OUT_DIR are skipped. A symlink is followed only when
    it stays inside the tree (*real_root*); one pointing outside is yielded as refused, with the
    reason, so the report says why it was not converted. Symlinked folders inside the tree are not
    descended (their files are reached under their real names; following them could loop).

    With *glob* (a pattern argument), a file is taken when its relative path matches the pattern,
    and every file under a folder that matches it is taken when *accept* allows its name.
    """
    root = real_root or os.path.realpath(top)
    # stack of (folder path, relative prefix, depth, inside a folder matched by *glob*)
    stack: list[tuple[str, str, int, bool]] = [(top, rel_prefix, 0, glob is None)]
    while stack:
        folder, prefix, depth, matched = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield Input(folder, None, f"cannot list folder: {exc.strerror or exc}")
            continue
        subdirs: list[tuple[str, str, int, bool]] = []
        for e in entries:
            name = e.name
            path = name if folder == "." else e.path  # "x.txt", not "./x.txt"
            if name.startswith((".", "~$")) or _is_temp(name):  # hidden, Word's lock files, our temp files
                continue
            rel = _join_rel(prefix, name)
            try:
                is_link = e.is_symlink()
                is_dir = e.is_dir(follow_symlinks=True)
            except OSError:
                is_link, is_dir = False, False
            if is_link:
                target = os.path.realpath(e.path)
                if not _inside(target, root):
                    if is_dir or _file_wanted(name, rel, matched, accept, glob):
                        what = "folder" if is_dir else "file"
                        yield Input(path, None, f"refused: symlinked {what} points outside the input tree ({target})")
                    continue
                if is_dir:
                    continue  # inside the tree: reached under its real name
            if is_dir:
                if exclude.hit(e):
                    continue
                sub_matched = matched or (glob is not None and bool(glob.fullmatch(rel.replace(os.sep, "/"))))
                if max_depth is not None and depth + 1 >= max_depth and not sub_matched:
                    continue
                subdirs.append((path, rel, depth + 1, sub_matched))
            elif _file_wanted(name, rel, matched, accept, glob):
                if exclude.hit(e):
                    continue
                if not _regular(e):  # a named pipe "x.txt" would block the read forever
                    yield Input(path, None, "refused: not a regular file (a named pipe, socket or device)")
                    continue
                yield Input(path, rel)
        stack.extend(reversed(subdirs))  # pop in sorted order


def _regular(e: os.DirEntry) -> bool:
    try:
        return e.is_file(follow_symlinks=True)
    except OSError:
        return True  # vanished or unreadable: the read says so


def _file_wanted(name: str, rel: str, matched: bool, accept: NameFilter, glob: re.Pattern[str] | None) -> bool:
    if glob is not None and glob.fullmatch(rel.replace(os.sep, "/")):
        return True
    return matched and accept(name, rel)


def _glob_base(pattern: str) -> tuple[str, str]:
    """Split ``archive/200*/x*.txt`` into the literal folder ``archive`` and the rest ``200*/x*.txt``."""
    parts = pattern.replace(os.sep, "/").split("/")
    lit: list[str] = []
    for i, part in enumerate(parts):
        if has_magic(part):
            rest = "/".join(parts[i:])
            break
        lit.append(part)
    else:  # pragma: no cover - callers pass patterns only
        rest = ""
    if pattern.startswith("/"):
        base = "/" + "/".join(lit[1:]) if len(lit) > 1 else "/"
    else:
        base = "/".join(lit) or "."
    return base, rest


def expand_glob(pattern: str, *, accept: NameFilter, exclude: Exclusions) -> Iterator[Input]:
    """Files matching a quoted glob argument; relative names start below its literal prefix."""
    base, rest = _glob_base(pattern)
    if not os.path.isdir(base):
        return
    depth = None if "**" in rest else rest.count("/") + 1
    # names are relative to *base*, so a dot prefix ("./a/*.txt") must not enter the pattern
    yield from walk(base, accept=accept, exclude=exclude, glob=_glob_regex(rest), max_depth=depth)


def read_list(fh: TextIO) -> Iterator[str]:
    """Paths from a list file, one a line (blank lines skipped); streamed, never read whole."""
    for line in fh:
        p = line.rstrip("\r\n")
        if p.strip():
            yield p


def list_entries(paths: Iterable[str], *, accept: NameFilter, exclude: Exclusions, cwd: str | None = None) -> Iterator[Input]:
    """Inputs named in a ``--from-list`` file: relative to the current folder, mirrored as written.

    A list is data, possibly made by someone else, so it is checked: absolute paths, ``..`` and
    symlinks that lead outside the current folder are refused. A folder in the list is walked.
    """
    cwd_real = os.path.realpath(cwd or os.getcwd())
    for p in paths:
        if os.path.isabs(p) or os.path.splitdrive(p)[0]:
            yield Input(p, None, "refused: absolute path in the list (list paths relative to the current folder)")
            continue
        parts = re.split(r"[\\/]", p)
        if ".." in parts:
            yield Input(p, None, "refused: '..' in a listed path could write outside the output folder")
            continue
        rel = os.path.normpath(p)
        if rel in (".", ""):
            yield Input(p, None, "refused: not a file name")
            continue
        real = os.path.realpath(p)
        if not _inside(real, cwd_real):
            yield Input(p, None, f"refused: symlink points outside the current folder ({real})")
            continue
        if os.path.isdir(p):
            yield from walk(p, accept=accept, exclude=exclude, rel_prefix=rel, real_root=cwd_real)
            continue
        yield Input(p, rel)


def discover(
    args: Iterable[str],
    *,
    patterns: Iterable[str] = (),
    list_file: TextIO | None = None,
    exclude: Exclusions | None = None,
) -> Iterator[Input]:
    """All inputs of a batch, lazily, in a deterministic order: arguments first, then the list.

    *args* must already be checked to exist (or be glob patterns) — see :func:`check_args`.
    """
    accept = NameFilter(patterns)
    excl = exclude or Exclusions(())
    for a in args:
        if os.path.isdir(a):
            yield from walk(a, accept=accept, exclude=excl)
        elif os.path.lexists(a):
            yield Input(a, os.path.basename(a))  # an explicit file: trusted, named as given
        elif has_magic(a):
            yield from expand_glob(a, accept=accept, exclude=excl)
    if list_file is not None:
        yield from list_entries(read_list(list_file), accept=accept, exclude=excl)


def check_args(args: Iterable[str]) -> str | None:
    """A usage error message for an argument that is neither a path on disk nor a glob, else None."""
    for a in args:
        if not os.path.lexists(a) and not has_magic(a):
            return f"{a}: no such file or folder"
    return None


def output_rel(rel: str, ext: str) -> str:
    """``2008/503-TB-TU.txt`` → ``2008/503-TB-TU.json`` (the extension swapped, nothing normalised)."""
    stem, old = os.path.splitext(rel)
    return (stem if old else rel) + ext


__all__ = [
    "DEFAULT_PATTERNS", "Input", "Exclusions", "NameFilter", "discover", "check_args", "output_rel",
    "walk", "expand_glob", "list_entries", "read_list", "has_magic",
]
