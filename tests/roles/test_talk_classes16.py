"""Roles in transcripts (round 16): a turn label naming the office alone is not spoken by a leader
of the past the speech mentions, and a bare office word that a clause of time says someone held.

The sentences are written for these tests; names are invented, except the past US presidents the
office-holder table dates (their terms decide the first test).
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

from pipeline.roles.past_leaders import leader_term_over


def _triples(roles):
    return {(r.person_name, r.role, r.country, r.status) for r in roles}


@pytest.mark.parametrize("name,role,date,over", [
    ("Eisenhower", "head_of_state", "2023-12-05", True),
    ("Dwight D. Eisenhower", "head_of_state", "2023-12-05", True),
    ("Barack Obama", "head_of_state", "2016-05-01", False),  # in office then
    ("Eisenhower", "head_of_state", None, False),  # no date: nothing known
    ("Eisenhower", "legislator", "2023-12-05", False),  # only leaders' terms are read
    ("Quentin Marlowe", "head_of_state", "2023-12-05", False),  # not in the table
])
def test_leader_term_over(name, role, date, over):
    assert leader_term_over(name, role, date) is over


@pytest.mark.model
@pytest.mark.parametrize("text,absent", [
    # the one "President X" named is a president of the past: not who "THE PRESIDENT" is
    ("Remarks at a Dinner\n\nTHE PRESIDENT:  Good evening.  Back then I drafted the Clean Harbors Act as a senator.\n\n"
     "No road program has been this large since the days of President Eisenhower.",
     ("Eisenhower", "legislator", "USA", "former")),
    ("Remarks at a Dinner\n\nTHE PRESIDENT:  Good evening.  As a senator, I voted for the canal bill.  The "
     "canal was planned under President Truman.", ("Truman", "legislator", "USA", "former")),
])
def test_past_leader_is_no_speaker(roles_of, text, absent):
    roles, _ = roles_of(text, published="2023-12-05")
    assert absent not in _triples(roles)


@pytest.mark.model
def test_current_president_speaks_beside_a_past_one(roles_of):
    # of the two presidents named, the one in office at publication is "THE PRESIDENT"
    roles, _ = roles_of("Remarks at a Reception\n\nTHE PRESIDENT:  Thank you.  I wrote the act as a senator.  "
                        "When President Obama and I took office, things were bad.  President Biden is here.",
                        published="2023-12-05")
    assert ("Biden", "legislator", "USA", "former") in _triples(roles)


@pytest.mark.model
@pytest.mark.parametrize("text,present", [
    ("Remarks\n\nTHE PRESIDENT:  When Marlowe was president in 2020, the largest firms paid nothing.",
     ("Marlowe", "head_of_state")),
    ("Remarks\n\nTHE PRESIDENT:  In the four years Quentin Marlowe was president, jobs were lost.",
     ("Quentin Marlowe", "head_of_state")),
    ("Remarks\n\nTHE PRESIDENT:  While Maria Lopez was governor, taxes rose.", ("Maria Lopez", "official_other")),
    ("Remarks\n\nTHE PRESIDENT:  Back when Tom Haskin was mayor, the city grew.", ("Tom Haskin", "official_other")),
])
def test_time_clause_offices(roles_of, text, present):
    roles, _ = roles_of(text, published="2023-12-05")
    assert any((r.person_name, r.role) == present and r.status == "former" for r in roles)


@pytest.mark.model
@pytest.mark.parametrize("text,name", [
    # a bare office word outside a clause of time says not which office
    ("Remarks\n\nTHE PRESIDENT:  Tom Haskin was chairman for years.", "Tom Haskin"),
    ("Remarks\n\nTHE PRESIDENT:  Tom Haskin was president.", "Tom Haskin"),
    # a pronoun's antecedent is another reading's matter
    ("Remarks\n\nTHE PRESIDENT:  Tom Haskin came by.  When he was mayor, the city grew.", "Tom Haskin"),
    # "the president" of something unnamed, and a club's president
    ("Remarks\n\nTHE PRESIDENT:  When Tom Haskin was the president, the club grew.", "Tom Haskin"),
    ("Remarks\n\nTHE PRESIDENT:  When Tom Haskin was president of the club, it grew.", "Tom Haskin"),
])
def test_bare_office_outside_time_clause(roles_of, text, name):
    roles, _ = roles_of(text, published="2023-12-05")
    assert not any(r.person_name == name for r in roles)


@pytest.mark.model
@pytest.mark.parametrize("label,name,present", [
    ("SURGEON GENERAL PELLWORTH", "Ana Pellworth", ("official_other", "current")),
    ("ACTING SECRETARY HASKIN", "Tom Haskin", ("official_other", "acting")),
    ("COMMISSIONER MARLOWE", "Quentin Marlowe", ("official_other", "current")),
])
def test_label_offices(roles_of, label, name, present):
    # a turn label writes the office before the speaker's surname
    roles, _ = roles_of(f"Press Briefing\n\nMS. ROE:  Today we welcome Dr. {name}, who will speak first.\n\n"
                        f"{label}:  Thank you, Jane.  It is good to be here.\n\nMS. ROE:  Thanks.",
                        published="2023-12-05")
    surname = name.split()[-1].lower()
    assert any(surname in r.person_name.lower() and (r.role, r.status) == present for r in roles)


@pytest.mark.model
@pytest.mark.parametrize("label", ["FIRST LADY HASKIN", "SENIOR ADMINISTRATION OFFICIAL", "MODERATOR"])
def test_label_without_office(roles_of, label):
    # no head word of an office: no role from the label
    roles, _ = roles_of(f"Press Briefing\n\nMS. ROE:  Today we welcome Dr. Tom Haskin.\n\n"
                        f"{label}:  Thank you, Jane.\n\nMS. ROE:  Thanks.", published="2023-12-05")
    assert not any("haskin" in r.person_name.lower() for r in roles)


_PARTICIPANTS = ("Readout of the Vice President’s Convening\n\nParticipants included:\n\n"
                 "-   {entry}\n-   Tom Haskin, Director for Policy, White House Office of Public Engagement\n\n###")


@pytest.mark.model
@pytest.mark.parametrize("entry,name", [
    # the entry's last part is a private body's name, wrapped over two lines
    ("Ana Pellworth, Chief Public Policy Officer, Contoso Foundation\n    for the Blind", "Ana Pellworth"),
    ("Ana Pellworth, Vice President, Government Relations, Northwind\n    Riders Association", "Ana Pellworth"),
    ("Ana Pellworth, Senior Advisor for Public Policy and Research,\n    Contoso Foundation for the Blind", "Ana Pellworth"),
])
def test_participant_private_employer(roles_of, entry, name):
    roles, _ = roles_of(_PARTICIPANTS.format(entry=entry), published="2023-07-12")
    assert not any(r.person_name == name for r in roles)
    assert any(r.person_name == "Tom Haskin" for r in roles)


@pytest.mark.model
@pytest.mark.parametrize("entry,name", [
    # a public body last keeps the office
    ("Ana Pellworth, Senior Advisor, Bureau of Land\n    Management", "Ana Pellworth"),
    ("Ana Pellworth, Senior Advisor, National Park Service", "Ana Pellworth"),
])
def test_participant_public_employer(roles_of, entry, name):
    roles, _ = roles_of(_PARTICIPANTS.format(entry=entry), published="2023-07-12")
    assert any(r.person_name == name for r in roles)


@pytest.mark.model
@pytest.mark.parametrize("text,present", [
    # an excerpt without heading: its places lie in one country
    ("And I want to thank Governor Haskin, my dear friend, and Mayor Pellworth for welcoming us to Chicago.  "
     "The people of Illinois and of Chicago know what this means for the United States.", ("Haskin", "USA")),
    # its one placed official serves the country its places name most
    ("Secretary Blinken is with us tonight.  So is Congresswoman Ada Lin, who came from Ohio with Mayor Tom "
     "Reyes of Dayton, Ohio.", ("Ada Lin", "USA")),
])
def test_unplaced_countries(roles_of, text, present):
    roles, _ = roles_of(text, published="2023-08-30")
    assert present in {(r.person_name, r.country) for r in roles}


@pytest.mark.model
@pytest.mark.parametrize("text,name", [
    # places of two countries as often: no country follows from the text
    ("Mayor Haskin spoke of Canada and of the United States, of Toronto and of Ohio.", "Haskin"),
    # a visit names the host's places: the visitor is not the host's
    ("Governor Haskin visited Israel this week and met President Isaac Herzog in Jerusalem, Israel.", "Haskin"),
    # a national staff post travels: only legislators and state and local officials are placed so
    ("Senior Adviser Tom Reyes spoke of Chicago and Illinois, and of Illinois again.", "Tom Reyes"),
])
def test_unplaced_countries_left_open(roles_of, text, name):
    roles, _ = roles_of(text, published="2023-08-30")
    assert all(r.country is None for r in roles if r.person_name == name)
