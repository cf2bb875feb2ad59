"""Recall classes of the twenty-eighth round: a title the model tagged as one organisation with
the country after it ("the Governor General of Canada, X"), "a special representative for X" in
lower case, a bare "counterpart" of a short title the resolver completes ("Secretary Austin ...
his counterpart"), and an office named after a noun of taking office ("on her election as
President of X").

Every sentence is invented for these tests in the style of White House releases.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

from pipeline.roles.office_entities import LOWER_CASE_OFFICE_PAIRS
from pipeline.roles.office_taking_nouns import TAKING_OFFICE_NOUNS


@pytest.mark.parametrize(("words", "listed"), [
    ("special representative", True),
    ("majority leader", True),
    ("minority whip", True),
    ("sales representative", False),
    ("team leader", False),
])
def test_lower_case_office_pairs(words: str, listed: bool) -> None:
    assert (words in LOWER_CASE_OFFICE_PAIRS) is listed


@pytest.mark.parametrize(("noun", "listed"), [
    ("election", True), ("re-election", True), ("appointment", True), ("inauguration", True),
    ("confirmation", True), ("visit", False), ("leadership", False), ("remarks", False),
])
def test_taking_office_nouns(noun: str, listed: bool) -> None:
    assert (noun in TAKING_OFFICE_NOUNS) is listed


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "expected"), [
    ("The Vice President met with the Governor General of Canada, Anne Tremblay, in Ottawa.\n", "Anne Tremblay",
     ("official_other", "CAN")),
    ("The Secretary met the Governor-General of New Zealand, Mere Parata, in Wellington.\n", "Mere Parata",
     ("official_other", "NZL")),
    # a title the model leaves untagged keeps reading as before
    ("The Secretary met with the Foreign Minister of Japan, Kenji Sato, in Tokyo.\n", "Kenji Sato",
     ("foreign_minister", "JPN")),
])
def test_title_of_a_country_tagged_as_one_body(roles_of, text: str, person: str, expected: tuple) -> None:
    roles, _ = roles_of("Readout of the Meeting\n\n" + text, country="USA")
    assert expected in {(r.role, r.country) for r in roles if r.person_name == person}


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "title"), [
    ("He will be joined by a special representative for Sudan's recovery, Karen Holt.\n", "Karen Holt",
     "special representative for Sudan's recovery"),
    ("Our special representative for Afghan women, Dana Ruiz, will travel to Doha.\n", "Dana Ruiz",
     "special representative for Afghan women"),
    # an ordinary representative of a firm is no office
    ("A sales representative, Tom Hale, answered the phone.\n", "Tom Hale", None),
])
def test_lower_case_special_representative(roles_of, text: str, person: str, title: str | None) -> None:
    roles, _ = roles_of("Press Briefing\n\n" + text, country="USA")
    got = {r.title for r in roles if r.person_name == person}
    assert got == ({title} if title else set())


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "role"), [
    ("Secretary of Defense Lloyd Austin arrived in Tokyo. Secretary Austin spoke with his Japanese counterpart, "
     "Kenji Sato, about the alliance.\n", "Kenji Sato", "defence_minister"),
    ("Secretary of State Antony Blinken met his counterpart, Maria Ruiz, in Lima.\n", "Maria Ruiz",
     "foreign_minister"),
])
def test_counterpart_of_a_resolved_short_title(roles_of, text: str, person: str, role: str) -> None:
    roles, _ = roles_of("Readout\n\n" + text, country="USA")
    assert role in {r.role for r in roles if r.person_name == person}


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "expected"), [
    ("The President congratulated Jane Roe on her election as President of Mexico.\n", "Jane Roe",
     ("head_of_state", "MEX")),
    ("The President called Ana Ruiz to congratulate her on her election as President of Chile.\n", "Ana Ruiz",
     ("head_of_state", "CHL")),
    ("I congratulate Tomas Berg on his appointment as Prime Minister of Sweden.\n", "Tomas Berg",
     ("head_of_government", "SWE")),
    ("We congratulate Jane Roe on her confirmation as Secretary of Labor.\n", "Jane Roe", ("minister_other", "USA")),
    ("I congratulate my old friend Sheikh Hamad bin Khalid on his election as President of the United Arab Emirates.\n",
     "Hamad bin Khalid", ("head_of_state", "ARE")),
    ("Parliament voted for Michel Haddad. I congratulate him on his election as President of Lebanon.\n",
     "Michel Haddad", ("head_of_state", "LBN")),
    ("The President spoke with Prime Minister-designate Tom Burke to congratulate him on his election as "
     "Australia's prime minister.\n", "Tom Burke", ("head_of_government", "AUS")),
])
def test_office_after_a_noun_of_taking_office(roles_of, text: str, person: str, expected: tuple) -> None:
    roles, _ = roles_of("Statement\n\n" + text, country="USA")
    assert expected in {(r.role, r.country) for r in roles if r.person_name == person}


@pytest.mark.model
@pytest.mark.parametrize(("text", "person"), [
    # the subject congratulates; "him" is someone else
    ("Jane Roe called to congratulate him on his election as President of Chile.\n", "Jane Roe"),
    # a possessive pronoun whose antecedent is only in an earlier sentence: no holder
    ("Senator Jane Roe praised the plan. Congratulations to my friend @SenLee on his confirmation as Secretary "
     "of Energy!\n", "Jane Roe"),
])
def test_taking_office_holder_is_not_guessed(roles_of, text: str, person: str) -> None:
    roles, _ = roles_of("Statement\n\n" + text, country="USA")
    assert not [r for r in roles if r.person_name == person and r.title.startswith(("President", "Secretary"))]


@pytest.mark.model
def test_a_visit_as_is_no_office(roles_of) -> None:
    roles, _ = roles_of("Statement\n\nThe President welcomed Jane Roe on her visit as a guest of the nation.\n",
                        country="USA")
    assert not [r for r in roles if r.person_name == "Jane Roe"]
