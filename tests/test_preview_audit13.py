"""Preview audit: document text never turns into rich markup, a joint document's footer stays
readable on a narrow terminal, and ``--preview -o FILE`` writes the file."""
from __future__ import annotations

import io
from pathlib import Path

from click.testing import CliRunner
from rich.console import Console

import tbparse
from tbparse.cli import cli
from tbparse.preview import render

from .conftest import SEED

EXPORTS = Path(__file__).parent / "data" / "exports"
JOINT_3 = EXPORTS / "27-lien-tich-ba-ban-huong-dan-2023.txt"


def _preview(d: dict, width: int) -> str:
    buf = io.StringIO()
    render(d, console=Console(file=buf, width=width, color_system=None))
    return buf.getvalue()


def test_a_deadline_in_markup_brackets_prints_literally() -> None:
    d = tbparse.parse_dict(SEED.read_text(encoding="utf-8"))
    item = d["sections"][-1]["items"][0]
    item["due"] = {"by": None, "text": "trước [bold]30/9[/]"}
    out = _preview(d, 200)
    assert "(due trước [bold]30/9[/])" in out


def test_three_signature_blocks_on_a_narrow_terminal_keep_the_recipients_whole() -> None:
    d = tbparse.parse_dict(JOINT_3.read_text(encoding="utf-8"))
    narrow = _preview(d, 60)
    assert "- Thường trực Tỉnh ủy (để b/c)" in narrow  # was wrapped over 3 lines in a 15-cell column
    for signer in ("Lê Ô Pích", "Nguyễn Văn Cảnh", "Lê Thị Thu Hồng"):
        assert signer in narrow, signer
    assert max(len(x.rstrip()) for x in narrow.splitlines()) <= 60
    wide = _preview(d, 120)  # room enough: the blocks side by side, as the document prints them
    assert any(x.count("Signature") == 3 and "Nơi nhận" in x for x in wide.splitlines())


def test_preview_to_a_file_writes_the_file_not_the_terminal(tmp_path: Path) -> None:
    out = tmp_path / "pv.txt"
    r = CliRunner().invoke(cli, [str(EXPORTS / "25-tu-tb-ket-luan-sao-y-2019.txt"), "--preview", "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert r.output == ""
    text = out.read_text(encoding="utf-8")
    assert "SAO Y BẢN CHÍNH (line 35)" in text and "12-SY/VPHU" in text and "\x1b" not in text
