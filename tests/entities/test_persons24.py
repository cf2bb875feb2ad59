"""Persons of the twenty-fourth round: a census given name the model took for a body, written right
before a surname it tagged a person ("Effie | Roe"), and a weapon system's name the model took for
a person's ("Javelin and TOW launchers", "a Patriot battery"). The texts are invented."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _persons(doc) -> set[str]:
    return {e.name for e in doc._.newsie_entities if e.label == "PERSON"}


@pytest.mark.parametrize("text, person", [
    ("Statement\n\nThe Americans on the flight will be Kian Farahani, Omid Rezaei, and Dariush Mohebbi.  "
     "Also on the flight will be Effie Farahani, the mother of Kian.", "Effie Farahani"),
])
def test_given_name_misread_as_a_body_joins_the_surname(make_doc, text, person):
    assert person in _persons(make_doc(text))


@pytest.mark.parametrize("text, word", [
    ("Fact Sheet\n\nThe shipment adds Stinger missiles, artillery shells, Javelin and "
     "TOW launchers, and rifle rounds for the brigades.", "Javelin"),
    ("Readout\n\nThe leaders welcomed the delivery of another Patriot missile system to Kyiv.", "Patriot"),
    ("Readout\n\nThe allies agreed to enable the operation of an additional Patriot battery in the east.",
     "Patriot"),
])
def test_weapon_system_names_are_no_persons(make_doc, text, word):
    assert word not in _persons(make_doc(text))


@pytest.mark.parametrize("text, person", [
    ("Remarks\n\nI want to thank Ms. Patriot and her husband for hosting us tonight.", "Patriot"),
])
def test_a_surname_without_a_weapon_noun_stays(make_doc, text, person):
    assert person in _persons(make_doc(text))
