"""Role status (current, former, nominee, elect, acting) and since/until (issue #11 item 2)."""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

from pipeline.roles.status import years


@pytest.mark.parametrize(("text", "title", "expected"), [
    ("He served as Secretary of the Army from 2016 to 2017.", "Secretary of the Army", ("2016", "2017")),
    ("She was ambassador between 2004 and 2006.", "ambassador", ("2004", "2006")),
    ("He was minister for defence (2016-2019) and later chair.", "minister for defence", ("2016", "2019")),
    ("He has served as Commissioner since June 8, 2020.", "Commissioner", ("2020-06-08", None)),
    ("She served in Tbilisi until 2007.", "Tbilisi", (None, "2007")),
    ("From 1999 to 2000 he commanded Task Force Falcon.", "Task Force Falcon", ("1999", "2000")),  # before the title
    ("He was ambassador. Nothing else.", "ambassador", (None, None)),
    ("He served as director of the office from September 1, 2019 to March 3, 2021.", "director",
     ("2019-09-01", "2021-03-03")),
])
def test_years(text: str, title: str, expected) -> None:
    lo = text.index(title)
    assert years(text, lo, lo + len(title), (0, len(text))) == expected


def test_years_take_the_phrase_nearest_after_the_title() -> None:
    text = "He served as Director from 1998 to 2001 and as Secretary from 2013 to 2017."
    lo = text.index("Secretary")
    assert years(text, lo, lo + len("Secretary"), (text.index(" and "), len(text))) == ("2013", "2017")


# (text, person, role category, status, since, until)
STATUS = [
    ("Former President Donald Trump criticised the decision.", "Donald Trump", "head_of_state", "former", None, None),
    ("Ex-President Jacob Zuma addressed supporters.", "Jacob Zuma", "head_of_state", "former", None, None),
    ("The late President Jimmy Carter was honoured in Atlanta.", "Jimmy Carter", "head_of_state", "former", None, None),
    ("Then-Vice President Joe Biden visited Kyiv in 2014.", "Joe Biden", "official_other", "former", None, None),
    ("President-elect Donald Trump named his cabinet.", "Donald Trump", "head_of_state", "elect", None, None),
    ("Acting Secretary of the Navy Thomas Harker issued the order.", "Thomas Harker", "official_other", "acting",
     None, None),
    ("Caretaker Prime Minister Najib Mikati said Lebanon wanted calm.", "Najib Mikati", "head_of_government",
     "acting", None, None),
    ("Interim Prime Minister Muhammad Yunus met diplomats.", "Muhammad Yunus", "head_of_government", "acting",
     None, None),
    ("Shadow defence secretary John Healey accused the government of cutting the Army.", "John Healey",
     "legislator", "current", None, None),
    ("President Biden announced his intent to nominate Jane Doe to be Ambassador to Chile.", "Jane Doe",
     "ambassador", "nominee", None, None),
    ("Jane Doe, the nominee for Ambassador to Chile, testified on Tuesday.", "Jane Doe", "ambassador", "nominee",
     None, None),
    ("Christopher Hanson has served as Commissioner of the Nuclear Regulatory Commission since June 8, 2020.",
     "Christopher Hanson", "official_other", "current", "2020-06-08", None),
    ("Mark Esper was sworn in on Tuesday. He previously served as Secretary of the Army from 2017 to 2019.",
     "Mark Esper", "official_other", "former", "2017", "2019"),
    ("Defense Secretary Lloyd Austin spoke in Manila from 2021 to 2022 plans.", "Lloyd Austin", "defence_minister",
     "current", None, None),  # an adjacent title in the news takes no years
    # "past" before a title is the adjective of an office held before; as a preposition it says nothing
    ("Tom Reyes is a lawyer in Tulsa. He is a past Chair of the Oklahoma Turnpike Authority.", "Tom Reyes",
     "official_other", "former", None, None),
    ("The motorcade drove past Governor Kevin Stitt on Main Street.", "Kevin Stitt", "official_other", "current",
     None, None),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "role", "status", "since", "until"), STATUS)
def test_status(roles_of, text, person, role, status, since, until) -> None:
    roles, _ = roles_of(text, published="2024-03-01")
    hits = [(r.role, r.status, r.since, r.until) for r in roles if r.person_name == person]
    assert (role, status, since, until) in hits, roles
