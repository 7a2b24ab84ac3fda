"""Read the footer zone: the signature block (right) and the "Nơi nhận" list (left).

In Word exports the two columns interleave line by line; in PDF extractions their lines come in
any order; web copies put each column in its own cell and wrap long entries. So every fragment is
classified by content: a "- …" entry starts a recipient, an authority prefix starts the signature,
caps lines after it are the rest of the authority or the position, a parenthesised "(đã ký …)" is
the copy note, a capitalised name is the signer, and anything else continues an unfinished entry.

A joint document (format-rules.md §2.1, "Số 05-QC/BTCTU-BDVTU") is signed by the head of each
body, the blocks side by side ("TRƯỞNG BAN DÂN VẬN" | "TRƯỞNG BAN TỔ CHỨC", the two names on one
line). Those columns are read one by one: the left block is ``signature``, the others its
``cosigners``. Each layout shows the blocks its own way: columns side by side (a Word export, a
markdown row: :func:`joint_columns`), the cells of a .docx table row (:func:`joint_cells`) or of
a web copy between "|" lines (:func:`web_cells`), a PDF's rows one cell a line
(:func:`interleaved_rows`).
"""
from __future__ import annotations


from ..extract.people import BODY_WORDS, surname_opens, surname_set
from ..fold import fold
from ..lines import Fragment, Line
from ..state import State
from ..vocab import AUTHORITY, POSITION_START, RECIPIENTS_LABEL, RULE, SIGNED_NOTE, authority, is_caps, is_name, recipients_label
from ..lazyre import lazy_re

# A recipient entry: "- Thường trực Tỉnh uỷ;", "– Lưu VP.", "+ Như trên,", "• …" — and the bullets
# of Word's symbol fonts as a text export leaves them: "§ Các chi bộ;", "Ø …", "\uf0b7 …" (Symbol's
# private-use dot), "o Thường trực Huyện ủy;" (Courier New's "o", only before a capital); the dash as
# OCR misreads it, before a space: "~ Thường trực Huyện ủy,", "_ Lưu VP."
ENTRY = lazy_re(r"^(?:[-–—+•·*§Ø\uf0b7\uf0a7\uf0d8]|[~_](?=\s)|o(?=\s+[A-ZĐÀ-ÝĂƠƯẠ-Ỹ]))\s*")
_ENTRY_LEADS = "-–—+•·*§Øo~_\uf0b7\uf0a7\uf0d8"
_TERMINATORS = (";", ",", ".")
# academic and military titles typed before a signer's name: "TS. ", "PGS.TS. ", "Đại tá "
_TITLES = lazy_re(r"^(?:(?:GS|PGS|TS|ThS|BS|KS|CN|NCS)\.\s*)+|^(?:Đại tá|Thượng tá|Trung tá|Thiếu tướng|Trung tướng)\s+")
_LABEL_COL = 4  # how far a recipient typed without "- " may sit from the "Nơi nhận:" column
_WRAP_INDENT = 4  # how far past the text of the entry above its wrapped tail may be indented
# … in a Word cell, whose columns measure the page (docx_reader.TABLE_WIDTH to the text width,
# ~1.4 mm each), not typed characters: Word's indent step (Increase Indent, a Tab at a paragraph's
# start: 1.27 cm) puts the tail ~10 columns past the dash, 8 past the entry's text
_WRAP_INDENT_WORD = 10
# A second label inside the list: "Đồng gửi:" / "Đồng kính gửi:" over the bodies sent a copy —
# recipients too, the label no entry of its own (folded)
_CC_LABEL = lazy_re(r"dong\s+(?:kinh\s+)?gui\s*:")


class _Frag:
    __slots__ = ("no", "text", "bold", "fold", "col", "reach", "at")

    def __init__(self, no: int, text: str, bold: bool, col: int = 0, word: bool = False, raw: str = "") -> None:
        self.no = no
        self.text = text
        self.bold = bold
        self.fold = fold(text)
        self.col = col
        # the column as printed: tabs to the next multiple of 8 ("\t\t\t\t……" stands right)
        self.at = len(raw[:col].expandtabs(8)) if "\t" in raw[:col] else col
        # how far past an entry's text starting here its wrapped tail may be indented
        self.reach = _WRAP_INDENT_WORD if word else _WRAP_INDENT


def caps_name(t: str) -> bool:
    """A personal name typed in capitals: "NGUYỄN PHÚ TRỌNG", "HỒ THỊ MAI", "KSOR H'BƠ KHĂP".

    A family name from the closed list (extract/people.py) and one to four more syllables, so a
    caps authority or position line ("BAN THƯỜNG VỤ", "PHÓ BÍ THƯ") is never taken for one; the
    apostrophe of the Central Highlands' names inside a syllable ("H'BƠ", "H' BLƠNG") as is_name has it.
    """
    if not is_caps(t):
        return False
    words = t.split()
    return (2 <= len(words) <= 5 and words[0].title() in surname_set()
            and surname_opens(words[0].title(), words[1].title())  # not "NGÂN HÀNG …", "DANH SÁCH …"
            and all(w.isalpha() or _APOSTROPHE.fullmatch(w) is not None for w in words[1:]) and words[0].isalpha())


# a syllable of a Central Highlands name with its apostrophe, in capitals: "H'BƠ", "H’LAN", "H'"
_APOSTROPHE = lazy_re(r"[^\W\d_]['\u2019][^\W\d_]*")


# A position title's words that a body name holds after "BAN" or "ĐOÀN" (folded): "BAN BÍ THƯ",
# "ỦY BAN KIỂM TRA", "ĐOÀN CHỦ TỊCH" are bodies, no "BAN" + a position
_TITLE_IN_BODY = ("ban", "doan")
_WORD = lazy_re(r"\S+")


def _position_cut(rest: str) -> int:
    """Where the position starts in *rest*, an authority's body run on into its position ("BAN
    THƯỜNG VỤ PHÓ BÍ THƯ THƯỜNG TRỰC" → at "PHÓ"), else ``len(rest)`` (all body: "BAN BÍ THƯ").

    The first word after the body's own first one that opens a position title (POSITION_START),
    not inside a title the body opened with ("K/T BÍ THƯ PHÓ BÍ THƯ", "K/T BỘ TRƯỞNG THỨ TRƯỞNG")
    nor after "BAN"/"ĐOÀN" ("BAN BÍ THƯ", "ỦY BAN KIỂM TRA")."""
    covered = 0
    prev = ""
    for k, m in enumerate(_WORD.finditer(rest)):
        a = m.start()
        f = fold(rest[a:])
        p = POSITION_START.match(f) if a >= covered else None
        if p is not None:
            if k and prev not in _TITLE_IN_BODY:
                return a
            covered = a + len(p.group().rstrip())
        prev = fold(m.group())
    return len(rest)


