"""Whom a deployment to a border is aimed at: the country on the other side.

PLOVER's MOBILIZE has a target only when the forces are raised or moved against someone. Forces
massed "along Ukraine's border" or "near the Armenian border" face the country whose border it
is. Forces sent to the actor's own border ("to its border with X", "to the border with X")
guard it at home: that names no one they are aimed at. A place the forces go to is otherwise
the event's location, never its target (:mod:`.arguments`).

A pure helper of :mod:`.arguments` over the per-Doc :class:`~.context.Context`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import Context, Party
from .positions import prep_object

if TYPE_CHECKING:
    from spacy.tokens import Token


BORDER_WORDS = frozenset({"border", "frontier", "boundary"})
"""nouns naming a line between two countries"""

_TOWARD_PREPS = frozenset({"along", "near", "on", "to", "at", "toward", "towards", "across"})
"""prepositions placing forces at a border"""


def _owner(ctx: Context, border: "Token", actor: Party) -> Party | None:
    """The country a border belongs to, other than the actor's own ("Ukraine's border", "the
    Armenian border"); a border shared "with X" is the actor's own and names no one."""
    names = [c for c in border.children if c.dep_ in ("poss", "amod", "compound")]
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in border.children):
        return None
    for tok in names:
        if tok is None or tok.i not in ctx.entity_at:
            continue
        side = ctx.party(tok)
        if side is not None and side.country and side.country != actor.country and (
                side.label in ("GPE", "NORP") or side.entity is None):
            return side
    return None


def border_side(ctx: Context, tok: "Token", obj: "Token | None", actor: Party | None) -> Party | None:
    """The country forces are deployed against by being sent to its border, or None.

    Args:
        ctx: The per-Doc context.
        tok: A MOBILIZE trigger (a verb, "massed", or a noun, "buildup").
        obj: The trigger's direct object ("troops"), or None.
        actor: The actor found (None: nothing is returned).
    """
    if actor is None or not actor.country:
        return None
    heads = [tok] + ([obj] if obj is not None else []) + ([tok.head] if tok.dep_ == "dobj" else [])
    for head in heads:
        for c in head.children:
            if c.dep_ != "prep" or c.lower_ not in _TOWARD_PREPS:
                continue
            border = prep_object(c)
            if border is not None and border.lemma_.lower() in BORDER_WORDS:
                side = _owner(ctx, border, actor)
                if side is not None:
                    return side
    return None
