"""Type decisions by the words around a trigger: a transitive "rally" appeals to others (REQUEST)
and "rally behind X" backs X (SUPPORT), only a rally on its own is a demonstration (PROTEST);
warships and bombers visiting a port, and "port visits", are a naval presence (MOBILIZE), not
consultations; a tabletop exercise moves no forces (no MOBILIZE).

Invented sentences (not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

RALLY_CASES = [
    ("The United States has rallied the world to support Ukraine.", [("REQUEST", "USA", None)]),
    ("President Joe Biden rallied allies to provide air defence systems to Ukraine.",
     [("REQUEST", "Joe Biden", None)]),
    ("Germany rallied behind Ukraine on Tuesday.", [("SUPPORT", "DEU", "UKR")]),
    ("NATO allies rallied around Poland after the attack.", [("SUPPORT", "NATO", "POL")]),
    # an intransitive rally is still a demonstration
    ("Thousands of students rallied in Paris on Sunday.", [("PROTEST", "FRA", None)]),
]


@pytest.mark.parametrize(("text", "expected"), RALLY_CASES)
def test_rally_senses(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type in ("REQUEST", "SUPPORT", "PROTEST")], expected)


VISIT_CASES = [
    ("Two Russian warships visited Havana on Wednesday.", [("MOBILIZE", "RUS", None)]),
    ("A Russian nuclear submarine visited Cuba on Wednesday.", [("MOBILIZE", "RUS", None)]),
    ("The aircraft carrier USS Nimitz made a port visit to Da Nang on Friday.", [("MOBILIZE", "USS Nimitz", None)]),
    # officials visit to consult, military ones too
    ("Japanese military officials visited Manila on Monday.", [("CONSULT", "JPN", "Manila")]),
    ("President Ana Ruiz visited Japan on Monday.", [("CONSULT", "Ana Ruiz", "JPN")]),
]


@pytest.mark.parametrize(("text", "expected"), VISIT_CASES)
def test_visit_senses(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type in ("MOBILIZE", "CONSULT")], expected)


EXERCISE_CASES = [
    ("The working group held a tabletop exercise on Monday.", []),
    ("France held a military exercise near the border on Monday.", [("MOBILIZE", "FRA", None)]),
]


@pytest.mark.parametrize(("text", "expected"), EXERCISE_CASES)
def test_exercise_senses(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == "MOBILIZE"], expected)
