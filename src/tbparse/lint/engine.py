"""Run the rules over one document: parse without rejecting, then every enabled rule.

The parse runs with ``reject=False`` so that a draft which ``tbparse parse`` would refuse (State
motto, ``380/NQ-CP`` number, ``TM.`` signature) is still checked — those become findings of the
rules that own them. Nothing a document contains can stop the check: a parser or rule exception
is an :class:`~tbparse.errors.InternalError` naming the file and the rule, never a traceback.

Corpus rules (``CHECKS = "corpus"``, e.g. TB013 numbering continuity) compare the documents of
one run: each checked file leaves a :class:`CorpusDoc` (pass ``corpus=[]`` to :func:`lint_path`
or :func:`lint_source`), and :func:`lint_corpus` runs those rules once over all of them.
"""
from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable

from ..errors import InternalError, TbparseError
from ..source import DEFAULT_MAX_SIZE, Source
from .baseline import assign_fingerprints
from .columns import remap
from .config import Config, ConfigError, coerce
from .context import Ctx, locate
from .era import notice_date, resolve
from .finding import Finding
from .registry import all_rules

_UNICODE = {"utf-8": ("utf-8", b""), "utf-8-sig": ("utf-8", b"\xef\xbb\xbf"),
            "utf-16-le": ("utf-16-le", None), "utf-16-be": ("utf-16-be", None)}


def _first_non_nfc_line(text: str) -> int | None:
    if unicodedata.is_normalized("NFC", text):
        return None
    for i, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        if not unicodedata.is_normalized("NFC", line):
            return i
    return 1


def lint_source(src: Source, config: "Config | dict | str | None" = None, *, era: str | None = None,
                path: str | None = None, facts: dict | None = None, original: str | None = None,
                corpus: "list[CorpusDoc] | None" = None) -> list[Finding]:
    """Check one :class:`~tbparse.source.Source`; findings sorted by position, fingerprints set.

    *era* (``auto``, ``2004``, ``2018``, ``2026``) overrides the configuration's; *path* is the
    name findings carry (default ``src.path``); *facts* are observations only the reader could
    make (``{"not_nfc_line": 3}``); *original* is the text before NFC normalisation, whose
    lines the findings' columns are then moved onto (:mod:`.columns`). When *corpus* is a list,
    the document's :class:`CorpusDoc` is appended to it for :func:`lint_corpus`.
    """
    from ..parser import parse_source

    cfg = coerce(config)
    path = path if path is not None else src.path
    try:
        notice = parse_source(src, reject=False)
    except Exception as exc:  # noqa: BLE001 - a parser bug: this file's error, the others go on
        raise InternalError.met(": the parser failed", exc, path=path) from exc
    dated = notice_date(notice)
    try:
        the_era = resolve(era or cfg.era, dated)
    except ValueError as exc:
        raise ConfigError(str(exc)) from None
    if (era or cfg.era) not in (None, "", "auto"):
        dated = None  # a forced era checks the document against that guide, whatever its date
    ctx = Ctx(src, notice, era=the_era, config=cfg, path=path, facts=facts, dated=dated)
    enabled = cfg.enabled_codes(path)
    out: list[Finding] = []
    for rule in all_rules():
        if rule.checks == "corpus" or rule.id not in enabled or the_era not in rule.era:
            continue
        if rule.checks == "docx" and src.kind != "docx":
            continue
        ctx.rule = rule
        try:
            out.extend(rule.check(notice, src, ctx) or ())
        except Exception as exc:  # noqa: BLE001 - as above: not a finding anything could hide
            raise InternalError.met(f" in rule {rule.id}", exc, path=path) from exc
    for f in out:
        if f.code in cfg.severity:
            f.severity = cfg.severity[f.code]
    seen = set()
    unique = []
    for f in sorted(out, key=Finding.sort_key):
        key = (f.line, f.column, f.code, f.message)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    unique = _drop_explained(unique)
    assign_fingerprints(unique)  # on the NFC text: a file keeps its baseline when re-saved as NFC
    if original is not None and src.kind == "text":
        remap(unique, original)
    if src.kind == "docx":
        for f in unique:
            f.paragraph = True
    if corpus is not None:
        corpus.append(_corpus_doc(src, notice, ctx, cfg, path, original))
    return unique


# One mistake said twice: a finding that another rule's finding on the same line already explains.
# TB000 lists text the parser could not place so that nothing is lost silently — text another rule
# has just named («Tỉnh ủy Bình Thuận» not in capitals, «THÔNG BÁO:», «Nơi gửi:») is not lost; and
# TB026's "no closing formula … thực hiện./." already asks for the "./." TB024 would ask for; an
# authority line TB029 names ("T.L BAN THƯỜNG VỤ" above a PDF's "Nơi nhận:") is not the body's end.
_EXPLAINED_BY: dict[str, tuple[str, ...] | None] = {"TB000": None, "TB024": ("TB026", "TB029"), "TB026": ("TB029",)}
_NEVER_EXPLAINS = frozenset({"TB000", "TB038"})  # TB038 only sums up the others, on line 1


