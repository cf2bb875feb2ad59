"""Events: round-22 trigger wording from the PLOVER codebook that the lexicon lacked: synonyms of
verbs it had (pausing or terminating relations or sanctions as suspend and end, permitting aid in
as allow, airdropping relief as airlift), raising forces' readiness (activate), introducing forces,
taking people hostage, and thanks said with an adjective of gratitude (:mod:`pipeline.events.gratitude`).

Sentences are invented; none comes from a development, evaluation or stress text. Rows list every
event the text must yield as (type, actor) pairs, the actor matched against the recorded name or its
ISO3 country.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_codebook_triggers import test_codebook_wording as _types_and_actors


CASES = [
    # SANCTION / CONCEDE: pausing or terminating ties, aid or sanctions; pausing a video is none
    ("Ottawa paused military aid to Riyadh last week.", [("SANCTION", "CAN")]),
    ("Ankara paused its participation in the talks.", [("SANCTION", "TUR")]),
    ("Washington terminated the sanctions on Belarus.", [("CONCEDE", "USA")]),
    ("The driver paused the music at the border.", []),
    # MOBILIZE: activating forces; activating an account moves no force
    ("Poland activated 5,000 reservists on Monday.", [("MOBILIZE", "POL")]),
    ("Chile activated its new online portal.", []),
    # CONCEDE / SANCTION: the noun's of-complement decides, as the verb's object does
    ("Washington announced the suspension of sanctions on Belarus.", [("CONCEDE", "USA")]),
    ("Moscow announced the suspension of talks with Kyiv.", [("SANCTION", "RUS")]),
    # MOBILIZE: introducing forces into a theatre; introducing a bill is none
    ("Iran introduced new missiles into the region.", [("MOBILIZE", "IRN")]),
    ("Senator Smith introduced the bill on Monday.", []),
    # ASSAULT: taking people hostage (the parser may read "hostage" as the object's complement)
    ("Al-Shabaab took forty villagers hostage near Baidoa.", [("ASSAULT", "Al-Shabaab")]),
    # CONCEDE and AID: permitting relief in; airdropping relief
    ("Israel permitted fuel into the enclave.", [("CONCEDE", "ISR")]),
    ("Jordan airdropped food to the besieged town.", [("AID", "JOR")]),
    # SUPPORT: gratitude to or for a named party; gratitude for the occasion, or to no one, is none
    ("Norway is grateful to Oman for its mediation between the parties.", [("SUPPORT", "NOR")]),
    ("Japan remains thankful for Canada's support.", [("SUPPORT", "JPN")]),
    ("Norway is grateful for the opportunity to host the talks.", []),
    ("Norway is grateful that the storm has passed.", []),
    ("Norway is not grateful to Oman.", []),
    ("Mr. President, Poland is grateful for your visit to Warsaw.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_lexicon_gap22_wording(event_inputs, text, expected):
    _types_and_actors(event_inputs, text, expected)


RECIPIENTS = [
    # the party the aid was paused to; the party thanked
    ("Ottawa paused military aid to Riyadh last week.", "SANCTION", "SAU"),
    ("Norway is grateful to Oman for its mediation between the parties.", "SUPPORT", "OMN"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, recipient", RECIPIENTS, ids=[c[0][:48] for c in RECIPIENTS])
def test_lexicon_gap22_recipients(event_inputs, text, typ, recipient):
    doc, ents, roles, dates = event_inputs(text)
    events = [e for e in extract_events(doc, entities=ents, roles=roles, dates=dates) if e.type == typ]
    assert [recipient in (e.recipient_name, e.recipient_country) for e in events] == [True], [
        (e.type, e.recipient_name, e.recipient_country) for e in events]


@pytest.mark.model
@pytest.mark.parametrize("text", ["We\u2019re grateful to Rwanda for its help.", "We are grateful to Rwanda for its help."])
def test_gratitude_after_contracted_copula(event_inputs, text):
    """A government statement's "we\u2019re grateful" thanks as "we are grateful" does (the small
    model leaves the contracted copula unlemmatised)."""
    doc, ents, roles, dates = event_inputs(text, country="USA")
    events = extract_events(doc, entities=ents, roles=roles, dates=dates, home_country="USA")
    assert [(e.type, e.actor_country, e.recipient_name) for e in events] == [("SUPPORT", "USA", "Rwanda")]
