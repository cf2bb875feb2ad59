"""Error classes of the thirteenth round in biographies and appointment statements: an
international organisation's office lending its name to the same person's government posts;
the posts listed after a served principal's name; the bodies a career's assignments name.

Every sentence is invented for these tests in the style of White House nomination documents;
names and bodies are fictional.
"""

from __future__ import annotations

import pytest
from roles_harness import NOMINATION_HEAD, roles_of  # noqa: F401  (fixture)

from pipeline.roles.national_posts import national_post
from pipeline.roles.nomination_bios import bio_offices

_HEAD = NOMINATION_HEAD


@pytest.mark.parametrize(("title", "role", "org", "national"), [
    ("Director of the White House Office of Presidential Personnel", "official_other", "UNICEF", True),
    ("Associate Deputy Attorney General", "official_other", "UNICEF", True),
    ("Ambassador", "ambassador", "WFP", True),
    ("Ambassador", "ambassador", "EU", False),
    ("Executive Director", "official_other", "UNICEF", False),
    ("Deputy Special Representative", "official_other", "UN", False),
])
def test_national_post(title: str, role: str, org: str, national: bool) -> None:
    assert national_post(title, role, org) is national


def test_organisation_office_stays_its_own(roles_of) -> None:
    roles, _ = roles_of("The Secretary-General announced his intent to appoint Ambassador Jane Roe as the next "
                        "Executive Director of UNICEF. Ambassador Roe serves as Director of the White House Office "
                        "of Presidential Personnel. Previously, she served as Associate Deputy Attorney General at "
                        "the U.S. Department of Justice.\n", country="USA")
    got = {r.title: (r.country, r.organization) for r in roles if r.person_name == "Jane Roe"}
    assert got["Executive Director"] == (None, "UNICEF")
    assert got["Director of the White House Office of Presidential Personnel"] == ("USA", None)
    assert got["Associate Deputy Attorney General"] == ("USA", None)
    assert got["Ambassador"] == ("USA", None)


@pytest.mark.parametrize(("sentence", "holder", "kept"), [
    ("Before that, Jane Doe served as Senior Advisor to former Secretary Tom Roe, Principal Deputy Director of "
     "Policy Planning, and Special Envoy for the Andes.", "Jane Doe",
     {"Principal Deputy Director of Policy Planning", "Special Envoy for the Andes"}),
    ("Mark Fell was Special Assistant to Governor Ruth Okafor, Deputy Director of the State Budget Office, and "
     "Counsel to the Example Commission.", "Mark Fell", {"Deputy Director of the State Budget Office"}),
])
def test_posts_listed_after_principal(roles_of, sentence: str, holder: str, kept: set) -> None:
    roles, _ = roles_of(sentence + "\n", country="USA")
    principal = {r.person_name for r in roles if r.person_name != holder}
    assert not any(r.title in kept for r in roles if r.person_name in principal)
    assert kept <= {r.title for r in roles if r.person_name == holder}


def test_principal_apposition_kept(roles_of) -> None:
    roles, _ = roles_of("Ann Lee served as Chief of Staff to Representative Pat Kim, the Chair of the Example "
                        "Caucus, and advised several foundations.\n", country="USA")
    assert not any(r.person_name == "Ann Lee" and "Caucus" in r.title for r in roles)


@pytest.mark.parametrize(("sentence", "titles"), [
    ("Other overseas assignments include the U.S. Embassy in Lima, Peru; the U.S. Mission to the Example Union "
     "in Brussels; and the U.S. Embassy in Quito.", set()),
    ("Domestic assignments include the Office of Andean Affairs and the Bureau of Example Affairs.", set()),
    ("Her assignments include Office Director for Andean Affairs and Deputy Chief of Mission in Lima.",
     {"Office Director for Andean Affairs", "Deputy Chief of Mission in Lima"}),
])
def test_assignment_bodies_are_no_posts(sentence: str, titles: set) -> None:
    assert {t for _, _, t, _, _ in bio_offices(sentence)} == titles


@pytest.mark.parametrize(("sentence", "title", "span"), [
    ("Jane Roe served as Deputy Secretary of Commerce from 2016 to 2017 and as Under Secretary of Commerce from "
     "2014 to 2016.", "Under Secretary of Commerce", ("2014", "2016")),
    ("Jane Roe served as Deputy Secretary of Commerce from 2010 to 2012 and as Under Secretary of Commerce.",
     "Under Secretary of Commerce", (None, None)),
])
def test_years_of_second_post(roles_of, sentence: str, title: str, span: tuple) -> None:
    roles, _ = roles_of(sentence + "\n", country="USA")
    got = [(r.since, r.until, r.status) for r in roles if r.title == title]
    assert got == [(*span, "former")]


