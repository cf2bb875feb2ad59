"""Counted nouns, units, currencies and institutions: the unit gazetteer.

Loaded once per process from ``pipeline/data/units.json`` and
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
    minor_units: dict[str, tuple[str, str]]
    """minor currency units glued to a number ("118.5p") -> (unit, ISO 4217)"""
    time_units: frozenset[str]
    time_symbols: dict[str, str]
    """time symbols in a rate ("km/h") -> the time unit ("hour")"""
    name_heads: frozenset[str]
    multiword: frozenset[str]
    """units of two words or more ("service member", "aircraft carrier")"""
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
        minor_units={k: (v[0], v[1]) for k, v in raw["minor_units"].items() if not k.startswith("_")},
        time_units=frozenset(raw["time_units"]),
        time_symbols={k: v for k, v in raw["time_symbols"].items() if not k.startswith("_")},
        name_heads=frozenset(raw["name_heads"]),
        multiword=frozenset(u for u in counted if " " in u),
        institutions={_place_key(k): v[0] for k, v in institutions.items() if v[0]},
        irregular={k: v for k, v in raw["irregular_plurals"].items() if not k.startswith("_")},
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
        # A letter's plural ("seven S's" -> "S") keeps its letter.
        if low.endswith("s") and len(low) > 1 and not low.endswith(("ss", "us", "is")):
            return low[:-1]
    return lemma or low


# ---- the generated catalogue: physical units (pint) and currencies (ISO 4217, CLDR) ----------------

@dataclass(frozen=True)
class Catalogue:
    physical_names: dict[str, tuple[str, str]]
    """lower-case unit names and plurals -> (canonical name, kind): "kilometres" -> ("kilometre", "length")"""
    physical_symbols: dict[str, tuple[str, str]]
    """case-exact symbols -> (canonical name, kind): "MW" -> ("megawatt", "power")"""
    currency_codes: frozenset[str]
    currency_names: dict[str, str]
    """lower-case English currency names and plurals -> ISO 4217 ("swiss francs" -> "CHF")"""
    currency_symbols: dict[str, str]
    currency_units: dict[str, str]
    """ISO 4217 -> the unit word of its English name ("CHF" -> "franc")"""


@lru_cache(maxsize=1)
def catalogue() -> Catalogue:
    """``pipeline/data/units_catalogue.json``, generated by ``scripts/build_units_catalogue.py``."""
    raw = json.loads(resources.files("pipeline.data").joinpath("units_catalogue.json").read_text("utf-8"))
    return Catalogue(
        physical_names={k: (v[0], v[1]) for k, v in raw["physical_names"].items()},
        physical_symbols={k: (v[0], v[1]) for k, v in raw["physical_symbols"].items()},
        currency_codes=frozenset(raw["currency_codes"]),
        currency_names=dict(raw["currency_names"]),
        currency_symbols=dict(raw["currency_symbols"]),
        currency_units=dict(raw["currency_units"]),
    )


# Single-letter symbols written apart from the number that still read as units ("a 5 W charger");
# any other lone letter after a number is a label ("Group 5 A"), a grade or an initial.
_LONE_SYMBOL_KINDS = frozenset({"power", "voltage"})


def physical_unit(text: str, *, glued: bool = False) -> tuple[str, str] | None:
    """(canonical name, kind) of a physical unit written as ``text``, else None.

    Symbols match case-exactly ("MW" is a megawatt, "mW" a milliwatt); a one-letter symbol only when
    glued to its number ("5W") or for power and voltage. Names match when written in lower case
    ("kilometres"; "Tesla" and "Hertz" are firms).
    """
    cat = catalogue()
    hit = cat.physical_symbols.get(text)
    if hit is not None:
        if len(text) == 1 and not glued and hit[1] not in _LONE_SYMBOL_KINDS:
            return None
        return hit
    if text.islower() or (text[:1].isupper() and text[1:].islower() and glued):
        return cat.physical_names.get(text.lower())
    return None


def currency_code(text: str, *, glued: bool = False) -> str | None:
    """ISO 4217 code of a currency symbol or code ("$", "C$", "₹", "Rs", "CHF", "USD").

    Any ISO 4217 code counts when glued to its number ("USD10m", "EUR5bn"); written apart, only the
    codes of the project's table do (other codes are words in capitals: "TOP 10", "ALL 5").
    """
    code = tables().currency_symbols.get(text)
    if code is not None:
        return code
    cat = catalogue()
    code = cat.currency_symbols.get(text)
    if code is not None:
        return code
    return text if glued and text in cat.currency_codes else None


def currency_unit(code: str) -> str:
    """The unit word of a currency, from its English name ("USD" -> "dollar", "CHF" -> "franc",
    "GBP" -> "pound"; never a minor unit such as "penny")."""
    return catalogue().currency_units.get(code, code.lower())


def currency_named(words: str) -> str | None:
    """ISO 4217 code of a currency's English name or plural ("Swiss francs", "South Korean won")."""
    return catalogue().currency_names.get(" ".join(words.lower().split()))
