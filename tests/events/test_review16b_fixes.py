"""Events: review-16 (second list) findings, each a general rule of English shown with an invented
sentence and a positive counterpart (names are fictional or generic).

- an affirmed that-clause promises only when its subject is the affirmer's own side
  (:mod:`pipeline.events.affirmations`);
- welcoming something (investment, news) to a place is no hosting: the object must be people or a party
  (:mod:`pipeline.events.welcomes`);
- two officials' joint cooperation needs two known, different countries (:mod:`pipeline.events.joint_nouns`);
- "X-funded" goods are aid only with a foreign recipient or place (:mod:`pipeline.events.suppliedgoods`);
- concurring with an assessment or opinion is no agreement between parties ("concur");
- a delegation led or sent is a visit only with a foreign side named (:mod:`pipeline.events.homeground`).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

CASES = [
    # affirm: a forecast is no promise; the affirmer's own side promising is
    ("Bank of Valdor Governor Kenji Mori affirmed that inflation would ease next year.", "AGREE", []),
    ("Japan reaffirmed that it would continue to strengthen its partnership with India.", "AGREE", ["JPN"]),
    # welcome: things welcomed to a place; people welcomed to a place are hosted
    ("First Minister Mark Dalby welcomed new investment to Wales.", "CONSULT", []),
    ("Canada welcomed the Kenyan president to Ottawa.", "CONSULT", ["CAN"]),
    # joint cooperation: two domestic officials of no known country
    ("Governor Ann Lee and Senator Tom Ray announced new cooperation on flood control.", "COOPERATE", []),
    ("President Ana Ruiz of Chile and President Tom Hale of Peru announced new cooperation on flood control.",
     "COOPERATE", ["CHL"]),
    # X-funded: at home is no aid; abroad it is
    ("The Pentagon said U.S.-funded research in Ohio had produced a new vaccine.", "AID", []),
    ("Kenya received 3 million U.S.-donated vaccine doses.", "AID", ["USA"]),
    # concur: with an opinion is a view shared, with a party an agreement
    ("Treasury Secretary Ann Lee said she concurred with the Fed's assessment of inflation.", "AGREE", []),
    ("Justice Ann Lee concurred with the majority opinion.", "AGREE", []),
    ("India concurred with Pakistan on the need for talks.", "AGREE", ["IND"]),
    # delegation: taken somewhere at home visits no one; led abroad it is a visit
    ("Senator Jane Roe led a delegation of farmers to the state fair in Iowa.", "CONSULT", []),
    ("Japan sent a delegation to Kenya last week.", "CONSULT", ["JPN"]),
    ("Senator Jane Roe led a congressional delegation to Taiwan on Monday.", "CONSULT", ["Jane Roe"]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, actors", CASES, ids=[f"{i}-{c[1]}" for i, c in enumerate(CASES)])
def test_review16b_fix(event_inputs, text, typ, actors):
    doc, ents, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=ents, roles=roles, dates=dates)
    shown = [(e.type, e.actor_name, e.actor_country, e.trigger.text) for e in events]
    assert [e.actor_country or e.actor_name for e in events if e.type == typ] == actors, shown
