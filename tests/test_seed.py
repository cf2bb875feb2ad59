"""Seed acceptance (DESIGN.md): the seed article yields every required gold fact and nothing
its must_not list forbids. Run through the real engine, as `make run` does."""

from __future__ import annotations

import json

import pytest

from conftest import SEED_GOLD, SEED_TXT
from pipeline.engine import run
from evaluation.scorers.compare import names_match

pytestmark = pytest.mark.model

GOLD = json.loads(SEED_GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def record(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed")
    run([SEED_TXT], out_dir=out, quiet=True)
    lines = (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    return json.loads(lines[0])


def _required(kind):
    return [item for item in GOLD[kind] if not item.get("optional")]


@pytest.mark.parametrize("gold", _required("entities"), ids=lambda g: g["name"])
def test_entities(record, gold):
    labels = set(gold.get("accept_labels", [gold["label"]]))
    hits = [e for e in record["entities"] if e["label"] in labels
            and (e["name"] == gold["name"] or any(m["text"] in [gold["name"], *gold.get("aliases", [])]
                                                   for m in e["mentions"]))]
    assert hits, f"no entity for {gold['name']}"
    if gold.get("country") and gold["label"] in ("GPE",):
        assert any(h["country"] == gold["country"] for h in hits)
    if gold["label"] == "PERSON":
        assert any(h["name"] == gold["name"] for h in hits), "canonical name"


@pytest.mark.parametrize("gold", _required("roles"), ids=lambda g: g["person"])
def test_roles(record, gold):
    ents = {e["id"]: e for e in record["entities"]}
    hits = [r for r in record["roles"] if names_match(r["person_name"], gold["person"])
            and r["role"] == gold["role"] and r["country"] == gold["country"]]
    assert hits, record["roles"]
    assert hits[0]["person"] and ents[hits[0]["person"]]["name"] == gold["person"]
    assert gold["title"].lower() in hits[0]["title"].lower()


@pytest.mark.parametrize("gold", _required("quantities"), ids=lambda g: f"{g['value']}@{g['evidence']['start']}")
def test_quantities(record, gold):
    ev = gold["evidence"]
    hits = [q for q in record["quantities"] if q["evidence"]["start"] < ev["end"] and ev["start"] < q["evidence"]["end"]]
    assert len(hits) == 1, hits
    q = hits[0]
    assert q["value"] == gold["value"] and q["unit"] == gold["unit"] and q["category"] == gold["category"]
    assert q["approximate"] == gold["approximate"]
    assert q["qualifier"] == gold.get("qualifier")
    assert (q["owner"] or {}).get("country") == gold["owner"]
    assert (q["location"] or {}).get("country") == gold["location"]


@pytest.mark.parametrize("gold", _required("forces"), ids=lambda g: f"{g['owner']}-{g['size']}")
def test_forces(record, gold):
    hits = [f for f in record["forces"] if f["owner"] == gold["owner"] and f["size"] == gold["size"]]
    assert len(hits) == 1, record["forces"]
    f = hits[0]
    assert f["unit"] == gold["unit"] and f["location"] == gold["location"] and f["status"] == gold["status"]
    if "approximate" in gold:
        assert f["approximate"] == gold["approximate"]


def test_forces_are_deduplicated(record):
    usa = [f for f in record["forces"] if f["owner"] == "USA"]
    assert len(usa) == 1 and len(usa[0]["quantities"]) == 2


@pytest.mark.parametrize("gold", _required("dates"), ids=lambda g: g["text"])
def test_dates(record, gold):
    ev = gold["evidence"]
    hits = [d for d in record["dates"] if d["evidence"]["start"] == ev["start"] and d["evidence"]["end"] == ev["end"]]
    assert hits and hits[0]["value"] == gold["value"] and hits[0]["type"] == gold["type"]


@pytest.mark.parametrize("gold", _required("quotes"), ids=lambda g: g["text"][:20])
def test_quotes(record, gold):
    ents = {e["id"]: e for e in record["entities"]}
    hits = [q for q in record["quotes"] if q["text"] == gold["text"]]
    assert hits
    q = hits[0]
    assert q["speaker"] and ents[q["speaker"]]["name"] == gold["speaker"]
    assert q["cue"] == gold["cue"]
    assert (q["evidence"]["start"], q["evidence"]["end"]) == (gold["evidence"]["start"], gold["evidence"]["end"])


@pytest.mark.parametrize("rule", GOLD["must_not"], ids=lambda r: r["why"][:30])
def test_must_not(record, rule):
    if rule["kind"] == "quantity":
        assert not any(q["value"] == rule["value"] for q in record["quantities"])
    elif rule["kind"] == "date":
        assert not any(d["text"] == rule["text"] for d in record["dates"])
    elif rule["kind"] == "role":
        assert not any(names_match(r["person_name"], rule["person"]) and r["country"] == rule["country"]
                       for r in record["roles"])
    else:
        pytest.fail(f"unknown must_not kind {rule['kind']}")


def test_every_span_slices_the_text(record):
    from pipeline.validate import offset_errors

    assert offset_errors(record, SEED_TXT.read_text(encoding="utf-8")) == []
