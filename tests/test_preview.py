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
