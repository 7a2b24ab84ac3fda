"""Authority prefix and position that do not go together (T/L ↔ Chánh Văn phòng, K/T X ↔ PHÓ X, T/M ↔ a collective of the issuer).

T/L BAN THƯỜNG VỤ is signed by the (deputy) head of the Văn phòng: "CHÁNH VĂN PHÒNG" or "PHÓ
CHÁNH VĂN PHÒNG" (also "PHÓ CHÁNH VĂN PHÒNG PHỤ TRÁCH" / "… THƯỜNG TRỰC", the deputy in charge). K/T X is signed by a deputy of X: "K/T TRƯỞNG BAN / PHÓ TRƯỞNG BAN". T/M names a
collective (BAN THƯỜNG VỤ, TỈNH ỦY, ĐẢNG ĐOÀN …), never an individual title, and goes with a leader's
position (BÍ THƯ, PHÓ BÍ THƯ, CHỦ NHIỆM …) or none (36-HD/VPTW §II.1.7.1 — format-rules.md §4.3,
§9 TB030). The collective is the issuer's own: a huyện ủy signs T/M HUYỆN ỦY or BAN THƯỜNG VỤ (not
T/M TỈNH ỦY), a chi bộ T/M CHI BỘ (it has no Ban Thường vụ), a đảng đoàn T/M ĐẢNG ĐOÀN; the head of
an advisory body (Ban Tổ chức, Văn phòng …) signs in person or K/T, never T/M (§4.1). The other
way round, a collective never signs in one person's own name: a party committee's, inspection
committee's or đảng đoàn's document signed with no prefix ("PHÓ BÍ THƯ" / name) or K/T ("K/T BÍ
THƯ" / "PHÓ BÍ THƯ", the State's and an advisory body's form) is told to sign T/M the collective
(T/L BAN THƯỜNG VỤ when the Văn phòng signs). A bare "THƯỜNG TRỰC" under "T/M BAN BÍ THƯ" is read
as the signer's position (Thường trực Ban Bí thư) and accepted: 36-HD's examples leave the
position out under T/M BỘ CHÍNH TRỊ / BAN BÍ THƯ, but no rule read forbids it (§4.2, [E]).

Fails::

    T/L BAN THƯỜNG VỤ
    PHÓ BÍ THƯ

Passes::

    T/L BAN THƯỜNG VỤ
    PHÓ CHÁNH VĂN PHÒNG
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from ...fold import fold
from ...vocab import BODY_START
from ..era import FIRST_RULES
from ..parts import lower_case_body, signature_blocks
from ..tables import COLLECTIVES, ORG_AFTER_TITLE, SURNAMES, TITLES, TM_POSITIONS, misspelt_opening

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB030"
NAME = "authority-position"
SEVERITY = "warning"
ERA = ("2004", "2018", "2026")
CHECKS = "text"


def _f(s: str | None) -> str:
    return " ".join(fold(s or "").split())


# The collectives a T/M may name, by their leading words (folded): "T/M BAN THƯỜNG VỤ TỈNH ỦY" is a
# "ban thuong vu". Others (HỘI ĐỒNG, BAN CHỈ ĐẠO, ĐOÀN CHỦ TỊCH …) are not judged against the issuer.
_KINDS = (
    "ban thuong vu", "thuong truc", "ban chap hanh trung uong", "ban chap hanh", "bo chinh tri", "ban bi thu",
    "tinh uy", "thanh uy", "huyen uy", "quan uy", "thi uy", "dang uy", "chi bo", "chi uy", "dang doan",
    "ban can su dang", "uy ban kiem tra",
)
# What an issuer (its name's leading words, folded) signs T/M for: the committee itself, its
# standing bodies; a chi bộ has no Ban Thường vụ, an advisory body no collective at all.
_COMMITTEE = ("ban thuong vu", "thuong truc", "ban chap hanh")
_ISSUER_TM = (
    ("ban chap hanh trung uong", ("ban chap hanh trung uong", "bo chinh tri", "ban bi thu")),
    ("tinh uy", ("tinh uy",) + _COMMITTEE), ("thanh uy", ("thanh uy",) + _COMMITTEE),
    ("huyen uy", ("huyen uy",) + _COMMITTEE), ("quan uy", ("quan uy",) + _COMMITTEE),
    ("thi uy", ("thi uy",) + _COMMITTEE), ("dang uy", ("dang uy",) + _COMMITTEE),
    ("chi bo", ("chi bo", "chi uy")), ("dang doan", ("dang doan",)), ("ban can su dang", ("ban can su dang",)),
    ("uy ban kiem tra", ("uy ban kiem tra", "thuong truc")),
)
# Advisory bodies: their head signs in his own name (TRƯỞNG BAN, CHÁNH VĂN PHÒNG) or a deputy K/T
_ADVISORY = ("ban to chuc", "ban tuyen giao", "ban dan van", "ban noi chinh", "ban kinh te", "ban doi ngoai", "van phong")


_SHOWN = {
    "ban thuong vu": "BAN THƯỜNG VỤ", "thuong truc": "THƯỜNG TRỰC", "ban chap hanh trung uong": "BAN CHẤP HÀNH TRUNG ƯƠNG",
    "bo chinh tri": "BỘ CHÍNH TRỊ", "ban bi thu": "BAN BÍ THƯ", "tinh uy": "TỈNH ỦY", "thanh uy": "THÀNH ỦY",
    "huyen uy": "HUYỆN ỦY", "quan uy": "QUẬN ỦY", "thi uy": "THỊ ỦY", "dang uy": "ĐẢNG ỦY", "chi bo": "CHI BỘ",
    "chi uy": "CHI ỦY", "dang doan": "ĐẢNG ĐOÀN", "ban can su dang": "BAN CÁN SỰ ĐẢNG", "uy ban kiem tra": "ỦY BAN KIỂM TRA",
}


def _kind(fname: str, table) -> str | None:
    """The entry of *table* that *fname* (folded) starts with, as whole words."""
    return next((k for k in table if fname == k or fname.startswith(k + " ")), None)


def _issuer_clash(fbody: str, issuer: str) -> str | None:
    """Why «T/M <body>» cannot sign for *issuer* (folded names), or None: a district committee
    signing T/M TỈNH ỦY, a chi bộ T/M BAN THƯỜNG VỤ, a Ban Tổ chức T/M BAN THƯỜNG VỤ or T/M BAN TỔ
    CHỨC (36-HD/VPTW §II.1.7.1 — format-rules.md §4.1, §4.3). Bodies or issuers of other kinds are
    not judged."""
    if _kind(issuer, _ADVISORY):
        return "the head of an advisory body signs in person (TRƯỞNG BAN, CHÁNH VĂN PHÒNG) or a deputy K/T, not T/M"
    kind = _kind(fbody, _KINDS)
    if kind is None:
        return None
    allowed = next((a for k, a in _ISSUER_TM if _kind(issuer, (k,))), None)
    if allowed is None or kind in allowed:
        return None
    names = [_SHOWN[a] for a in allowed if a != "ban chap hanh"]
    return "it signs T/M " + (", ".join(names[:-1]) + " or " + names[-1] if len(names) > 1 else names[0])


def _collective(issuer: str) -> str | None:
    """How a collective issuer (folded name) signs, shown: '"T/M HUYỆN ỦY" or "T/M BAN THƯỜNG VỤ"'; None
    for an issuer that is no party committee, inspection committee, đảng đoàn or ban cán sự đảng."""
    allowed = next((a for k, a in _ISSUER_TM if _kind(issuer, (k,))), None)
    if allowed is None:
        return None
    names = [f"\"T/M {_SHOWN[a]}\"" for a in allowed if a not in ("ban chap hanh", "thuong truc", "chi uy")]
    return ", ".join(names[:-1]) + " or " + names[-1] if len(names) > 1 else names[0]


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    blocks = signature_blocks(notice, ctx)  # a joint document's cosigners too
    issuer = (notice.get("issuer") or {}).get("name") or ""
    if len(blocks) > 1 or " - " in issuer or lower_case_body(ctx):
        # a joint document: which block signs for which body is not known; a body name not in
        # capitals: the parent line above it was read as the issuer (TB003 names it)
        issuer = ""
    for sig, lay in blocks:
        yield from _block(sig, lay, ctx, issuer)


# A deputy in charge or the standing deputy: "PHÓ CHÁNH VĂN PHÒNG PHỤ TRÁCH", "PHÓ CHÁNH VĂN PHÒNG
# THƯỜNG TRỰC" — the title judged is the one before the qualifier (folded; audit 23)
_QUALIFIERS = (" phu trach", " thuong truc")


def _unqualified(fpos: str) -> str:
    """*fpos* without a trailing "phụ trách"/"thường trực" after a Văn phòng title."""
    for q in _QUALIFIERS:
        if fpos.endswith(q) and fpos[: -len(q)].endswith("chanh van phong"):
            return fpos[: -len(q)]
    return fpos


def _own_name(sig: dict, lay: dict, ctx: Ctx, issuer: str) -> Iterator[Finding]:
    """A collective's document signed by one person in his own name — no prefix ("BÍ THƯ" / name)
    or "K/T BÍ THƯ" / "PHÓ BÍ THƯ", the State's and an advisory body's form: a party committee, its
    inspection committee, a đảng đoàn sign T/M the collective, its Văn phòng T/L BAN THƯỜNG VỤ
    (36-HD/VPTW §II.1.7.1 [T] — format-rules.md §4.1, §4.3). Not asked of documents older than the
    first Party rules on format (1997)."""
    collective = _collective(_f(issuer)) if issuer else None
    if collective is None or ctx.issued_before(FIRST_RULES):
        return
    auths = sig.get("authority") or []
    pos = sig.get("position")
    if _unqualified(_f(pos)) in ("chanh van phong", "pho chanh van phong") and "BAN THƯỜNG VỤ" in collective:
        collective = "\"T/L BAN THƯỜNG VỤ\""  # the Văn phòng signs by the standing committee's order
    if not auths and pos:
        yield ctx.hit(lay.get("position_line"), f"«{issuer}» signs on behalf of the collective: put {collective} "
                      f"above «{pos}»", find=pos)
    elif auths and auths[0]["mode"] == "K/T":
        lines = lay.get("authority_lines") or []
        body = auths[0]["body"]
        yield ctx.hit(lines[0] if lines else lay.get("position_line"),
                      f"«K/T {body}» is how a deputy signs for the head of an advisory body; «{issuer}» signs on behalf "
                      f"of the collective: {collective}", find=body)


def _spelling(sig: dict, lay: dict, ctx: Ctx) -> Iterator[Finding]:
    """The fixed words of the collective and the position typed wrong: "T/M BAN THƯƠNG VỤ",
    "CHANH VAN PHONG" (audit 23; case and the old "UỶ" are not judged)."""
    lines = lay.get("authority_lines") or []
    for k, a in enumerate(sig.get("authority") or []):
        bad = misspelt_opening(a.get("body") or "")
        if bad:
            typed = a["body"][bad[0]:bad[1]]
            yield ctx.hit(lines[k] if k < len(lines) else (lines[-1] if lines else lay.get("position_line")),
                          f"write «{bad[2]}», not «{typed}»", find=typed)
    pos = sig.get("position") or ""
    bad = misspelt_opening(pos[3:] if pos.startswith("Q. ") else pos)
    if bad:
        off = 3 if pos.startswith("Q. ") else 0
        typed = pos[off + bad[0]:off + bad[1]]
        yield ctx.hit(lay.get("position_line"), f"write «{bad[2]}», not «{typed}»", find=typed)


def _block(sig: dict, lay: dict, ctx: Ctx, issuer: str = "") -> Iterator[Finding]:
    yield from _spelling(sig, lay, ctx)
    yield from _own_name(sig, lay, ctx, issuer)
    auths = sig.get("authority") or []
    if not auths:
        return
    lines = lay.get("authority_lines") or []
    pos = sig.get("position")
    pos_line = lay.get("position_line")
    fpos = _f(pos)
    if fpos.startswith("q. "):
        fpos = fpos[3:]  # "Q. CHÁNH VĂN PHÒNG": acting in the office, the title is the one judged
    org = ORG_AFTER_TITLE.search(fpos)
    if org:  # "PHÓ CHÁNH VĂN PHÒNG TỈNH ỦY": the organisation after the title is TB031's; judge the title
        fpos = fpos[: org.start()]
    fpos = _unqualified(fpos)
    for k, a in enumerate(auths):
        mode, body = a["mode"], a["body"]
        fbody = _f(body)
        line = lines[k] if k < len(lines) else (lines[-1] if lines else pos_line)
        last = k == len(auths) - 1
        if mode == "T/M":
            if not fbody.startswith(COLLECTIVES) and fbody.startswith(TITLES):
                yield ctx.hit(line, f"T/M (on behalf of) names a collective, not a title: «T/M {body}»", find=body)
            elif fbody and not fbody.startswith(COLLECTIVES) and not BODY_START.match(fbody) and fbody.split()[0] in SURNAMES:
                # "T/M NGUYỄN VĂN AN": a person — the position under it is not the fault
                yield ctx.hit(line, f"T/M (on behalf of) names a collective (BAN THƯỜNG VỤ, TỈNH ỦY …), not a person: «T/M {body}»",
                              find=body)
            elif issuer and (why := _issuer_clash(fbody, _f(issuer))):
                yield ctx.hit(line, f"«T/M {body}» does not sign for «{issuer}»: {why}", find=body)
            elif last and pos and not fpos.startswith(TM_POSITIONS):
                yield ctx.hit(pos_line, f"«{pos}» does not sign T/M {body}: expected a leader's title (BÍ THƯ, PHÓ BÍ THƯ, CHỦ NHIỆM …)",
                              find=pos)
        elif mode == "T/L" and last and fbody.startswith(("ban thuong vu", "thuong truc")):
            if fpos not in ("chanh van phong", "pho chanh van phong"):
                where = pos_line or line
                yield ctx.hit(where, f"T/L {body} is signed by the CHÁNH or PHÓ CHÁNH VĂN PHÒNG, not «{pos or 'no position'}»",
                              find=pos if pos else body)
        elif mode == "K/T" and last and not (k == 0 and issuer and _collective(_f(issuer))):
            if not pos:
                yield ctx.hit(line, f"K/T {body}: the deputy's position (\"PHÓ {body}\") is missing", find=body)
            elif not (fpos.startswith("pho " + fbody) or fpos.startswith("pho ") and ("pho " + fbody).startswith(fpos + " ")):
                # "K/T TRƯỞNG BAN TỔ CHỨC" / "PHÓ TRƯỞNG BAN" names the body once, as the joint form does
                yield ctx.hit(pos_line, f"K/T {body} is signed by a deputy: expected \"PHÓ {body}\", not «{pos}»", find=pos)
