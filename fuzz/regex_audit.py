"""Audit every compiled regular expression in tbparse for super-linear matching.

Two checks per pattern (module-level ``re.compile`` patterns and ``lazy_re`` objects, found by
importing every module of the package):

1. static — from the parsed pattern: an unbounded repeat nested inside another unbounded repeat
   (star height ≥ 2, the shape of ``(a+)+``) that is neither possessive nor atomic;
2. dynamic — every match of the pattern (``finditer``) over hostile strings built from the
   pattern's own literal characters plus spaces, letters and digits, at 2,000 and 8,000
   characters. Linear scanning grows 4×; the pattern is flagged when it grows more than 10×.

Patterns flagged and then read by hand are listed in ``REVIEWED`` with the reason they are safe;
anything else flagged makes the script exit 1.

Usage: ``python fuzz/regex_audit.py [--verbose]``  (``--verbose`` prints every pattern)
"""
from __future__ import annotations

import importlib
import pkgutil
import multiprocessing
import re
import sys
import time
from re import _constants as C  # noqa: N812
from re import _parser

import tbparse

UNBOUNDED = C.MAXREPEAT

_AT_POS = "possessive; only match/fullmatch at one position (linear per call) — finditer over a space run is the audit's own artefact"
_COLLAPSED = "runs on whitespace-collapsed text (one space at most); finditer over a space run is the audit's artefact"
_ONE = "only match/fullmatch at one position: linear per call (finditer over a run is the audit's own artefact)"
_WINDOW60 = "searched in the 60 characters around a lost byte (decode's near()): bounded"
_UNAMBIGUOUS = "nested repeat, but each iteration starts with a literal the previous one cannot end with: no overlap, linear"
# Flagged by the checks above, read by hand, and found safe — the reason for each.
REVIEWED = {
    "tbparse.extract.dates._TO_NOW": _AT_POS,
    "tbparse.extract.dates._TO": _AT_POS,
    "tbparse.extract.dates._LINK": _AT_POS,
    "tbparse.extract.people._SEP_AFTER": _AT_POS,
    "tbparse.extract.refs._LIST_GAP": _AT_POS,
    "tbparse.extract.refs._DATE_LEAD": _AT_POS,
    "tbparse.extract.refs._OF": _AT_POS,
    "tbparse.extract.refs._NQ_THEN_NUMBER": _AT_POS,
    "tbparse.extract.refs._KHOA_AFTER": _AT_POS,
    "tbparse.extract.refs._TERM_AFTER": _AT_POS,
    "tbparse.extract.refs._NOT_AFTER_BARE": "only match at one position, on collapsed text",
    "tbparse.extract.refs._NUMBER": _UNAMBIGUOUS + " ('-' or '/' between parts)",
    "tbparse.extract.refs._LIST_BEFORE": _UNAMBIGUOUS + " (',' or 'va' between numbers); searched in a 60-character window",
    "tbparse.extract.refs._ALIAS_BEFORE": "searched in a bounded window before a number only",
    "tbparse.lint.parts.NUMBER_RE": _UNAMBIGUOUS + " (spaces vs non-spaces); anchored at 'so'",
    "tbparse.lint.registry._NAME": _UNAMBIGUOUS + " ('-' between parts); rule names only",
    "tbparse.steps.footer._TITLES": _UNAMBIGUOUS + " (each title ends with '.')",
    "tbparse.steps.header.PARTY_NO": _UNAMBIGUOUS + " ('-' between issuer codes)",
    "tbparse.steps.header.DATE_LINE": "place and separators bounded ({0,120}, {0,8}): linear; on collapsed cell text",
    "tbparse.steps.meeting._SPLIT": _COLLAPSED,
    "tbparse.steps.meeting._TITLE_SEP": _COLLAPSED + "; match at one position",
    "tbparse.steps.annexes._ATTACHED": "only match at one position (a line's start): linear per call",
    "tbparse.steps.annexes._NOTE": "only match at one position (a line's start): linear per call",
    "tbparse.steps.furniture._PAGE_FORM": "only fullmatch on a line of at most 16 characters (_page_no)",
    "tbparse.steps.furniture._PAGE_TAIL": "searched only in a line of at most 100 characters",
    "tbparse.steps.furniture._CHROME_SURE": "only match at a line's start, on lines of at most 120 characters",
    # sixth session's review of the 25 left by the third run (fuzz/README.md)
    "tbparse.decode._PREV_WORD": _WINDOW60,
    "tbparse.decode._NEXT_WORD": _WINDOW60,
    "tbparse.decode._WORD_END": _WINDOW60,
    "tbparse.docx_reader._PAGE_NO_FIELD": _ONE + " (a field's instruction)",
    "tbparse.docx_reader._DOC_HEADER": _ONE + " (a whitespace-collapsed fragment)",
    "tbparse.extract.dates._ANNUAL": _ONE,
    "tbparse.extract.dates._AND": _ONE + " (fullmatch between two dates)",
    "tbparse.extract.refs._AND": _ONE + " (fullmatch between two numbers)",
    "tbparse.extract.refs._LAW_TOKEN": _ONE + " (after a law's name, on collapsed text)",
    "tbparse.legacy._ROMAN_HEADING": _ONE,
    "tbparse.legacy._NUMBERED_HEADING": _ONE,
    "tbparse.lines._HEADING_CLOSE": "possessive, tried only where a blank run starts (was quadratic on '# x' + 20,000 spaces: 2.9 s)",
    "tbparse.lint.rules.tb006_number_line._SO_FIRST": _ONE,
    "tbparse.lint.rules.tb018_number_date_spacing._NO_HYPHEN_GAP": _ONE,
    "tbparse.lint.rules.tb034_recipients_label._FOR_COLON": _ONE + " (after the 8-character label)",
    "tbparse.vocab.SIGNED_NOTE": _UNAMBIGUOUS + " (a placeholder word between separators); a note's text now stops at"
                                 " the next bracket (20,000 unclosed '(đã ký' on one line took 31 s)",
    "tbparse.steps.header.LOOSE_NO": _UNAMBIGUOUS + " ('-' between issuer codes); match at one position",
    "tbparse.steps.header._DASH": _COLLAPSED + " (a header cell)",
    "tbparse.steps.meeting._CITED": "searched only in the 120 characters before a date (_LOOKBACK)",
    "tbparse.steps.meeting.ATTEND_END": _COLLAPSED + " (a paragraph's text)",
    "tbparse.steps.meeting._SPLIT_SEMI": _COLLAPSED,
    "tbparse.steps.meeting._FILLER_TAIL": _COLLAPSED + " (one attendee entry)",
    "tbparse.steps.structure._ENACTING_CAPS": _ONE + " (a collapsed line)",
    "tbparse.vocab._LABEL_TAIL": _ONE + "; rewritten without its per-dash lookahead ('Nơi nhận' + 20,000 dashes took 1.3 s)",
    # audit 23's new patterns flagged on a quiet machine (sixth session)
    "tbparse.lint.rules.tb006_number_line._SO_WORD": _ONE + " (the number line's first word)",
    "tbparse.steps.meeting._LEAD_IN": _ONE + " (after a 'và' in an attendee list, on collapsed text)",
    # audit 24's new patterns flagged on a quiet machine (seventh session)
    "tbparse.extract.refs._PLENUM_AFTER": _AT_POS + " (right after a cited number's date)",
    "tbparse.lint.rules.tb031_position_bare._KIEM": _COLLAPSED + " (split once on the position, ' '.join(pos.split()))",
    "tbparse.lint.rules.tb039_markings._JOINER": "finditer only on a fragment of at most _LONGEST (40) characters: bounded",
    "tbparse.steps.footer._BARE_NOTE": _ONE + " (a footer fragment, folded)",
}


