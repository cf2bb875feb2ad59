"""The second party of an event in wire stories: a dateline before coordinated subjects, one host
with several guests, what is signed or offered in a meeting, counterparts named only by their
nationality, "the leaders of A and B", the venue of talks, a title with a nationality referring
back to a named leader, and a country named through its leader's title beside a person.

Invented sentences (not copied from any gold text or stress document).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # the dateline's city is where the story was filed, not the subject of the first sentence
    ("CAIRO (AP) — Egypt and Jordan agreed on Sunday to reopen their joint border crossing.", "AGREE",
     [("AGREE", "Egypt", "Jordan")]),
    ("LIMA, June 2 (Reuters) - Peruvian President Dina Boluarte and Chilean President Gabriel Boric signed "
     "a lithium accord in Lima on Friday.", "AGREE", [("AGREE", "Dina Boluarte", "Gabriel Boric")]),
    # one host, two guests: one consultation with each
    ("BERLIN (dpa) - Chancellor Friedrich Merz hosted Italian Prime Minister Giorgia Meloni and Spanish Prime "
     "Minister Pedro Sanchez in Berlin on Tuesday.", "CONSULT",
     [("CONSULT", "Friedrich Merz", "Giorgia Meloni"), ("CONSULT", "Friedrich Merz", "Pedro Sanchez")]),
    # what is signed or offered in a meeting is signed with / offered to the one met
    ("Australian Foreign Minister Penny Wong met Indonesian Foreign Minister Sugiono in Jakarta and signed a "
     "maritime security agreement.", "AGREE", [("AGREE", "Penny Wong", "Sugiono")]),
    ("Prime Minister Keir Starmer spoke with Chancellor Friedrich Merz on Monday and agreed to deepen "
     "cooperation on migration.", "AGREE", [("AGREE", "Keir Starmer", "Friedrich Merz")]),
    # ... unless the act names its own party ("support for Ukraine" is promised to Ukraine)
    ("Prime Minister Keir Starmer met Chancellor Friedrich Merz in London and pledged support for Ukraine.",
     "AGREE", [("AGREE", "Keir Starmer", "Ukraine")]),
    ("President Lula promised closer cooperation with Argentina on energy.", "AGREE", [("AGREE", "Lula", "Argentina")]),
    # counterparts named only by their nationality: one government each
    ("Indian Foreign Minister Subrahmanyam Jaishankar met his Japanese and Australian counterparts in Tokyo "
     "on Monday.", "CONSULT", [("CONSULT", "Subrahmanyam Jaishankar", "JPN"),
                               ("CONSULT", "Subrahmanyam Jaishankar", "AUS")]),
    # "the leaders of A and B met": A with B
    ("The foreign ministers of Peru and Ecuador met in Lima on Friday.", "CONSULT", [("CONSULT", "Peru", "Ecuador")]),
    # the venue of talks is where they were held, not the other side; a visit's country is
    ("Chinese Foreign Minister Wang Yi held talks in Geneva on Monday.", "CONSULT", [("CONSULT", "Wang Yi", None)]),
    ("Indian Prime Minister Narendra Modi arrived in Moscow on Monday for talks.", "CONSULT",
     [("CONSULT", "Narendra Modi", "Moscow")]),
    # what is discussed is a topic: the other side is whom they talked with
    ("Indian Prime Minister Narendra Modi and Japanese Prime Minister Fumio Kishida discussed China's naval "
     "build-up on Monday.", "CONSULT", [("CONSULT", "Narendra Modi", "Fumio Kishida")]),
    # "the <nationality> leader" is the leader of that country named before
    ("Chilean President Gabriel Boric met Argentine President Javier Milei on Monday. The Argentine leader "
     "thanked Boric for his hospitality.", "SUPPORT", [("SUPPORT", "Javier Milei", "Gabriel Boric")]),
    # ... or the holder of that kind of office ("his Indian counterpart" is a foreign minister)
    ("Foreign Minister Penny Wong spoke with her Indian counterpart, Subrahmanyam Jaishankar, by phone. The "
     "Indian foreign minister thanked Wong for the call.", "SUPPORT",
     [("SUPPORT", "Subrahmanyam Jaishankar", "Penny Wong")]),
    # a country word before a titled name is part of the object, not an object of its own
    ("Serbian President Aleksandar Vucic accused Kosovo Prime Minister Albin Kurti of stoking tensions.", "ACCUSE",
     [("ACCUSE", "Aleksandar Vucic", "Albin Kurti")]),
    # a country named through its leader's title, then a person: one event each
    ("Secretary of State Marco Rubio thanked the King of Jordan and Egyptian President Abdel Fattah al-Sisi "
     "for their mediation.", "SUPPORT", [("SUPPORT", "Marco Rubio", "Jordan"),
                                         ("SUPPORT", "Marco Rubio", "Abdel Fattah al-Sisi")]),
    # a condemned attack with its victim named and its author not: not aimed at the victim
    ("Italy condemned the attack on a Red Cross convoy in Sudan.", "ACCUSE", [("ACCUSE", "ITA", None)]),
    ("Hezbollah fired rockets at Israel on Sunday. Spain condemned the attack on Israel.", "ACCUSE",
     [("ACCUSE", "ESP", "Hezbollah")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_second_party(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)


@pytest.mark.model
@pytest.mark.parametrize("text, location", [
    ("Chinese Foreign Minister Wang Yi held talks in Geneva on Monday.", "CHE"),
    ("NATO Secretary General Mark Rutte travelled to Kyiv for talks on Monday.", "UKR"),
], ids=["talks-in", "travelled-to"])
def test_consultation_location(event_inputs, text, location):
    doc, entities, roles, dates = event_inputs(text)
    events = [e for e in extract_events(doc, entities=entities, roles=roles, dates=dates) if e.type == "CONSULT"]
    assert [e.location for e in events] == [location], [(e.actor_name, e.recipient_name, e.location) for e in events]


@pytest.mark.model
@pytest.mark.parametrize("line, expected", [
    ("I welcome you to Stockholm.", "Joao Silva"),
    # (the speaker's own thanks now are courtesy, no event: :mod:`pipeline.events.talk`)
], ids=["you"])
def test_plural_you_is_the_audience(event_inputs, line, expected):
    """In remarks by two leaders, "you" in one's turn is the other."""
    doc, entities, roles, dates = event_inputs(
        "Remarks by Prime Minister Anna Lind and President Joao Silva Before Their Meeting\n\n"
        f"PRIME MINISTER LIND:  Good morning. {line}\n\n"
        "PRESIDENT SILVA:  Thank you very much, Madam Prime Minister.")
    # (welcoming someone to a place is hosting the visit, CONSULT: :mod:`pipeline.events.welcomes`)
    events = [e for e in extract_events(doc, entities=entities, roles=roles, dates=dates)
              if e.type == "CONSULT" and e.actor_name == "Anna Lind"]
    assert [e.recipient_name for e in events] == [expected], events
