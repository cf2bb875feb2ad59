"""Round 36: an attack reported on a named victim without saying whose ("Prime Minister X was
assassinated", "thousands of Chilean civilians have been killed") is an assault with a null actor;
so is one definite attack the text names by its target or place ("the attack on X"); a call to one
unnamed holder of an office whose side the phrase names ("called his
Chilean counterpart", "called the Emir of Qatar") is a consultation with that side, as a call to a
named person is; a predicate said of the holder ("called the minister a liar") is no call.

Invented sentences (not copied from any gold text or stress document).
"""

from __future__ import annotations

import pytest


from .test_event_classes import check_typed

CALLED_HOLDER_CASES = [
    ("Peruvian Foreign Minister Luis Vega called his Chilean counterpart on Tuesday.", "CONSULT",
     [("CONSULT", "Luis Vega", "CHL")]),
    ("President Ana Rojas of Chile called the Emir of Qatar this morning.", "CONSULT",
     [("CONSULT", "Ana Rojas", "QAT")]),
    ("Peruvian President Luis Vega called the Prime Minister of Japan on Friday.", "CONSULT",
     [("CONSULT", "Luis Vega", "JPN")]),
    # a predicate said of the holder names him; no call
    ("Peruvian President Luis Vega called the Chilean foreign minister a liar.", "CONSULT", []),
    # a kinsman is no office holder
    ("Peruvian President Luis Vega called his father on Friday.", "CONSULT", []),
]

# an agentless passive attack on a named person or on people of a named side: actor null
VICTIM_CASES = [
    ("He was ambassador in 1995 when Prime Minister Luis Vega was assassinated.", "ASSAULT",
     [("ASSAULT", None, "Luis Vega")]),
    ("Since the war began, thousands of Chilean civilians have been killed.", "ASSAULT",
     [("ASSAULT", None, "CHL")]),
    # no victim named, a thing "killed", a predicted killing: no event
    ("The bill was killed in committee on Friday.", "ASSAULT", []),
    ("Chilean civilians could be killed if the shelling resumes.", "ASSAULT", []),
    # review (round 36): killed in an accident or a disaster, no attacker
    ("Senator Luis Vega was killed in a plane crash in 2002.", "ASSAULT", []),
    ("Thousands of Chilean civilians have been killed in the earthquake.", "ASSAULT", []),
]

# one definite attack named by its target or place and not by its author: actor null; a war, attacks in
# general, a law's name: no event
ATTACK_NOUN_CASES = [
    ("We mourn those who lost their lives in the terrorist attack in Valparaiso.", "ASSAULT",
     [("ASSAULT", None, None)]),
    ("Chile strongly condemns the attack on Luis Vega.", "ASSAULT", [("ASSAULT", None, "Luis Vega")]),
    ("Exports fell sharply during the war in Ukraine.", "ASSAULT", []),
    ("We must protect our troops from attacks on our bases.", "ASSAULT", []),
    ("She championed the Violence Against Women Act in the Senate.", "ASSAULT", []),
    # review (round 36): an attack on an organisation is most often a political one
    ("We will fight the attack on Planned Parenthood.", "ASSAULT", []),
]

ALL_CASES = CALLED_HOLDER_CASES + VICTIM_CASES + ATTACK_NOUN_CASES


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", ALL_CASES, ids=[f"{c[1]}:{c[0][:44]}" for c in ALL_CASES])
def test_round36_event_classes(event_inputs, text, typ, expected):
    check_typed(event_inputs, text, typ, expected)
