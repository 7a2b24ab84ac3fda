"""Real documents from ../shared/corpus: Party ones parse, State/news ones are rejected with the right reason."""
from __future__ import annotations

import pytest

import tbparse
from tbparse.errors import NotPartyDocument

from .conftest import corpus_file

PARTY = {
    "001_qd-383-tw.txt": ("383-QĐ/TW", "2025-11-19", "T/M", "Lưu Văn phòng Trung ương Đảng"),
    "003_kl-07-vptw.txt": ("07-KL/VPTW", "2025-12-01", "K/T", "Lưu Văn phòng Trung ương Đảng"),
    "006_hd-45-btctw.txt": ("45-HD/BTCTW", "2025-11-21", "K/T", "Lưu VP, Vụ CB"),
}
REJECT = {
    "013_news-about-tb-75-tw.txt": "no Party-document frame",
    "014_tb-vpcp-ketluan-ptt-sonla.txt": "State signature KT.",
    "015_nq-380-cp.txt": "State number 380/NQ-CP",
    "017_qd-2170-ubnd-laocai.txt": "State number 2170/QĐ-UBND",
}


@pytest.mark.parametrize("name", sorted(PARTY))
def test_party_documents_parse(name: str) -> None:
    number, date, mode, last_recipient = PARTY[name]
    doc = tbparse.parse_file(str(corpus_file(name)))
    assert doc.party == "ĐẢNG CỘNG SẢN VIỆT NAM"
    assert doc.number is not None and doc.number.raw == number
    assert doc.date == date
    assert doc.signature is not None and doc.signature.authority[0].mode == mode
    assert doc.signature.signer
    assert doc.recipients[-1] == last_recipient
    assert doc.unplaced == []


def test_kl07_parent_and_bold_sections() -> None:
    doc = tbparse.parse_file(str(corpus_file("003_kl-07-vptw.txt")))
    assert doc.issuer.name == "VĂN PHÒNG" and doc.issuer.parent == "BAN CHẤP HÀNH TRUNG ƯƠNG"
    assert [s.number for s in doc.sections] == ["1", "2", "3"]
    assert [s.role for s in doc.sections][:2] == ["assessment", "directives"]
    assert doc.signature.authority[0].body == "CHÁNH VĂN PHÒNG"
    assert doc.signature.position == "PHÓ CHÁNH VĂN PHÒNG"


def test_qd383_issuer_wrapped_name_and_articles() -> None:
    doc = tbparse.parse_file(str(corpus_file("001_qd-383-tw.txt")))
    assert doc.issuer.name == "BAN CHẤP HÀNH TRUNG ƯƠNG" and doc.issuer.parent is None
    assert doc.doc_type == "QUY ĐỊNH"
    assert [s.number for s in doc.sections] == ["I", "II", "III", "IV"]
    assert doc.sections[0].items[0].number == "Điều 1"
    assert doc.signature.position is None and doc.signature.signer == "Trần Cẩm Tú"


@pytest.mark.parametrize("name", sorted(REJECT))
def test_non_party_documents_are_rejected(name: str) -> None:
    with pytest.raises(NotPartyDocument) as exc:
        tbparse.parse_file(str(corpus_file(name)))
    assert REJECT[name] in str(exc.value)
    assert "not a Party document" in str(exc.value)
