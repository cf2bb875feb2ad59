"""Round-16 person rules: armed groups the model tags as people (:mod:`pipeline.knowledge.armed_groups`)
and facility names ending in "Gate" (:data:`pipeline.entities.lexicon.FACILITY_HEADS`). The
texts are invented."""

from __future__ import annotations

import pytest

from pipeline.knowledge.armed_groups import armed_group

pytestmark = pytest.mark.model


def _labels(doc) -> dict[str, str]:
    return {e.name: e.label for e in doc._.newsie_entities}


def _persons(doc) -> list[str]:
    return [e.name for e in doc._.newsie_entities if e.label == "PERSON"]


@pytest.mark.parametrize("text, expected", [
    ("Al-Qa’ida", True), ("al-Qaeda", True), ("al Qaida", True), ("the Taliban", True),
    ("Counter-ISIL", True), ("anti-Hamas", True), ("Kata'ib Hizballah", True),
    # a surname of a group's leaders is not the group; an unknown prefix is not a compound of it
    ("Haqqani", False), ("Ana Ruiz", False), ("Ruiz-Hamas", False), ("Hamas Ruiz", False),
])
def test_armed_group_names(text, expected):
    assert armed_group(text) is expected


@pytest.mark.parametrize("text, group", [
    ("Analysts in the region assess that Al-Qa’ida is weaker today than a decade ago.", "Al-Qa’ida"),
    ("Officials said Hamas and the militants were responsible for the attack.", "Hamas"),
    ("Ana Ruiz served as Deputy Envoy to Counter-ISIL before joining the department.", "Counter-ISIL"),
])
def test_armed_groups_are_not_persons(make_doc, text, group):
    doc = make_doc(text)
    assert group not in _persons(doc)
    assert _labels(doc).get(group) == "ORG"


@pytest.mark.parametrize("text, person", [
    # a leader named with his group keeps his name
    ("Hamas leader Omar Dallal met the mediators in Doha on Sunday.", "Omar Dallal"),
    ("Ana Ruiz served as Deputy Envoy to Counter-ISIL before joining the department.", "Ana Ruiz"),
])
def test_group_leaders_stay_persons(make_doc, text, person):
    assert person in _persons(make_doc(text))


@pytest.mark.parametrize("text, place", [
    ("Thirteen service members were killed in the attack on Abbey Gate in August.", "Abbey Gate"),
    ("The delegation walked through the Carmel Gate of the old city.", "Carmel Gate"),
])
def test_gates_are_facilities(make_doc, text, place):
    doc = make_doc(text)
    assert place not in _persons(doc)


def test_gates_surname_stays_person(make_doc):
    assert "Bill Gates" in _persons(make_doc("Bill Gates met the ministers at the gate of the palace."))


@pytest.mark.parametrize("text, partner", [
    ("Before that, Ms. Ana Ruiz practiced law at the office of Marlow, Dunne, Ferris, Kettle and Popham, P.C. "
     "representing towns.", "Popham"),
    ("Before that, Ms. Ana Ruiz practiced law at the office of Marlow, Dunne, Ferris, Kettle and Popham, P.C. "
     "representing towns.", "Dunne"),
    ("Ana Ruiz practiced law in the office of Sutherby, Ashgrove and Brannock LLP in Washington.", "Ashgrove"),
    ("He also founded the law firm of Haddon, Cappelli, Steen, and Gorham, now Haddon & Gorham.", "Cappelli"),
])
def test_firm_partners_are_not_persons(make_doc, text, partner):
    doc = make_doc(text)
    assert partner not in _persons(doc)
    assert "Ana Ruiz" in _persons(doc) or "Ana Ruiz" not in text


@pytest.mark.parametrize("text, person", [
    # people listed beside a firm keep their names
    ("The award went to Ana Ruiz, Jo Tan and Acme LLC for their work.", "Jo Tan"),
    ("She thanked Ruiz, Tan and Mendez for their work at the firm.", "Mendez"),
])
def test_people_beside_firms_stay_persons(make_doc, text, person):
    assert person in _persons(make_doc(text))


@pytest.mark.parametrize("text, group", [
    ("The monument will honor Tribal Nations and protect lands sacred to them.", "Tribal Nations"),
    ("Grants will reach Alaska Natives living in remote villages.", "Alaska Natives"),
    ("She is an enrolled member of the Minnesota Chippewa Tribe and lives in Duluth.", "Minnesota Chippewa Tribe"),
])
def test_peoples_are_not_persons(make_doc, text, group):
    assert group not in _persons(make_doc(text))


@pytest.mark.parametrize("text, person", [
    # surnames that are also nouns for a people, after a given name
    ("Professor Laurence Tribe testified before the committee on Tuesday.", "Laurence Tribe"),
    ("Adviser Doug Band met the donors in New York.", "Doug Band"),
])
def test_surnames_like_peoples_stay_persons(make_doc, text, person):
    assert person in _persons(make_doc(text))


