"""Attack nouns that name no attack the text reports.

* A danger guarded against: "air defences to protect cities from Russian missile attacks",
  "shelters that shield civilians from air strikes", "protection against drone attacks": the
  attack noun names a danger, in general or in the future, not an attack (the guide codes
  events that happened, are happening or were decided). PLOVER ASSAULT needs an act; a
  protected-against kind of act is none. Defending *against* an attack is left alone: "troops
  defended the town against a Russian assault" reports the assault.
* An attack only feared, expected, prevented or supposed: "Kyiv fears a new Russian offensive",
  "to deter a Chinese invasion", "would respond to any Israeli attack": the noun is the object
  of a verb of expecting or preventing, or is quantified by "any"/"every"/"no", or is
  "possible"/"potential"/"future": no attack the text reports.
* Striving: "we will keep fighting to lower costs" (the parser may hang the to-infinitive on
  "keep" rather than on "fighting"): fighting with an aim and no one fought names no force.
* The kind of a unit or a weapon: "a carrier strike group", "attack helicopters", "an assault
  rifle", "strike fighters": the noun modifies what is sent or bought (a compound modifier of
  a force or equipment noun), it reports no strike.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import load

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


UNIT_HEADS = load().classes["attack_unit"]
"""nouns of units and equipment an attack word may classify ("strike group", "attack helicopter")"""


def weapon_kind(trig: "Trigger", lex) -> bool:
    """Whether an ASSAULT noun only classifies a unit or weapon ("a carrier strike group",
    "attack helicopters"): a compound modifier of a force, weapon or unit noun.

    Args:
        trig: The trigger.
        lex: The trigger lexicon (its "force" and "weapon" word classes).
    """
    tok = trig.token
    if trig.type != "ASSAULT" or tok.pos_ != "NOUN" or tok.dep_ != "compound" or tok.head.i == tok.i:
        return False
    head = tok.head.lemma_.lower()
    return head in UNIT_HEADS or lex.in_class(head, "force") or lex.in_class(head, "weapon")


STRIVE_LEMMAS = frozenset({"fight", "battle", "struggle"})
_ASPECT_HEADS = frozenset({"keep", "continue", "go", "carry"})


def _to_infinitive(tok: "Token") -> bool:
    return tok.dep_ in ("xcomp", "advcl") and any(g.dep_ == "aux" and g.lower_ == "to" for g in tok.children)


def striving(trig: "Trigger") -> bool:
    """Whether "fight" is striving for an aim: no direct object, and a to-infinitive of purpose
    on it or, when it is the complement of "keep"/"continue", on that verb ("will keep fighting
    to make sure all Americans can access ...")."""
    tok = trig.token
    if trig.type != "ASSAULT" or tok.pos_ != "VERB" or tok.lemma_.lower() not in STRIVE_LEMMAS:
        return False
    if any(c.dep_ in ("dobj", "obj") for c in tok.children):
        return False
    if any(_to_infinitive(c) for c in tok.children):
        return True
    head = tok.head
    return tok.dep_ == "xcomp" and head.lemma_.lower() in _ASPECT_HEADS and any(
        _to_infinitive(c) for c in head.children if c.i != tok.i)


EXPECTING = load().classes["expecting_verb"]
"""verbs whose object attack has not happened (feared, expected, prevented, planned)"""
UNREAL_MODS = frozenset({"any", "every", "no", "possible", "potential", "future", "eventual", "hypothetical",
                         "imminent", "planned"})
"""determiners and adjectives that make an attack noun non-specific or not (yet) real"""


def unreal_attack(trig: "Trigger", noun_via: str) -> bool:
    """Whether an ASSAULT noun standing on its own names an attack only feared, expected,
    prevented or supposed (module docstring).

    Args:
        trig: The trigger.
        noun_via: The ``via`` value of a trigger that is a noun standing on its own.
    """
    tok = trig.token
    if trig.type != "ASSAULT" or trig.via != noun_via or tok.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("det", "amod") and c.lower_ in UNREAL_MODS for c in tok.children):
        return True
    head = tok
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    gov = head.head
    if head.dep_ == "pobj" and gov.dep_ == "prep" and gov.lower_ in ("for", "against", "of"):
        gov = gov.head  # "preparing for an attack", "braced for an offensive", "warned of an attack"
    elif head.dep_ not in ("dobj", "obj"):
        return False
    return gov.pos_ == "VERB" and gov.lemma_.lower() in EXPECTING
