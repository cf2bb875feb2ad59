"""Support for another party's war: "Ruritania's support for Freedonia's defense industrial
base", "its support for the invader's war against its neighbour".

PLOVER's SUPPORT is praise or endorsement of a party; its AID is "provide material aid: economic,
military, humanitarian" (CAMEO 07, the military assistance of 072). Support that goes to a
party's war, or to the industry that arms it, is not words of approval but what feeds the war:
arms, munitions, components, troops. The noun "support" whose "for" phrase names another
party's war (a possessor on the war word: "Freedonia's war", "Freedonia's defense industrial base") is
coded AID. Support for a war with no owner named ("his support for the war") is a stance, and
keeps its category.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

SUPPORT_NOUNS = frozenset({"support", "backing"})
"""nouns of support that the lexicon codes SUPPORT"""
WAR_WORDS = frozenset({"war", "invasion", "aggression", "offensive", "military"})
"""head nouns naming a party's war or its armed forces as a whole"""
_ARMING_BASES = frozenset({"base"})
"""a head noun that names the industry arming a war when "industrial" modifies it ("defense
industrial base")"""


def war_support(tok: "Token") -> bool:
    """Whether ``tok`` is a support noun whose "for" phrase names another party's war or the
    industry that arms it (module docstring).

    Args:
        tok: The trigger word.
    """
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in SUPPORT_NOUNS:
        return False
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            owned = any(c.dep_ == "poss" for c in obj.children)
            mods = {c.lemma_.lower() for c in obj.children if c.dep_ in ("compound", "amod")}
            word = obj.lemma_.lower()
            if owned and (word in WAR_WORDS or (word in _ARMING_BASES and "industrial" in mods)):
                return True
    return False
