"""The compiled-regex cache (tbparse.recache) makes a cold run faster and never different."""
from __future__ import annotations

import importlib
import os
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import tbparse
from tbparse import recache
from tbparse.lazyre import lazy_re

from .conftest import FIXTURES, SEED


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh cache for this test: the module's state is reset before and after."""
    monkeypatch.setenv("TBPARSE_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("TBPARSE_NO_CACHE", raising=False)
    monkeypatch.setattr(recache, "_state", {})
    return tmp_path


def _package_patterns() -> list[tuple[str, lazy_re]]:
    """Every module-level lazy_re of the package (the patterns the cache serves)."""
    found = []
    for info in pkgutil.walk_packages(tbparse.__path__, "tbparse."):
        if info.name.startswith(("tbparse.preview", "tbparse.cli", "tbparse.__main__")):
            continue  # the front ends (rich, click; __main__ runs the CLI)
        mod = importlib.import_module(info.name)
        for name, v in vars(mod).items():
            if isinstance(v, lazy_re):
                found.append((f"{info.name}.{name}", v))
    return found


def _sample_lines() -> list[str]:
    text = SEED.read_text(encoding="utf-8")
    return text.splitlines() + ["TỈNH ỦY BÌNH THUẬN    ĐẢNG CỘNG SẢN VIỆT NAM", "Tá»‰nh á»§y", "TØNH ñY", "  * 12/5/2019 | x |"]


def test_a_cached_program_behaves_as_re_compile(cache_dir: Path) -> None:
    patterns = _package_patterns()
    assert len(patterns) > 150  # the walk found the package's patterns, not nothing
    lines = _sample_lines()
    for name, lz in patterns:
        pattern, flags = lz._args
        expected = re.compile(pattern, flags)
        first = recache.compile(pattern, flags)  # built, stored
        recache._save()
        recache._state.clear()
        again = recache.compile(pattern, flags)  # read back from the file
        assert recache._state["entries"].get((pattern, int(flags))) is not None, name
        for rx in (first, again):
            assert (rx.pattern, rx.flags, rx.groups, rx.groupindex) == (
                expected.pattern, expected.flags, expected.groups, expected.groupindex), name
            subject = lines if isinstance(pattern, str) else [ln.encode("utf-8", "replace") for ln in lines]
            for ln in subject:
                assert [m.span() for m in rx.finditer(ln)] == [m.span() for m in expected.finditer(ln)], (name, ln)


def test_second_process_reads_the_file_and_prints_the_same(cache_dir: Path) -> None:
    """A second run finds every program in the file — in another hash seed too: a pattern built
    from a set in hash order would be a new text, a miss, in every process (people's surnames were)."""
    env = dict(os.environ, TBPARSE_CACHE_DIR=str(cache_dir), PYTHONHASHSEED="1")
    runs = ([sys.executable, "-m", "tbparse", str(SEED), "--json"],
            [sys.executable, "-m", "tbparse", "check", str(FIXTURES / "lint" / "draft-many-faults.txt")])
    first = [subprocess.run(r, capture_output=True, env=env).stdout for r in runs]
    files = list(cache_dir.glob("re-*.bin"))
    assert len(files) == 1 and files[0].stat().st_size > 10_000
    before = files[0].stat()
    env["PYTHONHASHSEED"] = "2"
    again = [subprocess.run(r, capture_output=True, env=env).stdout for r in runs]
    after = files[0].stat()
    # nothing new, nothing rewritten
    assert (after.st_ino, after.st_mtime_ns, after.st_size) == (before.st_ino, before.st_mtime_ns, before.st_size)
    assert again == first
    off = [subprocess.run(r, capture_output=True, env=dict(env, TBPARSE_NO_CACHE="1")).stdout for r in runs]
    assert off == first
    assert b'"number"' in first[0] and b"TB0" in first[1]


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage", "empty"])
def test_a_damaged_file_is_ignored_and_rewritten(cache_dir: Path, damage: str) -> None:
    rx = recache.compile(r"(?P<d>\d{1,2})/(?P<m>\d{1,2})")
    recache._save()
    (path,) = cache_dir.glob("re-*.bin")
    data = path.read_bytes()
    path.write_bytes({"truncate": data[: len(data) // 2], "flip": data[:-3] + b"\x00\x01\x02",
                      "garbage": os.urandom(len(data)), "empty": b""}[damage])
    recache._state.clear()
    again = recache.compile(r"(?P<d>\d{1,2})/(?P<m>\d{1,2})")
    assert again.search("ngày 12/5").groupdict() == rx.search("ngày 12/5").groupdict() == {"d": "12", "m": "5"}
    recache._save()
    assert recache._read(str(path))  # rewritten whole


def test_a_stale_program_is_rebuilt(cache_dir: Path) -> None:
    """A program _sre refuses (an entry from another build) costs a recompile, not a crash."""
    recache.compile(r"ab+c")
    key = (r"ab+c", 0)
    e = recache._state["entries"][key]
    recache._state["entries"][key] = (e[0], b"\xff\xff\x00\x00" * 3, e[2], e[3], e[4])
    assert recache.compile(r"ab+c").fullmatch("abbbc")


def test_no_cache_and_unwritable_dir_write_nothing_and_still_compile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(recache, "_state", {})
    monkeypatch.setenv("TBPARSE_CACHE_DIR", str(tmp_path / "c"))
    monkeypatch.setenv("TBPARSE_NO_CACHE", "1")
    assert recache.compile(r"x+").match("xx")
    recache._save()
    assert not (tmp_path / "c").exists()
    monkeypatch.delenv("TBPARSE_NO_CACHE")
    monkeypatch.setattr(recache, "_state", {})
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("TBPARSE_CACHE_DIR", str(blocker / "sub"))
    assert recache.compile(r"y+").match("yy")
    recache._save()  # cannot create the directory: silently nothing
    assert blocker.read_text() == "not a directory"


def test_a_bad_pattern_raises_re_error(cache_dir: Path) -> None:
    with pytest.raises(re.error):
        recache.compile(r"(unclosed")


def test_help_names_the_cache_variables() -> None:
    out = subprocess.run([sys.executable, "-m", "tbparse", "--help"], capture_output=True, text=True, check=True).stdout
    assert "TBPARSE_CACHE_DIR" in out and "TBPARSE_NO_CACHE=1" in out
