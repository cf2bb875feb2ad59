"""The other side of a joint act named by a noun whose verb has two coordinated subjects.

"President X and President Y restarted counternarcotics cooperation", "Canada and the United
States will increase cooperation", "the two governments and Japan expanded their partnership":
a cooperation noun counts only with a party on the other side (PLOVER's COOPERATE is dyadic),
and here that party is not in a "with" phrase but is the second subject of the verb that governs
the noun. The guide's reciprocal rule ("X and Y met": X actor, Y recipient) then gives the first
subject as actor and the next one as recipient.

Only coordinated names count (not "we", "they": a pair resolved elsewhere), only the verb
whose direct object (or whose preposition's object) the noun is, and only a second subject of
another government than the actor, both countries known (two officials of one government, or of
governments the text does not name, cooperating with each other is internal).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import Context, Party
from .launch_partners import launch_partner

if TYPE_CHECKING:
    from spacy.tokens import Token

_SUBJECTS = ("nsubj", "nsubjpass")
_CARRIERS = ("dobj", "obj", "attr")
_FUTURE_AUX = frozenset({"will", "shall", "would", "'ll", "’ll"})


def _governing_verb(noun: "Token") -> "Token | None":
    """The verb the noun is the object of ("restarted cooperation"; "agreed on cooperation")."""
    head = noun.head
    if noun.dep_ in _CARRIERS and head.pos_ in ("VERB", "AUX"):
        return head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None


def _subject(verb: "Token") -> "Token | None":
    """The verb's subject, or the subject of the verb it is an infinitive or conjunct of."""
    for v in (verb, verb.head if verb.dep_ in ("xcomp", "conj") else None):
        if v is None:
            continue
        subj = next((c for c in v.children if c.dep_ in _SUBJECTS), None)
        if subj is not None:
            return subj
    return None


def joint_partner(ctx: Context, noun: "Token", actor: Party | None) -> Party | None:
    """The second coordinated subject of the verb governing a cooperation noun (module
    docstring), or None.

    Args:
        ctx: The Doc's context.
        noun: The trigger noun.
        actor: The actor found (the first subject).
    """
    if actor is not None and noun.pos_ == "VERB":  # "launched X alongside the leaders of Y" (:mod:`.launch_partners`)
        return launch_partner(ctx, noun, actor)
    if actor is None or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    verb = _governing_verb(noun)
    subj = _subject(verb) if verb is not None else None
    if subj is None or subj.i in ctx.quoted:
        return None
    for other in (subj, *subj.conjuncts):
        if actor.token is not None and other.i == actor.token.i:
            continue
        if other.lower_ in ("we", "they", "i") or other.i not in ctx.entity_at:
            continue
        party = ctx.party(other)
        if party is None or party.entity is None or party.entity is actor.entity:
            continue
        if party.country is None or actor.country is None or party.country == actor.country:
            continue  # one government, or unknown ones ("Governor X and Senator Y"): no two sides shown
        return party
    return None


def domestic_pair(noun: "Token", actor: Party | None, recipient: Party | None) -> bool:
    """Whether ``recipient`` was read as the second coordinated subject of the verb governing a
    cooperation noun while the two are not of two known, different countries ("Governor X and
    Senator Y announced new cooperation"): no two sides shown, so :func:`joint_partner` is asked
    instead (and finds none).

    Args:
        noun: The trigger noun.
        actor: The actor found.
        recipient: The recipient argument finding gave.
    """
    if recipient is None or recipient.token is None or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    verb = _governing_verb(noun)
    subj = _subject(verb) if verb is not None else None
    if subj is None or not any(recipient.token.i == o.i for o in subj.conjuncts):
        return False
    return actor is None or actor.country is None or recipient.country is None or actor.country == recipient.country


JOINT_TYPES = frozenset({"COOPERATE"})
"""categories of a noun whose two coordinated subjects act together (the partnerless nouns)"""


def joint_subject(ctx: Context, noun: "Token", typ: str) -> Party | None:
    """The first of two coordinated named subjects of the verb governing a cooperation noun
    ("President X and President Y restarted counternarcotics cooperation": X), the actor of the
    joint act when argument finding named none; None when the subject is not such a pair.

    Args:
        ctx: The Doc's context.
        noun: The trigger noun.
        typ: The trigger's category.
    """
    if typ not in JOINT_TYPES or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    verb = _governing_verb(noun)
    subj = _subject(verb) if verb is not None else None
    if subj is None or not subj.conjuncts or subj.i not in ctx.entity_at or subj.i in ctx.quoted:
        return None
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in verb.children):
        return None  # "will increase cooperation": a promise, whose category the noun's clause does not give
    first = ctx.party(subj)
    if first is None or first.entity is None:
        return None
    return first if joint_partner(ctx, noun, first) is not None else None
