"""Linter configuration: ``[tool.tbparse]`` in ``pyproject.toml`` or a ``.tbparse.toml``.

Discovery goes upward from each checked file's folder and stops at the first folder holding a
``.tbparse.toml`` (keys at the top level) or a ``pyproject.toml`` with a ``[tool.tbparse]`` table
(a ``pyproject.toml`` without one is passed over); ``.tbparse.toml`` wins when a folder has both.
``--config FILE`` uses that file for every input; ``--isolated`` uses none.

Every key is checked: a misspelt key, an unknown rule code or a bad severity is a
:class:`ConfigError` (exit 2) naming the file and the key — silently ignoring a typo in
``ignore`` would hide findings the user thinks are switched off, or show ones they switched off.
Sub-tables ``parse``, ``batch`` and ``refs`` belong to the other commands and are not read here.
"""
from __future__ import annotations

import fnmatch
import os
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..errors import TbparseError
from .era import ERAS
from .finding import SEVERITIES

CONFIG_FILES = (".tbparse.toml", "pyproject.toml")
KNOWN_KEYS = (
    "select", "ignore", "per-file-ignores", "severity", "issuer-codes", "seats", "era", "fail-on", "options",
)
OTHER_COMMANDS = ("parse", "batch", "refs")


class ConfigError(TbparseError):
    """The configuration cannot be used (exit 2): bad TOML, unknown key, unknown rule, bad value."""

    exit_code = 2


@dataclass
class Config:
    """What the configuration says, validated. The default is every rule, era by date."""

    path: str | None = None  # file it came from (None: defaults or a dict)
    root: str = "."  # folder that per-file-ignores patterns are relative to
    select: tuple[str, ...] | None = None  # selectors; None = all rules
    ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    severity: dict[str, str] = field(default_factory=dict)  # code -> severity
    issuer_codes: dict[str, str] = field(default_factory=dict)  # folded issuer name -> body code
    seats: dict[str, str] = field(default_factory=dict)  # folded issuer name -> place
    era: str = "auto"
    fail_on: str | None = None
    options: dict[str, dict[str, Any]] = field(default_factory=dict)  # code -> {option: value}

    # --- selection ----------------------------------------------------------------------------

    def enabled_codes(self, path: str | None = None) -> frozenset[str]:
        """Rule IDs to run on *path* (select, minus ignore, minus matching per-file-ignores)."""
        from .registry import codes_matching

        codes = set(_selected(self.select, self.ignore))
        if path and self.per_file_ignores:
            rel = _relative(path, self.root)
            base = os.path.basename(rel)
            for pattern, sels in self.per_file_ignores:
                hit = fnmatch.fnmatchcase(rel, pattern) or ("/" not in pattern and fnmatch.fnmatchcase(base, pattern))
                if hit:
                    for s in sels:
                        codes -= set(codes_matching(s))
        return frozenset(codes)

    def with_overrides(self, *, select: tuple[str, ...] | None = None, ignore: tuple[str, ...] = (),
                       era: str | None = None, fail_on: str | None = None) -> "Config":
        """A copy with command-line choices applied: ``--select`` replaces, ``--ignore`` adds."""
        import dataclasses

        for s in (select or ()) + tuple(ignore):
            _check_selector(s, "command line")
        return dataclasses.replace(
            self,
            select=select if select else self.select,
            ignore=self.ignore + tuple(ignore),
            era=era or self.era,
            fail_on=fail_on or self.fail_on,
        )


@lru_cache(maxsize=64)
def _selected(select: tuple[str, ...] | None, ignore: tuple[str, ...]) -> frozenset[str]:
    from .registry import all_rules, codes_matching

    codes = {r.id for r in all_rules()} if select is None else {c for s in select for c in codes_matching(s)}
    for s in ignore:
        codes -= set(codes_matching(s))
    return frozenset(codes)


def _relative(path: str, root: str) -> str:
    try:
        rel = os.path.relpath(os.path.abspath(path), os.path.abspath(root))
    except ValueError:  # another drive on Windows
        rel = path
    return rel.replace(os.sep, "/")


# --- validation ------------------------------------------------------------------------------

def _check_selector(s: Any, where: str) -> str:
    from .registry import codes_matching

    if not isinstance(s, str) or not s.strip():
        raise ConfigError(f"{where}: a rule selector must be a non-empty string, got {s!r}")
    if not codes_matching(s):
        raise ConfigError(f"{where}: {s!r} matches no rule (see `tbparse rules`)")
    return s.strip()


