"""An event noun under a light verb whose possessor is another named party: that party's act.

A light verb's subject is the actor of the event noun it governs ("Japan expanded its
cooperation with X", "the President reaffirmed his support"). When the noun's possessor names
another party than the subject, the noun is the possessor's act and the clause only tells it or
acts on it: "actions that serve to expand Russia's war beyond Europe" (Russia wages the war),
"the ministers announced Japan's pledge of aid" (Japan pledged). Then the noun is read on its own,
as "Russia's invasion" is (the possessive names the actor, :func:`.arguments._own_actor`). A
possessive pronoun ("its", "their") or a possessor of the subject's own government ("the
President reaffirmed America's commitment") keeps the light verb's reading: the subject's act;
so does a subject of no known government, unless the act is a hostile one no speaker performs
by telling it (:data:`.readoutparties.TOLD_ACT_TYPES`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .arguments import subject_token
from .readoutparties import TOLD_ACT_TYPES
from .triggers import VIA_LIGHT, VIA_OWN

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .context import Context
    from .triggers import Trigger


def purpose_controller(verb: "Token") -> "Token | None":
    """The subject of the clause a purpose infinitive hangs on ("X called Y today to underscore
    Z's commitment": X underscores), or None: English purpose clauses take the main subject as
    their own."""
    if verb.dep_ != "advcl" or verb.tag_ != "VB" or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    return subject_token(verb.head)


def others_act(ctx: "Context", trig: "Trigger") -> bool:
    """Whether a light-verb trigger's noun has a named possessor other than the verb's subject.

    Args:
        ctx: The article's reference context.
        trig: A trigger found under a light verb (``via`` light).
    """
    noun, verb = trig.token, trig.clause
    if verb is None:
        return False
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ != "PROPN" or owner.i not in ctx.entity_at:
        return False
    possessor = ctx.party(owner)
    if possessor is None or possessor.country is None:
        return False  # ("reaffirm the Administration's commitment": a body of no known government may be the subject's own)
    subj = subject_token(verb) or purpose_controller(verb)
    if subj is None:
        return True
    subject = ctx.party(subj)
    if subject is None or subject.country is None:
        # a subject of no known government: a hostile act is the possessor's whoever speaks of it
        # ("actions that serve to expand Russia's war"); a cooperative one may be the speaker's
        # own, written with the government's name ("the adviser reaffirmed Norway's
        # commitment")
        return trig.type in TOLD_ACT_TYPES
    if subject.entity is not None and subject.entity is possessor.entity:
        return False
    return subject.country != possessor.country


def owned_light(ctx: "Context", trig: "Trigger") -> "Trigger":
    """The trigger read as its possessor's own act when :func:`others_act` holds (then its clause
    no longer decides whether it happened: the possessive presupposes it), else unchanged."""
    if trig.via != VIA_LIGHT or not others_act(ctx, trig):
        return trig
    return replace(trig, via=VIA_OWN)
