"""Actors named by reference (round 15): "members" of the body named before, an embassy named
after its country (never its host city).

Invented sentences (not copied from any gold text or stress document).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

MEMBER_CASES = [
    # "members" with no "of" complement: the body whose members the text spoke of
    ("The 40 members of the Northern Fisheries Initiative met in Oslo on Monday. Members reaffirmed their "
     "commitment to share catch data with the coastal states.", "AGREE",
     [("AGREE", "Northern Fisheries Initiative", None)]),
    ("The 12 members of the Coastal Energy Forum gathered in Lima. Previously participating members welcomed "
     "Chile as a new member.", "SUPPORT", [("SUPPORT", "Coastal Energy Forum", "CHL")]),
    # "Alliance members" are the Allies: the alliance the article names
    ("NATO leaders met in Brussels on Tuesday. Alliance members ratified the accession of Montenegro last year.",
     "AGREE", [("AGREE", "NATO", "MNE")]),
    # other groups' members stay unresolved
    ("The Senate voted on Tuesday. Family members condemned the decision.", "ACCUSE", []),
    ("The Senate voted on Tuesday. Members of the public condemned the decision.", "ACCUSE", []),
    ("The Harbour Workers Union met on Tuesday. Staff members criticised the ministry.", "ACCUSE", []),
]

ORG_PAIR_CASES = [
    # "the organizations": the two bodies named since the last pair, not the pair before them
    ("Canada and Mexico signed a fisheries deal in May. The text was drafted by experts of the Fisheries "
     "Council of the Americas and the staff of the Ocean Data Agency. The organizations have signed a "
     "memorandum on catch data.", "AGREE",
     [("AGREE", "CAN", "MEX"), ("AGREE", "Fisheries Council of the Americas", "Ocean Data Agency")]),
    # a pair named last stays the reference
    ("The Harbour Trust and the Coastal Science Institute will share data on tides. The organizations have "
     "signed a memorandum on flood defence.", "AGREE",
     [("AGREE", "Harbour Trust", "Coastal Science Institute"), ("AGREE", "Harbour Trust", "Coastal Science Institute")]),
    # bodies named together just before stay the reference, whatever else their sentence names
    ("The Harbour Trust, the Coastal Science Institute and the Office of Tides within the Ministry of Transport "
     "(MOT) will draft a plan. The agencies will work together on flood warnings.", "AGREE",
     [("AGREE", "Harbour Trust", "Coastal Science Institute")]),
    # countries are not organisations: "the two countries" keeps the pair
    ("Canada and Mexico signed a fisheries deal in May. Experts of the Fisheries Council of the Americas and "
     "the Ocean Data Agency praised it. The two countries agreed to meet again.", "AGREE",
     [("AGREE", "CAN", "MEX"), ("AGREE", "CAN", "MEX")]),
]

IT_CASES = [
    # "it" continues the country or body the sentence before named as its subject
    ("Peru expelled six Chilean diplomats on Monday. It also withdrew its ambassador from Santiago.", "SANCTION",
     [("SANCTION", "PER", "CHL"), ("SANCTION", "PER", "CHL")]),
    ("Peru rejected the claims on Monday. Hours later it ordered Chile's acting high commissioner, Tom Hale, to "
     "leave the country.", "SANCTION", [("SANCTION", "PER", "Tom Hale")]),
    ("Peru rejected the claims. Hours later it ordered Chile's acting high commissioner, Tom Hale, and four "
     "colleagues to leave the country.", "SANCTION", [("SANCTION", "PER", "Tom Hale")]),
    # a thing or a person is no "it" of an act; a copula is no act
    ("The bill passed the Senate on Tuesday. It bans assault weapons.", "COERCE", []),
    ("President Tom Hale met Chile's foreign minister. It is a war.", "ASSAULT", []),
]

DOCUMENT_CASES = [
    # a document's participle is its author's speech act
    ("The Security Council passed a resolution demanding that the rebels end attacks on shipping.", "REQUEST",
     [("REQUEST", "Security Council", None)]),
    ("Kenya issued a statement condemning the attack on the convoy.", "ACCUSE", [("ACCUSE", "KEN", None)]),
    ("The European Union adopted a declaration welcoming the ceasefire.", "SUPPORT",
     [("SUPPORT", "European Union", None)]),
    ("Chile's statement welcoming the accord was read in Lima.", "SUPPORT", [("SUPPORT", "CHL", None)]),
    ("Kenya said in a statement condemning the attack that it would send investigators.", "ACCUSE",
     [("ACCUSE", "KEN", None)]),
    ("Prime Minister Jane Roe of Chile made a speech accusing Peru of dumping steel.", "ACCUSE",
     [("ACCUSE", "Jane Roe", "PER")]),
    # a statement not (yet) issued makes no act
    ("Kenya will issue a statement condemning the attack on the convoy.", "ACCUSE", []),
    ("Kenya did not issue a statement condemning the attack on the convoy.", "ACCUSE", []),
]

MISSION_CASES = [
    # the embassy acts for the state that sends it, not for its host city
    ("Norwegian Embassy Nairobi will partner with the Kenyan Embassy in Oslo on student exchanges.", "AGREE",
     [("AGREE", "Norwegian Embassy Nairobi", "Kenyan Embassy in Oslo")]),
    ("To ease travel, the Canadian Embassy in Lima worked with the Peruvian government on visa processing.",
     "COOPERATE", [("COOPERATE", "Canadian Embassy in Lima", "PER")]),
    ("The Danish embassy in Hanoi said it had summoned the envoy.", "ACCUSE",
     [("ACCUSE", "Danish embassy in Hanoi", None)]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", MEMBER_CASES + ORG_PAIR_CASES + IT_CASES + DOCUMENT_CASES + MISSION_CASES,
                         ids=[c[0][:48] for c in MEMBER_CASES + ORG_PAIR_CASES + IT_CASES + DOCUMENT_CASES + MISSION_CASES])
def test_referred_actor(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)


@pytest.mark.model
def test_mission_country(event_inputs):
    doc, entities, roles, dates = event_inputs(
        "Norwegian Embassy Nairobi will partner with the Kenyan Embassy in Oslo on student exchanges.")
    events = [e for e in extract_events(doc, entities=entities, roles=roles, dates=dates) if e.type == "AGREE"]
    assert [(e.actor_country, e.recipient_country) for e in events] == [("NOR", "KEN")]


@pytest.mark.model
def test_joint_title_from(event_inputs):
    """"Joint Statement from the Leaders of A and B": the statement's "we" is both (A first)."""
    text = ("Joint Statement from President Tom Hale of Canada and President Luis Vera of Chile\n\n"
            "We condemn the attack on the hospital in Arica.")
    doc, entities, roles, dates = event_inputs(text, title="Joint Statement from President Tom Hale of Canada and "
                                               "President Luis Vera of Chile")
    events = [e for e in extract_events(doc, entities=entities, roles=roles, dates=dates) if e.type == "ACCUSE"]
    assert [e.actor_name for e in events] == ["Tom Hale"]
