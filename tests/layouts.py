"""Re-typeset a Word-to-text export (two columns flattened with runs of spaces) into the other
layouts real files come in, so one notice can be checked to parse alike in every layout.

The layouts are those of the parser issue: a web copy (each cell on its own lines, cells
separated by a lone ``|``), a PDF extraction (one cell a line, the two columns interleaved row by
row, no blank lines), a web copy converted from HTML to markdown (one table row a block, ``<br>``
between a cell's lines), and CRLF line ends with tabs for the column gaps and NBSP in the body.
Only the layout changes: every cell keeps its text and order within its column.
"""
from __future__ import annotations

import re

from tbparse.lines import split_lines

Row = list[tuple[int, str]]  # the cells of one line: (column, text)


def _rows(text: str) -> list[Row]:
    # (tabs expanded: "\t\t\t\tTrần Minh Tâm" is a right-column cell, not at column 4)
    return [[(f.col, f.text) for f in ln.frags] for ln in split_lines(text.expandtabs(8))]


# the type name or a rule, which a header or footer block never holds: "THÔNG BÁO", "NGHỊ QUYẾT", "-----"
_TITLE_OR_RULE = re.compile(r"^(?:THÔNG BÁO|KẾT LUẬN|NGHỊ QUYẾT|CHỈ THỊ|QUY ĐỊNH|HƯỚNG DẪN|KẾ HOẠCH|BÁO CÁO|[-_*=]{3,})$")


