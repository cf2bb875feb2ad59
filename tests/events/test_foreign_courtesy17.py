"""Events: a speaker's own thanks in remarks and briefings (:mod:`pipeline.events.foreign_courtesy`,
:mod:`pipeline.events.guest_thanks`) and what someone "was going to" do
(:mod:`pipeline.events.past_prospects`).

Transcripts are written for these tests in the layout of published remarks; the people and places
are fictional or generic, none comes from the development or evaluation texts.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

TITLE = "Remarks by President Ana Novak of Chile and President Luis Arce of Bolivia"
OPEN = TITLE + "\n\nPRESIDENT NOVAK:  Good afternoon.  President Luis Arce of Bolivia is here.\n\n"
HOME = "Remarks by President Ana Novak of Chile at a Reception\n\nPRESIDENT NOVAK:  "

CASES = [
    # thanks said now to another country's leader or government are the act (SUPPORT)
    (OPEN + "I want to thank President Arce for joining me today.", [("SUPPORT", "Ana Novak", "Luis Arce")]),
    (OPEN + "I thank President Arce for his leadership.", [("SUPPORT", "Ana Novak", "Luis Arce")]),
    (OPEN + "I want to thank Bolivia for hosting our soldiers.", [("SUPPORT", "Ana Novak", "BOL")]),
    (OPEN + "I would like to thank Peru for its help.", [("SUPPORT", "Ana Novak", "PER")]),
    # said to the room or to the speaker's own officials, they are courtesy
    (HOME + "I want to thank Governor Carla Soto for her leadership.", []),
    (HOME + "I thank you all for being here.", []),
    (OPEN + "I thank you as well, including all of the mayors who came.", []),
    (OPEN + "I want to congratulate the graduates.", []),
    # a wish to welcome or support wants an act still to come; condemnation said now is one
    (OPEN + "We would like to welcome Peru into the Alliance very soon.", []),
    (OPEN + "We want to support Peru.", []),
    (OPEN + "I want to condemn Bolivia for the attack.", [("ACCUSE", "Ana Novak", "BOL")]),
    # what someone "was going to" do, told bare or as a belief, did not happen
    (OPEN + "I thought the police were going to arrest them.", []),
    (OPEN + "The police were going to arrest them.", []),
    (OPEN + "Last year, the Bolivian police arrested them.", [("COERCE", "BOL", None)]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0].split("NOVAK:  ")[-1][-60:] for c in CASES])
def test_foreign_courtesy(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text, title=TITLE)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)
