"""Take the closing formula off the end of the body.

"Văn phòng Tỉnh uỷ xin thông báo ý kiến kết luận … để … biết và triển khai thực hiện./." — the last
body paragraph when it says who notifies whom to do what, or ends with the "./." end mark after
such wording. Runs before the structure step so the formula never lands inside the last item.
"""
from __future__ import annotations

import re

from ..fold import fold
from ..state import State

# folded: "van phong tinh uy xin thong bao … de … biet va trien khai thuc hien./."
CLOSING = re.compile(
    r"(thong bao|de nghi|yeu cau)\b.{0,400}?\bde\b.{0,300}?\b(biet|thuc hien|chi dao|quan triet|trien khai|phoi hop)"
)


def run(st: State) -> None:
    if not st.paras:
        return
    last = st.paras[-1]
    f = fold(last.text)
    if len(f) > 900:
        return
    if CLOSING.search(f) or (f.endswith("./.") and ("thong bao" in f or "thuc hien" in f)):
        st.closing_para = st.paras.pop()
        st.out["closing"] = last.text
        st.out["layout"]["closing_line"] = last.line
        st.frame.append("closing")
