"""Whose an act done to a person is: the possessor of "his abduction" is its victim.

English puts either side of an act in the possessive of its noun: the doer ("Russia's
invasion", "Iran's detention of two journalists") or, with nouns of acts done to a person, the
one it was done to ("his abduction", "her arrest", "Levinson's detention"). A person named in the
possessive of such a noun, with no "of" phrase naming another victim, is the victim: the act
has no stated doer unless a by-phrase names one ("his abduction by gunmen").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import load

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .context import Context

PATIENT_NOUNS = load().classes["act_on_person"]
"""nouns of acts done to a person (PLOVER ASSAULT modes abduct, assassinate, torture; COERCE
mode arrest), whose possessor may be the person they were done to"""
_PERSON_PRONOUNS = frozenset({"his", "her", "their", "my", "our", "your"})


def patient_possessor(ctx: "Context", noun: "Token", owner: "Token") -> bool:
    """Whether the possessive ``owner`` of the event noun ``noun`` is the person the act was
    done to ("his abduction", "Jane Roe's detention"), not its doer ("Iran's detention of two
    journalists", "the regime's killing of protesters").

    Args:
        ctx: The Doc's context (entity lookup).
        noun: The event noun.
        owner: Its possessive modifier.
    """
    if noun.lemma_.lower() not in PATIENT_NOUNS and noun.lower_ not in PATIENT_NOUNS:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False  # the victim is named in the "of" phrase; the possessor did it
    if owner.pos_ == "PRON":
        return owner.lower_ in _PERSON_PRONOUNS
    ent = ctx.entity_at.get(owner.i)
    return ent is not None and ent.label == "PERSON"
