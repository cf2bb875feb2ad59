"""Events: a reciprocal object ("each other", "one another") names no party of its own; the subject's
members are each other's, as with no object (:func:`pipeline.events.verbparts.reciprocal`).

Sentences are invented; none comes from a development, evaluation or stress text.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events
from pipeline.events.verbparts import direct_object


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Chancellor Scholz and President Macron last met each other in Paris.",
    "Chancellor Scholz and President Macron met one another in Paris.",
])
def test_reciprocal_meeting(event_inputs, text):
    doc, ents, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=ents, roles=roles, dates=dates)
    assert [(e.type, e.actor_name, e.recipient_name) for e in events] == [("CONSULT", "Scholz", "Macron")]


@pytest.mark.model
def test_reciprocal_is_no_object(event_inputs):
    doc, *_ = event_inputs("Scholz and Macron met each other.")
    met = next(t for t in doc if t.lower_ == "met")
    assert direct_object(met) is None
