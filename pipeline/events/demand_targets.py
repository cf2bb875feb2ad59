"""Recipients named only as the owner of the act a demand or a sanction is about.

* A demand whose object is someone's act: "called for an end to Chinese military activity",
  "demanded Israeli restraint", "a resolution demanding Arcadia end the blockade" (the small
  model often reads the bare-infinitive clause as one noun phrase, "Arcadia end the blockade").
  PLOVER's REQUEST target is the party asked to act, and the act's owner, written as a
  modifier before the act noun, is that party.
* An act aimed at what the document's own government calls "ours": "Pyongyang's decision to
  ignore our outreach", "attacks on our troops", "rejected our proposal". In a statement that
  speaks for a government, "our" outside quotation marks is that government, and an act done by
  another party to its outreach, troops or proposal is aimed at it.
* A sanction aimed at people it describes: "designations targeting officials associated with
  X", "sanctions targeting entities of X". The participle "targeting" names whom the measure
  is aimed at; the first party named in its object is the target (PLOVER SANCTION target).

Each rule fires only when no other rule found a recipient (see :mod:`.implied_recipients`);
the actor and the actor's own country are never taken.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import Context, Party
from .lexicon import load
from .positions import prep_object
from .recipients import act_noun, is_actor

if TYPE_CHECKING:
    from spacy.tokens import Token

PARTY_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
_CESSATION_NOUNS = frozenset({"end", "halt", "stop", "cessation", "freeze"})
"""nouns of stopping whose "to"/"of" complement is the act to be stopped ("an end to X's attacks")"""
_DEMAND_PREPS = frozenset({"for"})
"""the preposition a demand's object follows ("called for", "pressed for", "appealed for")"""
_ACT_WORDS = frozenset({"activity", "behavior", "behaviour", "violence", "hostility", "fighting", "interference",
                        "meddling", "incursion", "buildup", "build-up", "support"})
"""act nouns the nominalisation test of :func:`.recipients.act_noun` misses ("an end to Chinese military activity",
"Iranian support for the militias")"""
_TARGETING = frozenset({"target"})
"""the participle that names whom a measure is aimed at ("sanctions targeting X")"""


def _foreign(party: Party | None, actor: Party | None) -> Party | None:
    """``party`` when it can be the other side: a named party that is not the actor itself nor
    the actor's own country."""
    if party is None or party.entity is None or party.entity.label not in PARTY_LABELS or not is_actor(party):
        return None
    if actor is not None and actor.entity is not None and party.entity is actor.entity:
        return None
    if actor is not None and actor.country and party.country == actor.country and party.entity.label in ("GPE", "NORP"):
        return None  # "called for American investment": the actor's own side
    return party


def _act_head(ctx: Context, head: "Token | None") -> "Token | None":
    """The act noun a demand is about: the object itself, or the act after a noun of stopping
    ("an end to the attacks", "a halt of the offensive")."""
    if head is None or head.i in ctx.entity_at:
        return None
    if head.lemma_.lower() in _CESSATION_NOUNS:
        nxt = next((prep_object(c) for c in head.children if c.dep_ == "prep" and c.lower_ in ("to", "of")), None)
        return _act_head(ctx, nxt) if nxt is not None and nxt.lemma_.lower() not in _CESSATION_NOUNS else None
    low = head.lemma_.lower()
    if head.pos_ != "NOUN" or not (act_noun(head) or low in _ACT_WORDS or low in load().nouns):
        return None
    return head


def _modifier_owner(ctx: Context, head: "Token") -> "Token | None":
    """The first named party before ``head`` inside its own noun phrase, joined to it only by
    modifier links ("Chinese military activity", "Russia's attacks", "Arcadia end the blockade")."""
    for t in head.subtree:
        if t.i >= head.i:
            break
        if t.i not in ctx.entity_at:
            continue
        link, ok = t, True
        while link.i != head.i:
            if link.dep_ not in _MODIFIER_DEPS or link.head.i == link.i:
                ok = False
                break
            link = link.head
        if ok:
            return t
    return None


def demanded_owner(ctx: Context, tok: "Token", typ: str, actor: Party | None) -> Party | None:
    """Whom a demand is aimed at when its object is an act owned by a named party.

    Args:
        ctx: The Doc's argument context.
        tok: The trigger token (a demand verb or noun).
        typ: The event's PLOVER category as coded.
        actor: The event's actor, or None.

    Returns:
        The owner of the demanded act, or None.
    """
    if typ != "REQUEST":
        return None
    heads = [c for c in tok.children if c.dep_ == "dobj"]
    heads += [prep_object(c) for c in tok.children if c.dep_ == "prep" and c.lower_ in _DEMAND_PREPS]
    for head in heads:
        act = _act_head(ctx, head)
        owner = _modifier_owner(ctx, act) if act is not None else None
        found = _foreign(ctx.party(owner), actor) if owner is not None else None
        if found is not None:
            return found
    return None


def targeted_party(ctx: Context, tok: "Token", typ: str, actor: Party | None) -> Party | None:
    """Whom a sanction is aimed at when a "targeting" participle describes its object.

    Args:
        ctx: The Doc's argument context.
        tok: The trigger token (a sanction verb or noun).
        typ: The event's PLOVER category as coded.
        actor: The event's actor, or None.

    Returns:
        The first party named in the object of "targeting", or None.
    """
    if typ != "SANCTION":
        return None
    for part in (c for c in tok.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _TARGETING):
        for obj in (c for c in part.children if c.dep_ == "dobj"):
            for t in obj.subtree:
                if t.i in ctx.entity_at:
                    found = _foreign(ctx.party(t), actor)
                    if found is not None:
                        return found
    return None


_OUR_PREPS = frozenset({"on", "against", "at", "to"})
"""prepositions of an act noun naming what it hits or goes to ("attacks on our troops")"""
_RELATIONS = load().classes["third_party_relations"]
"""(data: event_triggers.json third_party_relations) "our allies", "our neighbours": another party named by its
relation to the speaker, not the speaker's own government"""


def our_side(ctx: Context, tok: "Token", actor: Party | None) -> Party | None:
    """The document's own government when the act's object is "our" something and the actor is
    another party ("ignored our outreach", "attacks on our troops"); "our allies" and the like
    name a third party (:data:`_RELATIONS`), not the speaker's government.

    Args:
        ctx: The Doc's argument context (its ``home_country`` is who "we" are).
        tok: The trigger token.
        actor: The event's actor (required, and of another country).

    Returns:
        A nameless party of the home country, or None.
    """
    home = ctx.home_country
    if home is None or actor is None or actor.country in (None, home) or tok.i in ctx.quoted:
        return None
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if tok.pos_ == "NOUN":
        objs += [prep_object(c) for c in tok.children if c.dep_ == "prep" and c.lower_ in _OUR_PREPS]
    for obj in objs:
        if obj is not None and obj.i not in ctx.entity_at and obj.lemma_.lower() not in _RELATIONS and any(
                c.dep_ == "poss" and c.lower_ == "our" for c in obj.children):
            return Party(entity=None, country=home, token=obj, name=home)
    return None


def stated_target(ctx: Context, tok: "Token", typ: str, actor: Party | None) -> Party | None:
    """The recipient of a demand or a sanction named only through its object, or of an act aimed
    at what the document's government calls "ours" (rules in the module docstring), or None."""
    return demanded_owner(ctx, tok, typ, actor) or targeted_party(ctx, tok, typ, actor) or our_side(ctx, tok, actor)
