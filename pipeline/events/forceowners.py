"""Whose forces are moved when the clause does not say who moved them.

"More than 1,000 X troops were deployed to Y", "the deployment of thousands of X troops to Y",
"the withdrawal of X forces from Z": a passive or a bare noun of deploying or withdrawing names
no agent, but the forces moved belong to a state (a nationality or a country modifying them,
"X troops", "X's soldiers", "our forces"). A state's armed forces are moved by that state: the
owner is the actor (PLOVER MOBILIZE / RETREAT: the source actor raises, deploys or pulls back
its own forces; the annotation guide codes "troops were deployed to Russia" with the troops'
state as actor). Forces with no owner named ("troops were deployed") stay without an actor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import Context, Party
from .lexicon import load

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .triggers import Trigger

FORCE_MOVES = frozenset({"MOBILIZE", "RETREAT"})
"""categories whose theme is the forces moved"""
_OWNER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
_OWNER_LABELS = frozenset({"NORP", "GPE"})
"""a nationality or a country modifying the forces ("North Korean troops", "DPRK troops")"""
_COUNT_HEADS = frozenset({"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "number", "contingent",
                          "battalion", "brigade", "unit", "group"})
"""nouns that count or group the forces ("thousands of X troops", "a battalion of X marines")"""


def _of_object(tok: "Token") -> "Token | None":
    return next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"), None)


def _theme(trig: "Trigger") -> "Token | None":
    """The forces a passive verb or a bare noun moves: the passive subject ("X troops were
    deployed"), or the noun's of-object ("the deployment of X troops")."""
    tok = trig.token
    if tok.pos_ == "VERB":
        if any(c.dep_ == "agent" for c in tok.children):
            return None
        return next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if tok.pos_ == "NOUN":
        return _of_object(tok)
    return None


def _forces(theme: "Token") -> "Token | None":
    """The noun of the forces themselves, past a count or group ("thousands of X troops")."""
    lex = load()
    for _ in range(2):
        low = theme.lower_
        # (a proper name's plural keeps its "s" as its lemma: "United States Armed Forces")
        if lex.in_class(theme.lemma_.lower(), "force") or lex.in_class(low, "force") or (
                theme.pos_ == "PROPN" and low.endswith("s") and lex.in_class(low[:-1], "force")):
            return theme
        inner = _of_object(theme) if (theme.lower_ in _COUNT_HEADS or theme.pos_ == "NUM") else None
        if inner is None:
            return None
        theme = inner
    return None


def force_owner(ctx: Context, trig: "Trigger") -> Party | None:
    """The state whose forces an agentless deployment or withdrawal moves, or None.

    Args:
        ctx: The document context.
        trig: A MOBILIZE or RETREAT trigger whose clause names no actor.

    Returns:
        The owner as a party (the nationality's or country's state; "our" is the speaker's
        government), or None when no owner is written on the forces.
    """
    if trig.type not in FORCE_MOVES:
        return None
    theme = _theme(trig)
    forces = _forces(theme) if theme is not None else None
    if forces is None:
        return None
    own = ctx.entity_at.get(forces.i)
    if own is not None and getattr(own, "label", None) == "ORG":
        party = ctx.party(forces)  # "United States Armed Forces are deployed": the services named as a body
        if party is not None and party.country is not None:
            return party
    for mod in forces.children:
        if mod.dep_ not in _OWNER_DEPS:
            continue
        ent = ctx.entity_at.get(mod.i)
        if (ent is not None and getattr(ent, "label", None) in _OWNER_LABELS) or (
                mod.dep_ == "poss" and mod.lower_ == "our"):  # (the speaker's government)
            party = ctx.party(mod)
            if party is not None and party.country is not None:
                return party
    return None
