"""Events in government texts: aims and attitudes that are no acts, and phone consultations.

Invented sentences (not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

PARTNERLESS_CASES = [
    # a cooperation noun with no one named on the other side is an aim or a relationship
    ("Chilean President Maria Lopez announced new steps to strengthen Chilean cooperation on mining.", []),
    # (two nationalities coordinated on one noun name both sides: "the Chilean and Peruvian navies
    # will expand their cooperation" is a promise between the two, as "Chile and Peru will work together")
    ("The Chilean and Peruvian navies will expand their cooperation on maritime security.",
     [("AGREE", "CHL", "PER")]),
    ("Chilean President Maria Lopez said that Chile-Peru cooperation would not be shaken by threats.", []),
    # ... with the other party named it is an act between the two
    ("Chile's cooperation with Peru on border security has grown this year.", [("COOPERATE", "CHL", "PER")]),
    ("The talks advanced military cooperation between Chile and Peru.", [("COOPERATE", "CHL", "PER")]),
    ("Chilean President Maria Lopez said Chile was deepening its cooperation with Argentina on energy.",
     [("COOPERATE", "CHL", "ARG")]),
    ("Peru held joint exercises with Chile last week.", [("COOPERATE", "PER", "CHL")]),
    # a cooperation verb with no partner named is no dyadic act either
    ("Chilean President Maria Lopez said Chile is sharing intelligence with the owners of ports.", []),
    ("Chilean President Maria Lopez said she will keep going as we work together on the recovery.", []),
    ("Chile and Peru worked closely together on the recovery.", [("COOPERATE", "CHL", "PER")]),
]

DISPOSITION_CASES = [
    # "be/remain committed to": a standing attitude, not the act of committing
    ("Chilean President Maria Lopez is also committed to continuing to support rural families.", []),
    ("Chilean President Maria Lopez was committed to the security of Chile above all.", []),
    ("Chile and Peru remain committed to ensuring that trade flows.", []),
    ("Chile and Peru are firmly committed to pursuing new markets.", []),
    # committing is an act
    ("Chile has committed to implement new rules on mining.", [("AGREE", "CHL", None)]),
    ("Chile and Peru committed to expand trade.", [("AGREE", "CHL", "PER")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", DISPOSITION_CASES, ids=[c[0][:48] for c in DISPOSITION_CASES])
def test_disposition_is_no_commitment(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", PARTNERLESS_CASES, ids=[c[0][:48] for c in PARTNERLESS_CASES])
def test_partnerless_cooperation(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)


PHONE_CASES = [
    # "got off the phone with X": a phone consultation with X (the parser hangs "with X" on the verb)
    ("Chilean President Maria Lopez said she had just got off the phone with President Jorge Mendez of Peru.",
     [("CONSULT", "Maria Lopez", "Jorge Mendez")]),
    ("Chilean President Maria Lopez got off the plane in Lima.", []),
    ("Chilean Foreign Minister Ana Torres has been on the phone with President Jorge Mendez of Peru.",
     [("CONSULT", "Ana Torres", "Jorge Mendez")]),
    ("Chilean President Maria Lopez was on the phone for hours last night.", []),  # no one on the other side
    ("Chilean President Maria Lopez was on the board of a bank.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", PHONE_CASES, ids=[c[0][:48] for c in PHONE_CASES])
def test_phone_consultation(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)


CONTRIBUTE_CASES = [
    # contributing money or supplies to someone is aid; contributing to an outcome is not
    ("Chile has contributed two billion dollars to the Andean Fund.", [("AID", "CHL", "Andean Fund")]),
    ("Chile contributed 500,000 vaccine doses to Peru.", [("AID", "CHL", "PER")]),
    ("Chile contributed to the success of the summit.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CONTRIBUTE_CASES, ids=[c[0][:48] for c in CONTRIBUTE_CASES])
def test_contribution_is_aid(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)
