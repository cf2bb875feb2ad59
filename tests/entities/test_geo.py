"""Places: country and GeoNames record of GPE/LOC/FAC entities, read in context (issue #11 item 3)."""

import pytest

from pipeline.entities import extract_entities

pytestmark = pytest.mark.model


def _ents(make_doc, text):
    return extract_entities(make_doc(text), title="", dateline="")


def _one(ents, name):
    hits = [e for e in ents if e.name == name]
    assert len(hits) == 1, ents
    return hits[0]


@pytest.mark.parametrize("text, name, country, geo_name, admin1", [
    # A city qualified by its state or country is the one there.
    ("A tornado struck Paris, Texas, late on Monday, the county sheriff said.", "Paris", "USA", "Paris", "Texas"),
    ("Troops from the US Marine Corps rotated through Darwin, Australia, this spring.", "Darwin", "AUS", "Darwin",
     None),
    ("The company will open a plant near Atlanta, Georgia, next year.", "Atlanta", "USA", "Atlanta", "Georgia"),
    # The region after the comma is the city's region, not the country of that name.
    ("The company will open a plant near Atlanta, Georgia, next year.", "Georgia", "USA", "Georgia", "Georgia"),
    # Subnational places get their country.
    ("Officials in New Mexico said the fire was contained.", "New Mexico", "USA", "New Mexico", "New Mexico"),
    ("Governors of Texas and Oklahoma met on Friday.", "Texas", "USA", "Texas", "Texas"),
    ("Fans in Liverpool celebrated into the night.", "Liverpool", "GBR", "Liverpool", None),
    ("The delegation flew on from Busan to Tokyo.", "Busan", "KOR", "Busan", None),
    # Without context: the country, or the capital.
    ("Georgia's parliament passed the bill on Tuesday.", "Georgia", "GEO", "Georgia", None),
    ("The minister arrived in Paris for talks.", "Paris", "FRA", "Paris", None),
])
def test_place_in_context(make_doc, text, name, country, geo_name, admin1):
    ent = _one(_ents(make_doc, text), name)
    assert ent.country == country
    assert ent.geo is not None and ent.geo.name == geo_name and ent.geo.country == country
    assert ent.geo.admin1 == admin1
    assert ent.geo.geonames_id is not None and -90 <= ent.geo.lat <= 90 and -180 <= ent.geo.lon <= 180


@pytest.mark.parametrize("text, label, name, country", [
    # The gazetteer never overrides a person or a facility the parse supports.
    ("Michael Jordan visited Amman on Tuesday to open a basketball court.", "PERSON", "Michael Jordan", None),
    ("Arsenal beat Chelsea at the Emirates Stadium on Sunday.", "FAC", "Emirates Stadium", None),
    # A country's long form is one entity.
    ("Peacekeepers were sent to the Republic of Congo last week.", "GPE", "Republic of Congo", "COG"),
    ("Three Virginia class submarines will be sold to Australia.", "PRODUCT", "Virginia", None),
])
def test_gazetteer_does_not_split_or_override(make_doc, text, label, name, country):
    ents = _ents(make_doc, text)
    ent = _one(ents, name)
    assert (ent.label, ent.country) == (label, country)
    assert not any(e.name in ("Jordan", "Emirates", "Republic of", "United Arab Emirates") for e in ents), ents


def test_amman_keeps_its_place_next_to_the_person(make_doc):
    ents = _ents(make_doc, "Michael Jordan visited Amman on Tuesday to open a basketball court.")
    amman = _one(ents, "Amman")
    assert amman.country == "JOR" and amman.geo is not None and amman.geo.country == "JOR"


def test_later_bare_mention_takes_the_place_its_context_gave(make_doc):
    ents = _ents(make_doc, "Storms hit Paris, Texas, on Monday. Paris officials opened two shelters.")
    paris = [e for e in ents if e.name == "Paris"]
    assert len(paris) == 1 and paris[0].country == "USA" and len(paris[0].mentions) == 2


def test_no_place_for_organisations_and_people(make_doc):
    ents = _ents(make_doc, "The White House said Jackson would meet Austin officials.")
    assert all(e.geo is None for e in ents if e.label not in ("GPE", "LOC", "FAC"))
    white_house = [e for e in ents if e.name == "White House"]
    assert all(e.geo is None and e.country is None for e in white_house)
