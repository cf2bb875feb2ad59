"""Who does a gerund after a preposition, whose side a modifier names, and "fight for".

Invented sentences (not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # a gerund under in/by/after is done by the subject of the verb it hangs on
    ("Chile joined 30 nations in condemning Peru's missile tests.", "ACCUSE", [("ACCUSE", "CHL", "PER")]),
    ("Chile responded by expelling Peru's ambassador.", "SANCTION", [("SANCTION", "CHL", "PER")]),
    # the actor's own country as a modifier of the noun says whose support it is
    ("Chilean President Maria Lopez pledged continued Chilean support to the relief effort.", "AGREE",
     [("AGREE", "Maria Lopez", None)]),
    ("Chilean President Maria Lopez pledged continued Chilean support to Peru.", "AGREE",
     [("AGREE", "Maria Lopez", "PER")]),
    # a condemnation of a harmful act is aimed at its agent, not at the victim the act names
    ("Peru detained two Chilean engineers last week. Chilean President Maria Lopez condemned the "
     "arbitrary detention of Juan Rivas.", "ACCUSE", [("ACCUSE", "Maria Lopez", "PER")]),
    ("Chilean President Maria Lopez condemned Peru's detention of Juan Rivas.", "ACCUSE",
     [("ACCUSE", "Maria Lopez", "PER")]),
    # a warning or demand is addressed to the subject of what it says will or must happen
    ("Chile issued a stern warning that Peru would face consequences.", "THREATEN", [("THREATEN", "CHL", "PER")]),
    ("Chile issued a stern warning that prices would rise.", "THREATEN", [("THREATEN", "CHL", None)]),
    # where forces are sent is the location of a mobilisation, not its target
    ("Chile sent two more frigates to Peru last week.", "MOBILIZE", [("MOBILIZE", "CHL", None)]),
    # fighting for someone takes his side; for no one named it is no event
    ("The senator said he was fighting for local farmers.", None, []),
    ("Chilean troops fought Peruvian rebels near the border.", "ASSAULT", [("ASSAULT", "CHL", "PER")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_clause_links(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if typ is None or e.type == typ], expected)
    if typ == "MOBILIZE":
        assert events[0].location == "PER"
