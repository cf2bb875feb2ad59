"""An act under "too ... to": "the government was too slow to back the bid", "too weak to attack".

English "too ADJ to VERB" says the act did not happen (or could not): the degree word makes the
infinitive's act the one missed. PLOVER codes events that happened, are happening or were
decided; such an act is none (as a negated one is none). "Enough to" says the opposite and stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

EXCESS_ADVERBS = frozenset({"too"})
"""degree words whose infinitive tells an act that did not come about"""


def too_to_act(verb: "Token") -> bool:
    """Whether ``verb`` is the to-infinitive of "too ADJ to" ("too slow to back the bid")."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    return head.pos_ in ("ADJ", "ADV") and any(c.dep_ == "advmod" and c.lower_ in EXCESS_ADVERBS
                                               for c in head.children)