def run_on_block(text: str) -> list[tuple[int, str]] | None:
    """A whole signature block run into one line, as a web copy that lost its line breaks prints
    it: ``(offset, part)`` for the authority line, the position, the copy note and the name, else
    None.

        "T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ THƯỜNG TRỰC (Đã ký) Đặng Huy Hậu"
        "T/L BAN THƯỜNG VỤ CHÁNH VĂN PHÒNG Nguyễn Văn A", "K/T BÍ THƯ PHÓ BÍ THƯ (đã ký) Trần Văn B"

    Only a line that opens with an authority prefix or a position title in capitals and ends with
    a personal name from a listed surname (in capitals only after the note: "(đã ký) NGUYỄN VĂN A");
    the body's first word after the prefix is the body's, the position starts at a title word
    after it (:func:`_position_cut`).
    """
    if not 12 <= len(text) <= 160 or not text[-1].isalpha() or not text[0].isupper() or text.count(" ") < 3:
        return None
    words = list(_WORD.finditer(text))
    surnames = surname_set()
    name = None
    for n in (4, 3, 2):
        if len(words) > n and words[-n].group().title() in surnames:
            cand = text[words[-n].start():]
            if is_name(cand) or caps_name(cand):
                name = words[-n].start()
                break
    if name is None:
        return None
    head = text[:name].rstrip()
    pieces = [(name, text[name:])]
    if head.endswith((")", "]")):
        i = max(head.rfind("("), head.rfind("["))
        if i <= 0 or not _note(head[i:]):
            return None
        pieces.insert(0, (i, head[i:]))
        head = head[:i].rstrip()
    elif not is_name(text[name:]):
        return None  # a caps name right after caps words: where would it start?
    if not _head(head):
        return None
    am = authority(head)
    if am is not None:
        mode, end = am
        cut = end + _position_cut(head[end:])
        if cut < len(head):
            pieces.insert(0, (cut, head[cut:]))
            head = head[:cut].rstrip()
        pieces.insert(0, (0, head))
    elif POSITION_START.match(fold(head)):
        pieces.insert(0, (0, head))
    else:
        return None
    return pieces


# A list run into one line, its entries' terminators kept: "Nơi nhận: - Thường trực Tỉnh ủy; - Các
# huyện ủy, thị ủy, thành ủy; - Lưu VPTU." (a web copy that lost its line breaks) — split before
# each "- " after a ";" or ",", never inside "Bộ Lao động - Thương binh và Xã hội"
_RUN_ON = lazy_re(r"(?<=[;,])\s+[-–]\s+(?=\S)")


# A recipient numbered instead of dashed: "1. Thường trực Tỉnh ủy;", "2) Các chi bộ;"
_NUMBERED = lazy_re(r"\d{1,2}[.)]\s+(?=[^\W\d_])")
# An entry that enumerates after a colon on its own line: "Các sở: Du lịch, Văn hóa và Thể thao,"
_ENUMERATES = lazy_re(r"^[^:]{2,80}:\s*\S")


def _wraps_entry(recipients: list[dict], t: str, col: int = -1, width: int = 0) -> bool:
    """A line under an entry ending with "," (or nothing) that is its wrapped tail, not an entry.

    A lower-case line: "- Các ban đảng, ban cán sự đảng, đảng đoàn," / "  đảng ủy trực thuộc Trung
    ương,": the "," ends a list item, not the text, so the entry is still open for a line that
    cannot start one. A capitalised line too where it continues the entry: indented past its "- "
    (*col*: at the column of the entry's text, a Word export's hanging indent, or a few spaces
    more or less; in a Word cell, a paragraph of its own set in by its indents or a Tab up to a
    little past Word's 1.27 cm indent step), or carrying on an enumeration the entry opened after
    a colon — "- Các sở: Du lịch, Văn hóa và Thể thao," / "Kế hoạch và Đầu tư, Tài chính," (any
    layout: a web copy or a PDF keeps no indent).

    Where no line keeps an indent (*width*: the longest entry line of a flush-left footer, a PDF
    extraction without -layout or a web copy, else 0), a capitalised line under an entry line
    ending with "," that was full — the tail's first word would not have fitted on it ("- Các đồng
    chí Ủy viên Ban Thường vụ Tỉnh ủy," / "Ủy ban Kiểm tra Tỉnh ủy,") — is the line's wrap: an
    entry missing its dash stands under a line that had room ("- Ban Tổ chức Huyện ủy," /
    "Văn phòng Huyện ủy,", TB035's), and so does the filing entry ("Lưu VP.").
    """
    if not recipients or not t[:1].isalpha():
        return False
    r = recipients[-1]
    if r["text"][-1].endswith((";", ".")):
        return False
    if t[:1].islower():
        return True
    tcol = r.get("tcol")
    # indented past the entry's "- ", by hand one space or six ("  Văn phòng Tỉnh ủy,"): an entry of
    # its own would start at the dash's column
    under = col >= 0 and tcol is not None and tcol - 2 < col <= tcol + r["reach"]
    return under or _ENUMERATES.match(r["text"][0]) is not None or width > 0 and _full(r["raw"][-1], t, width)


_FULL_LINE = 28  # the shortest line a recipients column wraps at (a narrow left cell, ~7 cm at 12 pt)


def _full(above: str, t: str, width: int) -> bool:
    """Whether the line *above* (ending with ",") was full when *t* was set under it: long, and
    *t*'s first word would have run past the list's longest line (*width*). Not "Lưu …", the
    filing entry typed without its dash."""
    if not above.endswith(",") or len(above) < _FULL_LINE or fold(t[:4]).startswith("luu"):
        return False
    sp = t.find(" ")
    return len(above) + 1 + (sp if sp > 0 else len(t)) > width


def _plain_position(text: str) -> bool:
    """A position title typed in normal case ("Phó Bí thư", "chánh văn phòng"): short, no entry or
    sentence end, and not a name whose surname only looks like a title ("Trương Văn An", not
    "Trưởng ban")."""
    if len(text) > 60 or text.endswith((",", ";", ".", ":")) or ENTRY.match(text) or not POSITION_START.match(fold(text)):
        return False
    return not (is_name(text) and text.split()[0] in surname_set())


def position_after_name(text: str, folded: str) -> bool:
    """A position title right under the signer's name: caps ("PHÓ BÍ THƯ") or normal case ("Bí thư
    Đảng ủy phường"), as web copies set the name first. Never an authority ("T/M …" is read before)."""
    if is_caps(text):
        return _head(text) and POSITION_START.match(folded) is not None
    return _plain_position(text)


def _head(text: str) -> bool:
    """A line of a signature block's head: short caps, no punctuation ending, no entry or label."""
    return (is_caps(text) and len(text) <= 60 and not text.endswith((",", ";", ".", ":"))
            and not ENTRY.match(text) and not RECIPIENTS_LABEL.match(fold(text)))


def _signs(text: str) -> bool:
    """A head that only a signature has: "K/T TRƯỞNG BAN TỔ CHỨC", "TRƯỞNG BAN DÂN VẬN"."""
    f = fold(text)
    return bool(AUTHORITY.match(f) or POSITION_START.match(f))


