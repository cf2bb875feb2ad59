"""Titles, place-like given names and places in US government text (round 13): a title before
a given name that is also a place ("Mayor London Breed"); a state abbreviation after "the" ("the
VA" is an agency); an unknown town before a name both a country and a US state ("Plains,
Georgia"). The texts are invented."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _ents(doc) -> list[tuple[str, str, str | None]]:
    return [(e.label, e.name, e.country) for e in doc._.newsie_entities]


@pytest.mark.parametrize("text, person", [
    ("Mayor London Breed said the city would recover.", "London Breed"),
    ("Governor Austin Reed met Mayor Paris Hilton in Boston.", "Paris Hilton"),
    ("Speaker Pelosi and Leader Schumer met the President on Tuesday.", "Pelosi"),
    ("The President spoke with Speaker McCarthy and Leader McConnell.", "McConnell"),
])
def test_titled_persons(make_doc, text, person):
    assert ("PERSON", person, None) in _ents(make_doc(text))


@pytest.mark.parametrize("text, place", [
    ("The delegation flew to London on Monday.", "London"),
    ("Mayor Ana Ruiz of Austin visited London on Monday.", "London"),
])
def test_places_stay_places(make_doc, text, place):
    assert place in [n for lab, n, _ in _ents(make_doc(text)) if lab == "GPE"]


@pytest.mark.parametrize("text", [
    "We met nurses at the VA hospital and thanked them.",
    "The VA said it would hire more doctors, and the VA agreed.",
])
def test_articled_state_abbreviation_is_not_the_state(make_doc, text):
    assert "Virginia" not in [n for _, n, _ in _ents(make_doc(text))]


@pytest.mark.parametrize("text, state", [
    ("She lives in Richmond, VA and works downtown.", "Virginia"),
])
def test_state_abbreviation_after_town(make_doc, text, state):
    assert ("GPE", state, "USA") in _ents(make_doc(text))


@pytest.mark.parametrize("text, country", [
    ("He grew up in Plains, Georgia, and later moved north.", "USA"),
    ("Atlanta, Georgia will host the summit.", "USA"),
    ("They met in Kutaisi, Georgia, near the border.", "GEO"),
    ("Georgia and Armenia signed a treaty.", "GEO"),
])
def test_georgia(make_doc, text, country):
    assert ("GPE", "Georgia", country) in _ents(make_doc(text))


@pytest.mark.parametrize("text, place", [
    ("I thank all of the DC reporters who came tonight.", "District of Columbia"),
])
def test_articled_abbreviation_of_a_place_stays(make_doc, text, place):
    assert place in [n for lab, n, _ in _ents(make_doc(text)) if lab == "GPE"]


@pytest.mark.parametrize("text, person", [
    ("Remarks\n\nCongresswoman Castor and Mayor Jane Castor attended the event.", "Castor"),
    ("Remarks\n\nRepresentative Castor spoke first. Thank you, Congresswoman Bloom.", "Bloom"),
    ("Remarks\n\nRepresentative Castor spoke first. Thank you, Congresswoman Bloom.", "Castor"),
])
def test_untagged_surname_after_legislator_post(make_doc, text, person):
    doc = make_doc(text)
    start = text.index(person)
    assert any(m.start == start for e in doc._.newsie_entities if e.label == "PERSON" for m in e.mentions)


@pytest.mark.parametrize("text, word", [
    ("Remarks\n\nWe met the Speaker Monday in the Capitol.", "Monday"),
    ("Remarks\n\nThe speaker spoke. Then the Speaker Office closed.", "Office"),
])
def test_no_person_after_post(make_doc, text, word):
    doc = make_doc(text)
    assert word not in [e.name for e in doc._.newsie_entities if e.label == "PERSON"]
