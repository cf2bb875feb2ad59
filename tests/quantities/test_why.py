"""The forms issue #12 lists as missed or wrong, each in a sentence of its own: exact money with
every multiplier form, currencies from ISO 4217, physical units from pint, ranges, rates, changes,
negative and vague values."""

from __future__ import annotations

import json

import pytest

from pipeline.entities import EntityIndex, extract_entities
from pipeline.quantities import extract_quantities

pytestmark = pytest.mark.model


def _quantities(make_doc, text):
    doc = make_doc(text)
    return extract_quantities(doc, EntityIndex.build(extract_entities(doc)))


# (text, value, high, unit, per, category, currency, change)
WHY = [
    # multipliers, with or without the sentence's full stop; exact values
    ("It cost $800m.", 800_000_000, None, "dollar", None, "money", "USD", None),
    ("It cost £800m.", 800_000_000, None, "pound", None, "money", "GBP", None),
    ("Costs rose by $1.3m.", 1_300_000, None, "dollar", None, "money", "USD", "increase"),
    ("The budget is 8.7 trillion yen.", 8_700_000_000_000, None, "yen", None, "money", "JPY", None),
    ("The state spent 50bn roubles on the bridge.", 50_000_000_000, None, "ruble", None, "money", "RUB", None),
    ("Exports reached $2.5 tn last year.", 2_500_000_000_000, None, "dollar", None, "money", "USD", None),
    ("The club paid €45mn for the striker.", 45_000_000, None, "euro", None, "money", "EUR", None),
    ("The fund holds 3 lakh tonnes of grain.", 300_000, None, "tonne", None, "other", None, None),
    # currencies: names and plurals, codes glued to the number, South Asian scales, minor units
    ("The bank paid 3.4 billion Swiss francs.", 3_400_000_000, None, "franc", None, "money", "CHF", None),
    ("The government allotted Rs 500 crore to the scheme.", 5_000_000_000, None, "rupee", None, "money", "INR",
     None),
    ("The fund raised USD10m last year.", 10_000_000, None, "dollar", None, "money", "USD", None),
    ("The lender lost EUR5bn in the crisis.", 5_000_000_000, None, "euro", None, "money", "EUR", None),
    ("Shares closed at 118.5p on Friday.", 118.5, None, "penny", None, "money", "GBP", None),
    ("The coin is worth 10 sen.", 10, None, "sen", None, "money", "MYR", None),
    ("Seoul pays 1.2 trillion South Korean won a year.", 1_200_000_000_000, None, "won", None, "money", "KRW",
     None),
    # physical units: glued, symbols, names, areas, rates, speeds
    ("The plan offers 30Mbps broadband.", 30, None, "megabit", "second", "other", None, None),
    ("The screen refreshes at 120Hz.", 120, None, "hertz", None, "other", None, None),
    ("It ships with a 5 W charger.", 5, None, "watt", None, "other", None, None),
    ("Levels reached 15 ppb in the river.", 15, None, "part per billion", None, "other", None, None),
    ("The phone has a 3-inch screen.", 3, None, "inch", None, "other", None, None),
    ("Rebels seized 3,900 square kilometres of land.", 3900, None, "square kilometre", None, "other", None, None),
    ("The column advanced 5 km per day.", 5, None, "kilometre", "day", "other", None, None),
    ("The field pumps 40,000 barrels per day.", 40000, None, "barrel", "day", "other", None, None),
    ("The train reached 320 km/h on the new line.", 320, None, "kilometre", "hour", "other", None, None),
    ("Winds gusted to 90 mph overnight.", 90, None, "mile", "hour", "other", None, None),
    ("The plant will produce 1,200 MW of power.", 1200, None, "megawatt", None, "other", None, None),
    # negative values
    ("He was tackled for minus-5 yards.", -5, None, "yard", None, "other", None, None),
    ("The index moved -3% on the day.", -3, None, "percent", None, "percent", None, None),
    # a model number inside the counted phrase
    ("Britain will buy 150 Challenger 3 tanks.", 150, None, "tank", None, "equipment", None, None),
    # ranges as one quantity
    ("The project will cost $3 billion to $5 billion.", 3_000_000_000, 5_000_000_000, "dollar", None, "money",
     "USD", None),
    ("Growth will be from 5 to 7 per cent.", 5, 7, "percent", None, "percent", None, None),
    ("Inflation will reach 5-7% next year.", 5, 7, "percent", None, "percent", None, None),
    ("Growth will be between 4% and 5%.", 4, 5, "percent", None, "percent", None, None),
    ("Between 5,000 and 7,000 troops will be deployed.", 5000, 7000, "troop", None, "personnel", None, None),
    # changes
    ("Prices rose 2% in May.", 2, None, "percent", None, "percent", None, "increase"),
    ("The army announced a cut of 300 troops.", 300, None, "troop", None, "personnel", None, "decrease"),
    ("There was a 2% rise in prices.", 2, None, "percent", None, "percent", None, "increase"),
    ("Unemployment fell to 5%.", 5, None, "percent", None, "percent", None, None),
    # vague counts: approximate, two of the unit
    ("Dozens of people were hurt.", 24, None, "person", None, "count", None, None),
    ("A couple hundred people gathered.", 200, None, "person", None, "count", None, None),
    ("Scores of homes burned.", 40, None, "home", None, "count", None, None),
]


