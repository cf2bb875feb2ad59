"""Offices of a state, province or territory (pipeline.roles.state_offices).

The sentences are written for these tests; names are invented.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

from pipeline.roles.state_offices import region_before


@pytest.mark.parametrize("text,title,expected", [
    ("Texas Attorney General said", "Attorney General", (True, "USA")),
    ("Ohio's attorney general said", "attorney general", (True, "USA")),
    ("the Northern Territory's Chief Minister said", "Chief Minister", (True, "AUS")),
    ("the Premier of Queensland said", "Premier", (True, "AUS")),
    ("the State Attorney General said", "State Attorney General", (True, None)),
    # a unit a region noun names, of the country whose possessive comes before it
    ("the Prime Minister of Iraq's Kurdistan Region said", "Prime Minister", (True, "IRQ")),
    ("the Governor of the Kherson Oblast said", "Governor", (True, None)),
    ("the Regional Government Prime Minister said", "Prime Minister", (True, None)),
    ("the Prime Minister of the State of Israel said", "Prime Minister", (False, None)),
    # a country is no region; a capital that stands for its government is none either
    ("Georgia's foreign minister said", "foreign minister", (False, None)),
    ("Washington's Secretary of State said", "Secretary of State", (False, None)),
    ("the Attorney General said", "Attorney General", (False, None)),
])
def test_region_before(text, title, expected):
    at = text.index(title)
    assert region_before(text, at, at + len(title)) == expected


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("Nevada Attorney General Rosa Calloway joined the lawsuit on Tuesday.",
     ("Rosa Calloway", "official_other", "USA")),
    ("The complaint was signed by Oregon Secretary of State Helen Vickery.",
     ("Helen Vickery", "official_other", "USA")),
    ("The Premier of Manitoba, Colin Aberley, said the province would sue.",
     ("Colin Aberley", "official_other", "CAN")),
    ("Officials met Prime Minister of Iraq's Kurdistan Region, Tomas Varga, in Erbil.",
     ("Tomas Varga", "official_other", "IRQ")),
    ("Attorney General Martin Ashby said the department would appeal the ruling.",
     ("Martin Ashby", "minister_other")),
    ("Secretary of State Laura Penfold flew to Tokyo on Sunday for talks.",
     ("Laura Penfold", "foreign_minister")),
])
def test_state_offices_through_the_pipeline(roles_of, text, expected):
    roles, _ = roles_of(text, published="2024-03-05")
    # a national office (no region before it) keeps its category; its country is another matter
    assert expected in {(r.person_name, r.role, r.country)[:len(expected)] for r in roles}
