"""The references extractor: every citation form in the brief, the seed's exact set, the corpus."""
from __future__ import annotations

import pytest

from tbparse.references import own_number, paragraphs
from tbparse.extract import extract_references
from tbparse.extract.refs import number_key, parse_number
from tbparse.source import from_text, read_path

from .conftest import SEED, corpus_file


def refs_of(text: str, **kw) -> list[dict]:
    """References in one-line paragraphs (one paragraph per line of *text*)."""
    paras = [[(i, line)] for i, line in enumerate(text.splitlines(), 1) if line.strip()]
    return extract_references(paras, **kw)[0]


def one(text: str, **kw) -> dict:
    found = refs_of(text, **kw)
    assert len(found) == 1, found
    return found[0]


def numbers(text: str) -> list[str | None]:
    return [r["number"] for r in refs_of(text)]


def file_refs(path) -> tuple[list[dict], list[dict]]:
    src = read_path(str(path))
    return extract_references(paragraphs(src.lines), own_number=own_number(src.lines))


# --- the seed ------------------------------------------------------------------------------------

def test_seed_reference_set_is_exact():
    refs, warnings = file_refs(SEED)
    got = {(r["number"] or r["text"]) for r in refs}
    assert got == {
        "20-CT/TU", "17-KL/TU", "35-CT/TU", "10-CT/TW", "20-KH/TU", "87/2007/NĐ-CP",
        "Nghị quyết Hội nghị lần thứ 6 Ban Chấp hành Trung ương",  # also cited as "Nghị quyết Trung ương 6"
        "Cuộc vận động “Học tập và làm theo tấm gương đạo đức Hồ Chí Minh”",
    }
    by = {r["number"] or r["text"]: r for r in refs}
    assert by["Nghị quyết Hội nghị lần thứ 6 Ban Chấp hành Trung ương"]["lines"] == [42, 51]
    assert by["20-CT/TU"]["lines"] == [29, 69]  # cited twice
    assert by["Cuộc vận động “Học tập và làm theo tấm gương đạo đức Hồ Chí Minh”"]["lines"] == [29, 63]
    assert by["17-KL/TU"]["issuer"] == "Tỉnh uỷ"
    assert by["10-CT/TW"]["issuer"] == "Ban Bí thư Trung ương"
    assert by["20-KH/TU"]["kind"] == "Kế hoạch"
    nd = by["87/2007/NĐ-CP"]
    assert (nd["kind"], nd["system"], nd["year"], nd["type_code"], nd["issuer_code"]) == \
        ("Nghị định", "state", 2007, "NĐ", "CP")
    assert nd["text"] == "Nghị định số 87/2007-NĐ-CP của Chính phủ"  # as printed
    assert [(w["code"], w["line"]) for w in warnings] == [("TB027", 69)]
    assert "87/2007/NĐ-CP" in warnings[0]["message"]


def test_seed_own_number_is_not_a_reference():
    src = read_path(str(SEED))
    assert own_number(src.lines) == "503-TB/TU"
    with_own = extract_references(paragraphs(src.lines))[0]
    assert "503-TB/TU" in {r["number"] for r in with_own}
    assert "503-TB/TU" not in {r["number"] for r in file_refs(SEED)[0]}


def test_seed_order_is_first_citation():
    refs, _ = file_refs(SEED)
    first_lines = [r["lines"][0] for r in refs]
    assert first_lines == sorted(first_lines)


# --- one test per form ---------------------------------------------------------------------------

def test_with_so():
    r = one("theo tinh thần Chỉ thị số 20-CT/TU của Ban Thường vụ Tỉnh ủy chưa được tập trung")
    assert (r["kind"], r["number"], r["seq"], r["type_code"], r["issuer_code"], r["system"]) == \
        ("Chỉ thị", "20-CT/TU", 20, "CT", "TU", "party")
    assert r["issuer"] == "Ban Thường vụ Tỉnh ủy"
    assert r["text"] == "Chỉ thị số 20-CT/TU của Ban Thường vụ Tỉnh ủy"


def test_without_so():
    r = one("thực hiện Chỉ thị 20-CT/TU trong toàn Đảng bộ")
    assert (r["kind"], r["number"], r["text"]) == ("Chỉ thị", "20-CT/TU", "Chỉ thị 20-CT/TU")


def test_bare_number_takes_kind_from_type_code():
    r = one("quán triệt 18-NQ/TW đến từng chi bộ")
    assert (r["kind"], r["number"], r["text"]) == ("Nghị quyết", "18-NQ/TW", "18-NQ/TW")


