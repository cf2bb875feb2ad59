"""Third-person actors (round 18): a state body named with its country's name or adjective is the
party, of that country (:mod:`pipeline.events.country_bodies`); two parties coordinated before one
plural side noun form the pair a later "both sides" stands for (:mod:`pipeline.events.paired_sides`);
the first of two names opening a sentence heads the subject the parser split (:mod:`pipeline.events.namelists`).

Invented sentences (not copied from any gold text or stress document). Each row lists every event
of the type the text must yield: (type, actor, recipient), a side matching the event's recorded
name or its ISO3 country.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

BODY_CASES = [
    # the body's field after "of", the country's name or adjective before it: the body acts
    ("The U.S. Department of Commerce intends to partner with Indonesia on a new tourism initiative.", "AGREE",
     [("AGREE", "U.S. Department of Commerce", "IDN")]),
    ("The French Ministry of Defence signed an agreement with Poland on Tuesday.", "AGREE",
     [("AGREE", "French Ministry of Defence", "POL")]),
    ("The Indian Ministry of External Affairs summoned the Canadian envoy on Monday.", "ACCUSE",
     [("ACCUSE", "Indian Ministry of External Affairs", "CAN")]),
    # the body's own words before its head, joined by "and"
    ("The U.S. Trade and Development Agency will support a grant for Kenya's energy regulator.", "AGREE",
     [("AGREE", "U.S. Trade and Development Agency", "KEN")]),
    ("The Chinese Foreign Ministry criticised Japan for the visit.", "ACCUSE",
     [("ACCUSE", "Chinese Foreign Ministry", "JPN")]),
    # the body keeps its country: an ISO3 reading of the side still holds
    ("The German Foreign Office condemned the attack on the embassy in Kabul.", "ACCUSE", [("ACCUSE", "DEU", None)]),
    # no own words: the country as a whole, as before
    ("The U.S. Army deployed 3,000 troops to Poland.", "MOBILIZE", [("MOBILIZE", "United States", None)]),
    ("The British government condemned the attack on the embassy in Kabul.", "ACCUSE", [("ACCUSE", "British", None)]),
]

SIDES_CASES = [
    # "the Peruvian and Bolivian sides": the pair "both sides" stands for, not the pair met before
    ("Jane Roe of Canada met John Doe of Chile in Ottawa on Monday. Later, the Peruvian and Bolivian sides "
     "highlighted their shared concerns about the border. Both sides established a range of workstreams on "
     "border trade.", "COOPERATE", [("COOPERATE", "PER", "BOL")]),
    # a pair of countries named before "governments" is their pair too
    ("Jane Roe of Canada met John Doe of Chile in Ottawa on Monday. Later, the Peruvian and Bolivian governments "
     "highlighted their shared concerns about the border. Both sides established a range of workstreams on "
     "border trade.", "COOPERATE", [("COOPERATE", "PER", "BOL")]),
]

FRONTED_CASES = [
    # two acronyms opening a sentence: the tagger makes the first the root; it heads the subject
    ("USAID and JICA committed to assist with water programs in Peru.", "AGREE", [("AGREE", "USAID", None)]),
    ("UNICEF and WHO delivered vaccines to Yemen last week.", "AID", [("AID", "UNICEF", "YEM")]),
    # a list of three whose last name the parser made a second subject: each is a source of the act
    ("Foreign Ministers Roe, Lund, and Okafor condemned the attack on the embassy.", "ACCUSE",
     [("ACCUSE", "Roe", None), ("ACCUSE", "Lund", None), ("ACCUSE", "Okafor", None)]),
    # a parse that is read well stays as it was
    ("NATO and the EU agreed to deepen cooperation on cyber defence.", "AGREE", [("AGREE", "NATO", "EU")]),
]

SEAT_CASES = [
    # a seat of government the recogniser left unnamed stands for its government (institutions table)
    ("Downing Street welcomed the agreement with the European Union.", "SUPPORT",
     [("SUPPORT", "Downing Street", "European Union")]),
    ("Whitehall condemned the attack on the embassy.", "ACCUSE", [("ACCUSE", "GBR", None)]),
    # a street walked down is no party
    ("He walked down Downing Street and thanked the police.", "SUPPORT", []),
]

CASES = BODY_CASES + SIDES_CASES + FRONTED_CASES + SEAT_CASES


@pytest.mark.parametrize("text, typ, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_third_person_actor(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)
