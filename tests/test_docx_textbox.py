"""Text boxes and the page header of a .docx (from an audit of office drafts): the signature typed
in a floating text box on the right (audit d08), and the whole document header typed in the
first-page header of the page (audit d07). Both were not read: "no signature block", "no Party
heading", no date — so even the era of the recipients' punctuation was judged wrong.

Each draft is built here with python-docx; one test per case, asserting the exact values.
"""
from __future__ import annotations

from tbparse.source import from_docx_bytes
from tbparse.parser import parse_source

from .docx_builders import box_para, new_doc, para, text_box, to_bytes
from .test_docx_audit import (
    CLOSING, DATE, HEADING, ISSUER, NUMBER, OPENING, RECIPIENTS, SUBJECT, codes, footer_table, header_table,
)

SIGNATURE = [
    box_para("T/L BAN THƯỜNG VỤ", bold=True),
    box_para("CHÁNH VĂN PHÒNG"),
    box_para(),
    box_para("Nguyễn Văn Hùng", bold=True),
]
SIGNED = {
    "authority": [{"mode": "T/L", "body": "BAN THƯỜNG VỤ"}],
    "position": "CHÁNH VĂN PHÒNG",
    "signer": "Nguyễn Văn Hùng",
    "note": None,
}


def title_and_body(d) -> None:
    para(d)
    para(d, "THÔNG BÁO", bold=True, size=16, align="center")
    para(d, " ".join(SUBJECT), bold=True, size=14, align="center")
    para(d, "-----", align="center")
    para(d, OPENING, align="justify")
    para(d, CLOSING, align="justify")
    para(d)


def signature_in_a_box(kind: str) -> bytes:
    """The header table, the body, "Nơi nhận:" and the recipients as body paragraphs on the left;
    the signature in a text box on the right, anchored in "Nơi nhận:" (¶13)."""
    d = new_doc()
    header_table(d)  # ¶1–¶5
    title_and_body(d)  # ¶6–¶12
    p = para(d, "Nơi nhận:", bold=True, italic=True, underline=True, size=14)  # ¶13
    text_box(p, SIGNATURE, kind=kind)  # ¶14–¶17
    for r in RECIPIENTS:  # ¶18–¶20
        para(d, r, size=12)
    return to_bytes(d)


def assert_signature_read(data: bytes) -> None:
    src = from_docx_bytes(data)
    # the box's paragraphs follow their anchor, each numbered; the anchor keeps its own text only
    assert [(ln.no, ln.text) for ln in src.lines if ln.no >= 13] == [
        (13, "Nơi nhận:"),
        (14, "T/L BAN THƯỜNG VỤ"), (15, "CHÁNH VĂN PHÒNG"), (16, ""), (17, "Nguyễn Văn Hùng"),
        (18, RECIPIENTS[0]), (19, RECIPIENTS[1]), (20, RECIPIENTS[2]),
    ]
    # placed where the box sits: 250 pt from the left margin, 200 pt wide, centred in it
    signer = src.lines[-4]
    assert (signer.fmt["width_mm"], signer.fmt["box_mm"]) == (165.0, 65.5)
    assert signer.fmt["frags"][0]["x_mm"] == [106.0, 140.8]
    out = parse_source(src)
    assert out["signature"] == SIGNED
    assert out["layout"]["signature"] == {"authority_lines": [14], "position_line": 15, "signer_line": 17}
    assert (out["layout"]["recipients_label"], [r["line"] for r in out["layout"]["recipients"]]) == (13, [18, 19, 20])
    found = codes(data)
    assert "TB028" not in found and "TB038" not in found and "TB042" not in found


def test_signature_in_a_drawingml_text_box() -> None:
    assert_signature_read(signature_in_a_box("wps"))


def test_signature_in_a_vml_text_box() -> None:
    assert_signature_read(signature_in_a_box("vml"))


def test_a_box_saved_with_its_vml_fallback_is_read_once() -> None:
    # Word 2010+ writes the box twice (mc:AlternateContent: DrawingML Choice, VML Fallback)
    data = signature_in_a_box("both")
    assert_signature_read(data)
    assert [ln.text for ln in from_docx_bytes(data).lines].count("Nguyễn Văn Hùng") == 1


