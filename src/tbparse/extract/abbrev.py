"""Known Party/State abbreviations a text uses (UVBTV, LĐLĐ, UBND, TU, NĐ-CP …) with expansions.

The table is package data (``tbparse/data/abbreviations.tsv``: ``abbr<TAB>expansion``), read on
first use. Matching is by whole token and case-sensitive: an abbreviation is a run of capitals
(with the odd lowercase letter — "TTg", "ThU") between non-letters, so "TU" counts inside
"20-CT/TU" but not inside "TUẦN"; a hyphenated token ("NĐ-CP") is looked up whole first, then
part by part ("QĐ-TTg" → "TTg" when only that is known).
"""
from __future__ import annotations

import os
from functools import lru_cache
from typing import Sequence

from . import Para, as_doc, lazy_re

# Candidate tokens: two capitals (or a capital, a lowercase letter and a capital) to start,
# hyphenated parts allowed: "UVBTV", "LĐLĐ", "NĐ-CP", "TTg", "ThU", "BCĐ" — never "Ban", "Đảng".
# (the left boundary is checked in Python: a leading look-behind would slow the scan down;
# bounded, possessive repeats keep a run of 20,000 capitals linear)
_TOKEN = lazy_re(r"[A-ZĐ][a-z]?[A-ZĐ][A-Za-zĐđ0-9]{0,12}+(?:-[A-ZĐ][A-Za-zĐđ0-9]{0,12}+){0,3}+(?![^\W_])")


@lru_cache(maxsize=1)
def table() -> dict[str, str]:
    """abbreviation → expansion, from the package's TSV (comments and blank lines skipped)."""
    path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "abbreviations.tsv")
    out: dict[str, str] = {}
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            abbr, _, expansion = line.partition("\t")
            if abbr and expansion:
                out.setdefault(abbr.strip(), expansion.strip())
    return out


def extract_abbreviations(paras: Sequence[Para]) -> list[dict]:
    """The known abbreviations in *paras*, in order of first use: ``{abbr, expansion, lines}``."""
    known = table()
    found: dict[str, dict] = {}
    seen: set[tuple[str, int]] = set()  # (abbr, line): "line not in e['lines']" was quadratic
    doc = as_doc(paras)
    t = doc.text
    for m in _TOKEN.finditer(t):
        start = m.start()
        if start and (t[start - 1].isalnum() or t[start - 1] == "_"):
            continue
        tok = m.group()
        if tok in known:
            hits = [(tok, start)]
        elif "-" in tok:  # "QĐ-TTg" → "TTg" when only that part is known
            hits = []
            pos = start
            for part in tok.split("-"):
                if part in known:
                    hits.append((part, pos))
                pos += len(part) + 1
        else:
            continue
        for abbr, pos in hits:
            i, off = doc.locate(pos)
            line = doc.paras[i].line_at(off)
            if (abbr, line) in seen:
                continue
            seen.add((abbr, line))
            e = found.get(abbr)
            if e is None:
                found[abbr] = {"abbr": abbr, "expansion": known[abbr], "lines": [line]}
            else:
                e["lines"].append(line)
    for e in found.values():
        e["lines"].sort()
    return list(found.values())
