"""Actors named by a common noun: a state's organ ("the army", "police", "the junta", "the
government", "its troops") is its government, the country the story places it in; "the
rebels" is the armed group named before with that word; an unnamed crowd that protests is
coded with no name and the country in context.

Invented sentences (not copied from any gold text or stress document).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # the latest state actor of the story is whose organ it is
    ("Norway announced new military aid for Estonia on Monday. The government also sent two air defence "
     "systems to Tallinn.", "AID", [("AID", "NOR", "EST"), ("AID", "NOR", "EST")]),
    ("Canada imposed sanctions on ten Belarusian officials on Friday. The administration also warned Minsk "
     "against further crackdowns.", "THREATEN", [("THREATEN", "CAN", "BLR")]),
    # else the country the story opens with (a wire dateline's)
    ("LAGOS, Nigeria (AP) — The army clashed with Boko Haram militants near Maiduguri on Sunday.", "ASSAULT",
     [("ASSAULT", "NGA", "Boko Haram")]),
    ("QUITO, Ecuador (Reuters) - Police detained 30 people after a prison riot on Saturday.", "COERCE",
     [("COERCE", "ECU", None)]),
    # "its troops": the country named before
    ("Armenia said its troops shelled Azerbaijani positions overnight.", "ASSAULT", [("ASSAULT", "ARM", "AZE")]),
    # a junta or regime is never the publisher's own government
    ("We are deeply concerned about the situation in Burma. The regime detained hundreds of students this week.",
     "COERCE", [("COERCE", "MMR", None)]),
    # rebels named before with the same word
    ("Fighting broke out between the army and Houthi rebels near Marib. The rebels attacked a government "
     "checkpoint on Tuesday.", "ASSAULT", [("ASSAULT", "Houthi", None)]),
    # a minister announcing what his government will do is the actor
    ("Ghana's Finance Minister, Kwame Asante, thanked the lenders and said the government would fund three new "
     "hospitals in Kumasi.", "AGREE", [("AGREE", "Kwame Asante", None)]),
    # an opposition figure reporting what the government did: the government of his country
    ("ACCRA, Ghana (AP) — Opposition leader Kofi Boateng said the government had arrested two journalists.",
     "COERCE", [("COERCE", "GHA", None)]),
    # protesters: no name, the country in context
    ("ACCRA, Ghana (Reuters) - Thousands of protesters marched through the capital on Friday against rising "
     "prices.", "PROTEST", [("PROTEST", "GHA", None)]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_common_noun_actor(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A government must protect its citizens.",
    "Rebel forces shelled the town on Monday.",
    "The previous government signed the deal with Peru.",
])
def test_no_country_without_context(event_inputs, text):
    """A generic or non-state body names no government."""
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    assert not any(e.actor is None and e.actor_name for e in events), events


@pytest.mark.model
def test_protest_country(event_inputs):
    doc, entities, roles, dates = event_inputs(
        "ACCRA, Ghana (Reuters) - Thousands of protesters marched through the capital on Friday against rising "
        "prices.")
    (event,) = [e for e in extract_events(doc, entities=entities, roles=roles, dates=dates) if e.type == "PROTEST"]
    assert event.actor is None and event.actor_name is None and event.actor_country == "GHA", event