def test_issuer_after_cua():
    r = one("theo Kết luận số 17-KL/TU của Tỉnh uỷ đã đề ra.")
    assert (r["kind"], r["number"], r["issuer"]) == ("Kết luận", "17-KL/TU", "Tỉnh uỷ")


def test_numeric_date_and_issuer():
    r = one("Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII về một số vấn đề")
    assert r["date"] == "2017-10-25" and r["year"] == 2017
    assert r["issuer"] == "Ban Chấp hành Trung ương Đảng khóa XII"
    assert r["text"] == "Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII"


def test_words_date():
    r = one("Quyết định số 2179/QĐ-TTg ngày 06 tháng 10 năm 2025 của Thủ tướng Chính phủ. Cùng dự")
    assert (r["system"], r["number"], r["type_code"], r["issuer_code"]) == ("state", "2179/QĐ-TTg", "QĐ", "TTg")
    assert (r["date"], r["year"], r["issuer"]) == ("2025-10-06", 2025, "Thủ tướng Chính phủ")


def test_comma_before_date():
    r = one("thực hiện Chỉ thị số 35-CT/TW, ngày 26/5/2014 của Bộ Chính trị về tăng cường")
    assert (r["date"], r["issuer"]) == ("2014-05-26", "Bộ Chính trị")


def test_qdi_type_code_keeps_leading_zero():
    r = one("Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương")
    assert (r["kind"], r["number"], r["seq"], r["type_code"]) == ("Quy định", "08-QĐi/TW", 8, "QĐi")


def test_state_decree():
    r = one("theo tinh thần Nghị định số 87/2007/NĐ-CP của Chính phủ.")
    assert (r["kind"], r["number"], r["year"], r["system"]) == ("Nghị định", "87/2007/NĐ-CP", 2007, "state")


def test_mistyped_state_number_is_canonicalised_with_a_warning():
    refs, warnings = extract_references([[(7, "theo tinh thần Nghị định số 87/2007-NĐ-CP của Chính phủ.")]])
    assert [r["number"] for r in refs] == ["87/2007/NĐ-CP"]
    assert [(w["code"], w["line"]) for w in warnings] == [("TB027", 7)]


def test_spaces_inside_numbers():
    assert numbers("Căn cứ Kết luận số 269- KL/TU ngày 10/6/2026 của Ban Thường vụ Tỉnh uỷ") == ["269-KL/TU"]
    assert numbers("Quyết định số 2170 /QĐ - UBND ngày 23/6/2026") == ["2170/QĐ-UBND"]
    assert numbers("theo Nghị định số 135/2020/NĐ -CP ngày 18/11/2020") == ["135/2020/NĐ-CP"]
    _, warnings = extract_references([[(3, "Kết luận số 269- KL/TU")]])
    assert [w["line"] for w in warnings] == [3]


def test_list_shares_the_kind():
    found = refs_of("theo tinh thần các Chỉ thị số 10-CT/TW, 20-CT/TU của Ban Thường vụ")
    assert [(r["number"], r["kind"]) for r in found] == [("10-CT/TW", "Chỉ thị"), ("20-CT/TU", "Chỉ thị")]


def test_list_sharing_one_code():
    found = refs_of("Căn cứ các Kết luận số 187, 188- KL/TW ngày 29/8/2025 của Bộ Chính trị, Ban Bí thư và")
    assert [r["number"] for r in found] == ["187-KL/TW", "188-KL/TW"]
    assert all(r["kind"] == "Kết luận" and r["date"] == "2025-08-29" for r in found)
    assert found[1]["issuer"] == "Bộ Chính trị, Ban Bí thư"


def test_state_law_with_name_and_qh_code():
    r = one("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;")
    assert (r["kind"], r["number"], r["type_code"], r["issuer_code"], r["year"]) == \
        ("Luật", "72/2025/QH15", None, "QH15", 2025)
    assert r["text"].startswith("Luật Tổ chức chính quyền địa phương số 72/2025/QH15")


def test_party_number_typed_in_state_form():
    refs, warnings = extract_references([[(1, "thực hiện Chỉ thị số 05/CT-TU của Ban Thường vụ")]])
    assert [(r["number"], r["system"]) for r in refs] == [("05-CT/TU", "party")]
    assert warnings and warnings[0]["code"] == "TB027"


def test_state_cong_van_without_type_code():
    r = one("văn bản giải trình số 750/BQL-QHXD ngày 02/6/2026 của Ban Quản lý Khu kinh tế tỉnh Lào Cai về")
    assert (r["number"], r["type_code"], r["issuer_code"]) == ("750/BQL-QHXD", None, "BQL-QHXD")
    assert r["issuer"] == "Ban Quản lý Khu kinh tế tỉnh Lào Cai"