@pytest.mark.parametrize(("text", "value", "high", "unit", "per", "category", "currency", "change"), WHY,
                         ids=[w[0][:40] for w in WHY])
def test_why_examples(make_doc, text, value, high, unit, per, category, currency, change):
    qs = _quantities(make_doc, text)
    assert len(qs) == 1, qs
    q = qs[0]
    assert (q.value, q.high, q.unit, q.per, q.category, q.currency, q.change) == \
        (value, high, unit, per, category, currency, change)
    assert type(q.value) is type(value)  # whole amounts are ints, never 8699999999999.999
    assert text[q.evidence.start:q.evidence.end] == q.evidence.text


def test_exact_value_survives_json(make_doc):
    q = _quantities(make_doc, "The budget is 8.7 trillion yen.")[0]
    assert json.dumps(q.value) == "8700000000000"


@pytest.mark.parametrize("text", [
    "Unemployment rose from 5% to 7%.",  # a move between two levels, not a range
    "Sales fell 3% to $5bn.",
])
def test_levels_are_not_ranges(make_doc, text):
    qs = _quantities(make_doc, text)
    assert len(qs) == 2 and all(q.high is None for q in qs)


@pytest.mark.parametrize("text", [
    "Delegates met at COP26 in Glasgow.",  # an unfamiliar code glued to a small number is a name
    "It was the 50th anniversary.",
    "Tesla sold 5 Tesla cars.",
])
def test_not_units_or_money(make_doc, text):
    assert all(q.category not in ("money", "other") for q in _quantities(make_doc, text))


def test_vague_counts_are_approximate(make_doc):
    qs = _quantities(make_doc, "The strikes killed dozens of civilians and hundreds of thousands fled.")
    assert [(q.value, q.approximate) for q in qs] == [(24, True), (200_000, True)]


def test_coordinated_number_modifiers(make_doc):
    qs = _quantities(make_doc, "The plant makes four-, five- and six-cylinder engines.")
    assert [(q.value, q.unit) for q in qs] == [(4, "cylinder"), (5, "cylinder"), (6, "cylinder")]


# The force examples of issue #12 "Why", as written there: (text, title, [(owner, size, unit, location, status)]).
WHY_FORCES = [
    ("France will withdraw its 1,500 soldiers from Niger.", None, [("FRA", 1500, "soldier", "NER", "withdrawn")]),
    ("U.S. to send 5,000 troops to Poland\n\nThe United States will send 5,000 troops to Poland, the Pentagon "
     "said. About 5,000 soldiers will arrive next month.", "U.S. to send 5,000 troops to Poland",
     [("USA", 5000, "troop", "POL", "planned")]),
    ("Poland ordered 32 F-35 jets and two aircraft carriers were sent to the region.", None, []),
    ("About 1,000 troops would leave Mali by the end of the year.", None, [(None, 1000, "troop", "MLI", "withdrawn")]),
    ("The Pentagon said 2,000 Marines would deploy to Australia.", None, [("USA", 2000, "marine", "AUS", "planned")]),
    ("Poland's Ministry of National Defence said it will deploy an additional 3,000 soldiers to the border, "
     "bringing the total force there to about 17,000 troops.", None,
     [("POL", 3000, "soldier", None, "planned"), ("POL", 17000, "troop", None, "planned")]),
]


@pytest.mark.parametrize(("text", "title", "expected"), WHY_FORCES, ids=[t[:40] for t, _, _ in WHY_FORCES])
def test_why_forces(make_doc, text, title, expected):
    from pipeline.context import ArticleContext
    from pipeline.forces import extract_forces

    doc = make_doc(text, title=title)
    index = EntityIndex.build(extract_entities(doc))
    forces = extract_forces(doc, extract_quantities(doc, index), index, context=ArticleContext(home_country=None))
    assert [(f.owner, f.size, f.unit, f.location, f.status) for f in forces] == expected
