"""Run the step chain over a :class:`~tbparse.source.Source` and return the contract dict.

The dict is the output: the CLI serialises it directly (no model building on the hot path) and the
library validates it into :class:`tbparse.models.Notice`.
"""
from __future__ import annotations

from .errors import NotPartyDocument
from .source import Source
from .state import State
from .steps import STEPS


def parse_source(src: Source, *, reject: bool = True) -> dict:
    """Parse *src*; raise :class:`NotPartyDocument` (when *reject*) for what is not a Party document."""
    st = State(src)
    for code, line, message in src.warnings:  # what decoding found ("mixed-encoding"), once
        st.warn(code, message, line)
    for _name, step in STEPS:
        step(st)
    reason = st.out["layout"]["rejected"]
    if reject and reason:
        raise NotPartyDocument(f"not a Party document: {reason}", path=src.path)
    return st.out
