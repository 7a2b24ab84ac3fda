"""The .docx reader's line model, its errors, and the command line on Word files."""
from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
import zipfile

import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from tbparse import docx_reader
from tbparse.source import from_docx_bytes
from tbparse.errors import InputError, InputTooLarge
from tbparse.source import from_bytes, read_path

from .docx_builders import borderless_table, new_doc, para, run, seed_notice, to_bytes


# ---------------------------------------------------------------------------- the line model


def test_source_fields() -> None:
    data = seed_notice()
    src = from_docx_bytes(data, path="drafts/503.docx")
    assert src.path == "drafts/503.docx"
    assert src.kind == "docx" and src.encoding == "docx"
    assert src.sha256 == hashlib.sha256(data).hexdigest()
    assert src.text == "\n".join(ln.raw for ln in src.lines)
    assert src.repaired_from is None
    assert set(src.page) >= {"width_mm", "height_mm", "top_mm", "bottom_mm", "left_mm", "right_mm"}


def test_tables_are_read_row_by_row_cell_by_cell() -> None:
    d = new_doc()
    para(d, "trước bảng")
    t = borderless_table(d, rows=2, cols=2)
    para(t.cell(0, 0), "r0c0", first=True)
    para(t.cell(0, 1), "r0c1 a", first=True)
    para(t.cell(0, 1), "r0c1 b")
    para(t.cell(1, 0), "r1c0", first=True)
    para(t.cell(1, 1), "r1c1", first=True)
    para(d, "sau bảng")
    lines = from_docx_bytes(to_bytes(d)).lines
    got = [(ln.no, ln.text, ln.frags[0].col if ln.frags else None) for ln in lines if ln.text]
    assert got == [
        (1, "trước bảng", 0), (2, "r0c0", 0), (3, "r0c1 a", 60), (4, "r0c1 b", 60),
        (5, "r1c0", 0), (6, "r1c1", 60), (7, "sau bảng", 0),
    ]
    assert lines[2].fmt["cell"] == {"table": 1, "row": 0, "col": 1, "cols": 2, "span": 1}
    assert lines[0].fmt["cell"] is None


def test_column_follows_the_grid_widths_and_merged_cells() -> None:
    d = new_doc()
    t = borderless_table(d, rows=2, cols=3)
    a = t.cell(0, 0).merge(t.cell(0, 1))  # a cell spanning two grid columns
    para(a, "rộng", first=True)
    para(t.cell(0, 2), "phải", first=True)
    para(t.cell(1, 2), "dưới phải", first=True)
    lines = [ln for ln in from_docx_bytes(to_bytes(d)).lines if ln.text]
    assert [(ln.text, ln.frags[0].col) for ln in lines] == [("rộng", 0), ("phải", 80), ("dưới phải", 80)]
    assert lines[1].fmt["cell"]["col"] == 2


def test_nested_table_inside_a_cell() -> None:
    d = new_doc()
    t = borderless_table(d)
    para(t.cell(0, 0), "trái", first=True)
    inner = t.cell(0, 1).add_table(rows=1, cols=2)
    para(inner.cell(0, 0), "trong trái", first=True)
    para(inner.cell(0, 1), "trong phải", first=True)
    lines = [ln for ln in from_docx_bytes(to_bytes(d)).lines if ln.text]
    assert [(ln.text, ln.frags[0].col) for ln in lines] == [("trái", 0), ("trong trái", 60), ("trong phải", 90)]
    assert lines[2].fmt["cell"]["table"] == 2


def test_blank_paragraphs_stay_blank_lines() -> None:
    d = new_doc()
    para(d, "một")
    para(d)
    para(d, "   ")
    para(d, "hai")
    lines = from_docx_bytes(to_bytes(d)).lines
    assert [(ln.no, ln.text, ln.blank) for ln in lines] == [(1, "một", False), (2, "", True), (3, "", True), (4, "hai", False)]


