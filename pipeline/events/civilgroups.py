"""Unnamed civil-society groups as the actors of verbal acts: "Rights groups accused the army
of abuses", "Opposition parties accused the government of ...", "Students called on the
government to resign", "Refugee charities welcomed the ruling". The guide codes an actor the
text does not name as null ("null when not stated"; the development gold codes unnamed
groups' accusations and praise so); the act stands. Only groups that take public
positions of their own (opposition, rights and advocacy groups, charities, unions, students,
critics), and only for the verbal categories they perform: accusing, demanding, supporting,
rejecting. A bare "people", "officials" or "Americans" is no such group.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import Context, Party

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .triggers import Trigger

VERBAL_TYPES = frozenset({"ACCUSE", "REQUEST", "SUPPORT", "REJECT"})
CIVIL_NOUNS = frozenset({"opposition", "critic", "activist", "campaigner", "charity", "ngo", "student",
                         "protester", "protestor", "demonstrator", "unionist", "dissident"})
"""heads that name a civil group by themselves ("Critics accused ...", "Students called on ...")"""
GROUP_HEADS = frozenset({"group", "organisation", "organization", "party", "union", "coalition", "movement",
                         "association", "charity", "activist", "campaigner"})
"""heads that name one only with a modifier saying which ("rights groups", "opposition parties")"""
GROUP_MODIFIERS = frozenset({"rights", "right", "human", "opposition", "advocacy", "campaign", "civil", "refugee",
                             "aid", "humanitarian", "environmental", "residents", "resident", "farmers", "farmer",
                             "victims", "student", "students", "trade", "labour", "labor", "press", "media",
                             "freedom", "watchdog", "anti-corruption", "pro-democracy", "democracy"})


def _civil(subj: "Token") -> bool:
    low = subj.lemma_.lower()
    if low in CIVIL_NOUNS:
        return True
    if low not in GROUP_HEADS:
        return False
    words = [w for c in subj.children if c.dep_ in ("amod", "compound", "poss", "nmod")
             for w in (c, *(g for g in c.children if g.dep_ in ("amod", "compound")))]
    return any(w.lower_.rstrip("'").removesuffix("'s") in GROUP_MODIFIERS or w.lemma_.lower() in GROUP_MODIFIERS
               for w in words)


def civil_group(ctx: Context, trig: "Trigger") -> Party | None:
    """The null actor of a verbal act whose subject is an unnamed civil group, or None."""
    if trig.type not in VERBAL_TYPES or trig.token.pos_ != "VERB":
        return None
    subj = next((c for c in trig.token.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i in ctx.entity_at or subj.i in ctx.quoted or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.i in ctx.entity_at for c in subj.subtree if c.i != subj.i):
        return None  # "Kenya's opposition", "the Labour party": a named side, the arguments' business
    return Party(entity=None, country=None, token=subj, name=None) if _civil(subj) else None
