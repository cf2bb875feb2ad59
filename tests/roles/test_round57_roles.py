"""Round 57: a governor of a region named like a country, written with the region before the title
("Georgia Governor X", "Georgia's 76th Governor"), serves the region's nation, as "Governor X of
Georgia" did (roles/state_offices.py); an office that took its country from that governorship
follows it. A country's own offices keep the country.

Every name is invented for these tests.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "expected"), [
    ("Georgia Governor Tom Arlen declared a state of emergency on Monday.",
     [("Tom Arlen", "official_other", "USA")]),
    ("Tom Arlen was elected State Senator in 1962 and served as Georgia's 76th Governor.",
     [("Tom Arlen", "legislator", "USA"), ("Tom Arlen", "official_other", "USA")]),
    ("Governor Tom Arlen of Georgia spoke at the ceremony.", [("Tom Arlen", "official_other", "USA")]),
    ("Georgia's Prime Minister Levan Abashidze met the delegation in Tbilisi.",
     [("Levan Abashidze", "head_of_government", "GEO")]),
])
def test_a_governor_of_georgia_is_american(text, expected):
    import pipeline

    roles = pipeline.extract(text, published="2022-11-16").to_dict()["roles"]
    assert [(r["person_name"], r["role"], r.get("country")) for r in roles] == expected, roles
