"""Events: recall on the readouts and statements annotated blind in round 21.

- The other side of a delegation's visit named by its purpose or its occasion: "will lead a
  delegation to <city> for talks with X" visits X; "led a delegation to a conference in <city>,
  <country>" visits that country (:mod:`pipeline.events.delegation_sides`). A delegation at home
  or with no side stays no event (:mod:`pipeline.events.homeground`).
- A subject "they" continues the plural subject before it ("The two leaders made progress. They
  welcomed ..."), not a pair named in between inside a reported clause
  (:meth:`pipeline.events.references.References.group`).

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


THEY_CASES = [
    # "they" carries on "the two leaders" of the sentence before, past a pair inside a reported clause
    ("President Lula met today with President Boric of Chile. President Lula said that the world expects "
     "Argentina and Peru to settle their dispute. The two leaders made progress on trade. They welcomed the "
     "new climate fund.", [("SUPPORT", "Lula", "Boric")]),  # (the opening meeting's counterpart: round 62)
    # with no plural reference before it, "they" is the nearest pair as before
    ("President Lula met today with President Boric of Chile. They welcomed the new climate fund.",
     [("SUPPORT", "Lula", "Boric")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", THEY_CASES, ids=[c[0][-60:] for c in THEY_CASES])
def test_they_continues_plural_subject(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.trigger.text == "welcomed"], expected)
