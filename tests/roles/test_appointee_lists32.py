"""Round 32: appointment and Senate lists: a body's name read on past "and", names with the
Hawaiian ʻokina, a home no gazetteer places alone, and a given name two people bear.

Every name is invented for these tests.
"""

from __future__ import annotations

import re

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

from pipeline.entities.persons import group_persons
from pipeline.records import Span
from pipeline.roles.name_patterns import NAME
from pipeline.roles.nominations import office_list


@pytest.mark.parametrize(("office", "parts"), [
    # "Management Board for Puerto Rico" is a body's name going on, not "Name for Office"
    ("Member of the Financial Oversight and Management Board for Puerto Rico",
     ["Member of the Financial Oversight and Management Board for Puerto Rico"]),
    # two offices, each with its head word, still split
    ("Member of the Board of Governors and Chair of the Audit Committee",
     ["Member of the Board of Governors", "Chair of the Audit Committee"]),
])
def test_office_list_reads_a_body_name_on(office: str, parts: list[str]) -> None:
    assert office_list(office) == parts


@pytest.mark.parametrize("name", ["Kamana‘opono M. Keawe", "Leilani Kaʻai", "Nguyễn Văn Anh", "Łucja Nowak"])
def test_list_names_with_okina_and_accents(name: str) -> None:
    assert re.fullmatch(NAME, name)


def _span(text: str, at: int) -> Span:
    return Span(start=at, end=at + len(text), text=text)


def test_given_name_two_people_bear_is_the_one_named_last() -> None:
    # "President Joe Biden appointed ... Joe Aull ... Joe was an educator": the biography's subject
    persons = [("Joe Biden", _span("Joe Biden", 10), 0), ("Joe Aull", _span("Joe Aull", 100), 1),
               ("Joe", _span("Joe", 200), 2), ("Joe", _span("Joe", 300), 3)]
    groups = {g.name: [m.start for m in g.mentions] for g in group_persons(persons)}
    assert groups == {"Joe Biden": [10], "Joe Aull": [100, 200, 300]}


def test_given_name_before_any_second_bearer_is_the_first() -> None:
    persons = [("Joe Biden", _span("Joe Biden", 10), 0), ("Joe", _span("Joe", 50), 1),
               ("Joe Aull", _span("Joe Aull", 100), 2), ("Joe", _span("Joe", 200), 3)]
    groups = {g.name: [m.start for m in g.mentions] for g in group_persons(persons)}
    assert groups == {"Joe Biden": [10, 50], "Joe Aull": [100, 200]}


@pytest.mark.model
def test_senate_list_home_no_gazetteer_places(roles_of) -> None:
    text = ("Nominations Sent to the Senate\n\nNOMINATIONS SENT TO THE SENATE:\n\n"
            "Dana Myers Holt, of the District of Columbia, to be Assistant Secretary for Preparedness and Response, "
            "Department of Health and Human Services, vice Robert P. Kellan.\n\n"
            "Adria Tolman, of the Virgin Islands, to be Deputy Secretary of Housing and Urban Development, vice "
            "Brian D. Moncrief.\n")
    roles, _ = roles_of(text, published="2021-03-25")
    assert {(r.person_name, r.country) for r in roles} == {
        ("Dana Myers Holt", "USA"), ("Robert P. Kellan", "USA"), ("Adria Tolman", "USA"), ("Brian D. Moncrief", "USA")}


@pytest.mark.parametrize(("sentence", "titles"), [
    # an officer's first commission is a junior grade held before
    ("Upon graduation, he was commissioned a second lieutenant in the Armor Branch.", ["second lieutenant"]),
    ("She was commissioned as an ensign in the U.S. Navy in 1990.", ["ensign"]),
    # a list of postings that names places, not posts
    ("Following his return, his assignments included the Pentagon, Fort Knox, Kentucky, and the National Guard "
     "Bureau Joint Staff.", []),
])
def test_military_career_lines(sentence: str, titles: list[str]) -> None:
    from pipeline.roles.nomination_bios import bio_offices

    assert [title for _, _, title, _, _ in bio_offices(sentence)] == titles


@pytest.mark.parametrize(("title", "role"), [
    ("Second Lieutenant", "military_commander"),
    ("ensign", "military_commander"),
    ("Platoon Leader", "military_commander"),
    ("Second Secretary", "official_other"),
])
def test_junior_officer_grades(title: str, role: str) -> None:
    from pipeline.roles.titles import classify

    assert classify(title) == role


@pytest.mark.model
def test_hall_of_fame_is_no_office(roles_of) -> None:
    # a hall of fame is an honour, no body one serves on
    from roles_harness import NOMINATION_HEAD

    text = NOMINATION_HEAD + ("Peter Garland retired from the Army in 2017. He is a member of the Army Infantry "
                              "Officer Candidate School Hall of Fame.\n")
    roles, _ = roles_of(text, country="USA")
    assert not any(r.title.endswith("Hall of Fame") for r in roles)


@pytest.mark.parametrize(("words", "start", "end", "kept"), [
    # a school's or an academy's name is no person's
    ("attended the Officer Candidate School at Fort Benning", 3, 5, False),
    ("a graduate of the Naval War Academy", 4, 7, False),
    ("a letter from Ana Scholl", 3, 5, True),
])
def test_school_names_are_no_persons(words: str, start: int, end: int, kept: bool) -> None:
    import spacy
    from spacy.tokens import Doc

    from pipeline.entities.titlerests import title_rest

    doc = Doc(spacy.blank("en").vocab, words=words.split())
    assert (title_rest(doc[start:end]) is not None) is kept