def patterns() -> list[tuple[str, str, re.Pattern]]:
    """(module, name, compiled pattern) for every pattern object at module level."""
    from tbparse.extract import lazy_re

    out = []
    for info in pkgutil.walk_packages(tbparse.__path__, "tbparse."):
        if info.name.endswith("__main__"):
            continue  # runs the CLI
        try:
            mod = importlib.import_module(info.name)
        except Exception as exc:  # noqa: BLE001 - an optional module that cannot import here
            print(f"skip {info.name}: {exc}", file=sys.stderr)
            continue
        for name, val in vars(mod).items():
            if isinstance(val, re.Pattern):
                out.append((info.name, name, val))
            elif isinstance(val, lazy_re):
                out.append((info.name, name, re.compile(*val._args)))
    seen = set()
    uniq = []
    for mod, name, p in out:
        key = (p.pattern, p.flags)
        ALIASES.setdefault(key, []).append(f"{mod}.{name}")
        if key not in seen:
            seen.add(key)
            uniq.append((mod, name, p))
    return uniq


# every module-level name of a pattern (one imported elsewhere is listed under each module; the
# first found is audited, and its review may stand under any of its names: furniture.PARTY_NO is
# header.PARTY_NO)
ALIASES: dict[tuple[str, int], list[str]] = {}


