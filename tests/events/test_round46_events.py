"""Round 46: soldiers or warships travelling to a country make a military move (MOBILIZE), not a
visit (CONSULT): the subject's word class decides over the verb's "to" (``triggers._subject_type``);
an official's trip stays a visit.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

import pipeline

pytestmark = pytest.mark.model


def _events(text: str, published: str = "2024-05-01") -> list[tuple]:
    record = pipeline.extract(text, published=published).to_dict()
    return [(e["type"], e.get("actor_country"), e["trigger"]["text"]) for e in record["events"]]


@pytest.mark.parametrize(("sentence", "country"), [
    ("We now know that Ruritanian soldiers are traveling to Belarus.", None),
    ("Thousands of Chinese troops traveled to Belarus last week.", "CHN"),
    ("Two Russian warships traveled to Havana on Monday.", "RUS"),
])
def test_troops_travelling_is_a_military_move(sentence: str, country: str | None) -> None:
    events = _events("Briefing\n\nMR. ROE:  " + sentence)
    assert any(t == "MOBILIZE" and country in (None, c) for t, c, _ in events), events
    assert not any(t == "CONSULT" for t, _, _ in events), events


def test_an_official_travelling_still_visits() -> None:
    events = _events("Readout\n\nSecretary of Defense Jane Roe traveled to Manila on Monday.")
    assert any(t == "CONSULT" and c == "USA" for t, c, _ in events), events


def test_soldiers_travelling_with_no_destination_is_no_event() -> None:
    # the type comes from "to" a place; without one the trip is nobody's act
    events = _events("Briefing\n\nMR. ROE:  Two Russian warships traveled to Havana on Monday.  Russian soldiers "
                     "travelled home for the holidays.")
    assert [t for t, _, trig in events if trig == "travelled"] == [], events
