"""Round 37: aid a country "received ... from" a giver, also counted by an amount ("$2 billion in
aid"), is the giver's to the receiver. A deployment or sanctions a government "plans to" or "intends to" carry out are
decided measures and keep their type (the guide codes what is decided; PLOVER's future AGREE is
for cooperative acts). An idiom of acting together between a verb and its partner ("stands shoulder to
shoulder with X", "stood side by side with X") keeps the partner; the parser may hang the
"with" on the idiom's second noun, and may read its first noun as the verb's object. "its" before an
event noun stays the nearest name before it, also a possessor ("criticized Chile's government for its
attack": Chile's); a rule that took the subject over a possessor was tried and dropped.

Invented sentences (not copied from any gold text or stress document).
"""

from __future__ import annotations

import pytest


from .test_event_classes import check_typed

ITS_CASES = [
    ("Bolivia condemned Chile for its attacks on Peru.", "ASSAULT", [("ASSAULT", "Chile", "Peru")]),
    ("The EU imposed sanctions on Chile for its invasion of Peru.", "ASSAULT", [("ASSAULT", "Chile", "Peru")]),
    # review (round 37): a possessor in the object or a "for" complement stays the nearest name
    ("Bolivia criticized Chile's government for its attack on Peru.", "ASSAULT", [("ASSAULT", "Chile", "Peru")]),
]

IDIOM_CASES = [
    ("Chile stands shoulder to shoulder with Peru.", "SUPPORT", [("SUPPORT", "Chile", "Peru")]),
    ("Chile will continue to stand shoulder to shoulder with Peru.", "AGREE", [("AGREE", "Chile", "Peru")]),
    ("Chile stood shoulder-to-shoulder with Peru in 2022.", "SUPPORT", [("SUPPORT", "Chile", "Peru")]),
    # the idiom with no partner names no other party
    ("For a century, Chile and Peru have stood shoulder to shoulder.", "SUPPORT", []),
]
ITS_CASES += IDIOM_CASES

# a promise to support is one side acting on another, no pair a later "they" stands for
PAIR_CASES = [
    ("Chilean Foreign Minister Luis Vega met Peruvian Foreign Minister Ana Rojas in Lima on Monday. Vega said "
     "that Chile will continue to stand shoulder to shoulder with the Peruvian people. They discussed trade "
     "and energy.", "CONSULT", [("CONSULT", "Luis Vega", "Ana Rojas")]),
]
ITS_CASES += PAIR_CASES

# a measure announced as planned or intended keeps its own type (decided, not yet done); a
# negated or conditional plan, and a planned attack, are no event
DECIDED_CASES = [
    ("Chile plans to deploy a brigade to Peru next year.", "MOBILIZE", [("MOBILIZE", "Chile", None)]),
    ("Chile plans to increase naval port visits to Peru beginning in 2025.", "MOBILIZE", [("MOBILIZE", "Chile", None)]),
    ("Chile does not plan to deploy troops to Peru.", "MOBILIZE", []),
    ("If Bolivia invades, Chile plans to deploy a brigade to Peru.", "MOBILIZE", []),
    ("Chile plans to attack Peru.", "ASSAULT", []),
    # review (round 37): a plan someone else fears or reports is not the text's decided measure
    ("Peru fears that Chile plans to deploy more troops to Bolivia.", "MOBILIZE", []),
    ("Critics say the government plans to impose sanctions on Peru.", "SANCTION", []),
]
ITS_CASES += DECIDED_CASES

# aid got "from" a giver, counted by an amount: the giver acts, the subject receives
RECEIVED_CASES = [
    ("Peru received $2 billion in military aid from Chile last year.", "AID", [("AID", "Chile", "Peru")]),
    ("Peru has received 500 million euros in assistance from the European Union.", "AID",
     [("AID", "European Union", "Peru")]),
    ("Peru needs $2 billion in aid from Chile.", "AID", []),
]
ITS_CASES += RECEIVED_CASES


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", ITS_CASES, ids=[f"{c[1]}:{c[0][:44]}" for c in ITS_CASES])
def test_round37_event_classes(event_inputs, text, typ, expected):
    check_typed(event_inputs, text, typ, expected)
