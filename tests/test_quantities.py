"""Quantities stage: numeric mentions, what they count, whose and where."""

from __future__ import annotations

import json

import pytest

from pipeline.entities import EntityIndex, extract_entities
from pipeline.quantities import category_of, extract_quantities

pytestmark = pytest.mark.model


def _quantities(make_doc, text):
    doc = make_doc(text)
    return extract_quantities(doc, EntityIndex.build(extract_entities(doc)))


@pytest.mark.parametrize(
    ("text", "value", "unit", "category", "currency", "qualifier", "approximate"),
    [
        ("The army sent two brigades to the border on Monday.", 2, "brigade", "personnel", None, None, False),
        ("Beijing has sent a dozen warships into the strait.", 12, "warship", "equipment", None, None, False),
        ("The European Union approved €2 billion in aid for Kyiv.", 2_000_000_000, "euro", "money", "EUR", None, False),
        ("Seoul will spend 61 trillion won on defence next year.", 61_000_000_000_000, "won", "money", "KRW", None, False),
        ("Britain pledged £300m for the new frigates.", 300_000_000, "pound", "money", "GBP", None, False),
        ("Tokyo raised defence spending by 2% this year.", 2, "percent", "percent", None, None, False),
        ("Inflation fell to 5 percent in March.", 5, "percent", "percent", None, None, False),
        ("The alliance has more than 3,000 soldiers in the region.", 3000, "soldier", "personnel", None, "more than", False),
        ("Washington announced nearly $2.5 billion in military aid.", 2_500_000_000, "dollar", "money", "USD", "nearly", True),
        ("The bloc represents approximately one billion people.", 1_000_000_000, "person", "count", None, "approximately", True),
        ("Delegates from over 30 countries met in Geneva.", 30, "country", "count", None, "over", False),
        ("Warming must be held to 1.5 degrees Celsius, the report said.", 1.5, "degree Celsius", "other", None, None, False),
        ("Officials said some 150,000 troops were massed near the frontier.", 150000, "troop", "personnel", None, "some", True),
        ("Rescuers evacuated at least 1,200 residents from the town.", 1200, "resident", "count", None, "at least", False),
        ("The ministry ordered twenty-five tanks from a domestic maker.", 25, "tank", "equipment", None, None, False),
        ("India will buy 26 Rafale jets for its navy.", 26, "jet", "equipment", None, None, False),
    ],
)
def test_values_units_and_qualifiers(make_doc, text, value, unit, category, currency, qualifier, approximate):
    qs = _quantities(make_doc, text)
    assert len(qs) == 1, qs
    q = qs[0]
    assert q.id == "Q1"
    assert q.value == value
    assert q.unit == unit
    assert q.category == category
    assert q.currency == currency
    assert q.qualifier == qualifier
    assert q.approximate is approximate
    assert text[q.evidence.start:q.evidence.end] == q.evidence.text


@pytest.mark.parametrize(
    "text",
    [
        "The summit will be held in 2026 in Vilnius.",
        "Over the last two decades the navy has grown.",
        "The talks lasted five years and ended at 10 a.m. on Tuesday.",
        "The alliance marked its 70th anniversary.",
        "Leaders of the G7 discussed 5G networks and COVID-19.",
        "The council adopted Resolution 2397 and invoked Section 301.",
        "The Senate passed S. 1605 after debate.",
        "Poland ordered more F-35 fighters.",
        "It is one of the largest exercises; an attack on one is an attack on all.",
        "They agreed on a two-way exchange and a three-year plan.",
        "The package will 1) fund training and 2) expand exercises.",
        "Call the embassy at 202-456-1111 for details.",
        "The strikes killed dozens of civilians and hundreds of thousands fled.",
        "Both countries aim for net zero emissions by 2050.",
    ],
)
def test_not_quantities(make_doc, text):
    assert _quantities(make_doc, text) == ()


def test_ellipsis_borrows_unit(make_doc):
    qs = _quantities(make_doc, "The United States intends to sell Australia three Virginia class submarines, "
                                "with the potential to sell up to two more if needed.")
    assert [(q.value, q.unit, q.qualifier) for q in qs] == [(3, "submarine", None), (2, "submarine", "up to")]


def test_owner_and_location(make_doc):
    qs = _quantities(make_doc, "About 28,500 US troops are stationed in South Korea. "
                               "The South Korean military comprises about 450,000 troops.")
    assert [(q.value, q.owner and q.owner.country, q.location and q.location.country) for q in qs] == [
        (28500, "USA", "KOR"), (450000, "KOR", None)]
    assert qs[0].text == "About 28,500 US troops"
    assert qs[0].evidence.text == "28,500"


def test_money_owner_is_the_giver(make_doc):
    qs = _quantities(make_doc, "Japan has committed $1 billion to the fund, and Canada pledged $200 million.")
    assert [(q.value, q.owner.country if q.owner else None) for q in qs] == [(1_000_000_000, "JPN"),
                                                                             (200_000_000, "CAN")]


def test_comma_grouped_number_is_never_a_year(make_doc):
    qs = _quantities(make_doc, "Some 2,026 sailors joined the fleet in 2026.")
    assert [q.value for q in qs] == [2026]
    assert qs[0].category == "personnel"


def test_seed_gold(make_doc):
    from conftest import SEED_GOLD, SEED_TXT

    text = SEED_TXT.read_text(encoding="utf-8")
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    doc = make_doc(text, title=text.split("\n")[0], published=gold.get("published"))
    qs = extract_quantities(doc, EntityIndex.build(extract_entities(doc)))
    got = [(q.value, q.unit, q.approximate, q.owner.country if q.owner else None,
            q.location.country if q.location else None, q.evidence.start) for q in qs]
    want = [(g["value"], g["unit"], g["approximate"], g["owner"], g["location"], g["evidence"]["start"])
            for g in gold["quantities"]]
    assert got == want
    assert all(q.value != 2026 for q in qs)


@pytest.mark.parametrize(("unit", "category"), [("troop", "personnel"), ("marine", "personnel"),
                                                ("submarine", "equipment"), ("drone", "equipment"),
                                                ("country", "count"), ("ton", "other"), (None, "count")])
def test_category_of(unit, category):
    assert category_of(unit) == category
