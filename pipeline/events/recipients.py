"""Recipients the clause gives only indirectly: whom a promise is for, whom a warning or a
demand is addressed to, whose act a condemnation of its victim's fate is aimed at, and when a
named country is only the actor's own side.

Pure helpers of :mod:`.arguments` over the per-Doc :class:`~.context.Context`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.countries import load as load_countries
from .context import Context, Party
from .lexicon import load

if TYPE_CHECKING:
    from spacy.tokens import Token


def _pobj(prep: "Token") -> "Token | None":
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


CONDEMN_TYPES = frozenset({"ACCUSE"})
HARM_TYPES = frozenset({"COERCE", "ASSAULT"})


def is_victim(ctx: Context, obj: "Token", recipient: Party) -> bool:
    """Whether a condemnation's recipient is only the victim named in the "of" complement of a
    harmful act ("the detention of X", "the killing of Y"), the act's agent left unnamed in it."""
    entry = load().nouns.get(obj.lemma_.lower())
    if obj.pos_ != "NOUN" or entry is None or entry.type not in HARM_TYPES or recipient.entity is None:
        return False
    if any(c.dep_ in ("poss", "compound", "amod", "nmod") and c.i in ctx.entity_at for c in obj.children):
        return False  # "China's detention of X": the agent is named, and the party lookup took it
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(ctx.entity_at.get(t.i) is recipient.entity
                                                                for t in p.subtree) for p in obj.children)


OWN_SIDE_TYPES = frozenset({"AGREE", "SUPPORT", "AID", "COOPERATE"})
"""cooperative acts whose recipient is never the actor's own country named as a modifier"""


def is_own_side(ctx: Context, typ: str, actor: Party, recipient: Party) -> bool:
    """Whether a recipient is only the actor's own country modifying a common noun ("pledged
    continued U.S. support to ...", "reaffirmed the United States' commitment"): it says whose
    support or commitment it is, the actor's side, not to whom it goes."""
    ent, head = recipient.entity, recipient.token
    return (typ in OWN_SIDE_TYPES and ent is not None and ent.label in ("GPE", "NORP") and actor.country is not None
            and recipient.country == actor.country and head is not None and head.i not in ctx.entity_at
            and head.pos_ == "NOUN")


WARNING_TYPES = frozenset({"THREATEN", "REQUEST"})
"""warnings and demands whose addressee is the subject of what they say will or must happen
("issued a warning that the rebels would bear the consequences", "a resolution demanding the
rebels end their attacks")"""


def warned_party(ctx: Context, tok: "Token", actor: Party) -> Party | None:
    """The named subject of a warning's or demand's content clause, other than the actor."""
    for clause in (c for c in tok.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")):
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or not any(t.i in ctx.entity_at for t in subj.subtree):
            continue
        party = ctx.party(subj)
        if party is not None and party.entity is not None and party.entity is not actor.entity:
            return party
    return None


PROMISE_TYPES = frozenset({"AGREE", "SUPPORT"})
"""promises and support whose beneficiary may be named only in the promised act ("reaffirmed
the U.S. commitment to support Chile", "pledged that Peru would keep supporting Bolivia")"""
COMPLEMENT_PREPS = frozenset({"with", "to", "for"})


def promised_party(ctx: Context, tok: "Token", actor: Party) -> Party | None:
    """Whom a promise or expression of support is for when the trigger names no one: the
    party the promised act is done to or with (its direct object, or the object of
    with/to/for), through "continue/keep" + verb. PLOVER's AGREE is an indicated commitment to
    cooperate: its target is whom the cooperation is promised to."""
    verbs = [c for c in tok.children if c.dep_ in ("xcomp", "acl", "ccomp") and c.pos_ in ("VERB", "AUX")]
    verbs += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"
              for p in c.children if p.dep_ == "pcomp"]
    for verb in verbs[:2]:
        chain = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
        for v in chain:
            for c in v.children:
                if c.dep_ == "dobj":
                    cand = c
                elif c.dep_ == "prep" and c.lower_ in COMPLEMENT_PREPS:
                    cand = _pobj(c)
                else:
                    continue
                if cand is None or not (cand.i in ctx.entity_at or cand.lower_ in ctx.collective):
                    continue  # the act's object itself must name someone ("the Paris Agreement" does not)
                party = ctx.party(cand)
                if beneficiary(party, actor):
                    return party
    return None


def beneficiary(party: Party | None, actor: Party) -> bool:
    """Whether a party named in a promised act is someone it is promised to: a person, a
    foreign country or an international organisation (not the actor's own country, "promised
    to raise UK defence spending", nor a thing named like an organisation)."""
    if party is None or party.entity is None:
        return False
    ent = party.entity
    if actor.entity is not None and ent is actor.entity:
        return False
    if ent.label == "PERSON":
        return True
    if ent.label == "GPE":
        return party.country is not None and party.country != actor.country
    return ent.label == "ORG" and load_countries().organization(ent.name) is not None
