"""Review of round 17's event rules on general news (reviewfix17f).

A speech act joined to a relative clause on the object of a first act is the first act's
speaker's (:mod:`pipeline.events.relative_conjuncts`) only when the antecedent cannot speak: a
statement, resolution, letter or motion urges and demands itself, and so does any antecedent
whose relative clause is itself a speech act. A meeting in order to which someone "will travel"
is scheduled with the trip (:func:`pipeline.events.purposes.scheduled_meeting`) only when the trip
is announced, not when it is negated or merely possible. Aid "from X" names its giver
(:mod:`pipeline.events.implicit_actors`) unless it is awaited, lacking or late. A government's aid
to "families" or "communities" is a programme at home (:mod:`pipeline.events.domestic_grants`)
only when no foreign country is named in the two sentences either side: news names the
disaster's country a sentence or two before the aid.

Invented sentences (fictional people, generic situations); each wrong case has a positive
counterpart that the rule must still get.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # relative conjuncts: a text that speaks keeps its own second speech act
    ("Hungary opposed the statement that condemned Israel and called for a ceasefire.", "REQUEST", []),
    ("Britain backed the motion that condemned Iran and urged sanctions against Tehran.", "REQUEST", []),
    ("The United States welcomed the letter that praised Japan and thanked Seoul for its help.", "SUPPORT",
     [("SUPPORT", "USA", None)]),
    ("Egypt rejected the plan that criticised Israel and urged a ceasefire.", "REQUEST", []),
    ("Spain condemned the strike that killed 12 people and called on Israel to respect the truce.", "REQUEST",
     [("REQUEST", "ESP", "ISR")]),
    ("Egypt rejected the plan that divided Gaza and urged Israel to withdraw.", "REQUEST",
     [("REQUEST", "EGY", "ISR")]),
    ("Qatar welcomed the agreement that ended the strike and thanked Oman for its mediation.", "SUPPORT",
     [("SUPPORT", "QAT", None), ("SUPPORT", "QAT", "OMN")]),
    # a meeting is scheduled with an announced trip, not a negated or possible one
    ("Prime Minister Anna Berg will not travel to Lima to meet with President Jose Rivas.", "AGREE", []),
    ("Prime Minister Anna Berg won't travel to Lima to meet with President Jose Rivas.", "AGREE", []),
    ("Prime Minister Anna Berg could travel to Lima to meet with President Jose Rivas.", "CONSULT", []),
    ("Prime Minister Anna Berg will travel to Lima to meet with President Jose Rivas.", "AGREE",
     [("AGREE", "Anna Berg", "PER"), ("AGREE", "Anna Berg", "Jose Rivas")]),
    # aid from a country awaited or lacking has no giver
    ("Ukraine is waiting for aid from Germany.", "AID", []),
    ("Greece complained about a lack of aid from Germany.", "AID", []),
    ("The Sudanese government welcomed new humanitarian aid from Japan.", "AID", [("AID", "JPN", "SDN")]),
    ("Kenya received a loan from China.", "AID", [("AID", "CHN", "KEN")]),
    # aid to families after a foreign disaster named two sentences before is no programme at home
    ("An earthquake struck Turkey on Monday. Thousands were left homeless in the cold. The Japanese "
     "government will provide emergency aid to families.", "AGREE", [("AGREE", "JPN", None)]),
    ("Floods hit Pakistan last week. The rains destroyed crops and homes across the country. The United "
     "States will provide $10 million to help families rebuild.", "AGREE", [("AGREE", "USA", None)]),
    ("Wildfires destroyed hundreds of homes in California. The federal government announced $500 million "
     "in aid for affected families.", "AID", []),
]


@pytest.mark.parametrize("text,typ,expected", CASES, ids=[c[0][:70] for c in CASES])
def test_reviewfix17f(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)
