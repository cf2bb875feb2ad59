"""Round 55: events the stage missed.

* "The President reaffirmed the enduring partnership between the United States and X": a bond
  affirmed is support of the partner (data/event_triggers.json class ``affirmed_bond``), the
  partner being the other side named by "between" (events/bilateral.py); affirmed by two named
  together, the first affirms it to the second (events/argument_parts.mutual_bond).
* "Russian aggression in Ukraine": a state's war "in" another named country is waged on it
  (events/argument_parts._foreign_theatre); "in the region", "in Europe" name no victim.
* "President A spoke with President B of Y to express support. The President ...": the parser
  makes B the subject of the purpose infinitive; B is the one consulted, not an actor a later
  bare title can stand for (events/purposes.misparsed_subject).

Every text is invented for these tests.
"""

from __future__ import annotations

import pytest

import pipeline

pytestmark = pytest.mark.model


def _events(text: str, published: str = "2023-08-29") -> list[tuple]:
    record = pipeline.extract(text, published=published, country="USA").to_dict()
    entities = {e["id"]: e for e in record["entities"]}
    name = lambda e, k: (entities.get(e.get(k)) or {}).get("name") or e.get(f"{k}_name")  # noqa: E731
    return [(e["type"], name(e, "actor"), e.get("actor_country"), name(e, "recipient"), e.get("recipient_country"),
             e["trigger"]["text"]) for e in record["events"]]


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("The Vice President reaffirmed the close and enduring bilateral relationship between the United States and "
     "Bahrain.", "USA", "BHR"),
    ("President Biden reaffirmed the strong alliance between the United States and Greece.", "USA", "GRC"),
    ("President Biden affirmed the strength of the alliance between the United States and Japan.", "USA", "JPN"),
    ("The United States and Israel reaffirm the unbreakable bonds between our two countries.", "USA", "ISR"),
    ("President Biden and Prime Minister Kishida reaffirmed the strength of the alliance.", "USA", "JPN"),
])
def test_an_affirmed_bond_is_support_of_the_partner(text, actor, recipient) -> None:
    events = _events(text)
    support = [e for e in events if e[0] == "SUPPORT" and e[-1] in ("reaffirmed", "reaffirm", "affirmed")]
    assert [(e[2], e[4]) for e in support] == [(actor, recipient)], events


@pytest.mark.parametrize("text", [
    "The President reaffirmed the values of democracy.",
    "These meetings reaffirm the very strong alliance between the United States and Poland.",
    "Prime Minister Kishida reaffirmed his invitation to the summit.",
])
def test_affirming_no_bond_or_no_party_affirming_is_no_support(text) -> None:
    assert not [e for e in _events(text) if e[0] == "SUPPORT"], _events(text)


def test_an_affirmed_bond_promised_for_later_is_a_commitment() -> None:
    events = _events("President Biden will reaffirm the partnership with Japan.")
    assert [(e[0], e[2], e[4]) for e in events] == [("AGREE", "USA", "JPN")], events


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian aggression in Ukraine continues.", ("ASSAULT", "RUS", "UKR")),
    ("They discussed the Russian war in Ukraine.", ("ASSAULT", "RUS", "UKR")),
])
def test_a_war_in_a_foreign_country_is_waged_on_it(text, expected) -> None:
    assert expected in [(e[0], e[2], e[4]) for e in _events(text)], _events(text)


@pytest.mark.parametrize("text", [
    "They discussed Chinese aggression in the region.",
    "NATO will deter Russian aggression in Europe.",
    "We must deter Russian aggression in Ukraine.",
])
def test_a_war_in_a_region_or_deterred_is_no_assault(text) -> None:
    assert not [e for e in _events(text) if e[0] == "ASSAULT"], _events(text)


_READOUT = """Readout of President Joseph R. Biden, Jr. Call with President Ivan Duarte of Colombia

President Joseph R. Biden Jr. spoke today with President Ivan Duarte of Colombia to express U.S. support following \
the attack. The President pledged support for Colombia's efforts to combat the pandemic.
"""


def test_the_one_called_to_express_support_is_not_the_president_who_pledged() -> None:
    pledged = [e for e in _events(_READOUT, "2021-07-01") if e[-1] == "pledged"]
    assert pledged and all(e[1] == "Joseph R. Biden Jr." for e in pledged), pledged
