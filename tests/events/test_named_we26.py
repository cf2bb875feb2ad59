"""Persons set off after "we" as a joint statement's signatories (round 26,
:mod:`pipeline.events.named_we`): "We, President A, Prime Minister B, and Prime Minister C, ...".

Invented sentences (not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # three leaders named after "we": the first acts, the second is the other side of the joint act
    ("We, President Joe Biden, Prime Minister Anthony Albanese, and Prime Minister Fumio Kishida, today "
     "reaffirmed our commitment to work together with partners in the region.",
     [("AGREE", "Joe Biden", "Anthony Albanese")]),
    # two leaders (the parser makes the first name a conjunct of "we")
    ("We, President Joe Biden and Prime Minister Anthony Albanese, today reaffirmed our commitment to work "
     "together on clean energy.", [("AGREE", "Joe Biden", "Anthony Albanese")]),
    ("We, President Joe Biden and Prime Minister Anthony Albanese, agreed to expand cooperation on critical "
     "minerals.", [("AGREE", "Joe Biden", "Anthony Albanese")]),
    # the plural apposition read before stays as it was
    ("We, the leaders of Japan and Australia, will launch a new dialogue on maritime security.",
     [("AGREE", "JPN", "AUS")]),
]

NOT_CASES = [
    # no person set off after "we": nobody is named, the "we" stays unknown
    "We, the people, reaffirmed our commitment to work together on clean energy.",
    "We, as a nation, reaffirmed our commitment to work together on clean energy.",
    # the names are not set off after the pronoun: "we" is not them
    "We reaffirmed our commitment to work together on clean energy, President Joe Biden said.",
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_named_we(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check(events, expected)


@pytest.mark.model
@pytest.mark.parametrize("text", NOT_CASES, ids=[c[:48] for c in NOT_CASES])
def test_no_named_we(event_inputs, text):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    assert [(e.actor_name, e.recipient_name) for e in events if e.recipient_name] == [], [
        (e.type, e.actor_name, e.recipient_name, e.trigger.text) for e in events]