def joint_columns(lines: list[Line]) -> tuple[int, int, list[float]] | None:
    """``(first, end, centres)`` of side-by-side signature blocks in *lines*, or None.

    The blocks start at the first line with two or more head cells ("TRƯỞNG BAN DÂN VẬN" |
    "TRƯỞNG BAN TỔ CHỨC", or "BAN DÂN VẬN TỈNH ỦY" | "BAN TỔ CHỨC TỈNH ỦY" over them) and run to
    the first line holding the label or an entry. They are joint only with a signature's own mark:
    a row of heads with an authority or a position, or a row of names. ``centres``: the middle of
    each head cell, which every fragment of the blocks is sorted by.
    """
    first = None
    edge = -1  # where the blocks start when the list stands in a column left of them, else -1
    for i, ln in enumerate(lines):
        if len(ln.frags) >= 2 and all(_head(fr.text) for fr in ln.frags):
            first = i
            break
        if len(ln.frags) >= 3 and _closes_blocks_text(ln.frags[0].text) and all(_head(fr.text) for fr in ln.frags[1:]):
            # "Nơi nhận:    TRƯỞNG BAN DÂN VẬN    TRƯỞNG BAN TỔ CHỨC": the list in a third column
            first, edge = i, _mid(ln, ln.frags[1]) - len(ln.frags[1].text) / 2 - _SIG_COL
            break
        if len(ln.frags) >= 2 and any(ENTRY.match(fr.text) for fr in ln.frags):
            return None  # the recipients began beside a column: an ordinary two-column footer
        # (a list on lines of its own may stand above the blocks: "Nơi nhận:" / "- …" / then the heads)
    if first is None:
        return None
    end = len(lines)
    sure = False
    for j in range(first, len(lines)):
        ln = lines[j]
        cells = [fr for fr in ln.frags if edge < 0 or _mid(ln, fr) > edge]  # (not the list's column)
        if j > first and any(_closes_blocks_text(fr.text) for fr in cells):
            end = j
            break
        if len(cells) >= 2 and ((all(_head(fr.text) for fr in cells) and any(_signs(fr.text) for fr in cells))
                                or all(is_name(fr.text) or caps_name(fr.text) for fr in cells)):  # a row of names
            sure = True
    if not sure:
        return None
    centres = [_mid(lines[first], fr) for fr in lines[first].frags]
    return first, end, centres


def _mid(ln: Line, fr: Fragment) -> float:
    """The middle of a cell as printed: a tab moves to the next multiple of 8, so a right-column
    cell typed after tabs ("\t\t\t\tPHÓ TRƯỞNG BAN", at index 4) stands under its column."""
    col = fr.col
    if "\t" in ln.raw[:col]:
        col = len(ln.raw[:col].expandtabs(8))
    return col + len(fr.text) / 2


def joint_cells(lines: list[Line]) -> list[int] | None:
    """For a .docx footer: the cell number (0 = left) of each line in a row of side-by-side
    signature cells, ``-1`` for every other line; None when there is no such row.

    docx_reader gives a table row cell by cell, so the blocks that a plain-text copy shows side by
    side ("TRƯỞNG BAN DÂN VẬN | TRƯỞNG BAN TỔ CHỨC") come one after the other. A row is joint when
    two or more of its cells open with a head line (caps, no label, no entry), one of the heads is
    a signature's own (an authority or a position). A cell's block ends at "Nơi nhận" or an entry:
    an office may type the recipients in the left cell under its signature; those lines stay
    the recipients' (``-1``). A row whose cells open with the label is the ordinary footer.
    """
    rows: dict[tuple, dict[int, list[int]]] = {}
    for k, ln in enumerate(lines):
        c = (ln.fmt or {}).get("cell")
        if c and ln.text:
            rows.setdefault((c["table"], c["row"]), {}).setdefault(c["col"], []).append(k)
    for cells in rows.values():
        if len(cells) < 2:
            continue
        blocks = []
        for c in sorted(cells):
            b = cells[c]
            cut = next((i for i, k in enumerate(b) if _closes_blocks_text(lines[k].text)), len(b))
            blocks.append(b[:cut])
        if not blocks[0] and len(blocks) >= 3:
            blocks = blocks[1:]  # "Nơi nhận:" | "TRƯỞNG BAN DÂN VẬN" | "TRƯỞNG BAN TỔ CHỨC": the list's cell stays -1
        if not all(blocks):
            continue  # a cell opening with "Nơi nhận:" or an entry: recipients | signature
        heads = [lines[b[0]].text for b in blocks]
        if all(_head(h) for h in heads) and any(_signs(h) for h in heads):
            which = [-1] * len(lines)
            for i, b in enumerate(blocks):
                for k in b:
                    which[k] = i
            return which
    return None


def _closes_blocks_text(text: str) -> bool:
    """The label or a recipient entry: the side-by-side signature blocks end above it."""
    return bool(ENTRY.match(text) or RECIPIENTS_LABEL.match(fold(text)))


def _closes_blocks(ln: Line) -> bool:
    return any(_closes_blocks_text(fr.text) for fr in ln.frags)


# What opens a caps line under a block that is no name (folded): an appendix's label or title
_NOT_A_NAME = lazy_re(r"(?:phu\s*luc|danh sach|bieu|bang|mau|sao|trich|ban sao|du thao|ghi chu|tai lieu)\b")


def _caps_words_name(fr: _Frag) -> bool:
    """A caps line that reads as a personal name whatever its family name: two to five syllables
    that would be a name in title case, none of a title's or a body's words ("ĐIỂU KRÉ", "DANH ÚT",
    not "THƯỜNG TRỰC", "PHỤ LỤC", "VĂN PHÒNG"). Asked only under a block's copy note, where the
    position is already read and a name is what comes next."""
    t = fr.text
    if not is_caps(t) or not 2 <= t.count(" ") + 1 <= 5 or POSITION_START.match(fr.fold) or AUTHORITY.match(fr.fold):
        return False
    if _NOT_A_NAME.match(fr.fold) or not is_name(t.title()):
        return False
    return not any(w in BODY_WORDS and w not in _MIDDLE for w in t.lower().split())


_MIDDLE = ("văn", "thị")  # body words ("văn hóa", "thị xã") that are the common middle names


# The copy note without its brackets, the whole line (folded): "đã ký", "Đã ký và đóng dấu", "/đã ký/"
_BARE_NOTE = lazy_re(r"/?\s*da k[yi](?:\s*(?:ten\s*)?(?:,|va)?\s*dong dau)?\s*[/.]?\s*$")


def _note(text: str) -> bool:
    """The copy note of a block: "(đã ký)", "[Đã ký]", "(Ký, ghi rõ họ tên)"."""
    return text.startswith(("(", "[")) and SIGNED_NOTE.search(fold(text)) is not None


def _note_and_name(t: str, f: str) -> tuple[str, str] | None:
    """``(note, name)`` of a copy note and the signer's name on one line, either way round, as a web
    copy that lost the line break between them prints it: "(Đã ký) Nguyễn Văn Hùng", "Nguyễn Văn
    Hùng (đã ký)", "[Đã ký] NGUYỄN VĂN HÙNG"; else None. The rest must be a name, nothing else."""
    if len(t) > 90 or len(f) != len(t):
        return None
    if t[:1] in "([":
        m = SIGNED_NOTE.match(f)
        if m is None or m.end() >= len(t):
            return None
        note, name = t[: m.end()], t[m.end():].strip()
    elif t[-1:] in ")]":
        i = max(t.rfind("("), t.rfind("["))
        m = SIGNED_NOTE.match(f, i) if i > 0 else None
        if m is None or m.end() != len(t):
            return None
        note, name = t[i:], t[:i].strip()
    else:
        return None
    return (note, name) if is_name(_TITLES.sub("", name)) or caps_name(name) else None


