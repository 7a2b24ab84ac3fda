"""Findings on a Word file count paragraphs and say so ("¶12"); legacy fonts get Word advice."""
from __future__ import annotations

from tbparse.lint import lint_source
from tbparse.lint.formats.concise import line_of
from tbparse.source import from_docx_bytes

from .docx_builders import seed_notice


def test_docx_findings_show_paragraph_numbers() -> None:
    src = from_docx_bytes(seed_notice(font="Arial"), path="draft.docx")
    found = lint_source(src)
    assert found and all(f.paragraph for f in found)
    f = found[0]
    assert line_of(f, "draft.docx").startswith(f"draft.docx:¶{f.line}:")
    assert f.to_dict()["line"] == f.line  # the JSON contract keeps a plain integer


def test_legacy_font_docx_gets_word_advice() -> None:
    src = from_docx_bytes(seed_notice(legacy="tcvn3"), path="old.docx")
    msgs = [f.message for f in lint_source(src) if f.code == "TB040"]
    assert msgs and "legacy fonts" in msgs[0] and "UTF-8" not in msgs[0]
