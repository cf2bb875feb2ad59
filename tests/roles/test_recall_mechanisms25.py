"""Recall classes of the twenty-fifth round (roles missed across the development WORK halves and
the reading pools): a company-style title ("Executive Director") held in a body only governments
have, and a statutory agency whose name carries a private body's word (the National Science
Foundation).

Every sentence is invented for these tests in the style of White House releases.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

from pipeline.roles.public_executives import government_executive_body


@pytest.mark.parametrize(("title", "after", "public"), [
    ("Executive Director", ", White House Council on Native American Affairs", True),
    ("Executive Director", ", Department of\n    Agriculture", True),
    ("Executive Director of the", " White House Initiative on Rural Schools", True),
    ("Executive Director of the Bureau of Land Management", "", True),
    ("Executive Director", ", Alliance for Retired Americans", False),
    ("Executive Director of Contoso", " spoke at the White House", False),
    ("Executive Director", " of the State Department Alumni Association", False),
    ("Executive Director of the American Foreign Service Association", "", False),
])
def test_government_executive_body(title: str, after: str, public: bool) -> None:
    assert government_executive_body(title, after) is public


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "held"), [
    ("Participants:\n\n-   Tom Reyes, Under Secretary, Department of Labor\n-   Ana Brandt, Executive Director, "
     "White House Initiative on\n    Rural Schools\n-   Ivo Lund, Executive Director, Friends of the Parks\n",
     "Ana Brandt", True),
    ("Participants:\n\n-   Tom Reyes, Under Secretary, Department of Labor\n-   Ana Brandt, Executive Director, "
     "White House Initiative on\n    Rural Schools\n-   Ivo Lund, Executive Director, Friends of the Parks\n",
     "Ivo Lund", False),
    ("Executive Director of the White House Council on Rural Affairs Mara Quellen opened the meeting.\n",
     "Mara Quellen", True),
])
def test_executive_of_a_government_body_holds_a_public_office(roles_of, text: str, person: str, held: bool) -> None:
    roles, _ = roles_of("Readout of a White House Convening\n\n" + text, country="USA")
    got = {r.person_name: (r.role, r.country) for r in roles}
    assert (got.get(person) == ("official_other", "USA")) is held


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "status"), [
    ("NOMINATIONS SENT TO THE SENATE:\n\nDana Whitfield, of Ohio, to be Director of the National Science\n"
     "Foundation for a term of six years.\n\nOmar Lind, of Utah, to be United States Attorney for the District of "
     "Utah for the term of four years.\n", "Dana Whitfield", "nominee"),
    ("The Director of the National Science Foundation, Dana Whitfield, joined the President at the event.\n",
     "Dana Whitfield", "current"),
])
def test_national_science_foundation_is_a_federal_agency(roles_of, text: str, person: str, status: str) -> None:
    roles, _ = roles_of("Nominations Sent to the Senate\n\n" + text, country="USA")
    got = {r.person_name: (r.title, r.status) for r in roles}
    assert got.get(person) == ("Director of the National Science Foundation", status)
