"""Welcoming someone to a place: "welcomed the leaders to Ottawa", "will welcome our neighbours
to the White House".

The lexicon codes welcoming a decision or a step as SUPPORT, and welcoming a named person as
hosting (CONSULT, the host as actor). Welcoming anyone *to a place* is receiving visitors there
whoever they are (PLOVER CONSULT mode visit, CAMEO 043 host a visit), named or not ("the
then-leaders", "our two closest neighbours"). A place is a named country, city or site, or the
seat of a government ("the White House"); welcoming a state "to NATO" or "to the alliance" is
an accession, not a visit, and stays as it was. The object must be people or a party (a named
person, people, place or body, or a people noun such as "the leaders"): "welcomed new investment
to Wales" welcomes a thing, it receives no visitor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import load

if TYPE_CHECKING:
    from spacy.tokens import Token

_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
_PARTY_TYPES = frozenset({"PERSON", "NORP", "GPE", "ORG"})
_CLASSES = load().classes
_PEOPLE = _CLASSES["pair_group"] | _CLASSES["private_people"] | _CLASSES["from_people"]
"""people nouns a host receives ("the leaders", "our neighbours", "families"), from the lexicon's classes"""
_SEATS = frozenset({("white", "house"), ("camp", "david"), ("oval", "office")})
"""seats of government written as names the tagger may not take for places"""


def _place(tok: "Token") -> bool:
    if tok.ent_type_ in _PLACE_TYPES:
        return True
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev is not None and (prev.lower_, tok.lower_) in _SEATS


def _people(obj: "Token") -> bool:
    """Whether a welcomed object is people or a party (module docstring)."""
    if obj.ent_type_ in _PARTY_TYPES or obj.lower_ in ("them", "him", "her", "us", "you", "everyone"):
        return True
    return obj.lemma_.lower() in _PEOPLE or obj.lower_ in _PEOPLE


def welcomed_to_place(tok: "Token") -> bool:
    """Whether a welcome verb has an object and a "to" phrase naming a place ("welcomed X to
    Ottawa"): hosting a visit, not support."""
    if tok.lemma_.lower() != "welcome" or tok.pos_ != "VERB":
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    if not objs:
        return False  # "welcome to Ottawa": a greeting
    if not any(_people(o) for o in objs):
        return False  # "welcomed new investment to Wales": a thing welcomed, no visit
    return any(c.dep_ == "prep" and c.lower_ == "to" and c.i > tok.i and any(
        p.dep_ == "pobj" and _place(p) for p in c.children) for c in tok.children)
