"""Counted nouns, units, currencies and sub-national places: the unit gazetteer.

Loaded once per process from ``pipeline/data/units.json``, ``pipeline/data/places.json`` and
``pipeline/data/institutions.json`` (hand-kept; each file's ``_comment`` says where its entries
come from). Every stage that needs to know what a counted military noun, a currency word or an
institution is asks here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


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
    places: dict[str, str]
    """places below country level -> ISO3 (``places.json``)"""
    institutions: dict[str, str]
    """metonyms -> ISO3 ("the Pentagon", "the Kremlin"; ``institutions.json``)"""
    irregular: dict[str, str]
    """plural -> singular where the lemmatiser is no help ("people" -> "person")"""


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
    institutions = json.loads(data.joinpath("institutions.json").read_text("utf-8"))["institutions"]
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
        places={_place_key(k): v for k, v in places["places"].items() if v},
        institutions={_place_key(k): v[0] for k, v in institutions.items() if v[0]},
        irregular={k: v for k, v in raw["irregular_plurals"].items() if not k.startswith("_")},
    )


def place_country(text: str) -> str | None:
    """ISO3 of a place below country level named without its country ("Darwin", "Texas", "Kursk")."""
    return tables().places.get(_place_key(text))


def institution_country(text: str) -> str | None:
    """ISO3 of an institution that stands for its government ("the Pentagon", "the Kremlin")."""
    return tables().institutions.get(_place_key(text))


def counted_nouns() -> frozenset[str]:
    """Lemmas of what military news counts: personnel, formations and equipment."""
    t = tables()
    return t.personnel | t.formations | t.equipment


def singular(token: "Token") -> str:
    """Singular lower-case lemma of a counted noun ("troops" -> "troop", "Allies" -> "ally")."""
    low = token.text.lower()
    irregular = tables().irregular.get(low)
    if irregular is not None:
        return irregular
    lemma = token.lemma_.lower()
    if token.pos_ != "PROPN" and lemma and lemma != low:
        return lemma
    if token.tag_ in ("NNS", "NNPS") or (token.pos_ == "PROPN" and low.endswith("s") and not low.endswith("ss")):
        if low.endswith("ies") and len(low) > 4:
            return low[:-3] + "y"
        if low.endswith(("ches", "shes", "sses", "xes", "zes")):
            return low[:-2]
        if low.endswith("s") and not low.endswith(("ss", "us", "is")):
            return low[:-1]
    return lemma or low
