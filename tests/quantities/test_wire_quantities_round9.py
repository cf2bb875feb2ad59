"""Quantities in markets, economics and agency copy: "up" as the particle of a verb of movement
before "to" + a level is no bound ("edged up to 4.1%"), basis points are their own unit, an
adverb hyphenated to a participle does not hide the counted noun ("1,200 well-trained troops"),
"#1" is a rank, and "VA" before a noun is the agency, not volt-amperes."""

from __future__ import annotations

import pytest

from pipeline.entities import EntityIndex, extract_entities
from pipeline.quantities import extract_quantities

pytestmark = pytest.mark.model


def _quantities(make_doc, text):
    doc = make_doc(text)
    return extract_quantities(doc, EntityIndex.build(extract_entities(doc)))


# (text, [(value, unit, qualifier), ...]): every quantity found, in text order
CASES = [
    # the level reached after a verb of movement with "up"
    ("Mortgage rates crept up to 6.9% this week.", [(6.9, "percent", None)]),
    ("The estimate was revised up to 2.4 per cent.", [(2.4, "percent", None)]),
    ("Inflation ticked up to 3.1% and unemployment moved up to 5.2%.",
     [(3.1, "percent", None), (5.2, "percent", None)]),
    # "up to" stays a bound where "up" is no particle of such a verb
    ("The storm could cut power to up to 200,000 homes.", [(200000, "home", "up to")]),
    ("Offenders face fines of up to $10,000.", [(10000, "dollar", "up to")]),
    ("The ferry can carry up to 600 passengers.", [(600, "passenger", "up to")]),
    # basis points
    ("The central bank raised its key rate by 75 basis points.", [(75, "basis point", None)]),
    ("Spreads narrowed 12 basis points, and yields fell 0.3 percentage points.",
     [(12, "basis point", None), (0.3, "percent", None)]),
    # an adverb hyphenated to a participle or adjective
    ("The ministry deployed 2,500 well-equipped police officers.", [(2500, "officer", None)]),
    ("The factory will add 800 new highly-paid jobs and 40 newly-hired inspectors.",
     [(800, "job", None), (40, "inspector", None)]),
    # a rank written with "#"
    ("She was the #2 seed and beat 12 rivals.", [(12, "rival", None)]),
    # an agency's initials before the counted noun
    ("The department will hire 3,000 VA doctors.", [(3000, "doctor", None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_wire_quantities(make_doc, text, expected):
    got = [(q.value, q.unit, q.qualifier) for q in _quantities(make_doc, text)]
    assert got == expected


def test_basis_points_are_a_percent_measure(make_doc):
    (q,) = _quantities(make_doc, "Lenders cut rates by 25 basis points.")
    assert (q.unit, q.category) == ("basis point", "percent")
