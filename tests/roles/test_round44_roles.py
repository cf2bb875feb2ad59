"""Round 44: the roles reader does not take a phrase ending in the plural of an English noun
that is no Census surname for the holder's name after a title ("Special Envoy for Global | Youth
Issues": ``name_search.name_after``), so the office goes to the clause's subject.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "holder"), [
    ("Profile\n\nJane Roe served as Special Envoy for Global Youth Issues from 2013 to 2014.", "Jane Roe"),
])
def test_office_remit_ending_in_a_plural_noun_is_no_holder(roles_of, text: str, holder: str) -> None:  # noqa: F811
    roles, _ = roles_of(text, published="2022-05-06", country="USA")
    assert {r.person_name for r in roles} == {holder}, roles


def test_he_is_not_a_name_in_apposition_to_wife(roles_of) -> None:  # noqa: F811
    text = ("Appointments\n\nJoe Aull, State Executive Director. Joe Aull served in the Missouri House of "
            "Representatives. Joe and his wife of 27 years, Candee, live in Lexington, where he is currently "
            "the Mayor.")
    roles, _ = roles_of(text, published="2021-09-01", country="USA")
    assert any(r.person_name == "Joe Aull" and r.title == "Mayor" for r in roles), roles


def test_a_given_name_keeps_a_plural_surname_as_the_holder(roles_of) -> None:  # noqa: F811
    roles, _ = roles_of("Readout\n\nThe Special Adviser on Regional Economic Affairs, Nora Swans, spoke.",
                        published="2022-05-06", country="USA")
    assert any(r.person_name == "Nora Swans" for r in roles), roles
