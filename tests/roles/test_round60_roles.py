"""Round 60: an envoy is no ambassador; a sentence's capital "The" before a restarted title.

- The ontology reads "envoy" with "ambassador" as a diplomatic representative; an envoy with no
  country written and no post ("Envoy X", "the Port Envoy", "Hostage envoy X") heads no mission
  (roles/envoys.py) and is ``official_other``; "China's envoy to the United Nations", "its envoy to
  Canada", "Envoy Extraordinary" and "Ambassador and Special Envoy" keep their ambassador.
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


@pytest.mark.parametrize(("title", "role", "country", "expected"), [
    ("Envoy", "ambassador", None, "official_other"),
    ("Port Envoy", "ambassador", None, "official_other"),
    ("Special Envoys", "ambassador", None, "official_other"),
    ("envoy to Yemen", "ambassador", None, "ambassador"),
    ("envoy in Beijing", "ambassador", None, "ambassador"),
    ("envoy", "ambassador", "CHN", "ambassador"),
    ("Envoy Extraordinary", "ambassador", None, "ambassador"),
    ("Ambassador and Special Envoy", "ambassador", None, "ambassador"),
    ("Ambassador", "ambassador", None, "ambassador"),
    ("Special Envoy", "official_other", None, "official_other"),
    ("Envoy", "head_of_state", None, "head_of_state"),
])
def test_envoy_role(title, role, country, expected):
    assert envoy_role(title, role, country) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Envoy Jana Porvik will lead the effort.", ("Jana Porvik", "official_other")),
    ("Hostage envoy Tom Veldor traveled to Doha.", ("Tom Veldor", "official_other")),
    ("China's envoy to the United Nations, Zhang Wenlu, spoke.", ("Zhang Wenlu", "ambassador")),
    ("India recalled its envoy to Canada, Dan Mireau.", ("Dan Mireau", "ambassador")),
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
