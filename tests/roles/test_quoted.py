"""Offices a quoted speaker states in the first person in a news story (pipeline/roles/quoted.py):
the attribution next to the quotation names the speaker of "I".

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # a pronoun after the quotation stands for the person named before it
    ("Former lawmaker recalls the 1998 vote\n\nMark Ellery spoke to students on Tuesday. \"Back then, in 1998, "
     "I was a senator from Ohio, and we thought the vote would be close,\" he said.\n",
     ("Mark Ellery", "legislator", "former")),
    # the attribution before the quotation
    ("Veteran recalls war\n\nRetired officer Paul Dunn said: \"In 1991 I was a colonel in the Gulf, and I "
     "remember the heat.\"\n", ("Paul Dunn", "military_commander", "former")),
    # "said NAME" after it
    ("Veteran recalls talks\n\n\"When I was ambassador to Japan, we talked every week,\" said Lou Perry, who "
     "now teaches at a college.\n", ("Lou Perry", "ambassador", "former")),
    # "NAME said" after it, an office held now
    ("Mayor speaks\n\n\"I am the mayor of this city and I will not resign,\" Rita Gale said on Monday.\n",
     ("Rita Gale", "official_other", "current")),
])
def test_quoted_first_person_office(roles_of, text: str, expected: tuple) -> None:  # noqa: F811
    roles, _ = roles_of(text)
    assert expected in {(r.person_name, r.role, r.status) for r in roles}, roles


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # an office hoped for
    "Candidate hopes to win\n\nAnna Berg spoke in Dayton on Monday. \"One day I will be a senator,\" she said.\n",
    # another person's office, not the speaker's
    "Candidate attacks rival\n\nAnna Berg spoke in Dayton on Monday. \"He was a senator for years and did "
    "nothing,\" she said.\n",
    # no attribution: nobody known speaks
    "Letters\n\n\"I was a senator once, and I know the place,\" a reader wrote in a letter to the editor.\n",
])
def test_no_quoted_office(roles_of, text: str) -> None:  # noqa: F811
    roles, _ = roles_of(text)
    assert not any(r.person_name == "Anna Berg" or r.role == "legislator" for r in roles), roles