@pytest.mark.parametrize(("sentence", "published", "status"), [
    ("Dr. Lee was an advisor to Senator Barack Obama and later joined the State Department.", "2024-03-01", "former"),
    ("Mr. Park worked in the office of Senator Joe Biden.", "2022-05-01", "former"),
    ("Mr. Park works for Senator Joe Biden.", "2005-05-01", "current"),
])
def test_seat_before_presidency(roles_of, sentence: str, published: str, status: str) -> None:
    roles, _ = roles_of(sentence + "\n", published=published, country="USA")
    assert [r.status for r in roles if r.title == "Senator"] == [status]


@pytest.mark.parametrize(("line", "title", "status"), [
    ("Mr. Charles Dale, United States Ambassador to France Nominee", "Ambassador to France", "nominee"),
    ("Ms. Ellen Grey, United States Special Envoy for Holocaust Issues", "Special Envoy for Holocaust Issues", "current"),
])
def test_status_written_after_office(roles_of, line: str, title: str, status: str) -> None:
    roles, _ = roles_of("Members of the Presidential Delegation:\n\n" + line + "\n", country="USA")
    assert [(r.title, r.status) for r in roles] == [(title, status)]


def test_posts_listed_after_office_of_principal(roles_of) -> None:
    roles, _ = roles_of("Her Washington assignments include serving as the Director of the Main Press Office, Fellow "
                        "in the Office of Senator Tom Roe, Press Advisor for the Bureau of Example Affairs, and "
                        "Special Assistant to the Under Secretary for Political Affairs.\n", country="USA")
    assert not any(r.person_name == "Tom Roe" and r.title != "Senator" for r in roles)


@pytest.mark.parametrize(("title", "body"), [
    ("Office of the Director of National Intelligence", True),
    ("Department of Example Affairs", True),
    ("U.S. Embassy in Lima", True),
    ("Director of the Office of Example Affairs", False),
    ("Office Director for Andean Affairs", False),
    ("Office of the Special Envoy", False),
    # a body's possessive: a unit of the body is a body whatever its name ends in; its office is an office
    ("Department of Commerce’s Office of the General Counsel", True),
    ("Department of Energy's Bureau of Example Affairs", True),
    ("Department of Energy’s Deputy Assistant Secretary for Example Affairs", False),
])
def test_body_title(title: str, body: bool) -> None:
    from pipeline.roles.body_titles import body_title

    assert body_title(title) is body


@pytest.mark.parametrize("sep", ["  \n     ", "\n", "\n\n"])
def test_senate_list_run_together(roles_of, sep: str) -> None:
    text = ("Nominations Sent to the Senate\n\nNOMINATIONS SENT TO THE SENATE:" + sep + "Gary Andel, of Virginia, to be "
            "an Assistant Secretary of Health\nand Human Services." + sep + "Dana Arlow, of Ohio, to be an Assistant "
            "Secretary of\nLabor." + sep + "James Bohr, of Utah, to be General Counsel, Department of\nVeterans Affairs.\n")
    roles, _ = roles_of(text, published="2025-02-12")
    assert {(r.person_name, r.status) for r in roles} == {
        ("Gary Andel", "nominee"), ("Dana Arlow", "nominee"), ("James Bohr", "nominee")}


def test_senate_lines_keep_offsets() -> None:
    from pipeline.roles.senate_lines import senate_lines

    text = "NOMINATIONS SENT TO THE SENATE: Gary Andel, of Virginia, to be X. Dana Arlow, of Ohio, to be Y."
    out = senate_lines(text)
    assert len(out) == len(text) and out.count("\n") == 2
    assert senate_lines("Jane Roe, of Ohio, to be X. Tom Lee, of Utah, to be Y.") == "Jane Roe, of Ohio, to be X. Tom Lee, of Utah, to be Y."


def test_body_possessive_office_kept() -> None:
    from pipeline.roles.body_titles import body_title

    assert not body_title("U.S. Department of Example’s Deputy Assistant Secretary for Andean Affairs")


def test_bio_body_possessive_office_kept() -> None:
    got = {t for _, _, t, _, _ in bio_offices("She currently serves as the U.S. Department of Example’s Deputy Assistant "
                                              "Secretary for Andean Affairs.")}
    assert got == {"U.S. Department of Example’s Deputy Assistant Secretary for Andean Affairs"}
