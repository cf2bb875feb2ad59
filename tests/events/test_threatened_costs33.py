"""Events: a stated readiness to impose costs on another party ("its readiness to impose severe costs on
X", "stand ready to apply additional measures", "will impose severe costs on X") is THREATEN by the party
that states it, aimed at the party the costs fall on (:mod:`pipeline.events.threatened_costs`).

Sentences are invented; none comes from a development, evaluation or stress text.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

CASES = [
    # a disposition noun or adjective with an infinitive of imposing a cost or a measure
    ("Canada reaffirmed its readiness to impose significant costs on Venezuela.", [("THREATEN", "CAN", "VEN")]),
    ("The EU expressed its determination to impose severe economic consequences on Belarus.",
     [("THREATEN", "EU", "BLR")]),
    ("Japan stands ready to apply additional sanctions on North Korea.", [("THREATEN", "JPN", "PRK")]),
    # a predicted cost on a named party
    ("Australia will impose severe costs on Iran for the attack.", [("THREATEN", "AUS", "IRN")]),
    # a cost at home, a negated readiness, a measure done or merely predicted: no threat
    ("The new levy will impose costs on Canadian families.", []),
    ("Japan is not ready to impose additional sanctions on North Korea.", []),
    # a measure aimed at no one, a regulator's penalty, a consequence told of an act (review, round 33)
    ("The Bank of Japan stands ready to apply additional measures to support the economy.", []),
    ("The European Commission will impose penalties on Google for breaching competition rules.", []),
    ("Ukraine said Russia's invasion will inflict a heavy price on Europe.", []),
]


def _events(event_inputs, text):
    doc, ents, roles, dates = event_inputs(text)
    return extract_events(doc, entities=ents, roles=roles, dates=dates)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_cost_threats(event_inputs, text, expected):
    events = _events(event_inputs, text)
    got = [(e.type, e.actor_name if e.actor_country is None else e.actor_country, e.recipient_country)
           for e in events if e.type == "THREATEN"]
    assert got == expected, [(e.type, e.actor_name, e.recipient_name, e.trigger.text) for e in events]


@pytest.mark.model
def test_resolve_to_impose_costs_is_no_promise(event_inputs):
    events = _events(event_inputs, "Canada underlined its resolve to impose severe consequences on Venezuela.")
    assert [e.type for e in events] == ["THREATEN"]


@pytest.mark.model
def test_imposed_sanctions_stay_sanctions(event_inputs):
    """A guard: sanctions imposed are the lexicon's SANCTION, no threat."""
    events = _events(event_inputs, "Canada imposed sanctions on Venezuela.")
    assert [e.type for e in events] == ["SANCTION"]
