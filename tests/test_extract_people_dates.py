"""People, body dates, deadlines (``due``) and abbreviations."""
from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tbparse.references import paragraphs
from tbparse.extract import extract_abbreviations, extract_dates, extract_people, extract_references, find_due
from tbparse.extract.abbrev import table
from tbparse.source import read_path

from .conftest import SEED, corpus_file


def paras_of(path) -> list:
    return paragraphs(read_path(str(path)).lines)


def lines(text: str) -> list:
    return [[(i, line)] for i, line in enumerate(text.splitlines(), 1) if line.strip()]


def people(text: str) -> list[tuple]:
    return [(p["name"], p["title"]) for p in extract_people(lines(text))]


def dates(text: str, default_year: int | None = None) -> list[tuple]:
    return [(d["text"], d["date"], d["start"], d["end"]) for d in extract_dates(lines(text), default_year=default_year)]


# --- people --------------------------------------------------------------------------------------

def test_seed_people():
    assert extract_people(paras_of(SEED)) == [
        {"name": "Lê Tiến Phương", "title": "Phó Bí thư Thường trực Tỉnh uỷ", "lines": [16, 22]},
    ]


def test_name_dash_title():
    assert people("Ngày 14/5/2008, đồng chí Lê Tiến Phương – Phó Bí thư Thường trực Tỉnh uỷ đã có buổi làm việc") == \
        [("Lê Tiến Phương", "Phó Bí thư Thường trực Tỉnh uỷ")]
    assert people("đồng chí Lê Tiến Phương -  Phó Bí thư Thường trực Tỉnh uỷ đã kết luận:") == \
        [("Lê Tiến Phương", "Phó Bí thư Thường trực Tỉnh uỷ")]


def test_name_comma_titles():
    assert people("Đồng chí Phạm Gia Túc, Uỷ viên Trung ương Đảng, Chánh Văn phòng Trung ương Đảng đã phát biểu") == \
        [("Phạm Gia Túc", "Uỷ viên Trung ương Đảng, Chánh Văn phòng Trung ương Đảng")]


def test_title_before_name():
    assert people("Ngày 18 tháng 11 năm 2025, Phó Thủ tướng Chính phủ Bùi Thanh Sơn đã chủ trì buổi làm việc") == \
        [("Bùi Thanh Sơn", "Phó Thủ tướng Chính phủ")]
    assert people("Thay mặt Bộ Chính trị, Thường trực Ban Bí thư Trần Cẩm Tú đã ký") == \
        [("Trần Cẩm Tú", "Thường trực Ban Bí thư")]


def test_honorific_without_title():
    assert people("Ông Phạm Quốc Việt; Ngày sinh: 08/12/1994; Dân tộc: Kinh") == [("Phạm Quốc Việt", None)]


def test_title_after_la():
    assert people("Đồng chí Nguyễn Văn D là Giám đốc Sở X, chức vụ có cơ cấu") == [("Nguyễn Văn D", "Giám đốc Sở X")]


@pytest.mark.parametrize("text", [
    "Chất lượng thực hiện Cuộc vận động “Học tập và làm theo tấm gương đạo đức Hồ Chí Minh”",
    "Địa chỉ trụ sở chính: Số 405, đường Trần Hưng Đạo, phường Cam Đường, tỉnh Lào Cai.",
    "sau khi nghe ý kiến phát biểu của các đồng chí tham dự buổi làm việc",
    "Hội nghị được đồng chí Thường trực Ban Bí thư dự và chỉ đạo.",
    "Văn phòng Tỉnh uỷ xin thông báo ý kiến kết luận của Thường trực Tỉnh uỷ",
])
def test_no_false_people(text):
    assert people(text) == []


def test_one_entry_per_name_with_every_line_even_in_capitals():
    paras = [
        [(4, "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ BÙI THANH SƠN TẠI BUỔI LÀM VIỆC")],
        [(7, "Ngày 18 tháng 11 năm 2025, Phó Thủ tướng Chính phủ"), (8, "Bùi Thanh Sơn đã chủ trì buổi làm việc")],
        [(17, "Phó Thủ tướng Chính phủ Bùi Thanh Sơn đã kết luận như sau:")],
    ]
    assert extract_people(paras) == [{"name": "Bùi Thanh Sơn", "title": "Phó Thủ tướng Chính phủ", "lines": [4, 8, 17]}]


