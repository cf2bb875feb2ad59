"""Round 60: an envoy is no ambassador; a sentence's capital "The" before a restarted title.

- The ontology reads "envoy" with "ambassador" as a diplomatic representative; an envoy sent to a
  conflict, a region or an issue heads no mission, and the annotation guide's diplomacy role is the
  ambassador who does (roles/envoys.py): "envoy to Yemen", "Envoy X", "Special Envoy" are
  ``official_other``; "Ambassador and Special Envoy" keeps its ambassador.
- "The President — President Biden": the capital "The" that opens a sentence is no title word, so
  the title before the dash is one word and no restart (roles/spoken_restarts.py); "the Attorney
  General — General Garland" is still the Attorney General.

Every name is invented for these tests but the one President of the United States of the publication date.
"""

from __future__ import annotations

import pytest

import pipeline
from pipeline.roles.envoys import envoy_role


def _roles(text: str) -> set[tuple]:
    rec = pipeline.extract("Statement\n\n" + text, published="2023-08-29", country="USA").to_dict()
    return {(r["person_name"], r["role"]) for r in rec["roles"]}


@pytest.mark.parametrize(("title", "role", "expected"), [
    ("envoy to Yemen", "ambassador", "official_other"),
    ("Envoy", "ambassador", "official_other"),
    ("Special Envoys", "ambassador", "official_other"),
    ("Ambassador and Special Envoy", "ambassador", "ambassador"),
    ("Ambassador", "ambassador", "ambassador"),
    ("Special Envoy", "official_other", "official_other"),
    ("Envoy", "head_of_state", "head_of_state"),
])
def test_envoy_role(title, role, expected):
    assert envoy_role(title, role) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("President Lane's envoy to Yemen, Tom Veldor, testified in Congress.", ("Tom Veldor", "official_other")),
    ("Envoy Jana Porvik will lead the effort.", ("Jana Porvik", "official_other")),
    ("The envoy to Haiti, Dan Mireau, resigned.", ("Dan Mireau", "official_other")),
    ("Ambassador Linda Oxley spoke in Nairobi.", ("Linda Oxley", "ambassador")),
])
def test_envoys_are_officials(text, expected):
    assert expected in _roles(text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The President — President Biden — spoke about the summit.", ("Biden", "head_of_state")),
    ("I have confidence in the Attorney General — General Moravec's leadership.", ("Moravec", "minister_other")),
])
def test_a_capital_the_is_no_restarted_title(text, expected):
    assert expected in _roles(text)
