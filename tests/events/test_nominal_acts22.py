"""Events written as nouns (round 22): a detention of a named person with no jailer named
(:func:`pipeline.events.nominalacts.unattributed_detention`), and the detention a release is
asked from (:func:`pipeline.events.nominalacts.released_from`); a war noun with a nationality modifier
told as an act (:func:`pipeline.events.argument_parts.told_war_nationality`).

Sentences are invented for these tests in the style of statements and readouts; the people are
fictional, none comes from the development or evaluation texts.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # a detention noun whose "of" object is a named person: a detention with a null jailer
    ("Foreign Minister Ana Novak condemned the arbitrary detention of Marta Kowalczyk.",
     [("ACCUSE", "Ana Novak", None), ("COERCE", None, "Marta Kowalczyk")]),
    ("Officials discussed the continued imprisonment of Daniel Okafor and Pavel Reznik.",
     [("COERCE", None, "Daniel Okafor"), ("COERCE", None, "Pavel Reznik")]),
    # ... people not named make no event
    ("Chile condemned the detention of migrants at the border.", [("ACCUSE", "CHL", None)]),
    # "release X from detention": the detention is presupposed, even inside a demand
    ("Chile urged Belarus to release Daniel Okafor from detention.",
     [("REQUEST", "CHL", "BLR"), ("COERCE", None, "Daniel Okafor")]),
    ("Chile called for the release of Daniel Okafor from detention.",
     [("REQUEST", "CHL", "Daniel Okafor"), ("COERCE", None, "Daniel Okafor")]),
    # ... a release from anything else is no detention
    ("Chile urged Belarus to release Daniel Okafor from his duties.", [("REQUEST", "CHL", "BLR")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:50] for c in CASES])
def test_unattributed_detention(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)


WAR_CASES = [
    # a nationality modifier owns a war noun that names its victim or is told as going on
    ("The fund repairs harm done by Chilean aggression against Peru.", [("ASSAULT", "CHL", "PER")]),
    ("Estonia condemned the Russian occupation of Crimea.", [("ACCUSE", "EST", "UKR"), ("ASSAULT", "RUS", "UKR")]),
    ("Peru will keep defending itself against ongoing Chilean aggression.", [("ASSAULT", "CHL", None)]),
    # ... a danger at large, a likelihood or a deterrence is no act
    ("Peru keeps defending its freedom from Chilean aggression.", []),
    ("The alliance works to deter Chilean aggression against Peru.", []),
    ("The ministers discussed the likelihood of Chilean aggression against Peru.", []),
    ("The Korean War ended in 1953.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", WAR_CASES, ids=[c[0][:50] for c in WAR_CASES])
def test_told_war_nationality(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)
