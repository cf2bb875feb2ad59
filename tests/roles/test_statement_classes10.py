"""Roles in government statements (round 10): officials remembered after their death, and the
White House's own advisers' titles written without the country."""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

# (text, person, role category, country, status)
CASES = [
    # a statement on the death of an official: the office is no longer held
    ("Statement from Governor Tom Lee on the Passing of Senator Jane Roe\n\nSenator Jane Roe was a fighter for her "
     "state.", "Jane Roe", "legislator", "former"),
    ("We mourn the death of Ambassador Tom Lee, who served with honour.", "Tom Lee", "ambassador", "former"),
    ("Congressman Paul Grey died on Friday at his home.", "Paul Grey", "legislator", "former"),
    ("Mayor Ann Fields passed away yesterday after a long illness.", "Ann Fields", "official_other", "former"),
]

KEEP = [
    # a death of someone else: the office holder is alive
    ("We mourn the death of Senator Jane Roe's husband, Tom.", "Jane Roe", "legislator", "current"),
    ("Senator Jane Roe passed the bill on Friday.", "Jane Roe", "legislator", "current"),
    ("Senator Jane Roe spoke about the death of her colleague.", "Jane Roe", "legislator", "current"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "role", "status"), CASES + KEEP)
def test_death_status(roles_of, text, person, role, status) -> None:
    roles, _ = roles_of(text, published="2024-03-01")
    hits = [(r.role, r.status) for r in roles if r.person_name == person]
    assert (role, status) in hits, roles


# a statement headed by its author's White House title, with no other official to place it
ADVISERS = [
    ("Statement from National Economic Advisor Jane Roe on the Jobs Report\n\nWages rose again this month.",
     "Jane Roe", "USA"),
    ("Statement by National Climate Advisor Tom Lee on Clean Power\n\nThe new rule cuts pollution.", "Tom Lee", "USA"),
    ("Statement from Homeland Security Advisor Ann Fields on the Storm\n\nWe are ready to help.", "Ann Fields", "USA"),
    ("Statement by Domestic Policy Advisor Paul Grey on Housing\n\nRents are falling.", "Paul Grey", "USA"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "country"), ADVISERS)
def test_white_house_advisers(roles_of, text, person, country) -> None:
    roles, _ = roles_of(text, published="2024-03-01")
    assert any(r.person_name == person and r.country == country for r in roles), roles


@pytest.mark.model
def test_a_dead_holder_is_not_also_current(roles_of) -> None:
    text = "Statement from Governor Tom Lee on the Passing of Senator Jane Roe\n\nSenator Jane Roe was a fighter."
    roles, _ = roles_of(text, published="2024-03-01")
    assert [r.status for r in roles if r.person_name == "Jane Roe"] == ["former"], roles


# state assembly and city or county council titles are public offices (state and local government)
LOCAL = [
    ("Statement from the White House\n\nThe President thanked Assemblyman Tom Lee for his work.", "Tom Lee",
     "legislator"),
    ("Statement from the White House\n\nThe President thanked Assemblymember Tom Lee for his work.", "Tom Lee",
     "legislator"),
    ("Statement from the White House\n\nThe President called Councilwoman Ann Fields on Monday.", "Ann Fields",
     "official_other"),
    ("Statement from the White House\n\nThe President called Alderman Paul Grey on Monday.", "Paul Grey",
     "official_other"),
    ("Statement from the White House\n\nThe President called County Supervisor Jane Roe on Monday.", "Jane Roe",
     "official_other"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "role"), LOCAL)
def test_local_offices(roles_of, text, person, role) -> None:
    roles, _ = roles_of(text, published="2024-03-01")
    assert any(r.person_name == person and r.role == role and r.country == "USA" for r in roles), roles


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The factory supervisor, Tom Lee, said the line stopped.",
    "Her shift supervisor Tom Lee said the plant would reopen.",
])
def test_a_job_supervisor_is_no_office(roles_of, text) -> None:
    roles, _ = roles_of(text, published="2024-03-01")
    assert not any(r.person_name == "Tom Lee" for r in roles), roles
