"""Round 57: an office that took its country from a governorship of a region named like a country
takes the region's nation with it ("elected State Senator in 1962 and served as the 76th Governor
of Georgia": both the United States', where the senate seat took Georgia the country's from the
governorship before; roles/state_offices.py). A country's own offices keep the country.

Every name is invented for these tests.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "expected"), [
    ("Tom Arlen was elected State Senator in 1962 and served as the 76th Governor of Georgia.",
     [("Tom Arlen", "legislator", "USA"), ("Tom Arlen", "official_other", "USA")]),
    ("Governor Tom Arlen of Georgia spoke at the ceremony.", [("Tom Arlen", "official_other", "USA")]),
    ("Georgia's Prime Minister Levan Abashidze met the delegation in Tbilisi.",
     [("Levan Abashidze", "head_of_government", "GEO")]),
])
def test_the_offices_of_a_governor_of_georgia_are_american(text, expected):
    import pipeline

    roles = pipeline.extract(text, published="2022-11-16").to_dict()["roles"]
    assert [(r["person_name"], r["role"], r.get("country")) for r in roles] == expected, roles
