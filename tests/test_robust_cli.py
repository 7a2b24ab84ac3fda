"""The command line on hostile input: size limit, binary and broken text, lean imports (subprocess)."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .conftest import SEED

EXE = [sys.executable, "-m", "tbparse"]
HEAVY = ("pydantic", "rich", "yaml", "regex")


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*EXE, *args], input=stdin, capture_output=True, timeout=120)


def assert_one_line_error(r: subprocess.CompletedProcess, code: int, *words: bytes) -> None:
    assert r.returncode == code, r.stderr
    assert r.stdout == b""
    assert r.stderr.count(b"\n") == 1 and r.stderr.startswith(b"tbparse: ") and b"Traceback" not in r.stderr
    for w in words:
        assert w in r.stderr, r.stderr


def test_max_size_refuses_a_larger_file(tmp_path) -> None:
    p = tmp_path / "big.txt"
    p.write_bytes(SEED.read_bytes())
    size = p.stat().st_size
    assert run(str(p), "--json", "--max-size", str(size)).returncode == 0  # the limit itself is allowed
    r = run(str(p), "--json", "--max-size", str(size - 1))
    assert_one_line_error(r, 2, b"over the --max-size limit", str(p).encode())


def test_max_size_refuses_larger_stdin() -> None:
    r = run("-", "--json", "--max-size", "1000", stdin=SEED.read_bytes())
    assert_one_line_error(r, 2, b"over the --max-size limit", b"<stdin>")


def test_default_max_size_is_20_mb(tmp_path) -> None:
    p = tmp_path / "huge.txt"
    with open(p, "wb") as fh:
        fh.truncate(20 * 1024 * 1024 + 1)  # sparse: no 20 MB write
    r = run(str(p), "--json")
    assert_one_line_error(r, 2, b"20,971,521 bytes", b"20,971,520")


def test_max_size_must_be_a_number() -> None:
    r = run(str(SEED), "--max-size", "lots")
    assert r.returncode == 2 and b"Traceback" not in r.stderr


@pytest.mark.parametrize(
    "data, code, words",
    [
        (b"\x00" * 64 + SEED.read_bytes(), 2, b"NUL"),
        (SEED.read_bytes()[:3000] + b"\x80\xbf\xed\xa0\x80\xff\xfe" * 2000 + SEED.read_bytes()[3000:], 2, b"not text"),
        (b"%PDF-1.7\n" + bytes(range(256)) * 8, 2, b"PDF"),
        (b" " * 100_000, 2, b"only whitespace"),
        (b"-" * 100_000 + b"\n", 1, b"not a Party document"),
    ],
    ids=["nul-bytes", "invalid-utf8-middle", "pdf", "spaces", "dash-line"],
)
def test_broken_inputs_give_one_line_errors(tmp_path, data: bytes, code: int, words: bytes) -> None:
    p = tmp_path / "in.txt"
    p.write_bytes(data)
    assert_one_line_error(run(str(p), "--json"), code, words)


def test_few_invalid_bytes_in_the_middle_still_parse(tmp_path) -> None:
    p = tmp_path / "in.txt"
    raw = SEED.read_bytes()
    p.write_bytes(raw[:3000] + b"\x80\xbf\xff" + raw[3000:])
    r = run(str(p), "--json")
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout.decode("utf-8"))
    assert d["number"]["raw"] == "503-TB/TU" and d["source"]["repaired_from"]


def test_json_and_yaml_output_are_strict_utf8(tmp_path) -> None:
    for fmt in ("--json", "--yaml"):
        r = run(str(SEED), fmt)
        assert r.returncode == 0
        r.stdout.decode("utf-8")  # strict


def test_yaml_output_refuses_a_symlink(tmp_path) -> None:
    import os

    target = tmp_path / "elsewhere.yaml"
    target.write_text("keep")
    link = tmp_path / "out.yaml"
    os.symlink(target, link)
    assert_one_line_error(run(str(SEED), "--yaml", "-o", str(link)), 2, b"symbolic link")
    assert target.read_text() == "keep"


def _imported_after(argv: list[str]) -> list[str]:
    code = (
        "import sys\nfrom tbparse.cli import main\n"
        f"try:\n    main({argv!r})\nexcept SystemExit:\n    pass\n"
        f"print('HEAVY=' + ','.join(m for m in {HEAVY!r} if m in sys.modules))"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    last = r.stdout.decode().strip().splitlines()[-1]
    assert last.startswith("HEAVY="), r.stdout
    return [m for m in last[len("HEAVY="):].split(",") if m]


def test_version_imports_nothing_heavy() -> None:
    assert _imported_after(["--version"]) == []


def test_json_path_builds_no_models_and_loads_no_rich() -> None:
    assert _imported_after([str(SEED), "--json"]) == []


@pytest.mark.parametrize("name", ["golden-web-copy", "golden-pdf-extract", "golden-markdown-table"])
def test_json_path_of_other_layouts_loads_nothing_heavy(name: str) -> None:
    # a web copy's or a PDF's issuer lines stand alone, short and in capitals: the garbled type
    # name check ran the regex module's fuzzy match on each (~30 ms of import) — now by hand
    assert _imported_after([str(SEED.parent / f"{name}.txt"), "--json"]) == []


def test_yaml_path_loads_yaml_only() -> None:
    assert _imported_after([str(SEED), "--yaml"]) == ["yaml"]
