"""Tests for the peer baselines (evaluation.baselines): plain spaCy tools, the "title + nearest
PERSON + nearest GPE" roles baseline and the ROOT-verb events baseline."""

from __future__ import annotations

import json

import pytest

from conftest import ROOT
from evaluation.baselines import baseline_record, parse_number
from evaluation.baselines.events import VERBS
from evaluation.baselines.roles import TITLES

PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
          "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


@pytest.mark.parametrize(
    ("text", "value"),
    [("28,500", 28500), ("$2.5 billion", 2.5e9), ("two", 2), ("about 40%", 40), ("twenty-five", 25),
     ("3 million", 3e6), ("hundreds", None), ("a dozen", 12)],
)
def test_baseline_parse_number(text: str, value: float | None) -> None:
    assert parse_number(text) == value


def test_lexicons_use_contract_categories() -> None:
    assert set(VERBS.values()) == PLOVER
    schema = json.loads((ROOT / "schemas" / "article.schema.json").read_text(encoding="utf-8"))
    assert {role for _, role, _ in TITLES} <= set(schema["$defs"]["role"]["properties"]["role"]["enum"])


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Defence Minister Ahn Gyu-back of South Korea said on Monday that the talks would continue.",
         [("Ahn Gyu-back", "defence_minister", "KOR")]),
        ("Prime Minister Keir Starmer spoke to reporters in London.", [("Keir Starmer", "head_of_government", "GBR")]),
        ("General Mark Milley briefed Congress in Washington.", [("Mark Milley", "military_commander", "USA")]),
        # The nearest GPE is where he arrived, not whom he serves: what the baseline cannot know.
        ("Secretary of State Antony Blinken arrived in Israel on Tuesday.",
         [("Antony Blinken", "foreign_minister", "ISR")]),
        ("Rishi Sunak said the economy was growing.", []),
    ],
)
def test_roles_baseline(sentence: str, expected: list[tuple]) -> None:
    rec = baseline_record(sentence, published="2025-01-01")
    assert [(r["person_name"], r["role"], r["country"]) for r in rec["roles"]] == expected
    assert all(r["status"] == "current" for r in rec["roles"])


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russia attacked Ukraine on Thursday.", [("ASSAULT", "Russia", "RUS", "Ukraine", "UKR")]),
        ("President Biden met with Prime Minister Kishida in Tokyo.", [("CONSULT", "Biden", None, "Kishida", None)]),
        ("China condemned the United States on Friday.", [("ACCUSE", "China", "CHN", "the United States", "USA")]),
        ("Iran threatened Israel with retaliation.", [("THREATEN", "Iran", "IRN", "Israel", "ISR")]),
        ("India withdrew troops from the border.", [("RETREAT", "India", "IND", None, None)]),
        ("The weather was cold in Berlin.", []),
    ],
)
def test_events_baseline(sentence: str, expected: list[tuple]) -> None:
    rec = baseline_record(sentence, published="2025-01-01")
    got = [(e["type"], e["actor_name"], e["actor_country"], e["recipient_name"], e["recipient_country"])
           for e in rec["events"]]
    assert got == expected


@pytest.mark.model
def test_baseline_record_is_valid() -> None:
    import jsonschema

    text = ("SEOUL — South Korean Defence Minister Ahn Gyu-back met US Defense Secretary Pete Hegseth in Seoul on "
            "Tuesday. \"We will deepen our cooperation,\" Ahn told reporters. About 28,500 U.S. troops are "
            "stationed in South Korea. China condemned the United States.")
    rec = baseline_record(text, published="2025-06-03", article_id="doc1")
    schema = json.loads((ROOT / "schemas" / "article.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(rec, schema)
    spans = [m for e in rec["entities"] for m in e["mentions"]] + [d["evidence"] for d in rec["dates"]]
    spans += [r["evidence"] for r in rec["roles"]] + [e[k] for e in rec["events"] for k in ("evidence", "trigger")]
    for item in spans:
        assert text[item["start"]:item["end"]] == item["text"]
    assert rec["roles"] and rec["events"]
