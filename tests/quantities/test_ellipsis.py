"""Quantities whose noun the text left out, counted nouns with modifiers the tagger splits, and the
unit of groups that are not a nation's people (:mod:`pipeline.quantities.ellipsis`,
:mod:`pipeline.quantities.units`)."""

from __future__ import annotations

import pytest

from evaluation.scorers.compare import units_match
from pipeline.entities import EntityIndex, extract_entities
from pipeline.quantities import extract_quantities

pytestmark = pytest.mark.model


def _quantities(make_doc, text):
    doc = make_doc(text)
    return extract_quantities(doc, EntityIndex.build(extract_entities(doc)))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # "of them": the plural noun just before
        ("The city will plant new street trees, more than 40,000 of them, by the spring.", 40000, "tree"),
        ("Officials inspected the border crossings; 12,000 of them were open.", 12000, "crossing"),
        # the answer to a "how many" question
        ("Do you know how many reporters follow me abroad? Two hundred.", 200, "reporter"),
        # the noun of an earlier count of the sentence or the one before
        ("The clinic gave 300 million shots last year. The remaining 100 million come in March.", 100_000_000, "shot"),
        ("The lab ran 2,400 tests this year, up from 900 in 2019.", 900, "test"),
        # the noun of the clause's subject, through an amount noun
        ("The number of applications has doubled this year, with 48 million so far.", 48_000_000, "application"),
        ("The volume of parcels has soared, with 75 million so far.", 75_000_000, "parcel"),
        ("She raised army numbers from about 90,000 to 120,000.", 90000, "army"),
        # a population
        ("Malawi, a country of about 20 million, votes next week.", 20_000_000, "person"),
        # the nearest plural noun before the number
        ("The treaty doubled the rotation of German engineers through the port to about 1,500 each year.",
         1500, "engineer"),
        # "including" after the counted noun
        ("The carmaker will work with its dealers — including more than 3,000 in Europe — on the recall.",
         3000, "dealer"),
        ("The carmaker will work with its dealers\n    — including more than 3,000 in Europe— on the recall.",
         3000, "dealer"),
    ],
)
def test_elided_noun(make_doc, text, value, unit):
    qs = [q for q in _quantities(make_doc, text) if q.value == value]
    assert qs, _quantities(make_doc, text)
    assert units_match(unit, qs[0].unit), qs[0]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # hyphenated modifiers and coordinated modifiers before the counted noun
        ("The charity shipped 80 million life-saving tablets to clinics.", 80_000_000, "tablet"),
        ("The fund helps 45 low- and middle-income countries.", 45, "country"),
        ("The ministry will fine 14 regional and city-level managers.", 14, "manager"),
        ("The board will dismiss 9 security and cabinet-level advisers.", 9, "adviser"),
        # capitalised multiword counted nouns: a name ending in a plural, an office with "of"
        ("She won three Department of Energy Outstanding Mentor Awards.", 3, "award"),
        ("The academy trained five Ministers of Finance.", 5, "minister of finance"),
        ("The two Presidents of the United States met at the border.", 2, "president"),
        ("The bank lends to over 30 Historically Black Colleges and Universities.", 30, "college"),
        # a foreign modifier inside the phrase
        ("The board formed 12 ad hoc panels last year.", 12, "panel"),
        # a number of forces counts troops; of task forces, formations
        ("The alliance will send 8,000 additional French forces to the east.", 8000, "troop"),
        ("The navy set up two task forces for the patrols.", 2, "task force"),
        # a lower bound glued after the number
        ("The rally drew 15,000-plus supporters.", 15000, "supporter"),
        # plurals the lemmatiser cuts wrongly
        ("The state delivered 600,000 doses this week.", 600000, "dose"),
        # a party's or a faith's members are counted as such, a nation's people as persons
        ("The committee has 12 Democrats and 11 Republicans.", 12, "democrat"),
        ("The committee has 12 Democrats and 11 Republicans.", 11, "republican"),
        ("The program has trained 4,000 Kenyans since 2015.", 4000, "person"),
    ],
)
def test_counted_noun_forms(make_doc, text, value, unit):
    qs = [q for q in _quantities(make_doc, text) if q.value == value]
    assert qs, _quantities(make_doc, text)
    assert units_match(unit, qs[0].unit), qs[0]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("I have one update on the schedule before we start.", 0),
        ("We all came here with one shared goal.", 0),
        ("The panel has four judges, two clerks and one bailiff.", 3),
        ("The storm damaged at least one bridge.", 1),
        ("The agency hired one new inspector for the port.", 1),
        ("She is a 20-plus year veteran of the force.", 0),
        # an age is no count
        ("The former envoy died on Sunday at her home. She was 79.", 0),
        ("The governor, who is 58, will not run again.", 0),
        ("Former envoy who led the ceasefire talks dies at 79", 0),
    ],
)
def test_lone_one_and_ages(make_doc, text, count):
    assert len(_quantities(make_doc, text)) == count