def test_signature_position_line_is_the_title():
    paras = [[(1, "KT. BỘ TRƯỞNG, CHỦ NHIỆM"), (2, "PHÓ CHỦ NHIỆM"), (3, "Phạm Mạnh Cường")]]
    assert [(p["name"], p["title"]) for p in extract_people(paras)] == [("Phạm Mạnh Cường", "PHÓ CHỦ NHIỆM")]
    # an authority line names the body signed for, not a title
    assert extract_people([[(1, "T/M BAN BÍ THƯ"), (2, "Trần Cẩm Tú")]]) == []


def test_corpus_people():
    got = {p["name"]: p for p in extract_people(paras_of(corpus_file("014_tb-vpcp-ketluan-ptt-sonla.txt")))}
    assert got["Bùi Thanh Sơn"]["title"] == "Phó Thủ tướng Chính phủ"
    assert got["Bùi Thanh Sơn"]["lines"][:3] == [4, 8, 17]
    assert got["Trần Hồng Hà"]["title"] == "Phó Thủ tướng Chính phủ"
    got = {p["name"]: p for p in extract_people(paras_of(corpus_file("017_qd-2170-ubnd-laocai.txt")))}
    assert got == {"Phạm Quốc Việt": {"name": "Phạm Quốc Việt", "title": None, "lines": [52]}}


# --- dates ---------------------------------------------------------------------------------------

def test_seed_dates():
    got = [(d["text"], d["date"], d["start"], d["end"], d["line"]) for d in extract_dates(paras_of(SEED))]
    assert got == [
        ("ngày 16 tháng 5 năm 2008", "2008-05-16", None, None, 5),
        ("Ngày 14/5/2008", "2008-05-14", None, None, 16),
        ("4 tháng đầu năm 2008", None, "2008-01-01", "2008-04-30", 25),
        ("năm 2008", None, "2008-01-01", "2008-12-31", 33),
        ("cuối năm 2008", None, "2008-10-01", "2008-12-31", 87),
    ]


@pytest.mark.parametrize("text, expected", [
    ("Ngày 14/5/2008, đồng chí", ("Ngày 14/5/2008", "2008-05-14", None, None)),
    ("ngày 18 tháng 11 năm 2025", ("ngày 18 tháng 11 năm 2025", "2025-11-18", None, None)),
    ("ngày 23 / 6 /2026", ("ngày 23 / 6 /2026", "2026-06-23", None, None)),
    ("4 tháng đầu năm 2008", ("4 tháng đầu năm 2008", None, "2008-01-01", "2008-04-30")),
    ("6 tháng cuối năm 2008", ("6 tháng cuối năm 2008", None, "2008-07-01", "2008-12-31")),
    ("Có thể đến cuối năm 2008.", ("cuối năm 2008", None, "2008-10-01", "2008-12-31")),
    ("đầu năm 2009", ("đầu năm 2009", None, "2009-01-01", "2009-03-31")),
    ("quý III/2008", ("quý III/2008", None, "2008-07-01", "2008-09-30")),
    ("Quý IV năm 2027", ("Quý IV năm 2027", None, "2027-10-01", "2027-12-31")),
    ("đến tháng 6/2027.", ("tháng 6/2027", None, "2027-06-01", "2027-06-30")),
    ("cuối tháng 2/2024", ("cuối tháng 2/2024", None, "2024-02-21", "2024-02-29")),
    ("kế hoạch năm 2025", ("năm 2025", None, "2025-01-01", "2025-12-31")),
    ("nhiệm kỳ 2020 - 2025", ("nhiệm kỳ 2020 - 2025", None, "2020-01-01", "2025-12-31")),
    ("giai đoạn 2021-2025", ("giai đoạn 2021-2025", None, "2021-01-01", "2025-12-31")),
    ("từ tháng 6/2022 đến nay", ("từ tháng 6/2022 đến nay", None, "2022-06-01", None)),
    ("từ ngày 1/6 đến ngày 30/6/2008", ("từ ngày 1/6 đến ngày 30/6/2008", None, "2008-06-01", "2008-06-30")),
    ("NGÀY 08/10/2025", ("NGÀY 08/10/2025", "2025-10-08", None, None)),
])
def test_date_forms(text, expected):
    assert dates(text) == [expected]


