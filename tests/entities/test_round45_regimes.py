"""Round 45: a ruler named by the regime that bears the name is a person named ("the Assad
regime": ``entities.regime_names``), while the events stage still reads the regime, not the man,
as the party that acts (``events.led_governments.regime_ruler``); a first name written alone joins
an office holder's surname only in the table's own spelling ("Alex" called on in a briefing is no
"Alexander Lukashenko": ``entities.officeholders.holder_first_names``).

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

import pipeline
from pipeline.entities import extract_entities

pytestmark = pytest.mark.model


def _persons(make_doc, text: str) -> set[str]:
    return {e.name for e in extract_entities(make_doc(text)) if e.label == "PERSON"}


@pytest.mark.parametrize(("text", "ruler"), [
    ("Political prisoners are being unjustly detained by the Lukashenko regime.", "Lukashenko"),
    ("Alexander Lukashenka spoke on Monday. Political prisoners are being unjustly detained by the Lukashenka "
     "regime.", "Alexander Lukashenka"),
    ("The Assad regime used chemical weapons against its own people.", "Assad"),
    ("We will continue to press the Maduro dictatorship to release them.", "Maduro"),
])
def test_the_ruler_of_a_named_regime_is_a_person(make_doc, text: str, ruler: str) -> None:
    assert ruler in _persons(make_doc, text)


@pytest.mark.parametrize("text", [
    "The Iranian regime continues to threaten its neighbors.",
    "The Soviet regime collapsed in 1991.",
    "The Taliban regime fell in 2001.",
    "He fled the Nazi regime as a child.",
])
def test_a_people_or_organisation_before_regime_is_no_person(make_doc, text: str) -> None:
    assert _persons(make_doc, text) == set()


def test_the_regime_not_its_ruler_is_the_actor() -> None:
    record = pipeline.extract("Statement\n\nTen years ago today, the Assad regime conducted a chemical attack on "
                              "the Damascus suburb of Ghouta.", published="2023-08-21").to_dict()
    names = {e["id"]: e["name"] for e in record["entities"]}
    attacks = [e for e in record["events"] if e["type"] == "ASSAULT"]
    assert attacks and all(names.get(e.get("actor")) != "Assad" for e in attacks), attacks


def test_a_familiar_first_name_does_not_join_a_listed_surname(make_doc) -> None:
    persons = _persons(make_doc, "Press Briefing\n\nPresident Lukashenko said the country would respond.\n\n"
                                 "With that, Alex, why don't you kick us off?")
    assert "Alex" in persons and not any("Alex " in p for p in persons), persons


@pytest.mark.parametrize("text", [
    "The Mullah regime executed a wrestler.",
    "Travel within the Schengen regime is free.",
    "The Kimberley regime certifies rough diamonds.",
])
def test_a_word_before_regime_with_no_sign_of_a_surname_is_no_person(make_doc, text: str) -> None:
    # the review of round 45: a place, a treaty or a system names a regime too
    assert _persons(make_doc, "Statement\n\n" + text) == set()


def test_the_rulers_possessive_regime_is_no_actor() -> None:
    record = pipeline.extract("Statement\n\nThe Assad regime's forces attacked Idlib.", published="2023-08-21").to_dict()
    names = {e["id"]: e["name"] for e in record["entities"]}
    assert all(names.get(e.get("actor")) != "Assad" for e in record["events"]), record["events"]


@pytest.mark.parametrize(("text", "typ", "country"), [
    ("The Erdogan regime attacked Kurdish positions in Syria.", "ASSAULT", "TUR"),
    ("The Putin regime attacked Ukraine.", "ASSAULT", "RUS"),
])
def test_a_named_regime_acts_as_its_rulers_country(text: str, typ: str, country: str) -> None:
    # the office-holder table gives the ruler's one country (``events.led_governments``)
    record = pipeline.extract("Statement\n\n" + text, published="2023-08-21").to_dict()
    assert any(e["type"] == typ and e["actor_country"] == country for e in record["events"]), record["events"]
