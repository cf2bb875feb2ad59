"""Round 35: an office written as another office's possession ("the Prime Minister's Diplomatic
Adviser") is the possessed office; the possessor says whose staff it is. A possessor whose last
word is no office ("the People's Republic of Bangladesh") leaves the title as it was. "General"
before a civilian post noun ("General Manager") is no military rank.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from roles_harness import roles_of  # noqa: F401  (fixture)

from pipeline.roles.titles import classify


@pytest.mark.parametrize(("title", "role"), [
    ("Prime Minister's Diplomatic Adviser", "official_other"),
    ("President's National Security Advisor", "national_security_advisor"),
    ("Prime Minister’s Press Secretary", "spokesperson"),
    ("Chancellor's Chief of Staff", "official_other"),
    ("President's Special Envoy", classify("Special Envoy", None, None)),  # (whatever the envoy's category is)
    # no office owns these: the title is read whole, as before
    ("Ambassador to the People's Republic of Bangladesh", "ambassador"),
    ("Women's Minister", "minister_other"),
    # review (round 35): a possessive inside the title, after a preposition, names a body, not an owner
    ("Spokesman for the Prime Minister's Office", "spokesperson"),
    ("Press Secretary of the Prime Minister's Office", "spokesperson"),
    ("Minister of State in the President's Office", "minister_other"),
    ("Commander of the President's Guard", "military_commander"),
    ("Prime Minister", "head_of_government"),
    # "General" before a civilian post noun is the post's overall head, no military rank
    ("General Manager", "official_other"),
    ("General Managers", "official_other"),
    ("General Commissioner", "official_other"),
    ("General Manager of the North Platte Natural Resources District", "official_other"),
    ("General Counsel of the Department of Defense", "official_other"),  # (a guard: its own rule read it before)
    # the rank itself, alone or with its grade, stays a commander
    ("General", "military_commander"),
    ("Lieutenant General", "military_commander"),
    ("General Officer Commanding", "military_commander"),
])
def test_office_category(title: str, role: str) -> None:
    assert classify(title, None, None) == role


def test_possessed_office_is_not_its_possessor() -> None:
    assert classify("Prime Minister's Diplomatic Adviser", None, None) != "head_of_government"
    assert classify("President's Senior Adviser", None, None) != "head_of_state"


@pytest.mark.model
def test_possessed_office_in_a_readout(roles_of) -> None:  # noqa: F811
    roles, _ = roles_of("Readout\n\nJake Sullivan met the Italian Prime Minister's Diplomatic Adviser, Marco Ferrante, "
                        "in Rome on Tuesday.")
    assert [(r.person_name, r.role, r.country) for r in roles if r.person_name == "Marco Ferrante"] == [
        ("Marco Ferrante", "official_other", "ITA")]

