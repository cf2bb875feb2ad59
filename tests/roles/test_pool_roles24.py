"""Error classes of the twenty-fourth round, read on a blind roles annotation of White House pool
documents (biographies, nomination remarks): the vice chair of a legislative chamber's committee;
a seat and a post held in the chamber as two offices; posts in the associations of state and local
officials; and a nominator's "my nominee to be the next TITLE, NAME".

Every sentence is invented for these tests in the style of White House releases.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "title"), [
    ("Tom Brandt, a Congressman from Ohio, serves as the Vice Chairman of the House Ways and Means Committee.",
     "Tom Brandt", "Vice Chairman of the House Ways and Means Committee"),
    ("Lena Vasko, a state senator, served as vice-chair of the Senate’s Appropriations Committee.",
     "Lena Vasko", "vice-chair of the Senate’s Appropriations Committee"),
])
def test_vice_chair_of_a_chamber_committee_is_a_legislator(roles_of, text: str, person: str, title: str) -> None:
    roles, _ = roles_of("President Announces Key Nominees\n\n" + text + "\n", country="USA")
    got = {(r.person_name, r.title): r.role for r in roles}
    assert got.get((person, title)) == "legislator"


@pytest.mark.model
def test_vice_chair_of_an_agency_stays_an_official(roles_of) -> None:
    text = "Mara Quellen, Vice Chair of the Federal Trade Commission, met the President today."
    roles, _ = roles_of("Readout of a Meeting\n\n" + text + "\n", country="USA")
    got = {(r.person_name, r.title): r.role for r in roles}
    assert got.get(("Mara Quellen", "Vice Chair of the Federal Trade Commission")) == "official_other"


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "titles"), [
    ("Helen Garvey currently serves as a Representative and as Majority Leader in the Ohio House.", "Helen Garvey",
     {"Representative", "Majority Leader"}),
    ("Senator Jane Roe, Chair of the Senate Foreign Relations Committee, spoke. Senator Roe thanked the President.",
     "Jane Roe", {"Senator", "Chair of the Senate Foreign Relations Committee"}),
    # a plain committee membership is part of the seat
    ("The President met Senator Tom Roe, a member of the Senate Finance Committee, and Senator Ada Pryce.",
     "Tom Roe", {"Senator"}),
])
def test_seat_and_chamber_post_are_two_offices(roles_of, text: str, person: str, titles: set) -> None:
    roles, _ = roles_of("Readout of a Meeting\n\n" + text + "\n", country="USA")
    assert {r.title for r in roles if r.person_name == person} == titles


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "wrong"), [
    ("Ivo Brandt, a former Governor of Delaware, also served as Chair of the Western Governors Board, President "
     "of the Council of State Governments, and Treasurer of Delaware.", "Ivo Brandt", "Council of State Governments"),
    ("Nina Lyle is a former State Representative and a former member of the National Conference of State "
     "Legislatures.", "Nina Lyle", "Conference of State Legislatures"),
    ("Ada Pryce, a former State Representative, served as President of the National League of Cities.",
     "Ada Pryce", "League of Cities"),
    ("Ivo Brandt, a former Governor of Delaware, has served as Chair of the National Governors Association.",
     "Ivo Brandt", "National"),
    ("Mayor Ada Pryce of Dayton is the President of the United States Conference of Mayors.", "Ada Pryce",
     "Conference of Mayors"),
])
def test_associations_of_officials_hold_no_public_office(roles_of, text: str, person: str, wrong: str) -> None:
    roles, _ = roles_of("President Announces Key Appointments\n\n" + text + "\n", country="USA")
    mine = [r for r in roles if r.person_name == person]
    assert mine, "the person's public office is still read"
    assert not any(wrong in r.title for r in mine)


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "title"), [
    ("THE PRESIDENT: Today I have the honor of introducing my nominee to be the next Chief of Naval Operations, "
     "Admiral Tomas Wells.", "Tomas Wells", "Chief of Naval Operations"),
    ("THE PRESIDENT: Let me introduce my nominee for Secretary of Labor, Maria Kett.", "Maria Kett",
     "Secretary of Labor"),
    ("The President’s nominee for Secretary of Labor, Maria Kett, met with Senators on Tuesday.", "Maria Kett",
     "Secretary of Labor"),
])
def test_nominators_nominee_before_title_and_name(roles_of, text: str, person: str, title: str) -> None:
    roles, _ = roles_of("Remarks by President Biden Announcing a Nominee\n\n" + text + "\n", country="USA")
    assert (person, title, "nominee") in {(r.person_name, r.title, r.status) for r in roles}


@pytest.mark.model
def test_a_partys_nominee_is_no_nomination_by_the_next_rule(roles_of) -> None:
    # "the next" office of a campaign is foreseen, not nominated to: no role
    text = "Vote on Tuesday. Our party's candidate will be the next Governor, Maria Kett, of Ohio."
    roles, _ = roles_of("Statement from the Campaign\n\n" + text + "\n", country="USA")
    assert not any(r.person_name == "Maria Kett" and r.status == "nominee" for r in roles)
