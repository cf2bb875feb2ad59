"""Events: a past adverbial clause ("when X did Y, Z agreed to ...") tells what happened, not
what is agreed, promised or asked (:func:`pipeline.events.filters.past_clause`).

The sentences are invented for these tests (fictional people and places).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # a past "when"/"while"/"as"/"since" clause under an agreement or a pledge happened
    ("While Maria Lopez met Kenji Sato in Geneva, Chile agreed to extend the truce.",
     [("CONSULT", "Maria Lopez", "Kenji Sato"), ("AGREE", "CHL", None)]),
    ("When Maria Lopez visited Japan in May, Chile pledged to expand trade with Japan.",
     [("CONSULT", "Maria Lopez", "JPN"), ("AGREE", "CHL", "JPN")]),
    ("As Chile attacked Peru, Japan pledged to send more aid to Peru.",
     [("ASSAULT", "CHL", "PER"), ("AGREE", "JPN", "PER")]),
    # (the conjunctions that already counted)
    ("Japan agreed to the truce after Maria Lopez met Kenji Sato.",
     [("AGREE", "JPN", None), ("CONSULT", "Maria Lopez", "Kenji Sato")]),
    # a clause under "would" is still to come
    ("Japan said it would agree to the plan when Maria Lopez met Kenji Sato.", [("AGREE", "JPN", None)]),
    # ("after" tells a past act even under "would", as before)
    ("Japan said it would agree to the plan after Maria Lopez met Kenji Sato.",
     [("AGREE", "JPN", None), ("CONSULT", "Maria Lopez", "Kenji Sato")]),
    # a clause in the present is a condition, not a fact
    ("Japan will agree to the plan when Maria Lopez meets Kenji Sato.", [("AGREE", "JPN", None)]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[f"c{i}" for i in range(len(CASES))])
def test_past_clauses_are_facts(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)
