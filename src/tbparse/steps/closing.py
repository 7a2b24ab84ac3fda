"""Take the closing sentence off the end of the body.

The genre ends the body with one sentence after the last directive, closed by the "./." end mark:
"Văn phòng Tỉnh uỷ xin thông báo ý kiến kết luận … để … biết và triển khai thực hiện./.", "Chỉ thị
này được phổ biến đến chi bộ./.", "Giao … theo dõi, đôn đốc việc thực hiện Kết luận này./.", "… kính
trình Ban Thường vụ Tỉnh ủy xem xét, cho ý kiến./." (format-rules.md §6.1 end of the body, §6.2(7)).
The last body paragraph is that sentence when it opens with no item marker and either says who
notifies whom to do what or ends with "./.". Runs before the structure step so the sentence never
lands inside the last item or bullet.

Not the closing: a paragraph that opens with a marker ("2. …", "Điều 4. …", "a) …", "- …") — a
directive that merely ends the body, so TB026 may rightly say the formula is missing; the text under
a bare heading ("Điều 4. Hiệu lực thi hành" / "Quy định này có hiệu lực từ ngày ký./."); in a
normative text (articles "Điều N."), a trailing sentence that only ends with "./." — it belongs to
the last article; the only paragraph of a body — it is the body.
"""
from __future__ import annotations

from ..fold import fold
from ..state import Para, State
from .structure import ARTICLE, BULLET, CHAPTER, ITEM_SIMPLE, NESTED, PAREN, PART, POINT
from ..lazyre import lazy_re

# folded: "van phong tinh uy xin thong bao … de … biet va trien khai thuc hien./."
CLOSING = lazy_re(
    r"(thong bao|de nghi|yeu cau)\b.{0,400}?\bde\b.{0,300}?\b(biet|thuc hien|chi dao|quan triet|trien khai|phoi hop)"
)
# a call to carry the whole document out, one sentence with no "để …" (folded): "Ban Thường vụ Huyện ủy
# yêu cầu các cấp ủy, tổ chức đảng nghiêm túc thực hiện.", "Đề nghị các cấp ủy, tổ chức đảng triển
# khai thực hiện." — not a directive of its own ("Đề nghị Ủy ban … hỗ trợ kinh phí …")
#   (its addressees "các …" or "Đảng ủy xã Chiềng Châu và các cơ quan liên quan", then only how to
#   carry it out: no task of its own — "chỉ đạo", "báo cáo", "hoàn thành" … before "thực hiện")
CALL = lazy_re(r"(?:^|\s)(?:yeu cau|de nghi)\s+(?:[^.;:]{0,80}?\s)?cac\s[^.;:]{0,200}?\b(?:thuc hien|trien khai|quan triet)"
               r"(?:\s+(?:nghiem tuc|tot|co hieu qua|thong bao nay|ket luan nay))?\s*(?:\./\.|\.)?$")
# the document sent down to the cells, with or without its end mark (folded): "Chỉ thị này được phổ
# biến đến chi bộ.", "Nghị quyết này phổ biến đến các chi bộ …" — a PDF's text may lose the "./."
_SPREAD = lazy_re(r"(?:chi thi|nghi quyet|ket luan|thong bao|huong dan|ke hoach|quy dinh) nay (?:duoc )?pho bien\b")
_TASK = lazy_re(r"\b(?:chi dao|xay dung|hoan thanh|bao cao|phoi hop|ra soat|huong dan|tham muu|ho tro|bo tri|lap)\b")
# the markers the structure step opens a node on: "II. …", "Chương II", "Điều 4. …", "2. …",
# "1.2. …", "(1) …", "a) …", "- …"
_MARKERS = (PART, CHAPTER, ARTICLE, ITEM_SIMPLE, NESTED, PAREN, POINT, BULLET)
# a sentence or clause end: "… hoàn thành trước ngày 30/6./.", "… ;" — a heading has none
# ("Điều 4. Hiệu lực thi hành", "3. Tổ chức thực hiện:")
_SENTENCE_END = lazy_re(r"[.;!?…]\W*$")


def _marked(p: Para) -> bool:
    """The paragraph opens with an item, point, article, part or bullet marker."""
    return any(m.match(p.text) for m in _MARKERS)


def _bare_heading(p: Para) -> bool:
    """ "Điều 4. Hiệu lực thi hành", "III. TỔ CHỨC THỰC HIỆN": a marked title awaiting its text."""
    return _marked(p) and not _SENTENCE_END.search(p.text)


def _normative(paras: list[Para]) -> bool:
    """Articles "Điều N." carry the body: its last sentences are the last article's text."""
    return any(ARTICLE.match(p.text) for p in paras)


def _is_closing(paras: list[Para]) -> bool:
    """The last paragraph is the closing sentence: by its words, or by its end mark where it can be."""
    last = paras[-1]
    f = fold(last.text)
    if len(f) > 900 or _marked(last):
        return False
    if CLOSING.search(f) or len(f) < 300 and ("yeu cau" in f or "de nghi" in f) and CALL.search(f) and not _TASK.search(f):
        return True
    if not (f.endswith("./.") or f[:1] in "cnktqh" and _SPREAD.match(f)) or len(paras) < 2:
        return False
    return not _bare_heading(paras[-2]) and not _normative(paras)


def _split_tail(p: Para) -> tuple[Para, Para] | None:
    """A formula on its own last line(s), joined to the last item where no blank line parts them.

    "1. Sở Tài chính tham mưu điều chỉnh Quyết định số 123/QĐ-UBND." / "Văn phòng Tỉnh ủy thông
    báo để các cơ quan biết, thực hiện./." → the item, and the formula as its own paragraph.
    """
    lines = p.lines
    for k in range(len(lines) - 1, max(0, len(lines) - 4), -1):
        if not _SENTENCE_END.search(lines[k - 1].text) or not lines[k].text[:1].isupper():
            continue
        tail = Para(lines[k:])
        f = fold(tail.text)
        if f.endswith("./.") and CLOSING.search(f):
            return Para(lines[:k]), tail
    return None


def run(st: State) -> None:
    if not st.paras:
        return
    if _marked(st.paras[-1]) and len(st.paras[-1].lines) > 1:
        split = _split_tail(st.paras[-1])
        if split:
            st.paras[-1:] = split
    if not _is_closing(st.paras):
        return
    last = st.paras.pop()
    text = last.text
    if len(last.lines) > 1 and last.lines[-1].text == "./." and text.endswith(" ./."):
        text = text[:-4] + "./."  # "… biết, thực hiện" / "./.": the end mark wrapped onto a line of its own
    if len(st.paras) > 1 and not _marked(st.paras[-1]) and fold(st.paras[-1].text[:12]) == "tren day la ":
        # "Trên đây là ý kiến kết luận của Ban Thường vụ Huyện ủy." / "Văn phòng Huyện ủy thông báo để …
        # thực hiện./.": the formula's first sentence in a paragraph of its own (audit 23: it was the
        # last item's paragraph); one paragraph, they are the closing already
        lead = st.paras.pop()
        last = Para(lead.lines + last.lines)
        text = lead.text + " " + text
    st.closing_para = last
    st.out["closing"] = text
    st.out["layout"]["closing_line"] = last.line
    st.frame.append("closing")
