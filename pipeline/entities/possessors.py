"""A full name the model took for a place or body that owns a relative: "Austin Tice’s parents".

A city or a body has no parents, wife or children: a two- or three-word name starting with a
listed given name, in the possessive before a kinship noun, is a person whatever label the model
gave it ("Austin" is also a city, so the model reads "Austin Tice" as an organisation).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.wordlists import word_set
from ..names import is_given_name
from .lexicon import Item

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..knowledge.countries import Gazetteer

# Kinship nouns after a possessive name (Merriam-Webster's kinship terms; plural forms too).
_KIN = word_set("entities", "kinship_nouns")
_LABELS = frozenset({"ORG", "GPE", "FAC", "LOC", "NORP", "PRODUCT", "WORK_OF_ART"})


def kin_possessors(doc: "Doc", items: list[Item], gaz: "Gazetteer") -> list[Item]:
    """``items`` with a given name and surname before "'s" and a kinship noun labelled PERSON."""
    n = len(doc)
    out: list[Item] = []
    for s, e, label in items:
        end = e - 1 if e - s > 1 and doc[e - 1].text in ("'s", "’s") else e  # the model may take the "'s" in
        if (label in _LABELS and 2 <= end - s <= 3 and end + 1 < n and doc[end].text in ("'s", "’s")
                and doc[end + 1].lower_ in _KIN and is_given_name(doc[s].text)
                and all(t.is_title and t.is_alpha for t in doc[s:end])
                and not gaz.country(doc[s:end].text) and not gaz.organization(doc[s:end].text)):
            e, label = end, "PERSON"
        out.append((s, e, label))
    return out
