"""The command line: formats, stdin, -o, exit codes and one-line errors (run as a real subprocess)."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from .conftest import SEED

EXE = [sys.executable, "-m", "tbparse"]


def run(*args: str, stdin: bytes | None = None, cwd: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*EXE, *args], input=stdin, capture_output=True, cwd=cwd, timeout=60)


def test_json_when_piped_and_explicit() -> None:
    a = run(str(SEED))
    b = run(str(SEED), "--json")
    assert a.returncode == 0 and b.returncode == 0
    assert json.loads(a.stdout) == json.loads(b.stdout)
    d = json.loads(b.stdout)
    assert d["number"]["raw"] == "503-TB/TU" and d["schema_version"] == "1"


def test_parse_subcommand_and_stdin() -> None:
    r = run("parse", "-", "--json", stdin=SEED.read_bytes())
    assert r.returncode == 0
    d = json.loads(r.stdout)
    assert d["source"]["path"] is None and d["issuer"]["name"] == "TỈNH ỦY BÌNH THUẬN"


def test_yaml_and_output_file(tmp_path) -> None:
    out = tmp_path / "n.yaml"
    r = run(str(SEED), "--yaml", "-o", str(out))
    assert r.returncode == 0 and r.stdout == b""
    import yaml

    assert yaml.safe_load(out.read_text(encoding="utf-8"))["date"] == "2008-05-16"


def test_output_refuses_symlink(tmp_path) -> None:
    target = tmp_path / "elsewhere.json"
    target.write_text("keep")
    link = tmp_path / "out.json"
    os.symlink(target, link)
    r = run(str(SEED), "-o", str(link))
    assert r.returncode == 2 and b"symbolic link" in r.stderr
    assert target.read_text() == "keep"


def test_errors_are_one_line(tmp_path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "img.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    for path, code, words in [
        ("missing.txt", 2, b"no such file"),
        (str(tmp_path), 2, b"is a directory"),
        (str(empty), 2, b"empty"),
        (str(binary), 2, b""),
    ]:
        r = run(path, "--json")
        assert r.returncode == code, (path, r.stderr)
        assert r.stdout == b""
        assert r.stderr.count(b"\n") == 1 and b"Traceback" not in r.stderr
        assert words in r.stderr


def test_state_document_rejected(tmp_path) -> None:
    p = tmp_path / "state.txt"
    p.write_text(
        "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TỈNH LÀO CAI             Độc lập - Tự do - Hạnh phúc\n\n"
        "Số: 12/QĐ-UBND           Lào Cai, ngày 02 tháng 3 năm 2020\n\nQUYẾT ĐỊNH\nVề việc thành lập tổ công tác\n",
        encoding="utf-8",
    )
    r = run(str(p), "--json")
    assert r.returncode == 1 and r.stdout == b""
    assert r.stderr.decode().strip().endswith("not a Party document: State number 12/QĐ-UBND")


def test_strict_turns_warnings_into_exit_1(tmp_path) -> None:
    p = tmp_path / "draft.txt"
    p.write_text("THÔNG BÁO\nkết luận của Thường trực\n\n1- Làm tốt việc A.\n\nVăn phòng thông báo để các đơn vị biết, thực hiện./.\n", encoding="utf-8")
    assert run(str(p), "--json").returncode == 0
    assert run(str(p), "--json", "--strict").returncode == 1


def test_help_version_and_schema() -> None:
    h = run("--help")
    assert h.returncode == 0 and b"Examples" in h.stdout and b"batch" in h.stdout
    v = run("--version")
    assert v.returncode == 0 and b"tbparse" in v.stdout
    s = run("schema")
    schema = json.loads(s.stdout)
    assert "Notice" in schema.get("title", "") and "sections" in schema["properties"]


@pytest.mark.parametrize("flag", ["--help", "--version"])
def test_help_and_version_import_nothing_heavy(flag: str) -> None:
    code = (
        "import sys; from tbparse.cli import main\n"
        f"try:\n    main([{flag!r}])\nexcept SystemExit: pass\n"
        "heavy = [m for m in ('pydantic', 'rich', 'yaml', 'regex') if m in sys.modules]\n"
        "print('HEAVY=' + ','.join(heavy))"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert r.stdout.decode().strip().splitlines()[-1] == "HEAVY="


def test_output_file_gets_the_mode_open_would_give(tmp_path) -> None:
    out = tmp_path / "n.json"
    mask = os.umask(0o022)
    os.umask(mask)
    assert run(str(SEED), "-o", str(out)).returncode == 0
    assert (out.stat().st_mode & 0o777) == (0o666 & ~mask)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".tbparse-")]  # no temp file left


def test_options_before_the_file_and_blank_stdin() -> None:
    r = run("--json", str(SEED))
    assert r.returncode == 0 and json.loads(r.stdout)["number"]["raw"] == "503-TB/TU"
    r = run("-", stdin=b"  \n\n\t\n")
    assert r.returncode == 2 and b"only whitespace" in r.stderr and r.stderr.count(b"\n") == 1