def web_cells(lines: list[Line]) -> list[int] | None:
    """For a web copy's footer: the block number (0 = left) of each line of side-by-side signature
    cells, ``-1`` for every other line; None when there are none.

    A web copy gives each table cell its own lines between lone "|" lines, so the blocks come one
    after the other ("|" / "TRƯỞNG BAN DÂN VẬN" / "(đã ký)" / "Hồ Thị Mai" / … / "|" / "TRƯỞNG BAN
    TỔ CHỨC" / …). A cell is a block when it opens with a head line and holds a signature's mark
    (a position or authority head, a name or a copy note) above any "Nơi nhận" or entry — the left
    cell may go on with the recipients under its block, which stay the footer's. Joint only with
    two or more such cells and a position or authority among their heads: the "recipients |
    signature" footer of a single-signature document has one.
    """
    cells: list[list[int]] = [[]]
    for k, ln in enumerate(lines):
        if ln.sep:
            cells.append([])
        elif ln.text:
            cells[-1].append(k)
    blocks: list[list[int]] = []
    signs = False
    for cell in cells:
        if not cell or not _head(lines[cell[0]].text):
            continue
        part: list[int] = []
        for k in cell:
            if _closes_blocks(lines[k]):
                break
            part.append(k)
        texts = [lines[k].text for k in part]
        if not any(_signs(t) or _note(t) or is_name(_TITLES.sub("", t)) or caps_name(t) for t in texts):
            continue
        signs = signs or any(_head(t) and _signs(t) for t in texts)
        blocks.append(part)
    if len(blocks) < 2 or not signs:
        return None
    which = [-1] * len(lines)
    for i, b in enumerate(blocks):
        for k in b:
            which[k] = i
    return which


def interleaved_rows(lines: list[Line]) -> list[int] | None:
    """For a PDF extraction's footer: the block number of each line of side-by-side signature
    blocks read row by row, one cell a line; None when there are none.

    A PDF gives "TRƯỞNG BAN DÂN VẬN" / "TRƯỞNG BAN TỔ CHỨC" / "(đã ký)" / "(đã ký)" / "Hồ Thị Mai" /
    "Nguyễn Đình Long" / "Nơi nhận:": a run of heads, of notes, of names, each a row of *n* cells.
    A single signature has one name (one note), so the blocks are joint only with a run of two or
    more names (or, in a draft, notes) under the heads, every run a whole number of rows, and a
    position or authority among the heads; then the cells of each run go to the blocks in turn.
    A block whose heads would end on "K/T …" or "T/L …" (always over a position) shows rows of
    unequal blocks, which one cell a line cannot tell apart: then none.
    """
    runs: list[tuple[str, list[int]]] = []
    position = False  # a position head read: a caps name under it is a signer ("NGUYỄN VĂN A")
    list_between = False  # the list's lines stand between the heads' rows and the notes' or names
    for k, ln in enumerate(lines):
        if ln.sep or not ln.text:
            continue
        t = ln.text
        if len(ln.frags) != 1:
            break
        if runs and _closes_blocks(ln):
            if runs[-1][0] == "head" and not any(kind != "head" for kind, _ in runs):
                # "TRƯỞNG BAN DÂN VẬN" / "TRƯỞNG BAN TỔ CHỨC" / "- Thường trực …" / "(đã ký)" / "(đã
                # ký)": the list's rows between the blocks' (a list in a column of its own); passed over
                list_between = True
                continue
            if not list_between:
                break
            continue
        if _note(t):
            kind = "note"
        elif is_name(_TITLES.sub("", t)) or (caps_name(t) and (position or runs and runs[-1][0] != "head")):
            kind = "name"
        elif _head(t):
            kind = "head"
            position = position or bool(POSITION_START.match(fold(t)))
        elif runs:
            break
        else:
            continue  # the lines above the first head
        if runs and runs[-1][0] == kind:
            runs[-1][1].append(k)
        else:
            runs.append((kind, [k]))
    sizes = {kind: len(ks) for kind, ks in runs if kind != "head"}
    n = sizes.get("name") or sizes.get("note") or 0
    if (n < 2 or not runs or runs[0][0] != "head" or any(len(ks) % n for _, ks in runs[1:])
            or not any(_signs(lines[k].text) for kind, ks in runs if kind == "head" for k in ks)):
        return None
    heads = runs[0][1]
    deal = _deal_heads([lines[k].text for k in heads], n)
    if deal is None:
        return None
    which = [-1] * len(lines)
    for k, c in zip(heads, deal):
        which[k] = c
    for _, ks in runs[1:]:
        for i, k in enumerate(ks):
            which[k] = i % n
    for c in range(n):
        last = authority(next(lines[k].text for k, b in zip(reversed(heads), reversed(deal)) if b == c))
        if last and last[0] not in ("T/M", "TM."):
            return None  # a block dealt a "K/T …" with no position under it: the rows were uneven
    return which


def _deal_heads(heads: list[str], n: int) -> list[int] | None:
    """The block (0 = left) of each of *n* blocks' head lines read row by row, or None.

    Rows of *n* cells each when they are a whole number of rows; else the first row is one head a
    block and the heads left over (fewer than *n*) are the positions of the blocks that need one
    under their authority — "K/T TRƯỞNG BAN TỔ CHỨC" / "TRƯỞNG BAN DÂN VẬN" / "PHÓ TRƯỞNG BAN": a
    "K/T"'s or "T/L"'s deputy, else a "T/M"'s — when there are exactly as many of those."""
    if len(heads) % n == 0:
        return [i % n for i in range(len(heads))]
    extra = len(heads) - n
    if extra < 1 or extra >= n:
        return None
    modes = [authority(h) for h in heads[:n]]
    for needs in (("K/T", "T/L", "KT.", "TL.", "TUQ."), None):
        needy = [c for c, m in enumerate(modes) if m and (needs is None or m[0] in needs)]
        if len(needy) == extra:
            return list(range(n)) + needy
    return None


# Two or three spaces before a word: a gap too narrow for a column (four spaces), as ``pdftotext
# -layout`` leaves between a long recipient entry and the signature block beside it
_NARROW = lazy_re(r"(?<=\S) {2,3}(?=\S)")
_SIG_COL = 4  # how far a signature part may start from another part's column (the block is centred)


def _narrow_gaps(lines: list[Line]) -> list[Line]:
    """*lines* with a recipient entry split from the signature part beside it where only two or
    three spaces part them: "- Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy,   CHÁNH VĂN PHÒNG" —
    read as one entry, the position was lost (audit 21). Only where the part starts at the
    signature block's column (another line's cell right of the list) and is a part of a signature:
    a caps head, the copy note, a name."""
    cols = [fr.col for ln in lines for fr in ln.frags[1:]]
    if not cols:
        return lines
    out = []
    for ln in lines:
        fr = ln.frags[0] if ln.frags else None
        if fr is None or not ENTRY.match(fr.text) or "  " not in ln.raw:
            out.append(ln)
            continue
        end = ln.frags[1].col if len(ln.frags) > 1 else len(ln.raw)
        piece = ln.raw[fr.col:end].rstrip()
        cut = None
        for m in _NARROW.finditer(piece):
            at = fr.col + m.end()
            rest = " ".join(piece[m.end():].split())
            if any(abs(at - c) <= _SIG_COL for c in cols) and (
                    _head(rest) or _note(rest) or is_name(rest) or caps_name(rest)):
                cut = (m.start(), m.end(), rest)
                break
        if cut is None:
            out.append(ln)
            continue
        left = " ".join(piece[:cut[0]].split())
        frags = (Fragment(fr.col, left), Fragment(fr.col + cut[1], cut[2]), *ln.frags[1:])
        out.append(Line(ln.no, ln.raw, " ".join(f.text for f in frags), frags, bold=ln.bold, sep=ln.sep, fmt=ln.fmt))
    return out


