"""Round 58: a post in a sub-national institution is the nation's office; the speaker's own past
office is not the title of a name after it; "Prime Minister of Iraq's Kurdistan Regional Government"
is a regional office (roles/state_offices.py, a regional government as a region noun).

"Vice Chancellor on the Delaware Court of Chancery", "judge of the Court of Appeals of Ohio": the
institution a region's name qualifies places the office in that region's nation
(roles/state_offices.py :func:`institution_region`), as "Colorado Attorney General" does. A
country's name is no region, and a title with no place keeps no country.

"when I was Vice President, Ana Roe": the title is the speaker's (the clause's "I"), and the name
after the comma belongs to another phrase (roles/clauses.py :func:`as_clause_subject`); "When he
was Governor, John Roe ..." may name its own "he" and keeps the name.

Every title and name is invented for these tests.
"""

from __future__ import annotations

import pytest

from pipeline.roles.state_offices import institution_region


@pytest.mark.parametrize(("title", "code"), [
    ("Vice Chancellor on the Delaware Court of Chancery", "USA"),
    ("Judge of the Court of Appeals of Ohio", "USA"),
    ("Commissioner of the Bavaria Water Authority", "DEU"),
    ("Director at the Ontario Securities Commission", "CAN"),
    ("Minister of Defence", None),
    ("Governor of the Central Bank of Kenya", None),
    ("Special Envoy for Climate", None),
])
def test_an_institution_of_a_region_is_its_nations(title, code):
    assert institution_region(title) == code


@pytest.mark.model
@pytest.mark.parametrize(("text", "holder", "absent"), [
    ("Remarks by President Tom Hale\n\nTHE PRESIDENT:  I have a connection to Ireland, including the man who"
     " held this job when I was Vice President, Ana Roe.", ("Tom Hale", "official_other"), "Ana Roe"),
    ("When he was Governor, John Roe signed the law.", ("John Roe", "official_other"), None),
])
def test_the_speakers_past_office_is_not_the_next_names(text, holder, absent):
    import pipeline

    roles = pipeline.extract(text, published="2023-03-17", country="USA").to_dict()["roles"]
    found = {(r["person_name"], r["role"]) for r in roles}
    assert holder in found, roles
    assert absent is None or all(r["person_name"] != absent or r["role"] == "head_of_state" for r in roles), roles


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Jake Sullivan met today with Prime Minister of Iraq's Kurdistan Regional Government Ali Karim.",
     ("Ali Karim", "official_other", "IRQ")),
    ("The envoy met Prime Minister Ali Karim of Iraq in Baghdad.", ("Ali Karim", "head_of_government", "IRQ")),
])
def test_a_regional_governments_premier_is_no_head_of_government(text, expected):
    import pipeline

    roles = pipeline.extract(text, published="2024-02-29", country="USA").to_dict()["roles"]
    assert expected in {(r["person_name"], r["role"], r.get("country")) for r in roles}, roles
