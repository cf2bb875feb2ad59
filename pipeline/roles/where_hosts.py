"""The hosts of a visit written in a relative clause of place: "... and Fiji, where they met with
Prime Minister X", "in Lima, where the envoy held talks with President Y". The clause's "where"
stands for the place it modifies, so the people met there are that country's officials (as with a
fronted frame of place, :func:`.abroad.trip_host_country`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .abroad import _MEETING_VERBS

if TYPE_CHECKING:
    from .reader import Candidate, Reader


def where_host_country(rd: "Reader", c: "Candidate", home: str | None) -> str | None:
    """ISO3 of the place a "where" clause modifies when ``c`` is met in that clause (named after
    its meeting verb, inside the verb's phrase); None otherwise or for the home country."""
    doc = rd.doc
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    for _ in range(5):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ == "VERB":
            break
    else:
        return None
    if tok.lemma_.lower() not in _MEETING_VERBS or tok.dep_ != "relcl" or tok.i > span.start \
            or not any(w.lower_ == "where" and w.dep_ == "advmod" for w in tok.children):
        return None
    place = rd.place(tok.head)
    if place is None or place[0] != "country" or place[1] == home:
        return None
    return place[1]
