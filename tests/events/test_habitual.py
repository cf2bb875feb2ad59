"""Events: a clause with a frequency adverb tells a habit, not an event (:mod:`pipeline.events.habitual`).

The sentences are invented for these tests (fictional people and places).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    ("Every morning, President Maria Lopez meets with her chief of staff, Tom Hale.", []),
    ("The council meets regularly with Ruritania.", []),
    ("Every day, President Maria Lopez holds a meeting on the war with Tom Hale.", []),
    ("Ruritania routinely consults Japan.", []),
    # a particular meeting, or a count of past ones, is no habit
    ("President Maria Lopez met Prime Minister Kenji Sato of Japan on Monday.", [("CONSULT", "Maria Lopez", "Kenji Sato")]),
    ("President Maria Lopez has met with 89 heads of state so far.", [("CONSULT", "Maria Lopez", None)]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[f"c{i}" for i in range(len(CASES))])
def test_habits_are_no_events(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)
