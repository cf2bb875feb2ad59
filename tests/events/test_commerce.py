"""Companies doing business are no event actors unless a government is the other party
(:mod:`pipeline.events.commerce`).

Invented sentences (not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events
from pipeline.events.commerce import commerce_words, companies
from pipeline.syntax import entities_by_token, token_ranges

from .test_event_classes import _check

COMMERCE_CASES = [
    # a company's business with another company or no one: no event
    ("Rival Veltron Inc agreed to buy Marlow Systems for $4.2 billion in cash.", []),
    ("Shares of chipmaker Nortek Semiconductor fell after Nortek pledged $2 billion to its suppliers.", []),
    ("Drone maker Quillon Dynamics said Quillon had pulled out of talks on a smaller order.", []),
    ("Tech giant Orbix signed a supply deal with Kora Logistics on Monday.", []),
    ("Orbix shares rose 4% after Orbix announced a partnership with Kora Logistics.", []),
    # ... with a government on the other side it counts
    ("Defence contractor Albarn Aerospace signed a contract with Norway on Monday.",
     [("AGREE", "Albarn Aerospace", "NOR")]),
    # violence counts whoever does it (a private military company)
    ("Private security company Ravenmoor attacked a village in Mali.", [("ASSAULT", "Ravenmoor", None)]),
    # a state-owned company is its government's agent; its acts are no private business
    ("Venezuela's state oil company Petrosur signed a deal with Chevrolet on Monday.",
     [("AGREE", "VEN", "Chevrolet")]),
    # governments and public bodies are never companies
    ("The Millennium Challenge Corporation signed a new compact with Lesotho.",
     [("AGREE", "Millennium Challenge Corporation", "LSO")]),
    ("The militant group Hamas agreed to the ceasefire proposal on Monday.", [("AGREE", "Hamas", None)]),
    # a company officer acts for the business: praising its product is no event
    ("Orbix CEO Dana Kolar praised the new phone as the best the firm has made.", []),
    ("The new tablet was praised by company founder Dana Kolar.", []),
    # ... towards a government it counts
    ("Orbix CEO Dana Kolar praised Chile for its new trade rules.", [("SUPPORT", "Dana Kolar", "CHL")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", COMMERCE_CASES, ids=[c[0][:48] for c in COMMERCE_CASES])
def test_company_business_is_no_event(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)


OFFICER_CASES = [
    # the entities stage's companies, and the persons introduced as company officers
    ("Orbix CEO Dana Kolar praised the new phone.", {"Orbix", "Dana Kolar"}),
    ("Analyst Mira Jensen said the market would recover.", {"Mira Jensen"}),
    ("Foreign Minister Dana Kolar met the press.", set()),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", OFFICER_CASES, ids=[c[0][:40] for c in OFFICER_CASES])
def test_parties_acting_for_a_business(event_inputs, text, expected):
    doc, entities, _roles, _dates = event_inputs(text)
    found = companies(doc, entities_by_token(token_ranges(doc), entities), doc._.newsie_companies)
    assert {e.name for e in entities if e.id in found} == expected


def test_commerce_words_keep_violence():
    words = commerce_words()
    assert {"ASSAULT", "COERCE", "MOBILIZE"} <= words.kept_types
    assert all(w == w.lower() for w in words.officer_titles)
