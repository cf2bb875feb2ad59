"""Events: a repeated preposition after a gap ("spoke twice with A and twice with B", "three times with A
and once with B") lists one counterpart each (:func:`pipeline.events.object_lists.repeated_preposition_objects`).

Sentences are invented; none comes from a development, evaluation or stress text.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events


@pytest.mark.model
@pytest.mark.parametrize("text, recipients", [
    ("Chancellor Scholz has spoken twice with President Macron and twice with Prime Minister Meloni.",
     ["Macron", "Meloni"]),
    ("Chancellor Scholz has spoken three times with President Macron and once with Prime Minister Meloni.",
     ["Macron", "Meloni"]),
    # a second verb with its own object is another clause, no gap
    ("Chancellor Scholz spoke with President Macron and then called the press.", ["Macron"]),
])
def test_gapped_counterparts(event_inputs, text, recipients):
    doc, ents, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=ents, roles=roles, dates=dates)
    assert [e.recipient_name for e in events if e.type == "CONSULT"] == recipients


@pytest.mark.model
@pytest.mark.parametrize("text, pair", [
    ("Indian troops reported clashes at the border between India and China on Tuesday.", ("India", "China")),
    ("The clashes along the frontier between Armenia and Azerbaijan killed two soldiers.", ("Armenia", "Azerbaijan")),
])
def test_frontier_sides(event_inputs, text, pair):
    """The "between" pair of the border where an act happened are its sides (round 33)."""
    doc, ents, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=ents, roles=roles, dates=dates)
    assert [(e.actor_name, e.recipient_name) for e in events if e.type == "ASSAULT"] == [pair]


@pytest.mark.model
def test_concessive_phrase_presupposes_its_act(event_inputs):
    """"Despite X, ..." states that X happened, whatever the main clause's verb embeds (round 33)."""
    doc, ents, roles, dates = event_inputs(
        "Despite talks between Canada and Mexico last week, the two governments have failed to settle the dispute.")
    events = extract_events(doc, entities=ents, roles=roles, dates=dates)
    assert [(e.type, e.actor_name, e.recipient_name) for e in events] == [("CONSULT", "Canada", "Mexico")]
