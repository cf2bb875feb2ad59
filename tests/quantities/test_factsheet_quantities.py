"""Counts in fact-sheet prose: the counted noun read from the parse past modifiers that hold nouns
of their own, a "+" glued after a number as a lower bound, and thousands-grouped numerals glued
by a hyphen to the noun they count."""

from __future__ import annotations

import pytest

from pipeline.entities import EntityIndex, extract_entities
from pipeline.quantities import extract_quantities
from pipeline.textnorm import normalize

pytestmark = pytest.mark.model


def _quantities(make_doc, text):
    doc = make_doc(text)
    return extract_quantities(doc, EntityIndex.build(extract_entities(doc)))


# (text, value, unit)
PARSED_NOUN = [
    ("The dealers will install up to 40,000 public Level 2 EV chargers by next year.", 40000, "charger"),
    ("The bank will support 120 women-led small businesses in the region.", 120, "business"),
    ("The firm will digitize 300,000 women-owned and led businesses in the country.", 300000, "business"),
    ("The grant will fund more than 400 at-grade crossings nationwide.", 400, "crossing"),
    ("The state has delivered 530 million at-home tests to families.", 530000000, "test"),
    ("The project will support up to 4,000 operations and maintenance jobs annually.", 4000, "job"),
    ("An additional 6 Federal Search and Response teams have been deployed.", 6, "team"),
    ("The agency will review at least 16 Construction and Operations Plans by 2025.", 16, "plan"),
    ("The union aims to have 10,000 XYZ certified electricians by August.", 10000, "electrician"),
    ("The network deployed over 900 “ambassadors” across the state.", 900, "ambassador"),
    ("There are now 17 over-the-counter, at-home, rapid tests authorized.", 17, "test"),
    ("Congress should pass the three House-passed, bipartisan pieces of legislation.", 3, "piece"),
    ("The grants help adults in 28 communities transition out of prison.", 28, "community"),
    ("The department is launching five new law enforcement strike forces.", 5, "force"),
    ("The alliance donated more than 11 million safe and effective COVID-19 vaccine doses.", 11_000_000, "dose"),
]



@pytest.mark.parametrize(("text", "value", "unit"), PARSED_NOUN, ids=[t[:40] for t, _, _ in PARSED_NOUN])
def test_counted_noun_from_parse(make_doc, text, value, unit):
    qs = _quantities(make_doc, text)
    assert [(q.value, q.unit) for q in qs] == [(value, unit)]


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("The alliance sent 20,000 additional U.S. forces to the region.", 20000, "troop"),
    ("Officials counted 300 polling stations in the province.", 300, "station"),
    ("The firm sold 40 Model 3 Teslas last month.", 40, "tesla"),
    ("Since its 1990 launch 4,100 vans have been sold.", 4100, "van"),  # the year is no count
    ("Warming must stay below 1.5°C (2.7°F) this century.", 1.5, "c"),
])
def test_unchanged(make_doc, text, value, unit):
    qs = _quantities(make_doc, text)
    assert [(q.value, q.unit) for q in qs][:1] == [(value, unit)]


def test_quoted_number_is_a_name(make_doc):
    qs = _quantities(make_doc, "The bill adds funding for “988” services in every state.")
    assert [q.value for q in qs] == []


# (text, value, unit, evidence)
PLUS = [
    ("The network now links 5,000+ startups across the region.", 5000, "startup", "5,000"),
    ("The fund will invest $130+ million over the next three years.", 130_000_000, "dollar", "$130+ million"),
    ("The group has 6+ million members nationwide.", 6_000_000, "member", "6+ million"),
    ("The city will add 50+ new direct flights per week.", 50, "flight", "50"),
    ("The firms announced $50B+ of investments in the region.", 50_000_000_000, "dollar", "$50B"),
    ("The partnership has 100+ members.", 100, "member", "100"),
]


@pytest.mark.parametrize(("text", "value", "unit", "evidence"), PLUS, ids=[t[:40] for t, *_ in PLUS])
def test_glued_plus_is_a_lower_bound(make_doc, text, value, unit, evidence):
    qs = _quantities(make_doc, text)
    assert [(q.value, q.unit, q.qualifier, q.evidence.text) for q in qs] == [(value, unit, "plus", evidence)]
    assert all(text[q.evidence.start:q.evidence.end] == q.evidence.text for q in qs)


