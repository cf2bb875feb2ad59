"""Counted nouns, units, currencies and sub-national places: the unit gazetteer.

Loaded once per process from ``pipeline/data/units.json`` and the institutions of
``pipeline/data/places.json`` (hand-kept; each file's ``_comment`` says where its entries come
from); places below country level are looked up in :mod:`pipeline.knowledge.places`. Every stage that needs
to know what a counted military noun, a currency word or an institution is asks here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class UnitTables:
    personnel: frozenset[str]
    formations: frozenset[str]
    equipment: frozenset[str]
    equipment_military: frozenset[str]
    percent: frozenset[str]
    measures: frozenset[str]
    currency_symbols: dict[str, str]
    currency_words: dict[str, tuple[str, str]]
    dollar_prefixes: dict[str, str]
    time_units: frozenset[str]
    name_heads: frozenset[str]
    multiword: frozenset[str]
    """units of two words or more ("service member", "aircraft carrier")"""
    institutions: dict[str, str]
    """metonyms -> ISO3 ("the Pentagon", "the Kremlin")"""


def _place_key(text: str) -> str:
    text = " ".join(text.replace("’", "'").split()).strip(".,;:")
    if text[:4].lower() == "the ":
        text = text[4:]
    return text.lower()


@lru_cache(maxsize=1)
def tables() -> UnitTables:
    """The unit gazetteer (``pipeline/data/units.json``), loaded once per process."""
    data = resources.files("pipeline.data")
    raw = json.loads(data.joinpath("units.json").read_text("utf-8"))
    places = json.loads(data.joinpath("places.json").read_text("utf-8"))
    counted = [*raw["personnel"], *raw["units"], *raw["equipment"]]
    return UnitTables(
        personnel=frozenset(raw["personnel"]),
        formations=frozenset(raw["units"]),
        equipment=frozenset(raw["equipment"]),
        equipment_military=frozenset(raw["equipment_military_only"]),
        percent=frozenset(raw["percent"]),
        measures=frozenset(raw["measures"]),
        currency_symbols=dict(raw["currency_symbols"]),
        currency_words={k: (v[0], v[1]) for k, v in raw["currency_words"].items()},
        dollar_prefixes=dict(raw["dollar_prefixes"]),
        time_units=frozenset(raw["time_units"]),
        name_heads=frozenset(raw["name_heads"]),
        multiword=frozenset(u for u in counted if " " in u),
        institutions={_place_key(k): v for k, v in places["institutions"].items() if v},
    )


def place_country(text: str) -> str | None:
    """ISO3 of a place below country level named without its country ("Darwin", "Texas", "Kursk")."""
    from .places import place_country as _place_country  # the place gazetteer (GeoNames + hand-kept)

    return _place_country(text)


def institution_country(text: str) -> str | None:
    """ISO3 of an institution that stands for its government ("the Pentagon", "the Kremlin")."""
    return tables().institutions.get(_place_key(text))




def counted_nouns() -> frozenset[str]:
    """Lemmas of what military news counts: personnel, formations and equipment."""
    t = tables()
    return t.personnel | t.formations | t.equipment
