"""Forces stage: military forces as facts, merged across mentions."""

from __future__ import annotations

import json

import pytest

from pipeline.entities import EntityIndex, extract_entities
from pipeline.forces import extract_forces
from pipeline.quantities import extract_quantities

pytestmark = pytest.mark.model


def _forces(make_doc, text, **kw):
    doc = make_doc(text, **kw)
    index = EntityIndex.build(extract_entities(doc))
    return extract_forces(doc, extract_quantities(doc, index), index)


def _facts(forces):
    return [(f.owner, f.size, f.unit, f.location, f.status) for f in forces]


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("About 35,000 American troops are stationed in Germany.", ("USA", 35000, "troop", "DEU", "stationed")),
        ("Some 2,500 US Marines are based in Australia.", ("USA", 2500, "marine", "AUS", "stationed")),
        ("Britain has deployed 800 soldiers to Estonia.", ("GBR", 800, "soldier", "EST", "deployed")),
        ("France sent two frigates to the Red Sea last week.", ("FRA", 2, "frigate", None, "deployed")),
        ("Germany will deploy 4,800 troops to Lithuania by 2027.", ("DEU", 4800, "troop", "LTU", "planned")),
        ("Canada plans to send 1,000 more soldiers to Latvia.", ("CAN", 1000, "soldier", "LVA", "planned")),
        ("The Japanese military has about 247,000 personnel.", ("JPN", 247000, "personnel", None, None)),
    ],
)
def test_sized_forces(make_doc, text, fact):
    assert _facts(_forces(make_doc, text)) == [fact]


def test_withdrawn(make_doc):
    forces = _forces(make_doc, "Washington withdrew 2,500 US troops from Iraq.")
    assert [(f.owner, f.size, f.status) for f in forces] == [("USA", 2500, "withdrawn")]


@pytest.mark.parametrize(
    "text",
    [
        "Three American soldiers were killed in Jordan by a drone.",
        "The United States intends to sell Australia three Virginia class submarines.",
        "The ministry will deliver 300 missiles to Ukraine.",
        "Delegates from over 30 countries met in Geneva.",
        "Hyundai will build 300 ships at its yard in Ulsan.",
    ],
)
def test_not_forces(make_doc, text):
    assert _forces(make_doc, text) == ()


def test_mentions_merge(make_doc):
    text = ("The role of the 28,500 US troops stationed in South Korea is changing.\n\n"
            "Approximately 28,500 US troops are stationed in South Korea. "
            "The South Korean military comprises about 450,000 troops.")
    forces = _forces(make_doc, text)
    assert _facts(forces) == [("USA", 28500, "troop", "KOR", "stationed"), ("KOR", 450000, "troop", None, None)]
    assert forces[0].quantities == ("Q1", "Q2")
    assert forces[0].approximate is False
    assert forces[1].approximate is True
    assert [f.id for f in forces] == ["F1", "F2"]


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Leaders condemned troop deployments by North Korea to Russia.", ("PRK", None, "RUS", "deployed")),
        ("NATO continues to monitor the Russian deployments in and around Ukraine.", ("RUS", None, "UKR", "deployed")),
        ("As NATO winds down its military presence in Afghanistan, allies will help.", ("NATO", None, "AFG", "withdrawn")),
    ],
)
def test_sizeless_statements(make_doc, text, fact):
    assert [(f.owner, f.size, f.location, f.status) for f in _forces(make_doc, text)] == [fact]


def test_sizeless_needs_an_owner(make_doc):
    assert _forces(make_doc, "The decision to deploy additional forces was welcomed.") == ()


def test_seed_gold(make_doc):
    from conftest import SEED_GOLD, SEED_TXT

    text = SEED_TXT.read_text(encoding="utf-8")
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    forces = _forces(make_doc, text, title=text.split("\n")[0], published=gold.get("published"))
    assert _facts(forces) == [(g["owner"], g["size"], g["unit"], g["location"], g["status"]) for g in gold["forces"]]
    assert forces[0].quantities == ("Q1", "Q2")
