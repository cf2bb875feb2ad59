"""Round 28 role classes: written for these tests in the style of the genres named; names invented."""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

_SENATE = "Nominations Sent to the Senate\n\n"


@pytest.mark.model
@pytest.mark.parametrize(("entry", "predecessor"), [
    # the office a Senate list fills is public whatever its body's name sounds like ("Institute",
    # "Foundation", "Corporation"): the predecessor held that office too
    ("Ruth Okoye, of Ohio, to be Director of the Institute of Coastal Science for a term of six years, "
     "vice Mark Lindqvist, term expired.", "Mark Lindqvist"),
    ("Tomas Brandt, of Iowa, to be a Member of the Board of Directors of the Corporation for Public "
     "Broadcasting for a term expiring January 31, 2030, vice Alice Fenwick, term expired.", "Alice Fenwick"),
    ("Jana Kowal, of Texas, to be Director of the Institute of Arctic Research for a term of four years, "
     "vice Peter Halloran, resigned.", "Peter Halloran"),
])
def test_senate_predecessor_holds_the_public_office(roles_of, entry, predecessor) -> None:
    roles, _ = roles_of(_SENATE + entry, published="2024-09-09")
    assert [(r.country, r.status) for r in roles if r.person_name == predecessor] == [("USA", "former")], roles


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "expected"), [
    # chosen for a post, not yet in it: a nominee, as "intends to nominate"
    ("The President has tapped Dana Whitfield for Under Secretary of the Navy.", "Dana Whitfield", "nominee"),
    ("President Biden has selected Omar Haddad for Assistant Secretary of State for Consular Affairs.",
     "Omar Haddad", "nominee"),
    # a choice dated to an earlier year is history, not a nomination now
    ("In 2014, President Obama picked Dana Whitfield as Under Secretary of the Navy.", "Dana Whitfield", None),
    # naming and appointing keep their tense: the appointment itself
    ("Secretary Whitfield was appointed Under Secretary of the Navy in March.", "Whitfield", None),
])
def test_chosen_for_a_post_is_a_nominee(roles_of, text, person, expected) -> None:
    roles, _ = roles_of(text, published="2023-06-01", country="USA")
    got = {r.status for r in roles if r.person_name == person}
    assert (expected in got) if expected else ("nominee" not in got), roles


@pytest.mark.parametrize(("heading_office", "expected"), [
    # the President's own agencies follow their officials' titles: a body, not a second office
    ("National Cyber Director, Executive Office of the President",
     ["National Cyber Director, Executive Office of the President"]),
    ("Associate Director for Natural Resources, Office of Management and Budget, Executive Office of the President",
     ["Associate Director for Natural Resources, Office of Management and Budget, Executive Office of the President"]),
    # a second office still splits
    ("Deputy Director, and Chief Scientist", ["Deputy Director", "Chief Scientist"]),
])
def test_executive_office_is_the_body_of_the_office_before(heading_office, expected) -> None:
    from pipeline.roles.nominations import office_list

    assert office_list(heading_office) == expected


_BOARD = ("President Biden Announces Key Appointments to Boards and Commissions\n\n"
          "WASHINGTON – Today, President Biden announced his intent to appoint the following individuals "
          "as members of the Coastal Resilience Advisory Board:\n\n")


