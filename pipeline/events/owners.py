"""Whose thing a reaction is to: the possessor of a document, plan or programme named as the
object of a welcome, a condemnation or a rejection.

A pure helper of :mod:`.arguments` over the per-Doc :class:`~.context.Context`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import Context, Party
from .recipients import REACTION_TYPES, is_actor

if TYPE_CHECKING:
    from spacy.tokens import Token


def thing_owner(ctx: Context, typ: str, obj: "Token | None", actor: Party | None) -> Party | None:
    """Whose document, plan or programme a reaction is to ("welcomed Japan's new National
    Security Strategy", "rejected China's Standard Map"): its possessor, a country or a person
    other than the actor (PLOVER's target of a reaction is the author of what it reacts to).
    None for other categories, or when no one owns the thing."""
    if typ not in REACTION_TYPES or obj is None or actor is None:
        return None
    owner = next((c for c in obj.children if c.dep_ == "poss"), None)
    who = ctx.party(owner) if owner is not None and owner.i in ctx.entity_at else None
    if who is None or who.entity is None or who.entity.label not in ("GPE", "PERSON", "ORG") or not is_actor(who):
        return None
    return None if who.entity is actor.entity or (actor.entity is None and who.country == actor.country) else who
