"""Targets and counterparts named by an "including" list after a plural group noun.

English often names whom an act is aimed at twice: first as a group, then by the members that
matter, after "including" ("sanctioned eleven individuals, including A, B and C"; "met with
regional leaders, including President A and King B"; "condemned attacks by militant groups,
including A and B"). Each listed member is a target (or counterpart) of its own, as the annotation
codes a coordinated object one event per member (:mod:`.multiparty`): the group noun itself names
nobody in particular.

Pure helpers of :mod:`.extract`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import Context, Party
from .multiparty import ONE_SIDED_LABELS, SPLIT_TYPES
from .object_lists import list_members

if TYPE_CHECKING:
    from spacy.tokens import Token

INCLUDING = frozenset({"including"})
"""prepositions that open the members of a group ("partners, including A and B")"""
CONSULT_LABELS = frozenset({"PERSON", "GPE"})
"""labels of a consultation's listed counterparts (persons and countries, as for a coordinated object)"""
TARGET_PREPS = frozenset({"on", "against", "with", "to", "by", "of", "from"})
"""prepositions through which an act reaches its target group ("sanctions on", "talks with",
"attacks by" a reaction's agents, "the leaders of/from")"""
MAX_DEPTH = 4
"""how many object or preposition links the group noun may sit below the trigger"""


def _group_nouns(trig: "Token", consult: bool) -> list["Token"]:
    """Plural common nouns reached from ``trig`` through its object and prepositions only (no
    clause in between): the groups the act may be aimed at. A consultation's group is reached
    through "with" (or the object of a meeting verb), never through a topic ("discussed issues,
    including X")."""
    out: list["Token"] = []
    frontier = [(c, 1) for c in trig.children if c.dep_ in ("dobj", "prep", "dative", "nsubjpass")]
    while frontier:
        tok, depth = frontier.pop()
        if depth > MAX_DEPTH:
            continue
        if tok.dep_ in ("prep", "dative"):  # ("sent doses to countries including A and B")
            if tok.lower_ not in TARGET_PREPS or (consult and tok.head is trig and tok.lower_ != "with"):
                continue
            frontier += [(c, depth + 1) for c in tok.children if c.dep_ == "pobj"]
            continue
        if consult and tok.dep_ == "dobj" and tok.head is trig and trig.pos_ != "VERB":
            continue
        if tok.tag_ == "NNS" and tok.pos_ == "NOUN":
            out.append(tok)
        frontier += [(c, depth + 1) for c in tok.children if c.dep_ in ("prep", "conj")]
    return out


def _listed(group: "Token") -> list["Token"]:
    """The members an "including" phrase of ``group`` names, in text order (the parser may hang the
    phrase on the verb when an adjunct stands between: "sanctioned officials on Monday, including A")."""
    verb_preps = list(group.head.children) if group.dep_ == "dobj" else []
    for prep in [*group.children, *verb_preps]:
        if prep.dep_ == "prep" and prep.lower_ in INCLUDING and prep.i > group.i:
            first = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if first is not None:
                return [first, *list_members(first)]
    return []


def included_pairs(ctx: Context, trig: "Token", typ: str, actor: Party | None,
                   recipient: Party | None) -> list[tuple[Party, Party]] | None:
    """One (actor, member) pair per named member of an "including" list of the act's target group.

    Args:
        ctx: The Doc's context.
        trig: The trigger token.
        typ: The coded type (a consultation, or a one-sided act of :data:`.multiparty.SPLIT_TYPES`).
        actor: The act's actor.
        recipient: The recipient as found (None, or a party named inside the group's phrase).

    Returns:
        The pairs, or None when no such list names two or more parties (the event stays as found).
    """
    if actor is None or trig.i in ctx.quoted or (typ != "CONSULT" and typ not in SPLIT_TYPES):
        return None
    consult = typ == "CONSULT"
    labels = CONSULT_LABELS if consult else ONE_SIDED_LABELS
    for group in _group_nouns(trig, consult):
        if recipient is not None and recipient.token is not None and recipient.token not in group.subtree:
            continue  # the act names its own target elsewhere: the group is something else
        members: list[Party] = []
        for tok in _listed(group):
            party = ctx.party(tok) if tok.i in ctx.entity_at else None
            if party is None or party.entity is None or party.entity.label not in labels:
                continue
            if party.entity is actor.entity or (consult and actor.entity is None and party.country == actor.country):
                continue
            if all(party.entity is not m.entity for m in members):
                members.append(party)
        if len(members) >= 2:
            return [(actor, m) for m in members]
    return None
