"""The other convener of a meeting told in the passive: "the meeting was convened (chaired,
hosted) by A of X and B of Y" (or a semicolon list "by A, title; B, title; and C, title").

A meeting held by two named people of different governments is, by the guide's reciprocal
rule ("X and Y met": X actor, Y recipient), between the first and the second: the first agent
is the actor (found by :mod:`.arguments`), the first other agent of another government the
recipient. Agents of the same government (a delegation) add no counterpart.

Pure helper of :mod:`.implied_recipients` over the per-Doc :class:`~.context.Context`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .complements import semicolon_items
from .context import Context, Party
from .positions import coordinated_with, prep_object

if TYPE_CHECKING:
    from spacy.tokens import Token

CONVENE_TYPES = frozenset({"CONSULT"})


def _agent(tok: "Token") -> "Token | None":
    """The first "by" agent of the passive verb of which ``tok`` (a meeting noun) is the
    subject, or of ``tok`` itself when it is that verb."""
    verb = tok.head if tok.dep_ == "nsubjpass" and tok.head.i != tok.i else tok
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return prep_object(agent) if agent is not None else None


def co_convener(ctx: Context, tok: "Token", typ: str, actor: Party | None) -> Party | None:
    """The other agent, of another government, of a meeting convened by several (rules in the
    module docstring), or None."""
    if typ not in CONVENE_TYPES or actor is None or actor.entity is None or tok.i in ctx.quoted:
        return None
    first = _agent(tok)
    if first is None or ctx.entity_at.get(first.i) is not actor.entity:
        return None
    # (the small model may hang the items after a semicolon on the meeting noun or the verb)
    verb = first.head.head
    others = {t for t in (coordinated_with(first, ctx.entity_at), *semicolon_items(first), *semicolon_items(verb),
                          *(c for c in verb.children if c.pos_ == "PROPN" and c.dep_ in ("dep", "conj", "npadvmod")
                            and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ";"))
              if t is not None and t.i > first.i}
    for t in sorted(others, key=lambda x: x.i):
        party = ctx.party(t) if t.i in ctx.entity_at else None
        if party is None or party.entity is None or party.entity is actor.entity:
            continue
        if party.country is not None and actor.country is not None and party.country != actor.country:
            return party
    return None
