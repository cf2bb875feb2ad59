"""Round 48: a negated "recognise" with a claim, an annexation, a vote or a government as its object is a
refusal, REJECT, in any tense (:mod:`pipeline.events.nonrecognition`); a name as the subject of a light
verb is no word class ("the European Union launched strikes" is no union of workers on strike); the
G7's and the G20's full names are the same bodies as their short names (one actor, "G7").

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

import pipeline

pytestmark = pytest.mark.model


def _events(text: str, published: str = "2024-05-01") -> list[tuple]:
    record = pipeline.extract(text, published=published).to_dict()
    entities = {e["id"]: e for e in record["entities"]}
    return [(e["type"], e.get("actor_name") or (entities.get(e.get("actor")) or {}).get("name"),
             e.get("actor_country"), e["trigger"]["text"]) for e in record["events"]]


@pytest.mark.parametrize(("sentence", "country"), [
    ("The United States will never recognize Russia's claims on Ukraine's territory.", "USA"),
    ("Germany does not recognise the annexation of Crimea.", "DEU"),
    ("Canada has not recognized the results of the sham referendum.", "CAN"),
])
def test_a_refusal_to_recognise_is_a_rejection(sentence: str, country: str) -> None:
    events = _events("Statement\n\n" + sentence)
    assert ("REJECT", country, True) in [(t, c, trig.startswith("recogni")) for t, _, c, trig in events], events


@pytest.mark.parametrize("sentence", [
    "France did not recognize the Senator at the dinner.",  # a person: not knowing someone
    "If Japan did not recognize the vote, there would be consequences.",  # a condition
    "Asked about the figure, I don't recognize that number, Kirby said.",  # a premise rebutted
    "Britain may not recognise the new government.",  # no refusal yet
])
def test_no_refusal_without_a_claim_or_a_decided_stance(sentence: str) -> None:
    events = _events("Statement\n\n" + sentence)
    assert not any(t == "REJECT" for t, _, _, _ in events), events


@pytest.mark.parametrize(("sentence", "typ"), [
    ("The European Union launched 200 strikes on the rebels' positions.", "ASSAULT"),
    ("The African Union carried out strikes on the militants' camps.", "ASSAULT"),
    ("The United Auto Workers union called a strike at the plant.", "PROTEST"),  # a union of workers by its word
])
def test_a_named_subject_is_no_word_class(sentence: str, typ: str) -> None:
    events = _events("Statement\n\n" + sentence)
    assert typ in [t for t, _, _, _ in events], events
    if typ == "ASSAULT":
        assert "PROTEST" not in [t for t, _, _, _ in events], events


def test_the_group_of_seven_is_the_g7() -> None:
    events = _events("G7 Statement\n\nWe, the leaders of the Group of Seven (G7), condemn the attacks on Kyiv. "
                     "The G7 firmly condemn the annexation.")
    actors = {name for t, name, _, _ in events if t == "ACCUSE"}
    assert actors == {"G7"}, events
