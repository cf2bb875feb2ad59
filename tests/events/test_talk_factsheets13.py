"""Events of fact sheets and transcripts (round 13): a document, plan or policy as the subject
of an act is no actor (:mod:`pipeline.events.paperactors`); a visit to a school, a plant or a
program is no consultation (:mod:`pipeline.events.sitevisits`); idioms of speech ("a great deal of",
"walked out the door", "as we have demonstrated") name no event (:mod:`pipeline.events.talkidioms`);
an appeal to the public asks no party (:mod:`pipeline.events.publicappeals`).

Sentences are invented for these tests; the people and places are fictional or generic.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

FACT = "Fact Sheet: The Government of Chile Announces New Actions"

PAPER_CASES = [
    # a budget, an order, a policy or money does nothing itself
    ("The Budget provides $3 billion to the Ministry of Health.", []),
    ("The Budget also supports regional programs in Peru.", []),
    ("The Order directs the Minister of Defense to establish a training program.", []),
    ("Reliance on foreign subsidies threatens national security.", []),
    ("Chilean trade policy supports Chilean workers first.", []),
    ("The program, which has supported the construction of 9,000 homes, is expanding.", []),
    # the people and governments behind them act
    ("The Government of Chile provided $3 million to Peru.", [("AID", "CHL", "PER")]),
    ("Chile signed an accord with Peru on Monday.", [("AGREE", "CHL", "PER")]),
    # a court's order is the court's act
    ("A Kenyan court order banned the opposition rally on Monday.", [("COERCE", "KEN", None)]),
    # a budget of someone's is his request for funds
    ("President Ana Novak's budget requests $2 billion from Congress.", [("REQUEST", "Novak", "Congress")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", PAPER_CASES, ids=[c[0][:60] for c in PAPER_CASES])
def test_paper_actors(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text, title=FACT)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)


SITE_CASES = [
    # a stop at a site of one's own country: no party visited
    ("Dr. Novak and Minister Roe will visit a Horizons National summer learning program, held at Albertus "
     "College in Valparaiso.", []),
    ("During her visit to Marjory Stoneman Douglas High School in Valparaiso, Vice President Novak is "
     "announcing two solutions.", []),
    ("Minister Roe will tour the Acme Solar plant in Santiago.", []),
    # a visit to another country, its leader or a body of its government stays
    ("President Novak will visit a hospital in Kyiv.", [("AGREE", "Novak", "UKR")]),
    ("President Novak will visit a hospital in Kyiv with President Zelenskyy.", [("AGREE", "Novak", "Zelenskyy")]),
    ("President Novak visited Peru on Monday.", [("CONSULT", "Novak", "PER")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", SITE_CASES, ids=[c[0][:60] for c in SITE_CASES])
def test_site_visits(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text, title=FACT, country="CHL")
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates, home_country="CHL"), expected)


TALK = "Remarks by President Ana Novak of Chile at a Reception"
OPEN = TALK + "\n\nPRESIDENT NOVAK:  "

IDIOM_CASES = [
    (OPEN + "So we have a great deal of optimism about the harvest.", []),
    (OPEN + "We made a great deal of progress with Peru.", []),
    (OPEN + "When I walked out the door, the crowd cheered.", []),
    (OPEN + "He walked out of the room without a word.", []),
    (OPEN + "As we have demonstrated in recent weeks, we are ready.", []),
    ("Chile and Peru agreed to hold consultations in the event of an attack by Bolivia.",
     [("AGREE", "CHL", "PER")]),
    ("In case of an attack on Chile, Peru will respond.", []),
    # the senses that are events stay
    ("In the case of Peru's attack on Chile, the response was swift.", [("ASSAULT", "PER", "CHL")]),
    ("Peru walked out of the negotiations with Chile on Monday.", [("SANCTION", "PER", None)]),
    ("Chile reached a good deal with Peru on Monday.", [("AGREE", "CHL", "PER")]),
    ("Chile signed a great deal with Peru.", [("AGREE", "CHL", "PER")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", IDIOM_CASES, ids=[c[0][-50:] for c in IDIOM_CASES])
def test_spoken_idioms(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text, title=TALK if text.startswith(TALK) else None)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)


SELF_CASES = [
    # a pair of one party with itself is no event between two parties
    ("It was negotiated by the Liberals and the Greens in the Senate.", [("CONSULT", "Liberals", "Greens")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", SELF_CASES, ids=[c[0][:50] for c in SELF_CASES])
def test_no_self_pairs(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text, country="CHL")
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates, home_country="CHL"), expected)


APPEAL_CASES = [
    # an appeal to the public, or to the speaker's own people, asks no party
    (OPEN + "I'm calling on more parents to get their kids vaccinated.", []),
    (OPEN + "We urge Chileans in the affected areas to be safe.", []),
    (OPEN + "I'm calling on businesses to raise wages.", []),
    (OPEN + "So I’m calling on more parents to get their children vaccinated as well.", []),
    # a legislature, another country or its people are parties
    (OPEN + "I urge the Senate to pass the bill.", [("REQUEST", "Ana Novak", "Senate")]),
    (OPEN + "I'm calling on Peru to release the prisoners.", [("REQUEST", "Ana Novak", "PER")]),
    (OPEN + "We urge Peruvians to leave the area.", [("REQUEST", "CHL", "Peruvians")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", APPEAL_CASES, ids=[c[0][-50:] for c in APPEAL_CASES])
def test_public_appeals(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text, title=TALK)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)
