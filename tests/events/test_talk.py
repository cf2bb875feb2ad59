"""Events: a speaker's courtesy, questions, conditional futures and trips with no other party
(:mod:`pipeline.events.talk`), and a reporter's question resumed after a dash.

Transcripts are written for these tests in the layout of published remarks and briefings; the
people and places are fictional or generic, none comes from the development or evaluation texts.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events
from pipeline.transcripts import turn_labels

from .test_event_classes import _check

TITLE = "Remarks by President Ana Novak of Chile at a Reception"
OPEN = "Remarks by President Ana Novak of Chile at a Reception\n\nPRESIDENT NOVAK:  "

BRIEFING = ("Press Briefing by White House Press Secretary Luz Reyes\n\nMS. REYES:  Good afternoon.  "
            "President Ana Novak of the United States spoke with Bolivian President Luis Arce yesterday.\n\n"
            "Q    Will President Arce come to Washington?\n\nMS. REYES:  ")

CASES = [
    # the speaker's own thanks, now, to the room or someone in it: courtesy, no event
    (OPEN + "Carla, thank you for the great job you have done.", []),
    (OPEN + "Governor Luis Pardo, thank you very much.", []),
    (OPEN + "I want to thank Governor Luis Pardo for his leadership.", []),
    (OPEN + "Let me start by thanking Mayor Rosa Vidal.", []),
    # (thanks to another country are the act itself, PLOVER SUPPORT: :mod:`pipeline.events.foreign_courtesy`)
    (OPEN + "We extend our thanks to the people of Peru.", [("SUPPORT", "CHL", "PER")]),
    ("Remarks as Prepared for Delivery by Ana Novak\n\nI want to thank Mayor Rosa Vidal for her leadership.", []),
    # thanks reported as done stay an event
    (OPEN + "Last week, I thanked President Luis Arce of Bolivia for his support.",
     [("SUPPORT", "Ana Novak", "Luis Arce")]),
    # a greeting to the room is no welcome of anything
    (OPEN + "Welcome to our trip to Santiago.", []),
    (OPEN + "We are proud to welcome you to the museum.", []),
    # (the decided reopening is an act of its own: easing a restriction on movement, CONCEDE)
    (OPEN + "We welcome the decision of Peru to reopen the border.", [("SUPPORT", "CHL", "PER"), ("CONCEDE", "PER", None)]),
    (OPEN + "We welcome all of the contributions that Peru has made.", [("SUPPORT", "CHL", None)]),
    # "ask" with a question asks no act
    (OPEN + "They asked why I keep talking about it.", []),
    (OPEN + "I asked my mother what the problem was.", []),
    (OPEN + "I asked President Luis Arce of Bolivia to reopen the border.", [("REQUEST", "Ana Novak", "Luis Arce")]),
    (OPEN + "In 1990, President Luis Arce of Bolivia asked me if I would come to La Paz.",
     [("REQUEST", "Luis Arce", "Ana Novak")]),
    # "call" that names something is no call
    (OPEN + "They called Valparaiso home for years.", []),
    (OPEN + "I called President Luis Arce of Bolivia on Tuesday.", [("CONSULT", "Ana Novak", "Luis Arce")]),
    # a future act waiting on an undated "when" clause is hypothetical
    (OPEN + "When Congress passes the bill, I will proudly sign it into law.", []),
    # the speaker's promises to the room promise nothing to another party; one to a party stays
    (OPEN + "I pledge to seek common ground and commonsense solutions.", []),
    (OPEN + "I made a commitment when I ran for President.", []),
    (OPEN + "We are making a historic commitment to build Chile with Chilean products.", []),
    (OPEN + "We have committed to support Peru.", [("AGREE", "CHL", None)]),
    # a meeting with private persons is outreach, not a consultation between parties
    (OPEN + "Last year, I met with a survivor of the flood.", []),
    (OPEN + "I met with college students in Peru last week.", []),
    (OPEN + "You inspire me, as do all of the students that I met this afternoon.", []),
    (OPEN + "Last week, I met with President Luis Arce of Bolivia.", [("CONSULT", "Ana Novak", "Luis Arce")]),
    # ... private persons named by trade, sex or family tie; a meeting told with no one on the other side
    (OPEN + "Workers like Tomas Ruiz, a carpenter I met in Valparaiso, built these bridges.", []),
    (OPEN + "There is a fella I met by the name of Hugo Pinto, who drives a truck.", []),
    (OPEN + "Last week, I released my budget.  I met, by the way —", []),
    # (a reciprocal subject the parser split from its verb keeps the meeting)
    (OPEN + "Yesterday President Luis Arce of Bolivia and I met in Santiago.", [("CONSULT", "Ana Novak", None)]),
    # what a speaker declines to talk about is not reported
    (OPEN + "I am not going to talk about my private conversations with President Luis Arce of Bolivia.", []),
    (OPEN + "I spoke with President Luis Arce of Bolivia about the talks.", [("CONSULT", "Ana Novak", "Luis Arce")]),
    # committing a wrong is no promise
    (OPEN + "Seventeen soldiers a day are committing suicide.", []),
    (OPEN + "We have committed to support Peru with ten million doses.", [("AGREE", "CHL", None)]),
    # asides to the room, and a detention status with no detaining government stated
    (OPEN + "Our partner in the Senate — pardon me, in the House — voted for it.", []),
    (OPEN + "I salute you, my friend.", []),
    (OPEN + "We will bring home all citizens held hostage or wrongfully detained abroad.", []),
    # signing one's own law or order is no agreement; signing one with another party is
    (OPEN + "Last year, I signed the Clean Rivers Act.", []),
    (OPEN + "And because of the executive orders I have signed, we are working to fix it.", []),
    (OPEN + "Last year, I signed a trade agreement with Peru.", [("AGREE", "Ana Novak", "PER")]),
    # the speaker's assent to a view is no agreement
    (OPEN + "I certainly agree with Governor Luis Pardo on this.", []),
    (OPEN + "Last year, Chile agreed with Peru to reopen the border.", [("AGREE", "CHL", "PER")]),
    # money spent at home is no aid to another party; aid abroad stays
    (OPEN + "This year alone, we are delivering $45 million to fix your bridges here in Valparaiso.", []),
    (OPEN + "We have donated two million doses to more than 30 countries.", [("AID", "CHL", None)]),
    # a trip with no one on the other side is no consultation; a visit abroad is one
    (OPEN + "Tonight, I will travel to Valparaiso, where I will speak to students.", []),
    (OPEN + "On Friday, I will travel to Lima, Peru.", [("AGREE", "Ana Novak", "PER")]),
    (OPEN + "Welcome to our trip to the region.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][-60:] for c in CASES])
def test_talk(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text, title=TITLE)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)


@pytest.mark.model
def test_bare_title_in_own_transcript(event_inputs):
    # in a government's own transcript a bare "the President" is its own head of state, not the
    # foreign president named last
    text = BRIEFING + "The President spoke with Prime Minister Mia Holm of Norway this morning."
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates, home_country="USA")
    assert [(e.actor_name, e.actor_country, e.recipient_name) for e in events if e.trigger.text == "spoke"] == [
        ("Ana Novak", "USA", "Luis Arce"), ("Ana Novak", "USA", "Mia Holm")]


@pytest.mark.parametrize("text, questions", [
    ("MS. REYES:  Sure.\n\nQ    \u2014 or next week?\n\nMS. REYES:  Next week.", 1),
    ("Q    Thanks, Luz.\n\nMS. REYES:  Sure.", 1),
    ("Q and A session follows the remarks.", 0),
])
def test_resumed_question(text, questions):
    assert sum(lab.question for lab in turn_labels(text)) == questions
