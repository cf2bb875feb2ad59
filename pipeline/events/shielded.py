"""Attacks named as what something guards against, not as what happened.

"Air defences to protect cities from Russian missile attacks", "shelters that shield civilians
from air strikes", "protection against drone attacks": the attack noun names a danger guarded
against, in general or in the future, not an attack the text reports (the guide codes events
that happened, are happening or were decided). PLOVER ASSAULT needs an act; a protected-against
kind of act is none. Defending *against* an attack is left alone: "troops defended the town
against a Russian assault" reports the assault.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .triggers import Trigger

GUARD_LEMMAS = frozenset({"protect", "shield", "safeguard", "protection", "shelter", "insulate", "immunize"})
"""verbs and nouns of keeping someone safe from a danger ("protect X from attacks")"""
GUARD_PREPS = frozenset({"from", "against"})


def guarded_against(trig: "Trigger", noun_via: str) -> bool:
    """Whether an ASSAULT noun is what something protects from ("protect cities from Russian
    missile attacks"): the noun (or the head of its compound) is the object of "from" or
    "against" on a verb or noun of protecting.

    Args:
        trig: The trigger.
        noun_via: The ``via`` value of a trigger that is a noun standing on its own.
    """
    if trig.type != "ASSAULT" or trig.via != noun_via:
        return False
    head: "Token" = trig.token
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in GUARD_PREPS:
        return False
    guard = prep.head
    if guard.dep_ in ("dobj", "obj") and guard.lemma_.lower() not in GUARD_LEMMAS:
        guard = guard.head  # "protect cities from attacks": the parser may hang "from" on the object
    return guard.lemma_.lower() in GUARD_LEMMAS
