"""Trips announced in the present tense for a later time (:mod:`pipeline.events.scheduled_trips`):
a planned trip abroad is a promise (AGREE, the harmonised future rule), a trip with no later time
keeps its own category.

Invented sentences (not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    ("Foreign Minister Maria Lopez of Chile is travelling to Peru next week.", "AGREE",
     [("AGREE", "Maria Lopez", "PER")]),
    ("Foreign Minister Maria Lopez of Chile travels to Peru tomorrow.", "AGREE",
     [("AGREE", "Maria Lopez", "PER")]),
    ("Foreign Minister Maria Lopez of Chile is visiting Peru later this month.", "AGREE",
     [("AGREE", "Maria Lopez", "PER")]),
    # a trip with no later time is the visit itself
    ("Foreign Minister Maria Lopez of Chile is visiting Peru this week.", "AGREE", []),
]


@pytest.mark.parametrize("text,typ,expected", CASES, ids=[c[0][:48] for c in CASES])
def test_scheduled_trips(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)