def _frags(st: State) -> tuple[list[_Frag], list[list[_Frag]]]:
    """The footer's fragments in reading order, and those of each co-signer's column.

    Without side-by-side signature blocks the second list is empty; with them, the first holds
    the left block's cells (in their lines' places) and each other column's cells go to its own list.
    """
    a, b = st.footer
    lines = st.lines[a:b]
    out: list[_Frag] = []
    others: list[list[_Frag]] = []
    joint = None
    if lines and lines[0].fmt is not None:
        cells = joint_cells(lines)
    else:
        lines = _narrow_gaps(lines)
        # cells between "|" lines (a web copy), else columns side by side (a Word export, a
        # markdown row), else one cell a line (a PDF)
        cells = web_cells(lines) if any(ln.sep for ln in lines) else None
        if cells is None:
            joint = joint_columns(lines)
            cells = None if joint else interleaved_rows(lines)
    if cells is not None:
        others = [[] for _ in range(max(cells))]
        for k, ln in enumerate(lines):
            for fr in ln.frags:
                (others[cells[k] - 1] if cells[k] > 0 else out).append(
                    _Frag(ln.no, fr.text, ln.bold, fr.col, ln.fmt is not None, ln.raw))
        return out, others
    if joint:
        first, end, centres = joint
        others = [[] for _ in centres[1:]]
    for k, ln in enumerate(lines):
        for x, fr in enumerate(ln.frags):
            if not joint and fr.text[-1:].isalpha():
                parts = run_on_block(fr.text)
                if parts is not None:  # a block that lost its line breaks: one fragment a part
                    out.extend(_Frag(ln.no, p, ln.bold, fr.col + off, ln.fmt is not None) for off, p in parts)
                    continue
            f = _Frag(ln.no, fr.text, ln.bold, fr.col, ln.fmt is not None, ln.raw)
            # under the blocks, a cell right of the label or an entry is still a block's: a markdown
            # row gives "Nơi nhận:" | "Trần Thị Bình" when the right cell has a line more
            if joint and (first <= k < end or k >= end and x and not _closes_blocks_text(fr.text)):
                if first <= k < end and len(ln.frags) == len(centres):
                    # a cell for each block: their order places them, whatever their columns
                    # (a tab for the gap leaves "(đã ký)\t\t\t(đã ký)"'s second cell at column 10)
                    c = x
                else:
                    mid = _mid(ln, fr)
                    c = min(range(len(centres)), key=lambda i: abs(centres[i] - mid))
                if c:
                    others[c - 1].append(f)
                    continue
            out.append(f)
    return out, others


def run(st: State) -> None:
    frags, others = _frags(st)
    if not frags:
        return
    blk = _read(st, frags)
    recipients = blk["recipients"]
    if recipients:
        st.out["recipients"] = [entry_text(r) for r in recipients]
        st.out["layout"]["recipients"] = [{"line": r["line"], "raw": " ".join(r["raw"])} for r in recipients]
    if blk["label_line"] is not None:
        st.out["layout"]["recipients_label"] = blk["label_line"]
        if blk["label_text"] is not None:  # a 1990s "Nơi gửi:", an OCR "Nơinhận:" (TB034 reads the line)
            st.out["layout"]["recipients_label_text"] = blk["label_text"]
    if blk["cc_label"] is not None:
        st.out["layout"]["cc_label"] = blk["cc_label"]  # "Đồng gửi:" as typed, its line
    reads = [_read(st, fs) for fs in others if fs]
    for c in reads:  # another block's entries and labels are no signature: unplaced, never dropped
        for r in c["recipients"]:
            st.unplaced(r["line"], " ".join(r["raw"]))
        if c["label_text"] is not None:
            st.unplaced(c["label_line"], c["label_text"])
        if c["cc_label"] is not None:
            st.unplaced(c["cc_label"]["line"], c["cc_label"]["text"])
    # the signature and its cosigners: every block that is signed — the first block's, or the next
    # one's when the first holds only entries (its signature was dropped with the others')
    signed = [c for c in (blk, *reads) if _signed(c)]
    if signed:
        main, cos = signed[0], signed[1:]
        st.out["signature"] = _signature(main)
        st.out["layout"]["signature"] = _sig_layout(main)
        if cos:  # (the key only then: every single-signature output stays as it was)
            st.out["signature"]["cosigners"] = [_signature(c) for c in cos]
            st.out["layout"]["signature"]["cosigners"] = [_sig_layout(c) for c in cos]
        auths = [a for c in signed for a in c["auths"]]
        if auths:
            st.frame.append("authority")
            for a in auths:
                if a["mode"] in ("TM.", "KT.", "TL.", "TUQ."):
                    st.state_evidence.append(f"State signature {a['mode']} {a['body']}")


def entry_text(r: dict) -> str:
    """A recipient entry's text: its lines joined, without its terminator — ";", ",", "." and the
    closing "./." a typist put on the filing entry ("- Lưu VP./.")."""
    return " ".join(r["text"]).rstrip(";,. /")


def _signed(blk: dict) -> bool:
    return bool(blk["auths"] or blk["position"] or blk["signer"] or blk["note"] or blk["signer_blank"])


def _signature(blk: dict) -> dict:
    return {
        "authority": [{"mode": a["mode"], "body": a["body"].rstrip(",;: ")} for a in blk["auths"]],
        "position": blk["position"],
        "signer": blk["signer"],
        "note": blk["note"],
    }


def _sig_layout(blk: dict) -> dict:
    out = {
        "authority_lines": [a["line"] for a in blk["auths"]],
        "position_line": blk["position_line"],
        "signer_line": blk["signer_line"],
    }
    if blk["signer_blank"] is not None:  # a draft's "……" for the name (the key only then)
        out["signer_blank"] = blk["signer_blank"]
    return out


_BLOCK_AHEAD = 12  # fragments looked at under a caps name for the rest of a signature block


def _block_below(frags: list[_Frag], k: int) -> bool:
    """Whether a signature block's line comes after ``frags[k]``: an authority, a position, a
    copy note or a name (recipient entries and the label are no part of it), among the next few
    fragments (a block is short; a footer of thousands of lines is never rescanned)."""
    for fr in frags[k + 1 : k + 1 + _BLOCK_AHEAD]:
        t = fr.text
        if ENTRY.match(t) and not AUTHORITY.match(fr.fold):
            continue
        if (authority(t) or (is_caps(t) and POSITION_START.match(fr.fold)) or _note(t)
                or is_name(_TITLES.sub("", t)) or caps_name(t)):
            return True
    return False


