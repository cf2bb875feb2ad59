"""Round 39: a speaker's "thank you" said to a guest named beside it ("Thank you, President A,
for ...", "I want to thank you, President A, for ...", "President A, thank you") is the
speaker's thanks to that guest (:mod:`pipeline.events.thanked_guests`); whether it is coded is
then decided as for any thanks said now (:mod:`pipeline.events.foreign_courtesy`): to another
country's leader it is SUPPORT, to the speaker's own officials courtesy.

Transcripts are written for these tests in the layout of published remarks; the people and places
are fictional, none comes from the development or evaluation texts.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import check_typed

TITLE = "Remarks by President Ana Novak of Chile and President Luis Arce of Bolivia"
OPEN = TITLE + "\n\nPRESIDENT NOVAK:  Good afternoon.  President Luis Arce of Bolivia is here.\n\n"
GUEST = TITLE + "\n\nPRESIDENT ARCE:  Good afternoon.\n\n"

CASES = [
    # the guest named after "thank you," is the one thanked, by the speaker of the turn
    (OPEN + "Thank you, President Arce, for your friendship.", [("SUPPORT", "Ana Novak", "Luis Arce")]),
    (GUEST + "I want to thank you, President Novak, for hosting this summit.", [("SUPPORT", "Luis Arce", "Ana Novak")]),
    (GUEST + "I want to thank you, President Novak, for your hospitality.", [("SUPPORT", "Luis Arce", "Ana Novak")]),
    # the guest named before "thank you" is addressed, not the one who thanks
    (OPEN + "President Arce, thank you.", [("SUPPORT", "Ana Novak", "Luis Arce")]),
    (OPEN + "And President Arce, thank you for your leadership.", [("SUPPORT", "Ana Novak", "Luis Arce")]),
    # the speaker's own officials thanked by name: courtesy, as before
    (OPEN + "Minister Carla Soto of Chile, thank you for your work.", []),
    (OPEN + "Thank you, Minister Carla Soto of Chile, for your work.", []),
    # no one named, several named, or a report of someone else's thanks: not this rule
    (OPEN + "Thank you, everybody, for coming.", []),
    (OPEN + "Thank you, President Arce and Minister Carla Soto, for coming.", []),
    (OPEN + "Yesterday President Arce thanked you, Minister Soto, for the visit.", [("SUPPORT", "Luis Arce", None)]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0].split(":  ")[-1][-60:] for c in CASES])
def test_thanked_guests(event_inputs, text, expected):
    check_typed(event_inputs, text, "SUPPORT", expected, title=TITLE)


POSSESSIVE_CASES = [
    # "thanked X for his visit": the possessive in the praise's "for" phrase is the one praised, as the
    # subject of "thanked X for visiting" is (object control); not the one who thanks
    ("President Ana Novak thanked President Luis Arce of Bolivia for his visit to Peru.",
     [("CONSULT", "Luis Arce", "PER")]),
    ("President Ana Novak commended Prime Minister Carla Soto of Peru for her trip to Bolivia.",
     [("CONSULT", "Carla Soto", "BOL")]),
    # no praise verb: "his" is read as before (the nearest subject)
    ("President Ana Novak left for Lima after his visit to Bolivia was announced.", [("CONSULT", "Ana Novak", "BOL")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", POSSESSIVE_CASES, ids=[c[0][:60] for c in POSSESSIVE_CASES])
def test_praised_possessor(event_inputs, text, expected):
    check_typed(event_inputs, text, "CONSULT", expected)


SIGNING_CASES = [
    # a law signed by the speaker has no second party, even when its name holds a people's name
    (OPEN + "Last spring I signed the Chilean Recovery Act into law.", []),
    (OPEN + "Since I signed the Chilean Recovery Plan into law, wages have risen.", []),
    # an agreement signed with another leader is one, also when it is signed "into law"
    (OPEN + "Yesterday I signed an agreement with Peru into law.", [("AGREE", "Ana Novak", "PER")]),
    (OPEN + "Yesterday I signed an agreement with President Arce.", [("AGREE", "Ana Novak", "Luis Arce")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", SIGNING_CASES, ids=[c[0].split("\n\n")[-1][-50:] for c in SIGNING_CASES])
def test_own_law_signed(event_inputs, text, expected):
    check_typed(event_inputs, text, "AGREE", expected, title=TITLE)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # what a count noun counts is the object: jobs are killed only figuratively
    ("Instead, the Chilean opposition is proposing across-the-board tariffs that would cost families nearly "
     "$4,000 a year, reignite inflation, and kill hundreds of thousands of jobs.", []),
    ("Chile's new law killed thousands of jobs.", []),
    ("Chilean soldiers killed thousands of Peruvian civilians.", [("ASSAULT", "CHL", "PER")]),
], ids=["hundreds of thousands of jobs", "thousands of jobs", "thousands of civilians"])
def test_counted_figurative_targets(event_inputs, text, expected):
    check_typed(event_inputs, text, "ASSAULT", expected)


SCHEDULED_CASES = [
    # a cooperative act whose own date lies after the publication is decided, not done: AGREE
    ("President Ana Novak of Chile met President Luis Arce of Bolivia in La Paz. The leaders decided to hold a "
     "summit in Santiago next year.", "summit", "AGREE"),
    # the same act dated before the publication keeps its type; a past verb tells an act done
    ("President Ana Novak of Chile met President Luis Arce of Bolivia in La Paz last year.", "met", "CONSULT"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, typ", SCHEDULED_CASES, ids=["next year", "last year"])
def test_scheduled_acts(event_inputs, text, trigger, typ):
    doc, entities, roles, dates = event_inputs(text, published="2024-05-01")
    found = [e.type for e in extract_events(doc, entities=entities, roles=roles, dates=dates) if e.trigger.text == trigger]
    assert found and set(found) == {typ}, found


@pytest.mark.parametrize("value, expected", [
    ("2025", True), ("2024", False), ("2024-06", True), ("2024-05", False), ("2024-05-02", True),
    ("2024-05-01", False), ("2023-12-31", False), ("FUTURE_REF", False), (None, False), ("2024-W20", False),
])
def test_after_publication(value, expected):
    from datetime import date

    from pipeline.events.scheduled_acts import _after

    assert _after(value, date(2024, 5, 1)) is expected
