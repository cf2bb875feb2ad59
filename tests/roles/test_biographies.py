"""Issue #11 "Why" examples and biographies with several public offices, each with its status
and years (sentences written for these tests in the style of wire copy and nomination notices)."""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

# (text, published, expected (person, role, country, status) set that must be among the roles,
#  persons that must have no role)
WHY = [
    ("Talks in Kyiv\n\nKYIV—Defence Minister Rustem Umerov said the talks were productive. The Kremlin did not "
     "comment.", "2024-03-01", {("Rustem Umerov", "defence_minister", "UKR", "current")}, ()),
    ("Talks in Seoul\n\nSEOUL—Defence Minister Kim Yong-hyun said talks with the White House went well.",
     "2024-10-01", {("Kim Yong-hyun", "defence_minister", "KOR", "current")}, ()),
    ("Polish Defence Minister Wladyslaw Kosiniak-Kamysz said the jets would arrive soon, according to the "
     "Pentagon.", "2024-03-01", {("Wladyslaw Kosiniak-Kamysz", "defence_minister", "POL", "current")}, ()),
    ("Taoiseach Leo Varadkar said Ireland would remain militarily neutral.", "2023-05-01",
     {("Leo Varadkar", "head_of_government", "IRL", "current")}, ()),
    ("Secretary of Defense Lloyd Austin and Chairman of the Joint Chiefs of Staff General Mark Milley briefed "
     "reporters at the Pentagon.", "2022-03-01",
     {("Lloyd Austin", "defence_minister", "USA", "current"), ("Mark Milley", "military_commander", "USA", "current")},
     ()),
    ("King Abdullah II of Jordan met President Biden at the White House.", "2024-03-01",
     {("Abdullah II", "head_of_state", "JOR", "current"), ("Biden", "head_of_state", "USA", "current")}, ()),
    ("Secretary of Homeland Security Alejandro Mayorkas visited the border on Monday.", "2024-03-01",
     {("Alejandro Mayorkas", "minister_other", "USA", "current")}, ()),
    ("Secretary Blinken will travel to Brussels next week.", "2024-03-01",
     {("Blinken", "foreign_minister", "USA", "current")}, ()),
    ("Former President Donald Trump criticised the decision.", "2023-03-01",
     {("Donald Trump", "head_of_state", "USA", "former")}, ()),
    ("President-elect Donald Trump named his cabinet.", "2024-11-20",
     {("Donald Trump", "head_of_state", "USA", "elect")}, ()),
    ("Acting Secretary of the Navy Thomas Harker issued the order.", "2021-06-01",
     {("Thomas Harker", "official_other", "USA", "acting")}, ()),
    ("LONDON (Reuters) - Shadow defence secretary John Healey accused the government of cutting the Army, "
     "Downing Street said.", "2024-03-01", {("John Healey", "legislator", "GBR", "current")}, ()),
    ("Roderick “Rico” Alvarez, a retired Army general, died on Sunday. Alvarez served as U.S. ambassador to "
     "Georgia from 2004 to 2007.", "2024-03-01", {("Roderick Alvarez", "ambassador", "USA", "former")},
     ("Rico",)),
    ("Knesset member Simcha Rothman criticised the court's ruling.", "2024-03-01",
     {("Simcha Rothman", "legislator", "ISR", "current")}, ()),
    ("Tracey Ann Jacobson, a member of the Senior Foreign Service, spoke at the embassy.", "2024-03-01", set(),
     ("Tracey Ann Jacobson",)),  # a member of a service holds no office of its own
    ("Boeing CEO Kelly Ortberg and Defense Secretary Lloyd Austin toured the plant.", "2024-03-01",
     {("Lloyd Austin", "defence_minister", "USA", "current")}, ("Kelly Ortberg",)),
]

NOMINATION = ("President Biden Announces Nominee for Ambassador to Chile\n\n"
              "WASHINGTON – Today, President Biden announced his intent to nominate Maria Lopez to serve as "
              "Ambassador to Chile.\n\n"
              "Maria Lopez currently serves as the U.S. Ambassador to Paraguay. She previously served as Deputy "
              "Assistant Secretary of State for South America and as Director for Andean Affairs at the National "
              "Security Council. She was the Deputy Chief of Mission at the U.S. Embassy in Lima from 2015 to 2018. "
              "Before joining the Foreign Service, she was a professor at Georgetown University.")
OBITUARY = ("Sir Peter Hale, former defence secretary, dies at 84\n\n"
            "LONDON (Reuters) - Sir Peter Hale, who served as Britain's defence secretary from 1992 to 1995, has "
            "died, his family said on Friday. He later served as high commissioner to Canada from 1997 to 2001. "
            "He was chairman of a bank after leaving politics.")
TWO_OFFICES = ("Jacob Lew served as Director of the Office of Management and Budget from 1998 to 2001 and as "
               "Secretary of the Treasury from 2013 to 2017.")

# (text, person, expected roles as (role, country, status, since, until), exact: no other roles of the person)
BIOGRAPHIES = [
    (NOMINATION, "Maria Lopez", {
        ("ambassador", "USA", "nominee", None, None),
        ("ambassador", "USA", "current", None, None),
        ("official_other", "USA", "former", None, None),  # Deputy Assistant Secretary, Director
        ("official_other", "USA", "former", "2015", "2018"),  # Deputy Chief of Mission
    }),
    (OBITUARY, "Peter Hale", {
        ("defence_minister", "GBR", "former", "1992", "1995"),
        ("ambassador", "GBR", "former", "1997", "2001"),
    }),
    (TWO_OFFICES, "Jacob Lew", {  # the OMB Director is a US Cabinet-level office (offices.json): USA, minister
        ("minister_other", "USA", "former", "1998", "2001"),
        ("minister_other", "USA", "former", "2013", "2017"),
    }),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "published", "expected", "no_role"), WHY, ids=[w[0][:40] for w in WHY])
def test_issue_examples(roles_of, text, published, expected, no_role) -> None:
    roles, _ = roles_of(text, published=published)
    got = {(r.person_name, r.role, r.country, r.status) for r in roles}
    assert expected <= got, roles
    assert not any(r.person_name in no_role for r in roles), roles
    for r in roles:
        assert text[r.evidence.start:r.evidence.end] == r.evidence.text


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "expected"), BIOGRAPHIES, ids=["nomination", "obituary", "two-offices"])
def test_biography_offices(roles_of, text, person, expected) -> None:
    roles, _ = roles_of(text, published="2024-03-01")
    got = {(r.role, r.country, r.status, r.since, r.until) for r in roles if r.person_name == person}
    assert got == expected, roles


@pytest.mark.model
def test_biography_offices_are_separate_roles(roles_of) -> None:
    roles, _ = roles_of(NOMINATION, published="2024-03-01")
    titles = sorted(r.title for r in roles if r.person_name == "Maria Lopez")
    assert len(titles) == 5 and not any("professor" in t.lower() for t in titles), titles
