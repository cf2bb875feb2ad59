"""Acts told as a chance someone has: "had the chance to meet X", "will have the opportunity to speak with Y".

An infinitive after "opportunity" or "chance" is usually a possibility, not an act ("an opportunity
to talk", "hopes for a chance to meet": :data:`.filters.INTENTION_NOUNS`). English uses the same
nouns as the object of "have" or "get" to report the act itself, as taken: "she had the chance to
meet the Prime Minister" tells that they met, "he is having a chance to meet the families" that the
meeting is under way, and in a briefing's preview of a trip "the Chancellor will have the
opportunity to meet with the Nordic premiers" puts the meeting on the schedule, as "will meet"
does (a cooperative act in the future tense: AGREE by the harmonised convention). The holding verb then
carries the tense, negation and modality of the act ("did not have the chance to meet", "might
get a chance to talk" report none), and its subject is who acts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

CHANCE_NOUNS = frozenset({"opportunity", "chance"})
"""nouns of an opening one may use ("the opportunity", "a chance")"""
HOLDING_VERBS = frozenset({"have", "get"})
"""verbs whose subject holds the opening and so does what it opens ("had the chance to", "got an
opportunity to"); "give", "offer" and "seek" are left out: the subject of "gave us a chance to
meet" does not meet, and a chance sought is not taken"""
_NONE_WORDS = frozenset({"no", "little", "few"})
"""determiners that deny the opening ("had no chance to meet", "little opportunity to talk")"""


def chance_holder(verb: "Token") -> "Token | None":
    """The "have"/"get" of which ``verb`` is the chance taken, else None.

    ``verb`` is the infinitive of a chance noun that is the object of that verb: "will have the
    opportunity to meet" (the infinitive on the noun), "got an opportunity after lunch to talk"
    (the parser may hang it on the verb). A chance denied ("no chance to") is none.

    Args:
        verb: The infinitive of the act.

    Returns:
        The holding verb, or None.
    """
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if verb.dep_ == "acl":
        noun, hold = verb.head, verb.head.head
        if noun.dep_ != "dobj":
            return None
    elif verb.dep_ in ("advcl", "xcomp"):
        hold = verb.head
        noun = next((c for c in hold.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if noun is None:
            return None
    else:
        return None
    if noun.lemma_.lower() not in CHANCE_NOUNS or hold.lemma_.lower() not in HOLDING_VERBS:
        return None
    if any(c.dep_ in ("det", "amod", "neg") and c.lower_ in _NONE_WORDS for c in noun.children):
        return None
    return hold
