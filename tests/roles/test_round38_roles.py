"""Round 38: a name coordinated with "I" or "we" ("Ana and I are saddened by ...") is the writer's
own party, never the antecedent of a later "he" or "she" (the parse of a paragraph's first
sentence, now whole, made such a name a subject); a plain membership of a legislature's committee
held by a person with a seat is part of the seat (``chamber_posts.seat_memberships``).

Every sentence is invented for these tests.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

from pipeline.roles.chamber_posts import seat_memberships


@pytest.mark.model
def test_the_writers_companion_is_not_he(roles_of) -> None:  # noqa: F811
    # "Maria Vega and I" is the writer's own party: the later "he" is the person the statement is about
    text = ("Statement of President Luis Vega on the Passing of General Hugo Sanz\n\n"
            "Maria Vega and I are deeply saddened by the passing of our dear friend and a patriot of unmatched "
            "honor, General Hugo Sanz.\n\n"
            "As a Senator, I worked closely with him when he served as Minister of Defense.\n")
    roles, _ = roles_of(text, published="2024-01-01", country="CHL")
    holders = {(r.person_name, r.title) for r in roles if r.title == "Minister of Defense"}
    assert holders == {("Hugo Sanz", "Minister of Defense")}, roles


@pytest.mark.model
def test_the_writers_companion_when_no_one_else_is_named(roles_of) -> None:  # noqa: F811
    # review (round 38): with no other person named, the companion is who "he" is
    text = ("Readout of the Meeting\n\nPrime Minister Hugo Sanz and I held talks today. He was formerly "
            "Minister of Defense.\n")
    roles, _ = roles_of(text, published="2024-01-01", country="CHL")
    assert ("Hugo Sanz", "Minister of Defense", "former") in {(r.person_name, r.title, r.status) for r in roles}, roles


@pytest.mark.model
def test_committee_membership_of_a_legislator(roles_of) -> None:  # noqa: F811
    text = ("LONDON - Jane Roe, a Labour MP, who is a member of the Commons defence committee, said on Monday the "
            "plan was flawed.\n")
    roles, _ = roles_of(text, country="USA")
    assert {r.title for r in roles if r.person_name == "Jane Roe"} == {"Labour MP"}, roles


def _role(title: str, role: str, person: str = "E1") -> SimpleNamespace:
    return SimpleNamespace(person=person, name="Jane Roe", title=title, role=role)


@pytest.mark.parametrize(("roles", "kept"), [
    # a legislature's committee: part of the seat
    ([_role("MP", "legislator"), _role("member of the Commons health committee", "official_other")], ["MP"]),
    ([_role("Senator", "legislator"), _role("member of the Senate Armed Services Committee", "official_other")],
     ["Senator"]),
    # a committee of no chamber is an office of its own; without a seat the membership stays
    ([_role("Senator", "legislator"), _role("member of the Joint Public Advisory Committee", "official_other")],
     ["Senator", "member of the Joint Public Advisory Committee"]),
    ([_role("member of the Commons health committee", "official_other")], ["member of the Commons health committee"]),
])
def test_seat_memberships(roles, kept) -> None:
    assert [r.title for r in seat_memberships(roles)] == kept
