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
    # an exchange rate prices one unit of a currency in the other one the sentence names
    ("The won slid to 1,350 per dollar, its weakest in a decade.", [(1350, "won")]),
    ("The rupee weakened past 83.4 against the U.S. dollar before closing at 83.1.", [(83.4, "rupee"), (83.1, "rupee")]),
    ("The euro bought 1.08 dollars.", [(1.08, "dollar")]),
    # a vote tally is two counts of votes; a range of seats stays one quantity
    ("The House passed the measure 218-210 after a late vote.", [(218, "vote"), (210, "vote")]),
    ("The board voted 5–4 to close the plant.", [(5, "vote"), (4, "vote")]),
    ("The amendment failed 44-56 in a procedural vote.", [(44, "vote"), (56, "vote")]),
    ("The party hopes to win 120-140 seats when the country votes in May.", [(120, "seat")]),
    ("Celtic beat Hearts 3-1 on Sunday.", []),
    # a strength written "N-strong" counts troops in an armed body, else people
    ("Kenya will lead a 1,000-strong police mission to Haiti.", [(1000, "troop")]),
    ("The 3,500-strong brigade returned home in May.", [(3500, "troop")]),
    ("A 20,000-strong crowd filled the square.", [(20000, "person")]),
    # "others" after a count in the same sentence are more of the same
    ("The mine will employ 900 workers and support 4,000 others in the region.", [(4000, "worker")]),
    ("The storm destroyed 40 homes and damaged 300 others.", [(300, "home")]),
    ("Three others were detained.", [(3, "other")]),
    # terms of office are counted, not durations
    ("She served two terms in the state assembly before running for governor.", [(2, "term")]),
    ("He won three terms as mayor.", [(3, "term")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_news_quantities(make_doc, text, expected):
    got = [(q.value, q.unit) for q in _quantities(make_doc, text)]
    for item in expected:
        assert item in got, got
    if not expected:
        assert got == []


def test_index_points_are_measures(make_doc):
    qs = _quantities(make_doc, "The Dow Jones Industrial Average fell below 9,000 before recovering.")
    assert [(q.value, q.unit, q.category, q.qualifier) for q in qs] == [(9000, "point", "other", "below")]