def star_height(items, depth: int = 0) -> int:
    """Deepest nesting of unbounded, backtracking repeats in a parsed pattern."""
    best = depth
    for op, av in items:
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            lo, hi, sub = av
            d = depth + (1 if hi == UNBOUNDED or hi > 50 else 0)
            best = max(best, star_height(sub, d))
        elif op is C.POSSESSIVE_REPEAT or op is C.ATOMIC_GROUP:
            continue  # never backtracks into
        elif op is C.SUBPATTERN:
            best = max(best, star_height(av[-1], depth))
        elif op is C.BRANCH:
            for alt in av[1]:
                best = max(best, star_height(alt, depth))
        elif op in (C.ASSERT, C.ASSERT_NOT):
            best = max(best, star_height(av[1], depth))
    return best


def literals(pattern: str) -> str:
    chars = {c for c in pattern if c.isprintable() and c not in "\\()[]{}?*+|^$."}
    return "".join(sorted(chars))


def hostile(pattern: str, n: int) -> list[str]:
    lit = literals(pattern) or "a"
    base = [" ", "a", "1", "-", ".", "ngay ", "thang ", "1/", "A", "Đ", lit, lit[::-1], "a " * 3 + "\n"]
    out = []
    for b in base:
        out.append((b * (n // len(b) + 1))[:n] + "!")
    return out


def scan_time(p: re.Pattern, texts: list[str]) -> float:
    if isinstance(p.pattern, bytes):  # (decode's byte patterns: the same strings, encoded)
        texts = [t.encode("utf-8", "surrogateescape") for t in texts]
    t0 = time.perf_counter()
    for t in texts:
        for _ in p.finditer(t):
            pass
    return time.perf_counter() - t0


def _measure(p: re.Pattern, conn) -> None:  # noqa: ANN001
    pattern = p.pattern.decode("latin-1") if isinstance(p.pattern, bytes) else p.pattern
    small, big = hostile(pattern, 2000), hostile(pattern, 8000)
    # best of five: on a shared machine a neighbour's burst must not pass for quadratic growth
    t_small = min(scan_time(p, small) for _ in range(5))
    t_big = min(scan_time(p, big) for _ in range(5))
    conn.send((t_big, t_big / t_small if t_small > 1e-5 else 1.0))


def _dynamic(p: re.Pattern, timeout: float = 30.0) -> tuple[float, float]:
    """(time on the large inputs, growth) measured in a child process: a regex stuck in
    catastrophic backtracking cannot be interrupted in-process, only killed."""
    parent, child = multiprocessing.Pipe(duplex=False)
    proc = multiprocessing.Process(target=_measure, args=(p, child))
    proc.start()
    if parent.poll(timeout):
        result = parent.recv()
        proc.join()
        return result
    proc.kill()
    proc.join()
    return timeout, float("inf")


def main() -> int:
    verbose = "--verbose" in sys.argv
    flagged = 0
    rows = patterns()
    for mod, name, p in rows:
        try:
            height = star_height(_parser.parse(p.pattern, p.flags))
        except Exception:  # noqa: BLE001
            height = -1
        t_big, growth = _dynamic(p)
        bad = height >= 2 or growth > 10
        names = ALIASES.get((p.pattern, p.flags), [f"{mod}.{name}"])
        why = next((REVIEWED[a] for a in names if a in REVIEWED), None) if bad else None
        flagged += bad and why is None
        if bad or verbose:
            flag = ("rev " if why else "FLAG") if bad else "ok  "
            print(f"{flag} {mod}.{name}: star height {height}, growth ×{growth:.1f} ({t_big * 1e3:.1f} ms)  {p.pattern[:90]!r}", flush=True)
            if why:
                print(f"       reviewed: {why}", flush=True)
    print(f"{len(rows)} patterns audited, {flagged} flagged and not reviewed")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
