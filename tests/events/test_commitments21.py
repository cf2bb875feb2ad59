"""Commitments and intended cooperation (round 21): a relation made closer in the future or under "is committed
to" (:mod:`pipeline.events.relation_acts`), the passive "X is committed to" (:mod:`pipeline.events.committed_states`),
two acts of different kinds under one light verb (:mod:`pipeline.events.triggers`), and the new light verbs and
the noun "coordination" (``event_triggers.json``).

Invented sentences (not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # a relation made closer, announced for the future: a promise to cooperate (AGREE)
    ("Chile will deepen its ties with Peru.", [("AGREE", "CHL", "PER")]),
    ("Norway will strengthen its partnership with Kenya on clean energy.", [("AGREE", "NOR", "KEN")]),
    ("Japan plans to expand its strategic partnership with Vietnam.", [("AGREE", "JPN", "VNM")]),
    # the new noun "coordination" and the new light verbs, future (AGREE) and done (COOPERATE)
    ("Japan will improve its coordination with Korea.", [("AGREE", "JPN", "KOR")]),
    ("Canada and Mexico will increase cooperation to strengthen border security.", [("AGREE", "CAN", "MEX")]),
    ("Canada and Mexico increased cooperation on border security.", [("COOPERATE", "CAN", "MEX")]),
    # "X is committed to" a cooperative act with a party: parsed as a passive, it is still the holder's promise
    ("Chile is committed to working with Peru on fisheries.", [("AGREE", "CHL", "PER")]),
    ("Ghana is committed to deepening its ties with Togo.", [("AGREE", "GHA", "TGO")]),
    ("France is committed to defending Estonia.", [("AGREE", "FRA", "EST")]),
    # a commitment coordinated with a condemnation under one light verb: two acts
    ("President Joe Biden held a call with Prime Minister Mark Rutte of the Netherlands. The two leaders reiterated "
     "their firm condemnation of the coup, as well as their commitment to provide humanitarian aid to Ukraine.",
     [("CONSULT", "Joe Biden", "Mark Rutte"), ("ACCUSE", "Joe Biden", None), ("AGREE", "Joe Biden", "UKR")]),
    # a relation's partner phrase owned by "their" is the parties' own ("between their peoples")
    ("Chile and Peru will strengthen the bonds between their peoples.", [("AGREE", "CHL", "PER")]),
]

NOT_CASES = [
    # domestic aims and relations with no foreign or political party
    "The President will strengthen our economy.",
    "The Department will strengthen our partnership with local schools.",
    "The agencies will deepen their ties to the community.",
    "The Department of Labor will strengthen partnerships to fight wage theft.",
    # ("Chile deepened its ties with Peru." is COOPERATE since round 24: improving relations with a named
    # partner, CAMEO 05 "initiate, resume, improve, or expand diplomatic cooperation"; tests/events/test_relation_building24.py)
    # negated, questioned, conditional or a standing attitude with no cooperative act
    "Chile is not committed to working with Peru.",
    "Is Japan committed to supporting Ukraine?",
    "If elected, she would be committed to working with Peru.",
    "Japan is committed to the peace process.",
    "The President is committed to supporting families.",
    "War crimes were committed to terrorize the people of the region.",
]

ONE_ACT = [
    ("Chile expressed its support and condolences to Peru.", "SUPPORT"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_commitments(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check(events, expected)


@pytest.mark.model
@pytest.mark.parametrize("text", NOT_CASES, ids=[c[:48] for c in NOT_CASES])
def test_no_commitment(event_inputs, text):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    assert [e for e in events if e.type in ("AGREE", "COOPERATE")] == [], [
        (e.type, e.actor_name, e.trigger.text) for e in events]


@pytest.mark.model
@pytest.mark.parametrize("text, typ", ONE_ACT, ids=[c[0][:48] for c in ONE_ACT])
def test_one_act_in_two_words(event_inputs, text, typ):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    assert [e.type for e in events] == [typ], [(e.type, e.trigger.text) for e in events]
