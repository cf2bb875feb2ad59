"""Round 40: a speaker's wish to tell ("I want to share that ...", "I'd like to note that ...",
"I wanted to let you know that ...") is the telling itself, so what it tells is asserted, not
wished (:func:`pipeline.events.speech_acts.wished_telling`); a wish to act ("I want to visit X")
stays an intention. A trip made for a meeting ("came to X to meet Y", "will go to X to meet Y") is
the meeting, by who makes the trip (:data:`pipeline.events.purposes.CONSULTATION_VERBS`).

Briefings are written for these tests in the layout of published transcripts; the people and
places are fictional, none comes from the development or evaluation texts.
"""

from __future__ import annotations

import pytest

from .test_event_classes import check_typed

TITLE = "Press Briefing by Press Secretary Marta Lind"
OPEN = TITLE + "\n\nMS. LIND:  Good afternoon.  President Ana Novak of Chile and President Luis Arce of Bolivia " \
    "are in the news today.\n\n"

CASES = [
    # a first-person wish to tell: what is told happened
    (OPEN + "I want to share that this morning President Novak met with President Arce in Lima.",
     "CONSULT", [("CONSULT", "Ana Novak", "Luis Arce")]),
    (OPEN + "I also wanted to note that Chile signed a trade agreement with Peru yesterday.",
     "AGREE", [("AGREE", "CHL", "PER")]),
    (OPEN + "I'd like to point out that Bolivia condemned the attack on Peru.",
     "ACCUSE", [("ACCUSE", "BOL", None)]),
    (OPEN + "I want to let you know that President Arce spoke with President Novak this morning.",
     "CONSULT", [("CONSULT", "Luis Arce", "Ana Novak")]),
    (OPEN + "I want to share with you that President Novak met President Arce yesterday.",
     "CONSULT", [("CONSULT", "Ana Novak", "Luis Arce")]),
    # a wish to act, a wish denied, or a wish of someone else: still not done
    (OPEN + "I want to visit Peru next year.", "CONSULT", []),
    (OPEN + "President Arce wants to say that Bolivia met with Peru.", "CONSULT", []),
    (OPEN + "I don't want to say that Chile met with Peru.", "CONSULT", []),
    # "point", "let", "make" tell only with their second part
    (OPEN + "I want to let Chile meet with Peru.", "CONSULT", []),
    # what a telling asks for, not what it tells: a request, nothing done (review of the round)
    (OPEN + "I want to tell Bolivia to meet with Peru.", "CONSULT", []),
    (OPEN + "I want to remind President Arce to meet with President Novak.", "CONSULT", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", CASES, ids=[c[0].split("\n\n")[-1][:60] for c in CASES])
def test_wished_telling(event_inputs, text, typ, expected):
    check_typed(event_inputs, text, typ, expected, title=TITLE)


TRIP_CASES = [
    # a trip made for a meeting: who comes or goes meets (subject control of the purpose clause)
    ("President Ana Novak of Chile came to La Paz yesterday to meet with President Luis Arce of Bolivia.",
     "CONSULT", [("CONSULT", "Ana Novak", "Luis Arce")]),
    ("President Ana Novak of Chile will go to La Paz next week to meet with President Luis Arce of Bolivia.",
     "AGREE", [("AGREE", "Ana Novak", "Luis Arce")]),
    # a trip with no consultation as its purpose, or a purpose that is no act, stays out
    ("President Ana Novak of Chile came to La Paz yesterday to open a school.", "CONSULT", []),
    ("President Ana Novak of Chile will not go to La Paz to meet with President Luis Arce of Bolivia.",
     "AGREE", []),
    # a trip not made: no meeting in it (review of the round; "did not travel" had the same slip)
    ("President Ana Novak of Chile did not go to La Paz to meet with President Luis Arce of Bolivia.",
     "CONSULT", []),
    ("President Ana Novak of Chile never went to La Paz to meet with President Luis Arce of Bolivia.",
     "CONSULT", []),
    ("President Ana Novak of Chile did not travel to La Paz to meet with President Luis Arce of Bolivia.",
     "CONSULT", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", TRIP_CASES, ids=[c[0][:60] for c in TRIP_CASES])
def test_trip_purposes(event_inputs, text, typ, expected):
    check_typed(event_inputs, text, typ, expected, title=TITLE)


OWN_SIDE_TITLE = "Remarks by President Ana Novak of Chile"
OWN_SIDE_CASES = [
    # the speaker's own side, said "us", is no other side of the speaker's government's act
    (OWN_SIDE_TITLE + "\n\nPRESIDENT NOVAK:  Chile asked us to prepare a plan.", [("REQUEST", "CHL", None)]),
    # a named party of the same country stays the recipient ("called on the government")
    (OWN_SIDE_TITLE + "\n\nPRESIDENT NOVAK:  Chile asked Peru to prepare a plan.", [("REQUEST", "CHL", "PER")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", OWN_SIDE_CASES, ids=[c[0].split(":  ")[-1][:60] for c in OWN_SIDE_CASES])
def test_own_side_recipient(event_inputs, text, expected):
    check_typed(event_inputs, text, "REQUEST", expected, title=OWN_SIDE_TITLE)


@pytest.mark.model
@pytest.mark.parametrize("text, date", [
    # the trip's date is the date of the meeting it was made for
    ("On April 25, President Ana Novak of Chile went to La Paz to meet President Luis Arce of Bolivia.", "2024-04-25"),
    ("President Ana Novak of Chile came to La Paz on April 25 to meet President Luis Arce of Bolivia.", "2024-04-25"),
])
def test_trip_date_is_the_meetings(event_inputs, text, date):
    from pipeline.events import extract_events

    doc, entities, roles, dates = event_inputs(text, published="2024-05-01")
    got = [(e.trigger.text, e.date_value) for e in extract_events(doc, entities=entities, roles=roles, dates=dates)]
    assert ("meet", date) in got, got
