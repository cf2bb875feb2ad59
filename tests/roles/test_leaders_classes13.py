"""Role categories of legislative leadership and stacked titles (round 13): "Assistant Leader X"
and "Ranking Member X" are legislators; "Chair X" of a person also written "Senator X" is a
committee chair, a legislator; a committee's name before "chairman" makes a legislator; "Acting"
before a title keeps the title's category ("Acting Secretary of State": foreign_minister, status
acting); "Trade Representative Ambassador X" holds the first title, "Ambassador" being a courtesy.

Every sentence is invented for these tests; the people are fictional.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

pytestmark = pytest.mark.model

_WIRE = "Lawmakers on Capitol Hill\n\nWASHINGTON (Reuters) - {}"
_REMARKS = "Remarks by the President on the Judges\n\nTHE PRESIDENT:  Thank you.  {}"


def _hits(roles, person: str) -> set[tuple]:
    return {(r.title, r.role, r.status) for r in roles if r.person_name and r.person_name.endswith(person)}


@pytest.mark.parametrize(("sentence", "person", "expected"), [
    ("Assistant Leader Maria Delgado told reporters the Senate would vote on the bill next week.", "Delgado",
     ("Assistant Leader", "legislator", "current")),
    ("Assistant Majority Leader Lisa Grover said the Senate would vote.", "Grover",
     ("Assistant Majority Leader", "legislator", "current")),
    ("Ranking Member Lisa Grover said the House committee would hold hearings.", "Grover",
     ("Ranking Member", "legislator", "current")),
    ("Acting Secretary of State Carl Munro met the Japanese envoy on Monday.", "Munro",
     ("Acting Secretary of State", "foreign_minister", "acting")),
    ("Acting Secretary Carl Munro of the Department of Homeland Security visited the border.", "Munro",
     ("Acting Secretary of the Department of Homeland Security", "minister_other", "acting")),
    ("U.S. Trade Representative Ambassador Karen Tolliver met her Japanese counterpart on Monday.", "Tolliver",
     ("Trade Representative", "minister_other", "current")),
])
def test_leadership_and_stacked_titles(roles_of, sentence, person, expected) -> None:
    roles, _ = roles_of(_WIRE.format(sentence))
    assert expected in _hits(roles, person)


def test_bare_chair_of_a_sitting_senator_is_a_legislator(roles_of) -> None:
    roles, _ = roles_of(_REMARKS.format(
        "I thank Majority Leader Harlan and Chair Bellamy for moving the nominees.  Senator Bellamy worked hard."))
    assert ("Chair", "legislator", "current") in _hits(roles, "Bellamy")


@pytest.mark.parametrize("sentence", [
    "The bill was announced by Chair Tom Nolan and Ranking Member Jane Pryce on Monday.",
    "Chairman Tom Nolan (R-OH) said the committee would vote on Monday.",
    "She was a senior advisor to Chairman Tom Nolan (OH) at the House Ways and Means Committee.",
])
def test_chair_of_a_legislature_committee_is_a_legislator(roles_of, sentence) -> None:
    roles, _ = roles_of(_WIRE.format(sentence))
    assert {r for r in _hits(roles, "Nolan") if r[0].startswith("Chair")} == {(sentence.split(" Tom")[0].split()[-1], "legislator", "current")}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("I met Chairman Bellamy of the Federal Reserve on Monday and Senator Corwin on Tuesday.",
     ("Chairman of the Federal Reserve", "official_other")),
    # a modifier before "Ambassador" makes no other office: the title stays whole
    ("Deputy Ambassador Nora Finch met the delegation on Monday.", ("Deputy Ambassador", "official_other")),
])
def test_other_chairs_and_ambassadors_keep_their_title(roles_of, sentence, expected) -> None:
    roles, _ = roles_of(_WIRE.format(sentence))
    assert expected in {(r.title, r.role) for r in roles}


@pytest.mark.parametrize(("title", "role"), [
    ("foreign relations chairman", "legislator"),
    ("Judiciary Chairman", "legislator"),
    ("finance chairman", "official_other"),
    ("Deputy Minority Leader", "legislator"),
    ("Deputy Leader", "official_other"),
    ("caretaker PM", "head_of_government"),
    ("Acting Attorney General", "minister_other"),
])
def test_office_categories(title, role) -> None:
    from pipeline.roles import classify
    assert classify(title) == role