def _explains(other: Finding, f: Finding) -> bool:
    """*other* covers what *f* reports: same line, and (for TB000) an error or warning within its
    text, or a finding of any severity on the whole of it (TB033's «(Ký, ghi rõ họ tên)»)."""
    if other is f or other.line != f.line or other.code in _NEVER_EXPLAINS:
        return False
    codes = _EXPLAINED_BY[f.code]
    if codes is not None:
        return other.code in codes
    if other.column <= f.column and f.end_column <= other.end_column:
        return True
    return other.at_least("warning") and other.column < f.end_column and f.column < other.end_column


def _drop_explained(findings: list[Finding]) -> list[Finding]:
    """*findings* without those another finding explains (see ``_EXPLAINED_BY``)."""
    if not any(f.code in _EXPLAINED_BY for f in findings):
        return findings
    by_line: dict[int, list[Finding]] = {}
    for f in findings:
        by_line.setdefault(f.line, []).append(f)
    return [f for f in findings
            if f.code not in _EXPLAINED_BY or not any(_explains(o, f) for o in by_line[f.line])]


def lint_text(text: str, *, path: str | None = None, era: str = "auto",
              config: "Config | dict | str | None" = None) -> list[Finding]:
    """Check the text of one document (``tbparse.lint(text)``)."""
    from ..source import from_text

    facts = {}
    bad = _first_non_nfc_line(text)
    if bad:
        facts["not_nfc_line"] = bad
    return lint_source(from_text(text, path=path), config, era=era, path=path, facts=facts,
                       original=text if bad else None)


def _original_text(src: Source, path: str, data: bytes | None = None) -> str | None:
    """The file's text before NFC normalisation, when it differs from ``src.text``; else None.

    Only Unicode files qualify: a repaired or legacy 8-bit file was re-decoded, so its columns
    count the decoded text (README). The common case — the bytes are the text's own encoding —
    is settled by one hash, without reading the file again.
    """
    spec = _UNICODE.get(src.encoding)
    if spec is None or src.repaired_from or src.kind != "text":
        return None
    codec, bom = spec
    if bom is None:
        bom = b"\xff\xfe" if codec.endswith("le") else b"\xfe\xff"
    for prefix in (bom, b""):
        if hashlib.sha256(prefix + src.text.encode(codec, "surrogatepass")).hexdigest() == src.sha256:
            return None
    try:  # changed by normalisation (rare, so reading again is fine)
        if data is None:
            with open(path, "rb") as fh:
                data = fh.read()
        text = data.decode(codec, errors="replace").lstrip("\ufeff")
    except OSError:
        return None
    return text if unicodedata.normalize("NFC", text) == src.text else None


def lint_path(path: str, *, config: "Config | dict | str | None" = None, era: str | None = None,
              encoding: str | None = None, max_size: int = DEFAULT_MAX_SIZE,
              display_path: str | None = None, corpus: "list[CorpusDoc] | None" = None) -> list[Finding]:
    """Read and check one file; raises :class:`~tbparse.errors.TbparseError` when it cannot be read.

    With *corpus* (a list) the file's :class:`CorpusDoc` is appended to it, for :func:`lint_corpus`.
    """
    from ..source import from_bytes, read_path, read_stdin

    data = None
    try:
        if path == "-":  # kept: the bytes give the columns of a decomposed text on stdin
            data = read_stdin(max_size)
            src = from_bytes(data, path=None, encoding=encoding, max_size=max_size)
        else:
            src = read_path(path, encoding=encoding, max_size=max_size)
    except TbparseError:
        raise
    except Exception as exc:  # noqa: BLE001 - a reader's bug: this file's error, the others go on
        raise InternalError.met(": the reader failed", exc, path=display_path or path) from exc
    original = _original_text(src, path, data)
    line = _first_non_nfc_line(original) if original is not None else None
    facts = {"not_nfc_line": line} if line else {}
    return lint_source(src, config, era=era, path=display_path or path, facts=facts, original=original,
                       corpus=corpus)


def lint_paths(paths: Iterable[str], *, config: "Config | dict | str | None" = None, era: str | None = None,
               encoding: str | None = None, max_size: int = DEFAULT_MAX_SIZE) -> list[Finding]:
    """Check several files as one run: each file's findings, then the corpus rules' (TB013).

    Raises :class:`~tbparse.errors.TbparseError` on the first file that cannot be read.
    """
    docs: list[CorpusDoc] = []
    out: list[Finding] = []
    for p in paths:
        out.extend(lint_path(p, config=config, era=era, encoding=encoding, max_size=max_size, corpus=docs))
    out.extend(lint_corpus(docs))
    return sorted(out, key=Finding.sort_key)


# --- corpus rules ---------------------------------------------------------------------------------

# What a corpus rule may read of a notice: the header facts, not the body — a batch of thousands
# of files keeps only these in memory.
_CORPUS_KEYS = ("source", "party", "issuer", "number", "place", "date", "doc_type", "subject", "markings")
_CORPUS_LAYOUT = ("number_line", "date_line", "issuer_lines", "doc_type_line", "star_line", "party_line")


