"""Word specifics in the parser: a paragraph is a paragraph without blank ones; a .docx on stdin is read."""
from __future__ import annotations

import json
import subprocess
import sys

import tbparse

from .docx_builders import seed_notice


def test_docx_without_empty_paragraphs_keeps_paragraphs_apart() -> None:
    data = seed_notice(blank_paragraphs=False)
    doc = tbparse.parse_bytes(data, path="seed.docx")
    sec2 = doc.sections[1]
    assert len(sec2.paragraphs) == 2  # "Yêu cầu chung là: …" and "Đảng uỷ khối cần …" stay two paragraphs
    assert [i.number for i in sec2.items] == ["1", "2", "3", "4", "5", "6", "7"]
    assert len(doc.preamble) == 3


def test_docx_piped_on_stdin() -> None:
    data = seed_notice()
    r = subprocess.run([sys.executable, "-m", "tbparse", "-", "--json"], input=data, capture_output=True, timeout=60)
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert d["source"]["kind"] == "docx" and d["number"]["raw"] == "503-TB/TU"
