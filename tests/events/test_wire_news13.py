"""Wire-news acts (round 13): a regulator's fine, looting, water cannon, budget support, denials
of wrongdoing, a counted crowd of workers walking out, police officers' raids and tear gas, a
crowd as a passive's agent, "the union" / "the watchdog" naming a body again, an appeal to a
court, a participle's noun as its object, border closures, crowds gathering, a strike by
workers.

Invented sentences (not copied from any gold text or stress document).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # a regulator or court fining someone
    ("Norway's Financial Supervisory Authority fined Fjordbank 30 million crowns on Monday.", "SANCTION",
     [("SANCTION", "Financial Supervisory Authority", None)]),
    ("The camera fits fine and the lens is fine.", "SANCTION", []),
    # looting is seizing property
    ("Armed men looted two clinics in the town on Sunday.", "COERCE", [("COERCE", None, None)]),
    # water cannon used at a crowd is crowd control, at a boat force
    ("Police in Santiago used water cannon against students on Friday.", "COERCE", [("COERCE", "CHL", None)]),
    ("Engineers used the cannon in the museum's display.", "ASSAULT", []),
    # budget support is money for a government
    ("The World Bank approved $300 million in budget support for Zambia on Tuesday.", "AID",
     [("AID", "World Bank", "ZMB")]),
    ("Finland voiced strong support for Estonia.", "AID", []),
    # what a denial or dismissal answers
    ("Hungary denied any wrongdoing on Monday.", "REJECT", [("REJECT", "HUN", None)]),
    ("Chancellor Hanna Vogel dismissed the criticism on Tuesday.", "REJECT", [("REJECT", "Hanna Vogel", None)]),
    # the members counted, not the number, say who walked out
    ("Thousands of Spanish teachers walked out on Tuesday over pay.", "PROTEST", [("PROTEST", "ESP", None)]),
    ("Thousands of Spanish teachers walked out on Tuesday over pay.", "SANCTION", []),
    # officers and investigators raiding, firing tear gas: the state's police
    ("Officers raided the offices of the newspaper in Ankara on Tuesday.", "COERCE", [("COERCE", "TUR", None)]),
    ("In Nairobi, officers fired tear gas to disperse the marchers.", "COERCE", [("COERCE", "KEN", None)]),
    ("Company officers raided the pension fund, auditors in Oslo said.", "COERCE", []),
    # a crowd as the agent of a passive attack
    ("Two reporters were attacked by protesters in Lima on Sunday.", "ASSAULT", [("ASSAULT", None, None)]),
    # a definite common noun names again the body named before
    ("The Dockers Union called a strike on Monday. The union rejected the offer on Tuesday.", "REJECT",
     [("REJECT", "Dockers Union", None)]),
    ("Britain's Competition and Markets Authority fined Acme Foods on Monday. The watchdog also criticised "
     "its chairman.", "ACCUSE", [("ACCUSE", "Competition and Markets Authority", None)]),
    ("A union called a strike on Monday. The union rejected the offer on Tuesday.", "REJECT", []),
    # an appeal to a court asks no party
    ("Senator Ana Ruiz said she would appeal.", "REQUEST", []),
    ("Ruiz, who denied the charges, said through her lawyer that she would appeal.", "REQUEST", []),
    ("The former minister appealed to the Supreme Court on Monday.", "REQUEST", []),
    ("Kenya appealed to Somalia to free the sailors.", "REQUEST", [("REQUEST", "KEN", "SOM")]),
    # a passive participle acts on the noun it modifies
    ("Latvia shot down two drones launched by Russia on Sunday.", "ASSAULT",
     [("ASSAULT", "LVA", None), ("ASSAULT", "RUS", None)]),
    ("The report released by the ministry said little.", "AID", []),
    # closing a border or crossing restricts movement; other closures are not coded
    ("Egypt closed the Rafah crossing on Tuesday.", "COERCE", [("COERCE", "EGY", None)]),
    ("Peru shut its border with Bolivia on Monday.", "COERCE", [("COERCE", "PER", "BOL")]),
    ("Toyota closed two plants in Ohio.", "COERCE", []),
    # protesters or supporters gathering rally; leaders gathering meet
    ("Hundreds of protesters gathered outside parliament in Tbilisi on Monday.", "PROTEST",
     [("PROTEST", "GEO", None)]),
    ("World leaders gathered in Rome for the summit.", "PROTEST", []),
    # a strike by workers is a labour strike, a strike by aircraft an attack
    ("A strike by Portuguese nurses closed clinics on Monday.", "PROTEST", [("PROTEST", "PRT", None)]),
    ("A strike by Portuguese nurses closed clinics on Monday.", "ASSAULT", []),
    # the of-phrase of an act noun with no object is who acts
    ("The resignation of Prime Minister Tomas Novak on Monday ended the crisis.", "RETREAT",
     [("RETREAT", "Tomas Novak", None)]),
    ("The resignation of the board was expected.", "RETREAT", []),
    # protests breaking out: an unnamed crowd in the country where it happens
    ("Protests against the new tax erupted in Nairobi on Tuesday.", "PROTEST", [("PROTEST", "KEN", None)]),
    ("Talks continued in Geneva on Monday.", "PROTEST", []),
    # a state's force at home: the place of the unnamed people is no recipient
    ("Police fired rubber bullets at protesters in Quito on Monday.", "COERCE", [("COERCE", "ECU", None)]),
    ("Israeli warplanes struck several villages in southern Lebanon on Wednesday.", "ASSAULT",
     [("ASSAULT", "ISR", "LBN")]),
    # an unnamed crowd or armed group as a light verb's subject does its noun
    ("Hundreds of protesters held a rally in Yerevan on Friday.", "PROTEST", [("PROTEST", "ARM", None)]),
    ("Gunmen carried out an attack on a police station in Zamfara on Sunday.", "ASSAULT", [("ASSAULT", None, None)]),
    ("Students held a meeting in Dhaka.", "CONSULT", []),
    # "joint" on the compound of a drill noun makes the drills joint
    ("Chile and Peru began their annual joint naval drills on Monday.", "COOPERATE", [("COOPERATE", "CHL", "PER")]),
    ("China held large-scale military drills near Taiwan.", "COOPERATE", []),
    # unnamed civil groups do verbal acts (actor null); officials or people at large do not count
    ("Opposition parties accused the government of hiding the report.", "ACCUSE", [("ACCUSE", None, None)]),
    ("Students called on the rector to resign.", "REQUEST", [("REQUEST", None, None)]),
    ("Environmental groups welcomed the court's decision.", "SUPPORT", [("SUPPORT", None, None)]),
    ("Officials welcomed the decision.", "SUPPORT", []),
    ("People criticised the plan.", "ACCUSE", []),
    ("Some groups criticised the plan.", "ACCUSE", []),
    # police act where they are: the place of their act is their country
    ("Germany sent aid to Kenya on Monday. In Nairobi, police detained two reporters on Friday.", "COERCE",
     [("COERCE", "KEN", None)]),
    ("Germany sent aid to Kenya on Monday. Police detained two reporters in Nairobi on Friday.", "COERCE",
     [("COERCE", "KEN", None)]),
    # a counted plural nationality word names the persons released
    ("Iran released two Britons on Monday.", "CONCEDE", [("CONCEDE", "IRN", "GBR")]),
    ("The ministry released the Americans' data.", "CONCEDE", []),
    # "the United Nations" is a name, not a plural reference to the pair named before
    ("Chad and Sudan agreed on Tuesday to reopen the border. The United Nations welcomed the agreement.", "SUPPORT",
     [("SUPPORT", "United Nations", "TCD")]),
    ("Chad and Sudan held talks on Monday. The two nations agreed to reopen the border.", "AGREE",
     [("AGREE", "TCD", "SDN")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", CASES, ids=[f"{i}-{c[0][:40]}" for i, c in enumerate(CASES)])
def test_wire_news13(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)


GATHER = [
    ("Activists gathered signatures for the referendum in Quito.", "PROTEST", []),
    ("Supporters gathered evidence of fraud in Lagos.", "PROTEST", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", GATHER, ids=[c[0][:40] for c in GATHER])
def test_gathering_no_crowd(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)
