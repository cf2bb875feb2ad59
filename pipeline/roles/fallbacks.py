"""Weak evidence of whose officials a text names, for officials it leaves without a country.

Used by :mod:`.resolver` when the article has no dateline or publisher country: the majority
of the officials placed by explicit evidence, or the government whose own texts write its
officials' titles without the country ("Deputy Secretary of Commerce").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy as np
from spacy.attrs import LOWER

from ..knowledge.offices import load_offices
from ..nlp import text as doc_text
from .reader import Candidate

if TYPE_CHECKING:
    from .reader import Reader

EXPLICIT_SOURCES = frozenset({"title", "earlier_role", "institution", "office_holder"})
"""Country sources that are evidence written in the text about the official (not a fallback)."""


def majority_country(resolved: list[Candidate]) -> str | None:
    """The country most of the article's officials with an explicit country serve, when at
    least two people and two-thirds of those officials serve it: an article without dateline or
    publisher that names "Director of National Intelligence" and "President Trump" is about one
    government's officials, and its bare "Sen. Jim Banks" belongs to it too."""
    people: dict[str, set[str]] = {}
    for c in resolved:
        if c.country and c.country_source in EXPLICIT_SOURCES:
            people.setdefault(c.country, set()).add(_who(c))
    ranked = sorted(((len(v), k) for k, v in people.items()), reverse=True)
    placed = len(set().union(*people.values())) if people else 0
    # a clear majority only: two-thirds of the placed officials (a two-against-one split between
    # governments says little about a third person's)
    if not ranked or ranked[0][0] < 2 or 3 * ranked[0][0] < 2 * placed:
        return None
    return ranked[0][1]


def sole_placed_country(resolved: list[Candidate]) -> str | None:
    """The one government every current official placed by explicit evidence serves, when there
    is at least one: too weak to give the others a country (:func:`majority_country` wants two
    people), but enough to say whose offices a foreign title is not. A readout's "Vice President
    Kamala Harris welcomed Prime Minister X to Washington to celebrate the partnership with
    Ruritania" places Harris by the dated table; the prime minister is then no official of hers,
    and serves the other country the sentence names. None when none or several governments."""
    codes = {c.country for c in resolved if c.country and c.status == "current" and not c.counterpart
             and c.country_source in EXPLICIT_SOURCES}
    return codes.pop() if len(codes) == 1 else None


def publisher_style_country(resolved: list[Candidate], headline: str | None = None) -> str | None:
    """The government whose own texts write its officials' titles without the country: a
    readout or gaggle naming a "Deputy Assistant to the President" or a "Deputy Secretary of
    Commerce" comes from that government, and its other officials with no country evidence
    ("Chief of Staff Jane Doe", "Senator Ann Lee") serve it too. None when such titles point
    to several governments or none is written, and when the one such title is the only cue.

    Args:
        resolved: The candidates, with the countries explicit evidence gave.
        headline: The article's title: a government document's own ("Readout of ...",
            "Statement by ...", "Press Gaggle by ...") is a second cue.
    """
    off = load_offices()
    styled: dict[str, set[str]] = {}
    for c in resolved:
        if c.country and c.country_source == "title" and (code := off.publisher_title_country(c.title)) == c.country:
            styled.setdefault(code, set()).add(_who(c))
    if len(styled) != 1:
        return None
    code, people = styled.popitem()
    # One such title alone is a weak cue: a wire story quotes one "Deputy Secretary of State"
    # among other governments' officials. Two people with such titles, or one and another
    # official of that government placed by explicit evidence, make the text that government's.
    if len(people) >= 2 or headline and _GOVERNMENT_DOCUMENT.match(headline) or any(c.country == code and c.country_source in EXPLICIT_SOURCES and _who(c) not in people
                               for c in resolved):
        return code
    return None


def government_document_country(headline_officials: list[Candidate], headline: str | None) -> str | None:
    """The government whose own publication the text is: a government document's headline
    ("Statement from Press Secretary X on the Meeting Between President A and President B of
    Mexico", "Readout of President A's Call with ...") names its own leader bare, placed only by
    the dated office-holder table, so the one country of the headline's officials placed so is
    the publisher's ("President A" is its own; "President B of Mexico" is placed by his title).
    None for other headlines, or when such officials serve several governments or none (a visit's
    host written bare: "Readout of X's Trip to Israel ... met with President Herzog" names him
    only in the body).

    Args:
        headline_officials: The resolved officials named in the headline.
        headline: The article's title.
    """
    if not headline or not _GOVERNMENT_DOCUMENT.match(headline):
        return None
    codes = {c.country for c in headline_officials
             if c.country and c.country_source == "office_holder" and c.status == "current"}
    return codes.pop() if len(codes) == 1 else None


