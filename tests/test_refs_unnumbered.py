"""Unnumbered documents cited by title: the Party's charter, a committee's working rules, the
Constitution, a law named without its number ("Căn cứ Điều lệ Đảng; Căn cứ Quy chế làm việc …")."""
from __future__ import annotations

from pathlib import Path

import tbparse
from tbparse.extract import extract_references

ROOT = Path(__file__).resolve().parent.parent


def _refs(*lines: str) -> list[dict]:
    return extract_references([[(n, s)] for n, s in enumerate(lines, 1)])[0]


def _brief(refs: list[dict]) -> list[tuple]:
    return [(r["kind"], r["text"], r["system"], r["number"], r["issuer"], r["year"], r["lines"]) for r in refs]


def test_preamble_charter_and_working_rules() -> None:
    got = _refs("- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
                "- Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XVII, nhiệm kỳ 2025 - 2030;",
                "- Căn cứ Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư khóa XIII,")
    assert _brief(got) == [
        ("Điều lệ", "Điều lệ Đảng Cộng sản Việt Nam", "party", None, None, None, [1]),
        ("Quy chế", "Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XVII, nhiệm kỳ 2025 - 2030", "party", None,
         "Ban Chấp hành Đảng bộ tỉnh", None, [2]),
        ("Quy chế", "Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư khóa XIII", "party",
         None, "Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư", None, [3]),
    ]
    assert all(r["seq"] is None and r["type_code"] is None and r["date"] is None for r in got)


def test_one_entry_per_document_every_line() -> None:
    got = _refs("Căn cứ Điều lệ Đảng;",
                "Căn cứ Quy chế làm việc của Ban Thường vụ Tỉnh ủy khóa XVII,",
                "đúng Điều lệ Đảng Cộng sản Việt Nam và Quy chế làm việc của Ban Thường vụ Tỉnh ủy khóa XVII.",
                "khác với Quy chế làm việc của Ban Thường vụ Tỉnh ủy khóa XVI.")
    assert _brief(got) == [
        ("Điều lệ", "Điều lệ Đảng", "party", None, None, None, [1, 3]),
        ("Quy chế", "Quy chế làm việc của Ban Thường vụ Tỉnh ủy khóa XVII", "party", None, "Ban Thường vụ Tỉnh ủy",
         None, [2, 3]),
        ("Quy chế", "Quy chế làm việc của Ban Thường vụ Tỉnh ủy khóa XVI", "party", None, "Ban Thường vụ Tỉnh ủy",
         None, [4]),
    ]


def test_title_wrapped_over_two_lines() -> None:
    got, _ = extract_references([[(7, "- Căn cứ Quy chế làm việc của Ban Chấp hành"),
                                  (8, "Đảng bộ xã nhiệm kỳ 2015 - 2020;")]])
    assert _brief(got) == [("Quy chế", "Quy chế làm việc của Ban Chấp hành Đảng bộ xã nhiệm kỳ 2015 - 2020",
                            "party", None, "Ban Chấp hành Đảng bộ xã", None, [7, 8])]


def test_constitution_and_laws() -> None:
    got = _refs("Căn cứ Hiến pháp năm 2013; Luật Cán bộ, công chức và Luật Bảo vệ bí mật nhà nước năm 2018;",
                "tuân thủ Hiến pháp, Luật Phòng, chống tham nhũng, Luật Cán bộ, công chức; Luật Đất đai, các văn bản")
    assert _brief(got) == [
        ("Hiến pháp", "Hiến pháp năm 2013", "state", None, None, 2013, [1, 2]),
        ("Luật", "Luật Cán bộ, công chức", "state", None, None, None, [1, 2]),
        ("Luật", "Luật Bảo vệ bí mật nhà nước năm 2018", "state", None, None, 2018, [1]),
        ("Luật", "Luật Phòng, chống tham nhũng", "state", None, None, None, [2]),
        ("Luật", "Luật Đất đai", "state", None, None, None, [2]),
    ]