def test_manual_line_break_gives_lines_that_share_the_paragraph_number() -> None:
    d = new_doc()
    p = para(d, "T/L BAN THƯỜNG VỤ", bold=True)
    p.runs[0].add_break()
    run(p, "PHÓ CHÁNH VĂN PHÒNG", bold=False, size=13)
    p.runs[-1].add_break()  # a trailing break adds nothing
    para(d, "Huỳnh Đa Trung")
    src = from_docx_bytes(to_bytes(d))
    a1, a2, b = src.lines
    assert (a1.no, a2.no, b.no) == (1, 1, 2)
    assert (a1.raw, a2.raw) == ("T/L BAN THƯỜNG VỤ", "PHÓ CHÁNH VĂN PHÒNG")
    assert [f.text for f in a1.frags] == ["T/L BAN THƯỜNG VỤ"]
    # each printed line keeps its own formatting
    assert [(x.fmt["bold"], x.fmt["size"], x.bold) for x in (a1, a2)] == [(True, 14.0, True), (False, 13.0, False)]
    assert src.text == "T/L BAN THƯỜNG VỤ\nPHÓ CHÁNH VĂN PHÒNG\nHuỳnh Đa Trung"


def test_tab_separated_columns_become_fragments() -> None:
    d = new_doc()
    para(d, "Số 503-TB/TU\t\tPhan Thiết, ngày 16 tháng 5 năm 2008")
    para(d, "**Nơi nhận**:    T/L BAN THƯỜNG VỤ")
    a, b = from_docx_bytes(to_bytes(d)).lines
    assert [f.text for f in a.frags] == ["Số 503-TB/TU", "Phan Thiết, ngày 16 tháng 5 năm 2008"]
    assert a.frags[1].col > a.frags[0].col
    assert a.text == "Số 503-TB/TU Phan Thiết, ngày 16 tháng 5 năm 2008"
    assert [f.text for f in b.frags] == ["Nơi nhận:", "T/L BAN THƯỜNG VỤ"]  # emphasis markers stripped


def test_text_is_nfc_and_whitespace_collapsed() -> None:
    d = new_doc()
    para(d, "Tha\u0300nh u\u0309y  \u00a0 Bi\u0300nh\u200b Thuận ")  # decomposed marks, NBSP, zero-width
    (ln,) = from_docx_bytes(to_bytes(d)).lines
    assert ln.raw.startswith("Thành ủy")
    assert ln.text == "Thành ủy Bình Thuận"


def _insert_runs(p, inner_xml: str) -> None:
    p._p.append(parse_xml(f'<w:wrap {nsdecls("w")}>{inner_xml}</w:wrap>')[0])


def test_hyperlinks_insertions_controls_count_deletions_and_hidden_text_do_not() -> None:
    d = new_doc()
    p = para(d, "Xem ")
    ns = nsdecls("w")
    p._p.append(parse_xml(f'<w:hyperlink {ns}><w:r><w:t>Kết luận 17</w:t></w:r></w:hyperlink>'))
    p._p.append(parse_xml(f'<w:del {ns} w:id="1" w:author="a"><w:r><w:delText> đã xoá</w:delText></w:r></w:del>'))
    p._p.append(parse_xml(f'<w:ins {ns} w:id="2" w:author="a"><w:r><w:t xml:space="preserve"> mới</w:t></w:r></w:ins>'))
    p._p.append(parse_xml(f'<w:sdt {ns}><w:sdtContent><w:r><w:t xml:space="preserve"> chèn</w:t></w:r></w:sdtContent></w:sdt>'))
    hidden = run(p, " ẩn")
    hidden.font.hidden = True
    (ln,) = from_docx_bytes(to_bytes(d)).lines
    assert ln.text == "Xem Kết luận 17 mới chèn"


def test_paragraph_inside_a_block_content_control() -> None:
    d = new_doc()
    para(d, "một")
    body = d.element.body
    sdt = parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtContent><w:p><w:r><w:t>hai</w:t></w:r></w:p></w:sdtContent></w:sdt>')
    body.insert(1, sdt)
    assert [(ln.no, ln.text) for ln in from_docx_bytes(to_bytes(d)).lines] == [(1, "một"), (2, "hai")]


# ---------------------------------------------------------------------------- errors


