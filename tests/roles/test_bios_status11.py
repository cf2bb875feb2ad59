"""Error classes of the eleventh round in nomination biographies: a profession word of a "Chief"
post ("Chief Scientist", "Chief FOIA Officer") read as a surname; a past acting term read as
acting now; the years of a coordinated clause given to an office held now; a bare "member" of a
private body read as a legislator.

Every sentence is invented for these tests in the style of White House nomination announcements.
"""

from __future__ import annotations

import pytest
from roles_harness import NOMINATION_HEAD, roles_of  # noqa: F401  (fixture)

_HEAD = NOMINATION_HEAD


def _roles(roles_of, bio: str):
    roles, _ = roles_of(_HEAD + bio + "\n")
    return roles


@pytest.mark.parametrize(("bio", "title"), [
    ("Peter M. Garland is a career diplomat. Before that, he served as Chief Scientist at the Department of Energy.",
     "Chief Scientist"),
    ("Peter M. Garland is the General Counsel of the Federal Housing Agency, where he is also the Chief FOIA Officer.",
     "Chief FOIA Officer"),
    ("Peter M. Garland was named Chief Economist of the Department of Labor in 2019.", "Chief Economist"),
])
def test_profession_word_is_title_not_name(roles_of, bio: str, title: str) -> None:
    roles = _roles(roles_of, bio)
    names = {r.person_name for r in roles}
    assert not names & {"Scientist", "FOIA", "Economist"}
    assert any(r.title.startswith(title) for r in roles)


@pytest.mark.parametrize(("bio", "title", "status"), [
    ("Prior to that, Garland was Acting Deputy Director of the Office of Ocean Affairs at the State Department.",
     "Acting Deputy Director", "former"),
    ("Since June 22, 2020, Garland has served as Acting Inspector General of the Department of Labor.",
     "Acting Inspector General", "acting"),
    ("Peter M. Garland is a career member of the Senior Foreign Service. He currently serves as the State Department’s Deputy Assistant Secretary for Pacific Affairs, and was the "
     "acting Assistant Secretary from 2020-2021.", "Deputy Assistant Secretary for Pacific Affairs", "current"),
])
def test_status_in_biography(roles_of, bio: str, title: str, status: str) -> None:
    roles = _roles(roles_of, bio)
    hits = [r for r in roles if title in r.title and r.person_name == "Peter M. Garland"
            or title in r.title and "Garland" in (r.person_name or "")]
    assert hits and {r.status for r in hits} == {status}


@pytest.mark.parametrize(("text", "legislator"), [
    ("Tom Bell is a member of the American Bar Association.", False),
    ("He is a member of the American Law Institute and a lawyer.", False),
    ("Ruth Klein, a member of the Knesset, spoke on Monday.", True),
    ("Jane Dole is a member of the House of Representatives.", True),
    ("Knesset member Simcha Rothman left the meeting.", True),
])
def test_member_of_private_body(roles_of, text: str, legislator: bool) -> None:
    roles, _ = roles_of(f"Lawmakers Meet\n\nWASHINGTON – {text}\n")
    assert any(r.role == "legislator" for r in roles) is legislator


@pytest.mark.parametrize(("text", "holds"), [
    ("Stephen Zale served as the first Hispanic President of the American Bar Association.", False),
    ("Mary Cole was President of the National Rifle Association until 2019.", False),
    ("Jean Roe, President of the French Republic, spoke on Monday.", True),
])
def test_office_of_named_private_body(roles_of, text: str, holds: bool) -> None:
    roles, _ = roles_of(f"Officials Meet\n\nWASHINGTON – {text}\n")
    assert any(r.title == "President" and r.person_name in ("Stephen Zale", "Mary Cole", "Jean Roe")
               for r in roles) is holds


