"""Events (round 17): the category a launch, a contact or a deployment is coded with, and words
used in a sense that reports no event (:mod:`pipeline.events.senses`,
:mod:`pipeline.events.ownprogrammes`, ``pipeline/data/event_triggers.json``).

Sentences are invented for these tests in the style of wire copy, readouts and fact sheets; the
people and bodies are fictional or generic, none comes from the development or evaluation texts.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # a programme of material cooperation launched or set up begins cooperation (COOPERATE) ...
    ("Norway launched a new partnership with Ghana on fisheries.", [("COOPERATE", "NOR", "GHA")]),
    ("Chile established a joint initiative with Peru on water security.", [("COOPERATE", "CHL", "PER")]),
    # ... a body for talks stays AGREE, a future launch is AGREE, one's own programme no event
    ("Japan established a bilateral working group with Vietnam.", [("AGREE", "JPN", "VNM")]),
    ("Norway will launch a new partnership with Ghana on fisheries.", [("AGREE", "NOR", "GHA")]),
    ("The Ministry of Health launched a new vaccination initiative for rural clinics.", []),
    # being or staying in contact with someone is consulting them
    ("Norway has been in close contact with Sweden about the spill.", [("CONSULT", "NOR", "SWE")]),
    ("Chile is in daily communication with the Peruvian government.", [("CONSULT", "CHL", "PER")]),
    ("Portugal made contact with the Brazilian embassy on Friday.", [("CONSULT", "PRT", "BRA")]),
    # ... a named other side is needed: exposure to an infection or an unnamed family is no consultation
    ("President Ana Lind was in close contact with an aide who tested positive.", []),
    ("The Norwegian foreign ministry remains in contact with the family.", []),
    # relief provisions deployed are aid; troops deployed are a mobilization
    ("Canada is deploying food and water to flooded towns in Haiti.", [("AID", "CAN", "HTI")]),
    ("Canada deployed 300 troops to Latvia.", [("MOBILIZE", "CAN", None)]),
    # event nouns: sanction designations issued, money contributed
    # (each of the two subjects is a source of its designations: one event per source)
    ("Chile and Peru issued designations targeting officials of the Bolivian junta.",
     [("SANCTION", "CHL", "BOL"), ("SANCTION", "PER", "BOL")]),
    ("Japan announced a contribution of $5 million to the World Food Programme.",
     [("AID", "JPN", "World Food Programme")]),
    ("Senator Ruth Olsen praised her contribution to the debate.", [("SUPPORT", "Ruth Olsen", None)]),
    # a planned act whose other party the parser hangs on a dative "to" (AGREE: a future act)
    ("Germany plans to send 500 tents to Turkey.", [("AGREE", "DEU", "TUR")]),
    # senses that report no event
    ("Thanks to the efforts of the Treasury and the IRS, the new portal opened in June.", []),
    # the same at the head of a fact sheet's paragraph, the listed bodies parsed as the thanks' givers
    ("Fact Sheet: New Payments\n\n    Thanks to the\n    implementation efforts of the White House, Treasury, and the Tax Office,\n"
     "    the first-ever payment portal for the Family Credit was\n    launched by the Tax Office in June.", []),
    ("Household incomes rose, thanks largely to the Treasury's relief payments.", []),
    ("Prime Minister Ana Lind will address her party's annual cabinet retreat in Bergen.", []),
    ("Finland must seize this moment, President Mikko Aalto said.", []),
    ("Prosecutors say twelve new charging stations were built in Oslo.", []),
    ("The ministry will conduct a clinical demonstration project with the university.", []),
    ("The Revenue Agency will crack down on tax evasion by wealthy households.", []),
    ("Senator Ruth Olsen offered her own ideas about how to pay for the bridge.", []),
    ("Senator Ruth Olsen asked about the flooded town.", []),
    ("I refuse to believe it, Senator Ruth Olsen said.", []),
    ("Accepting the award in Oslo, Senator Ruth Olsen praised the rescue crews.", [("SUPPORT", "Ruth Olsen", None)]),
    ("During the war, Norwegians and Danes fought side by side.", []),
    ("The Senate passed the bill that Governor Ruth Olsen killed last year.", []),
    ("Turkey hosts nearly 4 million Syrian refugees.", []),
    ("Lebanon hosts about 1.5 million Syrians.", []),  # the people hosted named by nationality alone
    # ... while the same words in their event senses still count
    ("Germany hosted 30 leaders at the summit in Berlin.", [("CONSULT", "DEU", None)]),
    ("Iran accepted the ceasefire proposal.", [("AGREE", "IRN", None)]),
    ("Ukrainian troops fought Russian forces near the town of Izium.", [("ASSAULT", "UKR", "RUS")]),
    ("Iran seized a Liberian-flagged oil tanker in the Gulf.", [("COERCE", "IRN", None)]),
    ("Police cracked down on protesters in the capital of Georgia.", [("COERCE", "GEO", None)]),
    ("Senator Ruth Olsen extended her thanks to Prime Minister Jonas Berg of Norway.",
     [("SUPPORT", "Ruth Olsen", "Jonas Berg")]),
    ("Ukrainian forces forced a Russian retreat from the town of Izium.", [("RETREAT", "RUS", None)]),
    ("Hamas refused to release the hostages.", [("REJECT", "Hamas", None)]),
    ("Senator Ruth Olsen asked Japan to send more aid.", [("REQUEST", "Ruth Olsen", "JPN")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:50] for c in CASES])
def test_types_and_senses17(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)
