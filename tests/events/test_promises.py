"""Whom a promise or expression of support is for when only the promised act names it.

Invented sentences (not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

PROMISE_CASES = [
    # the beneficiary is the object of the promised act
    ("Chilean President Maria Lopez reaffirmed Chile's commitment to support Peru in its recovery.",
     [("AGREE", "Maria Lopez", "PER")]),
    ("Chile committed to consulting closely with Argentina on the border.", [("AGREE", "CHL", "ARG")]),
    ("Chilean Foreign Minister Ana Torres pledged that Chile would keep supporting Bolivia.",
     [("AGREE", "Ana Torres", "BOL")]),
    # the actor's own country, or a thing, is no beneficiary
    ("Chilean President Maria Lopez has promised to raise Chile's defence spending.", [("AGREE", "Maria Lopez", None)]),
    ("Chile committed to implementing the Paris Agreement.", [("AGREE", "CHL", None)]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", PROMISE_CASES, ids=[c[0][:48] for c in PROMISE_CASES])
def test_promise_beneficiary(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == "AGREE"], expected)
