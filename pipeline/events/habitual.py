"""Habitual acts: a frequency adverb makes a clause tell what someone does as a rule, not an event.

"Every morning, I meet with my chief of staff", "the council meets regularly", "the envoys meet on
a regular basis", "he is always
fighting for working families", "we routinely consult our allies": such clauses describe a
habit or a practice. PLOVER codes events, each a particular act at a particular time; the
development gold codes no clause with a frequency adverb ("every day", "regularly", "often").
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
    return verb is not None and _frequency(verb)
