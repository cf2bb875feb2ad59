"""Events: whose "we" a briefing's unplaced speakers are, and governments named by "this" or a leader (round 26).

:func:`pipeline.events.turns.briefers_government` (the head of state a briefing calls
"the President") and :mod:`pipeline.events.led_governments` ("this Administration", "the Modi
government"). The transcripts and sentences are written for these tests; none comes from the
development or evaluation texts.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check


_AID = "And today we are providing $50 million in humanitarian assistance to Sudan."
_CONDEMN = "We condemned the attack on the embassy in Khartoum yesterday."
_OPENING = ("MS. LANE:  Good afternoon, everyone.  On Monday, President Biden spoke with President Ana Silva of "
            "Portugal about the crisis.  On Friday, President Biden will host a summit on cancer research.  ")

TRANSCRIPTS = [
    # no speaker placed, but the briefers speak of "the President" twice: the most named president's government
    (_OPENING + f"Tomorrow the President will travel to Ottawa.  {_AID}\n\nQ    Thanks, Tara.  Will you sanction "
     f"Iran?\n\nMR. OKAFOR:  Thanks.  The President has been clear.  {_CONDEMN}",
     [("CONSULT", "USA", "PRT"), ("AGREE", "USA", None), ("AGREE", "USA", "CAN"), ("AID", "USA", "SDN"),
      ("ACCUSE", "USA", None)]),
    # ... "the President" only in a reporter's question says nothing of whose the briefers are
    (_OPENING + f"{_AID}\n\nQ    Thanks, Tara.  The President said we will sanction Iran.  Will the President "
     f"sanction Iran?\n\nMR. OKAFOR:  Thanks.  {_CONDEMN}",
     [("CONSULT", "USA", "PRT"), ("AGREE", "USA", None)]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", TRANSCRIPTS, ids=["bare president", "question only"])
def test_briefing_we(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = [e for e in extract_events(doc, entities=entities, roles=roles, dates=dates) if e.type != "ASSAULT"]
    _check(events, expected)


LED = [
    # "this" points at the speaker's own government
    ("This Administration has delivered more than $40 billion in security assistance to Ukraine.",
     [("AID", "USA", "UKR")]),
    ("Under President Biden, this administration has imposed sanctions on more than 400 Russian entities.",
     [("SANCTION", "USA", "RUS")]),
    # "that government" points away from it: no one named
    ("That government has attacked its neighbours for years.", []),
    # a government named by its leader is the leader's country
    ("Indian Prime Minister Narendra Modi arrived in Paris.  The Modi government signed a defence agreement "
     "with France on Friday.", [("AGREE", "IND", "FRA")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", LED, ids=["this administration", "under", "that government", "leader"])
def test_led_government(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates, home_country="USA"), expected)
