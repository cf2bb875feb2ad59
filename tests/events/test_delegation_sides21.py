"""Events: the other side of a delegation's visit named by its purpose or its occasion (round 21).

"will lead a delegation to <city> for talks with X" visits X; "led a delegation to a conference in
<city>, <country>" visits that country (:mod:`pipeline.events.delegation_sides`). A delegation at
home or with no side stays no event (:mod:`pipeline.events.homeground`).

Invented sentences (not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # the party of the meeting the delegation travels for is the side visited, not the venue city
    ("Deputy Secretary Anna Cole will lead a U.S. delegation to Vienna, Austria on June 3 for talks on "
     "fisheries with Peru.", [("AGREE", "Anna Cole", "PER")]),
    ("Last month Senator Mark Hale led a delegation to Geneva for negotiations with Chile.",
     [("CONSULT", "Mark Hale", "CHL")]),
    # the place of the gathering the delegation goes to is the country visited
    ("This week, Deputy Secretary Anna Cole will lead a U.S. delegation to a regional conference on "
     "trade in Astana, Kazakhstan.", [("AGREE", "Anna Cole", "KAZ")]),
    ("U.S. Senator Mark Hale led a delegation to the annual forum in Hanoi, Vietnam.",
     [("CONSULT", "Mark Hale", "VNM")]),
    # a "to" phrase that names the country keeps it
    ("Senator Mark Hale led a bipartisan delegation to Vietnam last week.", [("CONSULT", "Mark Hale", "VNM")]),
    # a gathering at home, or a gathering with no place, visits no one
    ("Secretary Anna Cole led a delegation of farmers to the state fair in Des Moines, Iowa.", []),
    ("Senator Mark Hale led a delegation to the conference.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:56] for c in CASES])
def test_delegation_side(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.trigger.text == "delegation"], expected)
