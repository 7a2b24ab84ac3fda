"""The terminal preview shows the header, the body tree with line numbers, signature and recipients."""
from __future__ import annotations

import io

from rich.console import Console

import tbparse
from tbparse.preview import render

from .conftest import SEED


def test_preview_of_seed() -> None:
    d = tbparse.parse_dict(SEED.read_text(encoding="utf-8"))
    buf = io.StringIO()
    render(d, console=Console(file=buf, width=160, color_system=None))
    out = buf.getvalue()
    for needle in ("503-TB/TU", "TỈNH ỦY BÌNH THUẬN", "Phan Thiết, 2008-05-16", "Lê Tiến Phương",
                   "assessment", "directives", "T/L BAN THƯỜNG VỤ", "Huỳnh Đa Trung", "Lưu Văn phòng Tỉnh ủy"):
        assert needle in out, needle
    assert "  45 + Khảo sát" in out  # bullets carry their line numbers
    assert "Markings" not in out  # no row for a document without markings


def test_preview_shows_markings_and_draft_blanks() -> None:
    from .conftest import FIXTURES

    d = tbparse.parse_dict((FIXTURES / "golden-draft-placeholders.txt").read_text(encoding="utf-8"))
    buf = io.StringIO()
    render(d, console=Console(file=buf, width=160, color_system=None))
    out = buf.getvalue()
    assert "Markings     DỰ THẢO" in out
    assert "number-blank line 4: the number is left blank (a draft)" in out


def test_preview_shows_every_signer_of_a_joint_document() -> None:
    d = tbparse.parse_dict(SEED.read_text(encoding="utf-8"))
    d["signature"]["cosigners"] = [{"authority": [], "position": "TRƯỞNG BAN TỔ CHỨC", "signer": "Nguyễn Đình Long",
                                   "note": None}]
    buf = io.StringIO()
    render(d, console=Console(file=buf, width=160, color_system=None))
    out = buf.getvalue()
    assert out.count("Signature") == 2 and "TRƯỞNG BAN TỔ CHỨC" in out and "Nguyễn Đình Long" in out


def test_preview_says_a_file_was_repaired() -> None:
    """A mojibake file repaired on reading must not show as plain UTF-8 (the JSON says repaired_from)."""
    from tbparse.source import from_bytes
    from tbparse.parser import parse_source

    seed = SEED.read_text(encoding="utf-8")
    d = parse_source(from_bytes(seed.encode("utf-8").decode("cp1252", errors="replace").encode("utf-8")))
    buf = io.StringIO()
    render(d, console=Console(file=buf, width=200, color_system=None))
    assert d["source"]["repaired_from"]
    assert f"(utf-8, repaired from {d['source']['repaired_from']})" in buf.getvalue()
    d = tbparse.parse_dict(seed)
    buf = io.StringIO()
    render(d, console=Console(file=buf, width=200, color_system=None))
    assert "(utf-8)" in buf.getvalue() and "repaired" not in buf.getvalue()
