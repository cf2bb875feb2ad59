"""A title used to address its holder ("Thank you, Mr. President.") names no holder nearby.

The sentences are written for these tests; names are invented.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)


@pytest.mark.model
@pytest.mark.parametrize("text,absent", [
    ("THE PRESIDENT:  Thank you all.\n\nSENATOR HARKNESS:  (Inaudible), Mr. President.\n\n"
     "THE PRESIDENT:  All right.", ("Harkness", "head_of_state")),
    ("Representative Dunmore stood up and said: Thank you, Madam Secretary, for coming today.",
     ("Dunmore", "foreign_minister")),
    ("Governor Pell turned to the podium. Mr. Chairman, we are ready to proceed, she said.",
     ("Pell", "legislator")),
])
def test_address_form_names_no_holder(roles_of, text, absent):
    roles, _ = roles_of(text, published="2024-03-05")
    assert absent not in {(r.person_name, r.role) for r in roles}


@pytest.mark.model
@pytest.mark.parametrize("text,present", [
    # a title after "Mr." followed by a name still names its holder
    ("Mr. President Ortega arrived in the capital on Friday.", ("Ortega", "head_of_state")),
    ("Senator Halvorsen said the bill would pass.", ("Halvorsen", "legislator")),
])
def test_titles_with_names_still_name_holders(roles_of, text, present):
    roles, _ = roles_of(text, published="2024-03-05")
    assert present in {(r.person_name, r.role) for r in roles}
