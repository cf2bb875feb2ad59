"""Round 52: a speaker who asks someone else to take an office ("I asked him to be the
ambassador") does not hold it: the object of the asking verb does (object control); nor does one
who wants, hopes or plans to hold it (a verb of volition or expectation, whose infinitive is later
than itself). The speaker's first-person reading of the office (roles/speakers.py) stops there.

Every text is invented for these tests.
"""

from __future__ import annotations

import pytest

from roles_harness import roles_of  # noqa: F401  (fixture)

pytestmark = pytest.mark.model

_REMARKS = "Remarks by President Biden at a Reception\n\nTHE PRESIDENT:  {body}\n"


@pytest.mark.parametrize("body", [
    "Our Ambassador to Greece is an old friend of mine. I asked him to be the ambassador, and he is doing a "
    "great job.",
    "Jane Roe is here. I asked her to serve as our envoy, and she said yes.",
    "I told him to be the chairman of the commission.",
    "When I was a boy, I wanted to be a senator.",
    "I hope to serve as your ambassador one day.",
])
def test_asked_someone_else_or_wished_to_hold_it(roles_of, body) -> None:  # noqa: F811
    roles, _ = roles_of(_REMARKS.format(body=body), published="2024-04-04")
    assert not any(r.person_name == "Biden" and r.role in ("ambassador", "official_other") for r in roles), [
        (r.person_name, r.title, r.role) for r in roles]


@pytest.mark.parametrize(("body", "role"), [
    ("I served as a senator for thirty-six years.", "legislator"),
    # a purpose clause after an object that is no person (a review helper's case)
    ("I left the Senate to become Vice President in 2009.", "official_other"),
    ("When I was Vice President, I went to Kyiv six times.", "official_other"),
])
def test_the_speakers_own_office_is_kept(roles_of, body, role) -> None:  # noqa: F811
    roles, _ = roles_of(_REMARKS.format(body=body), published="2024-04-04")
    assert any(r.person_name == "Biden" and r.role == role and r.status == "former" for r in roles), [
        (r.person_name, r.title, r.role, r.status) for r in roles]
