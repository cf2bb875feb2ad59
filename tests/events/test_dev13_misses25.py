"""Misses of fresh White House text (round 25): a purpose clause that takes the object of the
preposition before it.

Invented sentences (not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

STRANDED = [
    # "spoke with <title> <name> of <country> to <verb>": the small model may make the name the
    # subject of the purpose clause and leave "with" without an object
    ("President Jane Roe spoke today with President Cyril Ramaphosa of South Africa to open the trade forum.",
     "CONSULT", [("CONSULT", "Jane Roe", "Cyril Ramaphosa")]),
    # the pair so formed is who "they" are in the next sentence
    ("President Jane Roe spoke today with President Cyril Ramaphosa of South Africa to open the trade forum. "
     "Together, they committed to expanding the partnership between their countries.",
     "AGREE", [("AGREE", "Jane Roe", "Cyril Ramaphosa")]),
    # a parse that gives "with" its object is unchanged
    ("President Jane Roe met today with President Bola Tinubu of Nigeria to open the investment forum.",
     "CONSULT", [("CONSULT", "Jane Roe", "Bola Tinubu")]),
    # a named subject of a clause of its own is no object ("with" has its object)
    ("President Jane Roe spoke with reporters before Prime Minister Tomas Berg arrived to sign the accord.",
     "CONSULT", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", STRANDED, ids=[c[0][:48] for c in STRANDED])
def test_stranded_with_object(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)


OUR_NATIONS = [
    # "our nations" of a government's text: the speaker's government first, as for "we"
    ("We, the United States, welcome the agreement reached in Oslo. Our nations have made clear commitments to "
     "protect undersea cables.", "AGREE", [("AGREE", "USA", None)]),
    # "our respective nations": each its own, no one side
    ("We, the United States, welcome the agreement reached in Oslo. Our respective nations have made clear "
     "commitments to protect undersea cables.", "AGREE", []),
    # "our partner countries" are the others
    ("We, the United States, welcome the agreement reached in Oslo. We will expand cooperation in new areas with "
     "our partner countries.", "AGREE", []),
    # "our country" is as often the people at home: left alone
    ("We, the United States, welcome the agreement reached in Oslo. Our country has made clear commitments to "
     "protect undersea cables.", "AGREE", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", OUR_NATIONS, ids=[c[0][-60:] for c in OUR_NATIONS])
def test_our_nations(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)
