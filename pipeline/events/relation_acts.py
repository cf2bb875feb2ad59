"""A relation between parties made closer, wider or kept up: the object that makes such a verb a cooperative act.

"Chile will deepen its partnership with Peru", "the two governments will strengthen their coordination on
maritime security", "Japan is committed to expanding ties with the Pacific Island countries": a verb of making
closer or wider ("strengthen", "deepen", "expand", ...; ``intended_acts.json``, object kind ``relation``) names a
cooperative act only through its object, a relation between parties (``relation_objects``: partnership, ties,
coordination, dialogue, ...) or joint work ("our trilateral efforts"). Announced for the future or as a
commitment, the act is a promise to cooperate: PLOVER codes cooperative actions reported in the future tense as
AGREE (CAMEO 030 "express intent to cooperate"), and the project's harmonised convention
(evaluation/gold/HARMONISED-future-agree.md) does so too. :mod:`.intended_acts` and :mod:`.committed_states` ask
this module whether the verb's object is such a relation.

Left out: a verb whose object names no relation ("will strengthen our economy", "will expand access to
care": domestic policy, no second party), and a relation whose partner phrase names no foreign or political party
("our partnership with local schools", "ties to the community").
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from .lexicon import load
from .voice import lemma_forms

if TYPE_CHECKING:
    from spacy.tokens import Token

_JOINT = load().classes["joint"]
"""modifiers that make any work a joint one ("our trilateral efforts", "bilateral programmes")"""
_PARTNER_PREPS = frozenset({"with", "between", "among", "to", "across"})
"""prepositions whose object is the partner of a relation ("ties with X", "the bonds between A and B")"""
_PARTY_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
_PARTNER_WORDS = frozenset({"ally", "allies", "partner", "partners", "country", "countries", "nation", "nations",
                            "government", "governments", "neighbor", "neighbors", "neighbour", "neighbours"})
"""plural or generic words for foreign partners that stand for a partner phrase's party ("ties with our allies")"""
_JOINT_OWNERS = frozenset({"our", "their"})
"""owners of a partner phrase's words that are the parties themselves ("coordination between their coast guards")"""


@lru_cache(maxsize=1)
def intended_table() -> dict:
    """The table of ``intended_acts.json``, read once (also :mod:`.intended_acts`'s, which imports this module)."""
    return json.loads(resources.files("pipeline.data").joinpath("intended_acts.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def relation_nouns() -> frozenset[str]:
    """Nouns of a relation or joint work between parties (``intended_acts.json``: ``relation_objects``)."""
    return frozenset(intended_table()["relation_objects"]["words"])


def _partner_named(noun: "Token") -> bool:
    """Whether the relation's partner phrases, if it has any, name a party: a named country, people,
    body or person, or a word for foreign partners ("with Peru", "with our allies"; not "with local schools")."""
    phrases = [p for c in noun.children if c.dep_ == "prep" and c.lower_ in _PARTNER_PREPS
               for p in c.children if p.dep_ == "pobj"]
    return not phrases or any(t.ent_type_ in _PARTY_LABELS or t.lower_ in _PARTNER_WORDS or (
        t.dep_ == "poss" and t.lower_ in _JOINT_OWNERS) for p in phrases for t in p.subtree)


def _relation(noun: "Token") -> bool:
    """Whether ``noun`` is a relation or joint work of definite parties: "our partnership", "the ties with X",
    "bilateral cooperation" (a bare "partnerships" with no one named names a kind of work, not a relation)."""
    kids = list(noun.children)
    if any(c.dep_ in ("amod", "compound") and c.lower_ in _JOINT for c in kids):
        return True  # "our trilateral efforts", "bilateral cooperation"
    if not (any(f in relation_nouns() for f in lemma_forms(noun)) or noun.lower_ in relation_nouns()):
        return False
    return any(c.dep_ in ("poss", "det") for c in kids) or any(c.dep_ == "prep" and c.lower_ in _PARTNER_PREPS for c in kids)


def relation_object(verb: "Token") -> "Token | None":
    """The direct object of ``verb`` (or one of its conjuncts) that names a relation or joint work with a party,
    else None ("deepen our strategic partnership", "strengthen ties with Peru"; not "strengthen our economy",
    "improve our partnership with local schools")."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for noun in (obj, *obj.conjuncts):
            if _relation(noun) and _partner_named(noun):
                return noun
    return None
