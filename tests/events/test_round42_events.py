"""Round 42: a hyphenated pair of countries before a meeting noun names its two sides also when a
light verb with no subject of its own carries the noun ("India-Pakistan talks were held in Dubai",
"the talks held in Dubai"), and the first pair of a longer chain is the one written first
("Korea-U.S.-Japan": Korea and the United States; ``nominal_parties.hyphen_pair``). A
"bilateral" noun under a light verb still takes no pair from earlier sentences, as before the round
(on bench texts such nouns were plans and principles: "intensifying bilateral consultations").
Two names that own a meeting noun together ("Putin and Xi's meeting") are its two sides
(``nominal_parties.coordinated_possessor``).

The sentences are written for these tests; none comes from the development or evaluation texts.
"""

from __future__ import annotations

import pytest

from .test_event_classes import check_typed

CASES = [
    ("India-Pakistan talks were held in Dubai last week.", [("CONSULT", "IND", "PAK")]),
    ("Officials welcomed the India-Pakistan talks held in Dubai last week.", [("CONSULT", "IND", "PAK")]),
    # the noun's own reading did so before the round, and still does
    ("India-Pakistan talks resumed in Dubai last week.", [("CONSULT", "IND", "PAK")]),
    # a chain of three: the first two written, whatever the tokenizer joined
    ("The Korea-U.S.-Japan summit was held at Camp David on Friday.", [("CONSULT", "KOR", "USA")]),
    ("The Japan-U.S.-ROK summit was held at Camp David on Friday.", [("CONSULT", "JPN", "USA")]),
    ("The U.S.-Japan-ROK summit took place at Camp David on Friday.", [("CONSULT", "USA", "JPN")]),
    # review of the round: a country's name of several words or with a hyphen of its own is one side
    ("North Korea-Japan talks were held in Pyongyang.", [("CONSULT", "PRK", "JPN")]),
    ("Papua New Guinea-Australia talks were held in Port Moresby.", [("CONSULT", "PNG", "AUS")]),
    ("South Sudan-Uganda talks were held in Kampala.", [("CONSULT", "SSD", "UGA")]),
    ("Guinea-Bissau talks were held in Bissau.", [("CONSULT", "GNB", None)]),
    ("The Guinea-Bissau-Senegal summit took place in Dakar.", [("CONSULT", "GNB", "SEN")]),
    ("Senegal-Guinea-Bissau talks were held in Dakar.", [("CONSULT", "SEN", "GNB")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:60] for c in CASES])
def test_hyphenated_pair_under_a_light_verb(event_inputs, text, expected):
    check_typed(event_inputs, text, "CONSULT", expected, published="2024-03-04")


POSSESSOR_CASES = [
    ("President Ana Novak and President Luis Arce’s meeting this week in La Paz was a success.",
     [("CONSULT", "Ana Novak", "Luis Arce")]),
    ("Novak and Arce's talks in La Paz produced an agreement on lithium.", [("CONSULT", "Novak", "Arce")]),
    ("France and Germany's talks on the budget ended on Monday.", [("CONSULT", "FRA", "DEU")]),
    # the pair met someone else; a list of three is no pair of sides
    ("Tom Reyes and Mary Lund's meeting with the mayor went well.", [("CONSULT", "Mary Lund", None)]),
    ("Chile, Peru and Bolivia's talks ended on Monday.", [("CONSULT", "BOL", None)]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", POSSESSOR_CASES, ids=[c[0][:60] for c in POSSESSOR_CASES])
def test_two_owners_of_a_meeting(event_inputs, text, expected):
    check_typed(event_inputs, text, "CONSULT", expected, published="2024-03-04")
