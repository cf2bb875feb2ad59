"""Round 62: a place that is where a holder is, not whose office he holds.

"In Tokyo President X will meet ...": with no comma after the opening phrase, the place is the
object of "in" (as the parser reads it) and the title starts after it (roles/titles.py ``_chunk``);
the place gave the office its country before ("President" of Japan). A place that modifies the title keeps
its country ("Indian Prime Minister X", "Republic of Korea National Security Advisor X": "of" joins
a place's own name, not a clause's where).

Every name is invented for these tests but the President of the United States of the publication
date.
"""

from __future__ import annotations

import pytest

import pipeline


def _roles(text: str, published: str = "2021-06-03") -> set[tuple]:
    rec = pipeline.extract("Statement\n\n" + text, published=published, country=None).to_dict()
    return {(r["person_name"], r["title"], r["country"]) for r in rec["roles"]}


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("In Tokyo President Biden will meet the leaders of the Quad.",
     ("Biden", "President", "USA"), ("Biden", "President", "JPN")),
    # an unknown holder's office keeps no country from where he is (the parser's reading decides:
    # a place it hangs on the title, "While in Brussels President X", still reads as the office's)
    ("In Warsaw President Jane Roe will deliver remarks.", None, ("Jane Roe", "President", "POL")),
    ("During his stay in Nairobi President Jane Roe will meet business leaders.", None,
     ("Jane Roe", "President", "KEN")),
])
def test_place_of_an_opening_phrase_is_no_country(text, expected, wrong):
    found = _roles(text)
    assert expected is None or expected in found
    assert wrong not in found


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("He met with Indian Prime Minister Arun Vasan on Tuesday.", ("Arun Vasan", "Prime Minister", "IND")),
    ("National Security Advisor Jake Sullivan, Republic of Korea National Security Advisor Kim Dal-su, and "
     "others met in Washington.", ("Kim Dal-su", "National Security Advisor", "KOR")),
    ("He received a letter from Kyiv Mayor Ivan Petrenko.", ("Ivan Petrenko", "Mayor", "UKR")),
])
def test_place_that_modifies_the_title_keeps_its_country(text, expected):
    assert expected in _roles(text)