@pytest.mark.parametrize("text, place", [
    # a city coordinated with a country after it (a compass adjective before the country)
    ("Ana Ruiz served as the U.S. Consul General for Basrah and Southern Iraq.", "Basrah"),
    ("Ana Ruiz served as the U.S. Consul General for Basrah and Southern Iraq.", "Iraq"),
])
def test_city_before_a_country(make_doc, text, place):
    doc = make_doc(text)
    assert place not in _persons(doc)
    assert _labels(doc).get(place) == "GPE"


def test_compass_word_is_no_surname(make_doc):
    assert not any("Southern" in p for p in _persons(make_doc("The envoy travelled to Amman and Southern Lebanon.")))


@pytest.mark.parametrize("text, place", [
    # "to" after a verb of moving house or travel: a place the reader knows
    ("Ana Ruiz was born in Lagos and moved to Manchester at the age of nine.", "Manchester"),
    ("After the war the family emigrated to Melbourne and opened a bakery.", "Melbourne"),
])
def test_city_after_moving_to(make_doc, text, place):
    doc = make_doc(text)
    assert place not in _persons(doc)
    assert _labels(doc).get(place) == "GPE"


def test_person_after_moving_to_with_possessive(make_doc):
    assert "Ruiz" in " ".join(_persons(make_doc("Senator Ana Ruiz spoke first. He moved to Ruiz's side of the stage.")))


@pytest.mark.parametrize("word, expected", [
    ("Bidenomics", True), ("Islamophobia", True), ("Antisemitism", True), ("Abenomics", True),
    # surnames and given names keep their reading
    ("Morrison", False), ("Harrison", False), ("Ana", False),
])
def test_abstract_nouns(make_doc, word, expected):
    from pipeline.entities.abstractnouns import abstract_noun
    doc = make_doc(f"{word} said it.")
    assert abstract_noun(doc[0:1]) is expected


@pytest.mark.parametrize("text, word", [
    ("Like I said, Bidenomics is about bringing supply chains back home, and it works.", "Bidenomics"),
    ("The strategy will counter Islamophobia and hate in all its forms.", "Islamophobia"),
])
def test_abstract_nouns_are_not_persons(make_doc, text, word):
    assert word not in _persons(make_doc(text))


@pytest.mark.parametrize("names, kept", [
    # a pair of two other people's surnames names them, no third person
    (["Harris", "Joseph Biden", "Biden-Harris"], ["Harris", "Joseph Biden"]),
    (["Ana Ruiz", "Jo Tan", "Ruiz-Tan"], ["Ana Ruiz", "Jo Tan"]),
    # a double-barrelled surname stays
    (["Linda Thomas-Greenfield", "Ana Thomas"], ["Linda Thomas-Greenfield", "Ana Thomas"]),
    (["Ruiz-Tan", "Ana Ruiz"], ["Ruiz-Tan", "Ana Ruiz"]),
])
def test_paired_surnames(names, kept):
    from pipeline.entities.lexicon import Group
    from pipeline.entities.pairednames import paired_surnames_dropped
    people = [Group(label="PERSON", name=n, country=None) for n in names]
    assert [g.name for g in paired_surnames_dropped(people)] == kept


@pytest.mark.parametrize("text, label, expected", [
    # names of the office-holder table (pipeline/data/offices.json)
    ("Biden", "GPE", True), ("Vladimir Putin", "ORG", True), ("Tulsi Gabbard", "ORG", True),
    ("Joseph R. Biden Jr.", "ORG", True),
    # a given name alone, a known place, a name with an article, an unknown name, a word in
    # capitals (a degree), one word tagged as a body (a firm named for a family)
    ("Joe", "GPE", False), ("Austin", "GPE", False), ("the Truman", "FAC", False), ("Ana Ruiz", "ORG", False),
    ("MA", "GPE", False), ("Ford", "ORG", False),
])
def test_office_holder_names(text, label, expected):
    from pipeline.entities.knownholders import office_holder_name
    from pipeline.knowledge import countries
    assert office_holder_name(text, countries.load(), label) is expected


@pytest.mark.parametrize("text, person", [
    ("Her wife said that she still has not heard from Biden, and it is sad.", "Biden"),
    ("Q Is the President sad to see Tulsi Gabbard leaving the Democratic Party?", "Tulsi Gabbard"),
])
def test_office_holders_tagged_otherwise_are_persons(make_doc, text, person):
    assert person in _persons(make_doc(text))


@pytest.mark.parametrize("text, name, label", [
    # review16: one word after a preposition of place names where, though a listed holder shares it
    ("Officials in Blair said the plant would close.", "Blair", "GPE"),
    ("Police in Blair arrested two men.", "Blair", "GPE"),
    # after a verb, "from" still takes the listed holder
    ("Reporters have not heard from Blair since Monday.", "Blair", "PERSON"),
])
def test_one_word_place_objects_stay_places(make_doc, text, name, label):
    assert _labels(make_doc(text)).get(name) == label