@dataclass
class CorpusDoc:
    """One checked document as corpus rules see it.

    ``notice`` holds the header facts of the parse contract (``number``, ``date``, ``issuer``,
    ``subject``, ``source`` with its ``sha256`` …, and ``layout`` with ``number_line`` and
    ``date_line``); ``lines`` the raw text of the header lines (line number → text), which is all a
    corpus finding can point at. ``config`` and ``era`` are the file's own (its per-file-ignores
    and severity overrides apply to findings on it).
    """

    path: str | None
    notice: dict
    lines: dict[int, str]
    config: Config
    era: str
    kind: str = "text"
    original: str | None = field(default=None, repr=False)  # pre-NFC header lines, for columns

    @property
    def sha256(self) -> str:
        return (self.notice.get("source") or {}).get("sha256") or ""

    def where(self, line: int) -> str:
        """``notes/a.txt:4`` (``:¶4`` for a Word paragraph): how messages name a place in this file."""
        return f"{self.path or '-'}:{'¶' if self.kind == 'docx' else ''}{line}"


def _corpus_doc(src: Source, notice: dict, ctx: Ctx, cfg: Config, path: str | None,
                original: str | None) -> CorpusDoc:
    """The slim record of one document that :func:`lint_corpus` keeps (header only)."""
    last = max(ctx.header_last, (notice.get("layout") or {}).get("doc_type_line") or 0, 1)
    lines = {ln.no: ln.raw for ln in reversed(list(ctx.lines(1, last)))}  # first piece of a split line wins
    slim = {k: notice.get(k) for k in _CORPUS_KEYS}
    lay = notice.get("layout") or {}
    slim["layout"] = {k: lay.get(k) for k in _CORPUS_LAYOUT}
    head = None
    if original is not None:  # lines 1…last of the file as it was (columns are moved onto them)
        head = "\n".join(original.replace("\r\n", "\n").replace("\r", "\n").split("\n", last)[:last])
    return CorpusDoc(path, slim, lines, cfg, ctx.era, src.kind, head)


class CorpusCtx:
    """What a corpus rule gets besides the documents: ``ctx.hit(doc, line, message, find=…)``."""

    def __init__(self, rule) -> None:
        self.rule = rule

    def hit(self, doc: CorpusDoc, line: int | None, message: str, *, find: str | None = None,
            severity: str | None = None) -> Finding:
        """A finding of the running rule on *doc* at *line* (its number line, say); the column is
        where *find* occurs in that line, else the line's text."""
        no = line if line is not None and line >= 1 else 1
        raw = doc.lines.get(no, "")
        span = locate(raw, find) if find else None
        if span:
            c, e = span[0] + 1, span[1] + 1
        else:
            stripped = raw.rstrip()
            c = len(stripped) - len(stripped.lstrip()) + 1 if stripped else 1
            e = len(stripped) + 1 if stripped else 1
        rule = self.rule
        return Finding(path=doc.path, line=no, column=c, end_line=no, end_column=max(e, c), code=rule.id,
                       name=rule.name, severity=severity or rule.severity, message=message, line_text=raw)


def lint_corpus(docs: Iterable[CorpusDoc]) -> list[Finding]:
    """Run the corpus rules once over the documents of one run (nothing for fewer than two).

    Every document takes part in the comparison, but a finding is kept only on a file whose
    configuration enables the rule (select/ignore, per-file-ignores) under its era; the file's
    severity overrides apply, and fingerprints are set as for per-file findings, so baselines
    work. A rule that raises is an :class:`~tbparse.errors.InternalError` (no path: the run's).
    """
    docs = list(docs)
    if len(docs) < 2:
        return []
    by_path = {d.path: d for d in docs}
    out: list[Finding] = []
    for rule in all_rules():
        if rule.checks != "corpus":
            continue
        enabled = {d.path for d in docs if rule.id in d.config.enabled_codes(d.path) and d.era in rule.era}
        if not enabled:
            continue
        try:
            found = list(rule.check(docs, CorpusCtx(rule)) or ())
        except Exception as exc:  # noqa: BLE001 - a rule bug: reported, never hidden as a finding
            raise InternalError.met(f" in rule {rule.id}", exc) from exc
        out.extend(f for f in found if f.path in enabled)
    for f in out:
        doc = by_path[f.path]
        if f.code in doc.config.severity:
            f.severity = doc.config.severity[f.code]
    out.sort(key=Finding.sort_key)
    assign_fingerprints(out)  # occurrences count per (path, code, line, own text): one call for all
    per_file: dict = {}
    for f in out:
        per_file.setdefault(f.path, []).append(f)
    for path, mine in per_file.items():
        doc = by_path[path]
        if doc.original is not None and doc.kind == "text":
            remap(mine, doc.original)
        if doc.kind == "docx":
            for f in mine:
                f.paragraph = True
    return out
