"""Round 44: a phrase read as a name whose last word is the plural of an English noun (the
model's WordNet lemma index) and no surname of the 1990 US Census is no person ("Tribal
Governments", "Global Youth Issues"), whatever stands before it
(``entities.nonpersonwords.plural_common_noun``); the roles reader does not take such a phrase
for the holder's name after a title (``roles.name_search.name_after``), so the office goes to the
clause's subject. Census surnames that are plurals ("Mills", "Banks", "Collins") stay names. The roles side is in
``tests/roles/test_round44_roles.py``.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from pipeline.entities import extract_entities
from pipeline.names import is_surname

pytestmark = pytest.mark.model


def _persons(make_doc, text: str) -> set[str]:
    return {e.name for e in extract_entities(make_doc(text)) if e.label == "PERSON"}


@pytest.mark.parametrize(("text", "absent"), [
    ("The grants go to Tribal Governments and to counties along the border.", "Tribal Governments"),
    ("Ryan Companies built the plant.", "Ryan Companies"),
    ("Officials said Tax Cuts would expire.", "Tax Cuts"),
])
def test_a_phrase_ending_in_a_plural_noun_is_no_person(make_doc, text: str, absent: str) -> None:
    assert absent not in _persons(make_doc, text)


@pytest.mark.parametrize(("text", "present"), [
    ("Governor Janet Mills of Maine met Senator Jim Banks on Tuesday.", "Janet Mills"),
    ("Governor Janet Mills of Maine met Senator Jim Banks on Tuesday.", "Jim Banks"),
    ("Susan Collins and Chris Coons spoke to reporters after the vote.", "Chris Coons"),
    ("Joerg Kukies, State Secretary, met the minister.", "Joerg Kukies"),
])
def test_census_surnames_that_look_plural_stay_names(make_doc, text: str, present: str) -> None:
    assert present in _persons(make_doc, text)


@pytest.mark.parametrize(("word", "expected"), [
    ("Mills", True), ("Banks", True), ("Hall", True), ("Issues", False), ("Governments", False),
])
def test_census_surname_list(word: str, expected: bool) -> None:
    assert is_surname(word) is expected


@pytest.mark.parametrize(("word", "expected"), [
    ("Issues", True), ("governments", True), ("Companies", True), ("Mayorkas", False), ("glass", False),
    ("Issue", False), ("Kukies", False), ("cookies", True), ("churches", True),
])
def test_noun_plural(nlp, word: str, expected: bool) -> None:
    from pipeline.lemmas import noun_plural

    assert noun_plural(nlp("A text."), word) is expected


# ---- first names alone that grammar makes a person (entities.addressed_names) ----

@pytest.mark.parametrize(("text", "present"), [
    ("Doug and I send our prayers to his family.", "Doug"),
    ("We hold his beloved wife Gahl, his children and his friends in our thoughts.", "Gahl"),
    ("He rushed to the hospital to console Rabin's wife Leah.", "Leah"),
    ("Joe and his wife of 27 years, Candee, live in Lexington.", "Candee"),
])
def test_first_names_named_by_grammar_are_persons(make_doc, text: str, present: str) -> None:
    assert present in _persons(make_doc, text)


@pytest.mark.parametrize(("text", "absent"), [
    ("We met leaders from Egypt, Israel, Jordan.", "Jordan"),
    ("Thanks, Will. The will of the people matters.", "Will"),
    ("She thanked her husband and her son Boeing.", "Boeing"),
])
def test_lists_common_words_and_companies_are_not_addressed_names(make_doc, text: str, absent: str) -> None:
    assert absent not in _persons(make_doc, text)


# ---- a facility's head noun after a title word, a weapon with its modifier (entities.bodytails, weaponnames) ----

@pytest.mark.parametrize(("text", "absent", "present"), [
    ("Early in the war we were all talking about Javelin anti-tank missiles and Stingers.", "Javelin anti-tank", None),
])
def test_facility_heads_and_weapon_modifiers_are_no_persons(make_doc, text: str, absent: str, present) -> None:
    persons = _persons(make_doc, text)
    assert absent not in persons
    assert present is None or present in persons


@pytest.mark.parametrize(("text", "absent"), [
    # review mends: a kinship noun before a noun's modifier, an office word, a city greeted
    ("His wife Lyft driver Jane Doe attended.", "Lyft"),
    ("Her son Army veteran John Ruiz spoke.", "Army"),
    ("His wife Congress -- no, his wife Connie -- joined him.", "Congress"),
    ("Thank you, Florence! Thank you, South Carolina!", "Florence"),
])
def test_kin_modifiers_office_words_and_cities_are_not_addressed_names(make_doc, text: str, absent: str) -> None:
    assert absent not in _persons(make_doc, text)
