"""Recipients a clause implies (:mod:`pipeline.events.implied_recipients`): whom a denial answers,
who is rescued, whom a refusal is aimed at, the people met "from" somewhere, the name a
misattached relative pronoun stands for, a visit's host in a "where" clause; and (:mod:`pipeline.events.reactions`) the author of a
one-sided act a reaction refers back to, however far before.

Invented sentences (not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # a denial answers whoever had just acted against the one denying
    ("Kenya expelled six Ugandan diplomats on Monday. Uganda rejected the accusations as baseless.", "REJECT",
     [("REJECT", "UGA", "KEN")]),
    ("Canada expelled six Indian diplomats on Monday, citing a campaign of intimidation. India rejected the "
     "allegations as absurd.", "REJECT", [("REJECT", "IND", "CAN")]),
    # ... not someone who praised or met the one denying
    ("Canada praised Peru for its help on Monday. Peru denied any wrongdoing.", "REJECT", [("REJECT", "PER", None)]),
    # a refusal to act answers no one (only a denial does)
    ("Britain condemned the Azure Front over the kidnapping. The Azure Front refused to release the hostages.",
     "REJECT", [("REJECT", "Azure Front", None)]),
    # a place's nationality is no party the refusal is aimed at
    ("Former President Carl Dunn refused to visit an American cemetery outside Paris.", "REJECT",
     [("REJECT", "Carl Dunn", None)]),
    # a rescue's "of" complement is the party helped
    ("Markets fell after the bailout of the insurance firm Atlas Group by the Federal Reserve.", "AID",
     [("AID", "Federal Reserve", "Atlas Group")]),
    # a refusal is aimed at the object (or the "to" party) of the refused act
    ("The Treasury refused to rescue Northwind Bank on Sunday.", "REJECT", [("REJECT", "Treasury", "Northwind Bank")]),
    ("Germany refused to send its Taurus missiles to Ukraine.", "REJECT", [("REJECT", "DEU", "UKR")]),
    # people met "from" a country or body: that country or body
    ("Secretary of State Mark Hale met with senior officials from Japan in Tokyo on Monday.", "CONSULT",
     [("CONSULT", "Mark Hale", "JPN")]),
    # the one who received a visitor where the visit went is the visit's other side
    ("Chancellor Anna Weigel paid a visit to Amman on Monday, where she was received by King Faisal Hamad.", "CONSULT",
     [("CONSULT", "Anna Weigel", "Faisal Hamad")]),
    ("German Chancellor Anna Weigel pledged new aid for refugees on Monday during a visit to Amman, where she was "
     "received by King Faisal Hamad.", "CONSULT", [("CONSULT", "Anna Weigel", "JOR")]),
    # ... but a meeting told in the "where" clause is its own event
    ("Foreign Minister Tom Berg travelled to Nairobi, where he met President William Ruto.", "CONSULT",
     [("CONSULT", "Tom Berg", "KEN"), ("CONSULT", "Tom Berg", "William Ruto")]),
    # aid announced in a coordinated clause after a meeting goes to the one met (:mod:`pipeline.events.recipients`)
    ("Vice President Tom Hale met with President Ana Costa of Brazil and pledged $50 million to fight wildfires.",
     "AID", [("AID", "Tom Hale", "Ana Costa")]),
    ("The Prime Minister met with union leaders and announced $2 billion for hospitals.", "AID", []),
    # a reaction to a one-sided act answers its author even paragraphs later
    ("Canada expelled six Indian diplomats on Monday. Trade talks between the two countries were frozen last year. "
     "India sends many students to Canada. Two-way trade was worth about $9 billion. Opposition leader Paul Grant "
     "said he supported the expulsions.", "SUPPORT", [("SUPPORT", "Paul Grant", "CAN")]),
]


@pytest.mark.parametrize("text,typ,expected", CASES)
def test_implied_recipient(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)