# The headlines of a government's own publications (whitehouse.gov "Briefing Room" kinds, the
# State and Defense Departments' releases): news articles are not headed so.
_GOVERNMENT_DOCUMENT = re.compile(
    r"\s*(?:joint\s+)?(?:readout|statement|remarks|press\s+(?:gaggle|briefing|call|release)|background\s+press\s+call|"
    r"on-the-record\s+press\s+call|fact\s+sheet|memorandum|proclamation|message|letter|executive\s+order|"
    r"nominations?\s+sent|president\s+\w+\s+announces)\b", re.IGNORECASE)


def _who(c: Candidate) -> str:
    """One key per person: the entity id, else the name as written."""
    return c.person.id if c.person is not None else c.name


# Nouns naming a national legislature or one of its chambers.
_LEGISLATURES = frozenset({"senate", "congress", "parliament", "bundestag", "knesset", "duma", "diet", "assembly"})


def legislature_country(rd: "Reader") -> str | None:
    """The one country whose legislature the text names with the country ("the United States
    Senate", "the Australian Parliament", "Britain's parliament"): the legislators it leaves
    without a country sit in it (a wire story on a vote in "the U.S. Senate" names "Senator
    Jane Roe" with no country). None when it names none or several."""
    doc = rd.doc
    if not len(doc):
        return None
    keys = np.array([doc.vocab.strings[w] for w in _LEGISLATURES], dtype="uint64")
    codes = set()
    for i in np.isin(doc.to_array([LOWER]).ravel(), keys).nonzero()[0]:
        if i == 0:
            continue
        k = int(i) - 1
        if doc[k].text in ("'s", "’s") and k > 0:
            k -= 1
        place = rd.place(doc[k])
        if place is not None and place[0] == "country":
            codes.add(place[1])
    return codes.pop() if len(codes) == 1 else None


def places_country(rd: "Reader", resolved: list[Candidate]) -> str | None:
    """The one country an undated text is about: the only country its places, peoples and
    explicitly placed officials name ("Thousands protested in Paris ... in Paris and Lyon",
    "Croydon", "south London"), named at least twice and at least once outside the officials'
    own titles (one "Japanese Defence Minister" says nothing of a senator in the same text), in a
    text that tells of no visit, meeting or call (where the country named is as often the host or
    the other party as the government of the officials left unplaced). None otherwise."""
    if _TWO_PARTIES.search(doc_text(rd.doc)):
        return None
    codes: dict[str, int] = {}
    for c in resolved:
        if c.organization:
            return None  # an international body's official: more than one government's story
        if c.country and c.country_source in EXPLICIT_SOURCES:
            codes[c.country] = codes.get(c.country, 0) + 1
    titles = [(min(c.start, c.title_start) if c.title_start >= 0 else c.start, c.end) for c in resolved]
    outside = 0
    for ent in rd.doc.ents:
        if ent.label_ not in ("GPE", "LOC", "FAC", "NORP"):
            continue
        if any(lo <= ent.start_char < hi for lo, hi in titles):
            continue  # "Japanese Defence Minister X": the official's own title, counted with the official
        place = rd.place(ent[0])
        if place is None and (named := rd.entity(ent[0])) is not None and named.label == "LAW":
            continue  # "the Kigali Amendment": an instrument's name, not a place the text is about
        if place is None or place[0] != "country":
            if ent.label_ == "GPE":
                return None  # a place the gazetteers do not place: another country is possible
            continue
        codes[place[1]] = codes.get(place[1], 0) + 1
        outside += 1
    if len(codes) != 1 or not outside:
        return None
    code, n = codes.popitem()
    return code if n >= 2 else None


# Words of a visit, trip, meeting or call: a text telling of one involves two governments
_TWO_PARTIES = re.compile(r"\b(?:visit(?:s|ed|ing)?|trip|travel(?:s|led|ed|ling|ing)?|arriv(?:e|es|ed|ing)|"
                          r"tour(?:s|ed|ing)?|met|meet|meets|meeting|spoke|speak(?:s|ing)?|phone|telephone|talks|"
                          r"counterparts?|host(?:s|ed|ing)?|summit|bilateral)\b", re.IGNORECASE)
TWO_PARTIES = _TWO_PARTIES
"""Words of a visit, trip, meeting or call (also read by :mod:`.unplaced_countries`)."""
