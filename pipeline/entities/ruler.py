"""Patterns for the gazetteer EntityRuler that runs before the statistical NER.

Countries, demonyms, capitals and international organisations from
:mod:`pipeline.knowledge.countries`, seas and regions, so that "ROK", "DPRK" or "U.S." are
entities whatever the statistical model thinks. Longest match wins, so:

- names of companies and banks built on a country or city ("Air France", "Singapore Airlines",
  "Bank of Japan", "Swiss National Bank", "China Eastern Airlines") are one ORG;
- places whose name contains a country's ("New Mexico", "Mexico City", "New South Wales",
  "British Columbia": first-level regions, and cities of 100,000+, from
  :mod:`pipeline.knowledge.places`) are one GPE, not a word plus a country;
- a country's long form ("the Republic of Congo", "Islamic Republic of Iran") is one GPE.

Capitals are patterns only from 100,000 inhabitants: smaller ones include words more often
written as names (Victoria, Stanley, Douglas), left to the statistical model.
"""

from __future__ import annotations

from ..knowledge import countries, places

# Regions and bodies of water news writes about; longest match wins over a demonym inside
# ("Korean Peninsula" is a LOC, not NORP + "Peninsula"). No library lists these as places.
_REGIONS = (
    "Korean Peninsula", "South China Sea", "East China Sea", "Yellow Sea", "Sea of Japan", "East Sea",
    "Taiwan Strait", "Strait of Hormuz", "Persian Gulf", "Red Sea", "Black Sea", "Baltic Sea",
    "Mediterranean", "Mediterranean Sea", "Middle East", "Indo-Pacific", "Asia-Pacific", "Pacific Islands",
    "Pacific", "Atlantic", "Arctic", "Indian Ocean", "Pacific Ocean", "Atlantic Ocean", "Horn of Africa",
    "Sahel", "Balkans", "Caucasus", "Central Asia", "Southeast Asia", "East Asia", "Northeast Asia",
    "South Asia", "Europe", "Asia", "Africa", "Latin America", "North America", "South America",
    "Eastern Europe", "Western Europe", "Gulf of Aden", "Gulf of Oman", "Northern Limit Line",
)
# Organisations named "<country> Airlines", "Bank of <country>", ...: written forms around a
# country name, capital or demonym ({} is the place word).
_PLACE_ORGS = ("Air {}", "{} Airlines", "{} Airways", "{} Air Lines", "Bank of {}", "Central Bank of {}",
               "Reserve Bank of {}", "National Bank of {}")
_DEMONYM_ORGS = ("{} National Bank", "{} Central Bank", "{} Airlines", "{} Airways")
_AIRLINE_WORDS = ("Airlines", "Airways")
RULER_CAPITAL_POPULATION = 100_000


def _variants(name: str) -> set[str]:
    forms = {name}
    if "'" in name:
        forms.add(name.replace("'", "’"))
    if name.startswith("the "):
        forms.add(name[4:])
    return forms


def _ruler_capitals(gaz: countries.Gazetteer, hand: dict[str, str]) -> list[str]:
    """Capitals of :data:`RULER_CAPITAL_POPULATION` inhabitants or more, and the hand-kept forms."""
    return [written for written, code in gaz.written_capitals.items()
            if written in hand or any(p.country == code and p.kind == "city" and p.population >= RULER_CAPITAL_POPULATION
                                      for p in places.candidates(written))]


def gazetteer_patterns() -> list[dict]:
    """EntityRuler patterns: token-exact, case-sensitive forms from the country and place tables."""
    gaz = countries.load()
    hand = countries.hand_kept()
    patterns: list[dict] = []
    seen: set[tuple[str, str]] = set()

    def add(label: str, text: str) -> None:
        for form in sorted(_variants(text)):
            if (label, form) not in seen and form.strip():
                seen.add((label, form))
                patterns.append({"label": label, "pattern": form})

    for name in gaz.canonical.values():
        add("GPE", name)
    for written in gaz.written_names:
        add("GPE", written)
    capitals = _ruler_capitals(gaz, hand["capitals"])
    for written in capitals:
        add("GPE", written)
    # "U.S." is an adjective too, but tagged as the country; a demonym that is also a country's
    # name ("New Zealand", "Djibouti") stays a GPE.
    demonyms = {d: c for d, c in gaz.written_demonyms.items() if d != "U.S." and countries.key(d) not in gaz.names}
    for written in demonyms:
        add("NORP", written)
    for written in gaz.written_organizations:
        add("ORG", written)
    for region in _REGIONS:
        add("LOC", region)
    words = {form for (label, form) in seen if label in ("GPE", "NORP")}
    for name in places.multiword_names():
        parts = name.split()
        if any(" ".join(parts[i:j]) in words for i in range(len(parts)) for j in range(i + 1, len(parts) + 1)):
            add("GPE", name)  # "New Mexico", "Mexico City": not "New" + the country
    org_places = [n for n in (*gaz.canonical.values(), *hand["names"], *capitals) if not n.startswith("the ")]
    for place in org_places:
        for form in _PLACE_ORGS:
            add("ORG", form.format(place))
    for demonym in demonyms:
        if not (demonym[:-1] in demonyms and countries.plural_demonym(demonym[:-1]) == demonym):  # not "Koreans"
            for form in _DEMONYM_ORGS:
                add("ORG", form.format(demonym))
    # "China Eastern Airlines", "Thai Airways International": one title-case word between.
    singles = sorted({p for p in org_places if " " not in p} | {d for d in demonyms if " " not in d})
    patterns.append({"label": "ORG", "pattern": [{"ORTH": {"IN": singles}}, {"IS_TITLE": True},
                                                  {"ORTH": {"IN": list(_AIRLINE_WORDS)}}]})
    return patterns
