"""Round 52: "talked to President X" and "talking to the Israelis" are consultations, as "spoke
to" already was (the lexicon's "talk" takes "to" for a named person, and both verbs for a state
named as a whole, a country or "the" + its nationality: events/verbparts.names_person); "talked
to reporters", "spoke to the American people", "spoke to Americans" name an audience and stay
uncoded.

Every text is invented for these tests.
"""

from __future__ import annotations

import pytest

import pipeline

pytestmark = pytest.mark.model


def _events(text: str, published: str = "2024-01-10") -> list[tuple]:
    record = pipeline.extract(text, published=published, country="USA").to_dict()
    entities = {e["id"]: e for e in record["entities"]}
    return [(e["type"], e.get("actor_country"), e["trigger"]["text"],
             (entities.get(e.get("recipient")) or {}).get("name") or e.get("recipient_name"), e.get("recipient_country"))
            for e in record["events"]]


@pytest.mark.parametrize(("sentence", "trigger", "country"), [
    ("The President talked to President Zelenskyy this morning about air defence.", "talked", "UKR"),
    ("We have been talking to the Israelis for some time about the Kerem Shalom crossing.", "talking", "ISR"),
    ("Secretary Blinken spoke to the Qataris on Tuesday about the hostages.", "spoke", "QAT"),
    ("The President talked to Israel's Prime Minister Netanyahu on Sunday.", "talked", "ISR"),
])
def test_talking_to_a_named_party_is_a_consultation(sentence: str, trigger: str, country: str) -> None:
    events = _events("Readout\n\n" + sentence)
    assert any(t == "CONSULT" and trig == trigger and rc == country for t, _, trig, _, rc in events), events


@pytest.mark.parametrize("sentence", [
    "The President talked to reporters this morning about the economy.",
    "The President spoke to the American people tonight.",
    "The Secretary talked to Israeli reporters after the meeting.",
    "The President talked about the crossing this morning.",
    # a nationality without "the" is people at large, an audience (a review helper's cases)
    "President Biden spoke to Americans from the Oval Office.",
    "Vice President Harris talked to Germans at a town hall in Munich.",
])
def test_talking_to_an_audience_is_no_consultation(sentence: str) -> None:
    events = _events("Readout\n\n" + sentence)
    assert not any(t == "CONSULT" for t, *_ in events), events
