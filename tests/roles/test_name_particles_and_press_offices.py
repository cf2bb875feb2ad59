"""A surname opening with its particle after a title (pipeline.roles.name_search) and the press
offices the ontology counts as spokespeople (data/offices.json).

The sentences are written for these tests; names are invented.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    # the NER tags the city and leaves the surname untagged: the particle opens the name
    ("New York City Mayor de Varga said the city was ready for the storm.", ("de Varga", "official_other", "USA")),
    ("Chicago Mayor van Dorn said the city was ready.", ("van Dorn", "official_other", "USA")),
    ("The President's Communications Director Mara Ellison said the trip would go ahead.",
     ("Mara Ellison", "spokesperson")),
    ("Director of Communications Paul Renner briefed reporters.", ("Paul Renner", "spokesperson")),
])
def test_roles(roles_of, text, expected):
    roles, _ = roles_of(text, published="2024-03-05")
    assert expected in {(r.person_name, r.role, r.country)[:len(expected)] for r in roles}


@pytest.mark.model
def test_particle_alone_is_no_name(roles_of):
    # a particle followed by no capitalised name is not read as one
    roles, _ = roles_of("The mayor de facto ran the city for a year.", published="2024-03-05")
    assert not roles
