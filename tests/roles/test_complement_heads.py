"""A title's complement read to its end: its head noun is no holder (pipeline.roles.complement_heads).

The sentences are written for these tests; names are invented.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,word", [
    ("Earlier he served as Special Advisor for Refugees and\nHuman Rights at the American Embassy in Tbilisi.",
     "Rights"),
    ("Ortega now serves as the Minister Counselor\nfor Public Diplomacy at our embassy in Rome, where he began in May.",
     "Diplomacy"),
    ("He also served on the staff of the UN Special Envoy for Cyprus Settlement. He speaks Greek.",
     "Settlement"),
])
def test_complement_head_is_no_holder(roles_of, text, word):
    roles, _ = roles_of(text, published="2024-03-05", country="USA")
    assert word not in {r.person_name for r in roles}


@pytest.mark.parametrize("text,name", [
    # a complete complement and then a surname: the surname's office
    ("Secretary of Energy Granholm toured the plant on Monday.", "Granholm"),
    ("Yesterday the Minister of Foreign Affairs Okonjo met the delegation in Abuja.", "Okonjo"),
])
def test_surnames_after_titles_stay(roles_of, text, name):
    roles, _ = roles_of(text, published="2024-03-05", country="USA")
    assert name in {r.person_name.split()[-1] for r in roles}