def test_thong_bao_ket_luan_is_a_thong_bao():
    r = one("theo Thông báo Kết luận số 81-TB/TW ngày 18 tháng 7 năm 2025 của Bộ Chính trị")
    assert (r["kind"], r["date"]) == ("Thông báo", "2025-07-18")


def test_reference_wrapped_over_two_lines():
    refs, _ = extract_references([[(12, "Thực hiện Quy định số"),
                                   (13, "377-QĐ/TW ngày 08/10/2025 của Bộ Chính trị về phân cấp")]])
    assert len(refs) == 1
    r = refs[0]
    assert (r["number"], r["kind"], r["date"], r["issuer"], r["lines"]) == \
        ("377-QĐ/TW", "Quy định", "2025-10-08", "Bộ Chính trị", [12, 13])


def test_short_remention_adds_its_line():
    paras = [
        [(1, "Thực hiện Quy định số 377-QĐ/TW ngày 08/10/2025 của Bộ Chính trị (sau đây gọi tắt là Quy định 377);")],
        [(5, "thực hiện đầy đủ trách nhiệm, quyền hạn theo Quy định 377 (Điều 9, 10, 11).")],
        [(9, "Kế hoạch 377 năm")],  # another kind: not a re-mention
    ]
    refs, _ = extract_references(paras)
    assert [(r["number"], r["lines"]) for r in refs] == [("377-QĐ/TW", [1, 5])]


@pytest.mark.parametrize("text, expected", [
    ("các Nghị quyết Hội nghị lần thứ 6 Ban Chấp hành Trung ương; trong đó",
     "Nghị quyết Hội nghị lần thứ 6 Ban Chấp hành Trung ương"),
    ("cho phù hợp với tinh thần Nghị quyết Trung ương 6.", "Nghị quyết Trung ương 6"),
    ("các mục tiêu của Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII và nghị quyết đại hội đảng bộ các tỉnh",
     "Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII"),
    ("Trên cơ sở Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2025 - 2030",
     "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI"),
    ("theo NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII", "NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII"),
    ("thực hiện nghi quyet trung uong 6 (typed without diacritics)", "nghi quyet trung uong 6"),
])
def test_unnumbered_resolutions(text, expected):
    r = one(text)
    assert (r["text"], r["kind"], r["number"], r["system"]) == (expected, "Nghị quyết", None, "party")


def test_campaign_in_quotes():
    r = one("Chất lượng thực hiện Cuộc vận động “Học tập và làm theo tấm gương đạo đức Hồ Chí Minh” ở một số nơi")
    assert (r["kind"], r["number"]) == ("Cuộc vận động", None)
    assert r["text"] == "Cuộc vận động “Học tập và làm theo tấm gương đạo đức Hồ Chí Minh”"


def test_unnumbered_followed_by_its_number_is_one_reference():
    found = refs_of("Nghị quyết Hội nghị Trung ương 8 khóa XIII số 44-NQ/TW ngày 24/11/2023 về Chiến lược")
    assert [(r["number"], r["kind"]) for r in found] == [("44-NQ/TW", "Nghị quyết")]
    assert found[0]["text"].startswith("Nghị quyết Hội nghị Trung ương 8 khóa XIII số 44-NQ/TW")


def test_case_and_tone_placement_do_not_matter():
    a = one("thực hiện nghị quyết số 18-NQ/TW ngày 25/10/2017")
    b = one("THỰC HIỆN NGHỊ QUYẾT SỐ 18-NQ/TW NGÀY 25/10/2017")
    assert a["kind"] == b["kind"] == "Nghị quyết"
    assert a["date"] == b["date"] == "2017-10-25"
    c = one("Kết luận số 17-KL/TU của Tỉnh ủy")
    d = one("Kết luận số 17-KL/TU của Tỉnh uỷ")
    assert (c["issuer"], d["issuer"]) == ("Tỉnh ủy", "Tỉnh uỷ")  # as printed


def test_own_number_in_any_spelling_is_skipped():
    text = "Quyết định số 2170 /QĐ-UBND ngày 23/6/2026 của Ủy ban nhân dân tỉnh"
    assert refs_of(text, own_number="2170/QĐ-UBND") == []
    assert refs_of("Thông báo số 503-TB/TU", own_number="503 - TB/TU") == []