def test_law_by_title_joins_its_numbered_citation() -> None:
    got = _refs("Căn cứ Luật Đất đai số 31/2024/QH15;", "thi hành theo Luật Đất đai.")
    assert [(r["number"], r["kind"], r["lines"]) for r in got] == [("31/2024/QH15", "Luật", [1, 2])]


def test_not_references() -> None:
    assert _refs("thực hiện theo quy chế, các quy chế của cơ quan;",
                 "Quy chế này có hiệu lực từ ngày ký. Quy chế làm việc này thay thế …",
                 "thực hiện đúng luật; Luật sư Nguyễn Văn An; theo luật định;",
                 "Điều lệ Hội Nông dân Việt Nam; Điều lệnh quản lý bộ đội;",
                 "góp ý Dự thảo Luật Đất đai (sửa đổi); Nghị định quy định chi tiết Luật Đầu tư;",
                 "theo khoản 1 Điều 47 Luật Đầu tư; Điều 10 Điều lệ Đảng;",
                 "QUY CHẾ LÀM VIỆC CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XVII; LUẬT ĐẤT ĐAI") == []


def test_charter_inside_another_documents_name() -> None:
    got = _refs("- Căn cứ Điều lệ Đảng;",
                "- Căn cứ Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương thi hành Điều lệ Đảng,",
                "- Hướng dẫn thi hành Điều lệ Đảng của Ban Bí thư;")
    assert [(r["kind"], r["number"], r["lines"]) for r in got] == [("Điều lệ", None, [1]), ("Quy định", "24-QĐ/TW", [2])]


def test_exports_preambles() -> None:
    def titled(name: str) -> list[tuple]:
        text = next((ROOT / "tests/data/exports").glob(name + "-*.txt")).read_text(encoding="utf-8")
        return [(r["kind"], r["text"], r["issuer"], r["lines"]) for r in tbparse.parse_dict(text)["references"]
                if r["number"] is None and r["kind"] in ("Điều lệ", "Quy chế", "Hiến pháp", "Luật")]

    assert titled("05") == [("Điều lệ", "Điều lệ Đảng Cộng sản Việt Nam", None, [10]),
                            ("Quy chế", "Quy chế làm việc của Ban Chấp hành Đảng bộ xã nhiệm kỳ 2015 - 2020",
                             "Ban Chấp hành Đảng bộ xã", [11])]
    assert titled("14") == [("Quy chế", "Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XV",
                             "Ban Chấp hành Đảng bộ tỉnh", [13])]
    assert titled("21") == [("Quy chế", "Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XVII, nhiệm kỳ 2025 - 2030",
                             "Ban Chấp hành Đảng bộ tỉnh", [11])]
    assert titled("40") == [("Điều lệ", "Điều lệ Đảng", None, [9]),
                            ("Quy chế", "Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư khóa X",
                             "Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư", [11])]


def test_a_law_name_holding_cua_before_a_small_word_is_whole() -> None:
    # "của" before a small word is in the name; before a capital it names the issuer
    assert [r["text"] for r in _refs("Thực hiện Luật Phòng, chống tác hại của thuốc lá năm 2012, các cơ quan …")] == [
        "Luật Phòng, chống tác hại của thuốc lá năm 2012"]
    assert [r["text"] for r in _refs("theo Luật Đất đai của Quốc hội khóa XV")] == ["Luật Đất đai"]


def test_a_code_named_without_its_number() -> None:
    # "Bộ luật Lao động năm 2019", "Bộ luật Hình sự": the State's codes, cited like its laws
    got = _refs("Thực hiện Bộ luật Lao động năm 2019 và Bộ luật Hình sự, các cơ quan …")
    assert [(r["text"], r["kind"], r["system"], r["year"]) for r in got] == [
        ("Bộ luật Lao động năm 2019", "Bộ luật", "state", 2019), ("Bộ luật Hình sự", "Bộ luật", "state", None)]
    assert _refs("khoản 2 Điều 5 Bộ luật Dân sự") == [] and _refs("một bộ luật mới") == []
