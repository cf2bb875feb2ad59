"""Whom a criticism is aimed at when the criticised act names its doer: "expressed concern over
troop deployments by X to Y", "condemned the seizure of the tanker by X".

PLOVER's ACCUSE target is the party disapproved of, and what is disapproved of here is an act
whose doer the by-phrase names: X. The other names in the act's phrase say where the act went
or whom it touched ("to Y", "of the tanker"): the small model often hangs that "to" phrase on the
verb or on the noun of the criticism, where it reads as whom the criticism was addressed to. A
criticism that names its doer by a by-phrase is aimed at that doer, whatever else a phrase of it
names. Only an explicit by-agent is read (on the act's noun, or where :func:`.antecedents.by_on_of_object`
finds the small model hangs it); a concern with no
doer named keeps the recipient it had.

Pure helper of :mod:`.extract` over the per-Doc :class:`~.context.Context`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .antecedents import by_on_of_object
from .context import Context, Party
from .positions import prep_object
from .recipients import is_actor

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .triggers import Trigger

TOPIC_PREPS = frozenset({"over", "about", "at", "regarding", "concerning", "of", "for"})
"""prepositions that attach what a criticism noun is about ("concern over X", "condemnation of X",
"criticism for X")"""
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
"""what a criticism verb is about: its object ("condemned X"), or its passive subject ("X was condemned")"""
_PARTY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def criticised_acts(tok: "Token") -> list["Token"]:
    """The nouns a criticism word is about: the object of a verb ("condemned the deployments")
    or the object of a topic preposition of a noun ("concern over the deployments").

    Args:
        tok: The trigger word (a verb or a noun of criticism).
    """
    if tok.pos_ in ("VERB", "AUX"):
        return [c for c in tok.children if c.dep_ in _OBJECT_DEPS and c.pos_ == "NOUN"]
    return [o for c in tok.children if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS
            for o in [prep_object(c)] if o is not None and o.pos_ == "NOUN"]


def accused_agent(ctx: Context, trig: "Trigger", typ: str, actor: Party | None,
                  recipient: Party | None) -> Party | None:
    """The recipient of an ACCUSE whose criticised act names its doer by a by-phrase: that doer
    (module docstring); else ``recipient`` unchanged.

    Args:
        ctx: The Doc's context.
        trig: The event's trigger.
        typ: The event's coded type.
        actor: The event's actor.
        recipient: The recipient found so far (may be None).
    """
    if typ != "ACCUSE":
        return recipient
    for act in criticised_acts(trig.token):
        agent = next((prep_object(c) for c in act.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"),
                     None) or by_on_of_object(act)  # "deployments by X", "the seizure of Y by X"
        doer = ctx.party(agent) if agent is not None else None
        if doer is None or not is_actor(doer) or doer.label not in _PARTY_LABELS:
            continue
        if actor is not None and ((doer.entity is not None and doer.entity is actor.entity) or (
                doer.country is not None and doer.country == actor.country)):
            continue  # (one's own side's act: "condemned the leak by our own officials" aims at no one else)
        return doer
    return recipient
