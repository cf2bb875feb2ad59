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

A greeting said to a guest by name or title is the same hosting: "Well, Mr. Prime Minister,
welcome", "Welcome, President A" (a vocative set off by a comma, the welcome with no object and
no subject of its own, and no "to" phrase but a place). The speaker hosts the one addressed: the
person named, else, for a title alone ("Mr. President"), the one other current holder of that
title the text names; a guest of the host's own government is no visitor. A greeting to the room
("Welcome, everybody", "welcome to the White House"), to a country ("Welcome, Finland"), a reply
("You're welcome") and a taunt ("welcome to reality") stay out.
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


ADDRESS_OPENERS = frozenset({"and", "and,", "so", "now", "well", "oh", "again", "but", "also", "finally", "lastly"})
"""discourse words a speaker may say before turning to someone by name ("Well, Mr. Prime Minister,
welcome", "And, Prime Minister A, ..."; also read by :mod:`.vocatives`)"""


def _vocative(toks: list["Token"]) -> "list[Token] | None":
    """The words of a comma-delimited run that is a form of address, after any opening discourse
    word: capitalised words only ("Mr. Prime Minister", "President Marcos", "Madam Vice
    President"), not a pronoun or the room; else None."""
    words = [t for t in toks if not t.is_punct and not t.is_space]
    while words and words[0].lower_ in ADDRESS_OPENERS:
        words = words[1:]
    ok = 0 < len(words) <= 5 and all(t.pos_ == "PROPN" or (t.text[:1].isupper() and t.pos_ in ("NOUN", "ADJ"))
                                     for t in words) and words[0].text[:1].isupper()
    return words if ok else None


def greeting_words(doc) -> "list[Token]":
    """The greetings "welcome" tagged as adjective or interjection that are said to someone by
    name or title ("Mr. Prime Minister, welcome."), to be read as the verb they stand for."""
    from ..tokenarrays import LOWER, token_indices
    return [t for t in (doc[i] for i in token_indices(doc, LOWER, ("welcome",)))
            if t.pos_ in ("ADJ", "INTJ") and welcome_vocative(t) is not None]


def welcome_vocative(tok: "Token") -> "list[Token] | None":
    """The form of address a bare greeting "welcome" is said with ("Mr. Prime Minister, welcome",
    "Welcome, President A."), else None (module docstring)."""
    if tok.lower_ != "welcome" or tok.dep_ in ("acomp", "attr") or any(
            c.dep_ in ("dobj", "dative") or (c.dep_ == "nsubj" and c.pos_ != "PROPN") for c in tok.children):
        return None  # ("You're welcome, Mr. Prime Minister": a reply to thanks)
    if any(c.dep_ == "prep" and c.lower_ == "to" and not any(p.dep_ == "pobj" and _place(p) for p in c.children)
           for c in tok.children):
        return None  # "welcome to NATO", "welcome to reality": an accession or a taunt, no visit
    sent = tok.sent
    before = [t for t in tok.doc[sent.start:tok.i]]
    after = [t for t in tok.doc[tok.i + 1:sent.end] if not (t.is_punct and t.text in ".!") and not t.is_space]
    if len(before) >= 2 and before[-1].text == ",":
        run = before[:-1]
        start = max((i + 1 for i, t in enumerate(run) if t.text in (",", ":")), default=0)  # (a speaker's label)
        voc = _vocative(run[start:])
        if voc is not None:
            return voc
    rest = after[1:] if after and after[0].lower_ == "back" else after
    return _vocative(rest[1:]) if len(rest) >= 2 and rest[0].text == "," else None


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
