"""Run the rules over one document: parse without rejecting, then every enabled rule.

The parse runs with ``reject=False`` so that a draft which ``tbparse parse`` would refuse (State
motto, ``380/NQ-CP`` number, ``TM.`` signature) is still checked — those become findings of the
rules that own them. Nothing a document contains can stop the check: a parser or rule exception
becomes an error finding that names it, never a traceback.
"""
from __future__ import annotations

import hashlib
import unicodedata

from ..errors import InternalError
from ..source import DEFAULT_MAX_SIZE, Source
from .baseline import assign_fingerprints
from .columns import remap
from .config import Config, ConfigError, coerce
from .context import Ctx
from .era import resolve
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
                path: str | None = None, facts: dict | None = None, original: str | None = None) -> list[Finding]:
    """Check one :class:`~tbparse.source.Source`; findings sorted by position, fingerprints set.

    *era* (``auto``, ``2004``, ``2018``, ``2026``) overrides the configuration's; *path* is the
    name findings carry (default ``src.path``); *facts* are observations only the reader could
    make (``{"not_nfc_line": 3}``); *original* is the text before NFC normalisation, whose
    lines the findings' columns are then moved onto (:mod:`.columns`).
    """
    from ..parser import parse_source

    cfg = coerce(config)
    path = path if path is not None else src.path
    try:
        notice = parse_source(src, reject=False)
    except Exception as exc:  # noqa: BLE001 - a parser bug: this file's error, the others go on
        raise InternalError(f"internal error: the parser failed ({type(exc).__name__}: {exc}); please report it",
                            path=path) from exc
    try:
        the_era = resolve(era or cfg.era, notice.get("date"))
    except ValueError as exc:
        raise ConfigError(str(exc)) from None
    ctx = Ctx(src, notice, era=the_era, config=cfg, path=path, facts=facts)
    enabled = cfg.enabled_codes(path)
    out: list[Finding] = []
    for rule in all_rules():
        if rule.id not in enabled or the_era not in rule.era:
            continue
        if rule.checks == "docx" and src.kind != "docx":
            continue
        ctx.rule = rule
        try:
            out.extend(rule.check(notice, src, ctx) or ())
        except Exception as exc:  # noqa: BLE001 - as above: not a finding anything could hide
            raise InternalError(f"internal error in rule {rule.id} ({type(exc).__name__}: {exc}); please report it",
                                path=path) from exc
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
    assign_fingerprints(unique)  # on the NFC text: a file keeps its baseline when re-saved as NFC
    if original is not None and src.kind == "text":
        remap(unique, original)
    if src.kind == "docx":
        for f in unique:
            f.paragraph = True
    return unique


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
              display_path: str | None = None) -> list[Finding]:
    """Read and check one file; raises :class:`~tbparse.errors.TbparseError` when it cannot be read."""
    import sys

    from ..source import from_bytes, read_path

    data = None
    if path == "-":  # kept: the bytes give the columns of a decomposed text on stdin
        data = sys.stdin.buffer.read(max_size + 1)
        src = from_bytes(data, path=None, encoding=encoding, max_size=max_size)
    else:
        src = read_path(path, encoding=encoding, max_size=max_size)
    original = _original_text(src, path, data)
    line = _first_non_nfc_line(original) if original is not None else None
    facts = {"not_nfc_line": line} if line else {}
    return lint_source(src, config, era=era, path=display_path or path, facts=facts, original=original)
