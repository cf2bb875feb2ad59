"""Round 32: each named member of one side who meets a third party meets the first one named, also
when two counterparts are named ("A, B and C met with President X and Foreign Minister Y").

Invented sentences about real office holders (not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    ("Deputy Secretary of State Kurt Campbell, National Security Advisor Jake Sullivan, and Commerce Secretary "
     "Gina Raimondo met with President Gustavo Petro and Foreign Minister Luis Gilberto Murillo of Colombia.",
     [("CONSULT", "Kurt Campbell", "Gustavo Petro"), ("CONSULT", "Kurt Campbell", "Luis Gilberto Murillo"),
      ("CONSULT", "Jake Sullivan", "Gustavo Petro"),
      ("CONSULT", "Gina Raimondo", "Gustavo Petro")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_members_meet_the_first_counterpart(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text, country="USA")
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == "CONSULT"], expected)
