"""Counts as financial and business news writes them: stock-index levels in points, job cuts
counting jobs, aircraft counted by their model numbers, terms of office counted."""

from __future__ import annotations

import pytest

from pipeline.entities import EntityIndex, extract_entities
from pipeline.quantities import extract_quantities

pytestmark = pytest.mark.model


def _quantities(make_doc, text):
    doc = make_doc(text)
    return extract_quantities(doc, EntityIndex.build(extract_entities(doc)))


# (text, [(value, unit), ...]) for the quantities of interest (others may be found too)
CASES = [
    # a level or move of a named index is in points
    ("The Nasdaq slid 3.1% and ended below 2,100 for the first time since March.", [(2100, "point")]),
    ("London's FTSE 100 closed at 6231.5, just above the 6,200 mark.", [(6231.5, "point"), (6200, "point")]),
    ("The Hang Seng dropped 512 points to 17,402.", [(512, "point"), (17402, "point")]),
    ("The Straits Times Index briefly fell below 3,000 on Thursday.", [(3000, "point")]),
    ("Stocks slid across markets, with the Nikkei falling below 9,000 before recovering.", [(9000, "point")]),
    # a number in a sentence about an index that counts something keeps its noun
    ("Toyota shed 4,000 workers as the Nikkei rose.", [(4000, "worker")]),
    # a change noun with "job" or "troop" counts the jobs or troops
    ("The steelmaker announced 2,500 job cuts across its European plants.", [(2500, "job")]),
    ("Ministers confirmed 800 troop reductions in the north.", [(800, "troop")]),
    ("The bank warned of job losses of 1,200 in its retail arm.", [(1200, "job")]),
    ("The council approved 12 tax increases.", [(12, "increase")]),
    # a model number written after its maker counts aircraft
    ("The Boeing 777 entered service in 1995; some 1,700 777s have since been built.", [(1700, "aircraft")]),
    ("The airline took delivery of 12 A321s from Airbus this year.", [(12, "aircraft")]),
    ("Embraer said it would slow output. It has built 1,600 175s and has orders for 300 more.", [(1600, "aircraft")]),
    # terms of office are counted, not durations
    ("She served two terms in the state assembly before running for governor.", [(2, "term")]),
    ("He won three terms as mayor.", [(3, "term")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_news_quantities(make_doc, text, expected):
    got = [(q.value, q.unit) for q in _quantities(make_doc, text)]
    for item in expected:
        assert item in got, got


def test_index_points_are_measures(make_doc):
    qs = _quantities(make_doc, "The Dow Jones Industrial Average fell below 9,000 before recovering.")
    assert [(q.value, q.unit, q.category, q.qualifier) for q in qs] == [(9000, "point", "other", "below")]