def _selectors(value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise ConfigError(f"{where}: expected a list of rule codes, got {type(value).__name__}")
    return tuple(_check_selector(s, where) for s in value)


def _str_table(value: Any, where: str) -> dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise ConfigError(f"{where}: expected a table of strings")
    return value


def config_from_dict(data: dict, *, path: str | None = None, root: str | None = None) -> Config:
    """Validate a ``[tool.tbparse]`` table (or the same keys given as a dict) into a :class:`Config`."""
    from ..fold import fold
    from .registry import get_rule

    where = path or "config"
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: the configuration must be a table")
    unknown = [k for k in data if k not in KNOWN_KEYS and k not in OTHER_COMMANDS]
    if unknown:
        raise ConfigError(
            f"{where}: unknown key {unknown[0]!r} in [tool.tbparse] (known keys: {', '.join(KNOWN_KEYS)})"
        )
    cfg = Config(path=path, root=root or (os.path.dirname(os.path.abspath(path)) if path else "."))
    if "select" in data:
        cfg.select = _selectors(data["select"], f"{where}: select")
    if "ignore" in data:
        cfg.ignore = _selectors(data["ignore"], f"{where}: ignore")
    if "per-file-ignores" in data:
        pfi = data["per-file-ignores"]
        if not isinstance(pfi, dict):
            raise ConfigError(f"{where}: per-file-ignores must be a table \"glob\" = [codes]")
        cfg.per_file_ignores = tuple(
            (str(pat), _selectors(sels, f"{where}: per-file-ignores {pat!r}")) for pat, sels in pfi.items()
        )
    if "severity" in data:
        for code, sev in _str_table(data["severity"], f"{where}: severity").items():
            rule = get_rule(code)
            if rule is None:
                raise ConfigError(f"{where}: severity: no rule {code!r}")
            if sev not in SEVERITIES:
                raise ConfigError(f"{where}: severity of {code}: {sev!r} is not one of {', '.join(SEVERITIES)}")
            cfg.severity[rule.id] = sev
    if "issuer-codes" in data:
        cfg.issuer_codes = {fold(" ".join(k.split())): v.strip() for k, v in _str_table(data["issuer-codes"], f"{where}: issuer-codes").items()}
    if "seats" in data:
        cfg.seats = {fold(" ".join(k.split())): v.strip() for k, v in _str_table(data["seats"], f"{where}: seats").items()}
    if "era" in data:
        era = data["era"]
        if era != "auto" and era not in ERAS:
            raise ConfigError(f"{where}: era must be auto or one of {', '.join(ERAS)}, got {era!r}")
        cfg.era = era
    if "fail-on" in data:
        fo = data["fail-on"]
        if fo not in SEVERITIES:
            raise ConfigError(f"{where}: fail-on must be one of {', '.join(SEVERITIES)}, got {fo!r}")
        cfg.fail_on = fo
    if "options" in data:
        opts = data["options"]
        if not isinstance(opts, dict):
            raise ConfigError(f"{where}: options must be a table [options.TB041] …")
        for code, values in opts.items():
            rule = get_rule(code)
            if rule is None:
                raise ConfigError(f"{where}: options: no rule {code!r}")
            if not isinstance(values, dict):
                raise ConfigError(f"{where}: options.{code} must be a table")
            known = {o.name: o for o in rule.options}
            for k, v in values.items():
                if k not in known:
                    names = ", ".join(known) or "none"
                    raise ConfigError(f"{where}: options.{rule.id}: unknown option {k!r} (options: {names})")
                want = type(known[k].default)
                if not isinstance(v, want) or (want is int and isinstance(v, bool)):
                    raise ConfigError(f"{where}: options.{rule.id}.{k} must be {want.__name__}, got {v!r}")
                if known[k].choices and v not in known[k].choices:
                    allowed = ", ".join(repr(c) for c in known[k].choices)
                    raise ConfigError(f"{where}: options.{rule.id}.{k} must be one of {allowed}, got {v!r}")
            cfg.options[rule.id] = dict(values)
    return cfg


# --- files -----------------------------------------------------------------------------------

def _read_toml(path: str) -> dict:
    import tomllib

    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError("config file not found", path=path) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML: {exc}", path=path) from None
    except OSError as exc:
        raise ConfigError(f"cannot read config: {exc.strerror or exc}", path=path) from None


def _table_of(path: str, data: dict) -> dict | None:
    """The tbparse table of a config file: top level of .tbparse.toml, [tool.tbparse] of pyproject."""
    if os.path.basename(path) == "pyproject.toml":
        tool = data.get("tool")
        if isinstance(tool, dict) and "tbparse" in tool:
            return tool["tbparse"]
        return None
    if "tool" in data and isinstance(data["tool"], dict) and "tbparse" in data["tool"] and len(data) == 1:
        return data["tool"]["tbparse"]
    return data


def load_config(path: str) -> Config:
    """Load and validate one config file (``--config``). A pyproject without [tool.tbparse] gives defaults."""
    table = _table_of(path, _read_toml(path))
    return config_from_dict(table or {}, path=path)


@lru_cache(maxsize=256)
def _config_in(folder: str) -> str | None:
    for name in CONFIG_FILES:
        p = os.path.join(folder, name)
        if os.path.isfile(p):
            if name == "pyproject.toml" and _table_of(p, _read_toml(p)) is None:
                continue
            return p
    return None


def find_config_file(start: str) -> str | None:
    """The nearest config file at or above folder *start*, or None."""
    folder = os.path.abspath(start)
    while True:
        found = _config_in(folder)
        if found:
            return found
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


@lru_cache(maxsize=64)
def _load_cached(path: str) -> Config:
    return load_config(path)


def config_for(path: str | None, *, explicit: str | None = None, isolated: bool = False) -> Config:
    """The configuration that applies to the file at *path* (``None``: standard input → cwd)."""
    if isolated:
        return Config()
    if explicit:
        return _load_cached(os.path.abspath(explicit))
    start = os.path.dirname(os.path.abspath(path)) if path else os.getcwd()
    found = find_config_file(start)
    return _load_cached(found) if found else Config()


def clear_caches() -> None:
    """Forget discovered files (tests create config files on the fly)."""
    _config_in.cache_clear()
    _load_cached.cache_clear()


def coerce(config: "Config | dict | str | None") -> Config:
    """Accept what ``lint_text(config=…)`` may be given: a Config, a dict of keys, a file path, None."""
    if config is None:
        return Config()
    if isinstance(config, Config):
        return config
    if isinstance(config, dict):
        return config_from_dict(config)
    if isinstance(config, (str, os.PathLike)):
        return load_config(os.fspath(config))
    raise ConfigError(f"config must be a Config, a dict or a path, not {type(config).__name__}")
