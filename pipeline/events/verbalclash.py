"""A clash of words: "X clashed publicly with President Y over the budget".

"Clash" is two-sided violence when armies, police or crowds clash (PLOVER ASSAULT), but when
one named person clashes with another, or a clash is said to be public or verbal, it is a
dispute in words: criticism between the two (PLOVER ACCUSE: criticize, disapprove; CAMEO 111).
Armed groups and crowds are no persons, so "troops clashed with rebels" stays an ASSAULT.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

CLASH_LEMMAS = frozenset({"clash", "spar", "feud", "quarrel", "wrangle"})
"""verbs of a clash that may be in words"""
VERBAL_ADVERBS = frozenset({"publicly", "verbally", "openly", "politically", "bitterly"})
"""adverbs that make a clash one of words ("clashed publicly")"""


def verbal_clash(verb: "Token", actor, recipient) -> bool:
    """Whether an ASSAULT on a clash verb is a dispute in words (see the module doc)."""
    if verb.lemma_.lower() not in CLASH_LEMMAS or verb.pos_ != "VERB":
        return False
    if any(c.dep_ == "advmod" and c.lower_ in VERBAL_ADVERBS for c in verb.children):
        return True
    return actor is not None and recipient is not None and actor.label == "PERSON" and recipient.label == "PERSON"
