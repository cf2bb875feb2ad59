"""An act named by a gerund after "discussed" or "explored" is a topic, not an act.

Readouts tell what the parties talked about with a gerund: "They discussed working together
within the G20", "The leaders discussed strengthening economic cooperation and increasing
cooperation on climate", "agreed to explore holding a strategic dialogue". The gerund names a
possible course, talked over or looked into, not something the parties did or decided (the
guide codes what happened, happens or is decided). The consultation itself is coded from its
own words ("met", "discussed X with Y").

An act is such a topic when its word is the gerund, or a noun the gerund governs ("discussed
strengthening cooperation"), and the gerund (or the first of a list of gerunds) is the object
or complement of a verb of talking over or looking into.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

TOPIC_VERBS = frozenset({"discuss", "explore", "consider", "examine", "debate", "review", "weigh", "study"})
"""verbs whose gerund complement is a course talked over or looked into"""
_COMPLEMENT_DEPS = frozenset({"dobj", "xcomp", "ccomp", "pcomp", "nsubjpass"})
_NOUN_PATH = frozenset({"dobj", "pobj", "prep", "compound", "amod", "conj"})


def _topic_gerund(gerund: "Token") -> bool:
    """Whether a gerund (or the first of its coordinated list) complements a topic verb."""
    first = gerund
    for _ in range(6):  # "discussed strengthening X, fostering Y, and increasing Z"
        if first.dep_ != "conj" or first.head.i == first.i:
            break
        first = first.head
    if first.tag_ == "VBG" and first.dep_ in _COMPLEMENT_DEPS and first.head.lemma_.lower() in TOPIC_VERBS:
        return True
    return gerund.tag_ == "VBG" and first.i != gerund.i and _about_conjunct(first, gerund)


_TALK_VERBS = TOPIC_VERBS | {"talk", "speak"}
_ABOUT_PREPS = frozenset({"about", "on"})


def _about_conjunct(verb: "Token", gerund: "Token") -> bool:
    """Whether ``gerund`` is the last item of the "about" phrase of a verb of talking that the
    parser coordinated with the verb itself ("to talk about resilience and supporting civil
    society"): coordinated verbs under one "to" share its form, so a gerund there continues the
    list of topics, not the verb."""
    return verb.tag_ != "VBG" and verb.lemma_.lower() in _TALK_VERBS and any(
        c.dep_ == "prep" and c.lower_ in _ABOUT_PREPS and c.i < gerund.i for c in verb.children)


def gerund_topic(tok: "Token") -> bool:
    """Whether the trigger ``tok`` is a topic named by a gerund (module docstring).

    Args:
        tok: The trigger word.
    """
    if tok.tag_ == "VBG":
        return _topic_gerund(tok)
    cur = tok
    for _ in range(4):  # up from the noun to the gerund that governs it
        if cur.dep_ not in _NOUN_PATH or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.tag_ == "VBG":
            return _topic_gerund(cur)
    return False
