"""A force's instruments and members named by "its": whose act it is.

News names the agent of an attack or a decision by what an organisation owns or is made of:
"the army said its aircraft had bombed rebel positions", "the ministry said its air defences
shot down 58 drones", "the union said its members had rejected the offer". PLOVER codes the
act as the owner's. "its" takes a singular non-person antecedent: the country or organisation
named before it in its sentence (:func:`.antecedents.its_antecedent`), or, for a sentence that
opens with "Its", the subject of the sentence before ("The RSF has surrounded the city. Its
fighters attacked ...": a new sentence's possessive continues the topic).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .antecedents import STATE_BODIES, its_antecedent, state_body
from .context import Context, Party
from .lexicon import load

if TYPE_CHECKING:
    from spacy.tokens import Token

FORCE_PARTS = load().classes["force_part"]
"""what an organisation acts through or is made of (means of force, members): "its aircraft",
"its fighters", "its members" ("its troops" also goes through the state bodies when the owner
is a state organ)"""


def _opening_antecedent(ctx: Context, its: "Token") -> "Token | None":
    """For a sentence opening with "Its", the subject of the sentence before when that is a
    named country or organisation."""
    if its.i != its.sent.start or its.i == 0:
        return None
    prev = its.doc[its.i - 1].sent
    subj = next((t for t in prev if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None)
    if subj is None:
        return None
    ent = ctx.entity_at.get(subj.i)
    if ent is not None and ent.label in ("GPE", "ORG"):
        return subj
    return subj if ent is None and subj.lemma_.lower() in STATE_BODIES else None


def owned_force(ctx: Context, tok: "Token | None") -> Party | None:
    """The owner of "its aircraft", "its fighters", "its members" as a side, or None.

    Args:
        ctx: The article's context.
        tok: The subject token of the act.
    """
    if tok is None or tok.i in ctx.entity_at or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    if tok.lemma_.lower() not in FORCE_PARTS and tok.lower_ not in FORCE_PARTS:
        return None
    its = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ == "its"), None)
    if its is None:
        return None
    owner = its_antecedent(ctx, its) or _opening_antecedent(ctx, its)
    if owner is None or owner.i == tok.i:
        return None
    return ctx.party(owner) or state_body(ctx, owner)


PAIR_NOUNS = frozenset({"country", "nation", "government", "neighbour", "neighbor"})
"""nouns that stand for two states named before ("thanked both countries")"""


def both_named(ctx: Context, verb: "Token", actor: Party | None) -> list[Party]:
    """The two countries "both countries" / "the two nations" stands for as the object of an
    act ("Erdogan thanked both countries"): the two most recent countries named before its
    sentence, other than the actor's own; [] unless exactly such a pair is found."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None or obj.i in ctx.entity_at or obj.lemma_.lower() not in PAIR_NOUNS or not any(
            (c.dep_ in ("det", "predet") and c.lower_ == "both") or (c.dep_ == "nummod" and c.lower_ == "two")
            for c in obj.children):
        return []
    own = actor.country if actor is not None else None
    found: dict[str, int] = {}
    for i in range(verb.sent.start - 1, max(-1, verb.sent.start - 120), -1):
        ent = ctx.entity_at.get(i)
        if ent is not None and ent.label == "GPE" and ent.country and ent.country != own and ent.country not in found:
            found[ent.country] = i
            if len(found) == 2:
                break
    if len(found) != 2:
        return []
    parties = [ctx.party(verb.doc[i]) for i in found.values()]
    return [p for p in parties if p is not None] if all(parties) else []
