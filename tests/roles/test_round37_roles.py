"""Round 37: a seat in each chamber of a legislature is two offices ("Senator" and "member of the
House of Representatives"), not a bare title repeating a fuller one; "the House" and "the Senate"
named by one title each tell the chambers apart. Invented texts.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

from pipeline.roles.chamber_posts import other_chambers


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("Senator", "member of the House of Representatives", True),
    ("Sen.", "Congresswoman", True),
    ("Representative", "member of the Senate", True),
    # one chamber, or a title naming none
    ("Senator", "chair of the Senate Rules Committee", False),
    ("Rep.", "member of the House of Representatives", False),
    ("Senator", "member of the Ohio legislature", False),
    # "House" and "Representative" inside other offices' names
    ("Senator", "White House Chief of Staff", False),
    ("Senator", "United States Trade Representative", False),
])
def test_other_chambers(a: str, b: str, expected: bool) -> None:
    assert other_chambers(a, b) is expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "titles"), [
    ("Former Senator Jane Roe served in the House of Representatives.",
     {"Senator", "member of the House of Representatives"}),
    ("Senator Jane Roe is a former Congresswoman.", {"Senator", "Congresswoman"}),
    # a bare title of one chamber still repeats its fuller form
    ("Rep. John Doe, a member of the House of Representatives, spoke on Monday.", {"Rep."}),
    # review (round 37): two held titles of two chambers are no two seats (here a candidacy)
    ("Rep. John Doe, a candidate for Senator, met with Israel's ambassador.", {"Rep."}),
])
def test_seats_in_two_chambers(roles_of, text: str, titles: set) -> None:
    roles, _ = roles_of(text, published="2023-05-01", country="USA")
    assert {r.title for r in roles if r.role == "legislator"} == titles, roles
