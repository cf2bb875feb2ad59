"""Offices on the bodies of the Executive Office of the President: the body names the country
(``offices.json`` title institutions) and a member's seat on one is an office even though the
name ends in no body word ("Member of the Council of Economic Advisers").

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

from pipeline.roles.orgkinds import member_of_institution

@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "title"), [
    ("Economy Briefing\n\nAlicia Moreno, Member of the Council of Economic Advisers, said wages rose in May.",
     "Alicia Moreno", "Member of the Council of Economic Advisers"),
    ("Climate Meeting\n\nThe delegation met Omar Haddad, Chair of the Council on Environmental Quality, on Tuesday.",
     "Omar Haddad", "Chair of the Council on Environmental Quality"),
    ("Staff Note\n\nPriya Nair, Deputy Director of the Domestic Policy Council, visited the clinic.",
     "Priya Nair", "Deputy Director of the Domestic Policy Council"),
])
def test_eop_body_gives_country(roles_of, text: str, name: str, title: str) -> None:
    roles, _ = roles_of(text, published="2023-05-10")
    hits = [r for r in roles if r.person_name == name and r.title == title]
    assert hits and hits[0].country == "USA"


@pytest.mark.parametrize(("title", "member"), [
    ("Member of the Council of Economic Advisers", True),
    ("Members of the National Economic Council", True),
    ("Member of the Board of Advisers", False),
    ("Member of the Council", False),
    ("Chair of the Council of Economic Advisers", False),
])
def test_member_of_institution(title: str, member: bool) -> None:
    assert member_of_institution(title) is member
