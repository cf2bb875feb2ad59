"""Round 56: an instrument named after a place ("the Paris Agreement", "the Kigali Amendment") is the
instrument, not the place (entities/spans.py, data/word_lists.json ``instrument_heads``); roles do
not take the place's country from it (roles/reader.py, roles/fallbacks.places_country).

Every text is invented for these tests.
"""

from __future__ import annotations

import pytest

import pipeline
from pipeline.entities import extract_entities

pytestmark = pytest.mark.model


def _ents(make_doc, text):
    return extract_entities(make_doc(text), title="", dateline="")


@pytest.mark.parametrize(("text", "name"), [
    ("The United States rejoined the Paris Agreement on its first day.", "Paris Agreement"),
    ("Both governments endorsed the Oslo Accords last week.", "Oslo Accords"),
    ("The embassy invoked the Vienna Convention on Diplomatic Relations.", "Vienna Convention"),
    ("The Senate approved the Kigali Amendment to the Montreal Protocol.", "Kigali Amendment"),
])
def test_an_instrument_named_after_a_place_is_no_place(make_doc, text, name):
    ents = _ents(make_doc, text)
    hit = [e for e in ents if e.name == name]
    assert len(hit) == 1 and hit[0].label == "LAW" and hit[0].country is None, ents
    assert not any(e.label == "GPE" and e.name == name.split()[0] for e in ents), ents


@pytest.mark.parametrize(("text", "name", "label"), [
    # a facility's head wins over an instrument's word before it
    ("Delegates met at the Ottawa Convention Centre on Monday.", "Ottawa Convention Centre", "FAC"),
    # a place before a lower-case noun stays a place
    ("The minister arrived in Paris for talks on the agreement.", "Paris", "GPE"),
])
def test_places_and_facilities_stay(make_doc, text, name, label):
    ents = _ents(make_doc, text)
    assert [(e.name, e.label) for e in ents if e.name == name] == [(name, label)], ents


def test_senators_are_not_placed_in_the_instruments_city():
    text = ("Signed: Instrument of Ratification of the Kigali Amendment to the Montreal Protocol\n\n"
            "Today the President signed the instrument of ratification of the Kigali Amendment to the "
            "Montreal Protocol. Thank you to Senators Roe and Doe for their leadership.")
    record = pipeline.extract(text, published="2022-10-26").to_dict()
    senators = [r for r in record["roles"] if r["role"] == "legislator"]
    assert senators and all(r.get("country") != "RWA" for r in senators), senators


@pytest.mark.parametrize(("text", "places"), [
    # a country's own accord, a hyphenated list of parties, a headline's verb: the places stay
    ("Both governments endorsed the Barbados Agreement last week.", {"Barbados"}),
    ("Kenya Signs Trade Agreement with United States", {"Kenya", "United States"}),
    ("India Rejoins Paris Agreement", {"India"}),
    ("The Israel-Jordan Peace Treaty held for decades.", {"Israel", "Jordan"}),
    ("The United States-Mexico-Canada Agreement took effect.", {"United States", "Mexico", "Canada"}),
])
def test_countries_named_with_an_instrument_stay_places(make_doc, text, places):
    ents = _ents(make_doc, text)
    assert places <= {e.name for e in ents if e.label == "GPE"}, ents


@pytest.mark.parametrize(("text", "name"), [
    ("The Lima Group condemned the election.", "Lima Group"),
    ("The Paris Club agreed to restructure the debt of Zambia.", "Paris Club"),
])
def test_a_grouping_named_after_a_city_is_a_body(make_doc, text, name):
    ents = _ents(make_doc, text)
    assert [(e.label, e.country) for e in ents if e.name == name] == [("ORG", None)], ents
