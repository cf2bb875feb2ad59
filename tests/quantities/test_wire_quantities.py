"""Quantities as wire stories write them about disasters, weather, strikes and censuses: a count
a collective noun holds, temperatures in one unit name whatever the spelling, earthquake
magnitudes, proportions that are not counts, and "others" that count people, not metres."""

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
    # a collective noun names who a bare number counts
    ("The death toll from the landslide climbed to 87 on Tuesday.", [(87, "death")]),
    ("A crowd of 41,500 packed the ground for the derby.", [(41500, "person")]),
    ("Organisers put turnout at 300,000 on the first day of the strike.", [(300000, "person")]),
    ("The island's population has fallen to an estimated 2.1 million.", [(2100000, "person")]),
    # "others" after a measure counts what the sentence counted before the measure
    ("Divers recovered 14 fishermen from a depth of 30 metres, and 3 others are still missing.",
     [(14, "fisherman"), (30, "metre"), (3, "fisherman")]),
    # temperatures: one unit name for "Celsius", "celsius", "degrees Celsius" and a glued "C"
    ("The thermometer reached 38 Celsius (100 Fahrenheit) in Seville.",
     [(38, "degree Celsius"), (100, "degree Fahrenheit")]),
    ("Night-time lows of 5 to 8C are expected, forecasters said.", [(5, "degree Celsius")]),
    ("Readings of 97F were logged in Phoenix.", [(97, "degree Fahrenheit")]),
    ("Wind chill made it feel like minus 22 degrees Fahrenheit in Fargo.", [(-22, "degree Fahrenheit")]),
    # an earthquake's size is measured in magnitude, whatever noun follows
    ("A magnitude 7.1 earthquake shook the coast, followed by one of magnitude 5.6.",
     [(7.1, "magnitude"), (5.6, "magnitude")]),
    # a part of a counted whole takes the whole's noun, and the whole is counted too
    ("The rebels now control 9 of the region's 14 districts.", [(9, "district"), (14, "district")]),
    ("Ferrari won two of their last six races.", [(2, "race"), (6, "race")]),
    # victims named by a verb that acts on people, or that people undergo
    ("A bus plunged into a ravine on Friday, killing nine.", [(9, "person")]),
    ("Rescuers found 31 survivors; 6 remain missing.", [(31, "survivor"), (6, "person")]),
    ("Officials said 23 were injured in the blast.", [(23, "person")]),
    ("Police said four were dead and 15 were missing.", [(4, "person"), (15, "person")]),
    # "of whom"/"of which" refers the number back to the noun before it
    ("Some 80 miners were underground, of whom 23 are still trapped.", [(80, "miner"), (23, "miner")]),
    ("The carrier operates 55 jets, of which 9 are grounded.", [(55, "jet"), (9, "jet")]),
    # a level crossed: "past" opens a bare level as "to" does
    ("The rupee weakened past 91 per dollar on Thursday.", [(91, "rupee")]),
    # "one in five" is a proportion: the five are not counted
    ("Roughly one in four trains was cancelled during the walkout.", []),
    ("Only 1 in 10 voters backed the plan.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_wire_quantities(make_doc, text, expected):
    got = [(q.value, q.unit) for q in _quantities(make_doc, text)]
    assert got == expected


# Round 8 stress classes: hyphenated nationality modifiers, number words inside names, spoken restarts
NAME_AND_RESTART_CASES = [
    # a proper adjective glued by a hyphen to a participle modifies the counted noun
    ("The carrier ordered 150 European-built jets.", [(150, "jet")]),
    ("Militants launched 18 Iranian-made drones overnight.", [(18, "drone")]),
    # a capitalised number word in running text is part of a name
    ("Beijing urged Washington to honour the One China principle.", []),
    ("Shares of the Big Three carmakers fell.", []),
    # a spoken number broken off and said again is counted once
    ("We created nine hundred thou- — 950,000 new jobs.", [(950000, "job")]),
]


@pytest.mark.parametrize(("text", "expected"), NAME_AND_RESTART_CASES, ids=[t[:40] for t, _ in NAME_AND_RESTART_CASES])
def test_names_and_restarts(make_doc, text, expected):
    got = [(q.value, q.unit) for q in _quantities(make_doc, text)]
    assert got == expected


MORE_CASES = [
    # a number said, broken off at a dash and said again is counted once
    ("Visitors may enter with three — with three doses of vaccine.", [(3, "dose")]),
    # a prefix glued by a hyphen: the noun after it is what is counted
    ("Four co-defendants were acquitted.", [(4, "defendant")]),
    ("The party fielded 12 ex-ministers.", [(12, "minister")]),
    # currency names of African and Asian currencies
    ("The regulator fined the lender 2.5 billion naira.", [(2500000000, "naira")]),
    ("Bread now costs 120 shillings a loaf.", [(120, "shilling")]),
]


@pytest.mark.parametrize(("text", "expected"), MORE_CASES, ids=[t[:40] for t, _ in MORE_CASES])
def test_restarts_prefixes_currencies(make_doc, text, expected):
    got = [(q.value, q.unit) for q in _quantities(make_doc, text)]
    assert got == expected


SHARE_NAME_WEIGHT_CASES = [
    # both sides of "N in M" make a share, not counts
    ("Surveys found that roughly 3 in 10 renters skip meals, and nearly 1 in 4 parents agree.", []),
    # a group's name written with a plus
    ("Ministers gathered for the E3+3 consultations in Vienna.", []),
    # pounds of a substance weigh it; pounds of money stay money
    ("Customs officers found 2,400 pounds of methamphetamine in the lorry.", [(2400, "pound")]),
    ("The council spent 40,000 pounds of public money on the study.", [(40000, "pound")]),
    # a capitalised number word after an opening quote, a comma or a lower-case word names something
    ("Officials cited the Taiwan Relations Act, Three Communiqués and the assurances given to Taipei.", []),
    ("Many pilgrims travelled to the Two Holy Mosques this week, while officials in the region "
     "welcomed them warmly.", []),
]


@pytest.mark.parametrize(("text", "expected"), SHARE_NAME_WEIGHT_CASES, ids=[t[:40] for t, _ in SHARE_NAME_WEIGHT_CASES])
def test_shares_names_weights(make_doc, text, expected):
    got = [(q.value, q.unit) for q in _quantities(make_doc, text)]
    assert got == expected


def test_pounds_of_a_substance_are_a_weight(make_doc):
    (q,) = _quantities(make_doc, "Customs officers found 2,400 pounds of methamphetamine in the lorry.")
    assert q.category != "money" and q.currency is None
