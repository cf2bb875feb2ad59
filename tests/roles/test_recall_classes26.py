"""Recall classes of the twenty-sixth round, from a new pool of unannotated White House releases
(read as a class table of the misses, not document by document): "UN Ambassador X" as a member
state's envoy, a personal rank after an announced office, a curly "who’s" before a title,
slash-joined titles, nominee headings with a lower-case "nominee", a death written before a name
whose office follows it, "roles held by X ... include" and "joined X as Y" in biographies, the NSA's initials, and a
heading's "U.S. Marshal Western District".

Every sentence is invented for these tests in the style of White House releases.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

from pipeline.roles.held_ranks import without_held_rank
from pipeline.roles.nomination_bios import bio_offices
from pipeline.roles.titles import classify


@pytest.mark.parametrize(("title", "office"), [
    ("Coordinator for Counterterrorism, with the rank of Ambassador", "Coordinator for Counterterrorism"),
    ("Special Envoy for Global Food Security, with the personal rank of Ambassador at Large",
     "Special Envoy for Global Food Security"),
    ("Ambassador Extraordinary and Plenipotentiary to Chile", "Ambassador Extraordinary and Plenipotentiary to Chile"),
    ("Director of the Office of Rank Management", "Director of the Office of Rank Management"),
])
def test_without_held_rank(title: str, office: str) -> None:
    assert without_held_rank(title) == office


@pytest.mark.parametrize(("title", "role"), [
    ("Marshal Western District of North Carolina", "official_other"),
    ("Marshal, Western District of Texas", "official_other"),
    ("Marshal for the Eastern District of North Carolina", "official_other"),
    ("Field Marshal", "military_commander"),
])
def test_marshal_of_a_judicial_district(title: str, role: str) -> None:
    assert classify(title) == role


@pytest.mark.parametrize(("sentence", "titles"), [
    ("Other senior roles held by Ruiz during his two decades in the Foreign Service include Deputy Chief of "
     "Mission of the U.S. Embassy in Accra, Ghana; Executive Director of the Bureau of African Affairs; and "
     "Deputy Chief of Mission of the U.S. Embassy in Quito, Ecuador.",
     ["Deputy Chief of Mission of the U.S. Embassy in Accra, Ghana", "Executive Director of the Bureau of African Affairs",
      "Deputy Chief of Mission of the U.S. Embassy in Quito, Ecuador"]),
    ("Her roles include mentoring young lawyers at the firm.", []),
    # the National Security Agency by its initials: a company-style title of a government agency
    ("From 2015 to 2018, Baines served as the Executive Director of the NSA.", ["Executive Director of the NSA"]),
    ("From 2015 to 2018, Baines served as the Executive Director of the NSA Alumni Society.", []),
    # "joined X as Y": the post a career step began with; a firm's post is none
    ("She joined the Department of State as a Foreign Service Officer in 1995.", ["Foreign Service Officer"]),
    ("In 2010, he joined the Office of Management and Budget as Deputy Associate Director for Energy.",
     ["Deputy Associate Director for Energy"]),
    ("He joined Acme Holdings LLC as Vice President for Government Affairs in 2015.", []),
])
def test_biography_lists_and_agency_initials(sentence: str, titles: list[str]) -> None:
    assert [t for _, _, t, _, _ in bio_offices(sentence)] == titles


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "expected"), [
    # the organisation before "Ambassador" is where the envoy is posted; the government is the document's
    ("During the Clinton Administration, she served as Chief of Staff to UN Ambassador Madeleine Albright.\n",
     "Madeleine Albright", ("ambassador", "USA", None)),
    ("The President spoke with U.N. Ambassador Nikki Haley about the vote.\n", "Nikki Haley", ("ambassador", "USA", None)),
    # a country written with the title keeps it
    ("Russia’s UN Ambassador Vassily Nebenzia said the resolution was one-sided.\n", "Vassily Nebenzia",
     ("ambassador", "RUS", None)),
    # the organisation's own officials stay the organisation's
    ("UN Secretary-General António Guterres welcomed the vote.\n", "António Guterres", ("official_other", None, "UN")),
])
def test_un_ambassador_is_a_member_states_envoy(roles_of, text: str, person: str, expected: tuple) -> None:
    roles, _ = roles_of("Statement on the Vote\n\n" + text, country="USA")
    got = {(r.role, r.country, r.organization) for r in roles if r.person_name == person}
    assert expected in got


@pytest.mark.model
@pytest.mark.parametrize(("item", "person", "expected"), [
    ("Mark Ellis, Nominee for U.S. Coordinator for Counterterrorism, with the rank of Ambassador", "Mark Ellis",
     ("Coordinator for Counterterrorism", "official_other")),
    ("Rosa Lind, Nominee for U.S. Representative to the Organization for Security and Cooperation in Europe, with the "
     "rank of Ambassador", "Rosa Lind", ("Representative to the Organization for Security and Cooperation in Europe",
                                         "ambassador")),
])
def test_a_held_rank_is_no_part_of_the_announced_office(roles_of, item: str, person: str, expected: tuple) -> None:
    text = ("President Biden Announces Key Nominees\n\nWASHINGTON – Today, President Joe Biden announced his intent to "
            "nominate the following individuals:\n\n-   " + item + "\n-   Ana Cruz, Nominee for Member of the National "
            "Transportation Safety Board\n")
    roles, _ = roles_of(text, country="USA")
    got = {(r.title, r.role) for r in roles if r.person_name == person and r.status == "nominee"}
    assert got == {expected}


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "title"), [
    ("Our speakers today are John Kirby and Celeste Wallander, who’s the Assistant Secretary of Defense for "
     "International Security Affairs.\n", "Celeste Wallander", "Assistant Secretary of Defense for International Security Affairs"),
    ("We also have Maria Lopez, who’s the Deputy Secretary of Commerce.\n", "Maria Lopez", "Deputy Secretary of Commerce"),
    # the contraction of "has" before another verb: the title is another person's
    ("Jane Roe, who’s been critical of Ambassador to Chile Tom Hale, spoke at the event.\n", "Jane Roe", None),
])
def test_curly_whos_before_a_title(roles_of, text: str, person: str, title: str | None) -> None:
    roles, _ = roles_of("On-the-Record Press Call\n\n" + text, country="USA")
    got = {r.title for r in roles if r.person_name == person}
    assert got == ({title} if title else set())


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "expected"), [
    ("Secretary Blinken met today with Deputy Prime Minister/Foreign Minister Tran Van Minh of Vietnam.\n",
     "Tran Van Minh", {("minister_other", "VNM"), ("foreign_minister", "VNM")}),
    ("The Secretary met with First Vice President/Foreign Minister Laura Ruiz of Costa Rica.\n",
     "Laura Ruiz", {("official_other", "CRI"), ("foreign_minister", "CRI")}),
    # places joined by a slash are no offices
    ("The Secretary discussed the U.S./Mexico border with Governor Jane Abbot of Texas.\n", "Jane Abbot",
     {("official_other", "USA")}),
    # one office written with a slash: no second office of its first word
    ("The event was organized by Secretary/Treasurer Mark Hale of the Teamsters local.\n", "Mark Hale", set()),
])
def test_slash_joined_titles_are_two_offices(roles_of, text: str, person: str, expected: set) -> None:
    roles, _ = roles_of("Readout of a Meeting\n\n" + text, country="USA")
    assert {(r.role, r.country) for r in roles if r.person_name == person} == expected


_LOWER_NOMINEE = (
    "President Biden Announces Nominees\n\nWASHINGTON – Today, President Joe Biden announced his intent to nominate "
    "the following individuals:\n\n**Anne K. Cole, U.S. Attorney nominee for the District of Idaho**\n\n"
    "Anne K. Cole served as an Assistant United States Attorney for the U.S. Attorney’s Office for the District of "
    "Idaho from 1990 until 2015. Ms. Cole held numerous positions during her tenure, including as the First Assistant "
    "United States Attorney from 2010 to 2015, and as the Acting United States Attorney for several months in 2012.\n\n"
    "**Peter J. Lund, U.S. Attorney nominee for the District of Utah**\n\nPeter J. Lund is a partner at Lund LLP. "
    "From 2003 to 2004, he served as a law clerk for Judge Mary Ames on the United States District Court for the "
    "District of Utah.\n")


@pytest.mark.model
@pytest.mark.parametrize(("person", "title", "status"), [
    ("Anne K. Cole", "Attorney for the District of Idaho", "nominee"),
    ("Anne K. Cole", "First Assistant United States Attorney", "former"),
    ("Anne K. Cole", "Acting United States Attorney", "former"),
    ("Peter J. Lund", "Attorney for the District of Utah", "nominee"),
    ("Peter J. Lund", "law clerk", "former"),
])
def test_lower_case_nominee_heading_opens_a_biography(roles_of, person: str, title: str, status: str) -> None:
    roles, _ = roles_of(_LOWER_NOMINEE, country="USA")
    assert (title, status) in {(r.title, r.status) for r in roles if r.person_name == person}


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "status"), [
    ("President Joseph R. Biden, Jr. today announced a Presidential Delegation to Abu Dhabi to pay respects upon the "
     "death of His Highness Sheikh Khalifa bin Zayed Al Nahyan, President of the United Arab Emirates.\n",
     "Khalifa bin Zayed Al Nahyan", "former"),
    ("We mourn the death of Jane Whitford, a former Senator from Ohio.\n", "Jane Whitford", "former"),
    # another person's death: the office stands
    ("On the death of Mr. Tom Reyes's father, Governor of Ohio Jane Lind sent her condolences.\n", "Jane Lind", "current"),
])
def test_death_written_before_the_name(roles_of, text: str, person: str, status: str) -> None:
    roles, _ = roles_of("Statement\n\n" + text, country="USA")
    assert {r.status for r in roles if r.person_name == person} == {status}
