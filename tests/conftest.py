"""Shared test fixtures: paths to the repo's fixtures and the shared real-document corpus."""
from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
SEED = FIXTURES / "seed-503-tb-tu.txt"

# The tests and the processes they start keep compiled regex programs (tbparse.recache) in a
# directory of this run's own, never in the user's ~/.cache.
if "TBPARSE_CACHE_DIR" not in os.environ:
    os.environ["TBPARSE_CACHE_DIR"] = _cache = tempfile.mkdtemp(prefix="tbparse-test-cache-")
    atexit.register(shutil.rmtree, _cache, ignore_errors=True)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite fixtures/*.json from the current parser")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))  # only by asking: never from the environment


def corpus_file(name: str) -> Path:
    p = CORPUS / name
    if not p.exists():
        pytest.skip(f"shared corpus not present ({p})")
    return p
