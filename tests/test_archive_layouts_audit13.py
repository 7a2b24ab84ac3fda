"""Audit 13: archive copies in messy layouts, as `tbparse batch` users feed them.

The exports of tests/data/exports (and the seed) are the true texts; each test re-typesets them
the way archives hold them and tests/layouts.py does not: a PDF extraction with each page's
furniture (page numbers "2", "- 2 -", "Trang 2/5" after a form feed, the party line or the
document's number repeated at the top of each page), a web page with its chrome above and under
the document, a Word export whose header table was flattened another way, odd encodings and line
ends, truncated files and two notices in one file. Every copy must read as the clean text does;
what the carrier added may only sit in ``unplaced``.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tbparse.output import to_json
from tbparse.parser import parse_source
from tbparse.source import from_bytes, from_text
from tests.layouts import LAYOUTS, _regions, _rows, _sides
from tests.test_layout_metamorphic import CORPUS, FIXTURES, _strip_lines

DOCS = [FIXTURES / "seed-503-tb-tu.txt", *sorted(CORPUS.glob("*.txt"))]
FIELDS = ("party", "issuer", "number", "place", "date", "doc_type", "subject", "markings", "meeting", "attendees",
          "preamble", "sections", "closing", "signature", "recipients", "references")
HEADER = ("party", "issuer", "number", "place", "date", "doc_type", "subject")


def _parse(x: "str | bytes") -> dict:
    src = from_bytes(x, path="x.txt") if isinstance(x, bytes) else from_text(x)
    return json.loads(to_json(parse_source(src, reject=False)))


def _view(d: dict) -> dict:
    v = {k: _strip_lines(d[k]) for k in FIELDS}
    v["copy"] = _strip_lines(d.get("copy"))
    v["rejected"] = d["layout"]["rejected"]
    return v


def _same(want: dict, got: dict) -> None:
    a, b = _view(want), _view(got)
    diff = {k: (a[k], b[k]) for k in a if a[k] != b[k]}
    assert not diff, json.dumps(diff, ensure_ascii=False, indent=1)[:3000]


def _own(text: str) -> str | None:
    return (_parse(text)["number"] or {}).get("raw")


def _ids(p: Path) -> str:
    return p.stem[:3] + "doc" if p.parent == CORPUS else "seed"


# --- PDF pages -------------------------------------------------------------------------------

_PAGE = 30  # lines of a page of the PDF's text (hard-wrapped at 90 columns)


def paged(text: str, top=None, bottom=None, ff: bool = False) -> str:  # noqa: ANN001 - two small callbacks
    """The PDF extraction of *text* cut into pages of _PAGE lines, each page's furniture added: *top*
    lines over pages 2 … and *bottom* lines under every page (``f(page, pages) -> [str]``), a form
    feed opening each new page as pdftotext writes it. Pages break wherever they fall: in a
    sentence, a list of recipients, a signature block."""
    lines = LAYOUTS["pdf-wrapped"](text).rstrip("\n").split("\n")
    pages = [lines[i:i + _PAGE] for i in range(0, len(lines), _PAGE)]
    out: list[str] = []
    for k, page in enumerate(pages, 1):
        page = ([*top(k, len(pages))] if top and k > 1 else []) + page + ([*bottom(k, len(pages))] if bottom else [])
        if ff and k > 1:
            page[0] = "\f" + page[0]
        out.extend(page)
    return "\n".join(out) + "\n"


PAGED = {
    "number-on-top": lambda t: paged(t, top=lambda k, n: [str(k)]),
    "dashed-number-under": lambda t: paged(t, bottom=lambda k, n: [f"- {k} -"]),
    "trang-k-of-n-form-feed": lambda t: paged(t, bottom=lambda k, n: [f"Trang {k}/{n}"], ff=True),
    "party-line-running-head": lambda t: paged(t, top=lambda k, n: ["ĐẢNG CỘNG SẢN VIỆT NAM", str(k)]),
    "number-running-head": lambda t: paged(t, top=lambda k, n: [_own(t), str(k)]),
    "number-and-page-head": lambda t: paged(t, top=lambda k, n: [f"Số {_own(t)} - Trang {k}"], ff=True),
}


@pytest.mark.parametrize("kind", sorted(PAGED))
@pytest.mark.parametrize("path", DOCS, ids=_ids)
def test_a_pdf_with_page_furniture_reads_like_its_pages_without(path: Path, kind: str) -> None:
    """Page numbers and running heads stand wherever a page broke: between two recipients ("- 4 -"
    became a recipient), between a position and its name ("PHÓ CHÁNH VĂN PHÒNG ĐẢNG CỘNG SẢN VIỆT
    NAM"), in a sentence ("Trang 2/5" went into the paragraph). Compared with the same PDF text
    without them (tests/test_layout_metamorphic.py ties that one to the Word export)."""
    text = path.read_text(encoding="utf-8")
    if kind.startswith("number") and kind != "number-on-top" and _own(text) is None:
        pytest.skip("a draft with no number has no number to repeat")
    base, x = LAYOUTS["pdf-wrapped"](text), PAGED[kind](text)
    want, got = _parse(base), _parse(x)
    _same(want, got)
    before = [u["text"] for u in want["unplaced"]]
    added = [u["text"] for u in got["unplaced"] if u["text"] not in before]
    assert bool(added) == (x != base), "the furniture is kept in unplaced (a one-page text has none on top)"
    assert all(len(u) <= 40 for u in added), added


# --- web pages -------------------------------------------------------------------------------

CHROME_TOP = ["Trang chủ > Văn bản > Văn bản của Tỉnh ủy", "Cập nhật lúc 08:30 12/05/2020", "Lượt xem: 1234",
              "Chia sẻ | In bài | Gửi email", ""]
CHROME_BOTTOM = ["", "Nguồn: Văn phòng Tỉnh ủy", "", "File đính kèm:", "thong-bao.pdf (120 KB)", "", "Tin liên quan",
                 "- Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15 (12/05/2020)",
                 "- Tỉnh ủy làm việc với Đảng ủy Khối Doanh nghiệp (10/05/2020)", "", "Các tin khác",
                 "Bản quyền thuộc Tỉnh ủy. Địa chỉ: 19 Nguyễn Tất Thành"]


def web_page(text: str, top: list[str] = CHROME_TOP) -> str:
    return "\n".join(top) + "\n" + LAYOUTS["web"](text) + "\n".join(CHROME_BOTTOM) + "\n"


@pytest.mark.parametrize("path", DOCS, ids=_ids)
def test_a_web_page_reads_like_the_document_on_it(path: Path) -> None:
    """The "Tin liên quan" links under a web copy read as two more recipients (the last one
    running on into "Các tin khác" and the copyright line); a công văn (no type line) lost its whole
    header to the breadcrumb and the view counter above it. Now the chrome is unplaced."""
    text = path.read_text(encoding="utf-8")
    want, got = _parse(text), _parse(web_page(text))
    _same(want, got)
    # (the cells of "Chia sẻ | In bài | Gửi email" are one line's text; "File đính kèm:" joins the
    # file's name under it, as a wrapped unplaced line does)
    chrome = {x for x in CHROME_TOP + CHROME_BOTTOM if x} | {"Chia sẻ In bài Gửi email",
                                                              "File đính kèm: thong-bao.pdf (120 KB)"}
    before = [u["text"] for u in want["unplaced"]]
    leaked = [u["text"] for u in got["unplaced"] if u["text"] not in chrome and u["text"] not in before]
    assert leaked == []


@pytest.mark.parametrize("path", DOCS, ids=_ids)
def test_a_web_page_with_its_title_repeated_above(path: Path) -> None:
    """The page's title (type name and subject) and the posting date over the document."""
    text = path.read_text(encoding="utf-8")
    top = ["Trang chủ » Văn bản chỉ đạo", "", "Thông báo kết luận của Thường trực", "",
           "Ngày đăng: 12/05/2020 | Lượt xem: 85", ""]
    _same(_parse(text), _parse(web_page(text, top)))


# --- Word exports with the header table flattened another way ---------------------------------

def flattened(text: str, how: str) -> str:
    """The header's two cells as other Word-to-text exports print them: the left cell's lines then
    the right cell's, the rows with " | " between the cells, or the party line on top."""
    rows = _rows(text)
    regions = _regions(rows)
    if not regions or regions[0][0] != 0:
        pytest.skip("no header typed in two columns")
    first, end, bounds = regions[0]
    cols, pairs = _sides(rows[first:end], bounds)
    left, right = cols[0], cols[-1]
    block = {"left-then-right": left + right,
             "pipes": [f"{a} | {b}" if a and b else a or b for a, b in (p[:1] + p[-1:] for p in pairs)],
             "party-on-top": right[:1] + left + right[1:]}[how]
    return "\n".join(block + text.split("\n")[end:]) + "\n"  # (one row a line of the text)


@pytest.mark.parametrize("how", ["left-then-right", "pipes", "party-on-top"])
@pytest.mark.parametrize("path", DOCS, ids=_ids)
def test_a_header_table_flattened_another_way(path: Path, how: str) -> None:
    text = path.read_text(encoding="utf-8")
    _same(_parse(text), _parse(flattened(text, how)))


# --- encodings and line ends ----------------------------------------------------------------

BYTES = {
    "utf-16-le-no-bom": lambda t: t.encode("utf-16-le"),
    "utf-16-be-bom": lambda t: b"\xfe\xff" + t.encode("utf-16-be"),
    "bom-inside": lambda t: ("\ufeff" + t.replace("\n\n", "\n\ufeff\n", 3)).encode("utf-8"),
    "cr-only": lambda t: t.replace("\n", "\r").encode("utf-8"),
}


@pytest.mark.parametrize("kind", sorted(BYTES))
@pytest.mark.parametrize("path", DOCS, ids=_ids)
def test_encodings_and_line_ends(path: Path, kind: str) -> None:
    text = path.read_text(encoding="utf-8")
    _same(_parse(text), _parse(BYTES[kind](text)))


# --- truncated files and two documents in one -------------------------------------------------

@pytest.mark.parametrize("path", DOCS, ids=_ids)
def test_a_file_missing_its_last_page_parses_with_warnings(path: Path) -> None:
    """The first page only (a PDF's 30 lines) or a text cut before its footer: the header reads
    as in the whole file, nothing is rejected, and a lost footer is a warning."""
    text = path.read_text(encoding="utf-8")
    want = _parse(text)
    first_page = "\n".join(LAYOUTS["pdf-wrapped"](text).split("\n")[:_PAGE]) + "\n"
    footer = min(x for x in (want["layout"].get("recipients_label"),
                             *want["layout"].get("signature", {}).get("authority_lines", [])) if x)
    cut = "\n".join(text.split("\n")[:footer - 3]) + "\n"
    for part in (first_page, cut):
        got = _parse(part)
        assert got["layout"]["rejected"] is None
        assert {k: got[k] for k in HEADER} == {k: want[k] for k in HEADER}
    got = _parse(cut)
    assert got["signature"] is None and got["recipients"] == []
    # (a paper, "GIẤY GIỚI THIỆU", has no recipients to lose)
    lost = {"no-signature", "no-recipients"} if want["recipients"] else {"no-signature"}
    assert lost <= {w["code"] for w in got["warnings"]}


def _pairs() -> list:
    return [pytest.param(p, DOCS[(i + 7) % len(DOCS)], id=f"{_ids(p)}+{_ids(DOCS[(i + 7) % len(DOCS)])}")
            for i, p in enumerate(DOCS)]


@pytest.mark.parametrize(("layout", "glue"), [("word", "\n\n"), ("pdf", ""), ("web", "")])
@pytest.mark.parametrize(("first", "second"), _pairs())
def test_two_notices_in_one_file_are_never_merged(first: Path, second: Path, layout: str, glue: str) -> None:
    """Two documents pasted into one file gave the first's header over the second's signature and
    recipients, the two bodies' sections run together, and no warning. Now the first is read
    alone (as its own file reads), the second is unplaced line by line, and an
    ``another-document`` warning names the line it starts on."""
    a, b = first.read_text(encoding="utf-8"), second.read_text(encoding="utf-8")
    typeset = (lambda t: t) if layout == "word" else LAYOUTS[layout]
    if layout == "pdf" and first.stem.startswith("27-"):
        typeset = LAYOUTS["pdf"]  # (27's three signatures in a PDF: a strict xfail of the metamorphic test)
    one = typeset(a)
    both = one + glue + typeset(b)
    want, got = _parse(one), _parse(both)
    _same(want, got)
    warn = [w for w in got["warnings"] if w["code"] == "another-document"]
    assert len(warn) == 1
    start = warn[0]["line"]
    assert start > len(one.rstrip("\n").split("\n")) - 1
    assert got["layout"]["another_document"]["line"] == start
    assert (got["number"] or {}).get("raw") != (_parse(typeset(b))["number"] or {}).get("raw") or a == b


@pytest.mark.parametrize("layout", ["word", *sorted(LAYOUTS)])
@pytest.mark.parametrize("path", DOCS, ids=_ids)
def test_one_document_is_never_taken_for_two(path: Path, layout: str) -> None:
    """A certified copy's block (its own number and date under "SAO Y BẢN CHÍNH"), an appendix
    citing the document ("Kèm theo Kế hoạch số 48-KH/BTCTU …") and a table's figures are the
    document's own: no ``another-document`` warning, no line of it taken for furniture."""
    text = path.read_text(encoding="utf-8")
    d = _parse(text if layout == "word" else LAYOUTS[layout](text))
    assert "another-document" not in {w["code"] for w in d["warnings"]}
    assert "another_document" not in d["layout"]


def test_a_tables_figures_are_not_page_numbers() -> None:
    """A PDF table's number column ("1" / "Rà soát đảng viên" / "2" / …, one cell a line) is a run
    of figures close together, not pages counted far apart: the furniture step leaves them."""
    from tbparse.steps import furniture

    head = DOCS[0].read_text(encoding="utf-8").split("I- Đánh giá")[0]
    rows = "".join(f"{k}\n{t}\n" for k, t in enumerate(["Rà soát đảng viên", "Kiện toàn chi bộ", "Báo cáo"], 1))
    lines = from_text(LAYOUTS["pdf"](head + "I- Kết quả\n\n" + rows)).lines
    top, own = furniture._head_end(lines)
    assert own == "503-TB/TU"
    assert furniture._furniture(lines, top, len(lines), own) == set()
