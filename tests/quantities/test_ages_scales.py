"""Ages written as bare numbers are no quantities; a money scale glued by a hyphen is part of the
amount; a capitalised scale word or "Day One" inside a name counts nothing."""

from __future__ import annotations

import pytest

from pipeline.entities import EntityIndex, extract_entities
from pipeline.quantities import extract_quantities

pytestmark = pytest.mark.model


def _quantities(make_doc, text):
    doc = make_doc(text)
    return [(q.value, q.unit) for q in extract_quantities(doc, EntityIndex.build(extract_entities(doc)))]


# (text, the quantities that remain)
AGES = [
    ("The clinic treats children under 5 and adults over 65 in the county.", []),
    ("Each child under the age of 6 gets $300 and each child between the ages of 6 and 17 gets $250.",
     [(300, "dollar"), (250, "dollar")]),
    ("Half of the region's population is 35 or younger.", []),
    ("Residents ages 12 and up may register, and 74 percent of those 65 and over already have.",
     [(74, "percent")]),
    ("The program serves more than 2 million kids under five in the state.", [(2_000_000, "kid")]),
    ("Young people can stay on a parent's plan until they reach the age of 26.", []),
    ("Most toddlers get the shot by the time they turn two.", []),
    ("The ferry turned 180 degrees in the storm.", [(180, "degree")]),
]

KEPT = [
    ("The coverage rate is under 10 in those districts.", [(10, None)]),
    ("The grant reaches over 500 schools and 30 children in the valley.", [(500, "school"), (30, "child")]),
    ("Temperatures over 100 degrees were recorded in 12 towns.", [(100, "degree"), (12, "town")]),
]


@pytest.mark.parametrize(("text", "expected"), AGES + KEPT, ids=[t[:40] for t, _ in AGES + KEPT])
def test_ages_are_no_quantities(make_doc, text, expected):
    assert _quantities(make_doc, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The fund announced a $600-billion commitment to invest abroad.", [(600_000_000_000, "dollar")]),
    ("The state received a €2-million grant for the port.", [(2_000_000, "euro")]),
    ("The town won a 10-million-dollar award.", []),  # a compound adjective, left as it was
])
def test_money_scale_glued_by_hyphen(make_doc, text, expected):
    assert _quantities(make_doc, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The third cohort under the Billion Futures Initiative begins in May.", []),
    ("Million Mentors Network: the program trains 40 volunteers.", [(40, "volunteer")]),
    ("The governor's Day One Executive Order set up a task force.", []),
    ("We sent a billion doses and One Million Masks Were Delivered.", [(1_000_000_000, "dose"), (1_000_000, "mask")]),
    ("The agency sent a billion doses abroad.", [(1_000_000_000, "dose")]),
])
def test_scale_words_in_names(make_doc, text, expected):
    assert _quantities(make_doc, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The region saw 23 separate billion-dollar storms last year.", [(23, "storm")]),
    ("The city signed three multibillion-dollar contracts.", [(3, "contract")]),
    ("The state made another billion-dollar investment.", []),
])
def test_price_tag_before_the_counted_noun(make_doc, text, expected):
    assert _quantities(make_doc, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The rangers pulled the hikers from the river, all three of them uninjured.", [(3, "hiker")]),
    ("The firm hired 300 workers, and 120 of them were veterans.", [(300, "worker"), (120, "worker")]),
    ("The city has 40 plants, of which 12 are idle.", [(40, "plant"), (12, "plant")]),
])
def test_number_of_a_pronoun_counts_what_it_stands_for(make_doc, text, expected):
    assert _quantities(make_doc, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Statement on the First COVID-\u206019 Vaccines for Young Children", []),
    ("Many adults live with Type 1 or 2 diabetes in the state.", []),
    ("Sections 3 and 4 of the bill cover 12 agencies.", [(12, "agency")]),
])
def test_numbers_of_names(make_doc, text, expected):
    assert _quantities(make_doc, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The campaign drove total enrollment to over 3 million this year.", [(3_000_000, "person")]),
    ("Factory employment now exceeds its old peak by 12,000.", [(12_000, "job")]),
    ("Payrolls grew by 150,000 in the quarter.", [(150_000, "job")]),
    ("Two towns joined, driving total enrollment to over 90,000.", [(2, "town"), (90_000, "person")]),
])
def test_collective_nouns_of_people_and_jobs(make_doc, text, expected):
    assert _quantities(make_doc, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("We have three goals. Two, build trust. And three, reach every town.", [(3, "goal")]),
    ("And then two is: the council must meet.", []),
    ("Two families came, and three stayed.", [(2, "family"), (3, "family")]),
])
def test_spoken_list_labels(make_doc, text, expected):
    assert _quantities(make_doc, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The group starts with more than two dozen of the region's largest and most innovative firms.", [(24, "firm")]),
    ("The lab hired 40 of the nation's best and brightest engineers.", [(40, "engineer")]),
])
def test_superlatives_coordinated_before_the_noun(make_doc, text, expected):
    assert _quantities(make_doc, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The agency ran 28 in-person resilience trainings this spring.", [(28, "training")]),
    ("The county opened 12 on-site clinics.", [(12, "clinic")]),
])
def test_preposition_compound_before_the_noun(make_doc, text, expected):
    assert _quantities(make_doc, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The agency relied on Section 232. It raised copper 232 tariffs on 300 products.", [(300, "product")]),
    ("Executive Order 14028 set rules. The 14028 rules bind 14,028 firms.", [(14_028, "firm")]),
    ("Section 3 of the law lists 3 agencies.", [(3, "agency")]),
    ("Page 120 of the report lists 120 pages of tables.", [(120, "page")]),
])
def test_numbers_the_article_introduced_as_names(make_doc, text, expected):
    assert _quantities(make_doc, text) == expected


def test_day_one_after_a_heading(make_doc):
    text = "***Cleaner Harbor Rules *** In line with the Governor’s Day One Executive Order, the port board acted."
    assert _quantities(make_doc, text) == []
