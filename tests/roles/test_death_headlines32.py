"""Round 32: a statement's headline on a death with the country written in the office ("on the
Passing of Former U.S. Senator X"): the model's body over "the Passing of Former" is no body, the
office is read whole and every office of the dead holder is a former one.

Invented sentences about a fictional senator.
"""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Statement from Vice President Kamala Harris on the Passing of Former U.S. Senator Tom Hardwick\n\n"
     "Senator Tom Hardwick was a tenacious fighter for the people of Nebraska.",
     {("Tom Hardwick", "legislator", "USA", "former")}),
])
def test_death_headline_office(make_doc, text: str, expected: set) -> None:
    doc = make_doc(text, published="2024-10-09")
    got = {(r.person_name, r.role, r.country, r.status) for r in doc._.newsie_roles if r.person_name != "Kamala Harris"}
    assert got == expected
