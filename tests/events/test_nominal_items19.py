"""Noun phrase items of a bulleted list are done by the lead-in's subject
(:func:`pipeline.events.positions.nominal_item`, :meth:`pipeline.events.context.Context.item_subject`).

Invented sentences (not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

ITEM_CASES = [
    # a noun phrase item, then a gerund item: the list goes on past the noun phrase
    ("Today, Canada is announcing the following measures:\n\n"
     "-   New sanctions on 40 companies supplying the junta with aircraft fuel.\n"
     "-   Deploying a naval task force to the Caribbean.\n",
     [("SANCTION", "CAN", None), ("MOBILIZE", "CAN", None)]),
    # amounts of aid, each item closed by a semicolon
    ("Since March, Norway has delivered:\n\n"
     "-   $30 million in humanitarian assistance for Sudan;\n"
     "-   $12 million in emergency food aid for Chad.\n",
     [("AID", "NOR", "SDN"), ("AID", "NOR", "TCD")]),
]

NO_ITEM_CASES = [
    # a heading after the list has no closing mark: the list has ended, its noun is no item
    ("Today, Japan is announcing the following steps:\n\n"
     "-   Launching a training programme for coast guard officers.\n\n"
     "New Sanctions on Illegal Fishing Fleets\n\n"
     "Officials said the fleets had been seen near the islands.\n", "SANCTION"),
    # a lead-in whose items are promises ("will:") heads verbs; a noun phrase under it is no act done
    ("Together, Chile and Peru will:\n\n"
     "-   Joint patrols along the coast from next year.\n", "COOPERATE"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", ITEM_CASES, ids=[c[0][:48] for c in ITEM_CASES])
def test_noun_phrase_item_is_the_lead_ins_act(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type in {t for t, _, _ in expected}], expected)


@pytest.mark.model
@pytest.mark.parametrize("text, typ", NO_ITEM_CASES, ids=[c[0][:48] for c in NO_ITEM_CASES])
def test_no_noun_phrase_item(event_inputs, text, typ):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    assert [e for e in events if e.type == typ] == [], [(e.type, e.actor_name, e.trigger.text) for e in events]
