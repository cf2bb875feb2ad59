"""One-word names that English refers back to with "its": firms, products and bodies, not people.

The small model tags many company names PERSON ("Mastercard", "Pfizer"). A person is "he",
"she" or "they"; a name whose own clause refers back to it with "its" or "it" is a thing:

* the name is the subject and its verb's clause has "its" before any other person pronoun
  ("Mastercard invested $10 million in its Singapore center"), or "it" as the subject of a
  clause the verb reports ("Pfizer announced that it recently invested");
* the name is coordinated with a noun that "its" determines ("Pfizer and its CEO");
* the name modifies a noun for a made product ("the Pfizer vaccine", "Moderna and Pfizer shots").

Every other mention of the same word is that firm too (one sense per article), unless an
honorific or office word stands before it. Listed given names are left alone ("Jordan and its
neighbours" is a country's name the model did not tag as a person anyway).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.offices import HONORIFICS
from ..knowledge.wordlists import word_set
from ..names import is_given_name
from .lexicon import Item, after_title

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_PERSONAL = frozenset({"his", "her", "their", "he", "she", "they", "him", "them", "himself", "herself"})
_REPORTED = frozenset({"ccomp", "xcomp"})
# Nouns for made products a maker's name modifies ("the Pfizer vaccine", "Moderna shots").
_PRODUCT_NOUNS = word_set("entities", "product_nouns")


def _titled(doc: "Doc", i: int) -> bool:
    return after_title(doc, i, comma=False) or i > 0 and doc[i - 1].lower_.rstrip(".") in HONORIFICS


def _makes_product(tok: "Token") -> bool:
    """``tok`` modifies a lower-case noun for a made product ("the Pfizer vaccine", "Moderna and
    Pfizer shots"), itself or through the name it is coordinated with."""
    while tok.dep_ == "conj" and tok.head.i > tok.i - 4 and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in ("compound", "nmod") and tok.head.is_lower and tok.head.lemma_.lower() in _PRODUCT_NOUNS


def _refers_with_its(tok: "Token") -> bool:
    """``tok`` (a one-word name) is what its own clause calls "its" or "it" (module docstring)."""
    if _makes_product(tok):
        return True
    if tok.dep_ in ("nsubj", "nsubjpass"):
        verb = tok.head
        for t in verb.subtree:
            if t.i <= tok.i:
                continue
            if t.lower_ in _PERSONAL:
                return False
            if t.lower_ == "its" and t.dep_ == "poss":
                return True
            if t.lower_ == "it" and t.dep_ == "nsubj" and t.head.dep_ in _REPORTED and t.head.head.i == verb.i:
                return True
        return False
    return any(c.dep_ == "conj" and any(g.lower_ == "its" and g.dep_ == "poss" for g in c.children)
               for c in tok.children)


def firms_by_its(doc: "Doc", items: list[Item]) -> list[Item]:
    """``items`` with the one-word PERSON names referred back to with "its" relabelled ORG, with
    every other untitled mention of the same word."""
    firms = {doc[s].text for s, e, lab in items
             if lab == "PERSON" and e - s == 1 and doc[s].is_title and not is_given_name(doc[s].text)
             and not _titled(doc, s) and _refers_with_its(doc[s])}
    if not firms:
        return items
    return [(s, e, "ORG") if lab == "PERSON" and e - s == 1 and doc[s].text in firms and not _titled(doc, s)
            else (s, e, lab) for s, e, lab in items]
