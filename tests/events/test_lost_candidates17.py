"""Events lost after a trigger was found (round 17): a speaker's second act misattached to a
relative clause on the object of the first ("condemned the strike that killed X and urged Y").

Invented sentences (not copied from any gold text or stress document). Each row: text, the
category looked at, and every event of that category as (type, actor, recipient).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # the second act of one speaker, after a relative clause on an event or a text
    ("Minister Anna Weigel condemned an air strike on Tuesday that killed 12 people near the border "
     "and called on all sides to respect the truce.", "REQUEST", [("REQUEST", "Anna Weigel", None)]),
    ("President Lopez condemned the attack that killed two soldiers and urged Venezuela to punish "
     "those responsible.", "REQUEST", [("REQUEST", "Lopez", "VEN")]),
    ("Chancellor Weber welcomed the agreement that ended the strike and thanked Qatar for its mediation.",
     "SUPPORT", [("SUPPORT", "Weber", None), ("SUPPORT", "Weber", "QAT")]),
    ("Prime Minister Davis criticised the law that banned protests and urged Hungary to repeal it.",
     "REQUEST", [("REQUEST", "Davis", "HUN")]),
    # under a verb that embeds what it rejects, the second act is still the speaker's own
    ("Foreign Minister Ana Ruiz rejected the plan that cut aid to farmers and urged Chile to resume talks.",
     "REQUEST", [("REQUEST", "Ana Ruiz", "CHL")]),
    # a relative clause's own material acts stay the antecedent's
    ("Minister Anna Weigel condemned the strike that killed 12 people and wounded 30 others.", "REQUEST", []),
    # a relative clause on a person: "who" may be the one who acts, left as parsed
    ("President Lopez praised the envoy who negotiated the deal and thanked Qatar.", "SUPPORT",
     [("SUPPORT", "Lopez", None)]),
    # a verb group of its own in the relative clause is not the speaker's act
    ("Senator Kim Hale criticised the report that had blamed Peru and had urged sanctions.", "REQUEST", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", CASES, ids=[f"{i}-{c[0][:40]}" for i, c in enumerate(CASES)])
def test_lost_candidates(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)


DECISIONS = [
    # "took/made the decision to" + act: the act decided, by who took the decision
    ("Canada took the decision to withdraw its troops from Mali.", "RETREAT", [("RETREAT", "CAN", "MLI")]),
    ("Sweden made the historic decision to apply for membership of the European Union.", "REQUEST",
     [("REQUEST", "SWE", "European Union")]),
    # a decision not taken, or merely possible, decides nothing
    ("Canada did not take the decision to withdraw its troops from Mali.", "RETREAT", []),
    ("Canada could make a decision to withdraw its troops from Mali.", "RETREAT", []),
    ("If Canada makes the decision to withdraw its troops from Mali, France will stay.", "RETREAT", []),
    ("Canada's possible decision to withdraw its troops from Mali worried France.", "RETREAT", []),
    ("The proposed plan to deploy troops to the border angered Chile.", "MOBILIZE", []),
    # an event noun the decided verb governs is not the decision's act ("to end the war" wages none)
    ("President Maria Lopez made the decision to end the war in the north.", "ASSAULT", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", DECISIONS, ids=[f"{i}-{c[0][:40]}" for i, c in enumerate(DECISIONS)])
def test_decision_owner(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)


SCHEDULED = [
    # a trip announced for the future, to meet a named party: the meeting is scheduled too (AGREE)
    ("President Maria Lopez will travel to Lima to meet with President Tom Davis of Peru.", "AGREE",
     [("AGREE", "Maria Lopez", "Lima"), ("AGREE", "Maria Lopez", "Tom Davis")]),
    ("Secretary Tom Hale will visit Tokyo next week to meet Prime Minister Aiko Ito.", "AGREE",
     [("AGREE", "Tom Hale", "Tokyo"), ("AGREE", "Tom Hale", "Aiko Ito")]),
    # (done: both are consultations, as before)
    ("Secretary Tom Hale traveled to Lima to meet with President Tom Davis of Peru.", "CONSULT",
     [("CONSULT", "Tom Hale", "Lima"), ("CONSULT", "Tom Hale", "Tom Davis")]),
    # a purpose with no party named stays part of the plan
    ("Vice President Ana Ruiz will travel to Munich to attend the security conference.", "AGREE",
     [("AGREE", "Ana Ruiz", None)]),
    ("Vice President Ana Ruiz will travel to Ohio to discuss jobs.", "AGREE", [("AGREE", "Ana Ruiz", None)]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", SCHEDULED, ids=[f"{i}-{c[0][:40]}" for i, c in enumerate(SCHEDULED)])
def test_scheduled_meeting(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)


DATELINES = [
    # a story filed from a regional hub that keeps naming another country is about that country's army
    ("ADDIS ABABA (Reuters) - The African Union on Wednesday condemned the shelling of a market in "
     "Khartoum, Sudan. It called on Sudan's warring parties to return to talks in Jeddah. Sudanese "
     "officials said 40 people died. The army blamed the Rapid Support Forces for the attack.", "ACCUSE",
     [("ACCUSE", "African Union", None), ("ACCUSE", "SDN", "Rapid Support Forces")]),
    # (filed in the capital: the ministry is the host country's, though another country is named)
    ("WARSAW (Reuters) - The Russian ambassador was summoned to the foreign ministry on Tuesday.", "ACCUSE",
     [("ACCUSE", "POL", "RUS")]),
    ("NAIROBI (Reuters) - Police fired tear gas at protesters in the capital on Tuesday.", "COERCE",
     [("COERCE", "KEN", None)]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", DATELINES, ids=[f"{i}-{c[0][:40]}" for i, c in enumerate(DATELINES)])
def test_dateline_hub(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)


RELIEF = [
    # rescue crews deployed to another country are relief (AID), as when they are sent
    ("Japan deployed a rescue team to Turkey after the earthquake.", "AID", [("AID", "JPN", "TUR")]),
    ("Japan deployed 70 rescue workers to Turkey.", "AID", [("AID", "JPN", "TUR")]),
    ("Japan deployed two destroyers to the Philippines.", "AID", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", RELIEF, ids=[f"{i}-{c[0][:40]}" for i, c in enumerate(RELIEF)])
def test_relief_crews(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)


GIVERS = [
    # aid named "from" another country is that country's
    ("The ministers welcomed the delivery of humanitarian assistance from Egypt into Gaza.", "AID",
     [("AID", "EGY", "PSE")]),
    ("Prime Minister Aiko Ito thanked Chancellor Weber for military assistance from Germany to Ukraine.", "AID",
     [("AID", "DEU", "UKR")]),
    # aid refused or still sought is not given
    ("Kenya rejected humanitarian aid from Germany.", "AID", []),
    ("Kenya needs more aid from Germany.", "AID", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", GIVERS, ids=[f"{i}-{c[0][:40]}" for i, c in enumerate(GIVERS)])
def test_aid_giver(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)
