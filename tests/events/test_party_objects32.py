"""Round 32: acts that count only with a party named: working with an official named by his office
("worked with President Macron") is cooperation with a state's official, working with a person named
without one stays a job; appreciating a party's act is praise (SUPPORT), appreciation of a question
or of the room's presence is courtesy.

Invented sentences about real office holders (not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    ("President Biden worked with President Macron on climate.", "COOPERATE", [("COOPERATE", "Biden", "Macron")]),
    ("He worked with Jane Roe at Goldman Sachs for ten years.", "COOPERATE", []),
    ("The United States appreciates Norway's efforts to end the war in Sudan.", "SUPPORT", [("SUPPORT", "USA", "NOR")]),
    ("MS. PSAKI: I appreciate the question. I appreciate you all being here.", "SUPPORT", []),
    ("The Chinese yuan appreciated against the U.S. dollar on Monday.", "SUPPORT", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_acts_with_a_party(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)
