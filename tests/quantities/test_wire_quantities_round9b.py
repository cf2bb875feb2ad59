"""Quantities in wire copy, second pass of round 9: "one" in its sense of unity ("under one
roof", "speak with one voice", "merged into one agency") counts nothing; a nounless second figure
of the same predicate counts what the first counts ("hired 900 nurses, up from 650"), not the
clause's subject; a model's name and number before a common noun ("Boeing 777X freighter
aircraft") and a gerund compound after a singular noun ("battery swapping stations") do not
hide the counted noun."""

from __future__ import annotations

import pytest

from pipeline.entities import EntityIndex, extract_entities
from pipeline.quantities import extract_quantities

pytestmark = pytest.mark.model


def _quantities(make_doc, text):
    doc = make_doc(text)
    return extract_quantities(doc, EntityIndex.build(extract_entities(doc)))


# (text, [(value, unit), ...]): every quantity found, in text order
CASES = [
    # "one" meaning a single, undivided whole
    ("The three regulators will work under one roof from January.", [(3, "regulator")]),
    ("European leaders must speak with one voice on trade, the minister said.", []),
    ("Both chambers were of one mind about the budget.", []),
    ("Pilots said they live in one world now, and share one future.", []),
    ("The four agencies will be merged into one authority next year.", [(4, "agency")]),
    ("Both parties want to be one party again, their leaders said.", []),
    ("\"They are one people and one nation,\" the envoy said.", []),
    ("The hostages were one nurse and three engineers.", [(1, "nurse"), (3, "engineer")]),
    # ... but a count of one stays where one of something is counted
    ("Gunmen killed one police officer and wounded two civilians.", [(1, "officer"), (2, "civilian")]),
    ("At least one shell hit the hospital.", [(1, "shell")]),
    ("Inflation stayed under one percent for a year.", [(1, "percent")]),
    # a nounless figure of the same predicate counts what the first one counts
    ("Hospitals hired 900 nurses in June, up from 650 a year earlier.", [(900, "nurse"), (650, "nurse")]),
    ("Labour took 211 seats, four short of a majority.", [(211, "seat"), (4, "seat")]),
    ("Manufacturers shed 12,000 jobs last month, compared with 8,000 in August.",
     [(12000, "job"), (8000, "job")]),
    # a model's name and number before the common noun
    ("The cargo airline ordered 18 Boeing 777X freighter aircraft.", [(18, "aircraft")]),
    ("The navy will receive six Type 26 frigates by 2035.", [(6, "frigate")]),
    # a gerund compound after a singular noun
    ("The city will open 1,200 battery swapping stations.", [(1200, "station")]),
    ("The utility built 40 gas processing plants in the region.", [(40, "plant")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_wire_quantities(make_doc, text, expected):
    got = [(q.value, q.unit) for q in _quantities(make_doc, text)]
    assert got == expected
