"""Asking a question is no REQUEST (round 25, :mod:`pipeline.events.questions`); asking a party
to act or for help is. Invented sentences (not copied from any gold text)."""

from __future__ import annotations

import pytest

from pipeline.events import extract_events
from pipeline.events.questions import asked_question

from .test_event_classes import _check

CASES = [
    # the question reported after its quotation
    ("\"Why not now?\" President Ana Ruiz asked Prime Minister Tom Reed.", "REQUEST", []),
    ("\"Will you come back next year?\" Prime Minister Tom Reed asked President Ana Ruiz.", "REQUEST", []),
    # requests stay
    ("President Ana Ruiz asked Congress to pass the aid bill for Ukraine.", "REQUEST", [("REQUEST", "Ana Ruiz", "Congress")]),
    ("Guyana asked the U.N. Security Council to convene this week.", "REQUEST", [("REQUEST", "GUY", "U.N. Security Council")]),
]


@pytest.mark.parametrize(("text", "typ", "expected"), CASES)
def test_asked_question(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)


QUESTION_CLAUSES = [
    # an if-clause in which the one asked would act is a polite request (an invitation)
    ("I asked him if he would take me with him.", False),
    ("The mayor asked them whether they could send more doctors.", False),
    ("He asked me if I had read the report.", True),
    ("She asked whether the talks would resume in May.", True),
    ("She asked the minister what the talks had achieved.", True),
    ("He asked a fair question about the budget.", True),
    ("I asked the Senate to move the nomination quickly.", False),
    ("The government asked the United States for help.", False),
]


@pytest.mark.parametrize(("text", "expected"), QUESTION_CLAUSES)
def test_asked_question_clauses(make_doc, text, expected):
    doc = make_doc(text)
    verb = next(t for t in doc if t.lemma_.lower() == "ask")
    assert asked_question(verb) is expected


def test_question_mark_of_another_sentence(make_doc):
    doc = make_doc("Would removing tariffs lower prices? So the President asked for that analysis.")
    verb = next(t for t in doc if t.lemma_.lower() == "ask")
    assert asked_question(verb) is False
