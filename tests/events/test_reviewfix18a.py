"""Review of round 18's event rules on general news (reviewfix18a).

A hyphenated pair in a meeting's name states two sides only when they are two countries (or a
country and an organisation): "England-Scotland" or "England-Wales" are parts of one state, the
usual name of a sporting fixture or a domestic forum, no meeting between governments; and a named
meeting called off, put off or only planned ("the X-Y Talks planned for June were cancelled") was
not held (:mod:`pipeline.events.named_acts`). Troops sent after a disaster are relief
(:mod:`pipeline.events.relief_deployments`) unless sent to a border or a front, the classic show
of force, or to evacuate the sender's own citizens, which is no aid to the country they leave.

Invented sentences (fictional or generic situations); each wrong case has a positive
counterpart that the rule must still get.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # named meetings: two parts of one country are no two sides
    ("Fans gathered for the England-Scotland Meeting of the athletics league on Saturday.", "CONSULT", []),
    ("The England-Wales Summit on rugby funding ended in Cardiff on Friday.", "CONSULT", []),
    ("Ministers met at the France-Germany Summit in Paris last week.", "CONSULT", [("CONSULT", "FRA", "DEU")]),
    ("The Russia-Ukraine Talks in Istanbul in March failed.", "CONSULT", [("CONSULT", "RUS", "UKR")]),
    # named meetings: one called off, put off or only planned was not held
    ("The Japan-Korea Talks planned for June were cancelled.", "CONSULT", []),
    ("The India-Pakistan Summit in Lahore was postponed on Tuesday.", "CONSULT", []),
    ("Organisers postponed the Kenya-Uganda Summit in Kampala in May.", "CONSULT", []),
    ("The Brazil-Argentina Summit in 2019 produced no deal.", "CONSULT", [("CONSULT", "BRA", "ARG")]),
    # relief deployments: a border or a front is a posture, whatever came before
    ("After the earthquake, Turkey deployed troops to the border with Syria.", "AID", []),
    ("Amid the drought, Ethiopia deployed troops to the Somali border.", "AID", []),
    ("After the earthquake, Turkey deployed troops and rescue teams to Hatay province.", "AID",
     [("AID", "TUR", None)]),
    # evacuating one's own citizens is no aid to the country they leave
    ("Italy sent troops to Libya to evacuate its citizens.", "AID", []),
    ("France sent warships to Lebanon to evacuate its nationals.", "AID", []),
    ("Italy sent troops to Libya to evacuate flood victims.", "AID", [("AID", "ITA", "LBY")]),
]


@pytest.mark.parametrize("text,typ,expected", CASES, ids=[c[0][:70] for c in CASES])
def test_reviewfix18a(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)
