"""Events that are not acts between parties: aims, relationships and topics in government texts.

Invented sentences (not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

PARTNERLESS_CASES = [
    # a cooperation noun with no one named on the other side is an aim or a relationship
    ("Chilean President Maria Lopez announced new steps to strengthen Chilean cooperation on mining.", []),
    ("The Chilean and Peruvian navies will expand their cooperation on maritime security.", []),
    ("Chilean President Maria Lopez said that Chile-Peru cooperation would not be shaken by threats.", []),
    # ... with the other party named it is an act between the two
    ("Chile's cooperation with Peru on border security has grown this year.", [("COOPERATE", "CHL", "PER")]),
    ("The talks advanced military cooperation between Chile and Peru.", [("COOPERATE", "CHL", "PER")]),
    ("Chilean President Maria Lopez said Chile was deepening its cooperation with Argentina on energy.",
     [("COOPERATE", "CHL", "ARG")]),
    ("Peru held joint exercises with Chile last week.", [("COOPERATE", "PER", "CHL")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", PARTNERLESS_CASES, ids=[c[0][:48] for c in PARTNERLESS_CASES])
def test_partnerless_cooperation(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)
