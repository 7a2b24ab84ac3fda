"""One paragraph through each extractor, as the extraction audits' tests (22, 23) read it."""
from __future__ import annotations

from tbparse.extract import extract_dates, extract_people, extract_references, find_due


def people(text: str) -> list[tuple[str, str | None]]:
    return [(p["name"], p["title"]) for p in extract_people([[(1, text)]])]


def refs(text: str) -> list[dict]:
    return extract_references([[(1, text)]])[0]


def dates(text: str, year: int = 2019) -> list[tuple]:
    return [(d["text"], d["date"] or (d["start"], d["end"])) for d in extract_dates([[(1, text)]], default_year=year)]


def due(text: str, not_before: str = "2019-03-06") -> dict | None:
    return find_due(text, line=1, default_year=int(not_before[:4]), not_before=not_before)
