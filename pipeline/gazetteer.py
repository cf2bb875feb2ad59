"""Read-only lookup tables: country names, abbreviations, demonyms and capitals -> ISO3.

Built once per process from the maintained ``countryinfo`` package (names, alternative
spellings, capitals, demonyms, ISO codes for ~250 countries) plus
``pipeline/data/countries_extra.json`` for what news writes and the library lacks ("U.S.",
"ROK", "DPRK", plural demonyms, big non-capital cities such as Busan or Pyeongtaek).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

_ARTICLE = re.compile(r"^(the)\s+", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_QUOTES = str.maketrans({"’": "'", "‘": "'"})


def _key(text: str) -> str:
    """Normalise a written form for lookup: quotes, whitespace, leading "the", case."""
    text = _SPACES.sub(" ", text.translate(_QUOTES)).strip().strip(".,;:")
    text = _ARTICLE.sub("", text)
    return text.lower()


@dataclass(frozen=True, kw_only=True)
class Gazetteer:
    """Lookups from written forms to ISO 3166-1 alpha-3 codes."""

    names: dict[str, str] = field(default_factory=dict)
    """country names and abbreviations (lower-cased keys)"""
    demonyms: dict[str, str] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)
    organizations: dict[str, str] = field(default_factory=dict)
    canonical: dict[str, str] = field(default_factory=dict)
    """ISO3 -> short English name ("KOR" -> "South Korea")"""
    abbreviations: frozenset[str] = frozenset()
    """All-caps forms that only match when written in capitals ("US", "ROK")"""

    def country(self, text: str) -> str | None:
        """ISO3 for a country name, abbreviation, demonym or capital, else None."""
        stripped = text.strip()
        if stripped.isupper() and len(stripped.replace(".", "")) <= 4 and stripped not in self.abbreviations:
            # "IT", "AM": an all-caps short form is only a country when we list it.
            return None
        k = _key(text)
        for table in (self.names, self.demonyms, self.capitals):
            code = table.get(k)
            if code:
                return code
        # Possessive ("Korea's") and plural demonym ("Ukrainians") forms.
        for suffix in ("'s", "s"):
            if k.endswith(suffix):
                base = k[: -len(suffix)]
                for table in (self.names, self.demonyms):
                    if base in table:
                        return table[base]
        return None

    def country_name(self, code: str) -> str | None:
        """Canonical short English name of an ISO3 code."""
        return self.canonical.get(code)

    def organization(self, text: str) -> str | None:
        """Short name of an international organisation ("NATO"), else None."""
        return self.organizations.get(_key(text))


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """Build the gazetteer once per process (about 50 ms)."""
    import countryinfo  # imported here: only needed when the tables are built

    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    capitals: dict[str, str] = {}
    canonical: dict[str, str] = {}
    for country in countryinfo.all_countries():
        try:
            info = country.info()
        except Exception:  # noqa: BLE001 - a broken library entry must not stop the run
            continue
        code = (info.get("ISO") or {}).get("alpha3")
        name = info.get("name")
        if not code or not name or len(code) != 3:
            continue
        canonical.setdefault(code, name)
        names.setdefault(_key(name), code)
        for alt in info.get("altSpellings") or ():
            # Two- and three-letter codes ("IN", "AND") collide with English words.
            if len(alt) > 3 and alt.isascii():
                names.setdefault(_key(alt), code)
        for value, target in ((info.get("demonym"), demonyms), (info.get("capital"), capitals)):
            for written in value if isinstance(value, list) else [value]:
                if isinstance(written, str) and written:
                    target.setdefault(_key(written), code)

    extra = json.loads(resources.files("pipeline.data").joinpath("countries_extra.json").read_text("utf-8"))
    abbreviations = set()
    for table, target in ((extra["names"], names), (extra["demonyms"], demonyms), (extra["capitals"], capitals)):
        for written, code in table.items():
            if not code:
                continue
            target[_key(written)] = code
            if written.replace(".", "").isupper():
                abbreviations.add(written)
    organizations = {_key(k): v for k, v in extra["organizations"].items()}
    abbreviations.update(k for k in extra["organizations"] if k.replace(".", "").isupper())
    # News names, not the official long forms countryinfo puts first for a few countries.
    canonical.update({"USA": "United States", "GBR": "United Kingdom", "KOR": "South Korea", "PRK": "North Korea",
                      "RUS": "Russia", "IRN": "Iran", "SYR": "Syria", "VNM": "Vietnam", "TWN": "Taiwan",
                      "PSE": "Palestine", "XKX": "Kosovo", "CZE": "Czech Republic", "LAO": "Laos"})
    return Gazetteer(names=names, demonyms=demonyms, capitals=capitals, organizations=organizations,
                     canonical=canonical, abbreviations=frozenset(abbreviations))
