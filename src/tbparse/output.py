"""Serialise a parse: JSON (strict UTF-8, never NaN), YAML (safe dumper, C where present)."""
from __future__ import annotations

import json


def to_json(d: dict, *, indent: int | None = 2) -> str:
    """JSON text of a contract dict; lone surrogates are escaped so the output is valid UTF-8."""
    return json.dumps(d, ensure_ascii=False, indent=indent, allow_nan=False).encode("utf-8", "backslashreplace").decode("utf-8")


def to_yaml(d: dict) -> str:
    import yaml

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(d, Dumper=dumper, allow_unicode=True, sort_keys=False, width=100)


def public(d: dict, *, layout: bool = False) -> dict:
    """The dict as printed: the internal ``layout`` map is kept only on request."""
    if layout:
        return d
    return {k: v for k, v in d.items() if k != "layout"}
