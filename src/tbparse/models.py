"""The output contract (schema_version "1") as pydantic models.

These models are the documented shape of ``tbparse.parse`` results and the source of
``tbparse schema``. The parser itself builds plain dicts of this shape (fast, no validation on the
hot path); :func:`notice_from_dict` validates one into a :class:`Notice`. Field names are fixed by
the contract: add fields, never rename.
"""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, model_serializer
from typing_extensions import TypedDict


class _M(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SourceInfo(_M):
    path: Optional[str] = Field(None, description="input path; null for stdin or in-memory text")
    encoding: str = Field(description="utf-8, utf-8-sig, utf-16-le, utf-16-be, cp1258, tcvn3, vni, viscii, vps, docx")
    sha256: str = Field(description="SHA-256 of the input bytes")
    repaired_from: Optional[str] = Field(None, description="mojibake repaired, e.g. tcvn3-as-cp1252")
    kind: str = Field("text", description="text or docx")


class Issuer(_M):
    name: str = Field(description="issuing body: the line(s) above '*', joined by one space")
    parent: Optional[str] = Field(None, description="superior body line(s) above the issuer")


class Number(_M):
    raw: str = Field(description='"503-TB/TU": as printed without "Số", colon and stray spaces')
    seq: int
    type_code: str = Field(description='"TB", "QĐi", …')
    issuer_code: str = Field(description='"TU", "BTCTU-BDVTU" (joint documents)')


class Person(_M):
    name: str
    title: Optional[str] = None


class Meeting(_M):
    date: Optional[str] = Field(None, description="YYYY-MM-DD; a session over several days: its first day")
    end: Optional[str] = Field(None, description="YYYY-MM-DD, the last day of a session over several days")
    chair: list[Person] = []
    with_: Optional[str] = Field(None, alias="with")
    line: Optional[int] = None

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Paragraph(_M):
    line: int
    text: str


class Due(_M):
    text: str
    by: Optional[str] = None


class _Directive(_M):
    """Items and bullets carry ``due`` only when they state a deadline (``due?`` in the contract)."""

    @model_serializer(mode="wrap")
    def _no_null_due(self, handler):  # noqa: ANN001, ANN202 - pydantic's serializer protocol
        # what the parser writes and --json prints: no "due": null on the other directives
        d = handler(self)
        if d.get("due") is None:
            d.pop("due", None)
        return d


class Bullet(_Directive):
    marker: str
    line: int
    text: str
    paragraphs: list[Paragraph] = []
    bullets: list["Bullet"] = []
    due: Optional[Due] = None


class Item(_Directive):
    number: str
    line: int
    text: str
    paragraphs: list[Paragraph] = []
    bullets: list[Bullet] = []
    items: list["Item"] = []
    due: Optional[Due] = None


class SectionParagraph(_Directive):
    """A section's own paragraph: a deadline it states is its ``due`` (there is no item to carry
    it — "Đề nghị các cơ quan … gửi về Văn phòng trước 16 giờ 00 ngày 12/10/2024.")."""

    line: int
    text: str
    due: Optional[Due] = None


class Section(_M):
    number: Optional[str] = None
    title: Optional[str] = None
    role: Literal["assessment", "directives", "other"]
    line: int
    paragraphs: list[SectionParagraph] = []
    items: list[Item] = []


class Authority(_M):
    mode: str = Field(description='"T/M", "K/T", "T/L", "Q." (or a State form like "TM." as printed)')
    body: str


class Cosigner(_M):
    """Another body's signature beside the first in a joint document ("Số 05-QC/BTCTU-BDVTU")."""

    authority: list[Authority] = []
    position: Optional[str] = None
    signer: Optional[str] = None
    note: Optional[str] = None


class Signature(_M):
    authority: list[Authority] = []
    position: Optional[str] = None
    signer: Optional[str] = None
    note: Optional[str] = None
    cosigners: list[Cosigner] = Field(
        default_factory=list,
        description="a joint document's other blocks, side by side with this one (the leftmost), left to "
                    "right; the key is left out when there are none")

    @model_serializer(mode="wrap")
    def _no_empty_cosigners(self, handler):
        """Leave ``cosigners`` out unless a joint document has some: a field added to schema "1"
        keeps every single-signature output exactly as before."""
        d = handler(self)
        if not d.get("cosigners"):
            d.pop("cosigners", None)
        return d


class CopySignature(Cosigner):
    """The copying office's signature under a certified copy ("T/L BAN THƯỜNG VỤ" / "CHÁNH VĂN PHÒNG")."""


class CopyBlock(_M):
    """A certified copy's block typed under the original's footer: the copying office's label,
    issuer, number, place and date, signature and recipients."""

    label: str = Field(description='"SAO Y BẢN CHÍNH", "SAO LỤC", "TRÍCH SAO" as printed (also in markings)')
    party: Optional[str] = Field(None, description='the party line the copying office repeats over its block: "ĐẢNG CỘNG SẢN VIỆT NAM"')
    issuer: Optional[Issuer] = Field(None, description="the copying office, the line(s) above its '*'")
    number: Optional[Number] = Field(None, description='the copy\'s own number: "12-SY/VPHU"')
    place: Optional[str] = None
    date: Optional[str] = Field(None, description="YYYY-MM-DD, from the copy's date line")
    signature: Optional[CopySignature] = None
    recipients: list[str] = []
    line: int = Field(description="the label's line")


class Appendix(_M):
    """An appendix attached under the signature ("PHỤ LỤC" / its title / "(Kèm theo Kế hoạch số …)")."""

    label: str = Field(description='the label line as printed: "PHỤ LỤC", "PHỤ LỤC II", "Phụ lục số 02", "DANH SÁCH …"')
    title: Optional[str] = Field(None, description="the capitals title under the label (or after it on its line)")
    attached: Optional[str] = Field(None, description='"Kèm theo Kế hoạch số 48-KH/BTCTU ngày 22/3/2021 …" without its parentheses')
    line: int = Field(description="the label's line")
    paragraphs: list[Paragraph] = Field(default_factory=list, description="its text, one paragraph a line (hard wraps joined)")


class Footnote(_M):
    """A note under the signature whose mark the body carries after a word ("Phước An(1)")."""

    mark: str = Field(description='"1" for "(1)", "[1]" or "¹"; the figures as typed ("01" for "(01)")')
    line: int
    text: str = Field(description="the note without its mark, wrapped lines joined")


# What the text mentions. TypedDicts, not models: ``doc.references[0]["number"]`` stays a plain
# dict lookup for library users, while the values are still validated and in ``tbparse schema``.
class Reference(TypedDict):
    """A document the text cites, once per document; ``text`` is its first citation as printed."""

    __pydantic_config__ = ConfigDict(extra="forbid")  # type: ignore[misc]
    text: str
    kind: str  # "Chỉ thị", "Nghị quyết", "Kết luận", "Nghị định", "Cuộc vận động", …
    system: Literal["party", "state"]
    number: Optional[str]  # canonical: "20-CT/TU", "87/2007/NĐ-CP"; null for a named resolution
    seq: Optional[int]
    type_code: Optional[str]
    issuer_code: Optional[str]
    year: Optional[int]
    date: Optional[str]  # YYYY-MM-DD
    issuer: Optional[str]  # "Ban Thường vụ Tỉnh ủy"
    lines: list[int]  # every line it is cited on


class NamedPerson(TypedDict):
    """A person named with a title or honorific ("đồng chí Lê Tiến Phương – Phó Bí thư …")."""

    __pydantic_config__ = ConfigDict(extra="forbid")  # type: ignore[misc]
    name: str
    title: Optional[str]
    lines: list[int]


class DateMention(TypedDict):
    """A date or period in the body: ``date`` for a day, ``start``/``end`` for a period."""

    __pydantic_config__ = ConfigDict(extra="forbid")  # type: ignore[misc]
    text: str
    date: Optional[str]
    start: Optional[str]
    end: Optional[str]
    line: int


class Abbreviation(TypedDict):
    """A known abbreviation the text uses ("UVBTV") and its expansion."""

    __pydantic_config__ = ConfigDict(extra="forbid")  # type: ignore[misc]
    abbr: str
    expansion: str
    lines: list[int]


class Unplaced(_M):
    line: int
    text: str


class Warning_(_M):
    code: str
    line: Optional[int] = None
    message: str


class Notice(_M):
    """One parsed Party document (a notice or any other type sharing its header and footer)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True)

    schema_version: Literal["1"] = "1"
    source: SourceInfo
    party: Optional[str] = None
    issuer: Optional[Issuer] = None
    number: Optional[Number] = None
    place: Optional[str] = None
    date: Optional[str] = Field(None, description="YYYY-MM-DD, from the header date line")
    doc_type: Optional[str] = None
    subject: Optional[str] = None
    author: Optional[str] = Field(
        None, description='the body a type line names on a line of its own under it ("KẾT LUẬN" / "CỦA BỘ CHÍNH TRỊ" '
        '→ "BỘ CHÍNH TRỊ"); the key is left out when there is none')
    markings: list[str] = []
    meeting: Optional[Meeting] = None
    attendees: list[str] = []
    preamble: list[Paragraph] = []
    sections: list[Section] = []
    closing: Optional[str] = None
    signature: Optional[Signature] = None
    recipients: list[str] = []
    copy_: Optional[CopyBlock] = Field(
        None, alias="copy",
        description="a certified copy's block under the footer; the key is left out when there is none")
    appendices: list[Appendix] = Field(
        default_factory=list, description="appendices under the signature; the key is left out when there are none")
    footnotes: list[Footnote] = Field(
        default_factory=list, description="footnotes under the signature; the key is left out when there are none")
    references: list[Reference] = []
    people: list[NamedPerson] = []
    dates: list[DateMention] = []
    abbreviations: list[Abbreviation] = []
    unplaced: list[Unplaced] = []
    warnings: list[Warning_] = []
    layout: dict = Field(default_factory=dict, description="where each header/footer part was found (line numbers)")

    @model_serializer(mode="wrap")
    def _no_null_copy(self, handler):  # noqa: ANN001, ANN202 - pydantic's serializer protocol
        """Leave ``copy`` out unless the document is a certified copy, ``appendices`` and
        ``footnotes`` unless it has some: a field added to schema "1" keeps every other output
        exactly as before (as the parser's dict does)."""
        d = handler(self)
        if d.get("copy", 0) is None:
            d.pop("copy")
        if d.get("copy_", 0) is None:  # dumped without aliases
            d.pop("copy_")
        if d.get("author", 0) is None:  # added to schema "1" the same way
            d.pop("author")
        for key in ("appendices", "footnotes"):  # added to schema "1" the same way
            if not d.get(key, True):
                d.pop(key)
        return d

    def to_dict(self) -> dict:
        """The contract dict (what ``--json`` prints)."""
        return self.model_dump(mode="json", by_alias=True)


def notice_from_dict(d: dict) -> Notice:
    """Validate a parser dict into a :class:`Notice`."""
    return Notice.model_validate(d)
