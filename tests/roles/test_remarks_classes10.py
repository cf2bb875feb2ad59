"""Error classes of roles found by the tenth round's stress test of White House remarks, press
briefings and fact sheets: a "President" of a college, a team or a candidate's pledge given the
United States; the President's surname joined to another person of that surname; a plural title
before coordinated names ("Senators A and B"); "my late friend Congressman X"; a county's
executive read as a company's; a former president's namesake addressed as "Secretary"; a prime
minister given the United States.

Every sentence is invented for these tests in the style of White House transcripts.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

from pipeline.roles.plural_titles import _plural
from pipeline.roles.us_presidents import surname_of

_REMARKS = "Remarks by President Biden at a Community Event\n\nTHE PRESIDENT:  Thank you.  {}\n\nTHE PRESIDENT:  Thanks again."


def _hits(roles, person: str) -> list[tuple]:
    return [(r.title, r.role, r.country, r.status) for r in roles if r.person_name and r.person_name.endswith(person)]


@pytest.mark.parametrize(("word", "plural"), [
    ("senator", "senators"), ("congresswoman", "congresswomen"), ("secretary", "secretaries"),
    ("attaché", "attachés"), ("sen.", None), ("governor", "governors"), ("ambassador", "ambassadors"),
])
def test_plural(word, plural) -> None:
    assert _plural(word) == plural


@pytest.mark.parametrize(("name", "surname"), [
    ("Joseph R. Biden Jr.", "biden"), ("Biden’s", "biden"), ("Martin Van Buren", "buren"), ("Obama", "obama"),
])
def test_surname_of(name, surname) -> None:
    assert surname_of(name) == surname


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "person"), [
    ("Thank you, President Hollis, and the trustees and graduates of Westbrook College.", "Hollis"),
    ("And our thanks to the club's president, Dana Whitfield, and her players.", "Whitfield"),
    ("Mr. President, Dana's question was about the budget.", "Dana"),
])
def test_no_us_president_unknown_to_the_table(roles_of, sentence, person) -> None:
    roles, _ = roles_of(_REMARKS.format(sentence), published="2023-06-01")
    assert not [h for h in _hits(roles, person) if h[1] == "head_of_state" and h[2] == "USA"]


@pytest.mark.model
def test_candidate_pledge_as_president_is_no_office(roles_of) -> None:
    text = ("Remarks by Vice President Harris at a Campaign Event\n\nTHE VICE PRESIDENT:  Hello!  "
            "As president, I will cut the cost of housing for every family.\n\nTHE VICE PRESIDENT:  Thank you.")
    roles, _ = roles_of(text, published="2024-10-20")
    assert not [h for h in _hits(roles, "Harris") if h[1] == "head_of_state"]
    assert ("Vice President", "official_other", "USA", "current") in _hits(roles, "Harris")


@pytest.mark.model
def test_the_presidents_surname_is_the_president(roles_of) -> None:
    text = ("Remarks by First Lady Jill Biden at a School Event\n\nTHE FIRST LADY:  Thank you.  "
            "Jill Biden is a teacher.  My husband, President Biden, is your partner in this work.\n\n"
            "THE FIRST LADY:  Thank you all.")
    roles, _ = roles_of(text, published="2023-06-01")
    heads = [r for r in roles if r.role == "head_of_state"]
    # the surname after the office is its own person now (entities), named as written; never the First Lady
    assert heads and all(r.person_name in ("Joe Biden", "Biden") for r in heads)


@pytest.mark.model
def test_a_past_president_keeps_his_name(roles_of) -> None:
    roles, _ = roles_of(_REMARKS.format("As President Lincoln said, a house divided cannot stand."),
                        published="2023-06-01")
    assert ("President", "head_of_state", "USA", "former") in _hits(roles, "Lincoln")


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "people", "title"), [
    ("I want to thank Senators Alvarez and Whitcombe for getting this done.", ["Alvarez", "Whitcombe"], "Senator"),
    ("Governors Reyes, Hall and Okafor are here with us.", ["Reyes", "Hall", "Okafor"], "Governor"),
])
def test_plural_title_before_names(roles_of, sentence, people, title) -> None:
    roles, _ = roles_of(_REMARKS.format(sentence), published="2023-06-01")
    for person in people:
        assert [h for h in _hits(roles, person) if h[0] == title], person


@pytest.mark.model
def test_lower_case_plural_is_no_title(roles_of) -> None:
    roles, _ = roles_of(_REMARKS.format("The senators Alvarez and Whitcombe voted no."), published="2023-06-01")
    assert not _hits(roles, "Whitcombe")


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "person", "status"), [
    ("My late friend Congressman Eli Brandt fought for this bill for years.", "Brandt", "former"),
    ("Our friend Congressman Eli Brandt fights for this bill every year.", "Brandt", "current"),
])
def test_late_friend(roles_of, sentence, person, status) -> None:
    roles, _ = roles_of(_REMARKS.format(sentence), published="2023-06-01")
    assert [h[3] for h in _hits(roles, person)] == [status]


@pytest.mark.model
def test_county_executive(roles_of) -> None:
    roles, _ = roles_of(_REMARKS.format("Thank you, County Executive Ron Bellweather, and Mayor Tina Orcutt."),
                        published="2023-06-01")
    assert [h[:2] for h in _hits(roles, "Bellweather")] == [("County Executive", "official_other")]


@pytest.mark.model
def test_secretary_is_no_head_of_state(roles_of) -> None:
    roles, _ = roles_of(_REMARKS.format("Secretary Clinton, it is an honor to welcome you back."),
                        published="2023-06-01")
    assert _hits(roles, "Clinton") == [("Secretary", "foreign_minister", "USA", "former")]


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "person", "expected"), [
    ("Secretary Blinken will travel to Rome next week.", "Blinken", ("Secretary", "foreign_minister", "USA", "current")),
    ("Secretary Quintrell will travel to Rome next week.", "Quintrell", ("Secretary", "official_other", "USA", "current")),
])
def test_bare_secretary(roles_of, sentence, person, expected) -> None:
    roles, _ = roles_of(_REMARKS.format(sentence), published="2023-06-01")
    assert _hits(roles, person) == [expected]


@pytest.mark.model
def test_prime_minister_gets_no_us_country(roles_of) -> None:
    roles, _ = roles_of(_REMARKS.format("Those are the words President Kennedy wrote to Prime Minister Halvorsen."),
                        published="2023-06-01")
    assert [h[2] for h in _hits(roles, "Halvorsen")] == [None]


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "person", "title"), [
    ("Under President Lowell’s leadership, the program grew.", "Lowell", "President"),
    ("Under Prime Minister Kaur, taxes rose.", "Kaur", "Prime Minister"),
    ("Under Secretary Ann Lowe spoke next.", "Lowe", "Under Secretary"),
])
def test_under_at_sentence_start(roles_of, sentence, person, title) -> None:
    roles, _ = roles_of("Fact Sheet\n\n" + sentence, published="2023-06-01")
    assert [h[0] for h in _hits(roles, person)] == [title]


@pytest.mark.model
def test_initialism_and_spelled_out_title_are_one_office(roles_of) -> None:
    text = ("Press Gaggle by NSC Senior Director for Europe Jane Holt\n\nGood morning.  Our speaker today is "
            "the National Security Council Senior Director for Europe, Jane Holt.")
    roles, _ = roles_of(text, published="2023-06-01")
    assert len(_hits(roles, "Holt")) == 1


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "person", "expected"), [
    ("Q    Mr. President, Dana's question was about the budget.", "Dana", []),
    ("Q    Madam Secretary, Tom Reilly asked about tariffs.", "Reilly", []),
    ("We welcome the Secretary of Energy, Ann Lowe, to the event.", "Lowe", ["Secretary of Energy"]),
])
def test_address_form_takes_no_name_after_comma(roles_of, sentence, person, expected) -> None:
    roles, _ = roles_of(_REMARKS.format(sentence), published="2023-06-01")
    assert [h[0] for h in _hits(roles, person)] == expected