@pytest.mark.parametrize("text", [
    "Ngày 14/5/2008, đồng chí Lê Tiến Phương đã có buổi làm việc",
    "từ tháng 6/2022 đến nay; quý III/2008",
    "Điện thoại: 0898.129.994; Căn cước công dân số 031094008314; Số 405, đường Trần Hưng Đạo",
    "Tổng vốn đầu tư: 1.360.668.000.000 đồng (chiếm 15,07% tổng vốn), 76,39 ha",
    "theo quy định tại Điều 9, 10 và khoản 1 Điều 47 Luật Đầu tư; lần thứ 6; T/L; b/c; V/v; 24/7",
    "Hệ tọa độ VN 2,000, kinh tuyến trục 104º45’, ngày 23 / 6 /2026",
    "trong 8 tháng còn lại; 4 tháng đầu năm 2008; nhiệm kỳ 2020 - 2025",
])
def test_no_false_references(text):
    assert refs_of(text) == []


def test_parse_number_canonical_forms():
    assert parse_number("87/2007-NĐ-CP")["number"] == "87/2007/NĐ-CP"
    assert parse_number(" 2170 /QĐ - UBND ")["number"] == "2170/QĐ-UBND"
    assert parse_number("20-CT/TU") == {"number": "20-CT/TU", "system": "party", "seq": 20, "type_code": "CT",
                                        "issuer_code": "TU", "year": None}
    assert parse_number("14/5/2008") is None
    assert parse_number("20-CT/TU của") is None
    assert number_key("08-QĐi/TW") == number_key("8 - QĐi/TW")


def test_reference_keys_deduplicate_spellings():
    found = refs_of("Kết luận số 269- KL/TU ngày 10/6/2026\nthực hiện Kết luận số 269-KL/TU")
    assert [(r["number"], r["lines"]) for r in found] == [("269-KL/TU", [1, 2])]


# --- the corpus ----------------------------------------------------------------------------------

def test_state_document_cites_party_documents():
    refs, warnings = file_refs(corpus_file("017_qd-2170-ubnd-laocai.txt"))
    by = {r["number"]: r for r in refs if r["number"] is not None}
    # laws it names without a number (line 103, "… Luật Xây dựng, Luật Đất đai, Luật Bảo vệ môi trường")
    assert [r["text"] for r in refs if r["number"] is None] == ["Luật Xây dựng", "Luật Đất đai", "Luật Bảo vệ môi trường"]
    assert by["269-KL/TU"]["system"] == "party" and by["269-KL/TU"]["lines"] == [20, 24]
    assert by["269-KL/TU"]["issuer"] == "Ban Thường vụ Tỉnh uỷ"
    assert by["1591-CV/ĐU"]["system"] == "party" and by["1591-CV/ĐU"]["date"] == "2026-06-10"
    assert by["96/2026/NĐ-CP"]["system"] == "state"
    assert "2170/QĐ-UBND" not in by  # its own number, in the header and in the appendix
    assert set(by) == {"72/2025/QH15", "143/2025/QH15", "96/2026/NĐ-CP", "55/2026/TT-BTC", "269-KL/TU",
                       "1591-CV/ĐU", "62/BC-BQL", "750/BQL-QHXD"}
    assert {w["line"] for w in warnings} == {20, 24}  # "269- KL/TU" twice; the own number is not reported


def test_party_document_cites_state_documents():
    refs, _ = file_refs(corpus_file("006_hd-45-btctw.txt"))
    by = {r["number"]: r for r in refs}
    assert by["135/2020/NĐ-CP"]["system"] == "state"
    assert by["135/2020/NĐ-CP"]["date"] == "2020-11-18"
    assert by["187-KL/TW"]["date"] == "2025-08-29"
    assert 32 in by["377-QĐ/TW"]["lines"]  # "Quy định 377" re-mentioned on line 32
    assert "45-HD/BTCTW" not in by


@pytest.mark.parametrize("name", [
    "001_qd-383-tw.txt", "003_kl-07-vptw.txt", "006_hd-45-btctw.txt", "013_news-about-tb-75-tw.txt",
    "014_tb-vpcp-ketluan-ptt-sonla.txt", "015_nq-380-cp.txt", "017_qd-2170-ubnd-laocai.txt",
])
def test_corpus_numbers_are_well_formed(name):
    refs, _ = file_refs(corpus_file(name))
    assert refs
    for r in refs:
        if r["number"] is not None:
            assert parse_number(r["number"])["number"] == r["number"]
            assert r["lines"] and r["lines"] == sorted(set(r["lines"]))
        if r["date"]:
            assert r["year"] is not None


def test_no_frame_needed():
    src = from_text("Căn cứ Nghị định số 96/2026/NĐ-CP ngày 31 tháng 3 năm 2026 của Chính\nphủ quy định chi tiết")
    refs, _ = extract_references(paragraphs(src.lines))
    assert [(r["number"], r["issuer"], r["lines"]) for r in refs] == [("96/2026/NĐ-CP", "Chính phủ", [1])]
