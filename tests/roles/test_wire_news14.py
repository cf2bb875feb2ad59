"""Error classes of roles in wire news found in round 14 (development gold's working half and
fresh wire stories written for the test):

- "under" after an office is a preposition ("finance minister under President X"), not the
  "Under" of "Under Secretary": the office before it is the subject's, the president's is his own.

Every sentence is invented for these tests (names are fictional).
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)


def _hits(roles, person: str) -> list[tuple]:
    return [(r.title, r.role, r.country, r.status) for r in roles if r.person_name and r.person_name.endswith(person)]


@pytest.mark.parametrize(("text", "person", "expected"), [
    ("NAIROBI (Reuters) - Jane Wambui, who served as finance minister under President Tom Kamau, said the cabinet would meet.",
     "Wambui", ("finance minister", "minister_other", "KEN", "former")),
    ("NAIROBI (Reuters) - Jane Wambui, a former defence minister under President Tom Kamau, criticised the plan.",
     "Wambui", ("defence minister", "defence_minister", "KEN", "former")),
    ("NAIROBI (Reuters) - Ali Omondi, who became prime minister under a power-sharing deal, said the cabinet would meet.",
     "Omondi", ("prime minister", "head_of_government", "KEN", "current")),
    ("WASHINGTON (Reuters) - Under Secretary of Defense Jane Roe met the delegation on Monday.",
     "Roe", ("Under Secretary of Defense", "official_other", "USA", "current")),
])
def test_under_is_a_preposition_after_an_office(roles_of, text, person, expected) -> None:  # noqa: F811
    roles, _ = roles_of(text, published="2025-03-01")
    assert expected in _hits(roles, person), _hits(roles, person)