def _zip(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _replace(data: bytes, name: str, content: bytes | None) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    files = {i.filename: src.read(i.filename) for i in src.infolist()}
    if content is None:
        files.pop(name)
    else:
        files[name] = content
    return _zip(files)


@pytest.mark.parametrize(
    "data, message",
    [
        (b"Hello, this is plain text.", "not a valid .docx: this is a text file, not a Word file; give it a .txt name"),
        (b"\x00\x01\x02\x03" * 40, "not a valid .docx: not a zip archive"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "Word 97–2003 or password-protected"),
        (_zip({"[Content_Types].xml": b"<Types/>"}), "word/document.xml is missing"),
        (_zip({"word/document.xml": b"<w:document/>"}), "[Content_Types].xml is missing"),
        (_replace(to_bytes(new_doc()), "word/document.xml", b"<w:document"), "not a valid .docx: broken XML"),
        (_replace(seed_notice(), "_rels/.rels", None), "not a valid .docx"),
    ],
    ids=["text", "binary", "ole", "no-document", "no-content-types", "broken-xml", "no-rels"],
)
def test_corrupt_docx_is_a_clear_input_error(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as exc:
        from_docx_bytes(data, path="bad.docx")
    assert message in str(exc.value)
    assert str(exc.value).startswith("bad.docx: ")


def test_a_docx_without_text() -> None:
    with pytest.raises(InputError, match="has no text"):
        from_docx_bytes(to_bytes(new_doc()), path="scan.docx")


def test_zip_bomb_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docx_reader, "MAX_UNPACKED", 1000)
    with pytest.raises(InputTooLarge, match="unpacks to"):
        from_docx_bytes(seed_notice(), path="big.docx")


@pytest.mark.parametrize("ext, kind", [(".doc", "Word 97–2003"), (".odt", "OpenDocument"), (".DOC", "Word 97–2003")])
def test_doc_and_odt_ask_for_conversion(tmp_path, ext: str, kind: str) -> None:
    p = tmp_path / f"old{ext}"
    p.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 64)
    with pytest.raises(InputError) as exc:
        read_path(str(p))
    msg = str(exc.value)
    assert kind in msg and "libreoffice --headless --convert-to docx" in msg and str(p) in msg


def test_read_path_and_from_bytes_dispatch_on_the_extension(tmp_path) -> None:
    p = tmp_path / "503.docx"
    p.write_bytes(seed_notice())
    assert read_path(str(p)).kind == "docx"
    assert from_bytes(p.read_bytes(), path="503.docx").kind == "docx"
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(InputError, match="not a valid .docx"):
        read_path(str(bad))


# ---------------------------------------------------------------------------- the command line


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tbparse", *args], capture_output=True, timeout=60)


def test_cli_parses_a_docx(tmp_path) -> None:
    p = tmp_path / "draft.docx"
    p.write_bytes(seed_notice())
    r = _cli(str(p), "--json")
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert d["source"]["kind"] == "docx" and d["source"]["path"] == str(p)
    assert d["number"]["raw"] == "503-TB/TU"
    assert [s["number"] for s in d["sections"]] == ["I", "II"]


def test_cli_corrupt_docx_is_one_line_exit_2(tmp_path) -> None:
    p = tmp_path / "broken.docx"
    p.write_bytes(b"PK\x03\x04 truncated")
    r = _cli(str(p), "--json")
    assert r.returncode == 2 and r.stdout == b""
    err = r.stderr.decode()
    assert err.count("\n") == 1 and "not a valid .docx" in err and "Traceback" not in err


def test_cli_batch_reads_docx(tmp_path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "503.docx").write_bytes(seed_notice())
    out = tmp_path / "out"
    r = _cli("batch", str(src), "-o", str(out))
    assert r.returncode == 0, r.stderr
    results = [json.loads(f.read_text(encoding="utf-8")) for f in out.rglob("*.json")]
    docs = [d for d in results if isinstance(d, dict) and d.get("source", {}).get("kind") == "docx"]
    assert docs and docs[0]["number"]["raw"] == "503-TB/TU"
