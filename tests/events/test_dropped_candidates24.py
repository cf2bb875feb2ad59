"""Candidates the events stage used to drop (round 24, measured with
``evaluation.diagnostics.events_drops``): a commitment noun whose light verb is its own participle
("the commitments made by X") is not embedded by the noun (:mod:`pipeline.events.filters`); a
future discussion in a preview is a promise of its own (:mod:`pipeline.events.planned`); an act noun
listed under "including" is done by the doer of the noun it hangs on
(:mod:`pipeline.events.implicit_actors`); "consult" with neither object nor "with" consults others
(:mod:`pipeline.events.speech_scope`).

Invented sentences (not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

OWN_PARTICIPLE_CASES = [
    ("Chile and Peru fulfilled the commitments made by President Gabriel Boric at the summit.",
     [("AGREE", "Gabriel Boric", None)]),
    ("We honour the accord made by the Japanese government last spring.", [("AGREE", "JPN", None)]),
    # a commitment made stays made whatever is said of keeping it
    ("We will not break the commitments made by Germany.", [("AGREE", "DEU", None)]),
]

NO_OWN_PARTICIPLE = [
    # a participle that is not the noun's own light verb still leaves a planned commitment unreal
    "Chile plans to announce a commitment to cut emissions.",
    "Peru may make a commitment to Chile next year.",
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", OWN_PARTICIPLE_CASES, ids=[c[0][:48] for c in OWN_PARTICIPLE_CASES])
def test_commitment_made_by(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check(events, expected)


@pytest.mark.model
@pytest.mark.parametrize("text", NO_OWN_PARTICIPLE, ids=[c[:48] for c in NO_OWN_PARTICIPLE])
def test_planned_commitment_stays_unreal(event_inputs, text):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    assert [e for e in events if e.trigger.text.startswith("commitment")] == [], [
        (e.type, e.actor_name, e.trigger.text) for e in events]


PREVIEW_CASES = [
    # each future discussion of an announced visit is coded, as the blind development sets do
    ("President Lula will welcome President Boric of Chile to Brasilia on Friday. The leaders will discuss "
     "trade and energy. They will also discuss the summit in Lima.",
     [("AGREE", "Lula", "Boric"), ("AGREE", "Lula", "Boric"), ("AGREE", "Lula", "Boric")]),
    # the announced meeting named again by a bare noun is still coded once
    ("President Lula will welcome President Boric of Chile to Brasilia on Friday. Their meeting will be the "
     "first this year.", [("AGREE", "Lula", "Boric")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", PREVIEW_CASES, ids=[c[0][60:108] for c in PREVIEW_CASES])
def test_preview_discussions(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check(events, expected)


LISTED_CASES = [
    ("Throughout the war we have seen Iranian support for Russia, including the transfer of drones.",
     [("AID", "IRN", "RUS")]),
    ("Russia's attacks on Ukraine, including the strike on a hospital in Kharkiv, killed dozens.",
     [("ASSAULT", "RUS", "UKR"), ("ASSAULT", "RUS", "UKR")]),
]

LISTED_NONE = [
    # listed under a noun whose doer is not named, or under the verb of someone reacting to it
    "We condemned the attacks, including the bombing of a school.",
    "Officials discussed recent violence, including the shelling of a village.",
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", LISTED_CASES, ids=[c[0][:48] for c in LISTED_CASES])
def test_listed_act_noun(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check(events, expected)


@pytest.mark.model
@pytest.mark.parametrize("text", LISTED_NONE, ids=[c[:48] for c in LISTED_NONE])
def test_listed_act_noun_needs_a_doer(event_inputs, text):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    assert [e for e in events if e.trigger.text in ("bombing", "shelling")] == [], [
        (e.type, e.actor_name, e.trigger.text) for e in events]


CONSULT_CASES = [
    # "consult" with neither object nor "with" consults others by its sense
    ("Prime Minister Kishida said Japan has consulted at every level of government.", [("CONSULT", "JPN", None)]),
]

CONSULT_NONE = [
    "Japan will consult the manual before the launch.",
    "As Japan discussed yesterday, the launch is ready.",
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CONSULT_CASES, ids=[c[0][:48] for c in CONSULT_CASES])
def test_consulted_unnamed(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check(events, expected)


@pytest.mark.model
@pytest.mark.parametrize("text", CONSULT_NONE, ids=[c[:48] for c in CONSULT_NONE])
def test_consulted_object_or_topic(event_inputs, text):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    assert [e for e in events if e.type in ("CONSULT", "AGREE")] == [], [
        (e.type, e.actor_name, e.trigger.text) for e in events]
