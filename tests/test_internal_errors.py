"""A bug met on one input is that input's error — exit 2, the other files still checked — never a
finding that a baseline, a severity override or --exit-zero could hide."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from tbparse.cli import cli
from tbparse.errors import InternalError
from tbparse.lint import lint_text
from tbparse.lint import registry

from .conftest import SEED


def test_a_crashing_rule_is_an_input_error(monkeypatch, tmp_path):
    import dataclasses

    from tbparse.lint import engine

    def boom(notice, source, ctx):
        raise KeyError("x")

    rules = [dataclasses.replace(r, check=boom) if r.id == "TB024" else r for r in registry.all_rules()]
    monkeypatch.setattr(engine, "all_rules", lambda: rules)
    with pytest.raises(InternalError, match=r"internal error in rule TB024 \(KeyError: 'x'\); please report it"):
        lint_text(SEED.read_text(encoding="utf-8"), path="seed.txt")
    other = tmp_path / "b.txt"
    other.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    r = CliRunner().invoke(cli, ["check", str(SEED), str(other), "--exit-zero"])
    assert r.exit_code == 2  # --exit-zero does not hide it
    assert f"{SEED}: internal error in rule TB024" in r.output


def test_a_parser_crash_is_an_input_error(monkeypatch):
    import tbparse.parser as parser

    def boom(src, reject=True):
        raise IndexError("list index out of range")

    monkeypatch.setattr(parser, "parse_source", boom)
    with pytest.raises(InternalError, match=r"seed.txt: internal error: the parser failed \(IndexError"):
        lint_text("x", path="seed.txt")


def test_parse_command_reports_a_parser_crash_in_one_line(monkeypatch):
    import tbparse.parser as parser

    def boom(src, reject=True):
        raise IndexError("list index out of range")

    monkeypatch.setattr(parser, "parse_source", boom)
    r = CliRunner().invoke(cli, [str(SEED), "--json"])
    assert r.exit_code == 2
    assert r.output.strip().splitlines() == [
        f"tbparse: {SEED}: internal error: the parser failed (IndexError: list index out of range); please report it"]


@pytest.mark.parametrize("args", [["{f}", "--json"], ["check", "{f}", "{g}"], ["refs", "{f}", "{g}"]])
def test_a_decoder_crash_is_one_line_per_file_and_the_others_go_on(monkeypatch, tmp_path, args):
    """A bug in reading the bytes (decoding, mojibake repair) is the file's error like a parser
    bug: one line naming the file, exit 2 (1 for refs' failed files), never a traceback."""
    import tbparse.decode as decode

    real = decode.decode_bytes

    def boom(data, **kw):
        if b"BOOM" in data:
            raise NameError("name '_repair' is not defined")
        return real(data, **kw)

    monkeypatch.setattr(decode, "decode_bytes", boom)
    bad, good = tmp_path / "bad.txt", tmp_path / "good.txt"
    bad.write_bytes(SEED.read_bytes() + b"\nBOOM\n")
    good.write_bytes(SEED.read_bytes())
    r = CliRunner().invoke(cli, [a.format(f=bad, g=good) for a in args])
    assert "Traceback" not in r.output and (r.exception is None or isinstance(r.exception, SystemExit))
    lines = [ln for ln in r.output.splitlines() if "internal error" in ln]
    assert len(lines) == 1 and str(bad) in lines[0] and "NameError" in lines[0]
    if args[0] != "refs":  # parse and check both name the stage that failed
        assert "the reader failed" in lines[0]
    assert r.exit_code in (1, 2)
    if len(args) == 3:  # the good file was still read
        assert str(good) in r.output
