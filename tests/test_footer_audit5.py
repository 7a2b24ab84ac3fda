"""Regression tests for the footer defects of audit 5 (/tmp/audit5: `tbparse check` on correct drafts).

Each input is the smallest realistic document that showed the defect; the asserts are exact values.
"""
from __future__ import annotations

import json

import tbparse
from tbparse.models import Notice
from tbparse.output import to_json
from tests.notices import CAPS_SIGNER

# A joint guide of two Tỉnh ủy committees (format-rules.md §2.1, "Số 05-QC/BTCTU-BDVTU").
JOINT_HEAD = (
    "           TỈNH ỦY NGHỆ AN                          ĐẢNG CỘNG SẢN VIỆT NAM\n"
    "      BAN TỔ CHỨC - BAN DÂN VẬN\n"
    "                 *                          Vinh, ngày 12 tháng 4 năm 2023\n"
    "     Số 05-HD/BTCTU-BDVTU\n"
    "\n"
    "                              HƯỚNG DẪN\n"
    "      phối hợp phát triển đảng viên trong đồng bào dân tộc thiểu số\n"
    "                                -----\n"
    "\n"
    "1. Các cấp ủy rà soát nguồn quần chúng ưu tú là người dân tộc thiểu số.\n"
    "\n"
    "2. Ban Dân vận các huyện ủy phối hợp bồi dưỡng quần chúng ưu tú./.\n"
    "\n"
)
RECIPIENTS = (
    "Nơi nhận:\n"
    "- Thường trực Tỉnh ủy (để báo cáo),\n"
    "- Lưu Ban Tổ chức, Ban Dân vận Tỉnh ủy.\n"
)


def _codes(text: str) -> list[tuple[int, str, str]]:
    return [(f.line, f.code, f.message) for f in tbparse.lint(text)]


def test_joint_signatures_side_by_side_are_read_column_by_column() -> None:
    """Defect 1: the two heads' blocks side by side above "Nơi nhận:" were left in the body (no
    signature: TB028/TB038 errors, TB024 on the names line)."""
    text = JOINT_HEAD + (
        "       TRƯỞNG BAN DÂN VẬN                              TRƯỞNG BAN TỔ CHỨC\n"
        "\n"
        "\n"
        "\n"
        "          Hồ Thị Mai                                   Nguyễn Đình Long\n"
        "\n"
    ) + RECIPIENTS
    d = tbparse.parse_dict(text)
    assert d["signature"] == {
        "authority": [],
        "position": "TRƯỞNG BAN DÂN VẬN",
        "signer": "Hồ Thị Mai",
        "note": None,
        "cosigners": [{"authority": [], "position": "TRƯỞNG BAN TỔ CHỨC", "signer": "Nguyễn Đình Long", "note": None}],
    }
    assert d["layout"]["signature"] == {
        "authority_lines": [], "position_line": 14, "signer_line": 18,
        "cosigners": [{"authority_lines": [], "position_line": 14, "signer_line": 18}],
    }
    assert d["recipients"] == ["Thường trực Tỉnh ủy (để báo cáo)", "Lưu Ban Tổ chức, Ban Dân vận Tỉnh ủy"]
    assert d["sections"][0]["items"][-1]["text"] == "Ban Dân vận các huyện ủy phối hợp bồi dưỡng quần chúng ưu tú./."
    assert d["unplaced"] == []
    # the contract: the new field validates and round-trips
    out = json.loads(to_json(tbparse.parse(text).to_dict()))
    assert Notice.model_validate(out).to_dict() == out
    assert not {c for _, c, _ in _codes(text)} & {"TB024", "TB028", "TB038"}


def test_joint_signature_with_a_deputy_on_one_side() -> None:
    """Defect 1 (audit4 17_hd-lientich): "K/T TRƯỞNG BAN TỔ CHỨC" / "PHÓ TRƯỞNG BAN" beside
    "TRƯỞNG BAN DÂN VẬN" gave the position «TRƯỞNG BAN DÂN VẬN PHÓ TRƯỞNG BAN» and an unplaced name."""
    text = JOINT_HEAD + (
        "TRƯỞNG BAN DÂN VẬN                        K/T TRƯỞNG BAN TỔ CHỨC\n"
        "                                             PHÓ TRƯỞNG BAN\n"
        "\n"
        "\n"
        "Y Ngông Niê Kdăm                             Nguyễn Hoài Nam\n"
        "\n"
    ) + RECIPIENTS
    d = tbparse.parse_dict(text)
    assert d["signature"] == {
        "authority": [],
        "position": "TRƯỞNG BAN DÂN VẬN",
        "signer": "Y Ngông Niê Kdăm",
        "note": None,
        "cosigners": [{"authority": [{"mode": "K/T", "body": "TRƯỞNG BAN TỔ CHỨC"}], "position": "PHÓ TRƯỞNG BAN",
                       "signer": "Nguyễn Hoài Nam", "note": None}],
    }
    assert d["layout"]["signature"]["cosigners"] == [{"authority_lines": [14], "position_line": 15, "signer_line": 18}]
    assert d["unplaced"] == []
    assert _codes(text) == []


