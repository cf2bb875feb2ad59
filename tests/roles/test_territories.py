"""Officials of a dependent territory serve its state (pipeline.roles.territories).

The sentences are written for these tests; names are invented.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

from pipeline.roles.territories import sovereign_country


@pytest.mark.parametrize("code,expected", [
    ("PRI", "USA"),
    ("GUM", "USA"),
    ("VIR", "USA"),
    ("ASM", "USA"),
    ("MNP", "USA"),
    # a state of its own, and the British territories, are left as they are
    ("DOM", "DOM"),
    ("VGB", "VGB"),
    ("USA", "USA"),
    (None, None),
])
def test_sovereign_country(code, expected):
    assert sovereign_country(code) == expected


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("Guam Governor Lorena Tadeo signed the emergency declaration on Monday.",
     ("Lorena Tadeo", "USA")),
    ("Since 2014, Marta L. Rivera-Colón has been a judge of the Puerto Rico Court of Appeals. "
     "She was earlier Deputy Secretary of the Puerto Rico Department of Justice.",
     ("Marta L. Rivera-Colón", "USA")),
])
def test_territory_officials_serve_the_united_states(roles_of, text, expected):
    roles, _ = roles_of(text, published="2024-03-05")
    got = {(r.person_name, r.country) for r in roles}
    assert expected in got
    assert not any(r.country in ("PRI", "GUM") for r in roles)
