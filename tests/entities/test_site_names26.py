"""Sites and places the model tags as persons (round 26, White House pool documents):

- a span ending in a site's or facility's capitalised head noun ("Rafah Crossing", "the Kessel
  Corridor", "Dillard VA Clinic") names the site;
- a lone word the same article writes as the first word of a place's name ("in support of
  Lobito" beside "the Lobito Corridor") is the place, when the gazetteer knows it and nothing
  shows a person by that name; a facility named after a person ("Reagan National Airport") is no
  such evidence.

Sentences are invented for these tests in the style of briefings and readouts.
"""

from __future__ import annotations

import pytest

from pipeline.entities import extract_entities

pytestmark = pytest.mark.model


def _persons(make_doc, text):
    return sorted(e.name for e in extract_entities(make_doc(text)) if e.label == "PERSON")


@pytest.mark.parametrize("text, absent", [
    ("Trucks carrying flour entered Gaza through the Rafah Crossing on Tuesday.", "Rafah"),
    ("The leaders discussed the Lobito Corridor. They will see the Lobito Corridor tomorrow, and the G7 has "
     "done a lot in support of Lobito.", "Lobito"),
    ("Aid trucks reached the Zikim Checkpoint on Sunday.", "Zikim"),
])
def test_site_names_are_no_persons(make_doc, text, absent):
    assert not [p for p in _persons(make_doc, text) if absent in p]


@pytest.mark.parametrize("text, present", [
    ("We flew into Reagan National Airport. Reagan would have loved it.", "Reagan"),
    ("The Austin metropolitan area is growing. Secretary Austin spoke to the troops.", "Austin"),
])
def test_people_named_beside_places_stay(make_doc, text, present):
    assert present in _persons(make_doc, text)