def test_signer_name_in_capitals_is_the_signer() -> None:
    """Defect 2 (n16): "NGUYỄN PHÚ TRỌNG" was appended to the authority and TB028 said "no signer's
    name"; the one finding is TB032 (the name's case)."""
    text = CAPS_SIGNER
    d = tbparse.parse_dict(text)
    assert d["signature"] == {
        "authority": [{"mode": "T/M", "body": "BỘ CHÍNH TRỊ"}],
        "position": None,
        "signer": "NGUYỄN PHÚ TRỌNG",
        "note": None,
    }
    assert d["layout"]["signature"] == {"authority_lines": [13], "position_line": None, "signer_line": 18}
    assert d["recipients"][-2:] == ["Các đồng chí Ủy viên Ban Chấp hành Trung ương Đảng", "Lưu Văn phòng Trung ương Đảng"]
    assert _codes(text) == [
        (18, "TB032", "write the signer's name in ordinary capitalisation: «Nguyễn Phú Trọng»"),
    ]


def test_caps_place_under_authority_is_no_signer() -> None:
    """Defect 2, the other way: "HÀ TĨNH" right under "T/M BAN THƯỜNG VỤ TỈNH ỦY" looks like a
    caps name (family name "Hà") but ends the authority; the signer is the name below."""
    text = JOINT_HEAD + (
        "Nơi nhận:                                    T/M BAN THƯỜNG VỤ TỈNH ỦY\n"
        "- Thường trực Tỉnh ủy,                                  HÀ TĨNH\n"
        "- Lưu Văn phòng Tỉnh ủy.                               PHÓ BÍ THƯ\n"
        "\n"
        "                                                    Trần Văn Hùng\n"
    )
    d = tbparse.parse_dict(text)
    assert d["signature"] == {
        "authority": [{"mode": "T/M", "body": "BAN THƯỜNG VỤ TỈNH ỦY HÀ TĨNH"}],
        "position": "PHÓ BÍ THƯ",
        "signer": "Trần Văn Hùng",
        "note": None,
    }


def test_recipient_without_dash_is_a_recipient() -> None:
    """Defect 3 (n06): a recipient typed without "- " under "Nơi nhận:" was unplaced (TB000);
    it is an entry, and TB035 asks for the dash."""
    text = JOINT_HEAD + (
        "Nơi nhận:                                                T/M BAN THƯỜNG VỤ\n"
        "Các huyện ủy, thị ủy, thành ủy,                              PHÓ BÍ THƯ\n"
        "- Lưu Văn phòng Tỉnh ủy.\n"
        "                                                           Nguyễn Văn Thông\n"
    )
    d = tbparse.parse_dict(text)
    assert d["recipients"] == ["Các huyện ủy, thị ủy, thành ủy", "Lưu Văn phòng Tỉnh ủy"]
    assert d["layout"]["recipients"] == [
        {"line": 15, "raw": "Các huyện ủy, thị ủy, thành ủy,"},
        {"line": 16, "raw": "- Lưu Văn phòng Tỉnh ủy."},
    ]
    assert d["signature"]["position"] == "PHÓ BÍ THƯ"
    assert d["unplaced"] == []
    assert _codes(text) == [(15, "TB035", "start each recipient with \"- \"")]


def test_signature_rules_read_the_cosigners_too() -> None:
    """TB030/TB031 judge every block of a joint document: "K/T TRƯỞNG BAN TỔ CHỨC" over "PHÓ TRƯỞNG
    BAN" is the deputy's form (no TB030), "PHÓ TRƯỞNG BAN TỔ CHỨC TỈNH ỦY" under it names the
    organisation again (TB031), and a K/T block without a deputy's title is TB030."""
    sig = (
        "TRƯỞNG BAN DÂN VẬN                        K/T TRƯỞNG BAN TỔ CHỨC\n"
        "                                             {pos}\n"
        "\n"
        "\n"
        "Y Ngông Niê Kdăm                             Nguyễn Hoài Nam\n"
        "\n"
    )
    ok = JOINT_HEAD + sig.format(pos="PHÓ TRƯỞNG BAN") + RECIPIENTS
    assert not {c for _, c, _ in _codes(ok)} & {"TB030", "TB031"}
    again = JOINT_HEAD + sig.format(pos="PHÓ TRƯỞNG BAN TỔ CHỨC TỈNH ỦY") + RECIPIENTS
    assert [(n, c) for n, c, _ in _codes(again) if c in ("TB030", "TB031")] == [(15, "TB031")]
    wrong = JOINT_HEAD + sig.format(pos="CHÁNH VĂN PHÒNG") + RECIPIENTS
    assert [(n, c) for n, c, _ in _codes(wrong) if c in ("TB030", "TB031")] == [(15, "TB030")]
