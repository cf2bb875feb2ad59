"""Round 31: the first of two bare objects is who receives ("offered President X his full
support"); vaccine doses, rice and flour sent to a country are aid; who "is in <place> to meet"
someone meets them; two co-subjects who "look forward to meeting" promise to meet each other;
each named member of one side who meets a third party meets them; "As X told Y, ..." recounts an
exchange between the two.

Invented sentences (not copied from any gold text or stress document).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # the small model labels both objects of a double-object verb "dobj": the first is the recipient
    ("President Ana Rojas of Chile offered President Luis Vega of Peru her full support.",
     [("SUPPORT", "Ana Rojas", "Luis Vega")]),
    # one object only: nobody receives
    ("President Ana Rojas of Chile reiterated her full support.", [("SUPPORT", "Ana Rojas", None)]),
    # doses (lemma "dos" in the small model), rice and flour are what aid sends
    ("Chile is sending 2 million doses to Peru and 1 million doses to Bolivia.",
     [("AID", "CHL", "PER"), ("AID", "CHL", "BOL")]),
    ("Japan sent 100 tons of rice to Haiti.", [("AID", "JPN", "HTI")]),
    # a dose given to a patient names no party
    ("The clinic gave her a dose of the drug.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_objects_of_giving(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type in ("SUPPORT", "AID")], expected)


PLACE_CASES = [
    ("Foreign Minister Ana Rojas of Chile is in Lima to meet with President Luis Vega of Peru.",
     [("CONSULT", "Ana Rojas", "Luis Vega")]),
    # a briefer "here to" preview someone else's trip: the trip is its traveller's
    ("Foreign Minister Ana Rojas of Chile is here to offer a preview of President Luis Vega's trip to Brazil.",
     [("CONSULT", "Luis Vega", "BRA")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", PLACE_CASES, ids=[c[0][:48] for c in PLACE_CASES])
def test_in_a_place_to_meet(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type in ("CONSULT", "AGREE")], expected)


LOOK_CASES = [
    ("President Ana Rojas of Chile and President Luis Vega of Peru looked forward to meeting in person later this spring.",
     [("AGREE", "Ana Rojas", "Luis Vega")]),
    # one subject and no one named: a wish with no party, dropped
    ("President Ana Rojas of Chile looks forward to meeting in Lima in May.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", LOOK_CASES, ids=[c[0][:48] for c in LOOK_CASES])
def test_pair_looking_forward_to_meeting(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type in ("CONSULT", "AGREE")], expected)


MEMBER_CASES = [
    ("Chilean Foreign Minister Ana Rojas and Chilean Defence Minister Carla Soto met with President Luis Vega of Peru.",
     [("CONSULT", "Ana Rojas", "Luis Vega"), ("CONSULT", "Carla Soto", "Luis Vega")]),
    # two sides named together: one reciprocal meeting
    ("President Ana Rojas of Chile and President Luis Vega of Peru met in Lima.",
     [("CONSULT", "Ana Rojas", "Luis Vega")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", MEMBER_CASES, ids=[c[0][:48] for c in MEMBER_CASES])
def test_members_of_one_side_meeting(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == "CONSULT"], expected)


TOLD_CASES = [
    ("As President Ana Rojas of Chile told President Luis Vega of Peru, Chile will keep the border open.",
     [("CONSULT", "Ana Rojas", "Luis Vega")]),
    # a telling reported plainly is mostly a part of a call coded on its own verb
    ("President Ana Rojas of Chile told President Luis Vega of Peru that the border would stay open.", []),
    ("As President Ana Rojas of Chile told reporters, the border will stay open.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", TOLD_CASES, ids=[c[0][:48] for c in TOLD_CASES])
def test_recounted_telling(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == "CONSULT"], expected)


BLOCK_CASES = [
    # blocking property or assets freezes them (US "blocked property"): a sanction
    ("The Treasury Department of Chile blocked the assets of President Luis Vega of Peru.",
     [("SANCTION", "Treasury Department of Chile", "Luis Vega")]),
    ("Protesters in Lima blocked the road to the airport.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", BLOCK_CASES, ids=[c[0][:48] for c in BLOCK_CASES])
def test_blocked_assets(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == "SANCTION"], expected)
