"""Meetings and trips told as scheduled or taken in briefings and previews (round 20).

"will have the opportunity to meet X" is a scheduled meeting (AGREE), "had the chance to meet X" a
meeting held (:mod:`pipeline.events.chances`); a gerund coordinated with a verb of talking is a topic
(:mod:`pipeline.events.gerundtopics`).

Invented sentences (not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

TAKEN_CHANCE_CASES = [
    # a chance held in the future: the act is on the schedule (AGREE)
    ("On Friday, President Lula will have the opportunity to meet with President Boric of Chile.",
     [("AGREE", "Lula", "Boric")]),
    ("Chancellor Scholz will also get a chance to have a quick meeting with President Macron.",
     [("AGREE", "Scholz", "Macron")]),
    ("Tomorrow Prime Minister Carney will get a chance to speak with President Sheinbaum of Mexico.",
     [("AGREE", "Carney", "Sheinbaum")]),
    # a chance held in the past or now: the act took place or is under way
    ("Last week President Lula had the opportunity to meet with President Boric of Chile.",
     [("CONSULT", "Lula", "Boric")]),
    ("Chancellor Scholz got a chance to speak with President Macron on Monday.",
     [("CONSULT", "Scholz", "Macron")]),
]

NO_CHANCE_CASES = [
    # the chance denied, possible, hoped for, given to another, or only named
    "President Lula has not had the opportunity to meet with President Boric of Chile.",
    "President Lula had no chance to meet with President Boric of Chile.",
    "President Lula might have the opportunity to meet with President Boric of Chile.",
    "President Lula hopes to have the chance to meet with President Boric of Chile.",
    "The summit is an opportunity for President Lula to meet with President Boric of Chile.",
    "President Lula gave reporters a chance to meet with President Boric of Chile.",
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", TAKEN_CHANCE_CASES, ids=[c[0][:48] for c in TAKEN_CHANCE_CASES])
def test_taken_chance_is_the_act(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check(events, expected)


@pytest.mark.model
@pytest.mark.parametrize("text", NO_CHANCE_CASES, ids=[c[:48] for c in NO_CHANCE_CASES])
def test_chance_not_taken_is_no_act(event_inputs, text):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    assert [e for e in events if e.type in ("AGREE", "CONSULT")] == [], [
        (e.type, e.actor_name, e.trigger.text) for e in events]


TALK_TOPIC_CASES = [
    # a gerund after the "about" phrase of a verb of talking is one more topic, not an act
    "President Ruto will have the chance to speak about water policy and supporting farmers in Uganda.",
    "President Ruto will visit Kampala. He will get a chance to talk about energy prices and supporting "
    "local newspapers and teachers.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", TALK_TOPIC_CASES, ids=[c[:48] for c in TALK_TOPIC_CASES])
def test_gerund_after_talk_about_is_a_topic(event_inputs, text):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    assert [e for e in events if e.trigger.text == "supporting"] == [], [
        (e.type, e.actor_name, e.trigger.text) for e in events]


DO_MEETING_CASES = [
    # "do" as the light verb of a meeting held with someone, in the speech of briefings
    ("President Lula will do a bilateral meeting with President Boric on Friday.", [("AGREE", "Lula", "Boric")]),
    ("President Lula will visit Lima. On Thursday he is going to do a three-way meeting with the president of "
     "Chile and the prime minister of Canada.", [("AGREE", "Lula", "PER"), ("AGREE", "Lula", "CHL"), ("AGREE", "Lula", "CAN")]),
    # no meeting noun, or no one met
    ("The storm did a lot of damage to the port of Lima.", []),
    ("President Lula and President Boric did the summit justice.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", DO_MEETING_CASES, ids=[c[0][:48] for c in DO_MEETING_CASES])
def test_do_a_meeting(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check(events, expected)


BY_GERUND_CASES = [
    # a "by" gerund is the means of its verb and shares its tense
    ("Tomorrow President Lula will start by meeting with President Boric of Chile.", [("AGREE", "Lula", "Boric")]),
    ("Yesterday President Lula started by meeting with President Boric of Chile.", [("CONSULT", "Lula", "Boric")]),
    # a conflictual act keeps its category in the future
    ("Brazil will respond by imposing sanctions on Venezuela.", [("SANCTION", "BRA", "VEN")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", BY_GERUND_CASES, ids=[c[0][:48] for c in BY_GERUND_CASES])
def test_by_gerund_shares_the_tense(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check(events, expected)


LOWER_TITLE_CASES = [
    # a transcript may write the office in lower case: "the president" is still the one named before
    ("Press Briefing by the National Security Advisor\n\nMR. SULLIVAN:  Thanks. President Lula will visit Lima.\n\n"
     "On Thursday, the president will hold a short meeting with Prime Minister Carney of Canada.",
     [("AGREE", "Lula", "PER"), ("AGREE", "Lula", "Carney")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", LOWER_TITLE_CASES, ids=[c[0][60:108] for c in LOWER_TITLE_CASES])
def test_lower_case_office_in_a_transcript(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check(events, expected)


ANNOUNCED_AGAIN_CASES = [
    # a meeting noun naming a counterpart no announced meeting had is a meeting of its own
    ("President Lula will host a meeting with President Boric of Chile on Friday. Peru will not be the focus "
     "of the President's meeting with President Noboa of Ecuador.",
     [("AGREE", "Lula", "Boric"), ("CONSULT", "Lula", "Noboa")]),
    # the announced meeting told again is coded once
    ("President Lula will welcome President Boric of Chile to Brasilia on Friday. Their meeting will be the "
     "first this year.", [("AGREE", "Lula", "Boric")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", ANNOUNCED_AGAIN_CASES, ids=[c[0][:48] for c in ANNOUNCED_AGAIN_CASES])
def test_announced_meeting_told_again(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check(events, expected)
