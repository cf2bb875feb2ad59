"""Targets and counterparts named by an "including" list after a plural group noun
(:mod:`pipeline.events.included_lists`): one event per listed member.

Invented sentences in the style of government statements and readouts.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # a sanction on a group spelled out by name: one SANCTION per named target
    ("The Treasury Department sanctioned several Iranian officials on Monday, including Defense Minister "
     "Ali Rezaei and General Hassan Karimi.", "SANCTION",
     [("SANCTION", "Treasury Department", "Ali Rezaei"), ("SANCTION", "Treasury Department", "Hassan Karimi")]),
    ("Japan imposed sanctions on several entities, including Rosneft and Gazprom.", "SANCTION",
     [("SANCTION", "JPN", "Rosneft"), ("SANCTION", "JPN", "Gazprom")]),
    # a condemnation of acts by a group: each named agent is a target
    ("The United States condemned the attacks by militant groups, including Hamas and Hezbollah.", "ACCUSE",
     [("ACCUSE", "USA", "Hamas"), ("ACCUSE", "USA", "Hezbollah")]),
    # a consultation with a group: one CONSULT per named counterpart
    ("Secretary of State Antony Blinken spoke with counterparts from several countries, including France, "
     "Germany and Japan.", "CONSULT",
     [("CONSULT", "Antony Blinken", "FRA"), ("CONSULT", "Antony Blinken", "DEU"), ("CONSULT", "Antony Blinken", "JPN")]),
    ("Prime Minister Kishida met with regional leaders, including President Yoon Suk Yeol and President "
     "Ferdinand Marcos.", "CONSULT",
     [("CONSULT", "Kishida", "Yoon Suk Yeol"), ("CONSULT", "Kishida", "Ferdinand Marcos")]),
    # what a consultation is about is a topic, never a counterpart
    ("President Biden discussed a range of issues with Chancellor Scholz, including Russia and China.", "CONSULT",
     [("CONSULT", "Biden", "Scholz")]),
    # one named member: the event stays as found
    ("The Treasury Department sanctioned several officials, including Defense Minister Ali Rezaei.", "SANCTION",
     [("SANCTION", "Treasury Department", "Ali Rezaei")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_included_members(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)
