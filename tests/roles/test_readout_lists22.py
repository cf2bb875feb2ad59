"""Error classes of the twenty-second round on readouts, statements and joint statements: a prime
minister named by the official title of the office ("President of the Council of Ministers",
"President of the Government").

Every sentence is invented for these tests in the style of White House readouts and statements.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

from pipeline.knowledge.offices import load_offices


def _offices(roles, person: str) -> set[tuple]:
    return {(r.title, r.role, r.country, r.status) for r in roles if r.person_name.endswith(person)}


@pytest.mark.parametrize(("title", "role"), [
    ("President of the Council of Ministers", "head_of_government"),
    ("President of the Government", "head_of_government"),
    ("Vice President of the Council of Ministers", "official_other"),  # a deputy is read as 'vice'
    ("President of the Council", "official_other"),  # a council's chair, no government's head
])
def test_official_titles_of_prime_ministers(title, role):
    assert load_offices().classify(title) == role


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "expected"), [
    ("Joint Statement\n\nToday, the President of the United States and the President of the Council of "
     "Ministers of Italy, Marco Bellini, met in Washington to discuss trade.",
     "Marco Bellini", {("President of the Council of Ministers", "head_of_government", "current")}),
])
def test_prime_ministers_by_official_title(roles_of, text, person, expected):
    roles, _ = roles_of(text)
    assert {(title, role, status) for title, role, _, status in _offices(roles, person)} == expected
