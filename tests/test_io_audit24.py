"""Audit 24: input and CLI robustness — writes that fail, outputs that are devices or pipes.

Each test runs the command as a user would (subprocess) and asserts what reaches the file system,
stdout and stderr.
"""
from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading

import pytest

from .conftest import SEED

EXE = [sys.executable, "-m", "tbparse"]
FULL = "/dev/full"
HAS_FULL = os.path.exists(FULL) and stat.S_ISCHR(os.stat(FULL).st_mode)


def run(*args: str, stdout=subprocess.PIPE, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([*EXE, *args], stdout=stdout, stderr=subprocess.PIPE, timeout=120, cwd=cwd)


# ---------------------------------------------------------------- stdout on a full disk

@pytest.mark.skipif(not HAS_FULL, reason="needs /dev/full")
@pytest.mark.parametrize("args", [
    (str(SEED), "--json"),
    (str(SEED), "--yaml"),
    (str(SEED), "--preview"),
    ("check", str(SEED)),
    ("refs", str(SEED)),
    ("schema",),
])
def test_stdout_on_a_full_disk_is_one_line_exit_2(args) -> None:
    """`tbparse notice.txt --json > /dev/full` printed a traceback (OSError: [Errno 28]) from
    parse, check, refs and the preview: click answers a closed pipe only."""
    with open(FULL, "wb") as full:
        r = run(*args, stdout=full)
    assert r.returncode == 2, r.stderr
    assert r.stderr == b"tbparse: <stdout>: cannot write: No space left on device\n"


@pytest.mark.skipif(not HAS_FULL, reason="needs /dev/full")
def test_batch_stream_on_a_full_disk_names_stdout() -> None:
    """It said "tbparse batch: : No space left on device" — no name at all."""
    with open(FULL, "wb") as full:
        r = run("batch", str(SEED), "-o", "-", "--quiet", stdout=full)
    assert r.returncode == 2, r.stderr
    assert r.stderr.splitlines()[-1] == b"tbparse batch: <stdout>: No space left on device"
    assert b"Traceback" not in r.stderr and b"Exception ignored" not in r.stderr


# ---------------------------------------------------------------- -o onto a device or a named pipe

def _read_fifo(path, got: list) -> threading.Thread:
    def reader() -> None:
        with open(path, "rb") as fh:
            got.append(fh.read())
    t = threading.Thread(target=reader, daemon=True)
    t.start()
    return t


@pytest.mark.parametrize("args", [("--json",), ("--yaml",)])
def test_output_to_a_named_pipe_writes_into_it(tmp_path, args) -> None:
    """`-o PIPE` (and `-o /dev/null`) renamed a temp file over the target: the pipe — as root,
    /dev/null itself — became a regular file for every program after. It is written in place."""
    fifo = tmp_path / "out.pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    t = _read_fifo(fifo, got)
    r = run(str(SEED), *args, "-o", str(fifo))
    t.join(30)
    assert r.returncode == 0, r.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert got and "503-TB/TU" in got[0].decode("utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["out.pipe"]  # no temp file left


def test_check_output_to_a_named_pipe(tmp_path) -> None:
    fifo = tmp_path / "findings.pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    t = _read_fifo(fifo, got)
    r = run("check", str(SEED), "--output-format", "json", "-o", str(fifo))
    t.join(30)
    assert r.returncode in (0, 1), r.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert isinstance(json.loads(got[0]), (list, dict))


def test_batch_jsonl_to_a_named_pipe(tmp_path) -> None:
    """The batch's stream file too; and no "<pipe>.report.jsonl" is written beside a device."""
    fifo = tmp_path / "notices.pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    t = _read_fifo(fifo, got)
    r = run("batch", str(SEED), "--format", "jsonl", "-o", str(fifo), "--quiet")
    t.join(30)
    assert r.returncode == 0, r.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert json.loads(got[0].splitlines()[0])["number"]["raw"] == "503-TB/TU"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notices.pipe"]


@pytest.mark.skipif(not HAS_FULL or os.geteuid() != 0, reason="needs root to make a device node")
def test_output_to_a_device_is_written_in_place(tmp_path) -> None:
    """A device node of the test's own (never /dev's: the defect replaced the node it wrote to):
    a full one is refused in one line and stays a device."""
    dev = tmp_path / "full"
    os.mknod(dev, 0o666 | stat.S_IFCHR, os.stat(FULL).st_rdev)
    r = run(str(SEED), "--json", "-o", str(dev))
    assert r.returncode == 2
    assert r.stderr == f"tbparse: {dev}: cannot write: No space left on device\n".encode()
    assert stat.S_ISCHR(os.lstat(dev).st_mode)


# ---------------------------------------------------------------- Word files

import io as _io  # noqa: E402
import zipfile  # noqa: E402

import tbparse  # noqa: E402
from tbparse.errors import InputError, UndecodableInput  # noqa: E402

from .docx_builders import _legacy_encoder, borderless_table, new_doc, para, seed_notice, to_bytes  # noqa: E402

HEAD_L = ["TỈNH ỦY BÌNH THUẬN", "*", "Số 503-TB/TU"]
HEAD_R = ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phan Thiết, ngày 16 tháng 5 năm 2008"]
TITLE = ["THÔNG BÁO", "KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY", "tại buổi làm việc với Đảng ủy khối Doanh nghiệp", "-----"]
BODY = [
    "Ngày 14/5/2008, đồng chí Lê Tiến Phương - Phó Bí thư Thường trực Tỉnh ủy đã có buổi làm việc với "
    "Đảng ủy khối Doanh nghiệp.",
    "1. Đảng ủy khối cần tập trung lãnh đạo các chi bộ thực hiện tốt nhiệm vụ năm 2008.",
    "Văn phòng Tỉnh ủy xin thông báo để các cơ quan biết, thực hiện./.",
]
FOOT_L = ["Nơi nhận:", "- Thường trực Tỉnh ủy;", "- Lưu Văn phòng Tỉnh ủy."]
FOOT_R = ["T/L BAN THƯỜNG VỤ", "PHÓ CHÁNH VĂN PHÒNG", "Huỳnh Đa Trung"]


def _notice_docx(font: str | None = None) -> bytes:
    """A short notice; with *font* every paragraph, capitals too, typed in that legacy font."""
    convert = _legacy_encoder("tcvn3")[2] if font else (lambda t: t)

    def put(container, text, first=False, **kw):
        return para(container, convert(text), font=font, first=first, **kw)

    d = new_doc()
    left, right = borderless_table(d).rows[0].cells
    for i, t in enumerate(HEAD_L):
        put(left, t, first=i == 0, align="center")
    for i, t in enumerate(HEAD_R):
        put(right, t, first=i == 0, align="center")
    for t in TITLE:
        put(d, t, align="center")
    for t in BODY:
        put(d, t)
    left, right = borderless_table(d).rows[0].cells
    for i, t in enumerate(FOOT_L):
        put(left, t, first=i == 0)
    for i, t in enumerate(FOOT_R):
        put(right, t, first=i == 0, align="center")
    return to_bytes(d)


def _fields(d: dict) -> dict:
    return {k: v for k, v in d.items() if k not in ("source",)}


def test_capitals_typed_in_the_normal_tcvn3_font_read_as_capitals() -> None:
    """".VnTime" (not ".VnTimeH") has no toned capitals: "TØNH ñY" shows "TỉNH ủY". A TCVN3 text
    file with these bytes had its capitals restored, the same bytes in a Word run did not: the Party
    heading "ĐảNG CộNG SảN VIệT NAM" and "THÔNG BáO" were no heading and no type — "not a Party
    document"."""
    legacy = tbparse.parse_bytes(_notice_docx(".VnTime"), path="vntime.docx").to_dict()
    plain = tbparse.parse_bytes(_notice_docx(), path="unicode.docx").to_dict()
    assert legacy["source"]["repaired_from"] == ".VnTime"
    assert legacy["issuer"]["name"] == "TỈNH ỦY BÌNH THUẬN" and legacy["doc_type"] == "THÔNG BÁO"
    assert legacy["subject"] == "KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY tại buổi làm việc với Đảng ủy khối Doanh nghiệp"
    assert legacy["signature"]["authority"] == [{"mode": "T/L", "body": "BAN THƯỜNG VỤ"}]
    assert _fields(legacy) == _fields(plain)


def test_small_letters_of_a_vntime_run_stay_small() -> None:
    from tbparse.legacy import decode_legacy_run

    convert = _legacy_encoder("tcvn3")[2]
    for text in ("Số 503-TB/TU", "Bí thư Tỉnh ủy", "ủy ban nhân dân", "Bí", "T/L BAN Bí THƯ"):
        want = "T/L BAN BÍ THƯ" if text.startswith("T/L") else text
        assert decode_legacy_run(convert(text), ".VnTime") == want


def _rezip(data: bytes, edit) -> bytes:
    zin = zipfile.ZipFile(_io.BytesIO(data))
    out = _io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            got = edit(info.filename, zin.read(info.filename))
            if got is not None:
                z.writestr(got[0], got[1])
    return out.getvalue()


def test_main_part_under_another_name_is_read(tmp_path) -> None:
    """The main part is where _rels/.rels points; Word Online and converters save it as
    word/document2.xml. It was refused: "word/document.xml is missing" (and on stdin not even
    taken for a Word file)."""
    def rename(name: str, data: bytes):
        if name == "word/document.xml":
            return "word/document2.xml", data
        if name == "word/_rels/document.xml.rels":
            return "word/_rels/document2.xml.rels", data
        if name in ("_rels/.rels", "[Content_Types].xml"):
            return name, data.replace(b"word/document.xml", b"word/document2.xml")
        return name, data

    data = _rezip(seed_notice(), rename)
    assert b"word/document.xml" not in data
    for path in ("x.docx", None):
        doc = tbparse.parse_bytes(data, path=path).to_dict()
        assert doc["source"]["kind"] == "docx" and doc["number"]["raw"] == "503-TB/TU"
    p = tmp_path / "online.docx"
    p.write_bytes(data)
    r = run(str(p), "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["issuer"]["name"] == "TỈNH ỦY BÌNH THUẬN"


def _corrupt(data: bytes, member: str) -> bytes:
    z = zipfile.ZipFile(_io.BytesIO(data))
    info = z.getinfo(member)
    at = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra) + 20
    out = bytearray(data)
    out[at] ^= 0xFF
    out[at + 1] ^= 0x55
    return bytes(out)


@pytest.mark.parametrize("member", ["word/document.xml", "word/styles.xml"])
def test_a_damaged_zip_member_is_named(member) -> None:
    """Was "not a valid .docx: Error -3 while decompressing data: invalid …" — zlib's words, no part named."""
    with pytest.raises(InputError) as err:
        tbparse.parse_bytes(_corrupt(seed_notice(), member), path="d.docx")
    msg = str(err.value)
    assert msg.startswith(f"d.docx: not a valid .docx: {member} is damaged in the zip archive (")
    assert "\n" not in msg


def test_a_main_part_that_is_no_document_is_refused_in_words() -> None:
    """A zip holding word/document.xml twice (the second one read) whose root is not w:document
    said "cannot read this .docx: AttributeError: 'lxml.etree._Element' object has no attribute 'body'"."""
    import warnings

    data = seed_notice()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile: "Duplicate name"
        out = _io.BytesIO(data)
        with zipfile.ZipFile(out, "a") as z:
            z.writestr("word/document.xml", b"<junk/>")
    with pytest.raises(InputError) as err:
        tbparse.parse_bytes(out.getvalue(), path="d.docx")
    assert str(err.value) == "d.docx: not a valid .docx: word/document.xml holds no Word document body (<junk>)"


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504


def _ole(*streams: str) -> bytes:
    return OLE + b"".join(s.encode("utf-16-le") + b"\0" * 64 for s in streams)


@pytest.mark.parametrize("streams, says", [
    (("EncryptionInfo", "EncryptedPackage"), "this is a password-protected Word (or Office) file; remove the password"),
    (("WordDocument", "1Table"), "this is a Word 97-2003 .doc file"),
    (("Workbook",), "this is an Excel 97-2003 workbook, not a document"),
])
def test_ole_files_say_what_they_are(tmp_path, streams, says) -> None:
    """A .docx saved with a password is an OLE file, as a .doc is: both were called "a Word 97–2003
    or password-protected file" from a path and "a Word 97-2003 .doc file" on stdin."""
    data = _ole(*streams)
    p = tmp_path / "d.docx"
    p.write_bytes(data)
    r = run(str(p), "--json")
    assert r.returncode == 2 and r.stdout == b""
    assert r.stderr.decode().startswith(f"tbparse: {p}: not a valid .docx: {says}")
    assert r.stderr.count(b"\n") == 1
    with pytest.raises(UndecodableInput) as err:
        tbparse.parse_bytes(data)
    assert says in str(err.value)


def test_a_docx_given_a_doc_name_is_read(tmp_path) -> None:
    """Archives rename files: a Word 2007+ file named .doc was refused by its name ("Word 97–2003
    files cannot be read"); its bytes say what it is. A real .doc still is refused so."""
    p = tmp_path / "503.doc"
    p.write_bytes(seed_notice())
    r = run(str(p), "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["source"]["kind"] == "docx"
    p.write_bytes(_ole("WordDocument"))
    r = run(str(p), "--json")
    assert r.returncode == 2
    assert r.stderr == f"tbparse: {p}: Word 97–2003 files cannot be read; convert first: " \
                       f"libreoffice --headless --convert-to docx {p}\n".encode()


# ---------------------------------------------------------------- a file where a folder must be, stdin closed

def test_output_under_a_file_names_the_file_in_the_way(tmp_path) -> None:
    """makedirs said "File exists" — as if the output itself were in the way: "tbparse:
    notes.txt/x.json: cannot write: File exists"."""
    (tmp_path / "notes.txt").write_text("x")
    r = run(str(SEED), "--json", "-o", "notes.txt/x.json", cwd=tmp_path)
    assert r.returncode == 2 and r.stdout == b""
    assert r.stderr == b"tbparse: notes.txt/x.json: cannot write: notes.txt is a file, not a folder\n"


def test_batch_output_tree_with_a_file_in_the_way(tmp_path) -> None:
    arc = tmp_path / "arc"
    (arc / "2008").mkdir(parents=True)
    (arc / "2008" / "503.txt").write_bytes(SEED.read_bytes())
    (arc / "504.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "2008").write_text("in the way")
    r = run("batch", "arc", "-o", "out", "--quiet", cwd=tmp_path)
    assert r.returncode == 1, r.stderr
    report = [json.loads(x) for x in (tmp_path / "out" / "tbparse-report.jsonl").read_text().splitlines()]
    by = {x["path"]: x for x in report}
    assert by["arc/504.txt"]["status"] == "parsed"  # one bad output never stops the batch
    assert by["arc/2008/503.txt"]["status"] == "failed"
    assert by["arc/2008/503.txt"]["reason"] == "cannot write out/2008/503.json: out/2008 is a file, not a folder"
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["2008", "504.json", "tbparse-report.jsonl"]


@pytest.mark.parametrize("args, line", [
    (("-", "--json"), b"tbparse: <stdin>: standard input is closed"),
    (("check", "-"), b"tbparse: <stdin>: standard input is closed"),
    (("check", "--stdin-filename", "draft.txt", "-"), b"tbparse: draft.txt: standard input is closed"),
    (("refs", "-"), b"tbparse refs: <stdin>: standard input is closed"),
])
def test_closed_stdin_is_an_input_error(args, line) -> None:
    """`tbparse - <&-` (a cron job, a service with no stdin) was "internal error: … AttributeError:
    'NoneType' object has no attribute 'buffer'; please report it"."""
    r = subprocess.run([*EXE, *args], stdin=None, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120,
                       preexec_fn=lambda: os.close(0))
    assert r.returncode == 2, r.stderr
    assert r.stderr.splitlines()[0] == line
    assert b"internal error" not in r.stderr and b"Traceback" not in r.stderr


# ---------------------------------------------------------------- a named pipe in a walked folder

def _arc_with_pipe(tmp_path):
    arc = tmp_path / "arc"
    arc.mkdir()
    (arc / "a.txt").write_bytes(SEED.read_bytes())
    os.mkfifo(arc / "p.txt")  # nobody writes it: reading it blocks forever
    return arc


def test_batch_refuses_a_named_pipe_in_a_folder_and_goes_on(tmp_path) -> None:
    """A FIFO named like a document hung `tbparse batch arc/` for good (open() waits for a writer)."""
    _arc_with_pipe(tmp_path)
    r = subprocess.run([*EXE, "batch", "arc", "-o", "out", "-q", "-j", "1"], cwd=tmp_path, capture_output=True,
                       timeout=60)
    assert r.returncode == 1, r.stderr
    report = {x["path"]: x for x in map(json.loads, (tmp_path / "out" / "tbparse-report.jsonl").read_text().splitlines())}
    assert report["arc/a.txt"]["status"] == "parsed"
    assert report["arc/p.txt"]["status"] == "failed"
    assert report["arc/p.txt"]["reason"] == "refused: not a regular file (a named pipe, socket or device)"
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.json", "tbparse-report.jsonl"]


@pytest.mark.parametrize("cmd", ["check", "refs"])
def test_check_and_refs_skip_a_named_pipe_in_a_folder(tmp_path, cmd) -> None:
    _arc_with_pipe(tmp_path)
    r = subprocess.run([*EXE, cmd, "arc"], cwd=tmp_path, capture_output=True, timeout=60)
    assert r.returncode in (0, 1), r.stderr
    assert b"p.txt" not in r.stdout + r.stderr
    assert b"a.txt" in r.stdout + r.stderr


def test_an_empty_output_name_is_a_usage_error() -> None:
    """`-o "$OUT"` with OUT unset printed the JSON to stdout as if no -o were given."""
    for args in ((str(SEED), "--json", "-o", ""), ("check", str(SEED), "-o", "")):
        r = run(*args)
        assert r.returncode == 2 and r.stdout == b""
        assert r.stderr == b"tbparse: -o: an empty file name (give a file name, or - for standard output)\n"


# ---------------------------------------------------------------- archive encodings, pinned by hand

from tbparse.decode import decode_bytes  # noqa: E402

from .encode_helpers import ASCII_FALLBACK, as_cp1252_text, encode  # noqa: E402

_SEED = "".join(ASCII_FALLBACK.get(c, c) for c in SEED.read_text(encoding="utf-8"))  # what VISCII/VPS can hold
_LINES = _SEED.split("\n")
_MEETING = next(i for i, ln in enumerate(_LINES) if ln.startswith("Ngày 14/5/2008"))
_RECIPIENT = next(i for i, ln in enumerate(_LINES) if ln.startswith("- Sở Nội vụ"))


def _enc(text: str, name: str) -> bytes:
    return encode(text, name, ascii_fallback=True)


def _one_line_in(k: int, name: str, eol: str = "\n") -> bytes:
    head = (eol.join(_LINES[:k]) + eol).encode() if k else b""
    return head + _enc(_LINES[k], name) + eol.encode() + eol.join(_LINES[k + 1:]).encode()


HEADINGS = "ĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY BÌNH THUẬN\nTHÔNG BÁO\nT/L BAN THƯỜNG VỤ\nPHÓ CHÁNH VĂN PHÒNG"

# (name, bytes, expected text, source.encoding, repaired_from, warning codes)
ENCODING_CASES = [
    ("tcvn3 CRLF", _enc(_SEED.replace("\n", "\r\n"), "tcvn3"), _SEED, "tcvn3", None, []),
    ("tcvn3 CR only", _enc(_SEED.replace("\n", "\r"), "tcvn3"), _SEED, "tcvn3", None, []),
    ("vni CRLF", _enc(_SEED.replace("\n", "\r\n"), "vni"), _SEED, "vni", None, []),
    ("vni CR only", _enc(_SEED.replace("\n", "\r"), "vni"), _SEED, "vni", None, []),
    ("cp1258 CR only", _enc(_SEED.replace("\n", "\r"), "cp1258"), _SEED, "cp1258", None, []),
    ("viscii CRLF", _enc(_SEED.replace("\n", "\r\n"), "viscii"), _SEED, "viscii", None, []),
    ("BOM over tcvn3", b"\xef\xbb\xbf" + _enc(_SEED, "tcvn3"), _SEED, "tcvn3", None, []),
    ("BOM over vni CRLF", b"\xef\xbb\xbf" + _enc(_SEED.replace("\n", "\r\n"), "vni"), _SEED, "vni", None, []),
    ("utf-8, one tcvn3 body line", _one_line_in(_MEETING, "tcvn3"), _SEED, "utf-8", "tcvn3-bytes-in-utf-8",
     ["mixed-encoding"]),
    ("utf-8, one vni recipient", _one_line_in(_RECIPIENT, "vni"), _SEED, "utf-8", "vni-bytes-in-utf-8",
     ["mixed-encoding"]),
    ("utf-8 CRLF, one vni body line", _one_line_in(_MEETING, "vni", "\r\n"), _SEED, "utf-8", "vni-bytes-in-utf-8",
     ["mixed-encoding"]),
    ("utf-8, tcvn3 header line", _one_line_in(0, "tcvn3"), _SEED, "utf-8", "tcvn3-bytes-in-utf-8", ["mixed-encoding"]),
    ("tcvn3, one utf-8 line", _LINES[0].encode() + b"\n" + _enc("\n".join(_LINES[1:]), "tcvn3"), _SEED, "utf-8",
     "tcvn3-bytes-in-utf-8", ["mixed-encoding"]),
    ("vni header over tcvn3 body", _enc("\n".join(_LINES[:6]), "vni") + b"\n" + _enc("\n".join(_LINES[6:]), "tcvn3"),
     _SEED, "tcvn3", None, []),
    ("tcvn3 capitals font (small codes)", _enc(HEADINGS.lower(), "tcvn3"), HEADINGS, "tcvn3", None, []),
    ("tcvn3 capitals in the normal font", _enc(HEADINGS, "tcvn3"), HEADINGS, "tcvn3", None, []),
    ("vni capitals", _enc(HEADINGS, "vni"), HEADINGS, "vni", None, []),
    ("tiny tcvn3 number", _enc("Số 12-TB/HU", "tcvn3"), "Số 12-TB/HU", "tcvn3", None, []),
    ("tiny vni subject", _enc("về công tác cán bộ", "vni"), "về công tác cán bộ", "vni", None, []),
    ("tiny cp1258 subject", _enc("về công tác cán bộ", "cp1258"), "về công tác cán bộ", "cp1258", None, []),
    ("utf-16-le, no BOM, tiny", "Số 12".encode("utf-16-le"), "Số 12", "utf-16-le", None, []),
    ("utf-16 BOM, CR only", _SEED.replace("\n", "\r").encode("utf-16"), _SEED, "utf-16-le", None, []),
    ("utf-16-be BOM", b"\xfe\xff" + _SEED.encode("utf-16-be"), _SEED, "utf-16-be", None, []),
    ("utf-16 of tcvn3 shown as cp1252", as_cp1252_text(_enc(_SEED, "tcvn3")).encode("utf-16"), _SEED, "utf-16-le",
     "tcvn3-as-cp1252", []),
    ("utf-16 cut short", _SEED.encode("utf-16")[:-1], _SEED[:-1], "utf-16-le", None, ["truncated"]),
    ("tcvn3 that lost its ư", _enc(_SEED, "tcvn3").replace(b"\xad", b""), _SEED, "tcvn3", None, ["lost-soft-hyphen"]),
]


@pytest.mark.parametrize("data, want, encoding, repaired, warnings", [c[1:] for c in ENCODING_CASES],
                         ids=[c[0] for c in ENCODING_CASES])
def test_archive_encodings_read_back(data, want, encoding, repaired, warnings) -> None:
    got = decode_bytes(data)
    assert got.text.replace("\r\n", "\n").replace("\r", "\n") == want
    assert (got.encoding, got.repaired_from, [w[0] for w in got.warnings]) == (encoding, repaired, warnings)


@pytest.mark.parametrize("opt", ["--baseline", "--write-baseline"])
def test_an_empty_baseline_name_is_refused(opt) -> None:
    """`--write-baseline "$B"` with B unset wrote no baseline and exited 0 — the CI job went on
    believing it had one; `--baseline ""` hid nothing, silently."""
    r = run("check", str(SEED), opt, "")
    assert r.returncode == 2 and r.stdout == b""
    assert r.stderr == f"tbparse: {opt}: an empty file name\n".encode()
