"""Round 32: appreciating a party's act is praise of it (SUPPORT); appreciation of a question or of
the room's presence is courtesy, no event.

Invented sentences (not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    ("The United States appreciates Norway's efforts to end the war in Sudan.", [("SUPPORT", "USA", "NOR")]),
    ("MS. PSAKI: I appreciate the question. I appreciate you all being here.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_appreciate(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == "SUPPORT"], expected)
