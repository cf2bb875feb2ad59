"""Events: building up a standing relation with a named partner ("deepened our alliance with X",
"expanded its partnership with X") is cooperation with each partner named
(:mod:`pipeline.events.relation_building`); no partner, a partner who is no party, or a passive is none.

Sentences are invented; none comes from a development, evaluation or stress text.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_codebook_triggers import test_codebook_wording as _types_and_actors

CASES = [
    ("Canada has deepened its alliance with Norway over the past decade.", [("COOPERATE", "CAN")]),
    ("Brazil expanded its partnership with Kenya in unprecedented ways.", [("COOPERATE", "BRA")]),
    ("Iran is strengthening its military partnership with Russia.", [("COOPERATE", "IRN")]),
    # the small model reads "deepened and elevated alliances" as an adjective and a conjunct
    ("Canada has deepened and elevated alliances with Chile and Peru.", [("COOPERATE", "CAN"), ("COOPERATE", "CAN")]),
    # no partner named, a partner who is no party, a passive: none
    ("Canada has deepened its alliance over the past decade.", []),
    ("Canada is strengthening its partnership with the private sector.", []),
    ("The alliance with Norway was strengthened last year.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_relation_building_wording(event_inputs, text, expected):
    _types_and_actors(event_inputs, text, expected)


@pytest.mark.model
def test_each_listed_partner_is_a_recipient(event_inputs):
    doc, ents, roles, dates = event_inputs("Canada has deepened its alliances with Chile, Peru, and Ghana.")
    events = extract_events(doc, entities=ents, roles=roles, dates=dates)
    assert sorted(e.recipient_country for e in events) == ["CHL", "GHA", "PER"]