def test_a_table_inside_a_text_box_is_read_cell_by_cell() -> None:
    # the footer table (recipients | signature) typed inside a full-width box anchored in ¶12
    d = new_doc()
    header_table(d)
    title_and_body(d)
    inner = (
        '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
        '<w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid><w:tr><w:tc>'
        + box_para("Nơi nhận:", bold=True, italic=True, align="left")
        + "".join(box_para(r, size=12, align="left") for r in RECIPIENTS)
        + "</w:tc><w:tc>" + "".join(SIGNATURE) + "</w:tc></w:tr></w:tbl>"
    )
    text_box(d.paragraphs[-1], [inner, box_para()], kind="both", left_pt=0, width_pt=467)
    src = from_docx_bytes(to_bytes(d))
    assert [(ln.no, ln.text, (ln.fmt["cell"] or {}).get("col")) for ln in src.lines if ln.no >= 12] == [
        (12, "", None),
        (13, "Nơi nhận:", 0), (14, RECIPIENTS[0], 0), (15, RECIPIENTS[1], 0), (16, RECIPIENTS[2], 0),
        (17, "T/L BAN THƯỜNG VỤ", 1), (18, "CHÁNH VĂN PHÒNG", 1), (19, "", 1), (20, "Nguyễn Văn Hùng", 1),
        (21, "", None),
    ]
    out = parse_source(src)
    assert out["signature"] == SIGNED
    assert out["layout"]["signature"] == {"authority_lines": [17], "position_line": 18, "signer_line": 20}


# ---------------------------------------------------------------------------- the page header


def test_document_header_typed_in_the_first_page_header() -> None:
    # the issuer | heading table in the first page's header part (Different First Page); the
    # body starts with the title
    d = new_doc()
    sec = d.sections[0]
    sec.different_first_page_header_footer = True
    sec.header.paragraphs[0].text = "Trang 2"  # the other pages' running header, not read
    hdr = sec.first_page_header
    hdr.paragraphs[0]._p.getparent().remove(hdr.paragraphs[0]._p)
    left, right = hdr.add_table(rows=1, cols=2, width=sec.page_width - sec.left_margin - sec.right_margin).rows[0].cells
    para(left, ISSUER, bold=True, size=14, align="center", first=True)  # ¶1
    para(left, "*", align="center")
    para(left, NUMBER, size=14, align="center")
    para(right, HEADING, bold=True, size=15, align="center", first=True)  # ¶4
    para(right, DATE, italic=True, size=14, align="center")  # ¶5
    title_and_body(d)  # ¶6–¶12, as if the header were in the body
    footer_table(d)
    data = to_bytes(d)
    src = from_docx_bytes(data)
    assert [(ln.no, ln.text) for ln in src.lines[:7]] == [
        (1, ISSUER), (2, "*"), (3, NUMBER), (4, HEADING), (5, DATE), (6, ""), (7, "THÔNG BÁO"),
    ]
    out = parse_source(src)
    assert (out["party"], out["issuer"], out["number"], out["date"]) == (
        HEADING, {"name": ISSUER, "parent": None},
        {"raw": "125-TB/TU", "seq": 125, "type_code": "TB", "issuer_code": "TU"}, "2024-03-05",
    )
    lay = out["layout"]
    assert (lay["issuer_lines"], lay["number_line"]["line"], lay["party_line"], lay["date_line"]["line"]) == (
        [1], 3, 4, 5,
    )
    assert (lay["doc_type_line"], out["signature"]) == (7, SIGNED)
    found = codes(data)
    assert not {"TB001", "TB003", "TB006", "TB014", "TB028", "TB036", "TB038"} & set(found)


def test_a_page_header_with_a_running_title_is_not_read() -> None:
    # a draft without a header of its own; the page header only repeats the subject and the page
    # number: nothing of it is read, the body is ¶1 on
    d = new_doc()
    d.sections[0].header.paragraphs[0].text = "Thông báo kết luận – Trang 1"
    title_and_body(d)
    footer_table(d)
    src = from_docx_bytes(to_bytes(d))
    assert [(ln.no, ln.text) for ln in src.lines[:2]] == [(1, ""), (2, "THÔNG BÁO")]
