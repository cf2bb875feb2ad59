"""The office ontology: office words, honorifics, role rules, seats of government.

One place for what the stages know about offices (``pipeline/data/offices.json``, hand-kept
with a source or reason per entry: no library lists the world's offices). Entities use the
office words to trim titles off person names, quotes use them to find speakers, roles use the
rules to classify titles, and the article context uses the seats of government.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..names import name_key
from ..records import ROLE_CATEGORIES

HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "madam", "gen", "adm",
                        "col", "lt", "sgt", "capt", "maj", "rep", "sen", "gov", "amb", "hon", "prof", "rev"})
# Office words the statistical NER sometimes includes at the start of a PERSON span.
OFFICE_WORDS = frozenset({
    "president", "vice", "prime", "minister", "secretary", "general", "deputy", "chancellor", "premier",
    "ambassador", "spokesperson", "spokesman", "spokeswoman", "advisor", "adviser", "director", "chairman",
    "chair", "chief", "commander", "admiral", "senator", "congressman", "congresswoman", "governor", "king",
    "queen", "prince", "princess", "emperor", "pope", "defence", "defense", "foreign", "national", "security",
    "press", "state", "leader", "speaker", "mayor", "marshal", "colonel", "lieutenant", "captain", "major",
    "sergeant", "representative", "envoy", "supreme", "nsc", "u.s.", "us", "uk",
})

# Last words that make a capitalised name a company or body, not a person ("Saturn Corporation").
ORG_LAST_WORDS = frozenset({
    "corporation", "corp", "corp.", "inc", "inc.", "incorporated", "ltd", "ltd.", "limited", "llc", "plc", "ag",
    "gmbh", "co.", "company", "group", "holdings", "airlines", "airways", "motors", "industries", "technologies",
    "systems", "aerospace", "dynamics", "bank", "fund", "partners", "capital", "ventures", "media", "pharmaceuticals",
    "electronics", "enterprises", "associates", "foundation", "institute", "university", "agency", "magazine",
    "times", "journal", "workers", "union", "party", "army", "brigade", "front", "movement", "council", "committee",
})


@dataclass(frozen=True)
class Offices:
    heads: frozenset[str]
    capital_only: frozenset[str]
    modifiers: frozenset[str]
    connectors: frozenset[str]
    rules: tuple[tuple[re.Pattern[str], str], ...]
    seats: tuple[tuple[re.Pattern[str], str], ...]
    institutions: tuple[tuple[str, str | None], ...]
    holders: tuple[tuple[frozenset[str], str, str], ...]


@lru_cache(maxsize=1)
def load_offices() -> Offices:
    """Read the office gazetteer once per process."""
    data = json.loads(resources.files("pipeline.data").joinpath("offices.json").read_text("utf-8"))
    rules = tuple((re.compile(rx), role) for rx, role in data["rules"])
    unknown = {role for _, role in rules} - set(ROLE_CATEGORIES)
    if unknown:  # a typo in the data file must not produce records outside the contract
        raise ValueError(f"offices.json: unknown role categories {sorted(unknown)}")
    seats = tuple((re.compile(r"(?<![\w-])" + re.escape(k) + r"(?![\w-])"), v) for k, v in data["government_seats"].items())
    return Offices(
        heads=frozenset(data["heads"]),
        capital_only=frozenset(data["heads_capitalized_only"]),
        modifiers=frozenset(data["modifiers"]),
        connectors=frozenset(data["connectors"]),
        rules=rules,
        seats=seats,
        institutions=tuple(data["title_institutions"].items()),
        holders=tuple((name_key(n), c, r) for n, c, r in data["office_holders"]),
    )
