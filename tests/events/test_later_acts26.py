"""Cooperative acts dated to a later time without "will" (:mod:`pipeline.events.later_acts`): a
meeting noun with its own later time ("the upcoming summit", "a summit coming up", "the visit
next week") or a present-tense verb with a later time ("is hosting the summit next week") is
planned, so AGREE (the harmonised future rule); a narrative time ("the next day", "later that
week") or "next" of a series ("the next generation") is no later time.

Invented sentences (not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # the noun carries its later time
    ("The European Union has a summit with Japan coming up on June 3.", "AGREE",
     [("AGREE", "European Union", "JPN")]),
    ("Chancellor Olaf Scholz is preparing for his meeting with President Lula next month.", "AGREE",
     [("AGREE", "Olaf Scholz", "Lula")]),
    ("The statement came ahead of President Ruto's state visit next week to Canada.", "AGREE",
     [("AGREE", "Ruto", "CAN")]),
    # a present-tense verb with a later time
    ("Norway is hosting the Arctic Council summit next week.", "AGREE", [("AGREE", "NOR", None)]),
    ("President Lula is meeting with Prime Minister Albanese tomorrow in Brasilia.", "AGREE",
     [("AGREE", "Lula", "Albanese")]),
    # a meeting done, or dated from the narrative, keeps CONSULT
    ("President Lula met with Prime Minister Albanese on Tuesday.", "AGREE", []),
    ("Chancellor Olaf Scholz met President Lula again the next day in Brasilia.", "AGREE", []),
    ("Chancellor Olaf Scholz held talks with President Lula later that week.", "AGREE", []),
    ("Chancellor Olaf Scholz held talks with President Lula later that week.", "CONSULT",
     [("CONSULT", "Olaf Scholz", "Lula")]),
]


@pytest.mark.parametrize("text,typ,expected", CASES, ids=[c[0][:48] + c[1] for c in CASES])
def test_later_acts(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)


@pytest.mark.parametrize("text,expected", [
    ("Hamas promised more violence against Israel.", [("THREATEN", "Hamas", "ISR")]),
    ("The militia leader vowed bloodshed if the army entered the city.", [("THREATEN", None, None)]),
], ids=["violence", "bloodshed"])
def test_promised_harm_is_threat(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    assert not [e for e in events if e.type == "AGREE"], [(e.type, e.actor_name) for e in events]
    if expected[0][1] is not None:
        _check([e for e in events if e.type == "THREATEN"], expected)
