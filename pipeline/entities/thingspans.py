"""Spans the model tags as persons that the words around them show to be something else.

- a clock time's "A.M. EST" / "P.M. KST" (a transcript's time line) is no entity;
- a name ending in the head noun of an award ("Heisman Trophy", "Templeton Prize") is an award;
- the remit of an office written after "and" ("Assistant to the President for Homeland
  Security and | Counterterrorism", "Director of Research and | Collective Bargaining") is part of
  the office's title, not a person: the coordination continues the capitalised remit begun
  after "of"/"for", and no given name opens it;
- a name the article writes right after an organisation noun ("the Russian organization
  Memorial", "the group Hamas") names that organisation in all its mentions, also where the
  model took it for a person and the noun is elsewhere;
- a name opening with the word of a military installation ("Joint Base Andrews", "Fort Stewart",
  "Camp Humphreys") is a facility named after a person, not the person;
- a name with a noun phrase in apposition after it whose head is a noun for a body, a place or a
  product ("Kestrel, a nonprofit that ...", "Dunmore, an Ohio-based legal services organization",
  "Vantor, the video-call app") is that thing in all its mentions: English describes a person
  there with a noun for a person ("Ruiz, a lawyer at the firm"). Not for a name that starts with
  a given name or follows a title.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..knowledge.offices import OFFICE_WORDS
from ..knowledge.wordlists import word_list, word_set
from ..names import is_given_name
from ..nlp import text as doc_text
from .lexicon import PLACE_NOUNS, TITLE_HEADS, Item, after_title

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["things_not_persons"]

_CLOCK_WORDS = frozenset({"a.m.", "p.m.", "am", "pm"})
# Time-zone abbreviations written after a clock time (IANA time zone database abbreviations).
_ZONES = word_set("entities", "time_zone_abbreviations")
# Head nouns of the names of prizes and awards.
_AWARD_HEADS = word_set("entities", "award_heads")
# Lower-case nouns after which a name is an organisation's (the class "the organization X").
_ORG_NOUNS = word_list("entities", "organisation_nouns")
_REMIT_WORDS = 6
# First words of the names of military installations (US and allied usage: "Joint Base",
# "Fort", "Camp", "Naval Station", "Naval Air Station").
_INSTALLATION_STARTS = (("joint", "base"), ("naval", "station"), ("naval", "air"), ("fort",), ("camp",))
_INSTALLATION_FIRST = frozenset(w[0] for w in _INSTALLATION_STARTS)


# Head nouns of a noun phrase in apposition to a name that make the name a body's, a place's or
# a product's (word_lists.json: the organisation nouns, the appositive body and product heads).
_APPOSITIVE_HEADS = {**{w: "PRODUCT" for w in word_set("entities", "appositive_product_heads")},
                     **{w: "GPE" for w in PLACE_NOUNS | word_set("entities", "settlement_nouns")},
                     **{w: "ORG" for w in set(_ORG_NOUNS) | word_set("entities", "appositive_body_heads")}}
_APPOSITIVE_WORDS = 12
_NOUN_TAGS = frozenset({"NN", "NNS"})


def _appositive_head(doc: "Doc", e: int) -> str | None:
    """The label an appositive after the name ending at ``e`` gives it: ", a" / ", an" / ", the",
    then modifiers, then a lower-case head noun of :data:`_APPOSITIVE_HEADS` (a noun before
    another noun or a possessive is a modifier: "legal services | organization", "the group's
    founder"). None when there is no such appositive or its head is another noun."""
    n = len(doc)
    if e + 2 >= n or doc[e].text != "," or doc[e + 1].lower_ not in ("a", "an", "the"):
        return None
    for j in range(e + 2, min(n, e + 2 + _APPOSITIVE_WORDS)):
        tok = doc[j]
        if tok.text in (".", ";", ":", "(", ")") or tok.lower_ in ("who", "whom", "whose", "and", "or") or tok.tag_ == "IN" \
                or tok.text == "," and not doc[j - 1].is_title:
            return None  # no head noun before the appositive ends or a preposition starts ("the head of ...")
        nxt = doc[j + 1] if j + 1 < n else None
        if tok.is_title and _APPOSITIVE_HEADS.get(tok.lower_) == "ORG" and (nxt is None or nxt.text in (",", ".", ";")) \
                and not any(t.tag_ == "POS" for t in doc[e + 2:j]):
            # a body's own name in apposition ("Brightwell, the Nursing Alliance,"); not a body named
            # for the person through a possessive ("Roe, the Plan's Roe Relief Program")
            return "ORG"
        if tok.is_lower and tok.tag_ in _NOUN_TAGS:
            if nxt is not None and (nxt.is_lower and nxt.tag_ in _NOUN_TAGS or nxt.tag_ == "POS"):
                continue
            return _APPOSITIVE_HEADS.get(tok.lower_)
    return None


def _clock_span(doc: "Doc", s: int, e: int) -> bool:
    return doc[s].lower_ in _CLOCK_WORDS or doc[e - 1].text in _ZONES


def _remit(doc: "Doc", s: int, e: int) -> bool:
    """Span ``s:e`` follows "and" that coordinates it with the capitalised remit of an office
    ("Director of Research and | ..."), and no given name is in it (the model's "Recovery Megan
    Corliss" ends the remit with the holder's name)."""
    if s < 3 or doc[s - 1].lower_ not in ("and", "&") or any(is_given_name(t.text) for t in doc[s:e]):
        return False
    i = s - 2
    stop = max(s - 2 - _REMIT_WORDS, 0)
    while i > stop and (doc[i].is_title or doc[i].is_upper or doc[i].lower_ in ("and", ",", "&")):
        i -= 1
    if i == s - 2 or doc[i].lower_ not in ("of", "for") or i < 1:
        return False
    j = i - 1
    if doc[j].lower_ == "the" and j > 0:
        j -= 1
    return doc[j].is_title and (doc[j].lower_ in OFFICE_WORDS or doc[j].lower_ in TITLE_HEADS
                                or doc[j].lower_ in ("assistant", "coordinator", "officer", "counsel"))


_AFTER_ORG_NOUN = re.compile(rf"\b(?:{'|'.join(_ORG_NOUNS)})\s+([A-Z][\w’'-]*)")


def _org_named(text: str) -> frozenset[str]:
    """Capitalised words written right after an organisation noun, read in one pass."""
    return frozenset(_AFTER_ORG_NOUN.findall(text))


def things_not_persons(doc: "Doc", items: list[Item]) -> list[Item]:
    """Relabel or drop the PERSON spans of the module docstring.

    Args:
        doc: The parsed article.
        items: Entity spans ``(start token, end token, label)``.

    Returns:
        ``items`` without clock times, with awards as WORK_OF_ART and organisation names as ORG.
    """
    out: list[Item] = []
    org_named: frozenset[str] | None = None
    described = {doc[s:e].text: label for s, e, lab in items if lab == "PERSON" and e - s <= 3
                 and not is_given_name(doc[s].text) and not after_title(doc, s)
                 and (label := _appositive_head(doc, e)) is not None}
    for s, e, lab in items:
        if lab == "PERSON" and doc[s:e].text in described and not after_title(doc, s):
            out.append((s, e, described[doc[s:e].text]))
            continue
        if lab == "PERSON":
            if _clock_span(doc, s, e):
                continue
            if e - s >= 2 and doc[s].lower_ in _INSTALLATION_FIRST and any(
                    tuple(t.lower_ for t in doc[s:s + len(w)]) == w and e - s > len(w) for w in _INSTALLATION_STARTS):
                out.append((s, e, "FAC"))
                continue
            if e - s >= 2 and doc[e - 1].lower_ in _AWARD_HEADS:
                out.append((s, e, "WORK_OF_ART"))
                continue
            if _remit(doc, s, e):
                continue
            if e - s == 1:
                if org_named is None:
                    org_named = _org_named(doc_text(doc))
                if doc[s].text in org_named:
                    out.append((s, e, "ORG"))
                    continue
        out.append((s, e, lab))
    return out
