"""Noun phrases around a number: "one" as a determiner of an abstract noun is no count; the counted
noun after coordinated adjectives or a hyphenated compound modifier; the noun a number is part of
through "including"; a statute citation's title number; an ISO currency code before a scaled
amount."""

from __future__ import annotations

import pytest

from pipeline.entities import EntityIndex, extract_entities
from pipeline.quantities import extract_quantities

pytestmark = pytest.mark.model


def _quantities(make_doc, text):
    doc = make_doc(text)
    return extract_quantities(doc, EntityIndex.build(extract_entities(doc)))


# (text, [(value, unit, high), ...])
CASES = [
    ("There is one thing every voter in this county should remember.", []),
    ("She offered one important example of the policy at work.", []),
    ("We won for one beautiful, simple reason: people showed up.", []),
    ("The agency hired one new inspector for the port.", [(1, "inspector", None)]),
    ("Nearly 400,000 public and private nursing posts are vacant.", [(400000, "post", None)]),
    ("Customs agents stopped more than 3 million counterfeit or unsafe goods.", [(3000000, "good", None)]),
    ("The ministers discussed three cabinet-level meetings the premier chaired.", [(3, "meeting", None)]),
    ("The bank will train its partners, including more than 4,000 in Canada, on fraud.", [(4000, "partner", None)]),
    ("The firm will audit its vendors — including about 600 in Mexico— this spring.", [(600, "vendor", None)]),
    ("A team of nurses, including Maria and three others, stayed overnight.", [(3, "nurse", None)]),
    ("The waiver under 42 U.S.C. 1983 stays in force.", []),
    ("Rules in 40 C.F.R. 60 cover the plants.", []),
    ("The yard bid between DKK 3bn and DKK 4bn for the contract.", [(3000000000, "krone", 4000000000)]),
    ("Revenue rose to SEK 2 billion last year.", [(2000000000, "krona", None)]),
    ("The band played the TOP 10 hits of the summer.", []),
    # a quarter of a round scale is a count; a quarter of a year or of a city is not
    ("Nearly a quarter million voters registered late.", [(250000, "voter", None)]),
    ("A quarter of a million tourists visit the island each year.", [(250000, "tourist", None)]),
    ("Exports fell in the second quarter.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_phrases(make_doc, text, expected):
    qs = _quantities(make_doc, text)
    assert [(q.value, q.unit, q.high) for q in qs] == expected
