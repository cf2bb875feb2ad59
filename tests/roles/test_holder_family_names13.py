"""The office-holder table (``office_holders`` of ``pipeline/data/offices.json``) is read by
family name: a one-word name written in a text ("President Xi", "Prime Minister Skerrit") refers
to a row only when it is (or has a word of) the holder's family name. A given name alone is not
enough: "President Roosevelt" is not Dominica's Prime Minister Roosevelt Skerrit. The family
name is the last word by default; the data writes it where it is not (family name first,
regnal and nasab names, two-word surnames).

The sentences are invented for these tests; the names looked up are rows of the table.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

from pipeline.knowledge.offices import family_key, folded_name_key, load_offices, names_holder
from pipeline.roles.resolver import holder


@pytest.mark.parametrize(("name", "role", "date", "expected"), [
    ("Skerrit", "head_of_government", "2024-05-01", ("DMA", "head_of_government")),
    ("Roosevelt Skerrit", "head_of_government", "2024-05-01", ("DMA", "head_of_government")),
    ("Roosevelt", "head_of_government", "2024-05-01", None),  # his given name
    ("Roosevelt", "head_of_state", "1940-05-01", ("USA", "head_of_state")),  # Franklin D. Roosevelt's term
    ("Xi", "head_of_state", "2024-05-01", ("CHN", "head_of_state")),  # Chinese: family name first
    ("Jinping", "head_of_state", "2024-05-01", None),
    ("Yoon", "head_of_state", "2023-05-01", ("KOR", "head_of_state")),
    ("Kishida", "head_of_government", "2023-05-01", ("JPN", "head_of_government")),
    ("Fumio", "head_of_government", "2023-05-01", None),
    ("Chinh", "head_of_government", "2024-05-01", ("VNM", "head_of_government")),  # called by the last word
    ("Salman", "head_of_state", "2024-05-01", ("SAU", "head_of_state")),  # a regnal name
    ("Charles", "head_of_state", "2024-05-01", ("GBR", "head_of_state")),  # "Charles III": the number aside
    ("Lopez Obrador", "head_of_state", "2022-05-01", ("MEX", "head_of_state")),  # a two-word surname
    ("Lopez", "head_of_state", "2022-05-01", ("MEX", "head_of_state")),
    ("Lula", "head_of_state", "2024-05-01", ("BRA", "head_of_state")),
    ("Biden", "head_of_state", "2023-05-01", ("USA", "head_of_state")),
    ("Joe", "head_of_state", "2023-05-01", None),
    ("Anthony", "head_of_government", "2024-05-01", None),  # Anthony Albanese's given name
])
def test_one_word_names_are_family_names(name, role, date, expected) -> None:
    assert holder(name, role, date) == expected


@pytest.mark.parametrize(("name", "family", "key"), [
    ("Joseph R. Biden Jr.", None, {"biden"}),
    ("Carl XVI Gustaf", None, {"gustaf"}),
    ("Felipe VI", None, {"felipe"}),
    ("Bashar al-Assad", None, {"assad"}),
    ("Xi Jinping", "Xi", {"xi"}),
])
def test_family_key(name, family, key) -> None:
    assert family_key(name, family) == frozenset(key)


def test_given_name_alone_names_no_holder() -> None:
    key, family = folded_name_key("Jane Q. Roe"), family_key("Jane Q. Roe")
    assert names_holder(folded_name_key("Roe"), key, family)
    assert names_holder(folded_name_key("Jane Roe"), key, family)
    assert not names_holder(folded_name_key("Jane"), key, family)


def test_restored_row_is_in_the_table() -> None:
    rows = load_offices().holders_named(folded_name_key("Roosevelt Skerrit"))
    assert [(h.country, h.role, h.start) for h in rows] == [("DMA", "head_of_government", "2004-01-08")]


@pytest.mark.parametrize(("text", "published", "person", "expected"), [
    # a US president of the past quoted in a story filed abroad: never Dominica's prime minister
    ("LONDON (Reuters) - \"As President Roosevelt said, the only thing we have to fear is fear itself,\" "
     "the minister told parliament on Tuesday.", "2024-06-04", "Roosevelt", ("USA", "former")),
    ("ROSEAU (Reuters) - Prime Minister Skerrit said on Monday the island would rebuild its port.",
     "2024-06-04", "Skerrit", ("DMA", "current")),
])
def test_table_in_stories(roles_of, text, published, person, expected) -> None:  # noqa: F811
    roles, _ = roles_of(text, published=published)
    hits = [(r.country, r.status) for r in roles if r.person_name and r.person_name.endswith(person)]
    assert expected in hits, hits