def annexes_label(t: str) -> bool:
    """An appendix's label line under the signature ("Phụ lục số 01", "PHỤ LỤC II")."""
    from . import annexes  # (at call time: annexes → paragraphs → furniture → zones → footer)
    return annexes.label_line(t)


def _filing(recipients: list[dict]) -> bool:
    """Whether the list's last entry is its filing entry, "- Lưu VP.", "- Lưu: VT, Ban Tổ chức,"
    (as typed: it may still wrap) — the genre ends the list there (format-rules §5, TB037)."""
    return bool(recipients) and fold(recipients[-1]["text"][0][:4]).startswith("luu")


def _open_list(recipients: list[dict]) -> bool:
    """The list may go on: no entry yet under its label, or its last entry neither ended with "."
    nor the filing entry ("- Lưu VP" typed without its stop still ends the list)."""
    return not recipients or not (recipients[-1]["text"][-1].endswith(".") or _filing(recipients))


def _closed(recipients: list[dict]) -> bool:
    """The list is over: its filing entry ends with its full stop ("- Lưu Văn phòng Tỉnh ủy.")."""
    return _filing(recipients) and recipients[-1]["text"][-1].endswith(".")


_RULE_LEADS = "-–—_=~*·"  # how a rule line opens (vocab.RULE: "-----", "=====", "* * *")
_NOTE_LEADS = "([*\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"  # how a note's line opens: "(1)", "[1]", "*", "¹"


class _Notes:
    """Footnotes typed under the footer, whose mark the body carries right after a word ("Công ty
    Cà phê Phước An(*)", "NĐ-CP(2)"): "(*) …", "(1) …", "[1] …", "¹ …", the mark alone on its line
    ("(*)", "(1)", a bare "*") with the text on the next, and "* …". The annexes step reads them
    out of ``unplaced``; here they must not be read as recipients (a "(*) …" at the label's column,
    a "*" bullet and the line under it). The body is read once, each mark once."""

    def __init__(self, st: State) -> None:
        self.st = st
        self.body: str | None = None
        self.seen: dict[tuple, bool] = {}

    def mark(self, t: str) -> int | str | None:
        """The mark opening line *t* when the body carries it, else None."""
        from . import annexes  # (at call time: annexes → paragraphs → furniture → zones → footer)

        if t[:1] not in _NOTE_LEADS:
            return None
        note = annexes._note(t)
        if note is None:
            return None
        key = note[::2]
        if key not in self.seen:
            if self.body is None:
                a, b = self.st.body
                self.body = " ".join(ln.text for ln in self.st.lines[a:b])
            self.seen[key] = annexes._marked(self.body, *key)
        return note[0] if self.seen[key] else None


def _list_shape(frags: list[_Frag]) -> tuple[int, bool]:
    """``(width, semi)`` of the recipients in *frags*: *width*, the longest entry line when the
    footer is flush left (every fragment at column 0: a PDF extraction without -layout, a web
    copy — no indent tells a wrapped line there), else 0; *semi*, whether the entries end with ";"
    (two or more, more than end with ","): then a "," ending a line is inside an entry, the line
    wrapped ("- Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy," / "Ủy ban Kiểm tra Tỉnh ủy;")."""
    width = semi = comma = 0
    flush = True
    for fr in frags:
        t = fr.text
        flush = flush and not fr.col
        if t[:1] in _ENTRY_LEADS and ENTRY.match(t):
            width = max(width, len(t))
            semi += t.endswith(";")
            comma += t.endswith(",")
    return (width if flush else 0), semi >= 2 and semi > comma


def _open_end(t: str, semi: bool) -> bool:
    """Whether a recipient's line *t* leaves its entry open: no terminator, or a "," in a list
    whose entries end with ";" (:func:`_list_shape`)."""
    return not t.endswith(_TERMINATORS) or semi and t.endswith(",")


def _under(frags: list[_Frag], j: int, k: int) -> bool:
    """Whether ``frags[k]`` is the next line of its column after ``frags[j]``: the fragments
    between (a few at most: another column's cells of the same rows, as a markdown row or a Word
    export interleaves them) stand in other columns."""
    return 0 <= j < k <= j + 4 and all(frags[i].col != frags[k].col for i in range(j + 1, k))


def _name_below(frags: list[_Frag], k: int) -> bool:
    """Whether a personal name (the signer's) comes among the few fragments after ``frags[k]``."""
    for fr in frags[k + 1 : k + 1 + _BLOCK_AHEAD]:
        t = fr.text
        if is_name(_TITLES.sub("", t)) or caps_name(t) or (
                t[:1] in "([" or t[-1:] in ")]") and _note_and_name(t, fr.fold) is not None:
            return True
    return False


# A draft's placeholder for the signer's name: "……………", "...........", ". . . . . .", "…………." —
# after the name's first syllables when only the given name is missing: "Nguyễn Văn ……"
_NAME_PLACEHOLDER = lazy_re(r"^((?:[^\W\d_]+ ){0,3})(?:\.[. ]{2,}|…[…. ]*)$")


def _name_placeholder(t: str) -> bool:
    """Whether *t* stands for the signer's name not yet typed: dots only, or a name's capitalised
    first syllables and dots."""
    m = _NAME_PLACEHOLDER.match(t)
    return m is not None and all(w[0].isupper() for w in m.group(1).split())


def _in_list_column(col: int, label_col: int | None, sig_col: int) -> bool:
    """Whether a line at *col* stands in the recipients' column of a two-column footer: near the
    label's column, the signature's lines well right of it."""
    return label_col is not None and sig_col > label_col + 10 and abs(col - label_col) <= _LABEL_COL


# A head's title opening a caps line under an authority (as typed, with its tones: "TRƯỜNG ĐẠI
# HỌC …" is a body's wrapped line, "TRƯỞNG BAN" a position)
_HEAD_TITLES = ("TRƯỞNG BAN", "TRƯỞNG ĐOÀN", "BÍ THƯ", "CHỦ NHIỆM", "CHỦ TỊCH", "CHÁNH VĂN PHÒNG")

# the word "kiêm" (concurrently) inside a position: "kiêm TRƯỞNG BAN DÂN VẬN"
_KIEM = lazy_re(r"(?:^|(?<=\s))kiêm(?=\s)")


def _caps_kiem(t: str) -> bool:
    """*t* is a position in capitals but for its lower-case "kiêm": "kiêm TRƯỞNG BAN TỔ CHỨC",
    "PHÓ BÍ THƯ THƯỜNG TRỰC kiêm CHỦ TỊCH HĐND TỈNH"."""
    rest = _KIEM.sub("", t)
    return rest != t and is_caps(rest) and not rest.rstrip().endswith((",", ";"))


