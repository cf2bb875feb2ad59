"""Events of speeches and briefings: futures that wait on another clause, the speaker's own
intentions with no counterpart, the public at large as an actor (:mod:`pipeline.events.speech_scope`),
"X and I met", a bare "the President" of a government's own briefing and "he" after it, and the
speaker of remarks as prepared for delivery.

Sentences are invented for these tests; the people and places are fictional or generic.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

TITLE = "Remarks by President Ana Novak of Chile at a Reception"
OPEN = "Remarks by President Ana Novak of Chile at a Reception\n\nPRESIDENT NOVAK:  "

CASES = [
    # a future act waiting on "as soon as", "after", "the moment (that)": not (yet) an event
    (OPEN + "As soon as the bill reaches my desk, I will sign it.", []),
    (OPEN + "After the Senate passes it, the Government will sign the accord with Peru.", []),
    (OPEN + "I will sign the accord with Peru the moment that happens.", []),
    # a dated clause schedules the act
    (OPEN + "After the talks end on Friday, we will sign the accord with Peru.", [("AGREE", "CHL", "PER")]),
    # the speaker's own cooperative intention with no counterpart: no event
    (OPEN + "We'll sign it and let all of you know.", []),
    (OPEN + "We're going to have another discussion on that next week.", []),
    # other states described, not named, are counterparts too
    (OPEN + "We will surge support to countries that are hosting refugees.", [("AGREE", "CHL", None)]),
    (OPEN + "I'm going to be meeting with nine other heads of state.", [("AGREE", "Ana Novak", None)]),
    (OPEN + "We'll be meeting with faith leaders and farmers this week.", []),
    # with a counterpart, or a conflictual act, it is decided and coded
    (OPEN + "We're going to work with Peru on the border.", [("AGREE", "CHL", "PER")]),
    # a promise to the room of what the speaker's side will do: none; to a foreign party, one
    (OPEN + "And when elected, I promise you, we will govern on behalf of all Chileans.", []),
    (OPEN + "I promise you we'll protect the pension fund.", []),
    (OPEN + "I promise you that we will stand with Ukraine.", [("AGREE", "Ana Novak", "UKR")]),
    # the public at large is no actor
    (OPEN + "The vast majority of Chileans agree on this.", []),
    (OPEN + "Sixty percent of the Chilean people supported the plan.", []),
    ("Most voters in the region supported the measure, the survey found.", []),
    # "X and I met": the speaker is the other side of a reciprocal meeting
    (OPEN + "President Luis Arce and I met yesterday.", [("CONSULT", "Luis Arce", "Ana Novak")]),
    (OPEN + "Marta and I talked about it at dinner.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][-60:] for c in CASES])
def test_speech_scope(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text, title=TITLE)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)


@pytest.mark.model
def test_unnamed_president_and_he(event_inputs):
    # a briefing names no President and only a predecessor has a role: "the President" is the
    # government's own head, unnamed (its country), and so is "he" of the next sentence (never
    # the briefer, who says "I")
    text = ("Press Briefing by Press Secretary Luz Reyes\n\nMS. REYES:  Good afternoon.  As former President "
            "Ana Novak said in 2010, it matters.  The President spoke with Prime Minister Mia Holm of Norway "
            "this morning.  He also called on the Senate to act.")
    doc, entities, roles, dates = event_inputs(text, published="2023-05-02")
    events = extract_events(doc, entities=entities, roles=roles, dates=dates, home_country="USA")
    assert [(e.type, e.actor_name, e.recipient_name) for e in events] == [
        ("CONSULT", "USA", "Mia Holm"), ("REQUEST", "USA", "Senate")]


@pytest.mark.model
def test_prepared_remarks_speaker(event_inputs):
    # "Remarks as Prepared for Delivery by X": X is "I" of a text with no speaker labels
    text = ("Remarks as Prepared for Delivery by Foreign Minister Ana Novak of Chile\n\nGood morning.  "
            "Last year, I met with President Luis Arce of Bolivia in La Paz.")
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    assert [(e.type, e.actor_name, e.recipient_name) for e in events] == [("CONSULT", "Ana Novak", "Luis Arce")]
