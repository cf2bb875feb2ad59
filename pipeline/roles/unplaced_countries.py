"""Legislators and state and local officials a text leaves without a country when it names no
seat of government, title line or place line.

An excerpt of remarks cut from its heading ("Remarks by the First Lady at ...", the "Chicago,
IL" place line) leaves the officials it thanks without the evidence the resolver reads for the
publisher's country: "Governor Pritzker", "Representative Schakowsky", "Mayor Johnson". Their
offices are of a legislature or of state and local government (``subnational_office_heads``),
held at home: the text's places say where ("Chicago", "Illinois", "the United States"). They
serve the one country its places name at least twice and twice as often as any other, when the
officials it places explicitly (leaders aside: a leader is named with the other party of a
meeting) serve no other country. A text telling of a visit, meeting or call names the other
party's places too ("Governor X visited Israel"): it places no one so. Counterparts and offices
another check says cannot be that country's (:func:`.not_home.cannot_be_home`) are left alone.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from ..knowledge.wordlists import word_set
from ..nlp import text as doc_text
from .fallbacks import EXPLICIT_SOURCES, TWO_PARTIES
from .not_home import cannot_be_home

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..entities import EntityIndex
    from .reader import Candidate

__all__ = ["unplaced_countries"]

_LEADERS = frozenset({"head_of_state", "head_of_government"})
_HEADS = word_set("roles", "subnational_office_heads")


def unplaced_countries(doc: "Doc", out: list["Candidate"], entities: "EntityIndex") -> None:
    """Give the officials left without a country the one country the text is about (in place).

    Args:
        doc: The Doc (its text: does it tell of a visit, meeting or call?).
        out: The resolved candidates.
        entities: The article's entities (the countries of the places it names, counted by mention).
    """
    unplaced = [c for c in out if c.country is None and c.organization is None and not c.counterpart
                and c.role in ("legislator", "official_other") and _subnational(c.title)]
    if not unplaced:
        return
    placed = {c.country for c in out if c.country and c.country_source in EXPLICIT_SOURCES
              and not c.counterpart and c.role not in _LEADERS}
    places = Counter()
    for e in entities.entities:
        if e.label == "GPE" and e.country:
            places[e.country] += max(1, len(e.mentions))
    ranked = places.most_common()
    if not ranked or len(placed - {ranked[0][0]}) > 0:
        return
    code, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if n < 2 or n < 2 * second or TWO_PARTIES.search(doc_text(doc)):
        return
    for c in unplaced:
        if not cannot_be_home(c, code):
            c.country, c.country_source = code, "publisher"


def _subnational(title: str) -> bool:
    """Whether a title's head word is a legislature's or a state or local government's office
    ("Lieutenant Governor", "Senator-elect", "Congresswoman")."""
    words = title.lower().split()
    return bool(words) and words[-1] in _HEADS
