"""Round 42: a staff post named with the official it serves keeps its holder when the official's
title has modifiers, body words or an "of" phrase ("Chief of Staff to Vice President X", "Counsel
to Senate Majority Leader X", "Senior Advisor to Secretary of State X": ``linking._inner_title``);
a title that opens with a sub-national region is that region's office ("Colorado Attorney
General": an official; "Colorado U.S. Senator": a legislator; ``state_offices.title_region``); a
biography's gerund of service without a subject ("experience, including serving as X", "her career
includes serving as X", "after an earlier period serving as X") is the subject's past post
(``clauses._gerund_subject``), unless the frame names a private body; a biography's "stints/tours as
X" and "positions at a public body, such as X" are past posts (``nomination_bios``); "represented
<a place> in <a chamber>" is a legislature's seat as "served in <a chamber>" is (``served_seats``).

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

from pipeline.roles.nomination_bios import bio_offices
from pipeline.roles.reader import Candidate
from pipeline.roles.state_offices import state_offices, title_region


@pytest.mark.parametrize(("title", "expected"), [
    ("Colorado Attorney General", ("USA", "Attorney General")),
    ("Colorado U.S. Senator", ("USA", "U.S. Senator")),
    ("Virginia State Senator", ("USA", "State Senator")),
    ("New South Wales Premier", ("AUS", "Premier")),
    # a country's name is no region; a large capital stands for its nation's government
    ("Georgia Defence Minister", None),
    ("Washington Secretary of State", None),
    ("Paris Mayor", None),
    ("Senator", None),
])
def test_title_region(title: str, expected: tuple | None) -> None:
    assert title_region(title) == expected


@pytest.mark.parametrize(("title", "role", "expected"), [
    ("Colorado U.S. Senator", "official_other", "legislator"),
    ("Virginia State Senator", "official_other", "legislator"),
    ("Colorado Attorney General", "minister_other", "official_other"),
    ("Maryland Secretary of Housing", "minister_other", "official_other"),
    # a region's executive office stays an official's; a national title without a region keeps its category
    ("Colorado Deputy Director", "official_other", "official_other"),
    ("Attorney General", "minister_other", "minister_other"),
])
def test_region_written_in_the_title(title: str, role: str, expected: str) -> None:
    body = f"Jane Roe has served as {title}."
    c = Candidate(start=0, end=len(body) - 1, person=None, name="Jane Roe", title=title, role=role, country="USA",
                  organization=None, status="former", title_start=body.index(title))
    state_offices(body, [c])
    assert c.role == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "holder", "post", "principal"), [
    ("Tina Marsh served as Chief of Staff to Vice President Ana Novak.",
     "Tina Marsh", "Chief of Staff", ("Ana Novak", "Vice President")),
    ("From 1989 to 2001, John Pell served as Senior Advisor to Secretary of State Carla Reyes.",
     "John Pell", "Senior Advisor", ("Carla Reyes", "Secretary of State")),
    ("Dan Ortiz previously served as Counsel to Senate Majority Leader Paul Grant.",
     "Dan Ortiz", "Counsel", ("Paul Grant", "Senate Majority Leader")),
    ("Mia Lund was Senior Advisor to Secretary of the Treasury Hugo Bell.",
     "Mia Lund", "Senior Advisor", ("Hugo Bell", "Secretary of the Treasury")),
    # the principal's plain title worked before the round and still does, also after a state's
    # name with "of" (review of the round)
    ("Tina Marsh served as Chief of Staff to President Ana Novak.",
     "Tina Marsh", "Chief of Staff", ("Ana Novak", "President")),
    ("Jane Roe served as Ambassador to Federal Republic of Germany Chancellor Olaf Scholz.",
     "Jane Roe", "Ambassador", ("Olaf Scholz", "Chancellor")),
])
def test_staff_post_to_a_titled_principal(roles_of, text: str, holder: str, post: str,  # noqa: F811
                                          principal: tuple) -> None:
    roles, _ = roles_of("Announcement\n\n" + text, published="2024-01-01", country="USA")
    got = {(r.person_name, r.title) for r in roles}
    assert (holder, post) in got, roles
    assert principal in got, roles


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Jane Roe has over three decades of trial experience, including serving as an Assistant United States "
     "Attorney in the Southern District of New York.", ("Jane Roe", "official_other", "former")),
    ("Jane Roe's government career includes serving as Deputy Assistant Attorney General for the Department of "
     "Justice.", ("Jane Roe", "official_other", "former")),
    ("Jane Roe is a lawyer. Her government career includes serving as Deputy Assistant Attorney General for the "
     "Department of Justice.", ("Jane Roe", "official_other", "former")),
    ("Jane Roe was an associate at Farhang from 2012 to 2013 after an earlier period serving as an Assistant U.S. "
     "Attorney in the District of Arizona.", ("Jane Roe", "official_other", "former")),
    # a private body's posts, named before "including", stay out
    ("Jane Roe has held several positions at Purdue University, including serving as Chair of the Department of "
     "Mechanical Engineering.", None),
    ("From 1989 to 2003, Jane Roe held numerous positions in the school, including serving as Chair of the "
     "Department of Mechanical Engineering.", None),
    ("Jane Roe has also served on the Boise Art Museum, including serving as Chair of the Board.", None),
    # "represented <a place> in <a chamber>" (``served_seats``)
    ("Jane Roe represented Ohio's 5th District in the House of Representatives from 1990 to 2000.",
     ("Jane Roe", "legislator", "former")),
    ("Jane Roe represents the 12th District in the Ohio House.", ("Jane Roe", "legislator", "current")),
    # a client, a firm or a state as a whole is represented in no chamber
    ("Jane Roe represented the company in the Senate hearings.", None),
    ("Jane Roe represented the United States in the UN General Assembly from 2014 to 2016.", None),
])
def test_biography_clauses(roles_of, text: str, expected: tuple | None) -> None:  # noqa: F811
    roles, _ = roles_of("Announcement\n\n" + text, published="2024-01-01", country="USA")
    got = {(r.person_name, r.role, r.status) for r in roles if r.person_name == "Jane Roe"}
    assert (expected in got) if expected else not got, roles


@pytest.mark.parametrize(("sentence", "titles"), [
    ("She held senior positions at the Department of State, such as Deputy Assistant Secretary for African Affairs.",
     ["Deputy Assistant Secretary for African Affairs"]),
    ("She also had stints as Deputy Assistant Secretary of State for African Affairs.",
     ["Deputy Assistant Secretary of State for African Affairs"]),
    ("Her career has included tours as Deputy Chief of Mission at the U.S. Embassy in Lima.",
     ["Deputy Chief of Mission at the U.S. Embassy in Lima"]),
    # a firm's positions; a list of postings names places, not posts
    ("She held positions at Acme Corporation, such as Vice President for Sales.", []),
    ("Her overseas postings include Islamabad, Pakistan, Lagos, Nigeria, and Mexico City, Mexico.", []),
])
def test_spells_and_such_as_in_a_biography(sentence: str, titles: list[str]) -> None:
    assert [t for _, _, t, _, _ in bio_offices(sentence)] == titles
