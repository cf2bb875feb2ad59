"""Events: a need to act stressed by one party ("stressed the need for X to ...", "underscored the need to
...") is REQUEST by that party of the one named to act (:mod:`pipeline.events.stressed_needs`); a need for
a thing, a value and a plural subject's shared view are none.

Sentences are invented; none comes from a development, evaluation or stress text.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

CASES = [
    ("Prime Minister Albanese emphasized the need for Indonesia to release the fishermen.",
     [("REQUEST", "Albanese", "IDN")]),
    ("Chancellor Scholz underscored the need to restore the grain corridor.", []),
    ("Chancellor Scholz raised the need for new investment to grow the economy.", []),
    ("Chancellor Scholz underscored the need for affordable housing.", []),
    ("Chancellor Scholz underscored the importance of upholding the rules-based order.", []),
    ("Chancellor Scholz did not stress the need to restore the grain corridor.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_stressed_needs(event_inputs, text, expected):
    doc, ents, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=ents, roles=roles, dates=dates)
    got = [(e.type, e.actor_name, e.recipient_country) for e in events if e.type == "REQUEST"]
    assert got == expected, [(e.type, e.actor_name, e.recipient_name, e.trigger.text) for e in events]
