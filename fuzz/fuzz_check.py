"""Coverage-guided fuzzing of ``tbparse check`` (the linter) and of the .docx reader, with atheris.

Two modes, chosen by the first argument:

* ``--lint``: each input is raw bytes, as ``tbparse check FILE`` reads them (``from_bytes``, the
  text before NFC for the columns, every rule); the findings are rendered in every output format.
* ``--docx``: structure-aware — the input replaces one XML part (``--part``, default
  ``word/document.xml``; also ``word/footnotes.xml``, ``word/numbering.xml`` …) of one of a few
  Word drafts built by ``tests/docx_builders.py`` (a notice with header and footer tables, a table
  in the body, a joint signature, footnotes and endnotes, an appendix); the first byte chooses the
  draft. The package is zipped again and read as ``tbparse FILE.docx`` and ``tbparse check
  FILE.docx`` read it. Mutating the zip itself would only test its checksum. One part per run:
  seeds of several parts would all give the unchanged drafts, and libFuzzer keeps only the
  smallest input of equal coverage (the document's XML was dropped for a 1 KB settings part).

The only acceptable outcomes: a documented input error (``InputError`` and its subclasses) with a
one-line message; else a parse that is valid strict UTF-8 JSON and lossless against the text the
reader gave (``tests/lossless.py``), and a check whose findings render in every format. Anything
else — another exception (an ``InternalError`` is a bug met on the input), a lossless failure, a
hang — is a finding.

Run (see fuzz/README.md):
    python fuzz/fuzz_check.py --docx --make-seeds fuzz/corpus-work/docx-seeds
    python fuzz/fuzz_check.py --docx -max_len=65536 -len_control=0 -dict=fuzz/docx.dict -timeout=20 fuzz/corpus-work/docx fuzz/corpus-work/docx-seeds
    python fuzz/fuzz_check.py --docx --package crash-… fuzz/findings/NN-….bin   # the .docx a finding packs
    python fuzz/fuzz_check.py --lint -max_len=4096 -timeout=10 fuzz/corpus-work/lint fuzz/corpus-work/seeds4k
"""
from __future__ import annotations

import io
import json
import os
import sys
import zipfile

import atheris

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)  # for tests.*

MODE = "docx" if "--docx" in sys.argv else "lint"
for flag in ("--docx", "--lint"):
    if flag in sys.argv:
        sys.argv.remove(flag)
PART = "word/document.xml"
if "--part" in sys.argv:
    i = sys.argv.index("--part")
    PART = sys.argv[i + 1]
    del sys.argv[i: i + 2]

with atheris.instrument_imports(include=["tbparse"]):
    import tbparse
    import tbparse.docx_reader  # noqa: F401  (imported on first use: instrumented here)
    from tbparse.lint.engine import _first_non_nfc_line, _original_text, lint_source
    from tbparse.lint.formats import FORMATS, render
    from tbparse.lint.registry import all_rules
    from tbparse.lint.report import FileResult, Report
    from tbparse.output import to_json
    from tbparse.parser import parse_source
    from tbparse.source import from_bytes

    all_rules()  # the rule modules, found and imported on first use

from tests.lossless import missing_words  # noqa: E402  (not instrumented: the oracle)
from tests.test_robust_properties import oracle_text  # noqa: E402



def _drafts() -> list[dict[str, bytes]]:
    """A few Word drafts, each as ``{part name: bytes}``."""
    from pathlib import Path

    from tests import docx_builders as b
    from tests import layouts

    exports = Path(ROOT) / "tests" / "data" / "exports"
    notes = (exports / "38-ubkt-tu-thong-bao-chu-thich-2022.txt").read_text(encoding="utf-8")
    plan = (exports / "26-btc-tu-ke-hoach-phu-luc-2021.txt").read_text(encoding="utf-8")
    draft = layouts.docx(notes[: notes.index("______________")].replace("Phước An(1)", "Phước An")
                         .replace("NĐ-CP(2)", "NĐ-CP"))
    with_notes = b.with_notes(draft, [
        {"after": "Phước An", "text": "Công ty TNHH MTV Cà phê Phước An.", "kind": "footnote"},
        {"after": "168/2016/NĐ-CP", "text": ["Nghị định số 168/2016/NĐ-CP.", "Đoạn hai."], "kind": "endnote"},
        {"after": "Ủy ban Kiểm tra", "text": "Ghi chú.", "kind": "footnote", "custom": "*"}])
    out = []
    for data in (b.seed_notice(), b.table_notice(), b.joint_notice(), with_notes, layouts.docx(plan)):
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            out.append({n: zf.read(n) for n in zf.namelist()})
    return out


DRAFTS = _drafts() if MODE == "docx" else []


def _package(data: bytes) -> bytes:
    """The draft ``data[0]`` chooses (among those with the part) with PART replaced by ``data[1:]``."""
    drafts = [d for d in DRAFTS if PART in d]
    draft = drafts[data[0] % len(drafts)] if data else drafts[0]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in draft.items():
            zf.writestr(name, data[1:] if name == PART else content)
    return buf.getvalue()


def _one_line(err: Exception) -> None:
    msg = str(err)
    if not msg or "\n" in msg or "\r" in msg:
        raise AssertionError(f"{type(err).__name__} message is not one line: {msg!r}")


def check(data: bytes) -> None:
    path = "draft.docx" if MODE == "docx" else "draft.txt"
    raw = _package(data) if MODE == "docx" else data
    try:
        src = from_bytes(raw, path=path)
    except tbparse.InputError as err:
        _one_line(err)
        return
    d = parse_source(src, reject=False)
    json.loads(to_json(d).encode("utf-8"))  # strict: no lone surrogates
    lost = missing_words(oracle_text(src.text, d), d)
    if lost:
        raise AssertionError(f"lossless failure, missing {lost.most_common(5)}")
    original = _original_text(src, path, raw)
    line = _first_non_nfc_line(original) if original is not None else None
    findings = lint_source(src, path=path, facts={"not_nfc_line": line} if line else {}, original=original)
    report = Report(files=[FileResult(path=path, findings=findings)])
    for name in FORMATS:
        render(name, report).encode("utf-8")


def TestOneInput(data: bytes) -> None:  # noqa: N802 (atheris' name)
    check(data)


def make_seeds(out: str) -> int:
    """PART of each draft that has it as one seed (its selector byte first)."""
    os.makedirs(out, exist_ok=True)
    drafts = [d for d in DRAFTS if PART in d]
    for i, draft in enumerate(drafts):
        with open(os.path.join(out, f"{i}-{PART.replace('/', '_')}"), "wb") as fh:
            fh.write(bytes((i,)) + draft[PART])
    print(f"{len(drafts)} seeds in {out}")
    return 0


def main() -> None:
    if "--make-seeds" in sys.argv:
        sys.exit(make_seeds(sys.argv[sys.argv.index("--make-seeds") + 1]))
    if "--package" in sys.argv:  # --package FINDING OUT.bin: the .docx a finding packs, for fuzz/findings/
        i = sys.argv.index("--package")
        with open(sys.argv[i + 1], "rb") as fh, open(sys.argv[i + 2], "wb") as out:
            out.write(_package(fh.read()))
        sys.exit(0)
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
