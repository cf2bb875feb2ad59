"""Whom aid named by a noun goes to: the object of "to" after "the donation of X" ("the
donation of ventilators by Japan to Chile", "the Department's delivery of PPE to the Chilean
armed forces").

The "of" complement of a giving noun is the thing given, never the one who receives it; the
one who receives it is the "to" phrase. The small model often hangs that "to" phrase on the
verb of the clause the noun is the object of ("discussed the donation of X to Y"), or on the
thing given ("of X to Y"): a "to" phrase right after the noun phrase is the noun's.

Pure helper of :mod:`.extract` over the per-Doc :class:`~.context.Context`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import Context, Party
from .positions import prep_object
from .recipients import is_actor

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .triggers import Trigger

_PARTY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
TRANSFER_NOUNS = frozenset({"donation", "delivery", "provision", "transfer", "shipment", "gift", "sale",
                            "contribution", "dispatch", "supply", "handover", "loan"})
"""nouns of handing something over, whose "of" complement is always the thing handed over (unlike
"the bailout of X" or "the rescue of X", whose "of" complement is the one helped)"""


def _of_object(noun: "Token") -> "Token | None":
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return prep_object(of) if of is not None else None


def _to_phrase(noun: "Token", thing: "Token") -> "Token | None":
    """The "to" preposition that belongs to the noun: on it, on the thing given, or (misattached)
    on the verb whose object the noun is, right after the noun phrase."""
    for head in (noun, thing):
        found = next((c for c in head.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"), None)
        if found is not None:
            return found
    verb = noun.head
    if noun.dep_ in ("dobj", "pobj", "nsubjpass") and verb.i != noun.i:
        end = noun.right_edge.i
        return next((c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                     and c.i == end + 1), None)
    return None


def transfer_recipient(ctx: Context, trig: "Trigger", typ: str, actor: Party | None,
                    recipient: Party | None) -> Party | None:
    """The recipient of aid told by a noun with an "of" complement (rules in the module docstring).

    Args:
        ctx: The Doc's argument context.
        trig: The trigger (its token is the event word).
        typ: The event's PLOVER category as coded.
        actor: The event's actor.
        recipient: The recipient found so far.

    Returns:
        The party named by the "to" phrase when the recipient found so far is missing or is
        the thing given; else ``recipient`` unchanged.
    """
    noun = trig.token
    if typ != "AID" or noun.pos_ != "NOUN" or noun.lemma_.lower() not in TRANSFER_NOUNS or noun.i in ctx.quoted:
        return recipient
    thing = _of_object(noun)
    if thing is None:
        return recipient
    if recipient is not None and (recipient.token is None or not (
            thing.left_edge.i <= recipient.token.i <= thing.right_edge.i)):
        return recipient  # a recipient found elsewhere than in what is given
    to = _to_phrase(noun, thing)
    target = prep_object(to) if to is not None else None
    party = ctx.party(target) if target is not None else None
    if party is None or not is_actor(party) or (party.entity is not None and party.label not in _PARTY_LABELS):
        return None if recipient is not None else recipient
    if actor is not None and ((party.entity is not None and party.entity is actor.entity) or (
            party.entity is None and party.country == actor.country)):
        return None if recipient is not None else recipient
    return party
