"""The partners a cooperation is launched alongside: "In May, alongside the leaders of Chile,
Peru and Bolivia, President X launched the Andean Water Partnership", "X launched the initiative
together with Y".

A programme of cooperation launched or set up (COOPERATE, class ``cooperation_programme``)
counts only with a partner named (PLOVER COOPERATE is dyadic). Argument finding reads a
"with" or "alongside" phrase, but not one fronted before the subject nor one whose head is the
partners' leaders or governments ("alongside the leaders of A, B and C"): the partner is then the
country or body of that of-phrase. Only a party of another known country than the actor's counts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .context import Context, Party

_PREPS = frozenset({"alongside", "with"})
_REPRESENTATIVES = frozenset({"leader", "government", "counterpart", "president", "head", "minister",
                              "representative", "partner", "delegation"})
"""heads that stand for the party of their of-phrase ("the leaders of Australia and Japan")"""


def _members(obj: "Token") -> list["Token"]:
    """The parties a prepositional object names: itself and its conjuncts, or for "the leaders of
    A, B and C" the of-phrase's."""
    if obj.lemma_.lower() in _REPRESENTATIVES:
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if inner is not None:
            return [inner, *inner.conjuncts]
    return [obj, *obj.conjuncts]


def launch_partner(ctx: "Context", verb: "Token", actor: "Party | None") -> "Party | None":
    """The first party of another known country in a "with"/"alongside" phrase of a cooperation
    verb (module docstring), or None.

    Args:
        ctx: The Doc's context.
        verb: The trigger verb ("launched").
        actor: The actor found.
    """
    if actor is None or actor.country is None or verb.pos_ != "VERB":
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _PREPS:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.i in ctx.quoted:
            continue
        for member in _members(obj):
            party = ctx.party(member)
            if party is not None and party.country is not None and party.country != actor.country:
                return party
    return None
