"""Round 9d: what a measure or a vow is, whom it targets, and clauses the parser folds together.

- a vow to respond (no act named) is a threat; a warning of famine or a storm threatens no one;
  an export or import ban is an embargo (SANCTION); "retaliated with tariffs" imposes them;
- a sanctions designation of entities or individuals is a SANCTION, "including X" names the
  target, and "sanctions targeting X" are aimed at X;
- "We urge A to do B and call on C to do D": the call is the speaker's own second request;
- one by-phrase closes a list of passive participles: "were killed, wounded or detained by X".

Invented sentences (not copied from any gold text or stress document).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # vows, warnings, bans, retaliation
    ("Caracas vowed to respond after the tanker was boarded.", None, "THREATEN", [("THREATEN", "VEN", None)]),
    ("Caracas vowed to respond after the tanker was boarded.", None, "AGREE", []),
    # ... but a vow to respond to needs or requests promises help
    ("Nairobi vowed to respond quickly to the needs of the flood victims.", None, "THREATEN", []),
    ("The World Food Programme warned of famine in South Sudan on Thursday.", None, "THREATEN", []),
    ("Forecasters issued a warning of severe flooding along the coast.", None, "THREATEN", []),
    ("Moscow warned of grave consequences on Tuesday.", None, "THREATEN", [("THREATEN", "RUS", None)]),
    ("India banned exports of rice to Bangladesh last week.", None, "SANCTION", [("SANCTION", "IND", "BGD")]),
    ("India banned exports of rice to Bangladesh last week.", None, "COERCE", []),
    ("Jakarta imposed an export ban on nickel ore in January.", None, "SANCTION", [("SANCTION", "IDN", None)]),
    ("Mexico retaliated with tariffs on American pork.", None, "SANCTION", [("SANCTION", "MEX", None)]),
    # designations and targets of sanctions
    ("The Treasury Department designated seven entities and two individuals, including Colombian "
     "businessman Carlos Mejia.", "USA", "SANCTION",
     [("SANCTION", "Treasury Department", "COL")]),
    ("The Prime Minister designated two ministers to lead the delegation.", None, "SANCTION", []),
    ("Canada announced sanctions targeting Belarus's potash exports.", None, "SANCTION", [("SANCTION", "CAN", "BLR")]),
    # a second request coordinated onto the first request's infinitive
    ("We urge all states to enforce the arms embargo and call on Sudan to open the border crossings.", "USA",
     "REQUEST", [("REQUEST", "USA", None), ("REQUEST", "USA", "SDN")]),
    ("We urge both parties to exercise restraint and ask Armenia to return to the talks.", "USA",
     "REQUEST", [("REQUEST", "USA", None), ("REQUEST", "USA", "ARM")]),
    # ... while a plain second infinitive stays the urged act
    ("We urge Congress to pass the measure and send it to my desk.", "USA", "REQUEST", [("REQUEST", "USA", "USA")]),
    # coordinated passive participles under one by-phrase
    ("Dozens of students were beaten, arrested or tortured by Sudanese soldiers.", None, "COERCE",
     [("COERCE", "SDN", None)]),
    ("Dozens of students were beaten, arrested or tortured by Sudanese soldiers.", None, "ASSAULT",
     [("ASSAULT", "SDN", None)]),
    ("Four reporters were detained and questioned by Georgian police on Friday.", None, "COERCE",
     [("COERCE", "GEO", None)]),
    # a participle with adjuncts of its own is a predicate of its own: Japan signed nothing
    ("The accord was signed in Lima and endorsed by Japan.", None, "SUPPORT", [("SUPPORT", "JPN", None)]),
    ("The accord was signed in Lima and endorsed by Japan.", None, "AGREE", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, country, typ, expected", CASES, ids=[f"{c[2]}-{c[0][:44]}" for c in CASES])
def test_measures_and_lists(event_inputs, text, country, typ, expected):
    doc, entities, roles, dates = event_inputs(text, country=country)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates, home_country=country)
    _check([e for e in events if e.type == typ], expected)
