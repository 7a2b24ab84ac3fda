"""Golden files: fixtures/<case>.txt parses to exactly fixtures/<case>.json.

Each pair was checked by hand field by field once; regenerate after an intended change with
``pytest tests/test_golden.py --update-golden`` and review the diff before committing.
"""
from __future__ import annotations

import json

import pytest

import tbparse
from tbparse.output import to_json

from .conftest import FIXTURES, ROOT

CASES = sorted(p for p in FIXTURES.glob("*.txt") if p.with_suffix(".json").exists() or p.stem.startswith(("golden-", "seed-")))


def _parse(path) -> dict:
    rel = str(path.relative_to(ROOT))
    src_bytes = path.read_bytes()
    doc = tbparse.parse_bytes(src_bytes, path=rel)
    return json.loads(to_json(doc.to_dict()))


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_golden(path, update_golden) -> None:
    got = _parse(path)
    expected_path = path.with_suffix(".json")
    if update_golden or not expected_path.exists():
        expected_path.write_text(to_json(got) + "\n", encoding="utf-8")
        if not update_golden:
            pytest.fail(f"golden file {expected_path.name} was missing; written — check it by hand")
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    assert got == expected


def test_every_golden_has_both_halves() -> None:
    texts = {p.stem for p in FIXTURES.glob("*.txt")}
    jsons = {p.stem for p in FIXTURES.glob("*.json")}
    assert texts == jsons == {p.stem for p in CASES}


def test_goldens_are_exactly_what_the_cli_prints(monkeypatch) -> None:
    """``doc.to_dict()`` (the library) and ``tbparse FILE --json`` (the CLI) give the same JSON text."""
    from click.testing import CliRunner

    from tbparse.cli import cli

    monkeypatch.chdir(ROOT)  # the golden's source.path is relative to the repository
    path = FIXTURES / "seed-503-tb-tu.txt"
    r = CliRunner().invoke(cli, [str(path.relative_to(ROOT)), "--json"], catch_exceptions=False)
    assert r.output == (FIXTURES / "seed-503-tb-tu.json").read_text(encoding="utf-8")