@pytest.mark.parametrize(("text", "clean"), [
    ("links 5,000+ startups", "links 5,000 startups"),
    ("a 1GW+ pipeline", "a 1GW pipeline"),
    ("the C5+1 format and 2+2 talks", "the C5+1 format and 2+2 talks"),  # names keep their "+"
    ("LGBTQI+ youth", "LGBTQI+ youth"),
    ("an A+ rating", "an A+ rating"),
])
def test_normaliser_blanks_only_a_number_plus(text, clean):
    assert normalize(text, title_line=False).text == clean


@pytest.mark.parametrize(("text", "expected"), [
    ("The army faced a 41,000-troop shortfall last year.", [(41000, "troop")]),
    ("The firm will reach parity across its 22,000-employee workforce by 2030.", [(22000, "employee")]),
    ("The city opened a 1,200-bed hospital in May.", [(1200, "bed")]),
    ("The program includes a 2,000-hour apprenticeship at the college.", []),  # a duration
    ("The ministry signed a two-way agreement and a 10-point plan.", []),  # adjectives, as before
])
def test_hyphen_glued_thousands_count(make_doc, text, expected):
    qs = _quantities(make_doc, text)
    assert [(q.value, q.unit) for q in qs] == expected


@pytest.mark.parametrize(("text", "value", "unit", "evidence"), [
    ("The government is buying another half billion doses to donate.", 500_000_000, "dose", "half billion"),
    ("The country donated a half billion vaccines last year.", 500_000_000, "vaccine", "half billion"),
    ("The city has a half million residents.", 500_000, "resident", "half million"),
    ("The plan would cost half a million dollars.", 500_000, "dollar", "half a million dollars"),
])
def test_half_before_a_scale(make_doc, text, value, unit, evidence):
    qs = _quantities(make_doc, text)
    assert [(q.value, q.unit, q.evidence.text) for q in qs] == [(value, unit, evidence)]


def test_bare_half_is_no_count(make_doc):
    assert _quantities(make_doc, "Nearly half the doses went to the region.") == ()


@pytest.mark.parametrize(("text", "expected"), [
    ("The agency has delivered two thirds of the more than $500 million in support.",
     [(500_000_000, "dollar")]),
    ("The country now spends less than seven tenths of 1 percent on research.", [(1, "percent")]),
    ("Three quarters of the 40 members backed the plan.", [(40, "member")]),
    ("Car prices accounted for one third of all the inflation last year.", []),
])
def test_fractions_in_words_count_nothing(make_doc, text, expected):
    qs = _quantities(make_doc, text)
    assert [(q.value, q.unit) for q in qs] == expected


@pytest.mark.parametrize(("text", "value", "unit", "evidence"), [
    ("The program helped more than four and a half million people.", 4_500_000, "person", "four and a half million"),
    ("The firms created two and a half million new jobs.", 2_500_000, "job", "two and a half million"),
    ("The fund helped three hundred and fifty families.", 350, "family", "three hundred and fifty"),
])
def test_spoken_numbers(make_doc, text, value, unit, evidence):
    qs = _quantities(make_doc, text)
    assert [(q.value, q.unit, q.evidence.text) for q in qs] == [(value, unit, evidence)]


def test_coordinated_small_numbers_stay_two(make_doc):
    qs = _quantities(make_doc, "The envoy met ten and twelve leaders on two days.")
    assert [(q.value, q.unit) for q in qs][:2] == [(10, "leader"), (12, "leader")]


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("When the program opened, there were 2,000 [sic] people enrolled.", 2000, "person"),
    ("The rate fell to 3.2 [sic] percent last month.", 3.2, "percent"),
])
def test_editorial_sic_is_no_noun(make_doc, text, value, unit):
    qs = _quantities(make_doc, text)
    assert [(q.value, q.unit) for q in qs] == [(value, unit)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The county gave radios to over 300 fire, EMS and police departments.", [(300, "department")]),
    ("The plan involves 40 state, local, and tribal agencies.", [(40, "agency")]),
    ("The program serves 20 school, church, and community groups.", [(20, "group")]),
    ("The team won 3 games, 2 draws and 1 loss.", [(3, "game"), (2, "draw"), (1, "loss")]),
])
def test_comma_listed_modifiers(make_doc, text, expected):
    qs = _quantities(make_doc, text)
    assert [(q.value, q.unit) for q in qs] == expected


@pytest.mark.parametrize("text", [
    "Adults who are up to date are 3.5 times less likely to be hospitalized.",
    "The murder rate is roughly four times higher than in the capital.",
    "The trains carry five times more passengers than the buses.",
    "The envoy has been in and out of the region over 38 times.",
])
def test_multipliers_are_no_quantities(make_doc, text):
    assert _quantities(make_doc, text) == ()