@pytest.mark.parametrize(("text", "not_names"), [
    ("She was the Deputy Regional Mission Director, USAID, in Nairobi.", {"USAID"}),
    ("He trained Army Judge Advocate Generals for a decade.", {"Advocate Generals"}),
    ("He was Chief Scientist for the Agency, CIO, and Director of Computing.", {"CIO"}),
])
def test_title_words_are_no_name(roles_of, text: str, not_names: set) -> None:
    roles, _ = roles_of(f"Officials Meet\n\nWASHINGTON – {text}\n")
    assert not {r.person_name for r in roles} & not_names


@pytest.mark.parametrize(("text", "name"), [
    ("President Zelensky of Ukraine met the delegation.", "Zelensky"),
    ("Deputy Minister Park Jin said the talks went well.", "Park Jin"),
])
def test_names_after_titles_kept(roles_of, text: str, name: str) -> None:
    roles, _ = roles_of(f"Officials Meet\n\nWASHINGTON – {text}\n")
    assert name in {r.person_name for r in roles}


@pytest.mark.parametrize(("before", "private"), [
    ("He is also a Partner at Acme LLP in Washington, DC and Boston, where he is the ", True),
    ("Mary Poe earned her law degree from Wexford University, where she served as ", True),
    ("She sat on the Board of the Association of Riverside Engineering Professors, where she was ", True),
    ("Jane Roe was Deputy Chief of Mission of the U.S. Embassy in Gaborone, Botswana, where she was also ", False),
    ("Kim Lee joined the Civil Rights Division, where she was a ", False),
    ("She then moved to Wexford University and served as ", False),
])
def test_private_where(before: str, private: bool) -> None:
    from pipeline.roles.body_names import private_where
    assert private_where(before) is private


def test_firm_post_in_biography(roles_of) -> None:
    roles = _roles(roles_of, "Peter M. Garland is a career diplomat. He is also a Partner at Smith LLP, where he "
                             "is the Vice Chair of the trade practice.")
    assert not any("Vice Chair" in r.title for r in roles)


def test_renominated_member_holds_office_now(roles_of) -> None:
    head = ("President Names Key Nominees\n\nWASHINGTON – Today, President Joe Biden announced his intent to "
            "nominate the following individual:\n\n-   Travis Lebon, Nominee for Member of the Riverside Oversight "
            "Board\n\n**Travis Lebon, Nominee for Member of the Federal Water Oversight Board**\n\n")
    roles, _ = roles_of(head + "Travis Lebon has served as a Member of the Federal Water Oversight Board since 2019. "
                               "He is also a lawyer in Washington.\n")
    got = {(r.status, r.since) for r in roles if r.title == "Member of the Federal Water Oversight Board"}
    assert got == {("nominee", None), ("current", "2019")}


@pytest.mark.parametrize(("title", "role"), [
    ("Special Advisor to the U.S. Ambassador", "official_other"),
    ("Senior Advisor to the U.S. Secretary of Energy", "official_other"),
    ("Counselor to the Attorney General", "official_other"),
    ("Foreign Policy Advisor to the Chief of Staff of the Army", "official_other"),
    ("Assistant to the President for National Security Affairs", "national_security_advisor"),
    ("National Security Adviser to the Prime Minister", "national_security_advisor"),
    ("Ambassador to Chile", "ambassador"),
    ("Permanent Representative to the United Nations", "ambassador"),
])
def test_aide_to_a_principal(title: str, role: str) -> None:
    from pipeline.roles.titles import classify
    assert classify(title) == role


def test_post_at_international_organisation_is_public(roles_of) -> None:
    roles = _roles(roles_of, "Peter M. Garland is a lawyer. Garland has also worked in private legal practice, as "
                             "Special Advisor to the U.S. Ambassador at the Organization of American States.")
    assert any(r.title.startswith("Special Advisor") and r.role == "official_other" for r in roles)


@pytest.mark.parametrize("text", [
    "Gary Joyner previously served as Chief Sustainability Officer for Delta Fabrics.",
    "Pat Moore is the Chief Investment Officer of Coastal Building Group.",
])
def test_first_word_of_longer_title_is_no_office(roles_of, text: str) -> None:
    roles, _ = roles_of(f"Officials Meet\n\nWASHINGTON – {text}\n")
    assert not any(r.title == "Chief" for r in roles)
