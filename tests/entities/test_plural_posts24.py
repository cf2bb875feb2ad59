"""A plural legislator's post before a list of surnames (round 24): the model reads the plural and
the first surname as one body's name ("Representatives Marlow" as an ORG); the surname is a
person's. The texts are invented."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _persons(doc) -> set[str]:
    return {e.name for e in doc._.newsie_entities if e.label == "PERSON"}


@pytest.mark.parametrize("text, surname", [
    ("Readout\n\nThe President thanked Representatives Brandt, Fenwick and Osgood for their work.", "Brandt"),
    ("Statement\n\nWe applaud Representatives Okafor, Lindqvist and Pereira for introducing the bill.", "Okafor"),
])
def test_first_surname_after_plural_post_is_a_person(make_doc, text, surname):
    assert surname in _persons(make_doc(text))


@pytest.mark.parametrize("text, name", [
    ("Statement\n\nWe applaud Representatives Okafor, Lindqvist and Pereira for introducing the bill.",
     "Representatives Okafor"),
])
def test_plural_post_is_no_part_of_a_name(make_doc, text, name):
    assert name not in {e.name for e in make_doc(text)._.newsie_entities}
