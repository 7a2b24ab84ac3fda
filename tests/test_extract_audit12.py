"""Extraction defects found by audit 12: the 40 documents of tests/data/exports read field by field
(references, people, dates, abbreviations, due) against what a careful reader would list."""
from __future__ import annotations

import tbparse
from tbparse.extract import extract_dates, extract_people, find_due
from tests.notices import DISTRICT_HEAD, DISTRICT_TAIL


def people(text: str) -> dict[str, str]:
    return {p["name"]: p["title"] for p in extract_people([[(1, text)]])}


def dates(text: str, year: int | None = None) -> list[tuple]:
    return [(d["text"], d["date"], d["start"], d["end"])
            for d in extract_dates([[(1, text)]], default_year=year)]


def test_title_keeps_cong_ty():
    # doc 38: "Giám đốc Công ty." became "Giám đốc Công" — "ty" is a syllable only after "Công"
    got = people("cảnh cáo đồng chí Trần Văn Lâm, Bí thư Đảng ủy, Giám đốc Công ty.")
    assert got == {"Trần Văn Lâm": "Bí thư Đảng ủy, Giám đốc Công ty"}


def test_a_day_of_the_nineteenth_century_is_a_date():
    # doc 08: "(19/5/1890 - 19/5/2020)" lost the birth date — years were read only from 1900
    assert dates("kỷ niệm 130 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2020)") == [
        ("19/5/1890", "1890-05-19", None, None), ("19/5/2020", "2020-05-19", None, None)]


def test_n_thang_nam_is_the_first_n_months():
    # doc 03: "10 tháng năm 2021" was read as the whole year 2021
    assert dates("kết quả thực hiện nhiệm vụ chính trị 10 tháng năm 2021.") == [
        ("10 tháng năm 2021", None, "2021-01-01", "2021-10-31")]


def test_vao_nam_far_ahead_is_a_horizon():
    # doc 13 (a 2022 KẾT LUẬN): net zero "vào năm 2050" is a strategy's horizon, as after "đến"
    assert find_due('phấn đấu đưa mức phát thải ròng về "0" vào năm 2050.', line=1,
                    default_year=2022, not_before="2022-07-20") is None
    assert find_due("hoàn thành vào năm 2023.", line=1, default_year=2022, not_before="2022-07-20") == {
        "text": "vào năm 2023", "by": "2023-12-31"}


def test_hour_before_the_day():
    # doc 29 (a HỎA TỐC công văn): "trước 17 giờ ngày 17/10/2020" set no due
    assert find_due("khẩn trương sơ tán Nhân dân ra khỏi vùng nguy hiểm trước 17 giờ ngày 17/10/2020;",
                    line=1, default_year=2020, not_before="2020-10-16") == {
        "text": "trước 17 giờ ngày 17/10/2020", "by": "2020-10-17"}


def test_the_trigger_covers_a_list_of_days():
    # doc 19 (dated 16/6/2020): the 15/6 deadline has passed, the next one is 15/12
    got = find_due("Định kỳ 6 tháng (trước ngày 15/6 và ngày 15/12), các huyện ủy báo cáo kết quả.",
                   line=1, default_year=2020, not_before="2020-06-16")
    assert got == {"text": "trước ngày 15/6 và ngày 15/12", "by": "2020-12-15"}
    # a date after "và" with no trigger of its own and no triggered day before it stays no deadline
    assert find_due("Ngày 15/6 và ngày 15/12 là các mốc báo cáo.", line=1, default_year=2020,
                    not_before="2020-06-16") is None


FOOTNOTED = DISTRICT_HEAD + (
    "Ngày 14/10/2022, Ban Thường vụ Huyện ủy xem xét việc khoán vườn cây trái quy định của Nghị định "
    "số 168/2016/NĐ-CP(1) và kết luận như sau:\n"
) + DISTRICT_TAIL + (
    "\n______________\n"
    "(1) Nghị định số 168/2016/NĐ-CP ngày 27/12/2016 của Chính phủ quy định về khoán rừng, vườn cây.\n"
)


def test_a_footnote_completes_a_citation():
    # doc 38: the footnote under the signature (in ``unplaced``) was never read — the decree had
    # neither issuer nor date, and the footnote's line and date were missing
    d = tbparse.parse_dict(FOOTNOTED)
    [r] = d["references"]
    note = FOOTNOTED.splitlines().index(next(ln for ln in FOOTNOTED.splitlines() if ln.startswith("(1)"))) + 1
    assert (r["number"], r["issuer"], r["date"], r["lines"]) == (
        "168/2016/NĐ-CP", "Chính phủ", "2016-12-27", [10, note])
    assert [(x["text"], x["line"]) for x in d["dates"]][-1] == ("ngày 27/12/2016", note)


def test_an_appendix_has_dates_and_the_own_number_is_no_reference():
    # doc 26: the PHỤ LỤC under the signature held the classes' months; its "(Kèm theo Kế hoạch
    # số 45-TB/HU …)" is the notice's own number
    text = DISTRICT_HEAD + "Thực hiện nhiệm vụ năm 2022:\n" + DISTRICT_TAIL + (
        "\n                              PHỤ LỤC\n"
        "   (Kèm theo Thông báo số 45-TB/HU ngày 18/10/2022 của Ban Thường vụ Huyện ủy)\n\n"
        "1. Lớp thứ nhất: bí thư chi bộ; 120 học viên; tháng 11/2022.\n"
    )
    d = tbparse.parse_dict(text)
    assert d["references"] == []
    assert [x["text"] for x in d["dates"]] == ["năm 2022", "ngày 18/10/2022", "tháng 11/2022"]
    # … and a list of horizons stays a horizon (doc 22, 2003: "đến năm 2005 và năm 2010")
    assert find_due("xác định rõ chỉ tiêu tăng trưởng đến năm 2005 và năm 2010.", line=1,
                    default_year=2003, not_before="2003-10-25") is None
