"""Wire-news conflict reporting (round 9): a denial answers whoever accused; a past-tense verb
coordinated onto an infinitive is an act of its own; an attack told twice ("the strike killed",
"were killed in a strike") is coded once, on the attack noun; "traded accusations" is
reciprocal; the dateline is never the subject; "authorities in X" are X's; "pulled out of X"
leaves X; "after talks" dates an agreement; a mediator's co-mediator is no counterpart;
"forced X to do" makes X the actor.

Invented sentences (not copied from any gold text or stress document).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # a denial or rejection of an accusation answers the accuser
    ("Kenya accused Somalia of harbouring militants. Somalia denied the allegation on Monday.", "REJECT",
     [("REJECT", "SOM", "KEN")]),
    ("Greece accused Turkey of violating its airspace. Ankara dismissed the charges as groundless.", "REJECT",
     [("REJECT", "TUR", "GRC")]),
    ("Vietnam lodged a formal protest with China over the survey ship. Beijing rejected the protest.", "REJECT",
     [("REJECT", "CHN", "VNM")]),
    # no accuser reported: no one else stands in for one
    ("Ethiopian troops crossed into the border town on Monday. Eritrea was accused of shelling the town. "
     "An Eritrean spokesman denied the accusation.", "REJECT", [("REJECT", "ERI", None)]),
    # a proposal rejected is not answered as an accusation
    ("Peru accused Bolivia of blocking trade on Sunday. Bolivia rejected the plan for a new customs post.",
     "REJECT", [("REJECT", "BOL", None)]),
    # a finite verb coordinated onto an infinitive reports an act of its own
    ("Tehran vowed to respond and accused Britain of piracy.", "ACCUSE", [("ACCUSE", "IRN", "GBR")]),
    ("Chad's government told the French soldiers to go home and expelled the French envoy on Friday.", "SANCTION",
     [("SANCTION", "TCD", "FRA")]),
    ("Beijing said the new duties would hurt both sides and threatened countermeasures against Canada.",
     "THREATEN", [("THREATEN", "CHN", "CAN")]),
    # ... while a true infinitive stays intended
    ("Russia threatened to retaliate and to expel the diplomats.", "SANCTION", []),
    # one attack told twice: coded once, on the noun that names the attacker
    ("An Israeli drone strike on a car in southern Lebanon killed two men.", "ASSAULT", [("ASSAULT", "ISR", "LBN")]),
    ("Four civilians were killed in a Russian drone attack on Kyiv early on Sunday.", "ASSAULT",
     [("ASSAULT", "RUS", "UKR")]),
    # the victims the harm verb names are the attack's target side
    ("Two Georgian border guards were wounded in a Russian mortar attack near the boundary line.", "ASSAULT",
     [("ASSAULT", "RUS", "GEO")]),
    ("A Turkish drone strike killed four Iraqi shepherds on Sunday.", "ASSAULT", [("ASSAULT", "TUR", "IRQ")]),
    # ... and by the agent noun of a passive
    ("Two soldiers were wounded by Azerbaijani shelling near the border.", "ASSAULT", [("ASSAULT", "AZE", None)]),
    # trading accusations is reciprocal
    ("Serbia and Croatia traded accusations on Tuesday over the border incident.", "ACCUSE",
     [("ACCUSE", "SRB", "HRV")]),
    # the dateline's city is where the story was filed, not who acted
    ("MANILA, March 3 (Reuters) - The Philippines and Japan began a joint naval exercise on Monday.", "COOPERATE",
     [("COOPERATE", "PHL", "JPN")]),
    ("LIBREVILLE (AFP) - Authorities in Gabon arrested three Chinese nationals on Tuesday.", "COERCE",
     [("COERCE", "GAB", "CHN")]),
    # "out of X" is the place left
    ("Belgium pulled its soldiers out of Mali in December.", "RETREAT", [("RETREAT", "BEL", "MLI")]),
    # a time phrase on an agreement is no part of what was agreed; co-mediators are no counterparts
    ("Armenia and Azerbaijan agreed to a prisoner swap after talks mediated by the United Arab Emirates.",
     "CONSULT", [("CONSULT", "ARM", "AZE"), ("CONSULT", "ARE", None)]),
    ("Norway is mediating between the Colombian government and the rebels.", "CONSULT", [("CONSULT", "NOR", None)]),
    # workers on strike are an unnamed crowd: actor null, the country in context
    ("LAGOS (Reuters) - Oil workers in Nigeria walked off the job on Monday over unpaid wages.", "PROTEST",
     [("PROTEST", "NGA", None)]),
    ("Steelworkers protested outside the parliament in Ottawa on Friday.", "PROTEST", [("PROTEST", "CAN", None)]),
    # the object of "force" does what the infinitive says
    ("The dock strike forced shipping lines to cancel sailings to Spain.", "SANCTION", []),
    ("Pressure from Washington prompted Serbia to withdraw its police from the border.", "RETREAT",
     [("RETREAT", "SRB", None)]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_wire_conflict(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)
