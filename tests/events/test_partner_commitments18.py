"""Cooperation with several named partners is one event per partner (:mod:`pipeline.events.partner_lists`);
a predicative "committed to" a cooperative act with a named party is AGREE (:mod:`pipeline.events.committed_states`).

Invented sentences (not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # one partner each, done (COOPERATE) or promised (AGREE)
    ("Chile will work closely with Peru, Bolivia, and Ecuador to bolster regional trade.",
     [("AGREE", "CHL", "PER"), ("AGREE", "CHL", "BOL"), ("AGREE", "CHL", "ECU")]),
    ("Chile worked closely with Peru, Bolivia, and Ecuador on the new port.",
     [("COOPERATE", "CHL", "PER"), ("COOPERATE", "CHL", "BOL"), ("COOPERATE", "CHL", "ECU")]),
    # a country and international bodies are all partners (a list the parser reads as an apposition)
    ("Chile plans to work closely with Peru, the Andean Community, and the Organization of American States "
     "to bolster regional trade.", [("AGREE", "CHL", "PER"), ("AGREE", "CHL", "Andean Community"), ("AGREE", "CHL", "Organization of American States")]),
    # signing with several parties stays one joint act; a lone apposition renames the partner
    ("Chile signed a pact with Peru and Bolivia.", [("AGREE", "CHL", "PER")]),
    ("Chile will work with Peru, the Andean nation, on fisheries.", [("AGREE", "CHL", "PER")]),
    # a promise to work with several partners is made to each of them
    ("Chile committed to working with Peru and the Andean Community to build a regional port.",
     [("AGREE", "CHL", "PER"), ("AGREE", "CHL", "Andean Community")]),
    ("Chile agreed to partner with Peru and Bolivia on fisheries.",
     [("AGREE", "CHL", "PER"), ("AGREE", "CHL", "BOL")]),
    # a promise to sign with several parties stays one joint act
    ("Chile agreed to sign a pact with Peru and Bolivia.", [("AGREE", "CHL", "PER")]),
    # a standing commitment to a cooperative act with a named party
    ("Japan remains committed to working with Peru on fisheries.", [("AGREE", "JPN", "PER")]),
    ("Japan remains committed to supporting Ukraine.", [("AGREE", "JPN", "UKR")]),
]

NOT_CASES = [
    "Japan remains committed to the peace process.",
    "Japan is not committed to working with Peru.",
    "If elected, she would be committed to working with Peru.",
    "The two countries remain committed to building secure and diverse supply chains.",
    "Chelsea remain committed to signing the striker from Ajax.",
    "Is Japan committed to supporting Ukraine?",
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_partners_and_commitments(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check(events, expected)


@pytest.mark.model
@pytest.mark.parametrize("text", NOT_CASES, ids=[c[:48] for c in NOT_CASES])
def test_no_commitment(event_inputs, text):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    assert [e for e in events if e.type == "AGREE"] == [], [(e.type, e.actor_name, e.trigger.text) for e in events]
