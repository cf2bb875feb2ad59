"""Recipients named only as the agent of a by-phrase inside what the act is done to, and the
partner two joined verbs share.

English often names the party an act is aimed at only through what belongs to it or what it
did: "seized an aircraft used by President X", "struck depots operated by the militia" (the
holder of the thing is hit), "we are grateful for the role played by King X", "grave concern
about the passage of the law by the parliament" (a reaction is aimed at the author of what it
reacts to), "is accepting the recommendations put forward by the commission" (accepting a
proposal agrees with its author). The by-phrase hangs on a participle or an act noun inside
the trigger's object, or inside the object of its "for", "with" or "about" complement, where
the ordinary object and complement lookups do not reach.

Two bare verbs joined by "and" share one complement: in "has met and spoken with X" the parser
hangs "with X" on the second verb only.

Pure helpers of :mod:`.arguments` over the per-Doc :class:`~.context.Context`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import Context, Party
from .positions import prep_object
from .reactions import _event_noun, _listed
from .recipients import REACTION_TYPES, is_actor

if TYPE_CHECKING:
    from spacy.tokens import Token


HELD_TYPES = frozenset({"COERCE", "ASSAULT"})
"""acts on a thing (a seizure, a strike) that PLOVER aims at whoever holds the thing"""

HOLDING_PARTICIPLES = frozenset({"use", "own", "operate", "utilize", "utilise", "control", "run", "man",
                                 "occupy", "employ"})
"""participles whose by-agent holds the thing ("used by", "owned by", "operated by"); other
participles ("built by", "sold by") name someone who no longer holds it"""

HOSTING_PARTICIPLES = frozenset({"host", "hold"})
"""participles whose by-agent only gives a gathering its venue ("talks hosted by X"): supporting
the talks is not aimed at the host"""

ACCEPTING_VERBS = frozenset({"accept"})
"""agreements whose object is someone's proposal: accepting it agrees with its author"""

_COMPLEMENT_PREPS = frozenset({"for", "with", "about", "over"})
"""prepositions of the complement a reaction noun or adjective takes ("grateful for", "concern
about", "concerns with", "anger over")"""

_LAW_ACTS = frozenset({"passage", "enactment", "adoption", "approval"})
"""acts of a legislature named by a noun the suffix test of act nouns misses ("the passage of
the law by parliament"): a reaction to one is aimed at the body that passed it"""

_TARGET_PREPS = frozenset({"at", "on", "against"})
"""prepositions of the place an attack or seizure hit ("struck targets at facilities used by X")"""


def _objects(tok: "Token", obj: "Token | None", typ: str) -> list["Token"]:
    """The nouns an act is done to or a reaction is about, nearest first."""
    found = [obj] if obj is not None and obj.pos_ in ("NOUN", "PROPN") else []
    preps = _COMPLEMENT_PREPS if typ in REACTION_TYPES else _TARGET_PREPS if typ in HELD_TYPES else frozenset()
    if tok.pos_ == "NOUN":  # "the seizure of an aircraft used by X"
        preps = preps | {"of"}
    heads = [tok] + ([obj] if obj is not None and typ in HELD_TYPES else [])
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":  # "expressed concern about ...": the phrase may hang on the verb
        heads.append(tok.head)
    for head in heads:
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                noun = prep_object(c)
                if noun is not None and noun.pos_ in ("NOUN", "PROPN") and noun not in found:
                    found.append(noun)
    return found


def _agent(noun: "Token", typ: str) -> "Token | None":
    """The by-agent of a participle modifying ``noun`` (for an act on a thing, only a holding
    participle), or of ``noun`` as an act ("the passage of the law by X", where the parser may
    hang the by-phrase on the act's "of" object)."""
    for v in noun.children:
        lemma = v.lemma_.lower()
        if v.dep_ == "acl" and v.tag_ == "VBN" and (
                lemma in HOLDING_PARTICIPLES if typ in HELD_TYPES else lemma not in HOSTING_PARTICIPLES):
            agent = next((p for a in v.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"), None)
            if agent is not None:
                return agent
    if typ in HELD_TYPES or not (_event_noun(noun) or noun.lemma_.lower() in _LAW_ACTS):
        return None
    ofs = [prep_object(c) for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
    for holder in [noun, *(o for o in ofs if o is not None)]:
        by = next((c for c in holder.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"), None)
        if by is not None and prep_object(by) is not None:
            return prep_object(by)
    return None


def by_agent(ctx: Context, typ: str, tok: "Token", obj: "Token | None", actor: Party | None) -> Party | None:
    """The party named by a by-phrase inside what the act is done to or a reaction is about.

    Args:
        ctx: The per-Doc context.
        typ: The event's category.
        tok: The trigger.
        obj: The trigger's object (the recipient token tried first), or None.
        actor: The actor found (None: nothing is returned).

    Returns:
        The agent's party when it names a state, an organisation, a group or a person other than
        the actor; else None.
    """
    if actor is None or not (typ in REACTION_TYPES or typ in HELD_TYPES
                             or (typ == "AGREE" and tok.lemma_.lower() in ACCEPTING_VERBS)):
        return None
    for noun in _objects(tok, obj, typ):
        agent = _agent(noun, typ)
        if agent is None or (_listed(agent) and typ not in HELD_TYPES):
            # ("the statement by A, B and C": no one of them answers for it; a thing "used by A and B" is
            # held by each, and the first named is hit)
            continue
        who = ctx.party(agent)
        if who is None or not is_actor(who) or who.label == "NORP":  # ("by European negotiators" names no one)
            continue
        if (actor.entity is not None and who.entity is actor.entity) or (
                actor.entity is None and who.entity is None and who.country == actor.country):
            continue
        return who
    return None


def shared_partner(verb: "Token") -> "Token | None":
    """The "with" object of the second of two bare verbs joined by "and" or "or" ("has met and
    spoken with X", "consulted and coordinated with X"): the first verb, with no object or
    complement of its own, shares it."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp") or (c.dep_ == "prep" and c.lower_ == "with")
                                  for c in verb.children):
        return None  # (an adjunct hung on the first verb, "including in Bali", is the pair's own)
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].lower_ not in ("and", "or"):
        return None
    second = doc[verb.i + 2]
    if second.dep_ != "conj" or second.head.i != verb.i or second.pos_ != "VERB":
        return None
    return next((prep_object(c) for c in second.children if c.dep_ == "prep" and c.lower_ == "with"), None)