@pytest.mark.parametrize(("items", "expected"), [
    # the list's bullets, and two posts of the one body on one item
    ("-   Nora Castell, Member and Designated Chair\n-   Ivan Petrakis, Member\n",
     [("Nora Castell", "Member and Designated Chair of the Coastal Resilience Advisory Board"),
      ("Ivan Petrakis", "Member of the Coastal Resilience Advisory Board")]),
    ("* Nora Castell, Member\n* Ivan Petrakis\n",
     [("Nora Castell", "Member of the Coastal Resilience Advisory Board"),
      ("Ivan Petrakis", "Member of the Coastal Resilience Advisory Board")]),
    # a bullet of prose is no member
    ("-   Building stronger shorelines for coastal towns across the country.\n", []),
])
def test_bulleted_appointee_lists(items, expected) -> None:
    from pipeline.roles.nominations import find_nominations

    assert [(n.name, n.title) for n in find_nominations(_BOARD + items)[0]] == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "title"), [
    # the NER takes a name it does not know into the body before it
    ("President Biden met with Chairman of the National Assembly Tran Van Loc of Vietnam in Hanoi.",
     "Tran Van Loc", "Chairman of the National Assembly"),
    ("The President and Chairman of the National Assembly Nguyen Dinh Khoa of Vietnam met today. "
     "The President thanked Chairman Khoa for his leadership.", "Nguyen Dinh Khoa", "Chairman of the National Assembly"),
])
def test_name_read_into_the_body_before_it(text, person, title) -> None:
    from pipeline import extract  # the roles component unglues entities before the roles stage reads them

    roles = extract(text, published="2023-09-11").record.roles
    assert (title, "legislator", "VNM") in {(r.title, r.role, r.country) for r in roles if r.person_name == person}, roles


@pytest.mark.model
def test_a_body_name_that_runs_on_into_no_name_is_kept() -> None:
    from pipeline import extract

    rec = extract("The delegation visited the headquarters of the National Assembly Research Service Library.",
                  published="2023-09-11").record
    assert not [e for e in rec.entities if e.label == "PERSON"]
    # a body's name the NER cut short ("the Office of National Drug Control" | "Policy"): no name in it
    rec = extract("The delegation included Deputy Director of the Office of National Drug Control Policy "
                  "Adam Cohen and others.", published="2024-02-07").record
    assert [r.person_name for r in rec.roles] == ["Adam Cohen"]


@pytest.mark.parametrize(("title", "role"), [
    # a legislature's presiding officer, styled Speaker, President or Chairman
    ("Chairman of the National Assembly", "legislator"),
    ("Chairwoman of the Verkhovna Rada", "legislator"),
    ("Chairman of the Standing Committee of the National People's Congress", "legislator"),
    ("Chairman of the Joint Chiefs of Staff", "military_commander"),
    ("Chair of the Council of Economic Advisers", "official_other"),
])
def test_presiding_officer_styled_chairman(title, role) -> None:
    from pipeline.roles.titles import classify

    assert classify(title, None) == role


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "organization"), [
    # an intergovernmental organisation written with its full official name
    ("The President met with Secretary General of the Association of Southeast Asian Nations Lim Sok Chan.",
     "Lim Sok Chan", "ASEAN"),
    ("Secretary Blinken met with the Secretary General of the Organization for Security and Co-operation in "
     "Europe, Helga Brandt, in Vienna.", "Helga Brandt", "OSCE"),
])
def test_organisation_full_names(text, person, organization) -> None:
    from pipeline import extract

    roles = extract(text, published="2023-09-11").record.roles
    assert organization in {r.organization for r in roles if r.person_name == person}, roles


@pytest.mark.model
def test_chamber_written_before_the_verb() -> None:
    """"While in the Senate, he served on ...": the chamber before the verb gave an evidence span
    ending before it started (a crash in a later step)."""
    from pipeline import nlp as N
    from pipeline.entities import EntityIndex, extract_entities
    from pipeline.ingest import parse_txt
    from pipeline.roles.reader import reader_for, release_reader
    from pipeline.roles.served_seats import served_seats

    text = ("Dana Whitfield is a former two-term United States Senator from Indiana. While in the Senate, "
            "he served on several committees, including the Armed Services Committee.")
    doc = N.process(N.load(), parse_txt(text, source="t", published="2022-06-15"))
    cands = served_seats(reader_for(doc, EntityIndex.build(extract_entities(doc))))
    release_reader()
    assert cands and all(c.start < c.end for c in cands)
