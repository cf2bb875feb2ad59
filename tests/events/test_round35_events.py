"""Round 35: an event noun whose kind its "with" decides ("call") keeps that kind when the
parser hangs the preposition on a light verb's relative clause ("the call that X had with Y" is the
call X had with Y); a participle modifying a noun is passive even where the small model tagged it a
past tense; lessening a trade or sanctions measure eases it (CONCEDE); an act predicted to "be met
with" a response is a warning against its party (THREATEN).

Invented sentences (not copied from any gold text or stress document).
"""

from __future__ import annotations

import pytest


from .test_event_classes import check_typed

CALL_CASES = [
    ("Officials described the call that Chilean President Ana Rojas had with Peruvian President Luis Vega "
     "on Friday.", "CONSULT", [("CONSULT", "Ana Rojas", "Luis Vega")]),
    ("The minister would not say more about the call that Norwegian Foreign Minister Karl Berg had with "
     "Danish Foreign Minister Mette Holm on Monday.", "CONSULT", [("CONSULT", "Karl Berg", "Mette Holm")]),
    # the relative clause says nothing of a party: no event
    ("Officials described the call that came on Friday.", "CONSULT", []),
    # review (round 35): only the clause's "with" is the noun's; "for nearly an hour" is no request
    ("Officials described the call that President Ana Rojas of Chile had for nearly an hour with President "
     "Luis Vega of Peru.", "REQUEST", []),
    ("Officials described the call that President Ana Rojas of Chile had for nearly an hour with President "
     "Luis Vega of Peru.", "CONSULT", [("CONSULT", "Ana Rojas", "Luis Vega")]),
    # review (round 35): a relative clause whose subject is the noun is not the noun's light verb
    ("China announced the drills, which began with Russian warships sailing near Japan.", "MOBILIZE",
     [("MOBILIZE", "CHN", None)]),
]


# a participle modifying a noun is passive even where the small model tagged it a past tense: the
# noun is who it was done to ("citizens detained in X": X's state detains them), and nothing of the
# sentence's other nouns is its actor
PARTICIPLE_CASES = [
    ("Prime Minister Ana Rojas of Chile and President Luis Vega of Peru also express their support for the "
     "immediate release of the Colombian citizens detained in Venezuela.", "COERCE", [("COERCE", "VEN", "COL")]),
    ("The board includes a Federal Advisory Committee called for in the National Quantum Initiative Act.",
     "REQUEST", []),
    # review (round 35): a main verb the parser hung on the sentence's subject is still the main verb
    ("Luis Vega, the Peruvian president, called on Chile to withdraw its troops from the border.", "REQUEST",
     [("REQUEST", "Luis Vega", "CHL")]),
    ("Marta Silva, the Chilean foreign minister, called on Peru to release the detained fishermen.", "REQUEST",
     [("REQUEST", "Marta Silva", "PER")]),
]


# lessening a trade or sanctions measure eases it (CAMEO 081; PLOVER CONCEDE), promised: AGREE;
# lessening anything else is no event
EASED_CASES = [
    ("Chile eliminated tariffs on Peruvian wine last year.", "CONCEDE", [("CONCEDE", "CHL", "PER")]),
    ("Norway cut its sanctions on Icelandic banks in March.", "CONCEDE", [("CONCEDE", "NOR", "ISL")]),
    ("Peru will reduce tariffs on Chilean copper.", "AGREE", [("AGREE", "PER", "CHL")]),
    ("Congress lowered the debt limit.", "CONCEDE", []),
    ("The Peruvian company cut 500 jobs.", "CONCEDE", []),
    ("The Chilean plan will reduce emissions by 40 percent.", "AGREE", []),
    # review (round 35): a tax, a cap, a territory or a relief lessened is no concession
    ("Britain cut stamp duty for first-time buyers in the budget.", "CONCEDE", []),
    ("Japan cut the refugee quota for next year to 500 people.", "CONCEDE", []),
    ("Russia reduced its control over the city of Kherson.", "CONCEDE", []),
    ("The United States scrapped sanctions relief for Venezuela after the election.", "CONCEDE", []),
    ("The United States eliminated tariff exemptions for Chinese solar panels.", "CONCEDE", []),
]


# an act predicted to "be met with" a response is warned against by whoever predicts it (THREATEN);
# "was met with criticism" and "met by" a host are no threat
MET_CASES = [
    ("President Ana Rojas of Chile warned that any Peruvian incursion would be met with a swift response.",
     "THREATEN", [("THREATEN", "Ana Rojas", "PER")]),
    ("Chilean President Ana Rojas said any attack by Peru will be met with overwhelming force.", "THREATEN",
     [("THREATEN", "Ana Rojas", "PER")]),
    ("The Peruvian proposal was met with criticism in Santiago.", "THREATEN", []),
    ("The Peruvian proposal was met with criticism in Santiago.", "CONSULT", []),
    ("Foreign Minister Luis Vega of Peru was met by President Ana Rojas of Chile at the airport.", "CONSULT",
     [("CONSULT", "Ana Rojas", "Luis Vega")]),
    ("President Ana Rojas of Chile said a Peruvian incursion will not be met with force.", "THREATEN", []),
]

ALL_CASES = CALL_CASES + PARTICIPLE_CASES + EASED_CASES + MET_CASES


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", ALL_CASES, ids=[f"{c[1]}:{c[0][:44]}" for c in ALL_CASES])
def test_round35_event_classes(event_inputs, text, typ, expected):
    check_typed(event_inputs, text, typ, expected)
