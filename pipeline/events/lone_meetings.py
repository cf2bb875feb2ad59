"""Meetings a speaker tells with no one on the other side: "I met, by the way, ..." or "I met —
got to meet the whole family". A meeting needs a partner; when the first-person verb of meeting
or talking has no object, no "with"/"to" phrase and no coordinated subject (a reciprocal "X and I
met"), and is no relative clause whose noun is the partner ("the carpenter I met"), the speaker
has broken off or tells an encounter, not a consultation between political actors.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_MEET_VERBS = frozenset({"meet", "talk", "speak"})
_PARTNER_DEPS = frozenset({"dobj", "obj", "dative", "relcl"})


def lone_meeting(tok: "Token", recipient) -> bool:
    """Whether ``tok`` is a first-person verb of meeting with no partner anywhere in its clause
    ("I met, by the way —"), while ``recipient`` is unresolved.

    Args:
        tok: The trigger word (a verb of meeting or talking).
        recipient: The event's recipient entity found so far, or None.
    """
    if recipient is not None or tok.pos_ != "VERB" or tok.lemma_.lower() not in _MEET_VERBS or tok.dep_ in _PARTNER_DEPS:
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ != "i" or subj.conjuncts or any(c.dep_ == "cc" for c in subj.children):
        return False
    if subj.i > 0 and subj.doc[subj.i - 1].lower_ in ("and", "&"):
        return False  # "President X and I met": a reciprocal subject the parser split from its verb
    return not any(c.dep_ in _PARTNER_DEPS or (c.dep_ == "prep" and c.lower_ in ("with", "to", "between"))
                   or c.dep_ == "xcomp" for c in tok.children)
