"""Error classes of the twenty-second round, read on a blind annotation of White House nomination
releases, delegations and readouts: a representative of the United States to one numbered
session of the UN General Assembly (coded ambassador: appointed under the UN Participation Act
with the Senate's consent), and a programme coordinator's title with "Implementation" written
before the name, alone or after a coordinated first office; lower-case "implementation of
President X's order" stays the work, not an office.

Every sentence is invented for these tests in the style of White House releases.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

HEAD = "Readout of a Meeting\n\n"
NOMINATIONS = ("President Announces Key Nominees\n\nWASHINGTON – Today, the President announced his intent to "
               "nominate the following individuals:\n\n")


@pytest.mark.model
@pytest.mark.parametrize(("text", "person"), [
    ("-   Jane Roe, Nominee for Representative of the United States to the 80th Session of the General "
     "Assembly of the United Nations\n", "Jane Roe"),
    ("-   Congressman Tom Doe, Nominee for Representative of the United States of America to the\n    81st "
     "Session of the General Assembly of the United Nations\n", "Tom Doe"),
])
def test_general_assembly_session_representative_is_an_ambassador(roles_of, text: str, person: str) -> None:
    roles, _ = roles_of(NOMINATIONS + text, country="USA")
    assert ("ambassador", "USA", "nominee") in {(r.role, r.country, r.status) for r in roles if r.person_name == person}


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "titles"), [
    ("The council was joined by White House Senior Advisor and Infrastructure Implementation Coordinator "
     "Mara Quell, who gave an update on the new law.", "Mara Quell",
     {"Infrastructure Implementation Coordinator", "White House Senior Advisor"}),
    ("Participants included Senior Advisor for Broadband Implementation Tobin Farrow and local officials.",
     "Tobin Farrow", {"Senior Advisor for Broadband Implementation"}),
    ("The meeting was led by Climate Policy Implementation Coordinator Lena Vasko.", "Lena Vasko",
     {"Climate Policy Implementation Coordinator"}),
])
def test_implementation_coordinator_titles(roles_of, text: str, person: str, titles: set[str]) -> None:
    roles, _ = roles_of(HEAD + text + "\n", country="USA")
    assert titles <= {r.title for r in roles if r.person_name == person}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The framework will guide the agency’s implementation of President Omar Tesh’s order on ports.",
    "After implementation Secretary Ivo Brandt said the new rules had worked.",
])
def test_lower_case_implementation_joins_no_title(roles_of, text: str) -> None:
    roles, _ = roles_of(HEAD + text + "\n", country="USA")
    assert not any(r.title.lower().startswith("implementation") for r in roles)
