"""One notice, every layout: the Word export re-typeset as a web copy, a PDF extraction, a
markdown table with ``<br>`` and CRLF + tabs must give the same header, body and footer.

The layouts are those real files come in (the parser issue's list); tests/layouts.py changes only
where the cells stand, never their text, so any difference is the parser reading a layout wrong.
Line numbers differ between layouts and are left out of the comparison.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tbparse.output import to_json
from tbparse.parser import parse_source
from tbparse.source import from_text
from tests.layouts import LAYOUTS

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
# the Word-to-text exports among the fixtures: two columns flattened with runs of spaces
EXPORTS = ["seed-503-tb-tu", "golden-district-tm-kt", "golden-narrow-columns", "golden-quy-dinh-chuong-dieu",
           "golden-cong-van", "golden-draft-placeholders", "golden-typewriter-1997", "golden-no-sections-tabs-crlf"]


def _strip_lines(x: object) -> object:
    if isinstance(x, dict):
        return {k: _strip_lines(v) for k, v in x.items() if k not in ("line", "lines")}
    if isinstance(x, list):
        return [_strip_lines(v) for v in x]
    return x


def _view(text: str) -> dict:
    d = json.loads(to_json(parse_source(from_text(text), reject=False)))
    keep = ("party", "issuer", "number", "place", "date", "doc_type", "subject", "markings", "meeting",
            "attendees", "preamble", "sections", "closing", "signature", "recipients", "references")
    v = {k: _strip_lines(d[k]) for k in keep}
    v["unplaced"] = [u["text"] for u in d["unplaced"]]
    v["rejected"] = d["layout"]["rejected"]
    return v


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("name", [n for n in EXPORTS if (FIXTURES / f"{n}.txt").exists()])
def test_every_layout_reads_like_the_word_export(name: str, layout: str) -> None:
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    want = _view(text)
    got = _view(LAYOUTS[layout](text))
    diff = {k: (want[k], got[k]) for k in want if want[k] != got[k]}
    assert not diff, json.dumps(diff, ensure_ascii=False, indent=1)[:3000]


# Short documents from the audits, in the Word-export layout
CONG_VAN = """\
TỈNH ỦY BÌNH THUẬN                     ĐẢNG CỘNG SẢN VIỆT NAM
         *
Số 125-CV/TU                        Phan Thiết, ngày 05 tháng 3 năm 2024
V/v triển khai Chỉ thị số 35-CT/TW

Kính gửi: Các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc

Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy
triển khai nghiêm túc./.

Nơi nhận:                              T/L BAN THƯỜNG VỤ
- Như trên,                              CHÁNH VĂN PHÒNG
- Lưu VPTU.
                                          Trần Văn Bình
"""


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("text", [CONG_VAN, CONG_VAN.replace("trực thuộc\n", "trực thuộc.\n")], ids=["no-stop", "stop"])
def test_a_short_cong_van_reads_alike_in_every_layout(text: str, layout: str) -> None:
    """In a PDF copy (no blank line) "Kính gửi: …" and the body sentence under it ran together
    into one preamble paragraph and the closing was lost (a body of under four lines was never
    split at a full stop, and an addressee line without one never ended)."""
    want, got = _view(text), _view(LAYOUTS[layout](text))
    assert [p["text"] for p in got["preamble"]] == [p["text"] for p in want["preamble"]]
    assert got["closing"] == want["closing"] and want["closing"].startswith("Thực hiện")
