"""Whose forces are moved, or struck, when the clause does not say who.

"More than 1,000 X troops were deployed to Y", "the deployment of thousands of X troops to Y",
"the withdrawal of X forces from Z": a passive or a bare noun of deploying or withdrawing names
no agent, but the forces moved belong to a state (a nationality or a country modifying them,
"X troops", "X's soldiers", "our forces"). A state's armed forces are moved by that state: the
owner is the actor (PLOVER MOBILIZE / RETREAT: the source actor raises, deploys or pulls back
its own forces; the annotation guide codes "troops were deployed to Russia" with the troops'
state as actor). Forces with no owner named ("troops were deployed") stay without an actor.

"The Israeli military carried out the operation that killed X", "the commandos who conducted
the raid that killed 12 fighters": the verb of killing has the operation as its subject, and
the operation is the object of a verb of conducting (carry out, conduct, launch, mount). Who
conducted it did the killing (PLOVER ASSAULT: the actor carries out the use of force; the
development gold codes every such clause with the conductor as actor). An operation no one is
said to have conducted ("the operation killed 10 fighters") stays without an actor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import Context, Party
from .filters import has_negation
from .lexicon import load
from .nominalacts import killed_people
from .voice import lemma_forms

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


_CONDUCT_VERBS = frozenset({"carry", "conduct", "launch", "mount", "execute", "stage", "undertake", "lead"})
"""verbs whose subject carries out the operation that is their object ("carried out the raid")"""
_OPERATIONS = frozenset({"operation", "mission"})
"""nouns of a military action that are an attack only by what their clause says they did"""
_VICTIM_CLASSES = ("killed_combatant", "personnel", "people_in_need", "captive", "private_people")
"""classes of the nouns of people an operation kills ("killed three soldiers", "killed terrorists")"""


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


def _killed(ctx: Context, verb: "Token") -> bool:
    """Whether a verb of killing has people as its object: counted or named victims
    (:func:`.nominalacts.killed_people`: "killed 12", "killed dozens", "killed X"), any proper name,
    or a plural noun of people ("killed terrorists", "killed those aid workers")."""
    if killed_people(verb, ctx):
        return True
    lex = load()
    return any(o.pos_ == "PROPN" or (o.tag_ == "NNS" and any(lex.in_class(o.lemma_.lower(), k) for k in _VICTIM_CLASSES))
               for o in verb.children if o.dep_ in ("dobj", "obj"))  # (a name the tagger did not call a person)


def operation_conductor(ctx: Context, trig: "Trigger") -> Party | None:
    """Who conducted the operation that a verb of killing has as its subject, or None.

    Args:
        ctx: The document context.
        trig: An ASSAULT trigger whose clause names no actor.

    Returns:
        The subject of the verb of conducting whose object is the operation ("X carried out
        the operation that killed Y": X), or None when no one is said to have conducted it.
    """
    verb = trig.token
    if trig.type != "ASSAULT" or verb.pos_ != "VERB" or not load().in_class(verb.lemma_.lower(), "harm_verb") \
            or not _killed(ctx, verb):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    if subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subj = verb.head  # "the operation that killed X"
    lemma = subj.lemma_.lower()
    if lemma not in _OPERATIONS and not load().in_class(lemma, "attack_subject"):
        return None
    if verb.tag_ != "VBD" or any(t.lemma_.lower() == "accident" for t in verb.sent):
        return None  # ("will carry out an operation that kills", "a mission that killed 12 people in an accident")
    head, doer = subj.head, None
    if subj.dep_ == "dobj" and set(lemma_forms(head)) & _CONDUCT_VERBS:  # ("staged" may be lemmatised "stag")
        if has_negation(head) or any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
            return None  # "did not carry out the operation", "could carry out"
        doer = next((c for c in head.children if c.dep_ == "nsubj"), None)
    else:  # "an operation conducted by Israeli forces killed ...", "the raid, carried out by X, killed ..."
        part = next((c for c in subj.children if c.dep_ == "acl" and c.tag_ == "VBN"
                     and set(lemma_forms(c)) & _CONDUCT_VERBS), None)
        doer = next((p for c in (part.children if part is not None else ()) if c.dep_ == "agent"
                     for p in c.children if p.dep_ == "pobj"), None)
    if doer is None:
        return None
    if doer.tag_ in ("WDT", "WP") and head.dep_ == "relcl":
        doer = head.head  # "the soldiers who carried out the operation"
    party = ctx.party(doer)
    if party is not None and (party.entity is not None or party.country is not None):
        return party
    for mod in doer.children:  # "the Israeli soldiers who carried out": the soldiers' state
        ent = ctx.entity_at.get(mod.i)
        if mod.dep_ in _OWNER_DEPS and ent is not None and getattr(ent, "label", None) in _OWNER_LABELS:
            owner = ctx.party(mod)
            if owner is not None and owner.country is not None:
                return owner
    return None
