"""A reaction whose recipient came out as a place of the actor's own country.

"The President welcomed the visit to Washington this week by the Prime Minister's adviser": the
place a welcomed visit goes to is where it happens. One does not praise or welcome one's own
capital; whom the welcome is for is the visitor, named by "by" (or "of") on the visit's noun,
else no one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import Party

if TYPE_CHECKING:
    from .context import Context

REACTION_TYPES = frozenset({"SUPPORT"})
"""reactions whose recipient is the party whose act they answer"""
PLACE_PREPS = frozenset({"to", "in", "at"})
"""prepositions of the place an act goes to or happens in ("the visit to Washington")"""


def home_place(typ: str, actor: "Party | None", recipient: "Party | None") -> bool:
    """Whether ``recipient`` is a place of the actor's own country named as where an act goes."""
    if typ not in REACTION_TYPES or actor is None or recipient is None or actor.country is None:
        return False
    tok, ent = recipient.token, recipient.entity
    return (ent is not None and ent.label == "GPE" and recipient.country == actor.country and tok is not None
            and tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS)


def visitor(ctx: "Context", place: "Party") -> "Party | None":
    """Who made the act that went to ``place``: the "by" (else "of") phrase of the act's noun, or
    a "by" the parser hung on the verb whose object that noun is ("welcomed the visit ... this
    week by X")."""
    noun = place.token.head.head
    heads = [noun, noun.head] if noun.dep_ == "dobj" else [noun]
    for prep in ("by", "of"):
        for c in (c for h in heads for c in h.children if h is noun or c.i > noun.i):
            if c.dep_ in ("prep", "agent") and c.lower_ == prep:
                obj = next((p for p in c.children if p.dep_ == "pobj"), None)
                found = ctx.party(obj) if obj is not None else None
                if found is None and obj is not None:
                    # "by the Prime Minister's adviser", who is not named: the government he serves
                    own = ctx.party(next((p for p in obj.children if p.dep_ == "poss"), None))
                    found = Party(None, own.country, obj, own.country) if own is not None and own.country else None
                if found is not None and found.country != place.country:
                    return found
    return None
