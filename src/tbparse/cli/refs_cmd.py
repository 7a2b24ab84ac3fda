"""``tbparse refs FILES/DIRS…``: which documents cite which — "who implements 20-CT/TU?".

Works on any document, Party or State: a Party document's references are its parse's (the same as
``tbparse FILE --json``); any other document is split into paragraphs (:func:`paragraphs`) and its
citations extracted. The table has one row per cited
document and citing file, most-cited documents first; ``--cite`` keeps the rows of one document
(its number in any spelling — "20-CT/TU", "87/2007-NĐ-CP" — or words of an unnumbered title).
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
from typing import Iterable, Iterator

import click

from ..errors import TbparseError
from ..lines import Line

# A line that opens a numbered part, item, point or bullet starts a new paragraph:
#   "I- Đánh giá …"  "1- Khẩn trương …"  "1.1. Chịu …"  "(1) Công tác …"  "a) Tổng vốn …"
#   "+ Khảo sát …"  "- Thường trực …"  "* Nội dung: …"  "Điều 1. …"
_MARKER = re.compile(
    r"^(?:[IVXLC]{1,6}\s*[-.)\u2013]|\d{1,3}(?:\.\d{1,3})*\s*[-.)\u2013](?!\d)|\(\d{1,3}\)|\([ivx]{1,5}\)|"
    r"[a-zđ]\s*\)|[-+*•\u2013\u2014·]\s|(?:Điều|ĐIỀU|Chương|CHƯƠNG)\s+\d)"
)
# A marker opens a paragraph only after a line that ends a clause: "… các Hướng dẫn số" /
# "16-HD/BTCTW ngày …" is one hard-wrapped sentence, not an item "16-".
_CLAUSE_END = (".", ":", ";", ",", "!", "?", "”", '"', ")")
# The document's own number in its header: "Số 503-TB/TU", "Số: 2170 /QĐ - UBND"
_OWN = re.compile(r"(?:^|\s)(?:Số|SỐ|So|SO)\s*:?\s*(?=\d)")  # "So 157-TB/HU": typed without its tone mark
_HEADER_LINES = 40


def paragraphs(lines: list[Line]) -> list[list[tuple[int, str]]]:
    """Paragraphs as the extractors take them: runs of non-blank lines, split at markers.

    A line indented deeper than the one before also opens a paragraph (PDF copies mark the
    first line of a paragraph only by its indent: "       Căn cứ Luật …" then flush-left lines).
    """
    out: list[list[tuple[int, str]]] = []
    cur: list[tuple[int, str]] = []
    prev: Line | None = None
    for ln in lines:
        if ln.blank or ln.sep:
            if cur:
                out.append(cur)
            cur, prev = [], None
            continue
        if cur and prev is not None and (
            _MARKER.match(ln.text) and prev.text.endswith(_CLAUSE_END) or ln.indent > prev.indent + 2
        ):
            out.append(cur)
            cur = []
        cur.append((ln.no, ln.text))
        prev = ln
    if cur:
        out.append(cur)
    return out


def own_number(lines: list[Line]) -> str | None:
    """The number in the document's header ("Số 503-TB/TU" → "503-TB/TU"), canonical, or None."""
    from ..extract.refs import number_at

    for ln in lines[:_HEADER_LINES]:
        m = _OWN.search(ln.text)
        if m is not None:
            number = number_at(ln.text, m.end())
            if number is not None:
                return number
    return None


def _references(src) -> tuple[str | None, list[dict], list[dict]]:  # noqa: ANN001
    """``(own number, references, warnings)`` of one document.

    A Party document gets exactly what ``tbparse FILE --json`` lists (its parse's references:
    the notice's own number, typed however, is never one of them); anything else — a State
    decree, a news article — is read as plain paragraphs (:func:`paragraphs`), since its frame is
    not the Party one the parser knows.
    """
    from ..extract import extract_references
    from ..extract.refs import parse_number
    from ..parser import parse_source

    d = parse_source(src, reject=False)
    if not d["layout"]["rejected"]:
        raw = (d["number"] or {}).get("raw")
        parsed = parse_number(raw) if raw else None
        own = parsed["number"] if parsed else raw
        warnings = [{"code": "TB027", "line": w["line"], "message": w["message"]}
                    for w in d["warnings"] if w["code"] == "mistyped-reference"]
        return own, d["references"], warnings
    own = own_number(src.lines)
    found, warnings = extract_references(paragraphs(src.lines), own_number=own)
    return own, found, warnings


def _walk(paths: Iterable[str]) -> Iterator[str]:
    """Files to read: the paths themselves, and *.txt / *.docx found under directories (sorted)."""
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for f in sorted(files):
                    # "~$draft.docx" is Word's lock file beside an open document, not a document
                    if f.lower().endswith((".txt", ".docx")) and not f.startswith("~$"):
                        yield os.path.join(root, f)
        else:
            yield p


