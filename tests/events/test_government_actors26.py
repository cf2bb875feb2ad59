"""Events: whose "we" a briefing's speakers are, and governments named by "this" or a leader (round 26).

:func:`pipeline.events.turns.speakers_government` (the one country of a transcript's placed
speakers), :func:`pipeline.events.turns.briefers_government` (the head of state a briefing calls
"the President") and :mod:`pipeline.events.led_governments` ("this Administration", "the Modi
government"). The transcripts and sentences are written for these tests; none comes from the
development or evaluation texts.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events
from pipeline.events.turns import Turn, Turns, speakers_government
from pipeline.records import Entity, Span

from .test_event_classes import _check


def _person(pid: str) -> Entity:
    return Entity(id=pid, label="PERSON", name=pid, country=None, mentions=(Span(start=0, end=1, text="x"),))


COUNTRIES = {"lane": None, "okafor": "USA", "reyes": "USA", "tremblay": "CAN"}


@pytest.mark.parametrize("speakers, expected", [
    # a spokesman placed by his office: the press secretary with no office of her own is his government's
    (("lane", "okafor"), "USA"),
    (("lane", "okafor", "reyes"), "USA"),
    # a reporter's question and a moderator's label change nothing
    (("lane", "Q", "MODERATOR", "okafor"), "USA"),
    # two governments' speakers (joint remarks): no one country
    (("okafor", "tremblay"), None),
    # no speaker placed: nothing to go by
    (("lane",), None),
    # a label that names no one the text names may be a guest of another government
    (("lane", "PRIME MINISTER", "okafor"), None),
])
def test_speakers_government(speakers, expected):
    turns = []
    for i, s in enumerate(speakers):
        if s == "Q":
            turns.append(Turn(start=i * 10, label="Q", speaker=None, question=True))
        elif s.isupper():
            turns.append(Turn(start=i * 10, label=s, speaker=None, question=False))
        else:
            turns.append(Turn(start=i * 10, label="MR. " + s.upper(), speaker=_person(s), question=False))
    assert speakers_government(Turns(turns), lambda e: COUNTRIES[e.id]) == expected


_AID = "And today we are providing $50 million in humanitarian assistance to Sudan."
_CONDEMN = "We condemned the attack on the embassy in Khartoum yesterday."
_OPENING = ("MS. LANE:  Good afternoon, everyone.  On Monday, President Biden spoke with President Ana Silva of "
            "Portugal about the crisis.  On Friday, President Biden will host a summit on cancer research.  ")

TRANSCRIPTS = [
    # the press secretary introduces a briefer with his office: both speak for his government
    ("MS. LANE:  Good afternoon.  I am joined by National Security Advisor Jake Sullivan.\n\n"
     f"MR. SULLIVAN:  Thanks, Tara.  {_CONDEMN}\n\nMS. LANE:  {_AID}",
     [("ACCUSE", "USA", None), ("AID", "USA", "SDN")]),
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
@pytest.mark.parametrize("text, expected", TRANSCRIPTS, ids=["placed briefer", "bare president", "question only"])
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
