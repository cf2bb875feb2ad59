"""Where places are: GeoNames records for GPE/LOC/FAC entities, chosen by context.

For each place mention the candidates of :mod:`pipeline.knowledge.places` (cities, first-level
regions, hand-kept places) and :mod:`pipeline.knowledge.countries` are narrowed by what the
text says around it:

- "Paris, Texas", "Darwin, Australia": a place followed by a comma and a region or country
  keeps only the candidates in that region (a US city's state) or country, the biggest first;
- "Atlanta, Georgia": the place after the comma is the region of the place before it when that
  place lies in a region of that name (the US state, not the country);
- otherwise a country's name is the country (its centre of population), and any other name is
  the place a reader would take it for (:func:`pipeline.knowledge.places.best`), or nothing
  when that is unclear.

The label decides whether to look at all: only GPE, LOC and FAC entities get a place, so a
gazetteer match never overrides a PERSON or ORG the parse supports; seas, straits and other
named land and water ("Red Sea") are not looked up as the regions named after them.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..knowledge import places as P
from ..knowledge.countries import Gazetteer, key
from ..knowledge.usstates import state_name
from ..records import Geo

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# The seat of the US government: a place there says nothing about the story being about the
# states (a readout of a meeting in Washington with Georgia's prime minister).
_CAPITAL_DISTRICT = key("District of Columbia")


@dataclass(frozen=True)
class Resolved:
    """A place mention's country and GeoNames record; ``by_context`` when a neighbour decided."""

    country: str | None
    geo: Geo | None
    by_context: bool = False
    admin1: str | None = None
    """the region the place lies in (for the place after it: "Atlanta, | Georgia")"""


def _geo(place: P.Place) -> Geo | None:
    if place.lat is None or place.lon is None:
        return None  # hand-kept places and regions known only by name have no coordinates
    return Geo(geonames_id=place.geonames_id, name=place.name, lat=place.lat, lon=place.lon, admin1=place.admin1,
               country=place.country)


def _country_geo(gaz: Gazetteer, code: str) -> Geo | None:
    info = gaz.info.get(code)
    if info is None or info.lat is None or info.lon is None:
        return None
    return Geo(geonames_id=info.geonames_id, name=info.name, lat=info.lat, lon=info.lon, admin1=None, country=code)


def _is_country_name(gaz: Gazetteer, text: str) -> str | None:
    """ISO3 when ``text`` names a country itself (not a demonym or a capital)."""
    k = key(text)
    if text.strip() in gaz.abbreviations or k in gaz.names:
        return gaz.country(text)
    return None


def _pick(places: list[P.Place]) -> P.Place | None:
    return max(places, key=lambda p: (p.population, p.kind == "region", -(p.geonames_id or 0)), default=None)


def resolve(gaz: Gazetteer, text: str, *, label: str = "GPE", after: str | None = None,
            before: Resolved | None = None, state_of: bool = False) -> Resolved:
    """The place ``text`` names, given the place written right after it behind a comma
    (``after``: "Paris, | Texas") and the resolution of the place right before it (``before``:
    "Atlanta, | Georgia"). Only a GPE is looked up by another place's alternative name: a
    facility or region named like a translated city name ("White House", Casablanca) is not
    that city. A US state's abbreviation ("Fla.", "MD") is that state, also as ``after``; so is a
    US state's name written after "the State of" (``state_of``: "the State of Georgia" is no
    country, which is "Georgia" alone)."""
    state = state_name(text) if label == "GPE" else None
    if state is None and state_of and label == "GPE" and P.region(text, "USA") is not None:
        state = text
    if state is not None:
        reg = P.region(state, "USA")
        if reg is not None:
            return Resolved(reg.country, _geo(reg), True, reg.name)
    if after is not None:
        after = state_name(after) or after
    if before is not None and before.country is not None:
        if before.admin1 is not None and key(before.admin1) == key(text):
            reg = P.region(text, before.country)
            if reg is not None:
                return Resolved(reg.country, _geo(reg), True, reg.name)
        code = _is_country_name(gaz, text)
        if code == before.country:
            return Resolved(code, _country_geo(gaz, code), True)
    elif before is not None and label == "GPE" and _is_country_name(gaz, text) is not None:
        # "Plains, Georgia": a town the gazetteer does not hold (it keeps every town of 15,000
        # people or more, so every sizeable one of the country) written before a name that is
        # both a country and a US state is a small town of that state, the US way of placing one
        state = P.region(text, "USA")
        if state is not None:
            return Resolved(state.country, _geo(state), True, state.name)
    cands = P.candidates(text)
    if label == "LOC":
        # LOC is what the model calls natural and macro regions ("Asia", "Sahel"): only the
        # hand-kept places, not a town or province of the same name.
        cands = tuple(p for p in cands if p.kind == "extra")
    elif label != "GPE":
        k = key(text)
        cands = tuple(p for p in cands if p.kind == "extra" or key(p.name) == k)
    if after is not None and cands:
        within = _is_country_name(gaz, after)
        regions = [p for p in P.candidates(after) if p.kind == "region"]
        in_region = [p for p in cands if p.kind == "city" and any(
            p.country == r.country and p.admin1 is not None and key(p.admin1) == key(r.name) for r in regions)]
        in_country = [p for p in cands if within is not None and p.country == within]
        hit = _pick(in_region) or _pick(in_country)
        if hit is not None:
            return Resolved(hit.country, _geo(hit), True, hit.admin1)
    code = _is_country_name(gaz, text)
    if code is not None:
        return Resolved(code, _country_geo(gaz, code))
    place = P.best(cands, text)
    if place is None:
        return Resolved(gaz.country(text), None)
    return Resolved(place.country, _geo(place), False, place.admin1)


