"""Events: arms the aid class lacked (helicopters, howitzers, radars, rifles) make "provided X Y" military
aid as tanks and jets do (PLOVER AID mode military; round 33).

Sentences are invented; none comes from a development, evaluation or stress text.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Canada has provided Ukraine helicopters since 2022.",
    "Canada has provided Ukraine howitzers since 2022.",
])
def test_arms_provided(event_inputs, text):
    doc, ents, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=ents, roles=roles, dates=dates)
    assert [(e.type, e.actor_country, e.recipient_country) for e in events] == [("AID", "CAN", "UKR")]
