"""Error classes of the twenty-fourth round, read on a development set annotated blind: a plural
legislator's post after another plural list ("Senators A and B, and Representatives C, D and E"),
a "President" who heads a monarchy's government (Spain), and the Pope, head of state of the
Vatican City State.

Every sentence is invented for these tests in the style of White House releases.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Statement\n\nWe commend Senators Ruiz and Caldwell, and Representatives DeMarco, Fenwick, and Tasker, "
     "for their leadership on this issue.",
     {("DeMarco", "Representative"), ("Fenwick", "Representative"), ("Tasker", "Representative"),
      ("Ruiz", "Senator"), ("Caldwell", "Senator")}),
    ("Statement\n\nWe applaud Representatives Okafor, Lindqvist and Pereira for introducing the bill.",
     {("Okafor", "Representative"), ("Lindqvist", "Representative"), ("Pereira", "Representative")}),
])
def test_plural_post_lists(roles_of, text: str, expected: set) -> None:
    roles, _ = roles_of(text, country="USA")
    got = {(r.person_name, r.title) for r in roles}
    assert got == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "person"), [
    ("Readout\n\nPresident Biden met with Spanish President Pedro Sánchez in Madrid today.", "Pedro Sánchez"),
    ("Readout\n\nOnce the summit closes, our President is to see President Sánchez and the King of Spain.  "
     "Spain is hosting the meeting of allies next week.", "Sánchez"),
])
def test_president_of_the_government_of_spain(roles_of, text: str, person: str) -> None:
    roles, _ = roles_of(text, country="USA")
    assert (person, "head_of_government", "ESP") in {(r.person_name, r.role, r.country) for r in roles}


@pytest.mark.model
@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Readout of a Call\n\nPresident Biden spoke with His Holiness Pope Francis about relief for refugees.",
     "2024-03-01", ("Francis", "head_of_state", "VAT", "current")),
    ("Remarks\n\nTHE PRESIDENT:  Years ago I met Pope John Paul II in Rome, and he spoke of freedom.",
     "2023-02-21", ("John Paul II", "head_of_state", "VAT", "former")),
])
def test_the_pope_heads_the_vatican(roles_of, text: str, published: str, expected: tuple) -> None:
    roles, _ = roles_of(text, published=published, country="USA")
    assert expected in {(r.person_name, r.role, r.country, r.status) for r in roles}


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("Nominations\n\nBefore that, Lena Dorsey served as Legislative Director for Senators Paul R. Hagen (R-WY) and "
     "Tomas E. Bright (D-OH).",
     {("Lena Dorsey", "Legislative Director"), ("Paul R. Hagen", "Senator"), ("Tomas E. Bright", "Senator")},
     ("Paul R. Hagen", "Legislative Director for Senators")),
    ("Nominations\n\nEarlier, Owen Pratt worked as Press Secretary for U.S. Senators Mara Quill and Dennis Hale.",
     {("Mara Quill", "Senator"), ("Dennis Hale", "Senator")},
     ("Mara Quill", "Press Secretary for Senators")),
])
def test_staff_title_for_plural_principals(roles_of, text: str, expected: set, wrong: tuple) -> None:
    roles, _ = roles_of(text, country="USA")
    got = {(r.person_name, r.title) for r in roles}
    assert expected <= got
    assert wrong not in got
