"""Events written as nouns (round 21): the signing of an agreed text (the lexicon's ``signing``),
the launch of a programme or joint body (the lexicon's ``launch`` and
:func:`pipeline.events.ownprogrammes.own_launch`), and a listed armed group after "the" with a bare
apostrophe (:func:`pipeline.knowledge.armed_groups.armed_group` in the span repairs).

Sentences are invented for these tests in the style of readouts and statements; the people and
bodies are fictional or generic, none comes from the development or evaluation texts.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # the signing of an agreed text is the verb's agreement, its actor the possessive
    ("Chile's signing of the Free Trade Agreement with Peru was welcomed in Lima.", [("AGREE", "CHL", "PER")]),
    ("Chile's signing of a defense pact with Peru was announced in Santiago.",
     [("AGREE", "CHL", "PER")]),
    # ... a law, or a signing with no agreed text, is none
    ("Tomorrow marks the anniversary of the President's signing of the Clean Rivers Act.", []),
    ("Chile's signing of new talent for the national team was welcomed in Lima.", []),
    # the launch of a programme of cooperation that names another side is the launch the verb reports
    ("Foreign Minister Ana Novak of Chile highlighted the launch of the Chile-Peru Partnership for Clean Energy.",
     [("COOPERATE", "Ana Novak", None)]),
    ("The leaders of Chile and Peru announced the launch of a new maritime dialogue.",
     [("AGREE", "CHL", "PER")]),
    # ... a side's own programme launched is no act between parties
    ("Foreign Minister Ana Novak of Chile announced the launch of the Ministry's new scholarship program.", []),
    ("Foreign Minister Ana Novak of Chile announced the launch of a new task force on housing.", []),
    # ... the two sides of an accord signed, named on the accord
    ("The President announced the signing of a border agreement between Chile and Peru.", [("AGREE", "CHL", "PER")]),
    # ... a missile launch stays an attack
    ("North Korea's launch of a ballistic missile was condemned by Japan.",
     [("ASSAULT", "PRK", None), ("ACCUSE", "JPN", "PRK")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:50] for c in CASES])
def test_signing_and_launch_nouns(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)


GROUP_CASES = [
    # "the Houthis' attack": the listed group after "the", its apostrophe left bare, owns the attack
    "And then the Houthis\u2019 attack on commercial ships in the Red Sea is unacceptable.",
    "The minister said the Houthis' attack on a cargo ship was a threat to navigation.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", GROUP_CASES, ids=["curly apostrophe", "straight apostrophe"])
def test_group_owner_of_attack(event_inputs, text):
    doc, entities, roles, dates = event_inputs(text)
    assert any(e.label == "ORG" and e.name.endswith("Houthis") for e in entities), entities
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    assert any(e.type == "ASSAULT" and e.actor_name and "Houthi" in e.actor_name for e in events), [
        (e.type, e.actor_name) for e in events]

