"""Events of fact sheets and transcripts (round 13): a document, plan or policy as the subject
of an act is no actor (:mod:`pipeline.events.paperactors`).

Sentences are invented for these tests; the people and places are fictional or generic.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

FACT = "Fact Sheet: The Government of Chile Announces New Actions"

PAPER_CASES = [
    # a budget, an order, a policy or money does nothing itself
    ("The Budget provides $3 billion to the Ministry of Health.", []),
    ("The Budget also supports regional programs in Peru.", []),
    ("The Order directs the Minister of Defense to establish a training program.", []),
    ("Reliance on foreign subsidies threatens national security.", []),
    ("Chilean trade policy supports Chilean workers first.", []),
    ("The program, which has supported the construction of 9,000 homes, is expanding.", []),
    # the people and governments behind them act
    ("The Government of Chile provided $3 million to Peru.", [("AID", "CHL", "PER")]),
    ("Chile signed an accord with Peru on Monday.", [("AGREE", "CHL", "PER")]),
    # a budget of someone's is his request for funds
    ("President Ana Novak's budget requests $2 billion from Congress.", [("REQUEST", "Novak", "Congress")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", PAPER_CASES, ids=[c[0][:60] for c in PAPER_CASES])
def test_paper_actors(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text, title=FACT)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)
