"""The country that sends or appoints an official named as the object of its verb.

"Ukraine's delegation was led by X, while Russia sent Deputy Foreign Minister Y", "China
dispatched its special envoy, Y", "Kenya appointed Ambassador Y": a government sends and
appoints its own officials, so the country written as the subject of such a verb is the one
the official serves. Verbs done to another government's officials ("Venezuela summoned Brazil's
ambassador", "Mali expelled the French envoy") are not read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.wordlists import word_set

if TYPE_CHECKING:
    from .reader import Candidate, Reader

# Verbs whose subject sends or appoints its own official (Oxford Learner's Dictionary: "send" 2,
# "dispatch" 1, "appoint", "name" 3, "nominate", "recall" 4 "to order an official to return").
_SEND = word_set("roles", "send_verbs")


def sender_country(rd: "Reader", c: "Candidate") -> str | None:
    """ISO3 of the country written as the subject of a verb of sending or appointing whose
    direct object is the candidate's title or name; None otherwise."""
    doc = rd.doc
    span = doc.char_span(c.title_start if c.title_start >= 0 else c.start, c.end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    while root.dep_ in ("compound", "appos") and root.head.i >= span.start and root.head.i < span.end + 3 \
            and root.head.i != root.i and root.head.dep_ != "ROOT":
        root = root.head
    verb = root.head
    if root.dep_ != "dobj" or verb.lemma_.lower() not in _SEND or verb.pos_ != "VERB":
        return None
    subj = next((t for t in verb.children if t.dep_ == "nsubj"), None)
    if subj is None:
        return None
    place = rd.place(subj)
    return place[1] if place is not None and place[0] == "country" else None
