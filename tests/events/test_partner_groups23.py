"""Events: working with a group of states named only by its relation ("our allies and partners", "the
international community") is cooperation with other states, with no single recipient
(:mod:`pipeline.events.partner_groups`); domestic partners and a standing practice are none.

Sentences are invented; none comes from a development, evaluation or stress text. Rows list every
event the text must yield as (type, actor) pairs, the actor matched against the recorded name or its
ISO3 country.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_codebook_triggers import test_codebook_wording as _types_and_actors

CASES = [
    # COOPERATE now, AGREE when promised: the partners are other states as a group
    ("To track down the seized assets, Canada is working with its partners and allies.", [("COOPERATE", "CAN")]),
    ("Norway has worked closely with the international community to restore the ceasefire.",
     [("COOPERATE", "NOR")]),
    ("The Dutch government will work alongside our partners in the region on maritime security.",
     [("AGREE", "NLD")]),
    ("Japan will continue to coordinate with allies on export controls.", [("AGREE", "JPN")]),
    # a named partner beside the group still names it
    ("Finland is working with Sweden and other partners to secure the cables.", [("COOPERATE", "FIN")]),
    # officials' peers in other governments as a group (round 33)
    ("Norway's foreign minister has coordinated closely with her European counterparts on the sanctions.",
     [("COOPERATE", "NOR")]),
    ("Norway's foreign minister is working with local counterparts on the sanctions.", []),
    ("The Norwegian police are working with their counterparts at the local level.", []),
    # the subject's members as each other's partners: "together", "in lockstep" (round 33)
    ("The G7 will continue to work together on sanctions against Russia.", [("AGREE", "G7")]),
    ("The Quad partners are working in lockstep on maritime security.", [("COOPERATE", "Quad")]),
    ("The Canadian government and its provinces work closely together in international fora.", []),
    # domestic partners, a single unnamed partner, a job description: none
    ("Canada is working with local partners to rebuild the bridge.", []),
    ("Canada is working with partners in industry to build the plant.", []),
    ("Canada is working with a partner to build the plant.", []),
    ("The envoy works with foreign partners on questions that matter to both sides.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_partner_group_wording(event_inputs, text, expected):
    _types_and_actors(event_inputs, text, expected)


@pytest.mark.model
@pytest.mark.parametrize("text", [CASES[0][0], CASES[1][0]], ids=["allies", "community"])
def test_partner_group_has_no_recipient(event_inputs, text):
    doc, ents, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=ents, roles=roles, dates=dates)
    assert [e.recipient_name for e in events] == [None]
