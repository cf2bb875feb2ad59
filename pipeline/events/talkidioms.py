"""Idioms of spoken English whose words look like event words: no event.

- "a great deal of optimism", "we learned a great deal": a quantity ("much"), not an agreement.
- "when I walked out the door", "he walked out of the room": leaving a place on foot; walking out
  of talks, negotiations or a meeting (the PLOVER SANCTION sense) names what is left.
- "as we have demonstrated", "as this has demonstrated": "demonstrate" meaning "show"; people
  demonstrating in the street (PROTEST) do not "have demonstrated" in an "as" clause of the
  speaker's own side.
- "in the event of an attack", "in case of an invasion": a condition, as "if there is an attack"
  (the guide codes no hypothetical event); what is promised for that case is coded on its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

QUANTITY_ADJECTIVES = frozenset({"great", "good"})
DEAL_VERBS = frozenset({"sign", "reach", "strike", "seal", "cut", "broker", "close", "negotiate", "conclude",
                        "agree", "finalize", "finalise", "announce", "make"})
"""verbs whose object "deal" is an agreement even when it is a good or great one"""
PLACES_LEFT = frozenset({"door", "room", "house", "building", "office", "hall", "home", "gate", "window",
                         "hospital", "church", "store", "restaurant", "car", "plane", "theater", "theatre"})
"""places one walks out of (the talks, the meeting or the chamber one leaves in protest are not here)"""
_SHOW_SUBJECTS = frozenset({"we", "i", "it", "this", "that", "they", "you"})
_PERFECT = frozenset({"have", "has", "had", "'ve", "\u2019ve"})


def _quantity_deal(tok: "Token") -> bool:
    if tok.lemma_.lower() != "deal" or tok.pos_ != "NOUN":
        return False
    adj = {c.lower_ for c in tok.children if c.dep_ == "amod"}
    if not adj & QUANTITY_ADJECTIVES:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return True  # "a great deal of optimism"
    return "great" in adj and not (tok.dep_ == "dobj" and tok.head.lemma_.lower() in DEAL_VERBS)


def _walked_out_of_place(tok: "Token") -> bool:
    if tok.lemma_.lower() != "walk":
        return False
    for out in tok.children:
        if out.lower_ != "out" or out.dep_ not in ("prep", "prt", "advmod"):
            continue
        if any(c.dep_ == "pobj" for c in out.children):
            return True  # "walked out the door"
        for of in out.children:
            if of.dep_ == "prep" and of.lower_ == "of" and any(
                    p.dep_ == "pobj" and p.lemma_.lower() in PLACES_LEFT for p in of.children):
                return True  # "walked out of the room"
    return False


def _demonstrated_as_shown(tok: "Token") -> bool:
    if tok.lemma_.lower() != "demonstrate" or tok.pos_ != "VERB":
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in _PERFECT for c in tok.children) or any(
        c.dep_ == "nsubj" and c.lower_ in _SHOW_SUBJECTS for c in tok.children)


CASE_NOUNS = frozenset({"event", "case"})
"""nouns of "in the event of X", "in case of X": X is a condition, not a report"""


def _in_case_of(tok: "Token") -> bool:
    if tok.pos_ != "NOUN":
        return False
    head = tok
    while head.dep_ in ("compound", "conj") and head.head.i != head.i:
        head = head.head
    of = head.head
    if head.dep_ != "pobj" or of.lower_ != "of" or of.dep_ != "prep":
        return False
    case = of.head
    if case.lemma_.lower() not in CASE_NOUNS or case.dep_ != "pobj" or case.head.lower_ != "in":
        return False
    dets = {c.lower_ for c in case.children if c.dep_ == "det"}
    # "in case of X", "in the event of X"; "in the case of X" is "as for X", a real one
    return not dets if case.lower_ == "case" else dets == {"the"}


def spoken_idiom(tok: "Token") -> bool:
    """Whether a trigger word is part of an idiom that names no event: "a great deal of", "walked
    out the door", "as we have demonstrated", "in the event of an attack".

    Args:
        tok: The trigger token.
    """
    return _quantity_deal(tok) or _walked_out_of_place(tok) or _demonstrated_as_shown(tok) or _in_case_of(tok)
