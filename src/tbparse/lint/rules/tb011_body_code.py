"""Body code in the number unknown or not matching the issuing body in the header.

The code after the slash names the issuing body: TỈNH ỦY → TU, HUYỆN ỦY → HU, ĐẢNG ỦY → ĐU, the
Central Committee → TW, an advisory body → its initials + its committee's code (BAN TỔ CHỨC under a
TỈNH ỦY → BTCTU, VĂN PHÒNG under the Central Committee → VPTW). A notice of the standing
committee's conclusions signed by the Văn phòng keeps the committee's code (-TB/TU). Joint
documents list the lead body first ("05-QC/BTCTU-BDVTU") (36-HD/VPTW §II.1.3.1(b) — format-rules.md
§2.3, §9 TB011). Codes of bodies the tables do not know can be added under ``issuer-codes`` in
``[tool.tbparse]``.

Fails::

    HUYỆN ỦY ĐỨC LINH …
    Số 05-TB/TU

Passes::

    HUYỆN ỦY ĐỨC LINH …
    Số 05-TB/HU
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from ...fold import fold
from ..parts import lower_case_body, number_span, state_cong_van
from ..tables import KNOWN_BODY_CODE, expected_body_codes

if TYPE_CHECKING:
    from ...source import Source
    from ..context import Ctx
    from ..finding import Finding

ID = "TB011"
NAME = "body-code"
SEVERITY = "warning"
ERA = ("2004", "2018", "2026")
CHECKS = "text"


def _for_the_committee(notice: dict) -> bool:
    """A notice the Văn phòng issues for its committee — signed "T/L BAN THƯỜNG VỤ", or by the
    Văn phòng itself — is numbered in the committee's series (format-rules §2.3, the note on TB);
    an Ủy ban Kiểm tra or a Ban signing for itself ("T/M ỦY BAN KIỂM TRA") uses its own code."""
    issuer = (notice.get("issuer") or {}).get("name") or ""
    modes = [a.get("mode") for a in ((notice.get("signature") or {}).get("authority") or [])]
    return fold(issuer).startswith("van phong") or "T/L" in modes


def check(notice: dict, source: Source, ctx: Ctx) -> Iterator[Finding]:
    number = notice.get("number")
    got = number_span(ctx)
    if not number or not got:
        return
    span, _ = got
    codes = number["issuer_code"].split("-")
    lead = codes[0]
    where = {"find": lead, "start": span.start + span.text.find("/") if "/" in span.text else span.start}
    if state_cong_van(notice):
        return  # "6254/VPTW-TH": the State's unit after the body code; TB007 gives the Party form
    issuer = notice.get("issuer")
    if issuer and lower_case_body(ctx):
        return  # "TỈNH ỦY AN GIANG" / "Ban cán sự đảng …": the parent was read as the issuer (TB003)
    configured = ctx.config.issuer_codes
    expected = expected_body_codes(issuer["name"], issuer.get("parent"), configured) if issuer else None
    if expected:
        if lead in expected:
            return
        if issuer.get("parent") and number.get("type_code") == "TB" and _for_the_committee(notice):
            parent_codes = expected_body_codes(issuer["parent"], None, configured) or ()
            if lead in parent_codes:
                return  # the committee's conclusions, in its series (-TB/TU signed T/L by the Văn phòng)
        yield ctx.hit(span.line, f"body code \"{lead}\" does not match the issuer «{issuer['name']}» (expected {' or '.join(expected)})",
                      **where)
        return
    known = set(configured.values())
    for code in codes:
        if code not in known and not KNOWN_BODY_CODE.match(code):
            yield ctx.hit(span.line, f"unknown body code \"{code}\" (if it is right, add it under issuer-codes in [tool.tbparse])",
                          find=code, start=where["start"])
