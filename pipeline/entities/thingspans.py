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
  "Camp Humphreys") is a facility named after a person, not the person.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..knowledge.offices import OFFICE_WORDS
from ..knowledge.wordlists import word_list, word_set
from ..names import is_given_name
from ..nlp import text as doc_text
from .lexicon import TITLE_HEADS, Item

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
    for s, e, lab in items:
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
