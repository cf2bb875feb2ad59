"""Error classes of the seventeenth round in biographies and appointment announcements: an
appointee who "will join" a government body as one or more posts; further posts of a biography's
lists whose public standing comes from the clause before them.

Every sentence is invented for these tests in the style of White House announcements; names and
bodies are fictional.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

from pipeline.roles.nomination_bios import bio_offices
from pipeline.roles.nominations import find_nominations


def _found(text: str) -> set[tuple[str, str, str]]:
    return {(n.name, n.title, n.status) for n in find_nominations(text)[0]}


@pytest.mark.parametrize(("text", "expected"), [
    ("President Announces Appointments to the White House Office of Outreach\n\n**Dana Whitfield** will join the "
     "White House as Special Assistant to the President and Deputy Director of the Office of Outreach. Whitfield "
     "previously worked in Ohio.\n",
     {("Dana Whitfield", "Special Assistant to the President", "nominee"),
      ("Dana Whitfield", "Deputy Director of the Office of Outreach", "nominee")}),
    ("The Secretary announced the appointment of new staff.\n\nOmar Lindqvist will join the Department of "
     "Commerce as Senior Advisor to the Secretary.\n",
     {("Omar Lindqvist", "Senior Advisor to the Secretary", "nominee")}),
    ("President Announces Appointments\n\nPriya Kastner will join the White House as a Staff Assistant in the "
     "Office of Outreach.\n",
     {("Priya Kastner", "Staff Assistant", "nominee")}),
])
def test_will_join_a_government_body_as(text: str, expected: set) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    # ordinary news, or a firm: no appointment announced to a government body
    "Fans cheered. Marco Bellini will join the Rovers as Head Coach next season.",
    "The firm announced the appointment today. Lena Hart will join Acme Holdings as Chief Operating Officer.",
])
def test_will_join_elsewhere_is_no_nomination(text: str) -> None:
    assert find_nominations(text)[0] == []


@pytest.mark.parametrize(("sentence", "titles"), [
    # a semicolon list whose item's head word comes late in its capitalised run
    ("Earlier assignments include serving as Desk Officer for Chad, Niger, and Mali; and West Africa Regional "
     "Program Officer in the Bureau of African Affairs.",
     {"Desk Officer for Chad, Niger, and Mali", "West Africa Regional Program Officer in the Bureau of African Affairs"}),
    ("His assignments include Deputy Director of the Sahel Office, as well as National Security Council Director "
     "for West Africa.", {"Deputy Director of the Sahel Office", "National Security Council Director for West Africa"}),
    ("He also served as the United States Commissioner to the Joint Fisheries Commission, and as the United "
     "States Special Representative for Arctic Affairs.",
     {"United States Commissioner to the Joint Fisheries Commission", "United States Special Representative for Arctic Affairs"}),
    # "was the A, and an B": a second post after ", and an"
    ("Roe was the Deputy Spokesperson in the Department of State, and an Economic Officer at the U.S. Embassy in "
     "Lima, Peru.", {"Deputy Spokesperson in the Department of State", "Economic Officer at the U.S. Embassy in Lima"}),
    # "including time as": the sentence's public body makes the post public
    ("Before that, she served for two years at the Office of Government Ethics as the Principal Deputy Director, "
     "including time as Acting Director.", {"Principal Deputy Director", "Acting Director"}),
    # a lower-case modifier before a capitalised post; "&" inside a body's name
    ("She has also served overseas as lead U.S. Civilian Coordinator in Herat, Afghanistan, and Consular Officer "
     "in Quito, Ecuador.", {"U.S. Civilian Coordinator in Herat", "Consular Officer in Quito"}),
    ("He served as Chief of Research & Analysis of the U.S. Small Business Administration.",
     {"Chief of Research & Analysis of the U.S. Small Business Administration"}),
])
def test_further_posts_of_a_list(sentence: str, titles: set) -> None:
    got = {t for _, _, t, status, _ in bio_offices(sentence) if status == "former"}
    assert all(any(g.startswith(t) for g in got) for t in titles), got


@pytest.mark.parametrize("sentence", [
    "He worked as a Partner at Smith & Wesson LLP.",
    "She was the Director of Admissions at Wexford University, and a Professor of Law at Wexford University.",
    "He worked at Acme Holdings LLC as General Counsel, including time as Acting Chief Counsel.",
])
def test_further_posts_private(sentence: str) -> None:
    assert bio_offices(sentence) == []


@pytest.mark.parametrize("sentence", [
    "From 2015 to 2018, he worked as Director and Senior Counsel, Trade Compliance, for Acme Systems Inc.",
    "Previously, she was the Vice President of Programs at Hope Relief, a non-governmental humanitarian organization.",
])
def test_post_at_a_firm_named_after_it(sentence: str) -> None:
    assert bio_offices(sentence) == []


@pytest.mark.parametrize(("after", "title", "expected"), [
    (" for the Governor’s Iowa Caucus Campaign.", "Senior Advisor", True),
    (" at the Republican National Committee.", "Regional Political Coordinator", True),
    ("", "Field Director for the Roe-Doe 2024 Campaign", True),
    ("", "United States Navy Veteran", True),
    (" for the Senate Committee on Armed Services.", "Staff Director", False),
    (" of the Department of Energy.", "Deputy Director", False),
])
def test_campaign_party_and_veteran_are_no_posts(after: str, title: str, expected: bool) -> None:
    from pipeline.roles.bio_list_posts import firm_after

    assert firm_after(after, title) is expected


@pytest.mark.parametrize(("sentence", "titles"), [
    # a tenure written after a post of a list does not end the list
    ("She served as Deputy Director of the Office of Science from 2009 to 2012 and as Director of the Office of "
     "Policy from 2012 to 2014.", {"Deputy Director of the Office of Science", "Director of the Office of Policy"}),
    ("He served as Assistant Secretary of Labor from 2013 to 2017, and as Deputy Secretary of Labor from 2017 to 2019.",
     {"Assistant Secretary of Labor", "Deputy Secretary of Labor"}),
    ("She previously served as Counsel to the Secretary of Energy (2011-2013) and as Deputy General Counsel of the "
     "Department of Energy (2013-2015).", {"Counsel to the Secretary of Energy", "Deputy General Counsel of the Department of Energy"}),
    ("He was Director of the Census Bureau from 2013 to 2017 and Deputy Secretary of Commerce from 2017 to 2019.",
     {"Director of the Census Bureau", "Deputy Secretary of Commerce"}),
    ("She was a member of the Board of Governors from 2012 to 2018 and Vice Chair of the Board from 2014 to 2018.",
     {"member of the Board of Governors", "Vice Chair of the Board"}),
    ("He also served as the Mayor of Springfield from 2005 to 2013 and as a member of the Springfield City Council.",
     {"Mayor of Springfield", "member of the Springfield City Council"}),
])
def test_tenure_inside_a_list(sentence: str, titles: set) -> None:
    got = {t for _, _, t, status, _ in bio_offices(sentence) if status == "former"}
    assert titles <= got, got


def test_tenure_list_keeps_private_posts_out() -> None:
    got = {t for _, _, t, _, _ in bio_offices("She served as Director of Policy at Acme Holdings LLC from 2009 to 2012 "
                                               "and as Deputy Secretary of Labor from 2012 to 2014.")}
    assert got == {"Deputy Secretary of Labor"}


@pytest.mark.parametrize(("sentence", "title", "status"), [
    ("He served as both Deputy Secretary of Labor and Assistant Secretary of Labor for Policy.",
     "Assistant Secretary of Labor for Policy", "former"),
    ("Ms. Roe was appointed by President Jane Doe as Commissioner of the Federal Maritime Commission in 2014.",
     "Commissioner of the Federal Maritime Commission", "current"),
    ("She served in the Senate-confirmed role of Assistant Secretary of the Navy for Energy.",
     "Assistant Secretary of the Navy for Energy", "former"),
    ("She served as a senior advisor to the Secretary of Transportation.",
     "senior advisor to the Secretary of Transportation", "former"),
    ("From 2009 to 2011, he served as chief of staff to the Secretary of Agriculture.",
     "chief of staff to the Secretary of Agriculture", "former"),
    ("She was nominated by President Jane Doe and confirmed by the Senate as the Inspector General of the "
     "Department of Energy.", "Inspector General of the Department of Energy", "current"),
    ("He was appointed by the Governor to the State Board of Education in 2019.", "Member of the State Board of Education",
     "current"),
])
def test_more_career_forms(sentence: str, title: str, status: str) -> None:
    assert (title, status) in {(t, st) for _, _, t, st, _ in bio_offices(sentence)}


@pytest.mark.parametrize("sentence", [
    "He served as a senior advisor to the CEO of Acme Holdings.",
    "She served in a variety of roles at Acme Corporation.",
])
def test_more_career_forms_private(sentence: str) -> None:
    assert bio_offices(sentence) == []


def test_list_of_embassy_posts_with_charge() -> None:
    sentence = ("She has also served as Deputy Chief of Mission, U.S. Embassy Lima, Peru, Deputy Chief of Mission and "
                "the Chargé d’affaires, U.S. Embassy Quito, Ecuador and Deputy Chief of Mission, U.S. Embassy La Paz, "
                "Bolivia.")
    got = [t for _, _, t, _, _ in bio_offices(sentence, career=True)]
    assert len(got) == 4 and any(t.startswith("Chargé d’affaires") for t in got), got


def test_two_items_of_one_list_with_the_same_head_are_two_posts(roles_of) -> None:
    text = ("President Announces Key Nominees\n\nToday, the President announced his intent to nominate the following "
            "individual:\n\n- Jane Q. Roe, Nominee for Ambassador to the Republic of Wexland\n\n"
            "**Jane Q. Roe, Nominee for Ambassador to the Republic of Wexland**\n\n"
            "Jane Q. Roe, a career member of the Senior Foreign Service, has served as Deputy Chief of Mission, U.S. "
            "Embassy Lima, Peru, Deputy Chief of Mission, U.S. Embassy Quito, Ecuador, and Deputy Chief of Mission, "
            "U.S. Embassy La Paz, Bolivia.\n")
    roles, _ = roles_of(text, country="USA")
    dcm = [r for r in roles if r.person_name == "Jane Q. Roe" and r.status == "former"]
    assert len(dcm) == 3, [(r.title, r.status) for r in roles]


@pytest.mark.parametrize(("sentence", "title"), [
    ("From 2012 to 2020, he was the Principal Deputy Director of the NRO, where he managed the agency.",
     "Principal Deputy Director of the NRO"),
    ("Roe has served in many leadership roles since joining HHS OIG in 2005, including Acting Chief Counsel and "
     "Acting Director of External Affairs.", "Acting Director of External Affairs"),
])
def test_federal_agency_initials_make_a_post_public(sentence: str, title: str) -> None:
    assert title in {t for _, _, t, _, _ in bio_offices(sentence)}


@pytest.mark.parametrize("sentence", [
    "He held roles at IBM, including Chief Counsel and Branch Chief.",
    "He was Director of Research at Doe Labs.",
])
def test_other_initials_do_not(sentence: str) -> None:
    assert bio_offices(sentence) == []