def _regions(rows: list[Row]) -> list[tuple[int, int, int]]:
    """``(first, end, split)`` of the header and footer blocks typed in two columns.

    The header block runs from the first line to its last two-cell line near the top; the footer
    block from the first two-cell line of the last third (widened up over right-column lines
    such as a "T/M BAN THƯỜNG VỤ" above "Nơi nhận") to the end. *split*: the column where the
    right-hand cells start (the leftmost second cell).
    """
    n = len(rows)
    multi = [i for i, r in enumerate(rows) if len(r) >= 2]
    out = []

    def split_of(lines: list[int]) -> int:
        # halfway between the furthest-in left cell and the leftmost right cell (the last cell:
        # a draft's blank number "Số       -TB/TU" is two cells of the left column)
        return (max(rows[i][0][0] for i in lines) + min(rows[i][-1][0] for i in lines)) // 2

    # the header ends before the first line of body text (a short công văn's footer is near the top
    # too), and before the type name and the subject's rule (centred lines, no header cells)
    body = next((i for i, r in enumerate(rows) if len(r) == 1 and (len(r[0][1]) > 80 or _TITLE_OR_RULE.match(r[0][1]))), n)
    head = [i for i in multi if i < min(12, body)]
    if head:
        split, end = split_of(head), head[-1] + 1
        # left-column lines straight under the last two-cell line ("*", "Số 217-CV/BCSĐ", a công
        # văn's "V/v …" or a "KHẨN" marking) are cells of the header's left column too
        while end < min(n, body) and len(rows[end]) == 1 and rows[end][0][0] < split and len(rows[end][0][1]) <= 60:
            end += 1
        out.append((0, end, split))
    # the footer: two-cell lines of the last third, or after the last line of body text (a short
    # công văn with a dozen recipients starts its footer before the last third)
    last_body = max((i for i, r in enumerate(rows) if len(r) == 1 and len(r[0][1]) > 80), default=-1)
    foot = [i for i in multi if (i >= n * 2 // 3 or i > last_body) and i > (head[-1] if head else -1)]
    if foot:
        split = split_of(foot)
        first = foot[0]
        k = first - 1
        # right-column lines above ("T/M BAN BÍ THƯ" over "Nơi nhận:") belong to the block, and
        # so do the left-column lines under such a line ("Nơi nhận:", "- Các tỉnh uỷ, thành uỷ,"):
        # a left line counts only once a right line stands above it, so the closing stays body
        while k > max(last_body, head[-1] if head else 0) and (
                not rows[k] or len(rows[k]) == 1 and not _TITLE_OR_RULE.match(rows[k][0][1])
                and (rows[k][0][0] >= split or len(rows[k][0][1]) <= 80)):
            if rows[k] and rows[k][0][0] >= split:
                first = k
            k -= 1
        out.append((first, n, split))
    return out


def _sides(rows: list[Row], split: int) -> tuple[list[str], list[str], list[tuple[str, str]]]:
    """The left column's cells, the right column's, and the rows as (left, right) pairs."""
    left, right, pairs = [], [], []
    for r in rows:
        lt = " ".join(t for c, t in r if c < split)
        rt = " ".join(t for c, t in r if c >= split)
        if lt:
            left.append(lt)
        if rt:
            right.append(rt)
        if lt or rt:
            pairs.append((lt, rt))
    return left, right, pairs


def _retype(text: str, block, body) -> str:  # noqa: ANN001 - two small callbacks
    rows = _rows(text)
    out: list[str] = []
    i = 0
    for first, end, split in _regions(rows):
        out.extend(body(r) for r in rows[i:first])
        out.extend(block(*_sides(rows[first:end], split)))
        i = end
    out.extend(body(r) for r in rows[i:])
    return "\n".join(x for x in out if x is not None) + "\n"


def _flush(r: Row) -> str:
    return " ".join(t for _, t in r)


def web(text: str) -> str:
    """Each cell on its own lines, the columns separated by lone ``|`` lines, flush left."""
    def block(left, right, _pairs):  # noqa: ANN001, ANN202
        return ["", "|", *left, "|", *right, "|", ""]
    return _retype(text, block, _flush)


def pdf(text: str) -> str:
    """One cell a line, the two columns interleaved row by row, no blank lines at all."""
    def block(_left, _right, pairs):  # noqa: ANN001, ANN202
        return [x for lt, rt in pairs for x in (lt, rt) if x]
    return "\n".join(ln for ln in _retype(text, block, _flush).split("\n") if ln.strip()) + "\n"


def markdown_br(text: str) -> str:
    """Each two-column block one markdown table row, ``<br>`` between a cell's lines."""
    def block(left, right, _pairs):  # noqa: ANN001, ANN202
        return ["", f"| {'<br>'.join(left)} | {'<br>'.join(right)} |", "|---|---|", ""]
    return _retype(text, block, _flush)


def crlf_tabs(text: str) -> str:
    """CRLF line ends, a tab for each gap between columns, NBSP after the body's commas."""
    def block(_left, _right, pairs):  # noqa: ANN001, ANN202
        return [f"{lt}\t\t\t{rt}" if lt and rt else (lt or "\t\t\t\t" + rt) for lt, rt in pairs]

    def body(r: Row) -> str:
        return _flush(r).replace(", ", ",\u00a0")
    return _retype(text, block, body).replace("\n", "\r\n")


def _wrap(line: str, width: int) -> list[str]:
    """*line* hard-wrapped at spaces to lines of at most *width* characters (a long word alone)."""
    out: list[str] = []
    cur = ""
    for w in line.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    out.append(cur)
    return out


def _wrapped(text: str, width: int) -> str:
    """Every line longer than *width* hard-wrapped; shorter lines (headings, cells) as they are."""
    return "\n".join(x for ln in text.split("\n") for x in (_wrap(ln, width) if len(ln) > width else [ln]))


def web_wrapped(text: str) -> str:
    """A web copy whose paragraphs are hard-wrapped mid-sentence at 78 columns, blank lines between."""
    return _wrapped(web(text), 78)


def pdf_wrapped(text: str) -> str:
    """A PDF extraction's text: the page's lines (hard-wrapped at 90 columns), no blank lines."""
    return _wrapped(pdf(text), 90)


LAYOUTS = {"web": web, "pdf": pdf, "markdown-br": markdown_br, "crlf-tabs": crlf_tabs,
           "web-wrapped": web_wrapped, "pdf-wrapped": pdf_wrapped}


def docx(text: str) -> bytes:
    """The notice as a .docx typed the way offices type one: the header and the footer each a
    borderless two-column table (each cell's lines its paragraphs), every other line a paragraph."""
    from tests.docx_builders import borderless_table, new_doc, para, to_bytes

    rows = _rows(text)
    d = new_doc()
    i = 0
    for first, end, split in _regions(rows):
        for r in rows[i:first]:
            para(d, _flush(r))
        left, right, _ = _sides(rows[first:end], split)
        cells = borderless_table(d).rows[0].cells
        for cell, lines in zip(cells, (left, right)):
            for k, x in enumerate(lines or [""]):
                para(cell, x, first=k == 0)
        i = end
    for r in rows[i:]:
        para(d, _flush(r))
    return to_bytes(d)