def test_year_from_default_or_from_the_list():
    assert dates("hoàn thành trong tháng 7", default_year=2008) == [("tháng 7", None, "2008-07-01", "2008-07-31")]
    assert dates("hoàn thành trong tháng 7") == [("tháng 7", None, None, None)]
    assert dates("trong tháng 7 và tháng 8/2008", default_year=2030)[0] == ("tháng 7", None, "2008-07-01", "2008-07-31")
    assert dates("phiên họp ngày 20/2", default_year=2025) == [("ngày 20/2", "2025-02-20", None, None)]


@pytest.mark.parametrize("text", [
    "Điện thoại: 0898.129.994",
    "Căn cước công dân số 031094008314; Số 405",
    "Tổng vốn đầu tư: 1.360.668.000.000 đồng (chiếm 15,07% tổng vốn đầu tư), diện tích 76,39 ha",
    "theo Điều 9, 10, 11 và khoản 1; lần thứ 6; trong 8 tháng còn lại; 30 tháng đến 60 tháng",
    "ngày 31/02/2008",  # not a calendar date
    "Chỉ thị số 20-CT/TU; Nghị định số 87/2007/NĐ-CP",
])
def test_no_false_dates(text):
    assert dates(text) == []


def test_corpus_dates_have_lines_and_valid_iso():
    found = extract_dates(paras_of(corpus_file("017_qd-2170-ubnd-laocai.txt")))
    texts = [d["text"] for d in found]
    assert "ngày 10/6/2026" in texts and "quý IV năm 2027" in texts
    assert not any("0898" in t or "2498" in t for t in texts)  # phone, coordinates
    for d in found:
        for k in ("date", "start", "end"):
            if d[k]:
                datetime.date.fromisoformat(d[k])
    kl = [d for d in extract_dates(paras_of(corpus_file("003_kl-07-vptw.txt"))) if d["text"].startswith("từ")]
    assert kl[0]["text"] == "từ tháng 6/2022 đến nay" and kl[0]["start"] == "2022-06-01" and kl[0]["end"] is None


# --- due -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, default_year, expected", [
    ("Thời gian: Có thể đến cuối năm 2008.", None, {"text": "đến cuối năm 2008", "by": "2008-12-31"}),
    ("Báo cáo Thường trực trước ngày 30/6/2008.", None, {"text": "trước ngày 30/6/2008", "by": "2008-06-30"}),
    ("Tổ chức sơ kết trong quý III/2008.", None, {"text": "trong quý III/2008", "by": "2008-09-30"}),
    ("hoàn thành trong tháng 7", 2008, {"text": "trong tháng 7", "by": "2008-07-31"}),
    ("hoàn thành trong tháng 7", None, {"text": "trong tháng 7", "by": None}),
    ("Thời gian hoàn thành trước ngày 30/12/2025", None, {"text": "trước ngày 30/12/2025", "by": "2025-12-30"}),
    ("Thời gian: Quý III/2008", None, {"text": "Quý III/2008", "by": "2008-09-30"}),
    ("chậm nhất là ngày 15/7/2025 phải báo cáo", None, {"text": "chậm nhất là ngày 15/7/2025", "by": "2025-07-15"}),
    ("hoàn thành trước 31/12", 2025, {"text": "trước 31/12", "by": "2025-12-31"}),
    ("Thực hiện theo Kế hoạch số 20-KH/TU ngày 1/1/2008, xong trước ngày 15/3/2008.", None,
     {"text": "trước ngày 15/3/2008", "by": "2008-03-15"}),
])
def test_due(text, default_year, expected):
    assert find_due(text, line=1, default_year=default_year) == expected


@pytest.mark.parametrize("text", [
    "Ngày 14/5/2008, đồng chí Lê Tiến Phương đã có buổi làm việc.",
    "Nội dung: Cần thực hiện theo đúng tinh thần hướng dẫn của Ban Thường vụ Tỉnh uỷ đã chỉ đạo.",
    "thực hiện nhiệm vụ sản xuất kinh doanh trong 8 tháng còn lại",
    "theo Kế hoạch số 20-KH/TU ngày 1/1/2008",
    "từ tháng 6/2022 đến nay",
    "",
])
def test_no_due(text):
    assert find_due(text, line=3) is None


