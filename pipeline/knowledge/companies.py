"""Words that tell a company from a public body, loaded once from ``pipeline/data/companies.json``.

A leaf module (it imports no stage; ``tests/test_layout.py``): the entities stage decides which
ORG entities are companies with these words (:func:`pipeline.entities.company_ids`), and the
events stage asks :func:`public_name` whether the other party of a company's act is a
government side. Each list in the data file says why it holds what it holds.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .countries import load as load_countries
from .units import institution_country

__all__ = ["CompanyWords", "company_words", "listed_company", "public_name"]


@dataclass(frozen=True, slots=True)
class CompanyWords:
    """The word lists of ``companies.json`` (lower case, except ``legal_forms``)."""

    legal_forms: tuple[str, ...]
    name_heads: frozenset[str]
    business_nouns: frozenset[str]
    business_noun_pairs: frozenset[str]
    business_attributes: frozenset[str]
    state_words: frozenset[str]
    government_words: frozenset[str]
    other_body_words: frozenset[str]


@lru_cache(maxsize=1)
def company_words() -> CompanyWords:
    """The lists of ``pipeline/data/companies.json``, loaded once per process."""
    raw = json.loads(resources.files("pipeline.data").joinpath("companies.json").read_text("utf-8"))

    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in raw[key]["words"])

    return CompanyWords(legal_forms=tuple(raw["legal_forms"]["words"]), name_heads=words("name_heads"),
                        business_nouns=words("business_nouns"), business_noun_pairs=words("business_noun_pairs"),
                        business_attributes=words("business_attributes"), state_words=words("state_words"),
                        government_words=words("government_words"), other_body_words=words("other_body_words"))


@lru_cache(maxsize=4096)
def public_name(name: str) -> bool:
    """Whether an organisation's name makes it a public or international body: a government word
    in it ("Department of State", "African Union", "Green Climate Fund"), or a name the gazetteer
    knows as an international organisation or an institution of a country."""
    words = company_words()
    low = name.lower().replace("-", " ").split()
    return any(w.strip(",.") in words.government_words for w in low) \
        or load_countries().organization(name) is not None or institution_country(name) is not None


_SHARE_CLASS = re.compile(r"\s*\((?:Class|Series) [A-Z]\)$")
_LEGAL_TAIL = re.compile(r",?\s+(?:&\s+Co\.?|Corporation|Company|Companies|Corp\.?|Inc\.?|Co\.?)$")


@lru_cache(maxsize=1)
def _listed_names() -> frozenset[str]:
    """Short names of the companies of ``company_names.json`` (share class, legal form and a
    leading "The" dropped; a possessive store name also without its "'s")."""
    raw = json.loads(resources.files("pipeline.data").joinpath("company_names.json").read_text("utf-8"))
    out: set[str] = set()
    for name in raw["names"]:
        short = _LEGAL_TAIL.sub("", _SHARE_CLASS.sub("", name))
        short = short[4:] if short.startswith("The ") else short
        out.add(short)
        if short.endswith(("'s", "’s")):
            out.add(short[:-2])
    return frozenset(out)


def listed_company(name: str) -> bool:
    """Whether ``name`` as written is the short name of a listed well-known company ("Pfizer",
    "Goldman Sachs", "Kellogg"); see ``company_names.json`` for the source."""
    return name in _listed_names()