def in_article(gaz: Gazetteer, text: str, res: Resolved, countries: set[str], regions: set[tuple[str, str]]) -> Resolved:
    """One sense per article for a town name several countries or states share: the one in a
    country the article names, or in a state or province where it places another town.

    "Valencia" beside "Spain" is the Spanish city, not the larger Venezuelan one; "Pasadena"
    beside "Los Angeles" is in California, not Texas. The first pick (the most populous) stays
    when its country is named and no same-country namesake lies in a named region, and a
    place decided by its neighbour ("Paris, Texas") or a country name is never changed; nor is
    a capital ("Paris" in an article that names only the United States) or a city more than
    twice the size of its namesake in a named country or region ("Geneva").

    Args:
        gaz: The country gazetteer.
        text: The place as written.
        res: Its resolution by :func:`resolve`.
        countries: ISO3 codes of the countries the article names (by name or demonym).
        regions: (ISO3, normalised region name) of the regions of the article's other places.

    A country's name that is also a US state's ("Georgia") is the state when another place of
    the article lies in that state ("ATLANTA ... Georgia's governor") and none in the country,
    or when the article names no country but the United States and places in another state
    (outside the District of Columbia).
    """
    if res.by_context or res.geo is None:
        return res
    code = _is_country_name(gaz, text)
    if code is not None:
        # "Georgia" beside "Atlanta" and no place in the country: the US state of that name; so
        # too beside places in other states when the article names no country but the United
        # States ("Georgia Rep. Ana Ruiz" in a story from Richmond, Virginia)
        us_story = not countries - {"USA"} and any(c == "USA" and r != _CAPITAL_DISTRICT for c, r in regions)
        state = P.region(text, "USA") if (("USA", key(text)) in regions or us_story) and code not in countries \
            else None
        if state is None or any(c == code for c, _ in regions):
            return res
        return Resolved(state.country, _geo(state), True, state.name)
    cands = [p for p in P.candidates(text) if p.kind in ("city", "region") and key(p.name) == key(text)]
    if len(cands) < 2:
        return res
    current = (res.country, key(res.admin1)) if res.admin1 else None
    if res.country in countries and current in regions:
        return res
    # a capital ("Paris") keeps its sense; so does a city more than twice the size of its
    # namesake ("Geneva" beside "New York" is not the town in New York state)
    capital = gaz.country(text) is not None
    size = max((p.population for p in cands if p.geonames_id == res.geo.geonames_id), default=0)
    cands = [p for p in cands if p.population * 2 >= size]
    in_region = [p for p in cands if p.admin1 and (p.country, key(p.admin1)) in regions
                 and (res.country not in countries and not capital or p.country == res.country)]
    hit = _pick(in_region)
    if hit is None and res.country not in countries and not capital:
        hit = _pick([p for p in cands if p.country in countries])
    if hit is None or hit.geonames_id == res.geo.geonames_id:
        return res
    return Resolved(hit.country, _geo(hit), False, hit.admin1)
