"""An attack verb used of words: "X attacked Y over the tax plan", "attacked Democrats for passing it".

"Attack" reports a use of force (PLOVER ASSAULT) or, in political reporting, a verbal attack: a
criticism (PLOVER/CAMEO 11 disapprove: criticize or denounce; ACCUSE in the project). What tells
the verbal sense is the stated ground of the attack: "for" + a gerund naming what the target did
("attacked Democrats for passing it") or "over" + an issue ("attacked the president over
immigration"). A gerund of state ("attacked for being Jewish") is a motive of violence, not a
ground of criticism; "over" + a date ("over the weekend") or a place ("over the border") is when
or where force was used. Nor is it criticism when either side is armed: a force, a fighter, a
weapon or a military site as subject or object ("Israeli jets attacked Hamas fighters for
launching rockets", "Russian forces attacked Ukrainian troops over the river") tells force used
with its cause; a verbal attack has a person, government or body as attacker and a non-military
target.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .lexicon import load
from .triggers import VIA_SELF

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .triggers import Trigger

ATTACK_VERBS = frozenset({"attack"})
"""attack verbs whose object may be a person or policy criticised"""
STATE_VERBS = load().classes["state_gerund_verb"]
"""(data: event_triggers.json) gerunds of a state or an identity: a motive of violence ("attacked for being Jewish"), not a ground of criticism"""
_CLASSES = load().classes
ARMED_NOUNS = frozenset().union(*(_CLASSES[k] for k in (
    "force", "force_part", "armed_trainee", "personnel", "weapon", "military_target")))
"""forces, fighters, weapons and military sites (data: event_triggers.json): an attack with one as
subject or object is force used, whatever ground is given"""
_SETTING_LABELS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL", "QUANTITY"})
_SETTING_WORDS = load().classes["setting_word"]
"""(data: event_triggers.json) pobj words of "over" telling where or when force was used ("attacked over the border", "over the night")"""


def _ground(verb: "Token") -> bool:
    """Whether the verb has a "for"+gerund of an act or an "over"+issue complement."""
    for p in verb.children:
        if p.dep_ != "prep":
            continue
        if p.lower_ == "for":
            if any(c.dep_ == "pcomp" and c.tag_ == "VBG" and c.lemma_.lower() not in STATE_VERBS for c in p.children):
                return True
        elif p.lower_ == "over":
            obj = next((c for c in p.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ == "NOUN" and not obj.ent_type_ and obj.lemma_.lower() not in _SETTING_WORDS \
                    and not any(c.ent_type_ in _SETTING_LABELS for c in obj.subtree):
                return True
    return False


def _armed_side(verb: "Token") -> bool:
    """Whether the attack's subject or object (or a conjunct of either) is an armed noun."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass", "dobj"):
            if any(t.lemma_.lower() in ARMED_NOUNS or t.lower_ in ARMED_NOUNS for t in (c, *c.conjuncts)):
                return True
        elif c.dep_ == "agent":  # "were attacked by fighters over ..."
            if any(o.dep_ == "pobj" and o.lemma_.lower() in ARMED_NOUNS for o in c.children):
                return True
    return False


def verbal_attack(trig: "Trigger") -> "Trigger":
    """The trigger retyped ACCUSE when an attack verb states the ground of a criticism, or as it was."""
    tok = trig.token
    if trig.type != "ASSAULT" or trig.via != VIA_SELF or tok.pos_ != "VERB" or tok.lemma_.lower() not in ATTACK_VERBS:
        return trig
    return replace(trig, type="ACCUSE") if _ground(tok) and not _armed_side(tok) else trig
