"""Coverage-guided fuzzing of the whole parse path with atheris (libFuzzer for Python).

Each input is raw bytes, as ``tbparse FILE --json`` would read them. The only acceptable outcomes:

* a documented input error (``InputError`` and its subclasses ``UndecodableInput``,
  ``InputTooLarge``) whose message is one line;
* a parse, whose JSON is valid strict UTF-8 JSON, which loses no word of the decoded text
  (``tests/lossless.py``), and which — when the document is rejected — makes the public API
  raise ``NotPartyDocument`` with a one-line message.

Anything else (another exception, a lossless failure, a hang caught by ``-timeout``) is a
finding: libFuzzer writes the input to ``crash-…``/``timeout-…`` and stops.

``--text`` mode skips byte decoding: the bytes are decoded as UTF-8 with replacement and fed to
``tbparse.parse_dict`` — several times more executions per second on the parser itself.

Run (see fuzz/README.md):  python fuzz/fuzz_parse.py [--text] [libFuzzer flags] CORPUS_DIR SEED_DIR
"""
from __future__ import annotations

import json
import os
import sys

import atheris

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)  # for tests.lossless

TEXT_MODE = "--text" in sys.argv
if TEXT_MODE:
    sys.argv.remove("--text")

with atheris.instrument_imports(include=["tbparse"]):
    import tbparse
    from tbparse.output import to_json
    from tbparse.parser import parse_source
    from tbparse.source import from_bytes, from_text

from tests.lossless import missing_words  # noqa: E402  (not instrumented: they are the oracle)
from tests.test_robust_properties import oracle_text  # noqa: E402

# oracle_text drops what tbparse drops by design before the words are compared: zero-width
# characters and soft hyphens ("Đả\u00adng" is "Đảng") and the "Nơi nhận" label in any spelling.


def _one_line(err: Exception) -> None:
    msg = str(err)
    if not msg or "\n" in msg or "\r" in msg:
        raise AssertionError(f"{type(err).__name__} message is not one line: {msg!r}")


def check(data: bytes) -> None:
    """Parse *data* and raise AssertionError (or let an unexpected exception out) on a finding."""
    if TEXT_MODE:
        src = from_text(data.decode("utf-8", errors="replace"))
    else:
        try:
            src = from_bytes(data)
        except tbparse.InputError as err:
            _one_line(err)
            return
    d = parse_source(src, reject=False)
    out = to_json(d)
    out.encode("utf-8")  # strict: no lone surrogates
    json.loads(out)
    lost = missing_words(oracle_text(src.text, d), d)
    if lost:
        raise AssertionError(f"lossless failure, missing {lost.most_common(5)}")
    if d["layout"].get("rejected"):
        try:
            parse_source(src, reject=True)
        except tbparse.NotPartyDocument as err:
            _one_line(err)
        else:
            raise AssertionError("rejected in layout but parse_source(reject=True) did not raise")


def TestOneInput(data: bytes) -> None:  # noqa: N802 (atheris' name)
    check(data)


def main() -> None:
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
