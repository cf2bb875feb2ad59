"""A force size stated as the total a movement leaves behind: "will deploy an additional 3,000
soldiers to the border, bringing the total force there to about 17,000 troops", "sent 500 more
troops to Syria, taking the total to 2,500 troops". The total is the same owner's force at the
same place ("there", "the total force" refer back to the movement), so it takes the movement's
owner and place when it names none of its own.

Status convention: a total reached by a deployment or posting has that movement's status (after
"will deploy" the total is planned too: it does not exist yet; after "deployed" it is the force
now there); a total left by a withdrawal is the force that stays, with no status of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs that carry a count to a new level: "bringing/taking/raising the total to N".
TOTAL_VERBS = frozenset({"bring", "take", "raise", "increase", "boost", "lift", "push", "swell", "reduce", "cut",
                         "lower"})
# Objects that name the force's size rather than the force: "the total", "the number of troops".
TOTAL_NOUNS = frozenset({"total", "number", "tally", "count", "size", "strength", "headcount"})
# Modifiers that make any force noun a total: "the total force", "the overall contingent".
TOTAL_MODIFIERS = frozenset({"total", "overall", "combined", "whole", "entire"})


def total_mover(tok: "Token") -> "Token | None":
    """The movement verb whose result ``tok`` states, for a force size in "..., bringing the total
    (force | number of troops) (there) to N": ``tok`` is N's noun (or N itself) under "to", its
    verb carries a total to it, and that verb hangs on the clause that moved the troops. None
    otherwise."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "to":
        return None
    verb = tok.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in TOTAL_VERBS:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or not (obj.lemma_.lower() in TOTAL_NOUNS
                           or any(c.dep_ == "amod" and c.lower_ in TOTAL_MODIFIERS for c in obj.children)):
        return None
    if verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
        return verb.head
    return None


def total_status(movement: str | None) -> str | None:
    """Status of the total a movement leaves (see the module docstring): a withdrawal's remainder
    has none."""
    return None if movement == "withdrawn" else movement
