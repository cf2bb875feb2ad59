"""Error classes of the sixteenth round in biographies and nomination lists (found on fresh blind
gold): the predecessor of a Senate list entry whose office has no government-body word; further
offices a biography names for its subject.

Every sentence is invented for these tests in the style of White House announcements; names and
bodies are fictional.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

SENATE = "NOMINATIONS SENT TO THE SENATE:\n\n"


@pytest.mark.parametrize(("entry", "office", "predecessor"), [
    ("Jane Roe, of Ohio, to be Director of Cost Review and Program Planning, Department of Example, vice\n"
     "Tom Doe, resigned.", "Director of Cost Review and Program Planning", "Tom Doe"),
    ("Jane Roe, of Ohio, to be Director of the Census for a term expiring December 31, 2030, vice Tom\nDoe.",
     "Director of the Census", "Tom Doe"),
    ("Jane Roe, of Ohio, to be Director of the Example Research Projects Agency-Water, vice Tom Doe.",
     "Director of the Example Research Projects Agency-Water", "Tom Doe"),
])
def test_senate_predecessor_office_public(roles_of, entry: str, office: str, predecessor: str) -> None:
    roles, _ = roles_of(SENATE + entry + "\n", country="USA")
    got = {(r.person_name, r.title, r.status) for r in roles}
    assert ("Jane Roe", office, "nominee") in got
    assert (predecessor, office, "former") in got


@pytest.mark.parametrize(("title", "honour"), [
    ("Member of the President’s Commission on Example Fellowships", False),
    ("Member of the Board for International Scholarships", False),
    ("Secretary of State Distinguished Service Award", True),
    ("Example Foundation Fellowships", True),
])
def test_body_named_for_an_honour(title: str, honour: bool) -> None:
    from pipeline.roles import _HONOUR
    assert bool(_HONOUR.search(title)) is honour


def test_board_member_named_for_fellowships(roles_of) -> None:
    roles, _ = roles_of("WASHINGTON – Today, President Biden announced his intent to appoint the following "
                        "individuals to serve in key roles:\n\n-   Jane Roe, to be a Member of the President’s "
                        "Commission on Example Fellowships\n", country="USA")
    assert ("Jane Roe", "nominee") in {(r.person_name, r.status) for r in roles}


@pytest.mark.parametrize(("sentence", "title", "status"), [
    ("Before that, he served for two years at the Office of Example Counsel as the Principal Deputy Example "
     "Counsel.", "Principal Deputy Example Counsel", "former"),
    ("She served in the Department of Example Affairs under Secretary Tom Doe as Deputy Director of the Office "
     "of Land Records.", "Deputy Director of the Office of Land Records", "former"),
    ("Earlier, he was the Deputy Director, Office of Andean Affairs, for the Department of State and, before "
     "that, the Special Assistant to the Ambassador for Example Affairs.",
     "Special Assistant to the Ambassador for Example Affairs", "former"),
    ("Jane Roe was first confirmed as a Member of the Example Scholarship Foundation Board of Trustees by the "
     "United States Senate in February 2022.", "Member of the Example Scholarship Foundation Board of Trustees",
     "current"),
])
def test_further_bio_offices(sentence: str, title: str, status: str) -> None:
    from pipeline.roles.nomination_bios import bio_offices
    assert (title, status) in {(t, st) for _, _, t, st, _ in bio_offices(sentence)}


@pytest.mark.parametrize("sentence", [
    "She served on the board as Treasurer of the Acme Foundation.",
    "He served in the Army as a platoon leader.",
    "She served at Acme Holdings LLC as Vice President of Sales.",
    "He served in the Senate, where he worked as a legislative aide.",
])
def test_further_bio_offices_not_public(sentence: str) -> None:
    from pipeline.roles.nomination_bios import bio_offices
    assert bio_offices(sentence) == []


def test_office_served_under_a_principal(roles_of) -> None:
    from roles_harness import NOMINATION_HEAD
    roles, _ = roles_of(NOMINATION_HEAD + "Peter Garland is a lawyer. Since 2018, Garland has served Ohio under "
                        "Governor Tom Doe as Director of the Ohio Bureau of Motor Vehicles.\n", country="USA")
    got = {(r.person_name, r.title) for r in roles}
    assert ("Peter Garland", "Director of the Ohio Bureau of Motor Vehicles") in got
    assert not any(name == "Tom Doe" and "Motor" in title for name, title in got)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("He was appointed Deputy Secretary of Example Affairs in 2015.",
     {("Deputy Secretary of Example Affairs", "current", "2015")}),
    ("He was appointed as the Deputy Assistant Secretary of Defense for Example Affairs in the Obama-Biden "
     "Administration.", {("Deputy Assistant Secretary of Defense for Example Affairs", "current", "")}),
    ("She was named Director of the Office of Land Records in 2012.",
     {("Director of the Office of Land Records", "current", "2012")}),
    ("He went on to become Assistant Secretary of the Interior for Example Science.",
     {("Assistant Secretary of the Interior for Example Science", "former", "")}),
    ("He joined the Department of Example Affairs in 2009, where he served as Chief of Staff and later as Deputy "
     "Under Secretary.", {("Chief of Staff", "former", ""), ("Deputy Under Secretary", "former", "")}),
    ("She also served as the U.S. Attorney for the District of Example, and as an Assistant United States "
     "Attorney.", {("U.S. Attorney for the District of Example", "former", ""),
                   ("Assistant United States Attorney", "former", "")}),
    ("She was elected to the Ohio Senate in 2010.", {("Member of the Ohio Senate", "current", "2010")}),
])
def test_appointed_became_and_later_as(sentence: str, expected: set) -> None:
    from pipeline.roles.nomination_bios import bio_offices
    assert expected <= {(t, st, y) for _, _, t, st, y in bio_offices(sentence)}


@pytest.mark.parametrize("sentence", [
    "He was named a partner at Roe and Doe LLP in 2010.",
    "She became President of Wexford State University in 2015.",
    "He was named Chief Operating Officer of Acme Holdings.",
])
def test_appointed_became_private(sentence: str) -> None:
    from pipeline.roles.nomination_bios import bio_offices
    assert bio_offices(sentence) == []


@pytest.mark.parametrize(("title", "org"), [
    ("United Nations Human Rights Council’s Special Rapporteur on Example Rights", "UN"),
    ("NATO's Deputy Assistant Secretary General for Example Affairs", "NATO"),
    ("the World Bank’s Chief Economist", "World Bank"),
    ("Executive Director of the World Bank", None),  # perhaps a government's seat on the Bank's board
    ("the Department’s Director of Example Programs", None),
    ("United States Executive Director of the International Monetary Fund", None),
])
def test_io_owner(title: str, org: str | None) -> None:
    from pipeline.roles.bio_io_owner import io_owner
    assert io_owner(title) == org


def test_io_owned_bio_office(roles_of) -> None:
    from roles_harness import NOMINATION_HEAD
    roles, _ = roles_of(NOMINATION_HEAD + "Peter Garland is a professor of law. Garland served as the United "
                        "Nations Human Rights Council’s Special Rapporteur on Example Rights from 2008 to 2014.\n",
                        country="USA")
    got = {(r.country, r.organization, r.status) for r in roles if r.person_name == "Peter Garland"
           and "Rapporteur" in r.title}
    assert got == {(None, "UN", "former")}


def test_last_list_item_office() -> None:
    from pipeline.roles.nomination_bios import bio_offices
    got = {t for _, _, t, _, _ in bio_offices(
        "She served in the State Department as the Deputy Director for Andean Affairs, Special Assistant to the "
        "Under Secretary for Political Affairs, and Example Desk Officer.")}
    assert {"Deputy Director for Andean Affairs", "Special Assistant to the Under Secretary for Political Affairs",
            "Example Desk Officer"} <= got


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Jane Roe was first confirmed as a Member of the Example Scholarship Foundation Board of Trustees by the "
     "United States Senate in February 2022.", ("Member of the Example Scholarship Foundation Board of Trustees",
                                                 "current", "2022-02")),
    ("Tom Doe is the general counsel of the U.S. Example Protection Board; he has also led the agency.",
     ("general counsel of the U.S. Example Protection Board", "current", "")),
    ("She is the deputy director of the Example Bureau of Statistics.",
     ("deputy director of the Example Bureau of Statistics", "current", "")),
])
def test_month_year_and_lower_case_posts(sentence: str, expected: tuple) -> None:
    from pipeline.roles.nomination_bios import bio_offices
    assert expected in {(t, st, y) for _, _, t, st, y in bio_offices(sentence)}


@pytest.mark.parametrize("sentence", ["He is the general counsel of Acme Holdings.",
                                      "She is the chief executive of the Example Foundation."])
def test_lower_case_private_posts(sentence: str) -> None:
    from pipeline.roles.nomination_bios import bio_offices
    assert bio_offices(sentence) == []


@pytest.mark.parametrize(("sentence", "principal", "title", "status"), [
    ("He served as Counselor to the Secretary under Interior Secretary Tom Doe.", "Tom Doe", "Interior Secretary",
     "former"),
    ("She worked as Special Counsel under Attorney General Tom Doe.", "Tom Doe", "Attorney General", "former"),
    ("He serves as Counselor under Interior Secretary Tom Doe.", "Tom Doe", "Interior Secretary", "current"),
])
def test_principal_served_under(roles_of, sentence: str, principal: str, title: str, status: str) -> None:
    roles, _ = roles_of(sentence + "\n", country="USA")
    assert (title, status) in {(r.title, r.status) for r in roles if r.person_name == principal}


@pytest.mark.parametrize(("title", "role"), [
    # the standing representatives "to the Sessions" (plural) are the permanent mission's, and so, in the facet
    # gold, are the representatives designated for one numbered session (ambassador)
    ("Alternate Representative to the Sessions of the General Assembly of the United Nations", "ambassador"),
    ("Representative to the Seventy-eighth Session of the General Assembly of the United Nations", "ambassador"),
    ("Representative to the 81st Session of the General Assembly of the United Nations", "ambassador"),
    ("Representative to the European Union", "ambassador"),
    ("Alternate Representative for Special Political Affairs in the United Nations", "ambassador"),
    ("Representative", "legislator"),
    ("State Representative", "legislator"),
])
def test_representative_to_an_organisation(title: str, role: str) -> None:
    from pipeline.roles.titles import classify
    assert classify(title, None, "USA") == role


@pytest.mark.parametrize(("sentence", "expected"), [
    ("He previously served on the Example County Board of Supervisors.",
     {("Member of the Example County Board of Supervisors", "former", "")}),
    ("She serves on the Example Water Commission.", {("Member of the Example Water Commission", "current", "")}),
    ("She served for six years on the Example City Council.", {("Member of the Example City Council", "former", "")}),
    ("He was elected Mayor of Springfield, Ohio in 2012.", {("Mayor of Springfield", "current", "2012")}),
])
def test_seat_on_a_body(sentence: str, expected: set) -> None:
    from pipeline.roles.nomination_bios import bio_offices
    assert expected <= {(t, st, y) for _, _, t, st, y in bio_offices(sentence)}


@pytest.mark.parametrize("sentence", [
    "He served on the Senate Armed Services Committee staff.",
    "He also served on the National Security Council staff.",
    "She served on the Board of Directors of the Acme Foundation.",
    "She serves on the Board of Trustees of Wexford State University.",
    "She served on the staff of the Senate Committee on Example Affairs.",
])
def test_seat_on_a_body_not_public(sentence: str) -> None:
    from pipeline.roles.nomination_bios import bio_offices
    assert bio_offices(sentence) == []


def test_judge_served_by_a_clerk_keeps_the_seat(roles_of) -> None:
    roles, _ = roles_of("She served as a judicial law clerk to Judge Tom Doe on the U.S. Court of Appeals for the "
                        "Example Circuit.\n", country="USA")
    assert {r.status for r in roles if r.person_name == "Tom Doe"} == {"current"}


@pytest.mark.parametrize("sentence", [
    "He served on the Management Committee, the Investment Committee, and the Risk Committee.",
    "She currently serves on the Board of Directors of the Example Nutrition Initiative.",
])
def test_seat_needs_a_government_word(sentence: str) -> None:
    from pipeline.roles.nomination_bios import bio_offices
    assert bio_offices(sentence) == []


def test_seat_of_another_persons_clause() -> None:
    from pipeline.roles.nomination_bios import bio_offices
    assert bio_offices("She clerked for Judge Tom Doe, Example Circuit Court of Appeals, when he served on the United "
                       "States District Court for the District of Example.") == [
        (4, 11, "law clerk", "former", "")]


def test_sentence_opening_administration_frame(roles_of) -> None:
    from roles_harness import NOMINATION_HEAD
    roles, _ = roles_of(NOMINATION_HEAD + "Peter Garland is a lawyer. During the Clinton Administration, he was "
                        "appointed as Vice Chair of the Example-United States Friendship Commission.\n", country="USA")
    got = {r.status for r in roles if r.person_name == "Peter Garland" and "Friendship" in r.title}
    assert got == {"former"}


def test_gated_pattern() -> None:
    import re

    from pipeline.roles.bio_gates import gated
    rx = gated(re.compile(r"served as (?P<o>\w+)"), "served")
    assert [m.group("o") for m in rx.finditer("She served as Chair.")] == ["Chair"]
    assert list(rx.finditer("She serves as Chair.")) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Before joining the Commission, he was Deputy General Counsel at the Department of Example Affairs and an "
     "Assistant United States Attorney.", {("Deputy General Counsel at the Department of Example Affairs", "former"),
                                           ("Assistant United States Attorney", "former")}),
    ("Since 2019, she has been the Deputy Administrator of the Example Protection Agency.",
     {("Deputy Administrator of the Example Protection Agency", "current")}),
    ("He currently holds the position of Deputy Director of the Example Bureau of Statistics.",
     {("Deputy Director of the Example Bureau of Statistics", "current")}),
    ("Earlier in her career she worked at the Department of Example Affairs as a Senior Policy Advisor.",
     {("Senior Policy Advisor", "former")}),
])
def test_perfect_and_worked_posts(sentence: str, expected: set) -> None:
    from pipeline.roles.nomination_bios import bio_offices
    assert expected <= {(t, st) for _, _, t, st, _ in bio_offices(sentence)}


@pytest.mark.parametrize("sentence", [
    "She has been an advocate for the Example Protection Agency.",
    "He has been a partner at Roe and Doe LLP since 2010.",
    "She worked at Acme Holdings as Vice President of Sales.",
    "He has been the President of Wexford State University since 2015.",
])
def test_perfect_and_worked_private(sentence: str) -> None:
    from pipeline.roles.nomination_bios import bio_offices
    assert bio_offices(sentence) == []


def test_perfect_post_since(roles_of) -> None:
    from roles_harness import NOMINATION_HEAD
    roles, _ = roles_of(NOMINATION_HEAD + "Peter Garland is a lawyer. Since 2019, he has been the Deputy "
                        "Administrator of the Example Protection Agency.\n", country="USA")
    got = {(r.status, r.since) for r in roles if r.person_name == "Peter Garland" and "Protection" in r.title}
    assert got == {("current", "2019")}


def test_semicolon_list_after_was() -> None:
    from pipeline.roles.nomination_bios import bio_offices
    got = {t for _, _, t, _, _ in bio_offices(
        "At the Department of Example Affairs, she was Deputy Assistant Secretary for Land Policy; Director of the "
        "Example Bureau of Water Rights; and Senior Advisor to the Secretary.")}
    assert {"Deputy Assistant Secretary for Land Policy", "Senior Advisor to the Secretary"} <= got
