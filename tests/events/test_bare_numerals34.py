"""Round 34: a numeral standing alone for three or four parties named before ("The three will
coordinate"), as "The two agreed" stands for a pair: the nearest pair of them are the event's sides.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events


@pytest.mark.model
@pytest.mark.parametrize("subject", ["The three", "The trio"])
def test_bare_numeral_stands_for_the_named(event_inputs, subject: str) -> None:
    doc, entities, roles, dates = event_inputs(
        "President Ana Rojas will welcome President Luis Vega and Prime Minister Marta Ruiz of Peru on Friday. "
        f"{subject} will coordinate ahead of the Summit of the Americas.")
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    got = [(e.actor_name, e.recipient_name) for e in events if e.trigger.text == "coordinate"]
    assert got == [("Ana Rojas", "Luis Vega")], got


@pytest.mark.model
def test_numeral_with_its_noun_is_no_reference(event_inputs) -> None:
    """A count of new parties ("Three countries joined") refers back to no one named before."""
    doc, entities, roles, dates = event_inputs(
        "President Ana Rojas met President Luis Vega on Friday. Three countries signed the accord on Monday.")
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    assert not any(e.trigger.text == "signed" and e.actor_name == "Ana Rojas" for e in events), events