def _matcher(cite: str | None):
    """A predicate on reference dicts for ``--cite``: by number key, else by words of the text."""
    if not cite:
        return lambda r: True
    from ..extract.refs import number_key
    from ..fold import fold

    key = number_key(cite)
    if key is not None:
        return lambda r: r["number"] is not None and number_key(r["number"]) == key
    words = " ".join(fold(cite).split())
    plenum = _plenum_of(words if words.startswith("nghi quyet") else "nghi quyet " + words)
    if plenum is not None:
        # "Trung ương 6" finds "Nghị quyết Hội nghị lần thứ 6 Ban Chấp hành Trung ương" too
        def same_plenum(r: dict) -> bool:
            got = _plenum_of(" ".join(fold(r["text"]).split())) if r["number"] is None else None
            if got is None or got[1] != plenum[1]:
                return False
            return got[2] == plenum[2] or None in (got[2], plenum[2])  # a khoá on one side only
        return same_plenum
    return lambda r: words in " ".join(fold(r["text"]).split())


def _plenum_of(folded: str) -> tuple | None:
    from ..extract.refs import plenum_key

    return plenum_key(folded)


def _label(r: dict) -> str:
    return r["number"] or r["text"]


@click.command("refs")
@click.argument("paths", nargs=-1, required=True, metavar="FILES/DIRS...")
@click.option("--cite", metavar="NUMBER", help="Only this cited document, e.g. 20-CT/TU (any spelling).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON: one object per file with its references.")
@click.option("--csv", "as_csv", is_flag=True, help="Print CSV: one row per cited document and file.")
def refs(paths: tuple[str, ...], cite: str | None, as_json: bool, as_csv: bool) -> None:
    """Table of the documents that FILES cite, across all of them.

    \b
    Examples:
      tbparse refs archive/                   every citation, most-cited first
      tbparse refs archive/ --cite 20-CT/TU   who implements Chỉ thị 20-CT/TU?
      tbparse refs a.txt b.docx --csv > refs.csv

    Exit codes: 0 ok; 1 some files could not be read; 2 usage error.
    """
    if as_json and as_csv:
        raise click.UsageError("--json and --csv cannot be used together")
    from ..source import read_path

    keep = _matcher(cite)
    failed = False
    results: list[dict] = []
    for path in _walk(paths):
        try:
            src = read_path(path)
        except TbparseError as err:
            click.echo(f"tbparse refs: {err}", err=True)
            failed = True
            continue
        except OSError as err:  # pragma: no cover - read_path maps these; belt and braces
            click.echo(f"tbparse refs: {path}: {err.strerror or err}", err=True)
            failed = True
            continue
        try:
            own, found, warnings = _references(src)
        except Exception as exc:  # noqa: BLE001 - a bug met on this file: say so, go on with the others
            click.echo(f"tbparse refs: {path}: internal error ({type(exc).__name__}: {exc}); please report it", err=True)
            failed = True
            continue
        found = [r for r in found if keep(r)]
        if cite and not found:
            continue
        results.append({"file": path, "number": own, "references": found, "warnings": warnings})

    if as_json:
        click.echo(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        rows = _rows(results)
        if as_csv:
            buf = io.StringIO()
            w = csv.writer(buf, lineterminator="\n")
            w.writerow(_COLUMNS)
            w.writerows(rows)
            click.echo(buf.getvalue(), nl=False)
        elif sys.stdout.isatty():
            _rich_table(rows, len(results))
        else:
            click.echo("\t".join(_COLUMNS))
            for row in rows:
                click.echo("\t".join(str(c) for c in row))
    if failed:
        sys.exit(1)


_COLUMNS = ("reference", "kind", "cited_by", "file", "notice", "count", "lines")


def _rows(results: list[dict]) -> list[tuple]:
    """One row per (cited document, citing file): most-cited documents first, then by label."""
    groups: dict[str, list[tuple[dict, dict]]] = {}
    for res in results:
        for r in res["references"]:
            groups.setdefault(_label(r), []).append((res, r))
    order = sorted(groups, key=lambda k: (-len({res["file"] for res, _ in groups[k]}), k))
    rows = []
    for label in order:
        members = groups[label]
        n_files = len({res["file"] for res, _ in members})
        for res, r in members:
            rows.append((label, r["kind"], n_files, res["file"], res["number"] or "",
                         len(r["lines"]), " ".join(map(str, r["lines"]))))
    return rows


def _rich_table(rows: list[tuple], n_files: int) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"References cited in {n_files} file(s)")
    # numbers must never be cut: the widest one sets the first column's minimum width
    widest = max((len(r[0]) for r in rows if "/" in r[0] and " " not in r[0]), default=10)
    for col in _COLUMNS:
        if col == "reference":
            table.add_column(col, min_width=min(widest, 28), overflow="fold")
        elif col in ("cited_by", "count"):
            table.add_column(col, justify="right", no_wrap=True)
        elif col in ("notice", "kind"):
            table.add_column(col, no_wrap=True)
        else:
            table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*(str(c) for c in row))
    Console().print(table)
