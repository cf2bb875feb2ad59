"""Round 33: military biographies: the rank a career reached ("rising from the rank of private to colonel"),
a command named as a posting ("His first assignment was platoon leader in X"), and a post abroad written by
the move to it ("returned to X as the Deputy Inspector General").

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from roles_harness import roles_of  # noqa: F401  (fixture)

from pipeline.roles.nomination_bios import bio_offices


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Jane Roe, rising from the rank of private to colonel, served 28 years in the U.S. Army.",
     [("colonel", "former")]),
    ("He retired from the Navy in 2019 with the rank of Rear Admiral.", [("Rear Admiral", "former")]),
    ("She was promoted to the rank of Major General in 2015.", [("Major General", "former")]),
    ("His first assignment was platoon leader in Vilseck, Germany.", [("platoon leader", "former")]),
    ("In 2012, she returned to Iraq as the Deputy Inspector General.", [("Deputy Inspector General", "former")]),
    ("He was promoted to the rank of General last week.", [("General", "former")]),
    # no military grade, a police department's rank, no office after the move: nothing (review, round 33)
    ("He reached the rank of Eagle Scout in 1990.", []),
    ("She was promoted to the rank of Sergeant in the Dayton Police Department in 2005.", []),
    ("His first assignment was difficult.", []),
    ("In 2012, she returned to Ohio as a private citizen.", []),
])
def test_military_career_posts(sentence: str, expected: list) -> None:
    assert [(t, st) for _, _, t, st, _ in bio_offices(sentence)] == expected


@pytest.mark.model
def test_formal_service_style(roles_of) -> None:
    """"Colonel X, United States Army, Retired": the service's country, and a retired rank is former."""
    roles, _ = roles_of("Medal of Honor Ceremony\n\nThe President will award the Medal of Honor to Colonel Jane "
                        "Roeburn, United States Army, Retired, for gallantry during the Korean War.")
    assert [(r.person_name, r.title, r.country, r.status) for r in roles if r.role == "military_commander"] == [
        ("Jane Roeburn", "Colonel", "USA", "former")]


@pytest.mark.model
def test_commanded_to_is_an_order(roles_of) -> None:
    """"commanded the Rangers to leave him behind" orders; it holds no command of the Rangers."""
    roles, _ = roles_of("Medal of Honor Ceremony\n\nKnowing his men were in danger, Lieutenant Tom Alderwick "
                        "commanded the Rangers to leave him behind and evacuate the area.")
    assert not any(r.title.startswith("commander of") for r in roles), [(r.person_name, r.title) for r in roles]


@pytest.mark.model
def test_two_grades_of_one_career(roles_of) -> None:
    """A promotion's two grades are two roles ("Colonel ... Then-First Lieutenant"), the earlier one former,
    and the retired style keeps the later one former across its bare mentions."""
    roles, _ = roles_of(
        "Medal of Honor Ceremony\n\nOn May 21, the President will award the Medal of Honor to Colonel Jane Roeburn, "
        "United States Army, Retired, for gallantry during the Korean War.\n\nThen-First Lieutenant Jane Roeburn "
        "distinguished herself by acts of gallantry while serving with her company. To obtain supporting fire, First "
        "Lieutenant Roeburn mounted the closest tank. First Lieutenant Roeburn then led the attack.\n\nColonel "
        "Roeburn was inducted into the Ranger Hall of Fame. Colonel Roeburn lives in Georgia.")
    got = sorted((r.title, r.country, r.status) for r in roles if r.role == "military_commander")
    assert got == [("Colonel", "USA", "former"), ("First Lieutenant", "USA", "former")], got


@pytest.mark.model
def test_retired_style_keeps_the_offices(roles_of) -> None:
    """"General X, U.S. Army, Retired, served as Chairman of ..." keeps the offices; the rank is their form
    of address. "He commanded a team ..., deploying to X" holds a command (no order: no infinitive)."""
    roles, _ = roles_of(
        "Appointments\n\nJane Roeburn, to be Member of the National Infrastructure Advisory Council\n\nGeneral Jane "
        "Roeburn, U.S. Army, Retired, served as the 20th Chairman of the Joint Chiefs of Staff from 2019 to 2023. "
        "Prior to becoming Chairman, Roeburn served as the 39th Chief of Staff of the U.S. Army. She commanded a "
        "Special Forces team focused on operations in Africa, deploying to Niger.")
    titles = {r.title for r in roles if r.role == "military_commander"}
    assert {"Chairman of the Joint Chiefs of Staff", "Chief of Staff of the Army"} <= titles, titles
    assert any(t.startswith("commander of") for t in titles), titles


@pytest.mark.model
@pytest.mark.parametrize("styled", ["Admiral", "Adm."])
def test_abbreviated_rank_and_ret(roles_of, styled) -> None:
    """"Adm." and "Admiral" are one grade; "(Ret.)" on any mention makes that rank former."""
    roles, _ = roles_of(
        f"Appointments\n\nAdmiral Jane Roeburn, Member\n\n{styled} Jane Roeburn (Ret.) served 35 years in the United "
        "States Navy. Adm. Roeburn led sailors and marines many times in her career.")
    got = [(r.title, r.status) for r in roles if r.role == "military_commander"]
    assert len(got) == 1 and got[0][1] == "former", got


@pytest.mark.parametrize(("a", "b", "same"), [
    ("adm.", "admiral", True), ("sgt.", "sergeant", True), ("cmdr.", "commander", True), ("lt.", "lieutenant", True),
    ("colonel", "lieutenant", False), ("gen.", "colonel", False), ("col.", "corporal", False),
    ("cmdr.", "commodore", False),
])
def test_abbreviated_rank_words(a: str, b: str, same: bool) -> None:
    from pipeline.roles.ranks import same_rank_word

    assert same_rank_word(a, b) is same


@pytest.mark.model
def test_state_guard_is_no_nation(roles_of) -> None:
    """"Sergeant X, Georgia National Guard": a state's Guard gives no country (Georgia is no nation here)."""
    roles, _ = roles_of("Statement\n\nSergeant Jane Roeburn, Georgia National Guard, was honored at the ceremony.")
    assert [r.country for r in roles if r.role == "military_commander"] in ([None], ["USA"])
