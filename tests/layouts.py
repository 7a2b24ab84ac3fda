"""Re-typeset a Word-to-text export (two columns flattened with runs of spaces) into the other
layouts real files come in, so one notice can be checked to parse alike in every layout.

The layouts are those of the parser issue: a web copy (each cell on its own lines, cells
separated by a lone ``|``), a PDF extraction (one cell a line, the two columns interleaved row by
row, no blank lines), a web copy converted from HTML to markdown (one table row a block, ``<br>``
between a cell's lines), and CRLF line ends with tabs for the column gaps and NBSP in the body.
Only the layout changes: every cell keeps its text and order within its column. A block may have
more than two columns (a joint document's signatures side by side), and a part typed after the
signature (a certified copy's block, an appendix, footnotes) is no cell of the footer's table.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from tbparse.lines import split_lines

Row = list[tuple[int, str]]  # the cells of one line: (column, text)


def _rows(text: str) -> list[Row]:
    # (tabs expanded: "\t\t\t\tTrần Minh Tâm" is a right-column cell, not at column 4)
    return [[(f.col, f.text) for f in ln.frags] for ln in split_lines(text.expandtabs(8))]


# the type name or a rule, which a header or footer block never holds: "THÔNG BÁO", "NGHỊ QUYẾT", "-----"
_TITLE_OR_RULE = re.compile(r"^(?:THÔNG BÁO|KẾT LUẬN|NGHỊ QUYẾT|CHỈ THỊ|QUY ĐỊNH|HƯỚNG DẪN|KẾ HOẠCH|BÁO CÁO|[-_*=]{3,})$")


Block = tuple[int, int, list[int]]  # rows[first:end] typed in columns, split at the columns *bounds*


def _bounds_of(rows: list[Row], lines: list[int]) -> list[int]:
    """The columns where a block's second, third … column starts, from its lines of cells.

    Two columns: halfway between the furthest-in left cell and the leftmost right cell (the last
    cell: a draft's blank number "Số       -TB/TU" is two cells of the left column). Three or more
    (a joint document's signature blocks side by side, two lines of them at least: one line of
    four cells is a draft's blank number and date, "Số     -NQ/ĐU    An Hiệp, ngày    tháng 02"):
    halfway between the column starts of the widest lines, so that each cell goes to the nearest
    start ("ỦY BAN KIỂM TRA" alone on its line under the middle "CHỦ NHIỆM")."""
    counts = [len(rows[i]) for i in lines]
    k = max((c for c in counts if c >= 3 and counts.count(c) >= 2), default=2)
    if k < 3:
        return [(max(rows[i][0][0] for i in lines) + min(rows[i][-1][0] for i in lines)) // 2]
    wide = [i for i in lines if len(rows[i]) == k]
    starts = [min(rows[i][j][0] for i in wide) for j in range(k)]
    return [(a + b) // 2 for a, b in zip(starts, starts[1:])]


# A part typed after the signature, which is no cell of the footer's table: a certified copy's
# label ("SAO Y BẢN CHÍNH", "SAO LỤC", "TRÍCH SAO"), an appendix's title ("PHỤ LỤC", "DANH SÁCH
# …"), the rule over footnotes ("______________") or a first footnote ("(1) Công ty TNHH …")
_COPY_LABEL = re.compile(r"^(?:SAO Y BẢN CHÍNH|SAO Y BẢN SAO|SAO Y|SAO LỤC|TRÍCH SAO)$")
_APPENDED = re.compile(r"^(?:PHỤ LỤC|DANH SÁCH)\b|^_{3,}$|^\(\d{1,2}\)\s")


def _appended(rows: list[Row], first: int) -> int:
    """Index of the first row after *first* that starts a part appended after the signature, else
    the number of rows: the footer's table ends there."""
    return next((i for i in range(first + 1, len(rows)) if len(rows[i]) == 1
                 and (_COPY_LABEL.match(rows[i][0][1]) or _APPENDED.match(rows[i][0][1]))), len(rows))


def _copy_blocks(rows: list[Row], a: int) -> list[Block]:
    """The blocks of a certified copy whose label is row *a*: the copying office's header (its
    name, "*", number and date) and its footer ("Nơi nhận" and the signature), each two columns
    of its own, as the original's header and footer are."""
    n = len(rows)
    rec = next((i for i in range(a + 1, n) if rows[i] and rows[i][0][1].startswith("Nơi nhận")), n)
    out = []
    for lo, hi in ((a + 1, rec), (rec, n)):
        multi = [i for i in range(lo, hi) if len(rows[i]) >= 2]
        if multi:
            out.append((lo, hi, _bounds_of(rows, multi)))
    return out


def _regions(rows: list[Row]) -> list[Block]:
    """``(first, end, bounds)`` of the blocks typed in columns: the header, the footer and a
    certified copy's blocks.

    The header block runs from the first line to its last two-cell line near the top; the footer
    block from the first two-cell line of the last third (widened up over right-column lines
    such as a "T/M BAN THƯỜNG VỤ" above "Nơi nhận") to the end, or to a part appended after the
    signature (a copy's block, an appendix, footnotes: :func:`_appended`). *bounds*: the columns
    where the second, third … columns start (:func:`_bounds_of`).
    """
    n = len(rows)
    multi = [i for i, r in enumerate(rows) if len(r) >= 2]
    out: list[Block] = []

    # the header ends before the first line of body text (a short công văn's footer is near the top
    # too), and before the type name and the subject's rule (centred lines, no header cells)
    body = next((i for i, r in enumerate(rows) if len(r) == 1 and (len(r[0][1]) > 80 or _TITLE_OR_RULE.match(r[0][1]))), n)
    head = [i for i in multi if i < min(12, body)]
    if head:
        bounds, end = _bounds_of(rows, head), head[-1] + 1
        # left-column lines straight under the last two-cell line ("*", "Số 217-CV/BCSĐ", a công
        # văn's "V/v …" or a "KHẨN" marking) are cells of the header's left column too
        while end < min(n, body) and len(rows[end]) == 1 and rows[end][0][0] < bounds[0] and len(rows[end][0][1]) <= 60:
            end += 1
        out.append((0, end, bounds))
    # the footer: two-cell lines of the last third, or after the last line of body text (a short
    # công văn with a dozen recipients starts its footer before the last third)
    last_body = max((i for i, r in enumerate(rows) if len(r) == 1 and len(r[0][1]) > 80), default=-1)
    foot = [i for i in multi if (i >= n * 2 // 3 or i > last_body) and i > (head[-1] if head else -1)]
    if foot:
        stop = _appended(rows, foot[0])
        foot = [i for i in foot if i < stop]
        bounds = _bounds_of(rows, foot)
        split = bounds[0]
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
        out.append((first, stop, bounds))
        if stop < n and _COPY_LABEL.match(rows[stop][0][1]):
            out.extend(_copy_blocks(rows, stop))
    return out


def _sides(rows: list[Row], bounds: list[int]) -> tuple[list[list[str]], list[tuple[str, ...]]]:
    """Each column's cells, and the rows as tuples of one cell a column ("" where none)."""
    cols: list[list[str]] = [[] for _ in range(len(bounds) + 1)]
    pairs = []
    for r in rows:
        cells = tuple(" ".join(t for c, t in r if bisect_right(bounds, c) == j) for j in range(len(cols)))
        for col, t in zip(cols, cells):
            if t:
                col.append(t)
        if any(cells):
            pairs.append(cells)
    return cols, pairs


def _retype(text: str, block, body) -> str:  # noqa: ANN001 - two small callbacks
    rows = _rows(text)
    out: list[str] = []
    i = 0
    for first, end, bounds in _regions(rows):
        out.extend(body(r) for r in rows[i:first])
        out.extend(block(*_sides(rows[first:end], bounds)))
        i = end
    out.extend(body(r) for r in rows[i:])
    return "\n".join(x for x in out if x is not None) + "\n"


def _flush(r: Row) -> str:
    return " ".join(t for _, t in r)


def web(text: str) -> str:
    """Each cell on its own lines, the columns separated by lone ``|`` lines, flush left."""
    def block(cols, _pairs):  # noqa: ANN001, ANN202
        return ["", "|", *(x for col in cols for x in (*col, "|")), ""]
    return _retype(text, block, _flush)


def pdf(text: str) -> str:
    """One cell a line, the columns interleaved row by row, no blank lines at all."""
    def block(_cols, pairs):  # noqa: ANN001, ANN202
        return [x for cells in pairs for x in cells if x]
    return "\n".join(ln for ln in _retype(text, block, _flush).split("\n") if ln.strip()) + "\n"


def markdown_br(text: str) -> str:
    """Each block of columns one markdown table row, ``<br>`` between a cell's lines."""
    def block(cols, _pairs):  # noqa: ANN001, ANN202
        return ["", "| " + " | ".join("<br>".join(col) for col in cols) + " |", "|" + "---|" * len(cols), ""]
    return _retype(text, block, _flush)


def _tabbed(cells: tuple[str, ...], stop: int) -> str:
    """A row of three or more cells typed with tabs: each column at its tab stop (*stop* columns
    apart, tabs 8 wide), at least one tab between two cells."""
    out = ""
    for j, t in enumerate(cells):
        if t:
            while len(out.expandtabs(8)) < j * stop or j and out and not out.endswith("\t"):
                out += "\t"
            out += t
    return out


def crlf_tabs(text: str) -> str:
    """CRLF line ends, a tab for each gap between columns, NBSP after the body's commas."""
    def block(_cols, pairs):  # noqa: ANN001, ANN202
        if len(_cols) > 2:
            # (the stop past the widest cell of a column with one to its right)
            stop = -(-max(len(t) for cells in pairs for t in cells[:-1]) // 8) * 8 + 8
            return [_tabbed(cells, stop) for cells in pairs]
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
    for first, end, bounds in _regions(rows):
        for r in rows[i:first]:
            para(d, _flush(r))
        cols, _ = _sides(rows[first:end], bounds)
        cells = borderless_table(d, cols=len(cols)).rows[0].cells
        for cell, lines in zip(cells, cols):
            for k, x in enumerate(lines or [""]):
                para(cell, x, first=k == 0)
        i = end
    for r in rows[i:]:
        para(d, _flush(r))
    return to_bytes(d)


def without_lines(x: object) -> object:
    """A parse's value without its line numbers: a .docx numbers paragraphs, a text file lines, and
    a layout moves them — what the comparisons across layouts leave out."""
    if isinstance(x, dict):
        return {k: without_lines(v) for k, v in x.items() if k not in ("line", "lines")}
    if isinstance(x, list):
        return [without_lines(v) for v in x]
    return x
