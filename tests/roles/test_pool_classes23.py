"""Error classes of the twenty-third round, read on the output for unannotated White House
documents (nomination lists, readouts, biographies and transcripts): a Senate list whose names
are set in bold; a plural title before names with a hyphened surname or with its remit written
after it ("Secretaries of State A and B"); a turn label with accented capitals; and a body's
two-word name the NER read into its head's name ("Forest Service Jane Roe").

Every sentence is invented for these tests in the style of White House releases.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

SENATE_HEAD = "Nominations Sent to the Senate\n\n"


@pytest.mark.model
@pytest.mark.parametrize(("entry", "person", "title"), [
    ("**Mara Quellen**, of Kentucky, to be United States Attorney for the Western District of Kentucky for a "
     "term of four years.", "Mara Quellen", "Attorney for the Western District of Kentucky"),
    ("** Tobin Farrowe**, of Vermont, to be Deputy Secretary of Commerce.", "Tobin Farrowe",
     "Deputy Secretary of Commerce"),
    ("Lena Vaskova, of Wyoming, to be a Commissioner of the Postal Regulatory Commission for a term expiring August 27, 2031.",
     "Lena Vaskova", "Commissioner of the Postal Regulatory Commission"),
])
def test_senate_entry_with_bold_name(roles_of, entry: str, person: str, title: str) -> None:
    text = SENATE_HEAD + entry + "\n\n**Ivo Brandtner**, of Delaware, to be Under Secretary of the Navy.\n"
    roles, _ = roles_of(text, published="2025-07-01", country="USA")
    got = {(r.person_name, r.title, r.status) for r in roles}
    assert (person, title, "nominee") in got
    assert ("Ivo Brandtner", "Under Secretary of the Navy", "nominee") in got


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The President called Governor Ada Pryce, Senators Tomas Wells and Nina Lyle-Brandt, and local leaders.",
     {("Tomas Wells", "Senator"), ("Nina Lyle-Brandt", "Senator")}),
    ("Earlier she served as Special Assistant to Secretaries of State James Brandt and Maria Kett.",
     {("James Brandt", "Secretary of State"), ("Maria Kett", "Secretary of State")}),
    ("He advised Secretaries of the Treasury Helen Marsh and Owen Pratt on debt policy.",
     {("Helen Marsh", "Secretary of the Treasury"), ("Owen Pratt", "Secretary of the Treasury")}),
])
def test_plural_title_lists(roles_of, text: str, expected: set) -> None:
    roles, _ = roles_of("Readout of a Call\n\n" + text + "\n", country="USA")
    assert expected <= {(r.person_name, r.title) for r in roles}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Ministers of Finance Council met in Brussels on Tuesday.",
    "Ministers of Finance from the region met in Paris with Anna Drew, a banker.",
])
def test_plural_title_with_remit_needs_names(roles_of, text: str) -> None:
    roles, _ = roles_of("Readout of a Call\n\n" + text + "\n", country="USA")
    assert not any(r.title.startswith("Minister") for r in roles)


@pytest.mark.model
def test_speaker_label_with_accented_capitals_names_the_office(roles_of) -> None:
    text = ("Remarks Before a Bilateral Meeting\n\nPresidential Palace\nHanoi, Vietnam\n\n"
            "PRIME MINISTER ĐẶNG:  (As interpreted.) Mr. President, welcome to Hanoi.  We are honored.\n\n"
            "PRESIDENT ROE:  Many thanks, Prime Minister.  I am glad to see Hanoi again.\n\n"
            "PRIME MINISTER ĐẶNG:  Thank you.\n")
    roles, _ = roles_of(text, published="2023-09-11", country="USA")
    assert ("Prime Minister", "head_of_government") in {(r.title, r.role) for r in roles
                                                       if (r.person_name or "").lower() == "đặng"}


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "title"), [
    ("He was briefed by Chief of the United States Forest Service Randy Moore and others.", "Randy Moore",
     "Chief of the Forest Service"),
    ("He was briefed by Chief of the Forest Service Randy Moore and others.", "Randy Moore",
     "Chief of the Forest Service"),
    ("He was briefed by Administrator of the National Oceanographic and Atmospheric Administration (NOAA) "
     "Richard Spinrad.", "Richard Spinrad",
     "Administrator of the National Oceanographic and Atmospheric Administration"),
    ("The President met the High Commissioner for Refugees (UNHCR) Filippo Grandi.", "Filippo Grandi",
     "High Commissioner for Refugees"),
])
def test_body_name_between_title_and_holder(roles_of, text: str, person: str, title: str) -> None:
    roles, _ = roles_of("Readout of a Briefing\n\n" + text + "\n", country="USA")
    assert (person, title) in {(r.person_name, r.title) for r in roles}
    assert not any((r.person_name or "").startswith(("Forest", "Service")) for r in roles)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Today, I am nominating two officers to lead our forces.\n\nAs our next Chief of Naval Operations, "
     "Admiral Lisa Franchetti will bring 38 years of service to the post.",
     {("Lisa Franchetti", "Chief of Naval Operations", "nominee")}),
    ("The President nominated a new envoy today.\n\nAs the next Ambassador to Chile, Maria Kett will lead "
     "our embassy in Santiago.", {("Maria Kett", "Ambassador to Chile", "nominee")}),
    # a campaign's hope is no nomination: no office at all
    ("Vote on Tuesday.\n\nAs our next President, Maria Kett will fight for working families.", set()),
])
def test_fronted_next_office_in_a_nomination(roles_of, text: str, expected: set) -> None:
    roles, _ = roles_of("Statement from the President\n\n" + text + "\n", country="USA")
    assert {(r.person_name, r.title, r.status) for r in roles if r.person_name == "Maria Kett"
            or r.person_name == "Lisa Franchetti"} == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "title"), [
    ("The President called Congressman French Hill and Senator Rose Black today.", "French Hill", "Congressman"),
    ("Prime Minister Han of Korea welcomed the delegation.", "Han", "Prime Minister"),
])
def test_given_name_read_as_a_demonym(roles_of, text: str, person: str, title: str) -> None:
    roles, _ = roles_of("Statement from the President\n\n" + text + "\n", country="USA")
    assert (person, title) in {(r.person_name, r.title) for r in roles}
