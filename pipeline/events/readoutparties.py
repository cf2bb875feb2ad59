"""Parties of the calls and meetings a readout reports, where the small model misparses them.

Readouts and joint statements open with one sentence that names both sides ("President X met
today at the White House with President Y of Z", "President X, Jr. and His Majesty King Y
met today in Jeddah") and then list what was discussed ("President X raised Russia's war
against Ukraine"). Three parses go wrong there often enough to lose the other side or to give
the speaker someone else's act:

* a "with" phrase hung on the place or time noun before it ("at the White House [with Y]");
* a name suffix ("Jr.", "II") parsed as the first conjunct of a coordinated subject, the
  second name hanging on the suffix;
* an act of a third party named as the topic of a speech verb that otherwise works as a light
  verb ("raised concerns" is the speaker's act, "raised Russia's war" is Russia's act told).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..names import SUFFIXES

if TYPE_CHECKING:
    from spacy.tokens import Token

SETTING_PREPS = frozenset({"at", "in", "on", "during", "after", "before"})
"""prepositions of a meeting's place or time, on whose noun the parser may hang the "with" phrase"""

TOPIC_LIGHT_VERBS = frozenset({"raise", "highlight", "underscore", "underline", "note", "discuss", "address",
                               "mention", "review", "describe", "brief"})
"""speech verbs that name a topic: with a stance noun they state the speaker's stance ("raised
concerns", "underscored his support"), with a noun of someone's act they only tell it"""

TOLD_ACT_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "SANCTION", "RETREAT", "PROTEST"})
"""categories of acts a speaker reports rather than performs by speaking"""


def _pobj(prep: "Token") -> "Token | None":
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def displaced_with(verb: "Token") -> "Token | None":
    """Whom a consultation verb met when the parser hung "with Y" on the noun of a place or
    time phrase before it ("met today at the White House with President Y", "spoke on Monday
    with Y"): the object of that "with", or None (also when the verb has a "with" of its own)."""
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in SETTING_PREPS or prep.i < verb.i:
            continue
        place = _pobj(prep)
        if place is None:
            continue
        for w in place.children:
            if w.dep_ == "prep" and w.lower_ == "with" and w.i > place.i:
                obj = _pobj(w)
                if obj is not None:
                    return obj
    return None


def past_suffix(conj: "Token | None") -> "Token | None":
    """The name coordinated after a name suffix the parser made the first conjunct ("X, Jr.
    and Y": Jr. is conj of X, Y conj of Jr.): Y; otherwise ``conj`` itself."""
    if conj is None or conj.lower_.rstrip(".") not in {s.rstrip(".") for s in SUFFIXES}:
        return conj
    return next((c for c in conj.children if c.dep_ == "conj"), conj)


def told_act(light_verb: "Token | None", typ: str) -> bool:
    """Whether a noun trigger under a light verb is an act the speaker only tells ("raised
    Russia's brutal war against Ukraine", "underscored the DPRK's missile launches"): then the
    noun's own actor (its possessor) did it, not the speaker."""
    return light_verb is not None and typ in TOLD_ACT_TYPES and light_verb.lemma_.lower() in TOPIC_LIGHT_VERBS
