"""Round 32: working with an official named by his office ("worked with President Macron") is
cooperation with a state's official; working with a person named without an office stays a job.

Invented sentences about real office holders (not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    ("President Biden worked with President Macron on climate.", [("COOPERATE", "Biden", "Macron")]),
    ("He worked with Jane Roe at Goldman Sachs for ten years.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_worked_with_officials(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == "COOPERATE"], expected)
