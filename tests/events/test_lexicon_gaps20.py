"""Events: round-20 trigger wording from the PLOVER codebook that the lexicon lacked or a parse
hid: financial exclusion ("cut X's banks from the financial system"), acting
"in lockstep" or "in partnership" with a party, standing together or in support, violence and
acts of terror named with their actor, suspending participation, forces operating alongside a
partner, surging aid or forces.

Sentences are invented; none comes from a development, evaluation or stress text. Rows list every
event the text must yield as (type, actor) pairs, the actor matched against the recorded name or its
ISO3 country.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_codebook_triggers import test_codebook_wording as _types_and_actors


CASES = [
    # SANCTION: excluding a country's banks from international payments; other cuts are none
    ("Canada cut Iran's three largest banks from the global financial system.", [("SANCTION", "CAN")]),
    ("The bakery cut its prices from the start of the month.", []),
    # COOPERATE: acting in lockstep or in partnership with a named party; a standing relation is none
    ("Japan is working in lockstep with South Korea on the sanctions.", [("COOPERATE", "JPN")]),
    ("Norway and Denmark remain in lockstep on Arctic security.", [("COOPERATE", "NOR")]),
    ("Ghana has worked in partnership with Togo to clear the border roads.", [("COOPERATE", "GHA")]),
    ("Ghana has a long partnership with Togo.", []),
    ("Estonia and Latvia have stood together against the blockade.", [("COOPERATE", "EST")]),
    # SUPPORT: standing in support of a named party
    ("Chile stands in support of the people of Bolivia.", [("SUPPORT", "CHL")]),
    # ASSAULT: violence and acts of terror with their actor; violence in general names no one
    ("Myanmar's violence against the Rohingya has displaced a million people.", [("ASSAULT", "MMR")]),
    ("Domestic violence rose sharply during the lockdown.", []),
    ("Kenya condemned Al-Shabaab's acts of terror.", [("ACCUSE", "KEN"), ("ASSAULT", "Al-Shabaab")]),
    ("The law was an act of kindness toward farmers.", []),
    # SANCTION: suspending participation in an accord
    ("Moscow suspended its participation in the New START treaty in February.", [("SANCTION", "RUS")]),
    # COOPERATE: forces operating alongside a named partner; a firm operating is none
    ("Dutch forces are operating alongside Lithuanian troops near the border.", [("COOPERATE", "NLD")]),
    ("The ferry operates alongside the old bridge.", []),
    # AID and MOBILIZE: surging aid or forces; a surge in demand is none
    ("Britain is surging humanitarian aid to Sudan.", [("AID", "GBR")]),
    ("France surged two frigates to the eastern Mediterranean.", [("MOBILIZE", "FRA")]),
    ("Demand for electricity surged in July.", []),
    # COOPERATE: working with the government of a named country
    ("Peru works closely with the government of Ecuador on border security.", [("COOPERATE", "PER")]),
    ("She worked with the Bank of Canada for a decade.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_lexicon_gap20_wording(event_inputs, text, expected):
    _types_and_actors(event_inputs, text, expected)


RECIPIENTS = [
    # whose banks were cut off; with whom the lockstep is; the country of the persons held
    ("Canada cut Iran's three largest banks from the global financial system.", "SANCTION", "IRN"),
    ("Japan is working in lockstep with South Korea on the sanctions.", "COOPERATE", "KOR"),
    ("Peru works closely with the government of Ecuador on border security.", "COOPERATE", "ECU"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, recipient", RECIPIENTS, ids=[c[0][:48] for c in RECIPIENTS])
def test_lexicon_gap20_recipients(event_inputs, text, typ, recipient):
    doc, ents, roles, dates = event_inputs(text)
    events = [e for e in extract_events(doc, entities=ents, roles=roles, dates=dates) if e.type == typ]
    assert [recipient in (e.recipient_name, e.recipient_country) for e in events] == [True], [
        (e.type, e.recipient_name, e.recipient_country) for e in events]
