"""Error classes of roles found by the eighth round's stress test of biographies, nominations and
delegations: the Chargé d'Affaires (a head of mission) missed, a Foreign Service class read as a
minister, the "General" of "Consulate General" read as a rank, university and association posts
read as public offices, a cabinet secretary written with "the United States Department of".

Every sentence is invented for these tests in the style of White House nomination notices,
delegation lists and wire biographies.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

from pipeline.roles.nomination_bios import private_body_post
from pipeline.roles.titles import classify, is_service_rank


def _hits(roles, person: str) -> list[tuple]:
    return [(r.title, r.role, r.status) for r in roles if r.person_name and r.person_name.endswith(person)]


@pytest.mark.parametrize(("title", "role"), [
    ("Chargé d’Affaires a.i.", "ambassador"),
    ("Charge d'Affaires ad interim", "ambassador"),
    ("Charge d’ Affaires a.i", "ambassador"),
    ("Minister-Counselor for Economic Affairs", "official_other"),
    ("Minister Counselor", "official_other"),
    ("Secretary of the Department of Labor", "minister_other"),
    ("Secretary of the Department of Housing and Urban Development", "minister_other"),
    ("Deputy Secretary of the Department of Labor", "official_other"),
    ("Minister of Labour", "minister_other"),
    ("Member of Parliament", "legislator"),
])
def test_classify_diplomatic_and_department_titles(title, role) -> None:
    assert classify(title) == role


@pytest.mark.parametrize(("body", "title", "expected"), [
    ("a career member of the Senior Foreign Service, class of Minister-Counselor, is", "Minister-Counselor", True),
    ("a career diplomat with the rank of Career Minister, serves", "Career Minister", True),
    ("with the rank and status of Career Ambassador", "Career Ambassador", True),
    ("with the rank of Career Minister, currently serves", "Minister", True),
    ("she was the Minister-Counselor for Economic Affairs", "Minister-Counselor for Economic Affairs", False),
    ("with the rank of Ambassador at Large", "Ambassador at Large", False),
])
def test_service_rank(body, title, expected) -> None:
    assert is_service_rank(body, body.index(title), title) is expected


@pytest.mark.parametrize(("title", "expected"), [
    ("President of Wexford State University", True),
    ("President of the Ohio Society of Certified Public Accountants", True),
    ("Vice President of the Midwest Grocers Association", True),
    ("Chair of the Board of the Larkin Family Foundation", False),  # the body written first is a board
    ("President of the National Defense University", False),
    ("Superintendent of the U.S. Naval Academy", False),
    ("Member of the Board of Trustees of the Morris K. Udall Scholarship Foundation", False),
    ("Dean of the School of Language Studies", False),
    ("President of the Russian Federation", False),
    ("Director of the National Cancer Institute", False),
])
def test_private_body_post(title, expected) -> None:
    assert private_body_post(title) is expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "expected"), [
    ("Nominee biography\n\nLaura Whitcomb, a career member of the Senior Foreign Service with the rank of "
     "Minister-Counselor, is the Deputy Chief of Mission at the U.S. Embassy in Lima, Peru. She previously served "
     "as Chargé d’Affaires a.i. at the U.S. Embassy in Quito, Ecuador.",
     "Laura Whitcomb", {("Deputy Chief of Mission", "official_other", "current"),
                        ("Chargé d’Affaires a.i.", "ambassador", "former")}),
    ("Delegation\n\nMr. Oscar Pell, Chargé d'Affaires, a.i., U.S. Embassy Nairobi",
     "Oscar Pell", {("Chargé d'Affaires", "ambassador", "current")}),
    ("Nominee\n\nRobert Hale, a career diplomat, most recently served as Charge d’Affaires ad interim at the U.S. "
     "Embassy in Tbilisi. He also served as Consul General at the U.S. Consulate General in Mumbai.",
     "Robert Hale", {("Charge d’Affaires", "ambassador", "former"), ("Consul General", "official_other", "former")}),
    ("Profile\n\nDana Ortiz currently serves as President of the Ohio Society of Certified Public Accountants. She "
     "previously served as President of Wexford State University.", "Dana Ortiz", set()),
    ("Delegation\n\nThe Honorable Ruth Cole, Secretary of the United States Department of Labor, will lead the "
     "delegation.", "Ruth Cole", {("Secretary of the Department of Labor", "minister_other", "current")}),
])
def test_biography_offices(roles_of, text, person, expected) -> None:
    roles, _ = roles_of(text)
    assert set(_hits(roles, person)) == expected, roles


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "title"), [
    ("Health advisory\n\nSurgeon General Vivek Murthy issued an advisory on Tuesday.", "Vivek Murthy",
     "Surgeon General"),
    ("Hearing\n\nAttorney General Maria Lenz testified on Monday.", "Maria Lenz", "Attorney General"),
    ("Hearing\n\nJane Roe, General Counsel of the Department of Energy, testified.", "Jane Roe",
     "General Counsel of the Department of Energy"),
])
def test_general_after_or_before_a_noun_is_no_rank(roles_of, text, person, title) -> None:
    roles, _ = roles_of(text)
    got = _hits(roles, person)
    assert [t for t, _, _ in got] == [title], roles
    assert all(role != "military_commander" for _, role, _ in got), roles


@pytest.mark.parametrize(("line", "name", "title"), [
    ("Congresswoman Maria Olsen, Nominee for Representative of the United States to the Council", "Maria Olsen",
     "Representative to the Council"),
    ("The Honorable Peter Brandt, Nominee for Member of the Harbor Safety Board", "Peter Brandt",
     "Member of the Harbor Safety Board"),
    ("Senator Ann Vogel, Nominee to be Ambassador to the Republic of Chile", "Ann Vogel",
     "Ambassador to the Republic of Chile"),
])
def test_nominee_heading_with_a_title_before_the_name(line, name, title) -> None:
    from pipeline.roles.nominations import find_nominations

    noms, _ = find_nominations(f"Nominations\n\n{line}\n")
    assert [(n.name, n.title) for n in noms] == [(name, title)]


@pytest.mark.model
def test_biography_under_a_titled_heading_is_its_nominee(roles_of) -> None:
    # the first nominee's heading and biography name her with her office: her offices are hers,
    # not the next nominee's, and her current seat stays a role of its own
    text = ("President Names Nominees\n\nWASHINGTON – Today, the President announced his intent to nominate:\n\n"
            "-   Congresswoman Maria Olsen, Nominee for Representative to the Regional Council\n"
            "-   Peter Brandt, Nominee for Representative to the Regional Council\n\n"
            "Congresswoman Maria Olsen, Nominee for Representative to the Regional Council\n\n"
            "In 2004, Congresswoman Maria Olsen was elected to the Oregon State Senate, where she served until 2010. "
            "Congresswoman Olsen is a member of the House Budget Committee.\n\n"
            "Peter Brandt, Nominee for Representative to the Regional Council\n\n"
            "Peter Brandt is the founder of Brandt Partners.\n")
    roles, _ = roles_of(text)
    brandt = {r.title for r in roles if r.person_name == "Peter Brandt"}
    olsen = {(r.title, r.status) for r in roles if r.person_name == "Maria Olsen"}
    assert brandt == {"Representative to the Regional Council"}, roles
    assert {("Congresswoman", "current"), ("Representative to the Regional Council", "nominee"),
            ("Member of the Oregon State Senate", "former")} <= olsen, roles


@pytest.mark.parametrize(("line", "name", "title"), [
    ("1. Thomas E. Hale: U.S. Marshal Nominee for the Northern District of Alabama", "Thomas E. Hale",
     "Marshal for the Northern District of Alabama"),
    ("12. Roy W. Mintz, Jr: United States Attorney Nominee for the District of Idaho", "Roy W. Mintz, Jr",
     "Attorney for the District of Idaho"),
    ("Marcus T. Ruiz, Jr.: Nominee for the United States Court of Appeals for the Fifth Circuit", "Marcus T. Ruiz Jr.",
     "Court of Appeals for the Fifth Circuit"),
    ("3. Ann Whitley: Nominee for the United States District Court for the District of Utah", "Ann Whitley",
     "District Court for the District of Utah"),
])
def test_numbered_heading_with_a_colon(line, name, title) -> None:
    from pipeline.roles.nominations import find_nominations

    noms, _ = find_nominations(f"Nominees\n\n{line}\n")
    assert [(n.name, n.title) for n in noms] == [(name, title)]


@pytest.mark.model
def test_sheriff_is_a_public_office(roles_of) -> None:
    text = ("Marshals\n\n1. Thomas E. Hale: U.S. Marshal Nominee for the Northern District of Alabama\n\n"
            "Thomas E. Hale has been a consultant since 2014. He served as Sheriff of Jefferson County, Alabama "
            "from 2001 to 2016.\n")
    roles, _ = roles_of(text)
    assert ("Sheriff of Jefferson County, Alabama", "official_other", "former") in _hits(roles, "Thomas E. Hale"), roles


@pytest.mark.parametrize(("text", "offices"), [
    ("Assistant Attorney General, Civil Rights Division, Department of Justice",
     ["Assistant Attorney General, Civil Rights Division"]),
    ("Assistant Administrator for Global Health, U.S. Agency for International Development",
     ["Assistant Administrator for Global Health"]),
    ("Chief Financial Officer, Department of Veterans Affairs", ["Chief Financial Officer, Department of Veterans Affairs"]),
    ("Member of the Harbor Safety Board, and Chair of the Coastal Commission",
     ["Member of the Harbor Safety Board", "Chair of the Coastal Commission"]),
])
def test_a_department_after_a_comma_is_the_body_of_the_office(text, offices) -> None:
    from pipeline.roles.nominations import clean_title, office_list

    assert [clean_title(p) for p in office_list(text)] == offices


@pytest.mark.parametrize(("text", "expected"), [
    ("Chair of the Board since January of 2021.", ("2021-01", None)),
    ("Chair of the Board since March 2022.", ("2022-03", None)),
    ("Chair of the Board since March 3, 2021.", ("2021-03-03", None)),
    ("Chair of the Board from June 2015 to May 2019.", ("2015-06", "2019-05")),
    ("Chair of the Board from 2015 to 2019.", ("2015", "2019")),
])
def test_month_and_year_tenures(text, expected) -> None:
    from pipeline.roles.status import years

    assert years(text, 0, len("Chair of the Board"), (0, len(text))) == expected


@pytest.mark.model
def test_has_served_since_is_current(roles_of) -> None:
    text = ("President Names Nominee\n\nWASHINGTON – Today, the President announced his intent to nominate Carla M. "
            "Benton to be a Member of the Federal Labor Relations Authority.\n\nCarla M. Benton, Nominee for Member "
            "of the Federal Labor Relations Authority\n\nCarla M. Benton has served as Chair of the Federal Labor "
            "Relations Authority since March of 2022. Prior to that, she served as Associate Deputy Attorney General "
            "at the Department of Justice from June 2015 to May 2019.\n")
    roles, _ = roles_of(text)
    got = {(r.title, r.status, r.since, r.until) for r in roles if r.person_name == "Carla M. Benton"}
    assert ("Chair of the Federal Labor Relations Authority", "current", "2022-03", None) in got, roles
    assert ("Associate Deputy Attorney General at the Department of Justice", "former", "2015-06", "2019-05") in got, roles


DELEGATION = (
    "President Announces Presidential Delegation to the Republic of Palau\n\n"
    "The President today announced the designation of a Presidential Delegation to attend the Inauguration.\n\n"
    "The Honorable Laura Kemp, Secretary of Agriculture, will lead the delegation.\n\n"
    "Members of the Presidential Delegation:\n\n"
    "The Honorable Owen Maddox, United States Ambassador to the Republic of Palau\n\n"
    "Mr. Felix Arroyo, Chargé d’Affaires, a.i., U.S. Embassy Koror\n\n"
    "The Honorable Nadia Perrin, Special Assistant to the President and Senior Director for Pacific Affairs, "
    "National Security Council\n\n"
    "The Honorable Grant Ueda, Chief Executive Officer of the U.S. Trade Finance Corporation\n\n"
    "Ms. Rosa Ibarra, Maria Rosa Ibarra, Ph.D., Commissioner, Rehabilitation Services Administration, "
    "U.S. Department of Education\n\n"
    "The Honorable Norma Diaz, United States Congresswoman (D), CA-35\n\n"
    "Ms. Tess Holloway, four-time Olympian and head swimming coach, Lakeview University\n\n"
    "Mr. Dale Voss, Partner at Harlow Strategies\n"
)


def test_delegation_members() -> None:
    from pipeline.roles.delegations import delegation_members

    got = {(n.name, n.title, n.status) for n in delegation_members(DELEGATION)}
    assert got == {
        ("Laura Kemp", "Secretary of Agriculture", "current"),
        ("Owen Maddox", "Ambassador to the Republic of Palau", "current"),
        ("Felix Arroyo", "Chargé d’Affaires, a.i", "current"),
        ("Nadia Perrin", "Special Assistant to the President", "current"),
        ("Nadia Perrin", "Senior Director for Pacific Affairs, National Security Council", "current"),
        ("Grant Ueda", "Chief Executive Officer of the Trade Finance Corporation", "current"),
        ("Rosa Ibarra", "Commissioner, Rehabilitation Services Administration", "current"),
        ("Norma Diaz", "Congresswoman", "current"),
    }
    # the same lines outside a delegation's announcement are left to the other readers
    assert delegation_members(DELEGATION.replace("will lead the delegation", "will attend").replace(
        "Members of the Presidential Delegation", "Guests")) == []


@pytest.mark.model
def test_delegation_roles(roles_of) -> None:
    roles, _ = roles_of(DELEGATION, country="USA")
    got = {(r.person_name, r.role, r.country) for r in roles}
    assert {("Laura Kemp", "minister_other", "USA"), ("Owen Maddox", "ambassador", "USA"),
            ("Felix Arroyo", "ambassador", "USA")} <= got, roles
    assert not {r.person_name for r in roles} & {"Tess Holloway", "Dale Voss"}, roles


@pytest.mark.model
def test_office_held_while_nominated_to_a_higher_one(roles_of) -> None:
    # the office held now is a role of its own beside the nomination, though their words overlap
    text = ("President Names Nominee\n\nWASHINGTON – Today, the President announced his intent to nominate Irene "
            "Vasquez to be Assistant Secretary for Fossil Energy, Department of Energy.\n\nIrene Vasquez, Nominee "
            "for Assistant Secretary for Fossil Energy, Department of Energy\n\nIrene Vasquez has served as the "
            "Principal Deputy Assistant Secretary for Fossil Energy since April 2022.\n")
    roles, _ = roles_of(text, country="USA")
    got = {(r.title, r.status) for r in roles if r.person_name == "Irene Vasquez"}
    assert ("Principal Deputy Assistant Secretary for Fossil Energy", "current") in got, roles
    assert any(status == "nominee" for _, status in got), roles


@pytest.mark.model
def test_bare_rank_of_a_described_command(roles_of) -> None:
    # the rank before the nominee's name is the rank of the command her biography names
    text = ("Nominations\n\nNominee for Commander of Atlantic Fleet Forces: Adm. Rosa Delgado\n\n"
            "Adm. Rosa Delgado currently serves as the Deputy Commander of U.S. Southern Command.\n")
    roles, _ = roles_of(text, country="USA")
    got = {(r.title, r.status) for r in roles if r.person_name == "Rosa Delgado"}
    assert ("Adm.", "current") not in got, roles
    assert any(status == "nominee" for _, status in got), roles


def test_positions_include_a_semicolon_list() -> None:
    from pipeline.roles.nomination_bios import bio_offices

    sent = ("His other positions include Economic Counselor at U.S. Embassy Lusaka, Zambia; Assistant Office "
            "Director for Laos in the Bureau of East Asian and Pacific Affairs; and Director for Trade Policy at "
            "the Office of the U.S. Trade Representative.")
    assert [(title, status) for _, _, title, status, _ in bio_offices(sent)] == [
        ("Economic Counselor at U.S. Embassy Lusaka, Zambia", "former"),
        ("Assistant Office Director for Laos in the Bureau of East Asian and Pacific Affairs", "former"),
        ("Director for Trade Policy at the Office of the U.S. Trade Representative", "former"),
    ]
