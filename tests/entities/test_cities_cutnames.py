"""Cities the small model mislabels (found by the gazetteer and a place's context) and
organisation names cut at "of" by a country or demonym the ruler tagged. The texts are invented."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _entities(doc) -> dict[str, tuple[str, str | None]]:
    return {e.name: (e.label, e.country) for e in doc._.newsie_entities}


@pytest.mark.parametrize("text, place, country", [
    # a coordination of two cities the model tags as one name
    ("LVIV, March 4 (Reuters) - Russian drones struck Kharkiv and Odesa before dawn, local officials said.",
     "Kharkiv", "UKR"),
    ("LVIV, March 4 (Reuters) - Russian drones struck Kharkiv and Odesa before dawn, local officials said.",
     "Odesa", "UKR"),
    # a settlement noun before "of"
    ("The paramilitary force laid siege to the city of El Fasher for months, aid groups said.", "El Fasher", "SDN"),
    # a place preposition and a city known without help
    ("A fire damaged grain silos in Odesa on Tuesday, the port authority said.", "Odesa", "UKR"),
    # a wire spelling the hand-kept places list
    ("Families sheltering in Khan Younis said the water had run out.", "Khan Younis", "PSE"),
    # the object of a verb of attack, and a city coordinated with it
    ("Overnight, Russian glide bombs pounded Kharkiv and Dnipro, the regional administration reported.",
     "Dnipro", "UKR"),
    # "on" after a word of attack; a city coordinated with the first
    ("Fresh air strikes on Rafah and Khan Younis killed at least nine people, medics said.", "Rafah", "PSE"),
    ("Police raised security in Quetta and Karachi after the bombing.", "Karachi", "PAK"),
])
def test_mislabelled_cities_get_their_country(make_doc, text, place, country):
    ents = _entities(make_doc(text))
    assert ents.get(place) == ("GPE", country), ents


@pytest.mark.parametrize("text, person", [
    # a person with a city's name: a title, a fuller name, a possessive after the preposition
    ("Coach Lincoln praised the defence after the match in Denver.", "Lincoln"),
    ("Victoria Lincoln chaired the panel. In Lincoln's view, the budget was too small.", "Victoria Lincoln"),
])
def test_persons_named_like_cities_stay_persons(make_doc, text, person):
    ents = _entities(make_doc(text))
    assert ents.get(person, ("",))[0] == "PERSON", ents


@pytest.mark.parametrize("text, org, absent", [
    ("She studied canon law at the Catholic University of America before joining the diocese.",
     "Catholic University of America", "Catholic University of"),
    ("He lobbied for the Recording Industry Association of America for a decade.",
     "Recording Industry Association of America", "Recording Industry Association of"),
])
def test_names_cut_at_of_are_joined(make_doc, text, org, absent):
    ents = _entities(make_doc(text))
    assert ents.get(org, ("",))[0] == "ORG", ents
    assert absent not in ents, ents


def test_city_of_fragment_is_dropped(make_doc):
    ents = _entities(make_doc("Since 2019 he has worked for the City of Baltimore."))
    assert "City of" not in ents and ents.get("Baltimore", ("",))[0] == "GPE", ents


@pytest.mark.parametrize("title, body, absent", [
    # a capitalised preposition after the speaker's name in a Title Case headline
    ("Remarks by Governor Alvarez Before Marine One Departure", "THE GOVERNOR: Good morning, everybody.",
     "Alvarez Before"),
    ("Remarks by Prime Minister Okafor At the Opening of the Harbor Bridge", "THE PRIME MINISTER: Thank you.",
     "Okafor At"),
])
def test_headline_prepositions_end_the_name(make_doc, title, body, absent):
    doc = make_doc(f"{title}\n\n{body}", title=title)
    names = [e.name for e in doc._.newsie_entities if e.label == "PERSON"]
    assert names and not any(absent in n for n in names), names
