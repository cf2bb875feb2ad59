"""Support for another party's war: "Ruritania's support for Freedonia's defense industrial
base", "its support for the invader's war against its neighbour".

PLOVER's SUPPORT is praise or endorsement of a party; its AID is "provide material aid: economic,
military, humanitarian" (CAMEO 07, the military assistance of 072). Support that goes to a
party's war, or to the industry that arms it, is not words of approval but what feeds the war:
arms, munitions, components, troops. The noun "support" whose "for" phrase names another
party's war (a possessor on the war word: "Freedonia's war", "Freedonia's defense industrial base") is
coded AID. Support for a war with no owner named ("his support for the war") is a stance, and
keeps its category.

Support given to another side's armed body is the same material backing: "Iran continues to
support Hamas", "we are continuing to support Israel's military", "support to the Russian
military". The supported party (the verb's object, the noun's "to"/"for" object, or the "to" object
of the verb that gives the noun: "has given support to the Israel Defense Forces") is a listed armed
group (``armed_groups.json``), an armed force's proper name ("the Israel Defense Forces", "the
Sudanese Armed Forces"), or a military word (:data:`MILITARY_BODIES`) owned by a named country
("Israel's military", "the Russian army", "Ukraine's armed forces"). Support for troops, an army or
the police with no country named ("Americans support the troops", "Israel supports its soldiers",
"expressed support for the police") is a stance or a side's own backing, and so is support for a
force's aims ("Israel's legitimate military objectives") or for a task force or reaction force.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.armed_groups import armed_group

if TYPE_CHECKING:
    from spacy.tokens import Token

SUPPORT_NOUNS = frozenset({"support", "backing"})
"""nouns of support that the lexicon codes SUPPORT"""
WAR_WORDS = frozenset({"war", "invasion", "aggression", "offensive", "military"})
"""head nouns naming a party's war or its armed forces as a whole"""
_ARMING_BASES = frozenset({"base"})
"""a head noun that names the industry arming a war when "industrial" modifies it ("defense
industrial base")"""


MILITARY_BODIES = frozenset({"military", "army", "troop", "soldier", "force", "militia", "fighter", "navy", "marine"})
"""words for an armed body as a whole (not the police, a unit or a task force): support for one a named
country owns is material"""
_FORCE_NAMES = frozenset({"forces", "army", "military", "navy"})
"""last words of an armed force's proper name ("Israel Defense Forces", "Sudanese Armed Forces")"""
_OWNER_LABELS = frozenset({"GPE", "NORP"})


def war_support(tok: "Token") -> bool:
    """Whether ``tok`` is a support noun whose "for" phrase names another party's war or the
    industry that arms it, or a support verb or noun whose supported party is an armed body
    (module docstring).

    Args:
        tok: The trigger word.
    """
    if tok.lemma_.lower() not in SUPPORT_NOUNS:
        return False
    if any(_armed_body(o) for o in _supported(tok)):
        return True
    if tok.pos_ != "NOUN":
        return False
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            owned = any(c.dep_ == "poss" for c in obj.children)
            mods = {c.lemma_.lower() for c in obj.children if c.dep_ in ("compound", "amod")}
            word = obj.lemma_.lower()
            if owned and (word in WAR_WORDS or (word in _ARMING_BASES and "industrial" in mods)):
                return True
    return False


def _supported(tok: "Token") -> list["Token"]:
    """The parties ``tok`` (a support verb or noun) names as supported, conjuncts included."""
    if tok.pos_ == "VERB":
        heads = [c for c in tok.children if c.dep_ == "dobj"]
    else:
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "for")]
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("give", "provide", "offer", "lend", "extend"):
            preps += [c for c in tok.head.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"]
        heads = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    return [t for h in heads for t in (h, *h.conjuncts)]


def _armed_body(obj: "Token") -> bool:
    """Whether ``obj`` is (in) a listed armed group's name or an armed force's proper name, or a
    military word a named country owns (module docstring)."""
    ent = next((e for e in obj.sent.ents if e.start <= obj.i < e.end), None)
    if ent is not None and armed_group(ent.text):
        return True
    if ent is not None and ent.label_ == "ORG" and obj.i == ent.end - 1 and obj.lower_ in _FORCE_NAMES:
        return True  # "the Israel Defense Forces", "the Rapid Support Forces"
    if obj.lemma_.lower() not in MILITARY_BODIES and obj.lower_.removesuffix("s") not in MILITARY_BODIES:
        return False
    return any(c.dep_ in ("poss", "amod", "compound") and c.ent_type_ in _OWNER_LABELS for c in obj.children)
