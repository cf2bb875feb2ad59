"""Abbreviated office titles written before a name: "PM" (Prime Minister, British, Indian and
Australian news usage), AP style "Atty. Gen." and "Supt.", and "Pres."; the person is kept without the title and the
office read in full, while the clock's "PM" ("5 PM", "11:30 PM Sunday"), "PM2.5" and lines in
capitals name nobody.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)


def _people(text: str) -> set[str]:
    from pipeline import nlp as N
    from pipeline.entities import extract_entities
    from pipeline.ingest import parse_txt

    doc = N.process(N.load(), parse_txt(text, source="t", published="2024-03-01"))
    return {e.name for e in extract_entities(doc) if e.label == "PERSON"}


@pytest.mark.parametrize(("text", "person", "role", "country"), [
    ("Talks in the Capital\n\nNEW DELHI — PM Ravi Menon met the Japanese delegation on Friday.",
     "Ravi Menon", "head_of_government", "IND"),
    ("Talks in the Capital\n\nBritain's PM Alan Hartley spoke to reporters on Monday.",
     "Alan Hartley", "head_of_government", "GBR"),
    ("Talks in the Capital\n\nAustralian PM Greg Dunmore visited Perth on Monday.",
     "Greg Dunmore", "head_of_government", "AUS"),
    ("Talks in the Capital\n\nIndian PM Ravi Menon and Japanese PM Kenji Arakawa met in Tokyo.",
     "Kenji Arakawa", "head_of_government", "JPN"),
    ("Talks in the Capital\n\nDeputy PM Clara Voss resigned on Tuesday.", "Clara Voss", "minister_other", None),
    ("Charges Filed\n\nAtty. Gen. Paul Reddick announced the charges on Tuesday.",
     "Paul Reddick", "minister_other", None),
    ("School Closures\n\nSupt. Carla Ridley closed the schools on Monday.", "Carla Ridley", "official_other", None),
])
def test_abbreviated_title_role(roles_of, text, person, role, country) -> None:
    roles, _ = roles_of(text)
    r = next((r for r in roles if r.person_name == person), None)
    assert r is not None
    assert (r.role, r.country) == (role, country)
    if role == "head_of_government":
        assert r.title == "PM"


@pytest.mark.parametrize(("text", "person", "title"), [
    ("Charges Filed\n\nAtty. Gen. Paul Reddick announced the charges on Tuesday.", "Paul Reddick", "Attorney General"),
    ("School Closures\n\nSupt. Carla Ridley closed the schools on Monday.", "Carla Ridley", "Superintendent"),
    ("Order Signed\n\nPres. Maria Olsen of the Republic of Veldan signed the order.", "Maria Olsen", "President"),
])
def test_abbreviation_read_in_full(roles_of, text, person, title) -> None:
    roles, _ = roles_of(text)
    r = next((r for r in roles if r.person_name == person), None)
    assert r is not None and r.title == title


@pytest.mark.parametrize(("text", "person"), [
    ("Talks in the Capital\n\nNEW DELHI — PM Ravi Menon met the Japanese delegation on Friday.", "Ravi Menon"),
    ("Talks in the Capital\n\nBritain's PM Alan Hartley spoke to reporters on Monday.", "Alan Hartley"),
    ("Talks in the Capital\n\nThe budget was approved, and PM Menon said the talks went well.", "Menon"),
    ("Talks in the Capital\n\nPM Ravi Menon met envoys.", "Ravi Menon"),
])
def test_person_after_pm(text, person) -> None:
    people = _people(text)
    assert person in people
    assert not any(p.startswith("PM") for p in people)


@pytest.mark.parametrize("text", [
    "Polls Close\n\nThe council met at 5 PM on Friday in Dayton.",
    "Polls Close\n\nAt 4 PM Tuesday the polls closed in Ohio.",
    "Polls Close\n\nThe talks ended at 11:30 PM Sunday in Geneva.",
    "Polls Close\n\nThe launch happened at 4:18 P.M. KST on Tuesday.",
    "Polls Close\n\nPM2.5 readings from Beijing Station topped 300 on Monday.",
    "Polls Close\n\nTHE PM VISITED NEW DELHI ON FRIDAY.",
    "Polls Close\n\nThe ceasefire begins at 6 PM local time, officials said.",
    "Polls Close\n\nThe report was filed at 3 PM. Tuesday Morning was quiet.",
    "Polls Close\n\nOn Monday at 2:30 PM, Dr. Jane Roe will host a reception.",
    "Polls Close\n\nOn Monday at 2:30 PM, Governor Jane Roe will host a reception.",
])
def test_clock_pm_names_nobody(roles_of, text) -> None:
    roles, _ = roles_of(text)
    assert not any(r.title == "PM" for r in roles)
    assert not any(p in ("Tuesday", "Sunday", "Friday", "Beijing Station") for p in _people(text))


@pytest.mark.parametrize(("text", "person", "title"), [
    ("Briefing\n\nLt. Gen. Paul Okafor led the parade on Friday.", "Paul Okafor", "Lieutenant General"),
    ("Briefing\n\nGen. Paul Okafor led the parade on Friday.", "Paul Okafor", "Gen."),
])
def test_general_without_attorney_stays_a_rank(roles_of, text, person, title) -> None:
    roles, _ = roles_of(text)
    r = next((r for r in roles if r.person_name == person), None)
    assert r is not None and r.title == title and r.role == "military_commander"


@pytest.mark.parametrize("text", [
    "Talks in the Capital\n\nPM Menon Visits Tokyo for Talks on Trade\n\nThe visit began on Monday.",
    "Talks in the Capital\n\nJapan's PM Arakawa Says Economy Will Recover\n\nThe minister spoke on Monday.",
])
def test_title_case_headline_takes_no_verb_into_the_name(text) -> None:
    assert not any(len(p.split()) > 1 and p.split()[1] in ("Visits", "Says") for p in _people(text))
