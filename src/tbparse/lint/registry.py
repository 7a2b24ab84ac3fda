"""Find the rules: every module ``tbNNN_<name>.py`` in :mod:`tbparse.lint.rules` is one rule.

Discovery walks the rules package with :func:`pkgutil.iter_modules` the first time the rules are
needed (never at import), imports each rule module and checks its metadata, so adding a rule is
adding one file — no list to update. Most rules check one document (``CHECKS = "text"`` or
``"docx"``, a ``check(notice, source, ctx)`` function); a corpus rule (``CHECKS = "corpus"``, a
``check_corpus(docs, ctx)`` function) compares the documents of one run with each other and is run
by :func:`tbparse.lint.engine.lint_corpus` once every file was checked. A malformed rule module is a programming error and raises
:class:`RuleError` naming the module and what is wrong.
"""
from __future__ import annotations

import importlib
import pkgutil
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable, Iterable

from ..lazyre import lazy_re
from .era import ERAS
from .finding import SEVERITIES

# "tb014_date_line" → a rule module; "_common", "__init__" are not
_MODULE = lazy_re(r"^tb\d{3}_[a-z0-9_]+$")
# "TB014"
_ID = lazy_re(r"^TB\d{3}$")
# "date-line"
_NAME = lazy_re(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
CHECKS = ("text", "docx", "corpus")
# the function each kind of rule provides
_ENTRY = {"text": "check", "docx": "check", "corpus": "check_corpus"}


class RuleError(Exception):
    """A rule module breaks the contract in ``tbparse.lint.rules`` (a bug, not a user error)."""


@dataclass(frozen=True)
class Option:
    """A rule option: its default (which also fixes its type), one line of help, allowed values."""

    name: str
    default: Any
    help: str
    choices: tuple = ()


@dataclass(frozen=True)
class Rule:
    """A rule's metadata and its ``check`` function, as read from its module.

    ``check`` is the module's ``check(notice, source, ctx)``, or for a corpus rule its
    ``check_corpus(docs, ctx)`` (``checks == "corpus"``).
    """

    id: str
    name: str
    severity: str
    era: tuple[str, ...]
    checks: str
    doc: str
    check: Callable[..., Iterable[Any]] = field(repr=False, compare=False)
    module: str = ""
    options: tuple[Option, ...] = ()

    @property
    def summary(self) -> str:
        """The first line of the rule's docstring: what it flags."""
        return self.doc.strip().splitlines()[0].strip() if self.doc.strip() else ""



def _options(mod: Any, where: str) -> tuple[Option, ...]:
    raw = getattr(mod, "OPTIONS", None) or {}
    if not isinstance(raw, dict):
        raise RuleError(f"{where}: OPTIONS must be a dict name -> (default, help)")
    out = []
    for name, spec in raw.items():
        if not (isinstance(spec, tuple) and len(spec) in (2, 3) and isinstance(spec[1], str)):
            raise RuleError(f"{where}: option {name!r} must be (default, help) or (default, help, choices)")
        if not _NAME.match(name):
            raise RuleError(f"{where}: option name {name!r} must be kebab-case")
        choices = tuple(spec[2]) if len(spec) == 3 else ()
        if choices and spec[0] not in choices:
            raise RuleError(f"{where}: option {name!r}: default {spec[0]!r} is not among its choices")
        out.append(Option(name, spec[0], spec[1], choices))
    return tuple(out)


def rule_from_module(mod: Any) -> Rule:
    """Read and check the metadata of one rule module."""
    where = mod.__name__
    rid = getattr(mod, "ID", None)
    if not isinstance(rid, str) or not _ID.match(rid):
        raise RuleError(f"{where}: ID must look like 'TB014', got {rid!r}")
    name = getattr(mod, "NAME", None)
    if not isinstance(name, str) or not _NAME.match(name):
        raise RuleError(f"{where}: NAME must be kebab-case, got {name!r}")
    sev = getattr(mod, "SEVERITY", None)
    if sev not in SEVERITIES:
        raise RuleError(f"{where}: SEVERITY must be one of {SEVERITIES}, got {sev!r}")
    era = getattr(mod, "ERA", ERAS)
    if isinstance(era, str):
        era = (era,)
    era = tuple(era)
    if not era or any(e not in ERAS for e in era):
        raise RuleError(f"{where}: ERA must name eras among {ERAS}, got {era!r}")
    checks = getattr(mod, "CHECKS", None)
    if checks not in CHECKS:
        raise RuleError(f"{where}: CHECKS must be 'text', 'docx' or 'corpus', got {checks!r}")
    doc = (mod.__doc__ or "").strip()
    if not doc:
        raise RuleError(f"{where}: the module docstring (the rule's documentation) is missing")
    entry = _ENTRY[checks]
    check = getattr(mod, entry, None)
    if not callable(check):
        args = "docs, ctx" if checks == "corpus" else "notice, source, ctx"
        raise RuleError(f"{where}: no {entry}({args}) function")
    short = where.rsplit(".", 1)[-1]
    if not short.startswith(rid.lower() + "_"):
        raise RuleError(f"{where}: module name must start with {rid.lower()}_")
    return Rule(rid, name, sev, era, checks, doc, check, where, _options(mod, where))


@lru_cache(maxsize=None)
def _discover(package: str) -> tuple[Rule, ...]:
    pkg = importlib.import_module(package)
    rules: list[Rule] = []
    seen_ids: dict[str, str] = {}
    seen_names: dict[str, str] = {}
    for info in pkgutil.iter_modules(pkg.__path__):
        if not _MODULE.match(info.name):
            continue
        mod = importlib.import_module(f"{package}.{info.name}")
        rule = rule_from_module(mod)
        if rule.id in seen_ids:
            raise RuleError(f"{rule.module}: ID {rule.id} already used by {seen_ids[rule.id]}")
        if rule.name in seen_names:
            raise RuleError(f"{rule.module}: NAME {rule.name} already used by {seen_names[rule.name]}")
        seen_ids[rule.id] = rule.module
        seen_names[rule.name] = rule.module
        rules.append(rule)
    rules.sort(key=lambda r: r.id)
    return tuple(rules)


def all_rules() -> tuple[Rule, ...]:
    """Every rule, sorted by ID (discovered and checked on first call, then cached)."""
    return _discover("tbparse.lint.rules")


def get_rule(key: str) -> Rule | None:
    """A rule by ID (``TB014``, ``tb14``) or by name (``date-line``); None when there is none."""
    k = key.strip()
    m = re.fullmatch(r"(?i)tb(\d{1,3})", k)
    if m:
        k = f"TB{int(m.group(1)):03d}"
    for r in all_rules():
        if r.id == k or r.name == k.lower():
            return r
    return None


def codes_matching(selector: str) -> list[str]:
    """Rule IDs a selector names: ``ALL``, a full ID (``TB014``) or a prefix (``TB01``), or a name."""
    s = selector.strip()
    if s.upper() == "ALL":
        return [r.id for r in all_rules()]
    su = s.upper()
    out = [r.id for r in all_rules() if r.id.startswith(su)]
    if not out:
        out = [r.id for r in all_rules() if r.name == s.lower()]
    return out