# --- abbreviations -------------------------------------------------------------------------------

def test_seed_abbreviations():
    got = {a["abbr"]: a for a in extract_abbreviations(paras_of(SEED))}
    assert set(got) == {"TU", "TW", "NĐ-CP", "LĐLĐ", "UVBTV"}
    assert got["LĐLĐ"] == {"abbr": "LĐLĐ", "expansion": "Liên đoàn Lao động", "lines": [103]}
    assert got["UVBTV"]["expansion"] == "Ủy viên Ban Thường vụ" and got["UVBTV"]["lines"] == [105]
    assert got["TU"]["lines"] == [5, 29, 36, 60, 66, 69]


def test_abbreviations_whole_tokens_only():
    found = extract_abbreviations(lines("Chủ tịch UBND tỉnh, HĐND, MTTQ; TUẦN LỄ; ĐUÔI; Tuyên; BCHTW\nQuyết định 2179/QĐ-TTg"))
    assert [(a["abbr"], a["lines"]) for a in found] == [
        ("UBND", [1]), ("HĐND", [1]), ("MTTQ", [1]), ("BCHTW", [1]), ("QĐ-TTg", [2]),
    ]
    found = extract_abbreviations(lines("Công văn số 750/BQL-QHXD; Quyết định số 2170 /QĐ - UBND"))
    assert [a["abbr"] for a in found] == ["BQL", "UBND"]


def test_abbreviation_table_is_package_data_loaded_once():
    t = table()
    assert t is table()  # cached
    for abbr in ("UVBTV", "BTV", "BCH", "LĐLĐ", "MTTQ", "HĐND", "UBND", "TW", "TU", "HU", "ĐU", "UBKT", "VPTW",
                 "BTCTW", "NĐ-CP"):
        assert t[abbr]
    assert all(k and v and "\t" not in k for k, v in t.items())


# --- any text ------------------------------------------------------------------------------------

_PIECES = st.sampled_from([
    "ngày", "tháng", "năm", "quý", "III", "số", "Nghị quyết", "Chỉ thị", "20-CT/TU", "87/2007-NĐ-CP", "đồng chí",
    "Nguyễn Văn A", "Phó Bí thư", "Tỉnh ủy", "của", "Ban Thường vụ", "14/5/2008", "từ", "đến nay", "nhiệm kỳ",
    "2020 - 2025", "Cuộc vận động", "“", "”", "UBND", "NĐ-CP", "và", ",", "Luật Đầu tư", "72/2025/QH15",
    "Trung ương 6", "lần thứ", "Quy định", "377", "187,", "188- KL/TW", "trước", "trong", "cuối", "/", "-", "0",
])
_TEXT = st.one_of(st.lists(_PIECES, max_size=40).map(" ".join), st.text(max_size=200))


@settings(max_examples=150, deadline=None)
@given(st.lists(_TEXT, min_size=1, max_size=3), st.one_of(st.none(), st.integers(1990, 2030)))
def test_any_text_gives_well_formed_results(texts, year):
    """Arbitrary text never raises, and every result points back into the text it came from."""
    para = [(10 + i, " ".join(t.split())) for i, t in enumerate(texts)]
    joined = " ".join(t for _, t in para)
    line_nos = {no for no, _ in para}
    refs, warnings = extract_references([para], own_number="20-CT/TU")
    for r in refs:
        assert r["text"] in joined and set(r["lines"]) <= line_nos and r["number"] != "20-CT/TU"
    assert all(w["line"] in line_nos for w in warnings)
    for p in extract_people([para]):
        assert p["name"] in joined and set(p["lines"]) <= line_nos
    for d in extract_dates([para], default_year=year):
        assert d["text"] in joined and d["line"] in line_nos
        for k in ("date", "start", "end"):
            if d[k]:
                datetime.date.fromisoformat(d[k])
    for a in extract_abbreviations([para]):
        assert a["abbr"] in joined and set(a["lines"]) <= line_nos
    due = find_due(joined, line=10, default_year=year)
    assert due is None or due["text"] in joined
