"""Recall in readouts and joint statements: what a call was for, stance verbs, signatories.

Invented texts in the style of government readouts (not copied from any gold or pool text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

TITLE = "Readout of President Maria Lopez's Call with Prime Minister Kenji Sato of Japan"

CASES = [
    # what a call or meeting was held for took place in it; its caller does it (subject control)
    (TITLE, "President Maria Lopez of Chile spoke today with Prime Minister Kenji Sato of Japan to congratulate "
     "him on his re-election.", [("CONSULT", "Maria Lopez", "Kenji Sato"), ("SUPPORT", "Maria Lopez", "Kenji Sato")]),
    (TITLE, "President Maria Lopez called Prime Minister Kenji Sato today to congratulate him on his election.", [
        ("CONSULT", "Maria Lopez", "Kenji Sato"), ("SUPPORT", "Maria Lopez", "Kenji Sato")]),
    # (the small model may read the name after "called" as a predicate, "called him a hero")
    (None, "President Maria Lopez of Chile called Prime Minister Kenji Sato of Japan today to congratulate him.", [("CONSULT", "Maria Lopez", "Kenji Sato"), ("SUPPORT", "Maria Lopez", "Kenji Sato")]),
    # the purpose of other verbs is an aim, and a material act in a purpose clause only a plan
    (None, "Chile worked with Peru to support the reopening of rural schools.", [("COOPERATE", "CHL", "PER")]),
    # the small model may read "with X to VERB" as X doing it: after a call, X is whom one called
    (None, "President Maria Lopez spoke today with Prime Minister Kenji Sato of Japan to congratulate him on his "
     "re-election.", [("CONSULT", "Maria Lopez", "Kenji Sato"), ("SUPPORT", "Maria Lopez", "Kenji Sato")]),
    (None, "President Maria Lopez spoke today with Emir Hamad Al-Nasser of Kuwait to express gratitude for Kuwait's "
     "help with the evacuation.", [("CONSULT", "Maria Lopez", "Hamad Al-Nasser"), ("SUPPORT", "Maria Lopez", "KWT")]),
    (None, "Chilean Foreign Minister Luis Vera met Peruvian Foreign Minister Ana Torres to prepare plans to send "
     "aid to the flooded provinces.", [("CONSULT", "Luis Vera", "Ana Torres")]),
    # stance verbs govern a stance noun as a light verb ...
    (TITLE, "President Maria Lopez of Chile spoke today with Prime Minister Kenji Sato of Japan. The leaders also "
     "noted their appreciation for Peru's help.",
     [("CONSULT", "Maria Lopez", "Kenji Sato"), ("SUPPORT", "Maria Lopez", "PER")]),
    # (a commitment only noted or emphasized is not coded as a new pledge)
    (None, "Chilean Foreign Minister Luis Vera emphasized Chile's commitment to the treaty.", []),
    # a planned trip's purpose is planned too (the trip itself, in the future tense, is a commitment)
    (None, "Chilean Foreign Minister Luis Vera will travel to Lima to congratulate President Ana Torres.",
     [("AGREE", "Luis Vera", "PER")]),
    (None, "Chilean Foreign Minister Luis Vera stressed Chile's support for Peru.", [("SUPPORT", "Luis Vera", "PER")]),
    # ... and no other noun: the attack stressed is someone else's act (an unnamed attacker's: a null
    # actor, :mod:`pipeline.events.nominalacts`), never the minister's
    (None, "Chilean Foreign Minister Luis Vera stressed the recent attack on the embassy in Lima.",
     [("ASSAULT", None, "Lima")]),
    # a stated intent to act together is a commitment ...
    (None, "Chilean Foreign Minister Luis Vera met today with Peruvian Foreign Minister Ana Torres. They reaffirmed "
     "their intent to continue working together on water security.",
     [("CONSULT", "Luis Vera", "Ana Torres"), ("AGREE", "Luis Vera", "Ana Torres")]),
    # ... but "announced his intent to nominate" is the formula of a nomination
    (None, "Today, President Maria Lopez announced her intent to nominate Luis Vera as Ambassador to Peru.", []),
    # a pronoun object of the second of two verbs sharing a subject is the first one's object
    (None, "Chilean Foreign Minister Luis Vera met today with Peruvian Foreign Minister Ana Torres. Mr. Vera thanked "
     "Minister Torres for a letter from President Maria Lopez, and congratulated her on the new port.",
     [("CONSULT", "Luis Vera", "Ana Torres"), ("SUPPORT", "Luis Vera", "Ana Torres"),
      ("SUPPORT", "Luis Vera", "Ana Torres")]),
    # "surged aid to X": sent it in a rapid increase
    (None, "Chile surged humanitarian aid to Bolivia last week.", [("AID", "CHL", "BOL")]),
    (None, "Officials discussed efforts to surge assistance to Bolivia.", []),
    # a phone call's relative clause tells what happened in it
    (TITLE, "President Maria Lopez of Chile held a call with Prime Minister Kenji Sato of Japan, in which Prime "
     "Minister Sato congratulated President Lopez on her election.",
     [("CONSULT", "Maria Lopez", "Kenji Sato"), ("SUPPORT", "Kenji Sato", "Maria Lopez")]),
]


@pytest.mark.parametrize("title, text, expected", CASES, ids=[c[1][:48] for c in CASES])
def test_readout_recall(event_inputs, title, text, expected):
    doc, entities, roles, dates = event_inputs(text, title=title)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)


JOINT_TITLE = "Joint Statement on Flood Relief by President Maria Lopez of Chile and Prime Minister Kenji Sato of Japan"

SIGNER_CASES = [
    # "we" of a joint statement: the signatories its title names ...
    (JOINT_TITLE, JOINT_TITLE + "\n\nWe are providing Bolivia with emergency shelters and water purification units.",
     [("AID", "Maria Lopez", "BOL")]),
    # ... or a plural apposition right after "we"
    # (the attack condemned is an unnamed attacker's: a null actor, :mod:`pipeline.events.nominalacts`)
    (None, "We, the governments of Chile, Peru and Uruguay, condemn the attack on the embassy of Ecuador.",
     [("ACCUSE", "CHL", None), ("ASSAULT", None, "ECU")]),
    # a title that names no signatories says nothing of "we"
    ("Joint Statement on Flood Relief", "Joint Statement on Flood Relief\n\nWe are providing Bolivia with emergency "
     "shelters.", []),
]


@pytest.mark.parametrize("title, text, expected", SIGNER_CASES, ids=[c[1][:48] for c in SIGNER_CASES])
def test_joint_statement_signers(event_inputs, title, text, expected):
    doc, entities, roles, dates = event_inputs(text, title=title)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)
