"""Officials a text leaves without a country when it names no seat, title line or place line.

An excerpt of remarks or of a briefing, cut from its heading ("Remarks by President X at ...",
the "Chicago, IL" place line), and a story without dateline or publisher leave the officials
they thank or mention without the evidence the resolver reads for the publisher's country:
"Governor Pritzker", "Representative Schakowsky", "Mayor Johnson". Such a text still speaks of
one government's affairs when the officials it places explicitly all serve one country (the
First Lady, "Secretary Buttigieg", placed by the office-holder table) and the places it names
are that country's more than any other's ("Chicago", "Illinois", "the United States"), or, when
it places no official, its places lie in one country far more than in any other. The officials
it leaves unplaced serve that country (the annotation guide: a country that follows from the
document). Heads of state and government are left alone (a leader is named with the country or
known to the table; "Thank you, President Ruiz" of a college heads no state), and so are
counterparts, officials of an international body and offices another check says cannot be that
country's (:func:`.not_home.cannot_be_home`).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from .fallbacks import EXPLICIT_SOURCES
from .not_home import cannot_be_home

if TYPE_CHECKING:
    from ..entities import EntityIndex
    from .reader import Candidate

__all__ = ["unplaced_countries"]

_LEADERS = frozenset({"head_of_state", "head_of_government"})


def unplaced_countries(out: list["Candidate"], entities: "EntityIndex") -> None:
    """Give the officials left without a country the one country the text is about (in place).

    Args:
        out: The resolved candidates.
        entities: The article's entities (the countries of the places it names, counted by mention).
    """
    unplaced = [c for c in out if c.country is None and c.organization is None and not c.counterpart
                and c.role not in _LEADERS]
    if not unplaced:
        return
    placed = {c.country for c in out if c.country and c.country_source in EXPLICIT_SOURCES and not c.counterpart}
    places = Counter()
    for e in entities.entities:
        if e.label == "GPE" and e.country:
            places[e.country] += max(1, len(e.mentions))
    ranked = places.most_common()
    if len(placed) == 1:
        code = next(iter(placed))
        # the places named must not be another country's more than this one's
        if ranked and places[code] < ranked[0][1]:
            return
    elif not placed and ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        code = ranked[0][0]
    else:
        return
    for c in unplaced:
        if not cannot_be_home(c, code):
            c.country, c.country_source = code, "publisher"
