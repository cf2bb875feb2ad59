"""Error classes of the fourteenth round in biographies and appointment announcements: the career
verbs a biography uses besides "served as" ("held positions as", "worked as", "was the"); a staff
post named with the official it serves; the careers told in an appointment release's paragraphs.

Every sentence is invented for these tests in the style of White House announcements; names and
bodies are fictional.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

from pipeline.roles.nomination_bios import bio_offices
from pipeline.roles.principal_staff import staff_of_official


@pytest.mark.parametrize(("sentence", "titles"), [
    ("In addition, he held positions as Deputy Secretary of Commerce for Trade and as Chief of Staff for the "
     "President.", {"Deputy Secretary of Commerce for Trade", "Chief of Staff for the President"}),
    ("She held the post of Director of the Bureau of Land Records.", {"Director of the Bureau of Land Records"}),
    ("Before that, he worked as Deputy Director of the Office of Fisheries Policy.",
     {"Deputy Director of the Office of Fisheries Policy"}),
    ("Before joining the agency, she was the Deputy to the Associate Administrator for Legislative Affairs.",
     {"Deputy to the Associate Administrator for Legislative Affairs"}),
    ("He has served in a number of legislative roles, including Senior Legislative Assistant in the Senate, as "
     "well as Deputy Director of the Office of Fisheries Policy.",
     {"Senior Legislative Assistant in the Senate", "Deputy Director of the Office of Fisheries Policy"}),
    ("She has worked in a variety of legislative roles, including Senior Legislative Assistant to then-Senator "
     "Jane Roe (OH), as well as Legislative Director in both chambers.",
     {"Senior Legislative Assistant", "Legislative Director"}),
    ("She served as Chief of Staff to then-Governor Jane Roe and as Deputy Director of the State Budget Office.",
     {"Chief of Staff", "Deputy Director of the State Budget Office"}),
])
def test_career_verbs(sentence: str, titles: set) -> None:
    got = {t for _, _, t, status, _ in bio_offices(sentence) if status == "former"}
    assert titles <= got


@pytest.mark.parametrize("sentence", [
    "Earlier he was executive vice president of Wexford State University.",
    "She was a Professor of Law at Wexford State University.",
    "He worked as Director of Operations for Acme Holdings.",
    "She worked as a Partner at Roe and Doe LLP.",
])
def test_career_verbs_private_posts(sentence: str) -> None:
    assert bio_offices(sentence) == []


@pytest.mark.parametrize(("title", "post"), [
    ("Executive Director of Political Operations for House Majority Whip Jane Roe", "Executive Director of Political Operations"),
    ("Legislative Director for Sen. Jane Roe (OH)", "Legislative Director"),
    ("Chief of Staff to Congressman Tom Doe", "Chief of Staff"),
    ("Senior Advisor to Chairman Tom Doe at the House Budget Committee", "Senior Advisor"),
    ("Chief of Staff to the Deputy Secretary of Commerce", None),  # an office, no name: the title as written
    ("Special Assistant to President Jane Roe of Wexford State University", None),  # a university's
    ("Director of Operations for Acme Holdings", None),
])
def test_staff_of_official(title: str, post: str | None) -> None:
    assert staff_of_official(title) == post


def test_appointee_paragraphs(roles_of) -> None:
    text = ("President Announces Appointments to the White House Office of Cabinet Affairs\n\n"
            "Jane Roe: Jane Roe will serve as Special Assistant to the President in the White House Office of "
            "Cabinet Affairs. Previously, she was the Deputy Director of the Office of Fisheries Policy. Before "
            "that, she worked as Legislative Director for Senator Tom Doe.\n\n"
            "Mark Fell: Mark Fell will serve as Special Assistant to the President in the White House Office of "
            "Cabinet Affairs. He held positions as Deputy Secretary of Commerce for Trade and as Chief of Staff "
            "for the President.\n\n"
            "Ann Lee was the Director of the Office of Coastal Planning until 2019.\n")
    roles, _ = roles_of(text, country="USA")
    got = {(r.person_name, r.title, r.status) for r in roles}
    assert ("Jane Roe", "Deputy Director of the Office of Fisheries Policy", "former") in got
    assert ("Jane Roe", "Legislative Director", "former") in got
    assert ("Mark Fell", "Deputy Secretary of Commerce for Trade", "former") in got
    assert ("Mark Fell", "Chief of Staff for the President", "former") in got
    # another paragraph's subject is never the appointee's
    assert not any(r.person_name in ("Jane Roe", "Mark Fell") and "Coastal" in r.title for r in roles)


@pytest.mark.parametrize(("sentence", "holder", "expected"), [
    # kinds of federal judge written before "Judge"
    ("Magistrate Judge Anne Roe dismissed the case on Monday.", "Anne Roe", ("Magistrate Judge", "official_other", "USA", None)),
    ("Bankruptcy Judge Tom Doe approved the plan.", "Tom Doe", ("Bankruptcy Judge", "official_other", "USA", None)),
    # a government corporation's chief executive holds a public office
    ("Jane Roe, Chief Executive Officer of the Millennium Challenge Corporation, spoke on Monday.", "Jane Roe",
     ("Chief Executive Officer", "official_other", "USA", None)),
    # an aide to the national security advisor is an aide
    ("Jane Roe served as Senior Advisor to the National Security Advisor.", "Jane Roe",
     ("Senior Advisor to the National Security Advisor", "official_other", "USA", None)),
    # an organisation named as a post's portfolio is not the organisation served
    ("Jane Roe, the National Security Council's Director for United Nations Affairs, met the delegation.", "Jane Roe",
     (None, "official_other", "USA", None)),
])
def test_public_posts(roles_of, sentence: str, holder: str, expected: tuple) -> None:
    roles, _ = roles_of(sentence + "\n", country="USA")
    got = [(r.title, r.role, r.country, r.organization) for r in roles if r.person_name == holder]
    assert any((expected[0] is None or t == expected[0]) and (role, c, o) == expected[1:] for t, role, c, o in got), got


@pytest.mark.parametrize("sentence", [
    "Jane Roe, Chief Executive Officer of Acme Finance Corporation, spoke on Monday.",
    "The magistrate said the hearing would resume.",
])
def test_private_posts_stay_out(roles_of, sentence: str) -> None:
    roles, _ = roles_of(sentence + "\n", country="USA")
    assert roles == ()


def test_acronym_office_in_stacked_titles(roles_of) -> None:
    roles, _ = roles_of("The office is managed by Deputy Assistant to the President and OLA Director Tom Doe.\n",
                        country="USA")
    got = {r.title for r in roles if r.person_name == "Tom Doe"}
    assert got == {"Deputy Assistant to the President", "OLA Director"}


@pytest.mark.parametrize(("sentence", "principal", "title"), [
    ("He worked as Executive Director of Political Operations for House Republican Chief Deputy Whip Tom Doe.",
     "Tom Doe", "House Republican Chief Deputy Whip"),
    ("She served as Counsel to Senate Majority Whip Tom Doe.", "Tom Doe", "Senate Majority Whip"),
])
def test_whip_principal(roles_of, sentence: str, principal: str, title: str) -> None:
    roles, _ = roles_of(sentence + "\n", country="USA")
    got = {(r.title, r.role) for r in roles if r.person_name == principal}
    assert got == {(title, "legislator")}


@pytest.mark.parametrize(("sentence", "apposed"), [
    ("The director has three OLA Deputy Directors, Deputy Assistants to the President Jane Roe, Tom Doe, and Ann Lee.",
     {"Jane Roe", "Tom Doe", "Ann Lee"}),
    ("The board's two Commissioners, Senators Jane Roe and Tom Doe, voted no.", {"Jane Roe", "Tom Doe"}),
    ("We thank the Governors, Senators Jane Roe and Tom Doe.", set()),  # no count: a list of people addressed
])
def test_apposed_plural_office(roles_of, sentence: str, apposed: set) -> None:
    roles, _ = roles_of(sentence + "\n", country="USA")
    lead = sentence.split(",")[0].split()[-1][:-1]  # the plural's singular head ("Director", "Commissioner")
    assert {r.person_name for r in roles if r.title.endswith(lead)} == apposed


def test_paragraph_about_another_person(roles_of) -> None:
    text = ("President Announces Key Nominees\n\nWASHINGTON – Today, President Joe Biden announced his intent to "
            "nominate the following individual:\n\n-   Jane Roe, Nominee for Member of the Board of Fisheries\n\n"
            "**Jane Roe, Nominee for Member of the Board of Fisheries**\n\n"
            "Jane Roe is the Director of the Office of Coastal Planning.\n\n"
            "Mark Fell is a lawyer. He worked as Legislative Counsel in the U.S. House of Representatives.\n")
    roles, _ = roles_of(text, country="USA")
    assert not any(r.person_name == "Jane Roe" and "Legislative" in r.title for r in roles)
    assert any(r.person_name == "Jane Roe" and r.title == "Director of the Office of Coastal Planning" for r in roles)


@pytest.mark.parametrize("sentence", [
    "She was a Peace Corps Volunteer in Kenya.",
    "He was a Fellow at the Brookings Institution.",
])
def test_was_needs_an_office_head(sentence: str) -> None:
    assert bio_offices(sentence) == []


def test_post_category_before_its_body() -> None:
    from pipeline.roles.nomination_bios import _AT_BODY
    from pipeline.roles.nominations import role_of

    title = "Principal Director for Andean Policy in the Office of the Secretary of Defense"
    assert role_of(_AT_BODY.split(title, maxsplit=1)[0]) == "official_other"


@pytest.mark.parametrize(("sentence", "holder", "title", "status"), [
    ("Before his election as Governor, Tom Doe served four full terms in the Idaho Senate.", "Tom Doe",
     "member of the Idaho Senate", "former"),
    ("Jane Roe served in the House of Representatives from 2003 to 2011.", "Jane Roe",
     "member of the House of Representatives", "former"),
    ("Jane Roe currently serves in the State Assembly.", "Jane Roe", "member of the State Assembly", "current"),
    ("Jane Roe has served in the Ohio House since 2019.", "Jane Roe", "member of the Ohio House", "current"),
    ("Jane Roe served as counsel in the Senate.", "Jane Roe", None, None),  # a staff post, no seat
    ("Jane Roe served in the White House for two years.", "Jane Roe", None, None),
    ("Jane Roe served in the Army for ten years.", "Jane Roe", None, None),
    # the chamber's name modifies the post served in: no seat
    ("Jane Roe will continue serving in her Senate confirmed role while nominated.", "Jane Roe", None, None),
    ("Jane Roe served in the Senate leadership office for two years.", "Jane Roe", None, None),
])
def test_served_seats(roles_of, sentence: str, holder: str, title: str | None, status: str | None) -> None:
    roles, _ = roles_of(sentence + "\n", country="USA")
    seats = {(r.title, r.status) for r in roles if r.person_name == holder and r.role == "legislator"}
    assert seats == ({(title, status)} if title else set())


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Jane Roe, who headed the Defense Intelligence Agency from 2012 to 2014, died on Monday.",
     ("head of Defense Intelligence Agency", "official_other", "former")),
    ("Jane Roe led the National Institute of Standards and Technology from 1993 to 1997.",
     ("head of National Institute of Standards and Technology", "official_other", "former")),
    ("Commodore Jane Roe, who on Monday became the first woman to lead the Navy's Northern Command, spoke.",
     ("commander of Navy's Northern Command", "military_commander", "current")),
    ("Dr. Jane Roe will continue to lead the Office of Science and Technology Policy.",
     ("head of Office of Science and Technology Policy", "official_other", "current")),
    ("If confirmed to lead the Office of Science and Technology Policy, Jane Roe would become the first woman in the post.",
     None),
    ("Jane Roe led the Acme Corporation's Sales Department for a decade.", None),
    ("Jane Roe headed the Wexford University Press Office.", None),
    ("Jane Roe led the team to victory.", None),
])
def test_led_bodies(roles_of, sentence: str, expected: tuple | None) -> None:
    roles, _ = roles_of(sentence + "\n", country="USA")
    got = {(r.title, r.role, r.status) for r in roles if r.person_name == "Jane Roe" and r.title.startswith(("head of", "commander of"))}
    assert got == ({expected} if expected else set())


@pytest.mark.parametrize(("sentence", "title"), [
    ("Earlier in his career, Tom Doe served eight years in the Ruritania House of Representatives and six years as a "
     "county commissioner.", "member of the Ruritania House of Representatives"),
    ("Tom Doe served five terms in the New Hampshire House and two terms on the City Council.", "member of the New Hampshire House"),
])
def test_served_seats_in_lists(roles_of, sentence: str, title: str) -> None:
    roles, _ = roles_of(sentence + "\n", country="USA")
    assert {(r.title, r.status) for r in roles if r.role == "legislator"} == {(title, "former")}


def test_honour_is_no_office(roles_of) -> None:
    roles, _ = roles_of("The recipient of many honours, including the Secretary of State Distinguished Service Award, "
                        "Jane Roe speaks French.\n", country="USA")
    assert not any(r.title.endswith("Award") for r in roles)
