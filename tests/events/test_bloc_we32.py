"""Round 32: the "we" of a statement its signers issue as members of one organisation ("We, the
Leaders of the G7, met today") is the organisation; an apposition naming countries still names
signatories.

Invented sentences (not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    ("G20 Leaders' Statement\n\nWe, the Leaders of the G20, met today in New Delhi. We condemn the attack on the "
     "hospital in Khartoum. We urge Russia to withdraw its forces from Ukraine.",
     [("ACCUSE", "G20", None), ("REQUEST", "G20", "RUS")]),
    ("Quad Leaders' Statement\n\nWe, the leaders of the Quad, met today in Tokyo. We condemn the missile launches "
     "by North Korea.", [("ACCUSE", "Quad", "PRK")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_bloc_we(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type in ("ACCUSE", "REQUEST")], expected)
