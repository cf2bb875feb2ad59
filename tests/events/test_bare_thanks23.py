"""Events: a subjectless "Thank you ... for X" in a two-speaker transcript is the turn's speaker's
thanks (:mod:`pipeline.events.bare_thanks`).

Transcripts are written for these tests in the layout of published remarks; the people and places
are fictional, none comes from the development or evaluation texts.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

TITLE = "Remarks by President Ana Novak of Chile and President Luis Arce of Bolivia Before Their Meeting"
OPEN = (TITLE + "\n\nPRESIDENT NOVAK:  Good afternoon.  It is good to have President Arce here.\n\n"
        "PRESIDENT ARCE:  ")
HOME = "Remarks by President Ana Novak of Chile at a Reception\n\nPRESIDENT NOVAK:  "

CASES = [
    # the guest's thanks to the host for an act: praise by the speaker (SUPPORT)
    (OPEN + "Thank you, Madam President, for your support.", [("SUPPORT", "Luis Arce", "Ana Novak")]),
    # a bare thanks, or thanks for the occasion itself, is courtesy between the two
    (OPEN + "Thank you, Madam President.", []),
    (OPEN + "Thank you for receiving me.", []),
    (OPEN + "Thank you for your presence and for a warm meeting.", []),
    (OPEN + "And thank you for your kind words about our two countries.", []),
    # a speech's "you" is its audience: no one of another country is thanked
    (HOME + "Thank you for your leadership.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0].split(":  ")[-1][:50] for c in CASES])
def test_bare_thanks(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text, title=TITLE)
    _check([e for e in extract_events(doc, entities=entities, roles=roles, dates=dates) if e.type == "SUPPORT"],
           expected)
