"""A subject the small model hangs on a fronted phrase as an apposition or conjunct is the verb's
subject (:mod:`pipeline.events.fronted_subjects`).

Invented sentences (not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # "After X with <name>, <subject> <verb>": the subject read as a name coordinated with the fronted one
    ("After a meeting with King Abdullah, the United States and Jordan finalized a number of agreements.",
     [("CONSULT", "USA", "Abdullah"), ("AGREE", "USA", "JOR")]),
    ("After a call with Chancellor Scholz, the United States and Germany announced new sanctions on Iran.",
     [("CONSULT", "USA", "Scholz"), ("SANCTION", "USA", "IRN")]),
    ("During talks with President Lula, Germany and Brazil agreed to expand trade.",
     [("AGREE", "DEU", "BRA")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_fronted_phrase_subject(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check(events, expected)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "After a meeting with King Abdullah, the monarch of Jordan, the President signed the agreement.",  # own subject
    "Germany and Brazil agreed to expand trade.",  # no fronted phrase
])
def test_no_fronted_subject(event_inputs, text):
    from pipeline.events.fronted_subjects import appositive_subject

    doc, _, _, _ = event_inputs(text)
    assert all(appositive_subject(t) == [] for t in doc)
