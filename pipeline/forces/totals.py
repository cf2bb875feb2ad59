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

from ..knowledge.wordlists import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs that carry a count to a new level: "bringing/taking/raising the total to N".
TOTAL_VERBS = word_set("forces", "total_verbs")
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
    oprd = next((c for c in verb.children if c.dep_ == "oprd"), None)  # "bringing our force total to N"
    if not (obj is not None and (obj.lemma_.lower() in TOTAL_NOUNS
                                 or any(c.dep_ == "amod" and c.lower_ in TOTAL_MODIFIERS for c in obj.children))
            or oprd is not None and oprd.lemma_.lower() in TOTAL_NOUNS):
        return None
    if verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
        return verb.head
    return None


def total_status(movement: str | None) -> str | None:
    """Status of the total a movement leaves (see the module docstring): a withdrawal's remainder
    has none."""
    return None if movement == "withdrawn" else movement


# Verbs that set a standing force to a new size: "expanded its army to 200,000 troops", "cut the
# British Army to about 72,500 soldiers", "raised Canada's presence in Latvia to 2,200 soldiers".
RESIZE_VERBS = TOTAL_VERBS | frozenset({"expand", "grow", "shrink", "slash", "trim", "double", "triple", "halve",
                                        "downsize", "enlarge", "build"})
# Nouns that name a standing force or its size: the object such a verb resizes.
FORCE_BODIES = word_set("forces", "force_bodies")


def resized_body(tok: "Token") -> "Token | None":
    """The force a verb resizes when ``tok`` (N's noun, or N) states its new size: "expanded
    the rotation of U.S. Marines to about 2,500" -> "rotation", "increase the number of
    Marines on Guam to 5,000" -> "number". None otherwise (a movement's total is
    :func:`total_mover`'s)."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "to" or tok.head.dep_ != "prep":
        return None
    verb = tok.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in RESIZE_VERBS:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    body = obj
    if obj.lemma_.lower() in TOTAL_NOUNS:  # "the number of troops"
        body = next((p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"), obj)
    lemma = body.lemma_.lower()
    if lemma in FORCE_BODIES or lemma.rstrip("s") in FORCE_BODIES:
        return obj
    return None