def _read(st: State, frags: list[_Frag]) -> dict:
    """One column's (or the whole footer's) recipients and signature, classified by content."""
    recipients: list[dict] = []  # {"line", "text", "raw"}
    auths: list[dict] = []  # {"mode", "body", "line", "bold"}
    caps_after: list[_Frag] = []  # caps lines after the last authority line
    position: str | None = None
    position_line: int | None = None
    signer = note = None
    signer_line = label_line = label_col = label_at = None
    label_text: str | None = None
    cc_label: dict | None = None
    open_entry = False  # last recipient not yet terminated: a plain line continues it
    notes = _Notes(st)
    in_notes = False  # a footnote began: no line after it is a recipient
    in_annex = False  # an appendix began under the signature: nothing after it is the footer's
    width, semi = _list_shape(frags)
    signer_blank: dict | None = None  # a draft's "……" where the name goes
    sig_col = -1  # the column of the block's last authority or position line
    last_entry = -1  # the fragment holding the last recipient's last line

    def settle_caps() -> None:
        nonlocal position, position_line
        if not caps_after:
            return
        lines = list(caps_after)
        caps_after.clear()
        # (index and join, not pop(0) and +=: linear when a block has thousands of lines)
        i = 0
        # "BÍ THƯ" / "kiêm" / "TRƯỞNG BAN CHỈ ĐẠO": one position over the three lines, from the
        # line before "kiêm" at the latest (never the authority's body)
        kiem = next((j for j, x in enumerate(lines) if x.fold == "kiem" or x.fold.startswith("kiem ")), None)
        cap = len(lines) - 1 if kiem is None else max(kiem - 1, 0)
        if auths:
            a = auths[-1]
            more = []
            # a deputy's title never goes on a body: "T/M BAN THƯỜNG VỤ" / "PHÓ BÍ THƯ" / "THƯỜNG
            # TRỰC" is a position over two lines (a web cell or a .docx gives them together, each
            # line bold or not; a Word export, between two entries)
            def deputy(x: _Frag) -> bool:
                return position is None and x.text.startswith("PHÓ ")

            # lines in the authority's own bold span belong to it ("**K/T CHÁNH" / "VĂN PHÒNG**")
            while i < cap and a["bold"] and lines[i].bold and not deputy(lines[i]):
                more.append(lines[i].text)
                i += 1
            if kiem is None and len(lines) - i == 1 and not POSITION_START.match(lines[i].fold) and position is None:
                more.append(lines[i].text)
                i += 1
            while i < cap and not deputy(lines[i]) and not lines[i].text.startswith(_HEAD_TITLES):
                # the body's wrapped lines, up to the last — not a head's title ("T/M BAN CHỈ ĐẠO" /
                # "TRƯỞNG BAN" / "PHÓ BÍ THƯ HUYỆN ỦY": the position over two lines)
                more.append(lines[i].text)
                i += 1
            if more:
                a["body"] += " " + " ".join(more)
        if i < len(lines):
            if position is None:
                position, position_line = lines[i].text, lines[i].no
            else:
                position += " " + lines[i].text
            if i + 1 < len(lines):
                position += " " + " ".join(x.text for x in lines[i + 1 :])

    def caps_signer(fr: _Frag, k: int) -> bool:
        """A signer's name typed in capitals ("NGUYỄN PHÚ TRỌNG", TB032 reports its case): under
        a position, or with nothing of a block below it — "HÀ TĨNH" under "T/M BAN THƯỜNG VỤ TỈNH
        ỦY" with "PHÓ BÍ THƯ" and a name below ends the authority. What lies below decides, not
        the signing space: a web cell or a ``<br>`` line keeps none ("T/M BỘ CHÍNH TRỊ" /
        "NGUYỄN PHÚ TRỌNG"), and a PDF's interleaved recipients make one of no space."""
        if signer is None and note is not None and (auths or position or caps_after) and _caps_words_name(fr):
            return True  # under the copy note: a name whose family name is not listed ("DANH ÚT")
        if signer is not None or not caps_name(fr.text) or not (auths or position or caps_after):
            return False
        has_position = position is not None or any(POSITION_START.match(x.fold) for x in caps_after)
        return has_position or not _block_below(frags, k)

    for k, fr in enumerate(frags):
        t = fr.text
        f = fr.fold
        if in_annex or signer is not None and t[:1] in "Pp" and annexes_label(t):
            # "Phụ lục số 01" / "KẾ HOẠCH TỔ CHỨC HỘI THẢO" / "- Thời gian: tháng 8/2019.": the
            # appendix's lines, its "- " ones too, are no recipients (audit 23); annexes reads them
            in_annex = True
            st.unplaced(fr.no, t)
            continue
        if t[:1] in _RULE_LEADS and RULE.match(t) and t.strip(". "):
            # a rule typed across the page: "-----------", "- - - - -", "*****" between the footer and
            # a copy's block or under the list — no entry ("- - - -" was one, "----" its text)
            open_entry = False
            continue
        if (signer is None and signer_blank is None and t[-1:] in ".…" and (auths or position or caps_after or note)
                and _name_placeholder(t) and not _in_list_column(fr.at, label_at, sig_col)):
            # "……………" / "..........." / "Nguyễn Văn ……" where the name goes: a draft whose signer
            # is not yet filled in — the name's place, not stray text (TB000) nor, dots only, nothing
            settle_caps()
            signer_blank = {"line": fr.no, "text": t}
            continue
        le = recipients_label(f)
        col = fr.col  # where the line's text starts (unknown after the label: "Nơi nhận: - …")
        if le is not None:
            settle_caps()
            label_line, label_col, label_at = fr.no, fr.col, fr.at
            typed = t[:le].strip()
            if typed != "Nơi nhận:":  # kept as typed when it is not the usual: "Nơi gửi:", "Nơinhận:"
                if label_text is None:
                    label_text = typed
                else:  # a second one: the first stays, this one is unplaced (not written over it)
                    st.unplaced(fr.no, typed)
            st.frame.append("recipients_label")
            rest = t[le:].strip()
            if not rest:
                continue
            t, f = rest, fold(rest)
            col = -1
        cc = _CC_LABEL.match(f) if f.startswith("dong") and (recipients or label_line is not None) else None
        if cc is not None:
            settle_caps()
            if cc_label is None:
                cc_label = {"line": fr.no, "text": t[: cc.end()]}
            else:  # a second "Đồng gửi:": the first stays, this one is unplaced (not written over it)
                st.unplaced(fr.no, t[: cc.end()])
            open_entry = False
            rest = t[cc.end():].strip()
            if not rest:
                continue
            t, f = rest, fold(rest)
            col = -1
        if t == "*" or (t[:1] in _NOTE_LEADS and not in_notes and (t[:1] != "*" or signer is not None or _filing(recipients))
                        and notes.mark(t) is not None):
            # a footnote whose mark the body carries, under the list or the signature: "(*) Công ty
            # TNHH MTV Cà phê Phước An, …", "(1) …", or the mark alone ("*" / "Công ty …") — the list
            # ended above it, so neither it nor the lines under it are recipients (annexes reads
            # them). A "* …" is a bullet until the filing entry or the signer is read; a bare "*"
            # is never an entry, marked or not.
            in_notes = in_notes or notes.mark(t) is not None
            st.unplaced(fr.no, t)
            open_entry = False
            continue
        if in_notes and not (authority(t) or is_caps(t) or _note(t) or is_name(_TITLES.sub("", t))):
            st.unplaced(fr.no, t)  # the note's text and its wrapped lines, the notes after it
            continue
        if ENTRY.match(t) and not AUTHORITY.match(f):
            if signer is not None and cc_label is None and _closed(recipients):
                # under the name, the list closed by its filing entry ("- Lưu VP."): a note typed as a
                # "- …" line ("- Gửi bản điện tử qua hệ thống …") is no recipient
                st.unplaced(fr.no, t)
                continue
            settle_caps()
            body = ENTRY.sub("", t, count=1)
            pieces = _RUN_ON.split(body) if (" - " in body or " – " in body) else [body]
            for x, piece in enumerate(pieces):
                # parts, joined at the end; tcol: where the text after "- " starts
                recipients.append({"line": fr.no, "text": [piece], "raw": [t if len(pieces) == 1 else ("- " + piece)],
                                   "tcol": col + len(t) - len(body) if col >= 0 and not x else None,
                                   "reach": fr.reach})
            open_entry = _open_end(body, semi)
            last_entry = k
            continue
        am = authority(t)
        if am and am[0] == "Q." and auths and position is None:
            # "T/L BAN THƯỜNG VỤ" / "Q. CHÁNH VĂN PHÒNG": quyền (acting) names who signs — the
            # position, not a second authority (format-rules §4.1)
            settle_caps()
            if position is None:
                caps_after.append(fr)
                open_entry = False
                continue
        if am:
            settle_caps()
            mode, end = am
            # "T/M BAN THƯỜNG VỤ," — a stray mark after the body is no part of it (taken off when the
            # block is read: "KT. BỘ TRƯỞNG," / "CHỦ NHIỆM" keeps the comma its wrapped title needs)
            auths.append({"mode": mode, "body": t[end:].strip(), "line": fr.no, "bold": fr.bold,
                          "caps": is_caps(t)})
            sig_col = fr.at
            open_entry = False
            continue
        both = _note_and_name(t, f) if signer is None and (t[:1] in "([" or t[-1:] in ")]") else None
        if both is not None:
            # "(Đã ký) Nguyễn Văn Hùng", "Nguyễn Văn Hùng (đã ký)": the note and the signer
            settle_caps()
            if note is None:
                note = both[0]
            else:  # a second copy note: kept as text, never dropped
                st.unplaced(fr.no, both[0])
            signer, signer_line = both[1], fr.no
            open_entry = False
            continue
        if SIGNED_NOTE.search(f) and t.startswith(("(", "[")):
            settle_caps()
            if note is None:
                note = t
            else:  # a second copy note: kept as text, never dropped
                st.unplaced(fr.no, t)
            continue
        if note is None and signer is None and t[:1] in "ĐđDd/" and (auths or position or caps_after) and _BARE_NOTE.match(f):
            # "Đã ký", "/đã ký/", "đã ký và đóng dấu": the copy note typed without its brackets (TB033
            # asks for them), not stray text (TB000)
            settle_caps()
            note = t
            continue
        if f == "kiem" and (auths or position is not None or caps_after):
            caps_after.append(fr)  # "BÍ THƯ" / "kiêm" / "TRƯỞNG BAN CHỈ ĐẠO" (format-rules §4.2)
            continue
        if "kiêm" in t and (auths or position is not None or caps_after) and _caps_kiem(t):
            # the concurrent post with "kiêm" in lower case: "PHÓ BÍ THƯ THƯỜNG TRỰC" / "kiêm TRƯỞNG BAN
            # TỔ CHỨC", or on one line — more of the position, never a recipient's wrapped line
            caps_after.append(fr)
            continue
        # (the full line's wrap only right under it: "Bí thư Đảng ủy phường" under the name is no tail)
        wraps = _wraps_entry(recipients, t, col, width if last_entry == k - 1 else 0)
        if (signer is not None and position is None and not caps_after and not open_entry and not wraps
                and position_after_name(t, f)):
            # the signer's name before the position, as a portal or a news page prints the block:
            # "Nguyễn Hoàng Trung" / "Bí thư Đảng ủy phường" / "(đã ký)", "Trần Văn A" / "PHÓ BÍ THƯ"
            position, position_line = t, fr.no
            continue
        if signer is not None and not open_entry and not wraps and not (
                label_col is not None and abs(col - label_col) <= _LABEL_COL and not is_caps(t) and _open_list(recipients)):
            # after the signer's name: an appendix or stray text, not the footer — unless it stands in
            # the list's column while the list goes on (a markdown row's or a PDF's cells pair the
            # columns line by line, so a list longer than the block has its last lines after the name)
            st.unplaced(fr.no, t)
            continue
        if auths and not auths[-1]["caps"] and position is None and not caps_after and _plain_position(t):
            # the position under an authority typed in normal case: "t/m ban thường vụ" / "phó bí thư"
            caps_after.append(fr)
            open_entry = False
            continue
        if caps_signer(fr, k):
            settle_caps()
            signer, signer_line = t, fr.no
            continue
        if is_caps(t) and (auths or POSITION_START.match(f) or caps_after) and not t.endswith((",", ";")):
            caps_after.append(fr)
            sig_col = fr.at
            continue
        if signer is None and is_name(_TITLES.sub("", t)) and not (
                _under(frags, last_entry, k) and not _filing(recipients) and _name_below(frags, k)):
            # the signer, even right under an unterminated last recipient; "TS. Nguyễn Văn An" too —
            # but not a place's name right under an entry of a list that goes on ("- Các đồng chí Ủy
            # viên Ban Thường vụ Tỉnh ủy" / "Khánh Hòa", its wrapped tail) while a name stands below
            # for the signer
            settle_caps()
            signer, signer_line = t, fr.no
            open_entry = False
            continue
        if recipients and (open_entry or wraps or t[:1].islower() and not _closed(recipients)):
            # a wrapped entry: "… các huyện ủy,\nthị ủy, thành ủy," (never after "- Lưu VP.")
            settle_caps()
            r = recipients[-1]
            r["text"].append(t)
            r["raw"].append(t)
            open_entry = _open_end(t, semi)
            last_entry = k
            continue
        if is_caps(t):
            caps_after.append(fr)
            continue
        if label_col is not None and abs(fr.col - label_col) <= _LABEL_COL and len(t) <= 160 and not _closed(recipients):
            # an entry typed without "- " in the label's column: "Nơi nhận:" / "Các tỉnh ủy, thành ủy,"
            # (TB035 asks for the dash); not under the filing entry "- Lưu VP.", which ends the list.
            # A number for the dash ("1. Thường trực Tỉnh ủy;", "2) …") is no part of the entry's text
            settle_caps()
            num = _NUMBERED.match(t) if t[:1].isdigit() else None
            recipients.append({"line": fr.no, "text": [t[num.end():] if num else t], "raw": [t]})
            open_entry = _open_end(t, semi)
            last_entry = k
            continue
        st.unplaced(fr.no, t)
    settle_caps()
    if signer is not None and signer_blank is not None:
        # a name read after all: the dots only filled the signing space ("………" / "Nguyễn Văn Dũng");
        # words typed with them are kept
        if signer_blank["text"].strip(".…· "):
            st.unplaced(signer_blank["line"], signer_blank["text"])
        signer_blank = None
    return {"recipients": recipients, "label_line": label_line, "label_text": label_text, "cc_label": cc_label, "auths": auths, "position": position,
            "position_line": position_line, "signer": signer, "signer_line": signer_line, "note": note,
            "signer_blank": signer_blank}
