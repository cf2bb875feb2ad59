"""Habitual acts: a frequency adverb makes a clause tell what someone does as a rule, not an event.

"Every morning, I meet with my chief of staff", "the council meets regularly", "the envoys meet on
a regular basis", "he is always
fighting for working families", "we routinely consult our allies": such clauses describe a
habit or a practice. PLOVER codes events, each a particular act at a particular time, and the
development gold codes almost no clause with a frequency adverb ("every day", "regularly", "often").
Contact is the exception: "President Biden has spoken regularly with President Zelenskyy", "we
continue to speak every day with our Israeli counterparts", "are in constant contact with
Ukrainian officials" tell that the two sides consult, and the development gold codes such
consultations (14 CONSULT events with a frequency word by round 60). A consultation told as contact
kept up (perfect or progressive, "continue to", "be in contact with") is therefore no habit; a
simple present routine ("meets with her chief of staff every morning") and a condition ("every
time I land in X") still are.
A count or a span of past acts ("has met 89 leaders so far", "met twice this year") is no habit
and stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import load

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .triggers import Trigger

FREQUENCY_ADVERBS = load().classes["frequency_adverb"]
"""adverbs saying how often: the clause tells a habit"""
_EVERY = frozenset({"every", "each"})
_PERIODS = load().classes["period"]
BASIS_MODIFIERS = load().classes["basis_modifier"]
"""what makes "on a ... basis" a frequency ("meet on a regular basis", "consult on a weekly basis")"""


def _frequency(verb: "Token") -> bool:
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in FREQUENCY_ADVERBS:
            return True
        if c.dep_ in ("npadvmod", "advmod", "obl", "dobj") and c.lemma_.lower() in _PERIODS and any(
                d.dep_ == "det" and d.lower_ in _EVERY for d in c.children):
            return True  # "every morning", "each week"
        if c.dep_ == "prep" and c.lower_ == "on" and any(
                p.dep_ == "pobj" and p.lemma_.lower() == "basis" and any(
                    m.dep_ == "amod" and m.lower_ in BASIS_MODIFIERS for m in p.children) for p in c.children):
            return True  # "on a regular basis"
    return False


def habitual(trig: "Trigger") -> bool:
    """Whether the trigger's clause (its own verb, or the verb a noun trigger depends on: "I hold
    a meeting every day") carries a frequency adverb."""
    tok = trig.token
    verb = trig.clause if trig.clause is not None else tok
    if verb.pos_ not in ("VERB", "AUX"):
        verb = tok.head if tok.head.pos_ in ("VERB", "AUX") else None
    if verb is not None and trig.type == "CONSULT" and _held_contact(verb):
        return False  # "has spoken regularly with President X", "are in constant contact with Y": contact held
    return verb is not None and _frequency(verb)


_CONTACT = frozenset({"contact", "touch", "communication"})
"""what one is "in" with another side when the two keep talking ("in constant contact with X")"""
_CARRY_ON = frozenset({"continue", "remain", "keep"})


def _held_contact(verb: "Token") -> bool:
    """Whether a consultation with a frequency is told as contact kept up, not a routine: in the
    perfect or the progressive ("have spoken regularly", "have been meeting regularly"), carried on
    ("continue to speak every day"), or a state of contact ("are in constant contact with X").
    A simple present of a routine ("meets with her chief of staff every morning", "routinely
    consults X") and a condition ("every time I land in X") stay habits."""
    if any(c.lemma_.lower() == "time" and any(d.dep_ == "det" and d.lower_ in _EVERY for d in c.children)
           for c in verb.children):
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "have" for c in verb.children):
        return True
    if verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in verb.children):
        return True
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _CARRY_ON:
        return True
    return verb.lemma_.lower() == "be" and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(p.lemma_.lower() in _CONTACT for p in c.children) for c in verb.children)
