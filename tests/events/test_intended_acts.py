"""Cooperative acts announced as intended, planned or decided are AGREE by the party that will act
(:mod:`pipeline.events.intended_acts`).

Invented sentences (not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

INTENDED_CASES = [
    # a verb that is no trigger on its own, announced towards another party
    ("Chile will adopt a common policy with Argentina on fisheries.", [("AGREE", "CHL", "ARG")]),
    ("The United States intends to sell Peru four patrol boats.", [("AGREE", "USA", "PER")]),
    ("Germany will also extend its training mission in Mali.", [("AGREE", "DEU", "MLI")]),
    ("Brazil is going to train Paraguayan pilots next year.", [("AGREE", "BRA", "PRY")]),
    ("Germany will continue to train Iraqi officers.", [("AGREE", "DEU", "IRQ")]),
    ("France decided to send 200 instructors to Niger.", [("AGREE", "FRA", "NER")]),
    ("Norway will conduct a joint study on Arctic fisheries.", [("AGREE", "NOR", None)]),
    # a cooperative trigger under "plans to" / "announced plans to" is the promise "will" makes
    ("Chile plans to visit Peru next month.", [("AGREE", "CHL", "PER")]),
    ("Canada announced plans to provide $20 million to Sudan.", [("AGREE", "CAN", "SDN")]),
    # the other party as a co-subject, "in partnership with", or whom one helps to act
    ("Chile and Peru will jointly buy patrol aircraft.", [("AGREE", "CHL", "PER")]),
    ("Chile and Peru intend to partner to build a common seismic network.", [("AGREE", "CHL", "PER")]),
    ("Canada plans to partner with Ghana's national utility on a feasibility study.", [("AGREE", "CAN", "GHA")]),
    ("Canada plans to invest $27 million in partnership with the Government of Ghana.", [("AGREE", "CAN", "GHA")]),
    ("The United States intends to help Chile's National Museum rebuild after the fire.", [("AGREE", "USA", "CHL")]),
    # the items of a list led in by "X and Y will:"
    ("Together, Chile and Peru will:\n\n-   Adopt a common fisheries policy with Ecuador.\n"
     "-   Conduct a joint study on coastal erosion.\n", [("AGREE", "CHL", "PER"), ("AGREE", "CHL", "PER")]),
]

NOT_INTENDED_CASES = [
    # negated, possible, conditional, questioned, hoped for
    "Chile will not sell Peru any patrol boats.",
    "Chile could sell Peru four patrol boats.",
    "If Peru asks, Chile will sell it four patrol boats.",
    "Will Chile sell Peru four patrol boats?",
    "Kenya hopes to sell Uganda more electricity.",
    "Canada does not plan to send troops to Haiti.",
    # a plan with no one named on the other side is an aim
    "The Chilean president plans to keep speaking with leaders of both parties.",
    # no other party: a programme or a place at home
    "The Department of Transportation will establish a new grants program for rural towns.",
    "Chile plans to build a new port in Valparaiso.",
    "The government will build 300 new schools in Valparaiso.",
    "Chile will help local communities rebuild after the fire.",
    # a military posture is MOBILIZE, not a promise; a person sent to an office is no party
    "Poland will establish a permanent headquarters in Lithuania.",
    "Japan will send 300 troops to Djibouti.",
    "We will send Maria Lopez to the state senate.",
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", INTENDED_CASES, ids=[c[0][:48] for c in INTENDED_CASES])
def test_intended_act_is_agree(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check(events, expected)


@pytest.mark.model
@pytest.mark.parametrize("text", NOT_INTENDED_CASES, ids=[c[:48] for c in NOT_INTENDED_CASES])
def test_not_an_intended_act(event_inputs, text):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    assert [e for e in events if e.type == "AGREE"] == [], [(e.type, e.actor_name, e.trigger.text) for e in events]
