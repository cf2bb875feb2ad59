"""Coordinated hyphenated number modifiers ("four-, five- and six-cylinder engines"): one quantity
per number, each with the unit of the noun they share, as "a 3-inch gun" is 3 inches; a chain of
durations is dates; a lone compound adjective ("two-way", "six-cylinder") is no chain."""

from __future__ import annotations

import pytest

from pipeline.entities import EntityIndex, extract_entities
from pipeline.quantities import extract_quantities

pytestmark = pytest.mark.model


def _quantities(make_doc, text):
    doc = make_doc(text)
    return extract_quantities(doc, EntityIndex.build(extract_entities(doc)))


# (text, [(value, unit, category, evidence), ...])
CHAINS = [
    ("The carmaker still builds four-, five- and six-cylinder engines at the plant.",
     [(4, "cylinder", "count", "four"), (5, "cylinder", "count", "five"), (6, "cylinder", "count", "six")]),
    ("Two-, three- and four-star generals attended the briefing at the Pentagon.",
     [(2, "star", "count", "Two"), (3, "star", "count", "three"), (4, "star", "count", "four")]),
    ("The cruiser carried 3-, 5-, or 8-inch guns in its turrets.",
     [(3, "inch", "other", "3"), (5, "inch", "other", "5"), (8, "inch", "other", "8")]),
    ("The retailer sells 16- and 32-gigabyte memory cards.",
     [(16, "gigabyte", "other", "16"), (32, "gigabyte", "other", "32")]),
    ("Organisers offered 5-, 10- and 21-kilometre races on Sunday.",
     [(5, "kilometre", "other", "5"), (10, "kilometre", "other", "10"), (21, "kilometre", "other", "21")]),
]


@pytest.mark.parametrize(("text", "expected"), CHAINS, ids=[t[:40] for t, _ in CHAINS])
def test_coordinated_modifiers(make_doc, text, expected):
    qs = _quantities(make_doc, text)
    assert [(q.value, q.unit, q.category, q.evidence.text) for q in qs] == expected
    assert all(text[q.evidence.start:q.evidence.end] == q.evidence.text for q in qs)
    assert all(q.high is None for q in qs)  # a list of sizes, not a range


@pytest.mark.parametrize("text", [
    "The Treasury will auction 10-, 20- and 30-year bonds next week.",  # durations are dates
    "Lenders cut rates on two- and five-year fixed mortgages.",
    "The ministry signed a two-way agreement and a three-year plan.",  # no coordination, no chain
    "The firm makes six-cylinder engines for trucks.",  # a lone compound adjective, as today
])
def test_not_counted(make_doc, text):
    assert _quantities(make_doc, text) == ()


def test_lone_measure_modifier_unchanged(make_doc):
    qs = _quantities(make_doc, "The navy fired a 3-inch gun.")
    assert [(q.value, q.unit, q.text) for q in qs] == [(3, "inch", "3-inch")]
