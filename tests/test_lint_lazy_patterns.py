"""The lint modules compile their patterns on first use (tbparse.lazyre.lazy_re), as the parser's
do: importing every rule used to compile all ~80 of them, though a check of one draft reaches
about 60 and ``tbparse rules`` none. A rule written with a module-level ``re.compile`` shows here."""
from __future__ import annotations

import subprocess
import sys

CODE = """
import sys
import re._compiler as compiler

eager = []
_compile = compiler.compile


def spy(p, flags=0):
    f = sys._getframe(1)
    while f is not None and f.f_globals.get("__name__", "").split(".")[0] == "re":
        f = f.f_back
    eager.append(f.f_globals.get("__name__", "?") if f is not None else "?")
    return _compile(p, flags)


compiler.compile = spy
import tbparse.lint.baseline, tbparse.lint.engine, tbparse.lint.formats.text  # noqa: E401,F401
from tbparse.lint.registry import all_rules

assert len(all_rules()) >= 40
print(sorted({m for m in eager if m.startswith("tbparse.lint")}))
"""


def test_importing_the_rules_compiles_no_pattern_of_theirs() -> None:
    r = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[]"
