"""Outputs that cannot go wrong: strict JSON (same bytes as json.dumps), safe YAML with LibYAML."""
from __future__ import annotations

import json

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import tbparse
from tbparse.output import to_json, to_yaml

from .conftest import FIXTURES

FIXTURE_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]

# JSON-shaped trees (what json.dumps accepts), strings with any code point but lone surrogates
_leaf = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text()
_tree = st.recursive(_leaf, lambda c: st.lists(c, max_size=5) | st.dictionaries(st.text(max_size=8), c, max_size=5),
                     max_leaves=30)


@pytest.mark.parametrize("indent", [None, 0, 2, 4])
def test_to_json_is_json_dumps_on_every_fixture(indent) -> None:
    for text in FIXTURE_TEXTS:
        d = tbparse.parse_dict(text, reject=False)
        assert to_json(d, indent=indent) == json.dumps(d, ensure_ascii=False, indent=indent, allow_nan=False)


@settings(max_examples=300, deadline=None)
@given(_tree, st.sampled_from([None, 0, 1, 2, 3]))
def test_to_json_is_json_dumps_on_any_tree(obj, indent) -> None:
    assert to_json(obj, indent=indent) == json.dumps(obj, ensure_ascii=False, indent=indent, allow_nan=False)


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), -float("inf")])
def test_to_json_never_writes_nan(bad) -> None:
    with pytest.raises(ValueError):
        to_json({"x": [1, {"y": bad}]})
    with pytest.raises(ValueError):
        to_json({"x": bad}, indent=None)


def test_to_json_other_types_fail_like_json_dumps() -> None:
    with pytest.raises(TypeError):
        to_json({"x": object()})
    # what json.dumps accepts, the fast writer hands to it: int keys, tuples, bool subclasses
    assert to_json({1: (True, None)}) == json.dumps({1: (True, None)}, ensure_ascii=False, indent=2)


def test_to_json_escapes_lone_surrogates_into_valid_utf8() -> None:
    s = to_json({"a": "x\udc80y", "b": ["\ud800"]})
    s.encode("utf-8")  # strict
    assert json.loads(s) == {"a": "x\udc80y", "b": ["\ud800"]}  # the escapes read back exactly


def test_yaml_uses_the_safe_c_dumper_when_pyyaml_has_it(monkeypatch) -> None:
    used = {}
    real = yaml.dump

    def spy(data, **kw):
        used.update(kw)
        return real(data, **kw)

    monkeypatch.setattr(yaml, "dump", spy)
    to_yaml({"a": 1})
    dumper = used["Dumper"]
    if getattr(yaml, "__with_libyaml__", False):
        assert dumper is yaml.CSafeDumper
    else:  # pragma: no cover - a PyYAML built without LibYAML
        assert dumper is yaml.SafeDumper
    assert used["allow_unicode"] is True and used["sort_keys"] is False


def test_yaml_is_safe_only() -> None:
    """The safe dumper refuses Python objects: no '!!python/object' tag can ever be written."""
    with pytest.raises(yaml.representer.RepresenterError):
        to_yaml({"x": object()})
    assert "!!python" not in to_yaml({"t": (1, 2)})  # a tuple becomes a plain list


def test_yaml_round_trips_to_the_json_contract() -> None:
    for text in FIXTURE_TEXTS:
        d = tbparse.parse_dict(text, reject=False)
        y = to_yaml(d)
        y.encode("utf-8")
        assert yaml.load(y, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) == json.loads(to_json(d))


def test_output_module_imports_no_yaml_until_used() -> None:
    import subprocess
    import sys

    code = "import sys, tbparse.output as o; o.to_json({}); print('yaml' in sys.modules)"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.stdout.strip() == "False"
